"""What every ``agora-token`` command shares: exit codes, the certificate lookup, output helpers.

Standard library only; never imports Qt. Command modules register themselves here with
``@command`` (see the package docstring).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Final, TextIO, TypeAlias

from ..core import timefmt, uid
from ..core import verification as verifying
from ..core.commandline import SECRET_ENV as SECRET_ENV
from ..core.errors import InvalidInputError

PROG: Final = "agora-token"
CERT_ENV: Final = "AGORA_APP_CERTIFICATE"

EXIT_OK: Final = 0
EXIT_FAIL: Final = 1
EXIT_USAGE: Final = 2
EXIT_UNKNOWN: Final = 3  # diagnose: not enough context for a verdict

if TYPE_CHECKING:  # argparse's class is generic only in the type stubs
    SubParsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    SubParsers = argparse._SubParsersAction
Register: TypeAlias = Callable[[SubParsers], None]
Handler: TypeAlias = Callable[[argparse.Namespace], int]

# The functions that add each command's parser, in the order their modules were imported.
REGISTERED: list[Register] = []


def command(register: Register) -> Register:
    """Mark a function that adds one command's parser (with ``set_defaults(handler=...)``)."""
    REGISTERED.append(register)
    return register


def error(message: str) -> None:
    """Print ``agora-token: error: MESSAGE`` to standard error."""
    print(f"{PROG}: error: {message}", file=sys.stderr)


def warning(message: str) -> None:
    """Print ``agora-token: warning: MESSAGE`` to standard error."""
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def certificate(value: str | None, *, required: bool) -> str | None:
    """The one certificate lookup: the flag, then $AGORA_APP_CERTIFICATE, then a no-echo prompt.

    Surrounding whitespace is removed from every source (a pasted newline is not part of it).
    Without ``required`` there is no prompt and None means "no certificate".
    """
    return secret(value, required=required, env=CERT_ENV, label="App Certificate")


def secret(value: str | None, *, required: bool, env: str, label: str) -> str | None:
    """The lookup of any secret: the flag, then the environment variable, then a no-echo prompt."""
    if value and value.strip():
        return value.strip()
    from_env = os.environ.get(env, "").strip()
    if from_env:
        return from_env
    if not required:
        return None
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"{label} (not echoed): ").strip()
    flag_name = "--" + label.split(" (")[0].lower().replace(" ", "-")
    raise InvalidInputError(
        f"The {label} is missing: pass {flag_name}, set ${env}, or run in a terminal to be "
        "prompted.",
        flag_name[2:].replace("-", "_"),
    )


def add_certificate(parser: argparse.ArgumentParser, help_text: str) -> None:
    """The ``--app-certificate`` flag, with a help text that points to the safer sources."""
    parser.add_argument("--app-certificate", help=help_text)


def now(text: str | None) -> int:
    """The current unix time, or the instant ``--now``/``--at`` gives (relative to now)."""
    current = int(time.time())
    return current if text is None else timefmt.parse_instant(text, current)


def uid_flag(text: str | None) -> int | None:
    """The ``--uid`` flag as a number (None when not given), by the core's one uid rule."""
    return None if text is None else uid.parse_uid(text.strip(), "--uid")


def add_verify_inputs(parser: argparse.ArgumentParser, cert_help: str) -> None:
    """The flags that say what a token is checked against (decode and verify)."""
    add_certificate(parser, cert_help)
    parser.add_argument("--channel-name", help="Channel name (006, 005, 004, 003, 002, 001).")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--uid", help="Numeric uid (0 = any user).")
    who.add_argument("--account", help="String account (006 accounts, signaling).")


def verify_inputs(args: argparse.Namespace, cert: str) -> verifying.VerifyInputs:
    """What ``add_verify_inputs`` collected, for ``verification.verify``."""
    return verifying.VerifyInputs(cert, args.channel_name, uid_flag(args.uid), args.account)


def print_json(value: object, out: TextIO | None = None) -> None:
    """One JSON document on one line, non-ASCII kept as it is."""
    (out or sys.stdout).write(json.dumps(value, ensure_ascii=False) + "\n")


def stdin_bytes() -> Iterator[bytes]:
    """Standard input line by line as bytes, for core.reading (a bad byte is then a message)."""
    if sys.stdin is None:
        return
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        yield from buffer
    else:  # a text stream without bytes underneath (tests, embedding): encode it back
        for line in sys.stdin:
            yield line.encode("utf-8", "surrogateescape")
