"""Batch building (requests.md): JSON Lines of requests in, one result per line out, in order.

A bad line is reported (with its line number) and never stops the run. ``run_batch`` yields the
results; ``write_batch`` is what ``agora-token batch`` writes.
"""

from __future__ import annotations

import json
import json.encoder
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Final

from .build import RandInt, _build_result, secure_randint
from .detect import JSONValue
from .errors import InvalidInputError

# The C scanner that json.loads runs (set by JSONDecoder.__init__; not in the type stubs).
_scan_json: Final[Callable[[str, int], tuple[object, int]]] = vars(json.JSONDecoder())["scan_once"]
_JSON_SPACE: Final = re.compile(r"[ \t\n\r]*")  # JSON whitespace (json.decoder.WHITESPACE)


def _json_line(line: str) -> object:
    """``json.loads(line)``, calling the C scanner directly for a line that starts with '{'."""
    if line.startswith("{"):
        try:
            value, end = _scan_json(line, 0)
        except (StopIteration, json.JSONDecodeError):
            pass  # json.loads raises the error with its message
        else:
            size = len(line)
            if end == size or (end == size - 1 and line[end] == "\n"):  # the usual line ends
                return value
            rest = _JSON_SPACE.match(line, end)  # JSON whitespace: always matches
            if rest is not None and rest.end() == size:
                return value
    return json.loads(line)


# What ``agora-token batch`` writes for each result: json.JSONEncoder(ensure_ascii=False).encode.
_encode_result: Final = json.JSONEncoder(ensure_ascii=False).encode
_encode_string: Final = json.encoder.encode_basestring  # its C string encoder, without ASCII
_time: Final = time.time


def run_batch(
    lines: Iterable[str],
    *,
    now: Callable[[], int] | None = None,
    randint: RandInt | None = None,
    first_line: int = 1,
) -> Iterator[dict[str, JSONValue]]:
    """JSON Lines in, one result per non-blank line out, in order; a bad line never stops it.

    ``first_line`` numbers the lines in messages when ``lines`` is a slice of a larger input.
    ``now`` is asked once per request, just before it is built (default: the system clock).
    """
    draw = randint or secure_randint
    for number, line in enumerate(lines, first_line):
        if not line or line.isspace():  # what `not line.strip()` says, without a copy
            continue
        try:
            data = _json_line(line)
        except json.JSONDecodeError as exc:
            yield _not_json(number, exc)
            continue
        if not isinstance(data, dict):
            yield _not_a_request(number, data)
            continue
        raw_id = data.get("id")
        request_id = raw_id if isinstance(raw_id, str) else None
        try:
            result = _build_result(data, int(_time()) if now is None else now(), draw)
        except InvalidInputError as exc:
            yield _invalid(request_id, number, exc)
            continue
        ok: dict[str, JSONValue] = {"id": request_id, "token": result.token}
        if result.warnings:
            ok["warnings"] = [w.message for w in result.warnings]
        yield ok


def write_batch(
    lines: Iterable[str],
    write: Callable[[str], object],
    *,
    now: Callable[[], int] | None = None,
    randint: RandInt | None = None,
    first_line: int = 1,
) -> bool:
    """``agora-token batch``: each result of run_batch written as one JSON line.

    Each line is what ``json.JSONEncoder(ensure_ascii=False).encode(result)`` gives, byte for
    byte, plus a newline: the same loop as run_batch, but a built token's usual
    ``{"id": ..., "token": ...}`` is formatted by hand, with the encoder's own string function.
    Returns whether every request was built.
    """
    draw = randint or secure_randint
    encode, string, scan = _encode_result, _encode_string, _scan_json
    all_built = True
    for number, line in enumerate(lines, first_line):
        if not line or line.isspace():
            continue
        data: object = None
        if line.startswith("{") and line.endswith("}\n"):  # _json_line's usual case, inline
            try:
                data, end = scan(line, 0)
            except (StopIteration, json.JSONDecodeError):
                data = None
            else:
                if end != len(line) - 1:
                    data = None
        if data is None:
            try:
                data = _json_line(line)
            except json.JSONDecodeError as exc:
                write(encode(_not_json(number, exc)) + "\n")
                all_built = False
                continue
        if not isinstance(data, dict):
            write(encode(_not_a_request(number, data)) + "\n")
            all_built = False
            continue
        raw_id = data.get("id")
        request_id = raw_id if isinstance(raw_id, str) else None
        try:
            result = _build_result(data, int(_time()) if now is None else now(), draw)
        except InvalidInputError as exc:
            write(encode(_invalid(request_id, number, exc)) + "\n")
            all_built = False
            continue
        if result.warnings:
            warnings: list[JSONValue] = [w.message for w in result.warnings]
            write(encode({"id": request_id, "token": result.token, "warnings": warnings}) + "\n")
        elif request_id is None:
            write(f'{{"id": null, "token": {string(result.token)}}}\n')
        else:
            write(f'{{"id": {string(request_id)}, "token": {string(result.token)}}}\n')
    return all_built


def _not_json(number: int, exc: json.JSONDecodeError) -> dict[str, JSONValue]:
    return {
        "id": None,
        "line": number,
        "error": f"Line {number} is not valid JSON ({exc.msg} at column {exc.colno}).",
    }


def _not_a_request(number: int, data: object) -> dict[str, JSONValue]:
    return {
        "id": None,
        "line": number,
        "error": f"Line {number} must be a JSON object (a request), not {type(data).__name__}.",
    }


def _invalid(request_id: str | None, number: int, exc: InvalidInputError) -> dict[str, JSONValue]:
    out: dict[str, JSONValue] = {"id": request_id, "line": number, "error": str(exc)}
    if exc.field:
        out["field"] = exc.field
    return out
