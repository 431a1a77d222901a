"""The one guarded reader for everything a person or a file hands the program.

CLI flags, batch files (JSON Lines and CSV), settings and the GUI's JSON editors all read through
here, so no input can end a run with a traceback: JSON nested too deep, a key given twice, a number
of thousands of digits, a byte that is not UTF-8, a CSV cell of megabytes. Each becomes a
:class:`ReadError` whose message is one sentence naming the line, field or setting, and the caller
carries on with the rest.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Final, TypeAlias

from .errors import InvalidInputError
from .text import msg

#: Deepest nesting of JSON arrays and objects accepted (requests need 3).
MAX_DEPTH: Final = 64
#: Longest integer accepted, in digits (timestamps and uids need 10; 40 leaves room to say
#: "out of range" about a mistyped number instead of "too long").
MAX_INT_DIGITS: Final = 40
#: Longest line of a batch or token file, in characters.
MAX_LINE: Final = 1_000_000
#: Largest CSV cell, in characters (below the csv module's own 131,072 so ours speaks first).
MAX_CELL: Final = 100_000

_BOM: Final = b"\xef\xbb\xbf"
# A JSON string (linear: the alternatives cannot overlap); removed before counting brackets.
_STRING: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET: Final = re.compile(r"[\[\]{}]")
_ASCII_INT: Final = re.compile(r"-?[0-9]+\Z")


class ReadError(InvalidInputError):
    """A line, field or setting could not be read; ``str(exc)`` says which and why.

    ``line`` is the 1-based line number when the input is a file, else ``None``; ``field`` (from
    :class:`InvalidInputError`) names the field or setting when known.
    """

    def __init__(self, message: str, *, line: int | None = None, field: str | None = None) -> None:
        super().__init__(message, field)
        self.line = line


# --- JSON ----------------------------------------------------------------------------------------


class _Refused(Exception):
    """Raised from inside json's hooks; turned into a ReadError with the caller's subject."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                if len(key) <= 40:
                    shown: str = repr(key)
                else:
                    shown = msg(
                        "{start}… ({count} characters)", start=repr(key[:30]), count=len(key)
                    )
                raise _Refused(
                    msg(
                        "gives the key {key} twice; keep one so it is clear which applies",
                        key=shown,
                    )
                )
            seen.add(key)
    return result


def _int(text: str) -> int:
    digits = len(text) - text.startswith("-")
    if digits > MAX_INT_DIGITS:
        raise _Refused(
            msg(
                "has a number of {digits} digits; numbers here have at most {limit}",
                digits=f"{digits:,}",
                limit=MAX_INT_DIGITS,
            )
        )
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_INT_DIGITS * 2:
        raise _Refused(
            msg(
                "has a number written with {count} characters; that is too long",
                count=f"{len(text):,}",
            )
        )
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(
            msg("has the number {number}, which is too large to represent", number=text[:20])
        )
    return value


def _constant(text: str) -> object:
    raise _Refused(msg("has {text}, which JSON does not allow as a number", text=text))


# One decoder with every guard as a hook (json.loads would build a new one per call).
_DECODER: Final = json.JSONDecoder(
    object_pairs_hook=_object, parse_int=_int, parse_float=_float, parse_constant=_constant
)


def _decode(text: str) -> object:
    if text.startswith("\ufeff"):  # as json.loads says it
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    if text[:1] == "{":
        # A request line is parsed by the documented raw_decode(), without decode()'s two
        # whitespace regexes (about 5 µs a line); trailing JSON whitespace is allowed below.
        try:
            value, end = _DECODER.raw_decode(text)
        except json.JSONDecodeError:
            pass  # decode() raises the error with its message
        else:
            if end == len(text) or not text[end:].strip(" \t\n\r"):  # JSON whitespace only
                return value
    return _DECODER.decode(text)


def depth_exceeds(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the JSON text nests arrays/objects deeper than ``limit`` (linear, no recursion)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > limit:
                return True
        elif depth:
            depth -= 1
    return False


def loads(
    text: str,
    *,
    subject: Subject | None = None,
    field: str | None = None,
    line: int | None = None,
) -> object:
    """Parse JSON text, refusing what would crash or silently change a value.

    ``subject`` begins each error sentence ("The --services value", "The setting
    profiles/app_ids"); a function making it is called only for an error; without it the
    sentence begins "Line N" (with ``line``) or "The JSON". Refused: invalid JSON, nesting
    deeper than :data:`MAX_DEPTH`, a key given twice in one object, integers over
    :data:`MAX_INT_DIGITS` digits, ``NaN``/``Infinity`` and numbers too large for a float.

    Raises:
        ReadError: the text is refused; the message is one sentence starting with ``subject``.
    """
    if depth_exceeds(text):
        raise ReadError(
            msg(
                "{subject} nests JSON deeper than {limit} levels; no request needs that many.",
                subject=_subject(subject, line),
                limit=MAX_DEPTH,
            ),
            line=line,
            field=field,
        )
    try:
        return _decode(text)
    except _Refused as exc:
        raise ReadError(
            msg("{subject} {reason}.", subject=_subject(subject, line), reason=exc.reason),
            line=line,
            field=field,
        ) from None
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")  # "Invalid control character at"
        reason = _JSON_REASONS.get(reason, reason)
        if exc.lineno > 1:
            message = msg(
                "{subject} is not valid JSON ({reason} at line {line} column {column}).",
                subject=_subject(subject, line),
                reason=reason,
                line=exc.lineno,
                column=exc.colno,
            )
        else:
            message = msg(
                "{subject} is not valid JSON ({reason} at column {column}).",
                subject=_subject(subject, line),
                reason=reason,
                column=exc.colno,
            )
        raise ReadError(message, line=line, field=field) from None
    except (RecursionError, ValueError) as exc:  # defence in depth: nothing from json escapes
        raise ReadError(
            msg(
                "{subject} cannot be read as JSON ({error}).",
                subject=_subject(subject, line),
                error=type(exc).__name__,
            ),
            line=line,
            field=field,
        ) from None


# What an error sentence is about: text, or a function that makes it (only for an error).
Subject: TypeAlias = "str | Callable[[], str]"


def json_reason(reason: str) -> str:
    """A reason json gives for invalid JSON, translatable when it is one of json's usual ones."""
    return _JSON_REASONS.get(reason, reason)


def _subject(subject: Subject | None, line: int | None) -> str:
    if subject is None:
        return msg("The JSON") if line is None else msg("Line {number}", number=line)
    return subject if isinstance(subject, str) else subject()


# The reasons json gives (json.decoder, json.scanner), translatable; others stay as they are.
_JSON_REASONS: Final[dict[str, str]] = {
    "Expecting value": msg("Expecting value"),
    "Expecting ',' delimiter": msg("Expecting ',' delimiter"),
    "Expecting ':' delimiter": msg("Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": msg(
        "Expecting property name enclosed in double quotes"
    ),
    "Unterminated string starting": msg("Unterminated string starting"),
    "Invalid control character": msg("Invalid control character"),
    "Extra data": msg("Extra data"),
    "Unexpected UTF-8 BOM (decode using utf-8-sig)": msg(
        "Unexpected UTF-8 BOM (decode using utf-8-sig)"
    ),
}


def parse_int(
    text: str,
    *,
    subject: str,
    field: str | None = None,
    low: int | None = None,
    high: int | None = None,
) -> int:
    """A whole number written with the ASCII digits 0-9 (and ``-`` when ``low`` allows it).

    Unicode digits such as ``²`` or ``٣``, signs, spaces inside, underscores and more than
    :data:`MAX_INT_DIGITS` digits are refused; so is a value outside ``low``..``high``.

    Raises:
        ReadError: a sentence starting with ``subject`` ("The --uid value").
    """
    stripped = text.strip()
    negative_ok = low is None or low < 0
    if not _ASCII_INT.match(stripped) or (stripped.startswith("-") and not negative_ok):
        if len(stripped) <= 20:
            shown: str = repr(stripped)
        else:
            shown = msg("text of {count} characters", count=len(stripped))
        raise ReadError(
            msg(
                "{subject} must be a whole number written with the digits 0-9; got {value}.",
                subject=subject,
                value=shown,
            ),
            field=field,
        )
    if len(stripped) - stripped.startswith("-") > MAX_INT_DIGITS:
        raise ReadError(
            msg(
                "{subject} has {digits} digits; it must be at most {limit}.",
                subject=subject,
                digits=f"{len(stripped):,}",
                limit=MAX_INT_DIGITS,
            ),
            field=field,
        )
    value = int(stripped)
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"{low if low is not None else '-∞'}..{high if high is not None else '∞'}"
        raise ReadError(
            msg(
                "{subject} must be in {span}; got {value}.", subject=subject, span=span, value=value
            ),
            field=field,
        )
    return value


# --- bytes to lines ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """One line of an input file: its text, or why it could not be read (never both)."""

    number: int
    text: str | None
    error: ReadError | None = None


def decode_lines(data: bytes | Iterable[bytes], *, max_line: int = MAX_LINE) -> Iterator[Line]:
    """Split bytes into UTF-8 text lines; a line not UTF-8 or too long is reported, not fatal.

    A UTF-8 byte-order mark at the start is dropped; line ends (LF or CR LF) are not part of
    ``Line.text``.
    """
    chunks: Iterable[bytes]
    if isinstance(data, bytes):  # split like a file object: no empty line after the last end
        parts = data.split(b"\n")
        if not parts[-1]:
            parts.pop()
        chunks = parts
    else:
        chunks = data
    for number, raw in enumerate(chunks, 1):
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        if raw.endswith(b"\n"):
            raw = raw[:-1]
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if len(raw) > max_line * 4:
            yield Line(number, None, _too_long(number, len(raw), max_line, _BYTES))
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            message = msg(
                "Line {number} is not UTF-8 text (byte 0x{byte} at column {column}); it was "
                "skipped.",
                number=number,
                byte=f"{raw[exc.start]:02x}",
                column=exc.start + 1,
            )
            yield Line(number, None, ReadError(message, line=number))
            continue
        if len(text) > max_line:
            yield Line(number, None, _too_long(number, len(text), max_line, _CHARACTERS))
            continue
        yield Line(number, text)


def _too_long(number: int, size: int, limit: int, unit: str) -> ReadError:
    return ReadError(
        msg(
            "Line {number} has {size} {unit}; lines here have at most {limit} characters, so it "
            "was skipped.",
            number=number,
            size=f"{size:,}",
            unit=unit,
            limit=f"{limit:,}",
        ),
        line=number,
    )


_BYTES: Final = msg("bytes")
_CHARACTERS: Final = msg("characters")


def decode_text(data: bytes, *, subject: str | None = None) -> str:
    """The whole of ``data`` as UTF-8 text (a leading byte-order mark dropped).

    Raises:
        ReadError: the bytes are not UTF-8; the message names the line and column.
    """
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReadError(
            msg(
                "{subject} is not UTF-8 text (byte 0x{byte} on line {line}, column {column}).",
                subject=msg("The file") if subject is None else subject,
                byte=f"{data[exc.start]:02x}",
                line=line,
                column=column,
            ),
            line=line,
        ) from None


# --- files of requests ---------------------------------------------------------------------------


def jsonl_objects(
    lines: Iterable[Line],
) -> Iterator[tuple[int, dict[str, object] | ReadError]]:
    """Each non-blank line as a JSON object, or the ReadError that says why it is not one."""
    for line in lines:
        if line.text is None:
            assert line.error is not None
            yield line.number, line.error
            continue
        if not line.text.strip():
            continue
        try:
            value = loads(line.text, line=line.number)
        except ReadError as exc:
            yield line.number, exc
            continue
        if not isinstance(value, dict):
            yield (
                line.number,
                ReadError(not_an_object(line.number, value), line=line.number),
            )
            continue
        yield line.number, value


def not_an_object(number: int, value: object) -> str:
    """The sentence for a line that is JSON but not an object."""
    return msg(
        "Line {number} must be a JSON object (a request), not {type}.",
        number=number,
        type=json_type(value),
    )


def json_type(value: object) -> str:
    """What a JSON value is, in words: "a list", "text", "a number" ..."""
    if isinstance(value, list):
        return msg("a list")
    if isinstance(value, str):
        return msg("text")
    if isinstance(value, bool):
        return msg("true/false")
    if isinstance(value, (int, float)):
        return msg("a number")
    if isinstance(value, dict):
        return msg("an object")
    return "null"


def csv_rows(
    lines: Iterable[Line], *, max_cell: int = MAX_CELL
) -> Iterator[tuple[int, list[str] | ReadError]]:
    """CSV records as lists of cells, each with the line it starts on; bad records are ReadErrors.

    A line that could not be decoded is reported and read as empty; a cell over ``max_cell``
    characters or a CSV syntax error is reported for its record, and reading goes on.
    """
    pending: list[tuple[int, ReadError]] = []

    def texts() -> Iterator[str]:
        for line in lines:
            if line.text is None:
                assert line.error is not None
                pending.append((line.number, line.error))
                yield "\n"
            else:
                yield line.text + "\n"

    reader = csv.reader(texts(), strict=False)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield from _flush(pending)
            number = reader.line_num
            if "field larger than field limit" in str(exc):
                message = msg(
                    "Line {number} has a cell of more than {size} characters; cells here have at "
                    "most {limit}.",
                    number=number,
                    size=f"{csv.field_size_limit():,}",
                    limit=f"{max_cell:,}",
                )
            else:
                message = msg(
                    "Line {number} is not valid CSV ({reason}).", number=number, reason=str(exc)
                )
            yield number, ReadError(message, line=number)
            start = reader.line_num + 1
            continue
        yield from _flush(pending)
        number, start = start, reader.line_num + 1
        big = next((i for i, cell in enumerate(cells) if len(cell) > max_cell), None)
        if big is not None:
            yield (
                number,
                ReadError(
                    msg(
                        "Line {number}: cell {cell} has {size} characters; cells here have at "
                        "most {limit}.",
                        number=number,
                        cell=big + 1,
                        size=f"{len(cells[big]):,}",
                        limit=f"{max_cell:,}",
                    ),
                    line=number,
                ),
            )
            continue
        yield number, cells
    yield from _flush(pending)


def _flush(pending: list[tuple[int, ReadError]]) -> Iterator[tuple[int, ReadError]]:
    while pending:
        yield pending.pop(0)
