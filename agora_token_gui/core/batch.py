"""Batch building (requests.md): JSON Lines of requests in, one result per line out, in order.

A bad line is reported (with its line number) and never stops the run: every line is read through
:mod:`core.reading` (so deep nesting, a key given twice, a number of thousands of digits or a line
that is not UTF-8 is a sentence for that line), and every error is echoed through
:mod:`core.secrets` (so no certificate, under any spelling of its key, reaches the output).
``run_batch`` yields the results; ``write_batch`` is what ``agora-token batch`` writes.
"""

from __future__ import annotations

import json
import json.encoder
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final, TypeAlias

from .build import BuildResult, RandInt, _build_result, secure_randint
from .detect import JSONValue
from .errors import InvalidInputError
from .reading import Line, ReadError, json_type, loads
from .secrets import redact, secret_values

#: A batch input line: its text, or a Line / ReadError saying why it could not be read.
BatchLine: TypeAlias = "str | Line | ReadError"
#: Gives the certificate for requests that carry none (asked at most once; None: no default).
Certificate: TypeAlias = Callable[[], str]

# What ``agora-token batch`` writes for each result: json.JSONEncoder(ensure_ascii=False).encode.
_encode_result: Final = json.JSONEncoder(ensure_ascii=False).encode
_encode_string: Final = json.encoder.encode_basestring  # its C string encoder, without ASCII
_time: Final = time.time


class _Default:
    """The default certificate, looked up on the first request that needs it, then kept."""

    def __init__(self, lookup: Certificate | None) -> None:
        self._lookup = lookup
        self._value: str | None = None
        self._error: InvalidInputError | None = None

    def get(self) -> str | None:
        if self._lookup is None:
            return None
        if self._value is None and self._error is None:
            try:
                self._value = self._lookup()
            except InvalidInputError as exc:
                self._error = exc
        if self._error is not None:
            raise self._error
        return self._value


def _one(
    number: int,
    line: BatchLine,
    now: Callable[[], int] | None,
    draw: RandInt,
    default: _Default,
) -> BuildResult | dict[str, JSONValue] | None:
    """One input line: None when blank, a BuildResult when built, else the error result."""
    if isinstance(line, Line):
        if line.error is not None:
            return _error(None, line.number, line.error)
        line = line.text or ""
    elif isinstance(line, ReadError):
        return _error(None, number, line)
    if not line or line.isspace():
        return None
    try:
        data = loads(line, subject=f"Line {number}", line=number)
    except ReadError as exc:
        return _error(None, number, exc)
    if not isinstance(data, dict):
        message = f"Line {number} must be a JSON object (a request), not {json_type(data)}."
        return _error(None, number, ReadError(message, line=number))
    raw_id = data.get("id")
    request_id = raw_id if isinstance(raw_id, str) else None
    try:
        if not data.get("app_certificate"):
            certificate = default.get()
            if certificate is not None:
                data["app_certificate"] = certificate
        return _build_result(data, int(_time()) if now is None else now(), draw)
    except InvalidInputError as exc:
        return _error(request_id, number, exc, data)


def run_batch(
    lines: Iterable[BatchLine],
    *,
    now: Callable[[], int] | None = None,
    randint: RandInt | None = None,
    first_line: int = 1,
    certificate: Certificate | None = None,
) -> Iterator[dict[str, JSONValue]]:
    """JSON Lines in, one result per non-blank line out, in order; a bad line never stops it.

    ``first_line`` numbers the lines in messages when ``lines`` is a slice of a larger input.
    ``now`` is asked once per request, just before it is built (default: the system clock).
    ``certificate`` gives the App Certificate for requests without one (asked once, when first
    needed); its failure is reported on each such line.
    """
    draw = randint or secure_randint
    default = _Default(certificate)
    for number, line in enumerate(lines, first_line):
        outcome = _one(number, line, now, draw, default)
        if outcome is None:
            continue
        if isinstance(outcome, BuildResult):
            yield _built(outcome, outcome.request.id)
        else:
            yield outcome


def write_batch(
    lines: Iterable[BatchLine],
    write: Callable[[str], object],
    *,
    now: Callable[[], int] | None = None,
    randint: RandInt | None = None,
    first_line: int = 1,
    certificate: Certificate | None = None,
) -> bool:
    """``agora-token batch``: each result of run_batch written as one JSON line.

    Each line is what ``json.JSONEncoder(ensure_ascii=False).encode(result)`` gives, byte for
    byte, plus a newline; a built token's usual ``{"id": ..., "token": ...}`` is formatted by
    hand, with the encoder's own string function. Returns whether every request was built.
    """
    draw = randint or secure_randint
    default = _Default(certificate)
    encode, string = _encode_result, _encode_string
    all_built = True
    for number, line in enumerate(lines, first_line):
        outcome = _one(number, line, now, draw, default)
        if outcome is None:
            continue
        if not isinstance(outcome, BuildResult):
            write(encode(outcome) + "\n")
            all_built = False
            continue
        request_id = outcome.request.id
        if outcome.warnings:
            write(encode(_built(outcome, request_id)) + "\n")
        elif request_id is None:
            write(f'{{"id": null, "token": {string(outcome.token)}}}\n')
        else:
            write(f'{{"id": {string(request_id)}, "token": {string(outcome.token)}}}\n')
    return all_built


def _built(result: BuildResult, request_id: str | None) -> dict[str, JSONValue]:
    ok: dict[str, JSONValue] = {"id": request_id, "token": result.token}
    if result.warnings:
        ok["warnings"] = [w.message for w in result.warnings]
    return ok


def _error(
    request_id: str | None,
    number: int,
    exc: InvalidInputError,
    request: Mapping[str, object] | None = None,
) -> dict[str, JSONValue]:
    """The error result; any secret of the request that the message might hold is cut out."""
    message = str(exc)
    if request is not None:
        message = redact(message, secret_values(request))
    out: dict[str, JSONValue] = {"id": request_id, "line": number, "error": message}
    if exc.field:
        out["field"] = exc.field
    return out
