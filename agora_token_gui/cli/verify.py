"""``agora-token verify TOKEN``: check a token's signature (exit 0 valid, 1 not, 2 unusable)."""

from __future__ import annotations

import argparse

from ..core import detect
from ..core import verification as verifying
from ..core.text import msg
from .common import (
    CERT_ENV,
    EXIT_FAIL,
    EXIT_OK,
    SubParsers,
    add_verify_inputs,
    certificate,
    command,
    print_json,
    say,
    verify_inputs,
    warned,
)


@command
def register(sub: SubParsers) -> None:
    """Add ``verify``."""
    parser = sub.add_parser(
        "verify",
        help=say(msg("check a token's signature")),
        description=say(
            msg(
                "Exit 0 valid, 1 not valid (or valid beside bytes or fields the signature "
                "does not cover: see the warnings), 2 unusable input."
            )
        ),
    )
    parser.add_argument("token")
    add_verify_inputs(parser, msg("The App Certificate (or ${env}, or a prompt).", env=CERT_ENV))
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Verify the token with the certificate from the one lookup."""
    decoded = detect.decode(args.token)
    cert = certificate(args.app_certificate, required=True)
    assert cert is not None
    result = verifying.verify(decoded, verify_inputs(args, cert))
    if args.json:
        print_json(
            {
                "format": decoded.format,
                "signature": "valid" if result.valid else "invalid",
                "message": result.message,
                "checks": list(result.checks),
                "notes": [{"code": n.code, "message": n.message} for n in result.notes],
            }
        )
    else:
        print(say(result.message))
        for check in result.checks:
            print(f"  {say(check)}")
        for note in result.notes:
            print(say(warned(note.code, note.message)))
    # A valid signature with something it does not vouch for is not a silent success.
    return EXIT_OK if result.valid and not result.notes else EXIT_FAIL
