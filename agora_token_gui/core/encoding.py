"""Base64, zlib and hex helpers that turn low-level failures into MalformedTokenError."""

from __future__ import annotations

import base64
import binascii
import re
import sys
import zlib
from typing import Final

from .errors import MalformedTokenError
from .text import msg

# Tokens are a few hundred bytes; anything that inflates past this is not a token (zip bomb guard).
MAX_INFLATED: Final = 1 << 20
_decompressobj: Final = zlib.decompressobj
_B64_CHARS: Final = re.compile(r"[A-Za-z0-9+/=]*\Z")
# With a length that is a multiple of 4: canonical padded Base64 ('=' only as the last one or two).
_B64_STRICT: Final = re.compile(r"[A-Za-z0-9+/]*={0,2}\Z")
_HEX: Final = re.compile(r"[0-9A-Fa-f]*\Z")
# a2b_base64's strict mode (Python 3.11+) refuses characters outside Base64, padding first or
# inside, and data after padding. With a length that is a multiple of 4 it then accepts what
# _B64_STRICT matches, and decodes it as the default mode does, plus one thing more: Python 3.11
# skips '=' after a complete quad, so "QUJD====" passes (3.13 refuses it). Text ending in "==="
# is never canonical, so b64decode leaves it to its checks.
STRICT_MODE: Final = sys.version_info >= (3, 11)
_a2b_base64: Final = binascii.a2b_base64


def is_hex(text: str) -> bool:
    """Whether the text is hexadecimal digits only (any case)."""
    return _HEX.match(text) is not None


def b64decode(text: str, what: str) -> bytes:
    """Strict standard Base64 with padding, with a message that says where it went wrong."""
    if not len(text) % 4:
        if STRICT_MODE:  # the usual case: one C call
            if not text.endswith("==="):
                try:
                    return _a2b_base64(text, strict_mode=True)
                except ValueError:  # binascii.Error, or a character that is not ASCII
                    pass  # the checks below say what is wrong
        elif _B64_STRICT.match(text):  # Python 3.10: one regex pass, then C
            return _a2b_base64(text)
    if not _B64_CHARS.match(text):
        for index, char in enumerate(text):
            if not (char.isascii() and (char.isalnum() or char in "+/=")):
                raise MalformedTokenError(
                    msg(
                        "The {what} has a character that is not Base64 ({char}) at position "
                        "{index}; Base64 uses only A-Z, a-z, 0-9, '+', '/' and '=' padding.",
                        what=what,
                        char=repr(char),
                        index=index,
                    )
                )
    if len(text) % 4:
        raise MalformedTokenError(
            msg(
                "The {what} is {length} Base64 characters long, not a multiple of 4; the token "
                "is probably cut off or has characters missing.",
                what=what,
                length=len(text),
            )
        )
    pad = text.find("=")
    if pad != -1 and (len(text) - pad > 2 or text[pad:].strip("=")):
        raise MalformedTokenError(
            msg(
                "The {what} has '=' padding at position {position}, which is not at its very "
                "end; two tokens may have been pasted together.",
                what=what,
                position=pad,
            )
        )
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:  # pragma: no cover - the checks above catch all
        raise MalformedTokenError(
            msg("The {what} is not valid Base64 ({reason}).", what=what, reason=str(exc))
        ) from exc


def require_unicode(text: str, what: str, offset: int = 0) -> str:
    """Reject lone surrogates (what Python makes of undecodable bytes): they cannot be signed."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise MalformedTokenError(
            msg(
                "The {what} has a character that is not valid Unicode text at position "
                "{position}; the token was damaged when it was copied.",
                what=what,
                position=offset + exc.start,
            )
        ) from exc
    return text


def b64encode(data: bytes) -> str:
    """Standard Base64 with padding, as text."""
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def inflate(data: bytes, what: str) -> tuple[bytes, bytes]:
    """Inflate one zlib stream; returns (payload, bytes after the stream)."""
    inflater = _decompressobj()
    try:
        payload = inflater.decompress(data, MAX_INFLATED)
    except zlib.error as exc:
        raise MalformedTokenError(
            msg(
                "The {what} is not valid zlib data ({reason}); the token is damaged or was not "
                "copied whole.",
                what=what,
                reason=_zlib_reason(exc),
            )
        ) from exc
    if inflater.unconsumed_tail:
        raise MalformedTokenError(
            msg(
                "The {what} inflates to more than {limit} bytes; it is not an Agora token.",
                what=what,
                limit=MAX_INFLATED,
            )
        )
    if not inflater.eof:
        raise MalformedTokenError(
            msg(
                "The {what} ends in the middle of its zlib stream; the token is cut off.", what=what
            )
        )
    return payload, inflater.unused_data


def _zlib_reason(exc: zlib.error) -> str:
    text = str(exc)
    # "Error -3 while decompressing data: incorrect header check" -> "incorrect header check"
    reason = text.split(": ", 1)[1] if ": " in text else text
    return _ZLIB_REASONS.get(reason, reason)


# zlib's reasons (inflate.c), translatable; any other stays as zlib says it.
_ZLIB_REASONS: Final[dict[str, str]] = {
    "incorrect header check": msg("incorrect header check"),
    "unknown compression method": msg("unknown compression method"),
    "invalid window size": msg("invalid window size"),
    "invalid block type": msg("invalid block type"),
    "invalid stored block lengths": msg("invalid stored block lengths"),
    "too many length or distance symbols": msg("too many length or distance symbols"),
    "invalid code lengths set": msg("invalid code lengths set"),
    "invalid bit length repeat": msg("invalid bit length repeat"),
    "invalid code -- missing end-of-block": msg("invalid code -- missing end-of-block"),
    "invalid literal/lengths set": msg("invalid literal/lengths set"),
    "invalid distances set": msg("invalid distances set"),
    "invalid literal/length code": msg("invalid literal/length code"),
    "invalid distance code": msg("invalid distance code"),
    "invalid distance too far back": msg("invalid distance too far back"),
    "incorrect data check": msg("incorrect data check"),
    "incorrect length check": msg("incorrect length check"),
}
