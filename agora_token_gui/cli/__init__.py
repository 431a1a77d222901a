"""``agora-token``: build, decode, verify, batch-build, diagnose and compare Agora tokens.

Standard library only; never imports Qt. Every command goes through the same core functions as
the desktop app.

Adding a command
    Write ``cli/NAME.py`` with a function decorated with ``common.command`` that adds the
    command's parser to the sub-parsers it is given and sets ``handler`` (a function taking the
    parsed arguments and returning the exit status)::

        @command
        def register(sub: SubParsers) -> None:
            parser = sub.add_parser("NAME", help="...")
            parser.set_defaults(handler=run)

    then add ``from . import NAME`` to the imports below (their order is the order of the
    commands in ``--help``). Exit codes, the certificate lookup (flag, then
    $AGORA_APP_CERTIFICATE, then a no-echo prompt) and the output helpers are in ``common``;
    errors raised as ``TokenError`` subclasses become one ``agora-token: error:`` line here.

Language
    Human output speaks the language ``--lang`` (before the command), $AGORA_TOKEN_LANG or the
    locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) asks for: English, or Simplified Chinese from
    zh_CN, zh_SG or zh_Hans (zh_TW and zh_HK stay English: no Traditional catalogue yet). Write
    every sentence for a person as ``say(msg("Template {x}.", x=...))`` (``common.say``) so that
    lupdate files it in ``resources/i18n/zh_CN/cli.NAME.ts``; machine output (``--json``, tokens,
    batch lines) stays English.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import Final

from .. import __version__
from ..core.commandline import flag
from ..core.errors import InvalidInputError, MalformedTokenError, TokenError
from ..core.text import LANGUAGES, msg

# Importing a command module registers it; --help lists the commands in this order.
# isort: off
from . import build  # noqa: F401
from . import decode  # noqa: F401
from . import verify  # noqa: F401
from . import batch  # noqa: F401
from . import diagnose  # noqa: F401
from . import diff  # noqa: F401
from . import serve  # noqa: F401

# isort: on
from .common import (
    CERT_ENV,
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    LANG_ENV,
    PROG,
    REGISTERED,
    Handler,
    about,
    choose_language,
    error,
    reason,
    say,
)

__all__ = ["CERT_ENV", "main", "make_parser"]


def make_parser() -> argparse.ArgumentParser:
    """The ``agora-token`` parser with every registered command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=say(
            msg(
                "Build, decode and verify Agora tokens (007, 006) and dynamic keys "
                "(005, 004, 003, 002, v1, signaling). No network access."
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=say(
            msg(
                "Language of the human output (default: ${env}, else the locale: LANGUAGE, "
                "LC_ALL, LC_MESSAGES, LANG). --json output stays English.",
                env=LANG_ENV,
            )
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for register in REGISTERED:
        register(sub)
    return parser


# A relative time such as -3h or -30m: argparse would take it for an option and say "expected one
# argument", so it is glued to the option before it (--issue-ts -3h -> --issue-ts=-3h).
_NEGATIVE_VALUE: Final = re.compile(r"-\d+(?:\.\d+)?\s*[smhd]?\Z")


def negative_values_attached(argv: Sequence[str]) -> list[str]:
    """``argv`` with each ``--option -3h`` written as ``--option=-3h``."""
    out: list[str] = []
    for arg in argv:
        previous = out[-1] if out else ""
        if (
            _NEGATIVE_VALUE.match(arg)
            and previous.startswith("--")
            and "=" not in previous
            and previous != "--"
        ):
            out[-1] = f"{previous}={arg}"
        else:
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``agora-token`` with ``argv`` (default: the process arguments); return its status."""
    given = sys.argv[1:] if argv is None else argv
    choose_language(given, os.environ)
    args = make_parser().parse_args(negative_values_attached(given))
    handler: Handler = args.handler
    try:
        return int(handler(args))
    except InvalidInputError as exc:
        if exc.field and args.command == "build":
            error(about(flag(exc.field), reason(exc)))
        else:
            error(reason(exc))
        return EXIT_USAGE
    except MalformedTokenError as exc:
        error(reason(exc))
        return EXIT_USAGE if args.command == "verify" else EXIT_FAIL
    except TokenError as exc:
        error(reason(exc))
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `agora-token batch big.jsonl | head`: the reader went away; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
