"""``agora-token diagnose`` and ``agora-token diff``: why a token fails, and how two tokens differ.

Standard library only. ``cli.make_parser`` calls ``add_commands``; each sub-command's handler
takes the parsed arguments and returns the exit status.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
import time
from typing import Final, TypeVar

from .cli import CERT_ENV, EXIT_FAIL, EXIT_OK, EXIT_USAGE, PROG
from .core import timefmt
from .core.compare import Comparison, compare
from .core.diagnose import ACCEPTED, ACTIONS, REJECTED, Context, Diagnosis, diagnose
from .core.errors import InvalidInputError, MalformedTokenError
from .core.packing import MAX_U32

EXIT_UNKNOWN: Final = 3
_EXIT: Final = {ACCEPTED: EXIT_OK, REJECTED: EXIT_FAIL}
_P = TypeVar("_P", bound=argparse.ArgumentParser)
_MARK: Final = {"error": "✖ error  ", "warning": "⚠ warning", "info": "ℹ info   "}


def add_commands(sub: argparse._SubParsersAction[_P]) -> None:
    """Add ``diagnose`` and ``diff`` to the ``agora-token`` sub-commands."""
    diag = sub.add_parser(
        "diagnose",
        help="say why a token fails",
        description="Check a token against what the app used and list the findings, most "
        "important first. Exit 0 accepted, 1 rejected, 3 unknown (not enough context), "
        "2 unusable input.",
    )
    diag.add_argument("token", help="The token as the app used it.")
    diag.add_argument("--app-id", help="The App ID the app initialised the SDK with.")
    diag.add_argument(
        "--app-certificate",
        help=f"The project's App Certificate (or ${CERT_ENV}); without it the signature is not "
        "checked. Never printed.",
    )
    diag.add_argument("--channel-name", help="The channel the app joined.")
    who = diag.add_mutually_exclusive_group()
    who.add_argument("--uid", help="The numeric uid the app joined with (0 = let Agora assign).")
    who.add_argument("--account", help="The string account or user id the app used.")
    diag.add_argument("--action", choices=ACTIONS, help="What the app tried to do.")
    diag.add_argument(
        "--at",
        help="When it failed: unix seconds, ISO 8601 (UTC unless a zone is given) or "
        "+30s / -2h from now. Default: now.",
    )
    diag.add_argument("--error-code", help="The error code the app saw (110, -10005, RTM 5...).")
    diag.add_argument(
        "--json",
        action="store_true",
        help='Print {"verdict", "format", "findings": [{"code", "severity", "message", "fix"}]}.',
    )
    diag.set_defaults(handler=run_diagnose)

    diff = sub.add_parser(
        "diff",
        help="compare two tokens field by field",
        description="List every difference between two tokens and whether it can explain a "
        "failure. Exit 0 equivalent, 1 different, 2 unusable input.",
    )
    diff.add_argument("a", help="The token that works (for example the console's).")
    diff.add_argument("b", help="The token that does not.")
    diff.add_argument("--json", action="store_true", help="Print the comparison as JSON.")
    diff.set_defaults(handler=run_diff)


def _uid(text: str | None) -> int | None:
    if text is None:
        return None
    value = text.strip()
    if not value.isdigit() or int(value) > MAX_U32:
        raise InvalidInputError(
            f"--uid must be a whole number from 0 to 4294967295; got {text!r}.", "uid"
        )
    return int(value)


def context_from_args(args: argparse.Namespace, now: int) -> Context:
    """The diagnosis context from the command line (the certificate may come from the env)."""
    certificate = args.app_certificate or os.environ.get(CERT_ENV) or None
    return Context(
        app_id=args.app_id,
        app_certificate=certificate,
        channel_name=args.channel_name,
        uid=_uid(args.uid),
        account=args.account,
        action=args.action,
        at=None if args.at is None else timefmt.parse_instant(args.at, now),
        error_code=args.error_code,
    )


def render_diagnosis(diagnosis: Diagnosis) -> str:
    """The human form: a verdict line, then each finding with its fix, then the notes."""
    fmt = diagnosis.format or "not a token"
    lines = [f"Verdict: {diagnosis.verdict}  (format: {fmt})"]
    wrap = textwrap.TextWrapper(width=100, subsequent_indent=" " * 14)
    for finding in diagnosis.findings:
        lines.append(wrap.fill(f"{_MARK[finding.severity]}   {finding.code}: {finding.message}"))
        lines.append(wrap.fill(f"{'':14}fix: {finding.fix}"))
    if not diagnosis.findings:
        lines.append("No findings.")
    lines += [f"Note: {note}" for note in diagnosis.notes]
    return "\n".join(lines)


def run_diagnose(args: argparse.Namespace) -> int:
    now = int(time.time())
    context = context_from_args(args, now)
    result = diagnose(args.token, context, now=now)
    if args.json:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    else:
        print(render_diagnosis(result))
    return _EXIT.get(result.verdict, EXIT_UNKNOWN)


def render_comparison(comparison: Comparison) -> str:
    if comparison.equivalent:
        head = "Equivalent: no difference that can change whether Agora accepts them."
    else:
        count = sum(d.can_explain_failure for d in comparison.differences)
        head = f"Different: {count} difference(s) can explain a failure."
    lines = [head, f"Formats: A {comparison.format_a}, B {comparison.format_b}"]
    for diff in comparison.differences:
        mark = "✖ can explain" if diff.can_explain_failure else "· harmless   "
        lines.append(f"{mark}  {diff.field}")
        lines.append(f"{'':15}A: {diff.a}")
        lines.append(f"{'':15}B: {diff.b}")
        lines.append(f"{'':15}{diff.note}")
    if not comparison.differences:
        lines.append("The two tokens are identical.")
    lines += [f"Note: {note}" for note in comparison.notes]
    return "\n".join(lines)


def run_diff(args: argparse.Namespace) -> int:
    try:
        comparison = compare(args.a, args.b)
    except MalformedTokenError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(json.dumps(comparison.to_json(), ensure_ascii=False) + "\n")
    else:
        print(render_comparison(comparison))
    return EXIT_OK if comparison.equivalent else EXIT_FAIL
