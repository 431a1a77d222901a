"""``agora-token decode TOKEN|-``: what is inside a token, optionally with its signature checked."""

from __future__ import annotations

import argparse

from ..core import detect, report
from ..core import verification as verifying
from ..core.errors import TokenError
from ..core.reading import decode_lines
from .common import (
    EXIT_FAIL,
    EXIT_OK,
    SubParsers,
    add_verify_inputs,
    certificate,
    command,
    now,
    print_json,
    stdin_bytes,
    verify_inputs,
)


@command
def register(sub: SubParsers) -> None:
    """Add ``decode``."""
    parser = sub.add_parser(
        "decode",
        help="show what is inside a token",
        description="Decode a token; '-' reads one token per line from standard input.",
    )
    parser.add_argument("token", help="The token, or - for one token per line on stdin.")
    parser.add_argument("--json", action="store_true", help="Print requests.md JSON.")
    parser.add_argument("--at", help="Show times relative to this moment instead of now.")
    add_verify_inputs(
        parser,
        "Also check the signature with this certificate (default: $AGORA_APP_CERTIFICATE; "
        "the variable keeps it out of the process list).",
    )
    parser.set_defaults(handler=run)


def _decode_one(
    text: str, args: argparse.Namespace, at: int, cert: str | None
) -> tuple[dict[str, object], str]:
    decoded = detect.decode(text)
    data: dict[str, object] = dict(detect.to_json(decoded))
    lines = report.render_text(report.explain(decoded, at))
    if cert is not None:
        result = verifying.verify(decoded, verify_inputs(args, cert))
        data["signature"] = "valid" if result.valid else "invalid"
        data["signature_message"] = result.message
        if result.notes:
            data["signature_notes"] = [{"code": n.code, "message": n.message} for n in result.notes]
        lines += f"\n{'Verification':<24} {result.message}"
        lines += "".join(f"\n  {check}" for check in result.checks)
        lines += "".join(f"\n  warning ({n.code}): {n.message}" for n in result.notes)
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
                print(f"error: {exc}\n")
            continue
        if args.json:
            print_json(data)
        else:
            print(text + "\n")
    return status
