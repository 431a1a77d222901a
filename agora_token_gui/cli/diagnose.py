"""``agora-token diagnose TOKEN ...``: why a token fails, most important finding first.

Exit 0 accepted, 1 rejected, 3 unknown (not enough context), 2 unusable input.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Final

from ..core import timefmt
from ..core.diagnose import ACCEPTED, ACTIONS, REJECTED, UNKNOWN, Context, Diagnosis, diagnose
from ..core.errors import InvalidInputError
from ..core.text import Text, msg
from .common import (
    CERT_ENV,
    EXIT_FAIL,
    EXIT_OK,
    EXIT_UNKNOWN,
    SECRET_ENV,
    SK_LABEL,
    SubParsers,
    add_certificate,
    certificate,
    command,
    noted,
    pad,
    say,
    secret,
    uid_flag,
    wrap,
)

_EXIT: Final = {ACCEPTED: EXIT_OK, REJECTED: EXIT_FAIL}
# The human words of the verdicts and severities (--json keeps the identifiers).
_VERDICT: Final = {ACCEPTED: msg("accepted"), REJECTED: msg("rejected"), UNKNOWN: msg("unknown")}
_MARK: Final = {"error": msg("✖ error"), "warning": msg("⚠ warning"), "info": msg("ℹ info")}
_MARK_COLUMNS: Final = 9
_WIDTH: Final = 100
_INDENT: Final = 14


@command
def register(sub: SubParsers) -> None:
    """Add ``diagnose``."""
    parser = sub.add_parser(
        "diagnose",
        help=say(msg("say why a token fails")),
        description=say(
            msg(
                "Check a token against what the app used and list the findings, most "
                "important first. Exit 0 accepted, 1 rejected, 3 unknown (not enough context), "
                "2 unusable input."
            )
        ),
    )
    parser.add_argument("token", help=say(msg("The token as the app used it.")))
    parser.add_argument("--app-id", help=say(msg("The App ID the app initialised the SDK with.")))
    add_certificate(
        parser,
        msg(
            "The project's App Certificate (or ${env}); without it the signature is not "
            "checked. Never printed.",
            env=CERT_ENV,
        ),
    )
    parser.add_argument("--channel-name", help=say(msg("The channel the app joined.")))
    who = parser.add_mutually_exclusive_group()
    who.add_argument(
        "--uid", help=say(msg("The numeric uid the app joined with (0 = let Agora assign)."))
    )
    who.add_argument("--account", help=say(msg("The string account or user id the app used.")))
    parser.add_argument("--action", choices=ACTIONS, help=say(msg("What the app tried to do.")))
    parser.add_argument(
        "--at",
        help=say(
            msg(
                "When it failed: unix seconds, ISO 8601 (UTC unless a zone is given) or "
                "+30s / -2h from now. Default: now."
            )
        ),
    )
    parser.add_argument(
        "--error-code", help=say(msg("The error code the app saw (110, -10005, RTM 5...)."))
    )
    parser.add_argument(
        "--secret-access-key",
        help=say(
            msg(
                "Whiteboard tokens: the Secret Access Key, to check the signature (better: set "
                "${env}).",
                env=SECRET_ENV["secret_access_key"],
            )
        ),
    )
    parser.add_argument(
        "--room-uuid", help=say(msg("Whiteboard tokens: the Room or Task UUID the app used."))
    )
    parser.add_argument(
        "--join-body",
        help=say(
            msg(
                "ConvoAI: the /join request body (JSON, or @FILE) to check the agent's token "
                "against."
            )
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=say(
            msg(
                "Print {shape}.",
                shape='{"verdict", "format", "findings": [{"code", "severity", "message", "fix"}]}',
            )
        ),
    )
    parser.set_defaults(handler=run)


def context_from_args(args: argparse.Namespace, now: int) -> Context:
    """The diagnosis context from the command line (the certificate from the one lookup)."""
    return Context(
        app_id=args.app_id,
        app_certificate=certificate(args.app_certificate, required=False),
        channel_name=args.channel_name,
        uid=uid_flag(args.uid),
        account=args.account,
        action=args.action,
        at=None if args.at is None else timefmt.parse_instant(args.at, now),
        error_code=args.error_code,
        secret_access_key=secret(
            args.secret_access_key,
            required=False,
            env=SECRET_ENV["secret_access_key"],
            label=SK_LABEL,
        ),
        room_uuid=args.room_uuid,
        join_body=_join_body(args.join_body),
    )


def _join_body(text: str | None) -> str | None:
    """The --join-body text, read from a file for @FILE."""
    if text is None or not text.startswith("@"):
        return text
    try:
        with open(text[1:], encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        raise InvalidInputError(
            msg(
                "--join-body: cannot read {file} ({reason}).",
                file=repr(text[1:]),
                reason=exc.strerror,
            ),
            "join_body",
        ) from exc


def render_diagnosis(diagnosis: Diagnosis) -> str:
    """The human form: a verdict line, then each finding with its fix, then the notes."""
    fmt: Text | str = diagnosis.format or msg("not a token")
    verdict = _VERDICT.get(diagnosis.verdict, diagnosis.verdict)
    lines = [say(msg("Verdict: {verdict}  (format: {format})", verdict=verdict, format=fmt))]
    indent = " " * _INDENT
    for finding in diagnosis.findings:
        mark = pad(say(_MARK[finding.severity]), _MARK_COLUMNS)
        line = say(msg("{code}: {message}", code=finding.code, message=finding.message))
        lines.append(wrap(f"{mark}   {line}", _WIDTH, indent))
        lines.append(wrap(indent + say(msg("fix: {fix}", fix=finding.fix)), _WIDTH, indent))
    if not diagnosis.findings:
        lines.append(say(msg("No findings.")))
    lines += [say(noted(note)) for note in diagnosis.notes]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Diagnose the token in the context the flags give."""
    now = int(time.time())
    context = context_from_args(args, now)
    result = diagnose(args.token, context, now=now)
    if args.json:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    else:
        print(render_diagnosis(result))
    return _EXIT.get(result.verdict, EXIT_UNKNOWN)
