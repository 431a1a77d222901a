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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from .errors import InvalidInputError

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
                shown = repr(key) if len(key) <= 40 else f"{key[:30]!r}… ({len(key)} characters)"
                raise _Refused(
                    f"gives the key {shown} twice; keep one so it is clear which applies"
                )
            seen.add(key)
    return result


def _int(text: str) -> int:
    digits = len(text) - text.startswith("-")
    if digits > MAX_INT_DIGITS:
        raise _Refused(
            f"has a number of {digits:,} digits; numbers here have at most {MAX_INT_DIGITS}"
        )
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_INT_DIGITS * 2:
        raise _Refused(f"has a number written with {len(text):,} characters; that is too long")
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"has the number {text[:20]}, which is too large to represent")
    return value


def _constant(text: str) -> object:
    raise _Refused(f"has {text}, which JSON does not allow as a number")


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
    text: str, *, subject: str = "The JSON", field: str | None = None, line: int | None = None
) -> object:
    """Parse JSON text, refusing what would crash or silently change a value.

    ``subject`` begins each error sentence ("Line 3", "The --services value", "The setting
    profiles/app_ids"). Refused: invalid JSON, nesting deeper than :data:`MAX_DEPTH`, a key given
    twice in one object, integers over :data:`MAX_INT_DIGITS` digits, ``NaN``/``Infinity`` and
    numbers too large for a float.

    Raises:
        ReadError: the text is refused; the message is one sentence starting with ``subject``.
    """
    if depth_exceeds(text):
        raise ReadError(
            f"{subject} nests JSON deeper than {MAX_DEPTH} levels; no request needs that many.",
            line=line,
            field=field,
        )
    try:
        return _decode(text)
    except _Refused as exc:
        raise ReadError(f"{subject} {exc.reason}.", line=line, field=field) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
        reason = exc.msg.removesuffix(" at")  # "Invalid control character at"
        raise ReadError(
            f"{subject} is not valid JSON ({reason} at {where}).", line=line, field=field
        ) from None
    except (RecursionError, ValueError) as exc:  # defence in depth: nothing from json escapes
        raise ReadError(
            f"{subject} cannot be read as JSON ({type(exc).__name__}).", line=line, field=field
        ) from None


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
        shown = repr(stripped) if len(stripped) <= 20 else f"text of {len(stripped)} characters"
        raise ReadError(
            f"{subject} must be a whole number written with the digits 0-9; got {shown}.",
            field=field,
        )
    if len(stripped) - stripped.startswith("-") > MAX_INT_DIGITS:
        raise ReadError(
            f"{subject} has {len(stripped):,} digits; it must be at most {MAX_INT_DIGITS}.",
            field=field,
        )
    value = int(stripped)
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"{low if low is not None else '-∞'}..{high if high is not None else '∞'}"
        raise ReadError(f"{subject} must be in {span}; got {value}.", field=field)
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
            yield Line(number, None, _too_long(number, len(raw), max_line, "bytes"))
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            message = (
                f"Line {number} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at column "
                f"{exc.start + 1}); it was skipped."
            )
            yield Line(number, None, ReadError(message, line=number))
            continue
        if len(text) > max_line:
            yield Line(number, None, _too_long(number, len(text), max_line, "characters"))
            continue
        yield Line(number, text)


def _too_long(number: int, size: int, limit: int, unit: str) -> ReadError:
    return ReadError(
        f"Line {number} has {size:,} {unit}; lines here have at most {limit:,} characters, "
        "so it was skipped.",
        line=number,
    )


def decode_text(data: bytes, *, subject: str = "The file") -> str:
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
            f"{subject} is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}, "
            f"column {column}).",
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
            value = loads(line.text, subject=f"Line {line.number}", line=line.number)
        except ReadError as exc:
            yield line.number, exc
            continue
        if not isinstance(value, dict):
            yield (
                line.number,
                ReadError(
                    f"Line {line.number} must be a JSON object (a request), not "
                    f"{json_type(value)}.",
                    line=line.number,
                ),
            )
            continue
        yield line.number, value


def json_type(value: object) -> str:
    """What a JSON value is, in words: "a list", "text", "a number" ..."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
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
                message = (
                    f"Line {number} has a cell of more than {csv.field_size_limit():,} "
                    f"characters; cells here have at most {max_cell:,}."
                )
            else:
                message = f"Line {number} is not valid CSV ({exc})."
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
                    f"Line {number}: cell {big + 1} has {len(cells[big]):,} characters; cells "
                    f"here have at most {max_cell:,}.",
                    line=number,
                ),
            )
            continue
        yield number, cells
    yield from _flush(pending)


def _flush(pending: list[tuple[int, ReadError]]) -> Iterator[tuple[int, ReadError]]:
    while pending:
        yield pending.pop(0)
