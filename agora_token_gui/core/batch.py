"""Batch building (requests.md): JSON Lines of requests in, one result per line out, in order.

A bad line is reported (with its line number) and never stops the run: every line is read through
:mod:`core.reading` (so deep nesting, a key given twice, a number of thousands of digits or a line
that is not UTF-8 is a sentence for that line), and every error is echoed through
:mod:`core.secrets` (so no certificate, under any spelling of its key, reaches the output).
``run_batch`` yields the results; ``write_batch`` is what ``agora-token batch`` writes.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, TypeAlias

from .build import BuildResult, RandInt, _build_result, secure_randint
from .catalog import APP_CREDENTIALS, KINDS, FieldKind, KeyKind, find, starting_value
from .detect import JSONValue
from .errors import InvalidInputError, message_of
from .reading import Line, ReadError, csv_rows, decode_lines, loads, not_an_object
from .secrets import redact, secret_values
from .text import Text, msg

#: A batch input line: its text, or a Line / ReadError saying why it could not be read.
BatchLine: TypeAlias = "str | Line | ReadError"
#: Gives the certificate for requests that carry none (asked at most once; None: no default).
Certificate: TypeAlias = Callable[[], str]

# What ``agora-token batch`` writes for each result: json.JSONEncoder(ensure_ascii=False).encode.
_encode_result: Final = json.JSONEncoder(ensure_ascii=False).encode
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


def read_request(number: int, line: str) -> dict[str, object] | ReadError:
    """One JSON Lines line as a request object, or the ReadError saying why it is not one.

    The one reading of a batch line, with its sentences: ``agora-token batch`` and the
    window's JSON Lines files both use it.
    """
    try:
        data = loads(line, line=number)
    except ReadError as exc:
        return exc
    if not isinstance(data, dict):
        return ReadError(not_an_object(number, data), line=number)
    return data


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
    data = read_request(number, line)
    if isinstance(data, ReadError):
        return _error(None, number, data)
    raw_id = data.get("id")
    request_id = raw_id if isinstance(raw_id, str) else None
    try:
        if not data.get("app_certificate") and _wants_certificate(data):
            certificate = default.get()
            if certificate is not None:
                data["app_certificate"] = certificate
        return _build_result(data, int(_time()) if now is None else now(), draw)
    except InvalidInputError as exc:
        return _error(request_id, number, exc, data)


def _wants_certificate(data: Mapping[str, object]) -> bool:
    """Whether the line's kind is signed with an App Certificate (not a whiteboard's own SK)."""
    return _wants(data, "app_certificate")


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

    Returns whether every request was built.
    """
    all_built = True
    for result in run_batch(
        lines, now=now, randint=randint, first_line=first_line, certificate=certificate
    ):
        if "error" in result:
            all_built = False
        write(_encode_result(result) + "\n")
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
    message = message_of(exc)
    if request is not None:
        message = redact(message, secret_values(request))
    out: dict[str, JSONValue] = {"id": request_id, "line": number, "error": message}
    if exc.field:
        out["field"] = exc.field
    return out


# --- the GUI's sources: a users x channels grid, or a CSV / JSON Lines file --------------------

#: One input item: its number and a request, or the sentence saying why the input could not be
#: read as a request (bad JSON, a short CSV row, a line that is not UTF-8 ...).
BatchItem: TypeAlias = "tuple[int, Mapping[str, object] | str]"

#: Keys that carry "who" in a request, most specific first; the grid fills the first a kind has.
IDENTITY_KEYS: Final = ("uid", "account", "user_id", "user_uuid", "rtc_account", "user_account")
MAX_ROWS: Final = 1_000_000  # one batch at most
# Keys whose CSV cells hold JSON (objects or lists); every other cell is text as written.
_JSON_KEYS: Final = frozenset({"services", "privileges", "permissions"})
_RANGE: Final = re.compile(r"([0-9]{1,10})\s*-\s*([0-9]{1,10})\Z")
# rtc_rtm2 logs the same person in to RTC and RTM: fill both ids from one list.
_ALSO_FILL: Final[Mapping[str, tuple[str, ...]]] = {"rtc_account": ("rtm_user_id",)}
_NUMERIC: Final = frozenset({FieldKind.UID, FieldKind.UINT32})


class SourceError(InvalidInputError):
    """The batch source itself is unusable (not one row of it): one sentence to show."""


# The grid's kinds: those signed with the window's App ID and certificate (whiteboard tokens,
# with their own keys, are batched from a JSON Lines file or with agora-token batch).
GRID_KINDS: Final = tuple(k for k in KINDS if set(k.credentials.keys) <= set(APP_CREDENTIALS.keys))


@dataclass(frozen=True, slots=True)
class GridPlan:
    """Which request keys the Users and Channels lists fill for a key kind."""

    kind: KeyKind
    user_keys: tuple[str, ...]  # empty: the kind has no user field
    channel_key: str | None
    numeric_users: bool

    @classmethod
    def for_kind(cls, kind: KeyKind) -> GridPlan:
        """The plan for ``kind``: its first identity field (and a twin), and its channel."""
        names = {spec.name: spec for spec in kind.fields}
        user_key = next((key for key in IDENTITY_KEYS if key in names), None)
        user_keys: tuple[str, ...] = ()
        numeric = False
        if user_key is not None:
            user_keys = (user_key, *(k for k in _ALSO_FILL.get(user_key, ()) if k in names))
            numeric = names[user_key].kind in _NUMERIC
        channel_key = "channel_name" if "channel_name" in names else None
        return cls(kind, user_keys, channel_key, numeric)


# Example values for what a form leaves empty (no suggestion, no default), so that a template
# builds as it is: the lists fill the user and the channel.
_EXAMPLES: Final[Mapping[FieldKind, object]] = {
    FieldKind.UID: 0,
    FieldKind.UINT32: 0,
    FieldKind.INT16: 1,
    FieldKind.SERVICES: [{"type": 1, "privileges": {"1": 3600}, "channel_name": "demo", "uid": ""}],
    FieldKind.PERMISSIONS: {"0": {"0": []}},
    FieldKind.TEXT: "",
}


def template_for(kind: KeyKind, now: int) -> dict[str, object]:
    """A request for ``kind`` with every field the lists do not fill: a new form's values."""
    plan = GridPlan.for_kind(kind)
    request: dict[str, object] = {"format": kind.format}
    if not kind.implicit_builder:
        request["builder"] = kind.builder
    for spec in kind.fields:
        if spec.pin is not None or spec.name in plan.user_keys or spec.name == plan.channel_key:
            continue
        value: object = starting_value(spec, now)
        if value is None:
            if spec.kind is FieldKind.CHOICE:
                value = spec.choices[0].value
            elif spec.kind is FieldKind.PRIVILEGES:
                value = {str(min(spec.privilege_names, default=1)): now + 3600}
            else:
                value = _EXAMPLES.get(spec.kind, "")
        request[spec.name] = value
    return request


def template_from_form(kind: KeyKind, request: Mapping[str, object]) -> dict[str, object]:
    """A grid template from a generator form's request: its kind, role, lifetimes and the rest.

    The credentials are left out (the window supplies them when the batch runs, and the
    certificate must never sit in a template), and so are the fields the Users and Channels lists
    fill, so every row is the form's request with its own user and channel.
    """
    plan = GridPlan.for_kind(kind)
    skip = {*kind.credentials.keys, *plan.user_keys}
    if plan.channel_key is not None:
        skip.add(plan.channel_key)
    return {key: value for key, value in request.items() if key not in skip}


def describe_template(kind: KeyKind, template: Mapping[str, object]) -> str:
    """One line naming the kind and each value a grid row takes from ``template``."""
    labels = {spec.name: spec.label for spec in kind.fields}
    parts = [kind.title]
    parts += [
        msg("{label}: {value}", label=labels[key], value=json.dumps(value, ensure_ascii=False))
        for key, value in template.items()
        if key in labels
    ]
    # One Text of Texts, "{p0} · {p1} · ...": each part is translated where it is shown.
    params = {f"p{i}": part for i, part in enumerate(parts)}
    return Text(" · ".join(f"{{p{i}}}" for i in range(len(parts))), params)


def parse_list(text: str, what: str) -> list[str | range]:
    """One entry per non-blank line; ``1000-1099`` stands for the 100 numbers in between.

    Raises:
        SourceError: a range runs backwards.
    """
    entries: list[str | range] = []
    for number, line in enumerate(text.splitlines(), 1):
        value = line.strip()
        if not value:
            continue
        match = _RANGE.match(value)
        if match:
            low, high = int(match.group(1)), int(match.group(2))
            if high < low:
                raise SourceError(
                    msg(
                        "{what}, line {number}: the range {value} runs backwards; write "
                        "{high}-{low}.",
                        what=what,
                        number=number,
                        value=repr(value),
                        high=high,
                        low=low,
                    )
                )
            entries.append(range(low, high + 1))
        else:
            entries.append(value)
    return entries


def list_size(entries: Sequence[str | range]) -> int:
    """How many values the entries of a list stand for (a range counts each number)."""
    return sum(len(e) if isinstance(e, range) else 1 for e in entries)


def _values(entries: Sequence[str | range], numeric: bool) -> Iterator[object]:
    for entry in entries:
        if isinstance(entry, range):
            yield from (entry if numeric else map(str, entry))
        else:
            yield entry  # as written: the core's uid rule reads it, or names the field and says why


def grid_items(
    template: Mapping[str, object],
    plan: GridPlan,
    users: Sequence[str | range],
    channels: Sequence[str | range],
) -> Iterator[BatchItem]:
    """Requests for users x channels (each user with every channel), numbered from 1."""
    number = 0
    for user in _values(users, plan.numeric_users) if plan.user_keys else [None]:
        for channel in _values(channels, False) if plan.channel_key else [None]:
            number += 1
            request = dict(template)
            if user is not None:
                for key in plan.user_keys:
                    request[key] = user if key == plan.user_keys[0] else str(user)
            if channel is not None and plan.channel_key is not None:
                request[plan.channel_key] = channel
            yield number, request


def grid_size(plan: GridPlan, users: Sequence[str | range], channels: Sequence[str | range]) -> int:
    """How many requests a grid makes; SourceError when a list is missing or it is too many."""
    if plan.user_keys and not users:
        raise SourceError(
            msg("Enter at least one user ({key}), one per line.", key=plan.user_keys[0])
        )
    if plan.channel_key and not channels:
        raise SourceError(msg("Enter at least one channel name, one per line."))
    total = max(list_size(users), 1) * max(list_size(channels), 1)
    if total > MAX_ROWS:
        raise SourceError(
            msg(
                "That is {total} requests; one batch may have at most {limit}.",
                total=f"{total:,}",
                limit=f"{MAX_ROWS:,}",
            )
        )
    return total


def parse_template(text: str) -> dict[str, object]:
    """The grid's template: one JSON object (a request), read like a batch line."""
    try:
        template = loads(text, subject=msg("The template"))
    except ReadError as exc:
        raise SourceError(message_of(exc)) from None
    if not isinstance(template, dict):
        raise SourceError(msg("The template must be one JSON object (a request)."))
    return template


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """A CSV or JSON Lines file of requests, read; rows are checked later, one by one."""

    name: str
    kind: str  # "CSV" or "JSON Lines"
    count: int
    columns: tuple[str, ...] = ()
    rows: tuple[BatchItem, ...] = ()  # CSV: the rows, parsed
    data: bytes = b""  # JSON Lines: the bytes, read line by line when the batch runs

    def iter_items(self) -> Iterator[BatchItem]:
        """The requests (or the sentences of unreadable lines), in file order."""
        if self.kind == "CSV":
            yield from self.rows
            return
        for line in decode_lines(self.data):
            if line.text is None:
                assert line.error is not None
                yield line.number, message_of(line.error)
            elif line.text.strip():
                request = read_request(line.number, line.text)
                if isinstance(request, ReadError):
                    yield line.number, message_of(request)
                else:
                    yield line.number, request


def load_requests(name: str, data: bytes) -> LoadedFile:
    """A file's bytes as a batch source: CSV when ``name`` ends in .csv, else JSON Lines.

    Raises:
        SourceError: the file is empty or its header names no keys.
    """
    if name.lower().endswith(".csv"):
        return _load_csv(name, data)
    count = sum(1 for line in decode_lines(data) if line.text is None or line.text.strip())
    return LoadedFile(name, "JSON Lines", count, data=data)


def _load_csv(name: str, data: bytes) -> LoadedFile:
    records = csv_rows(decode_lines(data))
    header: list[str] | None = None
    for _, first in records:
        if isinstance(first, ReadError):
            raise SourceError(msg("{name}: {reason}", name=name, reason=message_of(first)))
        header = first
        break
    if header is None or not any(cell.strip() for cell in header):
        raise SourceError(
            msg(
                "{name} is empty; its first row must name the request keys (format, builder, "
                "channel_name, uid, ...).",
                name=name,
            )
        )
    keys = tuple(cell.strip() for cell in header)
    rows: list[BatchItem] = []
    for line, cells in records:
        if isinstance(cells, ReadError):
            rows.append((line, message_of(cells)))
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(keys):
            rows.append(
                (
                    line,
                    msg(
                        "Line {number} has {cells} cells, but the header names {keys}.",
                        number=line,
                        cells=len(cells),
                        keys=len(keys),
                    ),
                )
            )
            continue
        rows.append((line, _csv_request(line, keys, cells)))
    return LoadedFile(name, "CSV", len(rows), keys, tuple(rows))


def _csv_request(line: int, keys: Sequence[str], cells: Sequence[str]) -> dict[str, object] | str:
    request: dict[str, object] = {}
    for key, cell in zip(keys, cells, strict=False):
        if not key or cell == "":
            continue  # an empty cell leaves the key out: its default, or the window's value
        if key in _JSON_KEYS:
            try:
                request[key] = loads(
                    cell,
                    subject=lambda: msg("Line {number}: the {key} cell", number=line, key=key),  # noqa: B023
                    field=key,
                )
            except ReadError as exc:
                return message_of(exc)
        else:
            request[key] = cell
    return request


def _wants(data: Mapping[str, object], key: str) -> bool:
    """Whether the request's kind is signed with ``key`` (app_id, app_certificate)."""
    format_, builder = data.get("format"), data.get("builder")
    if not isinstance(format_, str):
        return True  # the request check says what is wrong
    kind = find(format_, builder if isinstance(builder, str) else None)
    return kind is None or key in kind.credentials.keys


def with_credentials(
    items: Iterable[BatchItem], app_id: str, certificate: str
) -> Iterator[BatchItem]:
    """Fill App ID and certificate from the window where a request has none of its own."""
    for number, request in items:
        if isinstance(request, str):
            yield number, request
            continue
        filled = dict(request)
        # Kinds signed with their own keys (whiteboard AK/SK) take nothing from the window; a
        # stream key takes only the certificate.
        if not filled.get("app_id") and _wants(filled, "app_id"):
            filled["app_id"] = app_id
        if not filled.get("app_certificate") and _wants(filled, "app_certificate"):
            filled["app_certificate"] = certificate
        yield number, filled
