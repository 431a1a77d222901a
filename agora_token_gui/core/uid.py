"""The one uid rule: a numeric uid is a whole number from 0 to 4294967295 in ASCII digits.

Requests, verification, diagnose, the CLI and the batch grid all read a numeric uid here, so a
value is accepted or refused the same way everywhere, with the same sentence. Text is accepted
only as a plain number ("42"); text that a number would silently change ("0042", "-0", "+7",
" 42") is refused with the advice to write the number or to use an account builder, which signs
the text as written.
"""

from __future__ import annotations

import re
from typing import Final

from .errors import InvalidInputError
from .packing import MAX_U32
from .text import msg

MAX_UID: Final = MAX_U32
_PLAIN: Final = re.compile(r"(?:0|[1-9][0-9]{0,9})\Z")  # no sign, no leading zero, <= 10 digits
_SIGNED: Final = re.compile(r"\s*[-+]?[0-9]+\s*\Z")
_SHOWN: Final = 24  # characters of a bad value quoted in a message


def shown(raw: object) -> str:
    """A bad value as a message quotes it: repr, cut to a readable length (never a huge number)."""
    if isinstance(raw, int) and not isinstance(raw, bool) and raw.bit_length() > 64:
        return msg("a number of about {digits} digits", digits=int(raw.bit_length() * 0.30103) + 1)
    if raw == "":
        return msg("nothing")
    if isinstance(raw, str):
        return repr(raw if len(raw) <= _SHOWN else raw[:_SHOWN] + "…")
    text = str(raw)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def parse_uid(raw: object, label: str | None = None, field: str | None = "uid") -> int:
    """A numeric uid from an int or plain-number text; InvalidInputError with a sentence if not.

    ``label`` names the value in the sentence (default "The uid").
    """
    if label is None:
        label = msg("The uid")
    if type(raw) is int:
        if 0 <= raw <= MAX_UID:
            return raw
        raise InvalidInputError(_out_of_range(label, raw), field)
    if isinstance(raw, str):
        if _PLAIN.match(raw):
            if int(raw) <= MAX_UID:
                return int(raw)
        elif _SIGNED.match(raw) and len(raw) <= 40:
            value = int(raw.strip())
            if 0 <= value <= MAX_UID:  # "0042", "-0", "+7", " 42": a number would change it
                raise InvalidInputError(
                    msg(
                        "{label} is the text {text}, which is not a plain number: write the "
                        "number {value}, or use an account builder to sign the text as written.",
                        label=label,
                        text=shown(raw),
                        value=value,
                    ),
                    field,
                )
        else:
            odd = next((c for c in raw if c.isdigit() and not c.isascii()), None)
            if odd is not None:
                raise InvalidInputError(
                    msg(
                        "{label} must be written with the digits 0-9; {text} contains {odd}.",
                        label=label,
                        text=shown(raw),
                        odd=repr(odd),
                    ),
                    field,
                )
    raise InvalidInputError(_out_of_range(label, raw), field)


def _out_of_range(label: str, raw: object) -> str:
    return msg(
        "{label} must be a whole number from {low} to {high}; got {value}.",
        label=label,
        low=0,
        high=MAX_UID,
        value=shown(raw),
    )


def uid_or_none(text: str | None) -> int | None:
    """The uid a text names when it is a plain number in range (an account "42"), else None."""
    if text is None or not _PLAIN.match(text):
        return None
    value = int(text)
    return value if value <= MAX_UID else None
