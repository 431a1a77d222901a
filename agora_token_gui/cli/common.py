"""What every ``agora-token`` command shares: exit codes, the certificate lookup, output helpers.

Standard library only; never imports Qt. Command modules register themselves here with
``@command`` (see the package docstring).

Language: ``main`` picks it once per run (``--lang``, else $AGORA_TOKEN_LANG, else the locale
variables as gettext reads them, see ``choose_language``). Every sentence for a person goes
through :func:`say`, which translates the core's and the CLI's own ``msg()`` templates with the
catalogue ``scripts/translations.py build`` writes (``core/text.py``). What a program reads stays
English whatever the language: ``--json``, the token, batch output lines, exit codes.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Final, TextIO, TypeAlias

from ..core import text, timefmt, uid
from ..core import verification as verifying
from ..core.catalog import APP_CREDENTIALS, WHITEBOARD_CREDENTIALS
from ..core.commandline import SECRET_ENV as SECRET_ENV
from ..core.errors import InvalidInputError
from ..core.text import Text, msg

PROG: Final = "agora-token"
CERT_ENV: Final = "AGORA_APP_CERTIFICATE"
LANG_ENV: Final = "AGORA_TOKEN_LANG"
# The secrets' names for people, as the catalogue calls them (prompts and "missing" sentences).
CERT_LABEL: Final = APP_CREDENTIALS.secret_label
SK_LABEL: Final = WHITEBOARD_CREDENTIALS.secret_label

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


# --- language -----------------------------------------------------------------------------------

_language = "en"


def language() -> str:
    """The language of this run's human output: "en" or "zh_CN"."""
    return _language


def use_language(name: str) -> None:
    """Speak ``name`` ("en" or "zh_CN") from now on (its catalogue must have been found)."""
    global _language
    _language = name


def option_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` among the options before the command (None when not given)."""
    for index, arg in enumerate(argv):
        if arg == "--lang":
            return argv[index + 1] if index + 1 < len(argv) else None
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if not arg.startswith("-") or arg == "--":  # the command: its options are its own
            return None
    return None


def choose_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """Pick and use this run's language: ``--lang``, else $AGORA_TOKEN_LANG, else the locale.

    The locale is read as gettext does (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: core/text.py).
    When Chinese is asked for but its catalogue was not built, the run speaks English and says
    so in one line on standard error: silence would hide a broken install or bundle, and a
    line on stderr changes neither the output nor the exit status.
    """
    asked = option_language(argv) or environ.get(LANG_ENV, "")
    chosen = (text.language_of(asked) if asked else None) or text.system_language(environ)
    if chosen != "en" and text.catalogue(chosen) is None:
        print(
            f"{PROG}: note: no {chosen} catalogue at {text.catalogue_path(chosen)} (build it "
            "with `make translations`); the output stays in English.",
            file=sys.stderr,
        )
        chosen = "en"
    use_language(chosen)
    return chosen


def say(value: object) -> str:
    """``value`` in this run's language (a core or CLI ``msg()`` Text; anything else as str)."""
    return text.translate(value, _language)


def reason(exc: BaseException) -> str:
    """An exception's message, kept translatable (``str(exc)`` would lose the Text)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Text) else str(exc)


def width(shown: str) -> int:
    """Terminal columns of ``shown``: Chinese characters and full-width punctuation take two."""
    if shown.isascii():
        return len(shown)
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in shown)


def pad(shown: str, columns: int) -> str:
    """``shown`` padded with spaces to ``columns`` terminal columns (as ``f"{x:<N}"`` for ASCII)."""
    return shown + " " * max(0, columns - width(shown))


# Characters a line must not start with (Chinese line breaking): they stay on the line before.
_NO_LINE_START: Final = "，。、；：！？）》」』】,.;:!?)"


def wrap(paragraph: str, columns: int, indent: str) -> str:
    """``paragraph`` filled to ``columns`` terminal columns, later lines starting with ``indent``.

    English: ``textwrap.fill`` as before. Other languages: a fill by terminal columns that may
    break between two Chinese characters (textwrap counts characters and breaks at spaces only).
    """
    import textwrap

    if _language == "en" or paragraph.isascii():
        return textwrap.fill(paragraph, width=columns, subsequent_indent=indent)
    pieces: list[str] = []  # words, single wide characters, runs of spaces: never split
    for char in paragraph:
        last = pieces[-1][-1] if pieces else ""
        if char == " ":
            joins = last == " "
        elif char in _NO_LINE_START:
            joins = bool(last)
        else:
            joins = bool(last) and last != " " and width(char) == 1 and width(last) == 1
        if joins:
            pieces[-1] += char
        else:
            pieces.append(char)
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if line.strip() and width(line + piece.rstrip()) > columns:
            lines.append(line.rstrip())
            line = indent + piece.lstrip()
        else:
            line += piece
    lines.append(line.rstrip())
    return "\n".join(lines)


# --- messages ------------------------------------------------------------------------------------
# Templates more than one command prints are written here once (one .ts entry each).


def about(flag_name: str, message: object) -> Text:
    """``--flag: message``: a message about one command-line flag."""
    return msg("{flag}: {message}", flag=flag_name, message=message)


def warned(code: str, message: object) -> Text:
    """``warning (code): message``: a note of the signature check."""
    return msg("warning ({code}): {message}", code=code, message=message)


def noted(note: object) -> Text:
    """``Note: sentence``: what a diagnosis or comparison assumed or could not check."""
    return msg("Note: {note}", note=note)


def error(message: object) -> None:
    """Print ``agora-token: error: MESSAGE`` to standard error, in this run's language."""
    print(say(msg("{prog}: error: {message}", prog=PROG, message=message)), file=sys.stderr)


def warning(message: object) -> None:
    """Print ``agora-token: warning: MESSAGE`` to standard error, in this run's language."""
    print(say(msg("{prog}: warning: {message}", prog=PROG, message=message)), file=sys.stderr)


def certificate(value: str | None, *, required: bool) -> str | None:
    """The one certificate lookup: the flag, then $AGORA_APP_CERTIFICATE, then a no-echo prompt.

    Surrounding whitespace is removed from every source (a pasted newline is not part of it).
    Without ``required`` there is no prompt and None means "no certificate".
    """
    return secret(value, required=required, env=CERT_ENV, label=CERT_LABEL)


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
        return ask_secret(label)
    flag_name = "--" + label.split(" (")[0].lower().replace(" ", "-")  # the English label
    raise InvalidInputError(
        msg(
            "The {label} is missing: pass {flag}, set ${env}, or run in a terminal to be prompted.",
            label=label,
            flag=flag_name,
            env=env,
        ),
        flag_name[2:].replace("-", "_"),
    )


def ask_secret(label: str) -> str:
    """Ask for a secret in the terminal without echoing it (surrounding whitespace removed)."""
    return getpass.getpass(say(msg("{label} (not echoed): ", label=label))).strip()


def add_certificate(parser: argparse.ArgumentParser, help_text: str) -> None:
    """The ``--app-certificate`` flag, with a help text that points to the safer sources."""
    parser.add_argument("--app-certificate", help=say(help_text))


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
    parser.add_argument(
        "--channel-name", help=say(msg("Channel name (006, 005, 004, 003, 002, 001)."))
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--uid", help=say(msg("Numeric uid (0 = any user).")))
    who.add_argument("--account", help=say(msg("String account (006 accounts, signaling).")))


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
