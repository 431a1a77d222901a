"""``agora-token decode TOKEN|-``: what is inside a token, optionally with its signature checked."""

from __future__ import annotations

import argparse

from ..core import detect, report, stream_key, whiteboard
from ..core import verification as verifying
from ..core.errors import TokenError
from ..core.reading import decode_lines
from ..core.stream_key import StreamKey
from ..core.text import msg
from ..core.whiteboard import WhiteboardToken
from .common import (
    CERT_ENV,
    EXIT_FAIL,
    EXIT_OK,
    SECRET_ENV,
    SK_LABEL,
    SubParsers,
    add_verify_inputs,
    certificate,
    command,
    now,
    pad,
    print_json,
    reason,
    say,
    secret,
    stdin_bytes,
    verify_inputs,
    warned,
)

LABEL_COLUMNS = 24  # the value column of ``report.render_text``


def row(label: object, value: object) -> str:
    """One ``label  value`` line, labels padded to the value column (in terminal columns)."""
    label_text, value_text = say(label), say(value)
    if not value_text:
        return label_text
    return f"{pad(label_text, LABEL_COLUMNS)} {value_text}".rstrip()


def render(rows: tuple[report.Node, ...]) -> str:
    """``report.render_text`` in this run's language: the same layout, labels and values said."""
    return "\n".join(
        row("  " * depth + say(node.label), node.value)
        for top in rows
        for depth, node in top.walk()
    )


@command
def register(sub: SubParsers) -> None:
    """Add ``decode``."""
    parser = sub.add_parser(
        "decode",
        help=say(msg("show what is inside a token")),
        description=say(msg("Decode a token; '-' reads one token per line from standard input.")),
    )
    parser.add_argument("token", help=say(msg("The token, or - for one token per line on stdin.")))
    parser.add_argument("--json", action="store_true", help=say(msg("Print requests.md JSON.")))
    parser.add_argument("--at", help=say(msg("Show times relative to this moment instead of now.")))
    add_verify_inputs(
        parser,
        msg(
            "Also check the signature with this certificate (default: ${env}; the variable "
            "keeps it out of the process list); a stream key is opened with it.",
            env=CERT_ENV,
        ),
    )
    parser.add_argument(
        "--secret-access-key",
        help=say(
            msg(
                "Whiteboard tokens: check the signature with this Secret Access Key (better: "
                "set ${env}).",
                env=SECRET_ENV["secret_access_key"],
            )
        ),
    )
    parser.set_defaults(handler=run)


def _decode_one(
    text: str, args: argparse.Namespace, at: int, cert: str | None
) -> tuple[dict[str, object], str]:
    decoded = detect.decode(text)
    data: dict[str, object] = dict(detect.to_json(decoded))
    token = decoded.token
    if isinstance(token, WhiteboardToken):
        return _whiteboard(decoded, token, data, args, at)
    if isinstance(token, StreamKey) and cert is not None:
        opening = stream_key.open_key(token, cert)
        data.update(stream_key.to_json(token, opening))
        rows = report.explain(decoded, at)[:1]  # the format; the expiry comes from the map
        lines = render((*rows, *report.stream_key_rows(token, opening.key_map, at, None)))
        result = verifying.verify_stream_key(token, cert)
        data["signature_message"] = result.message
        return data, lines + "\n" + row(msg("Verification"), result.message)
    lines = render(report.explain(decoded, at))
    if cert is not None:
        result = verifying.verify(decoded, verify_inputs(args, cert))
        data["signature"] = "valid" if result.valid else "invalid"
        data["signature_message"] = result.message
        if result.notes:
            data["signature_notes"] = [{"code": n.code, "message": n.message} for n in result.notes]
        lines += "\n" + row(msg("Verification"), result.message)
        lines += "".join(f"\n  {say(check)}" for check in result.checks)
        lines += "".join("\n  " + say(warned(n.code, n.message)) for n in result.notes)
    return data, lines


def _whiteboard(
    decoded: detect.Decoded,
    token: WhiteboardToken,
    data: dict[str, object],
    args: argparse.Namespace,
    at: int,
) -> tuple[dict[str, object], str]:
    lines = render(report.explain(decoded, at))
    sk = secret(
        args.secret_access_key,
        required=False,
        env=SECRET_ENV["secret_access_key"],
        label=SK_LABEL,
    )
    if sk is None:
        return data, lines
    result = whiteboard.verify(token, sk)
    data.update(whiteboard.to_json(token, result))
    message = verifying.verify_whiteboard(token, sk).message
    data["signature_message"] = message
    lines += "\n" + row(msg("Verification"), message)
    if result.note:
        lines += f"\n  {say(result.note)}"
    return data, lines


def run(args: argparse.Namespace) -> int:
    """Decode one token, or one per line of standard input (a bad line is reported, not fatal)."""
    at = now(args.at)
    # The one lookup: the flag, else $AGORA_APP_CERTIFICATE (no prompt: checking is optional).
    cert = certificate(args.app_certificate, required=False)
    if args.token != "-":
        data, text = _decode_one(args.token, args, at, cert)
        if args.json:
            print_json(data)
        else:
            print(text)
        return EXIT_OK
    status = EXIT_OK
    for line in decode_lines(stdin_bytes()):
        try:
            if line.error is not None:
                raise line.error
            data, text = _decode_one(line.text or "", args, at, cert)
        except TokenError as exc:
            status = EXIT_FAIL
            if args.json:
                print_json({"error": str(exc)})
            else:
                print(say(msg("error: {message}", message=reason(exc))) + "\n")
            continue
        if args.json:
            print_json(data)
        else:
            print(text + "\n")
    return status
