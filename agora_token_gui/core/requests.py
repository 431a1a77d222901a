"""Request objects (requests.md): validate every field, then build through one code path.

The GUI forms, the CLI flags, batch lines and the tests all arrive here as a mapping of request
keys. ``check`` reports every problem at once (for live form validation), ``parse_request``
raises the first error, and ``build`` turns a valid request into a token.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import json.encoder
import os
import random
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple

from . import access_token, access_token2, dynamic_key, signaling, timefmt
from .access_token2 import (
    PERMISSION_TYPE_NAMES,
    RESOURCE_TYPE_NAMES,
    SERVICE_FIELDS,
    Service,
    md5_hex,
)
from .catalog import DAY, KINDS, FieldKind, FieldSpec, KeyKind, Pin, find
from .detect import JSONValue
from .encoding import is_hex
from .errors import InvalidInputError
from .packing import MAX_U16, MAX_U32

ERROR: Final = "error"
WARNING: Final = "warning"
COMMON_KEYS: Final = ("format", "builder", "app_id", "app_certificate", "id")
SALT_RANGE: Final = (1, 99_999_999)
# Documented channel-name characters (token-formats.md §11).
_CHANNEL_OK: Final = re.compile(r"[a-zA-Z0-9 !#$%&()+\-:;<=.>?@\[\]^_{}|~,]*\Z")
_INT_TEXT: Final = re.compile(r"-?[0-9]+\Z")

RandInt = Callable[[int, int], int]


# os.urandom underneath, as the secrets module uses (importing secrets would load OpenSSL).
_SYSTEM_RANDOM: Final = random.SystemRandom()
_urandom: Final = os.urandom


def secure_randint(low: int, high: int) -> int:
    """A cryptographically random integer in [low, high].

    ``_SYSTEM_RANDOM.randint(low, high)`` without its five layers of calls: the same algorithm
    (randrange, _randbelow_with_getrandbits and SystemRandom.getrandbits: os.urandom bytes,
    shifted to the bit length of the range, drawn again while out of range), so the same values
    from the same random bytes.
    """
    span = high - low + 1
    if span <= 0:
        return _SYSTEM_RANDOM.randint(low, high)  # raises randint's error
    bits = span.bit_length()
    size = (bits + 7) // 8
    shift = size * 8 - bits
    value = int.from_bytes(_urandom(size), "big") >> shift
    while value >= span:
        value = int.from_bytes(_urandom(size), "big") >> shift
    return low + value


@dataclass(frozen=True, slots=True)
class Problem:
    field: str | None  # the request key it is about; None for the request as a whole
    message: str
    severity: str = ERROR

    def as_dict(self) -> dict[str, JSONValue]:
        return {"field": self.field, "severity": self.severity, "message": self.message}


@dataclass(frozen=True, slots=True)
class TokenRequest:
    """A validated request: every value has its final type; pins may still be absent."""

    kind: KeyKind
    app_id: str
    app_certificate: str
    values: Mapping[str, object]
    id: str | None = None
    warnings: tuple[Problem, ...] = ()

    def int(self, name: str) -> int:
        value = self.values[name]
        assert isinstance(value, int)
        return value

    def str(self, name: str) -> str:
        value = self.values[name]
        assert isinstance(value, str)
        return value


@dataclass(frozen=True, slots=True)
class BuildResult:
    token: str
    request: TokenRequest
    pinned: Mapping[str, int] = field(default_factory=dict)  # the pins actually used
    warnings: tuple[Problem, ...] = ()


# Building the two frozen dataclasses of every request without their __init__, whose per-field
# object.__setattr__ calls cost more than the slot setters: equal objects, made faster.
_new: Final = object.__new__
_set_kind, _set_app_id, _set_app_certificate, _set_values, _set_id, _set_warnings = (
    TokenRequest.__dict__[f.name].__set__ for f in dataclasses.fields(TokenRequest)
)
_set_token, _set_request, _set_pinned, _set_result_warnings = (
    BuildResult.__dict__[f.name].__set__ for f in dataclasses.fields(BuildResult)
)


# --- coercion: one converter per field kind, shared by JSON, CLI flags and GUI fields -------------


def _whole(spec_label: str, name: str, raw: object, low: int, high: int) -> int:
    if type(raw) is int and low <= raw <= high:  # the usual case, first
        return raw
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise InvalidInputError(
            f"{spec_label} must be a whole number from {low} to {high}; got {raw!r}.", name
        )
    if isinstance(raw, str):
        if not _INT_TEXT.match(raw):
            shown = "nothing" if raw == "" else repr(raw)
            raise InvalidInputError(
                f"{spec_label} must be a whole number from {low} to {high}; got {shown}.", name
            )
        raw = int(raw)
    if not low <= raw <= high:
        raise InvalidInputError(
            f"{spec_label} must be a whole number from {low} to {high}; got {raw}.", name
        )
    return raw


def _text(label: str, name: str, raw: object) -> str:
    if type(raw) is str and raw.isascii() and len(raw) <= MAX_U16:  # ASCII: 1 byte a character
        return raw
    if not isinstance(raw, str):
        raise InvalidInputError(f"{label} must be text; got {raw!r}.", name)
    size = len(raw.encode("utf-8", errors="surrogatepass"))
    if size > MAX_U16:
        raise InvalidInputError(
            f"{label} is {size} bytes in UTF-8; a token can hold at most 65535.", name
        )
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInputError(
            f"{label} contains a character that is not valid Unicode.", name
        ) from exc
    return raw


def _norm(name: str) -> str:
    return name.replace("_", "").replace("-", "").replace(" ", "").lower()


def _named_int(label: str, name: str, raw: object, names: Mapping[int, str], high: int) -> int:
    """A number, or a name from ``names`` in any case, with or without underscores."""
    if isinstance(raw, str) and not _INT_TEXT.match(raw):
        wanted = _norm(raw)
        for number, known in names.items():
            if _norm(known) == wanted or _norm(known.removeprefix("k")) == wanted:
                return number
        options = ", ".join(f"{n} ({v})" for n, v in sorted(names.items()))
        raise InvalidInputError(
            f"{label} {raw!r} is not a known name; use a number or one of: {options}.", name
        )
    return _whole(label, name, raw, 0, high)


def _choice(spec: FieldSpec, raw: object) -> int | str:
    if type(raw) is int or type(raw) is str:
        exact = _exact_choices(spec).get(raw)
        if exact is not None:
            return exact
    return _choice_by_name(spec, raw)


# id(spec) -> (spec, {each choice's value and its text: what _choice_by_name makes of it})
_EXACT_CHOICES: dict[int, tuple[FieldSpec, dict[object, int | str]]] = {}


def _exact_choices(spec: FieldSpec) -> dict[object, int | str]:
    entry = _EXACT_CHOICES.get(id(spec))
    if entry is not None and entry[0] is spec:
        return entry[1]
    candidates = [c.value for c in spec.choices] + [str(c.value) for c in spec.choices]
    table: dict[object, int | str] = {raw: _choice_by_name(spec, raw) for raw in candidates}
    return _remember(_EXACT_CHOICES, spec, table)  # type: ignore[no-any-return]


def _choice_by_name(spec: FieldSpec, raw: object) -> int | str:
    for choice in spec.choices:
        if raw == choice.value and not isinstance(raw, bool):
            return choice.value
        if isinstance(raw, str):
            if raw == str(choice.value) or _norm(raw) in {_norm(a) for a in choice.aliases}:
                return choice.value
            if _norm(raw) == _norm(choice.label):
                return choice.value
    options = ", ".join(f"{c.value!r} ({c.label})" for c in spec.choices)
    raise InvalidInputError(f"{spec.label} must be one of {options}; got {raw!r}.", spec.name)


def _privileges(label: str, name: str, raw: object, names: Mapping[int, str]) -> dict[int, int]:
    if not isinstance(raw, Mapping):
        raise InvalidInputError(
            f"{label} must be an object mapping privilege ids to numbers; got {raw!r}.", name
        )
    result: dict[int, int] = {}
    for key, value in raw.items():
        privilege = _named_int(f"{label}: privilege", name, key, names, MAX_U16)
        if privilege in result:
            raise InvalidInputError(f"{label} names privilege {privilege} twice.", name)
        result[privilege] = _whole(
            f"{label}: the value of privilege {key}", name, value, 0, MAX_U32
        )
    return result


def _permissions(label: str, name: str, raw: object) -> dict[int, dict[int, tuple[str, ...]]]:
    if not isinstance(raw, Mapping):
        raise InvalidInputError(
            f"{label} must be an object: resource type -> permission type -> list of names.", name
        )
    result: dict[int, dict[int, tuple[str, ...]]] = {}
    for resource_key, by_permission in raw.items():
        resource = _named_int(
            f"{label}: resource type", name, resource_key, RESOURCE_TYPE_NAMES, MAX_U16
        )
        if not isinstance(by_permission, Mapping):
            raise InvalidInputError(
                f"{label}: resource type {resource_key} must map permission types to lists of "
                "names.",
                name,
            )
        inner: dict[int, tuple[str, ...]] = {}
        for permission_key, names in by_permission.items():
            permission = _named_int(
                f"{label}: permission type", name, permission_key, PERMISSION_TYPE_NAMES, MAX_U16
            )
            if isinstance(names, str) or not isinstance(names, (list, tuple)):
                raise InvalidInputError(
                    f"{label}: {resource_key}/{permission_key} must be a list of resource names.",
                    name,
                )
            if len(names) > MAX_U16:
                raise InvalidInputError(f"{label}: too many names in one list.", name)
            inner[permission] = tuple(_text(f"{label}: a resource name", name, n) for n in names)
        if resource in result:
            raise InvalidInputError(f"{label} lists resource type {resource} twice.", name)
        result[resource] = inner
    if len(result) > MAX_U16:
        raise InvalidInputError(f"{label} has too many resource types.", name)
    return result


_SERVICE_KEY_KIND: Final[Mapping[str, FieldKind]] = {
    "channel_name": FieldKind.TEXT,
    "uid": FieldKind.TEXT,
    "account": FieldKind.TEXT,
    "user_id": FieldKind.TEXT,
    "room_uuid": FieldKind.TEXT,
    "user_uuid": FieldKind.TEXT,
    "role": FieldKind.INT16,
    "permissions": FieldKind.PERMISSIONS,
}


def _services(label: str, name: str, raw: object) -> tuple[Service, ...]:
    if isinstance(raw, (str, bytes)) or not isinstance(raw, (list, tuple)):
        raise InvalidInputError(f"{label} must be a list of service objects.", name)
    if not raw:
        raise InvalidInputError(f"{label} is empty; a token needs at least one service.", name)
    if len(raw) > MAX_U16:
        raise InvalidInputError(f"{label} has more than 65535 services.", name)
    services: list[Service] = []
    for index, item in enumerate(raw, 1):
        where = f"Service {index}"
        if not isinstance(item, Mapping):
            raise InvalidInputError(f"{where} must be an object with a 'type'.", name)
        if "type" not in item:
            raise InvalidInputError(f"{where} has no 'type' (1 RTC ... 8 RTM2).", name)
        service_type = _named_int(
            f"{where}: type", name, item["type"], access_token2.SERVICE_NAMES, MAX_U16
        )
        allowed = SERVICE_FIELDS.get(service_type, ())
        values: dict[str, object] = {}
        for key, value in item.items():
            if key in ("type", "name"):
                continue
            if key == "privileges":
                continue
            if key not in allowed:
                expected = ", ".join(allowed) or "no fields besides type and privileges"
                raise InvalidInputError(
                    f"{where} ({access_token2.service_name(service_type)}) has no field {key!r}; "
                    f"it takes: {expected}.",
                    name,
                )
            kind = _SERVICE_KEY_KIND[key]
            if kind is FieldKind.TEXT:
                if not isinstance(value, str):
                    raise InvalidInputError(
                        f"{where}: {key} must be text as written into the token "
                        f'("" = any user); got {value!r}.',
                        name,
                    )
                values[key] = _text(f"{where}: {key}", name, value)
            elif kind is FieldKind.INT16:
                values[key] = _whole(f"{where}: role", name, value, -32768, 32767)
            else:
                values[key] = _permissions(f"{where}: permissions", name, value)
        privileges = _privileges(
            f"{where}: privileges",
            name,
            item.get("privileges", {}),
            access_token2.PRIVILEGE_NAMES.get(service_type, {}),
        )
        services.append(Service(service_type, privileges, **values))  # type: ignore[arg-type]
    return tuple(services)


def coerce(spec: FieldSpec, raw: object) -> object:
    """Convert one raw value (JSON value, CLI text or widget text) to the field's type."""
    entry = _CONVERTERS.get(id(spec))
    if entry is not None and entry[0] is spec:
        return entry[1](raw)
    converter: _Converter = _remember(_CONVERTERS, spec, _converter(spec))
    return converter(raw)


_Converter = Callable[[object], object]
# id(spec) -> (spec, converter); the spec is kept so that its id cannot be reused. Bounded (see
# _remember) in case a caller makes FieldSpecs on the fly; the catalogue has about 200.
_CONVERTERS: dict[int, tuple[FieldSpec, _Converter]] = {}
_CACHE_LIMIT: Final = 4096


def _remember(cache: dict[int, Any], spec: FieldSpec, value: Any) -> Any:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[id(spec)] = (spec, value)
    return value


def _converter(spec: FieldSpec) -> _Converter:
    """One function per field, chosen once: coerce() runs for every field of every request.

    Each one first accepts the usual value itself (what _text, _whole and _choice accept first,
    without calling them), then leaves everything else to them.
    """
    label, name, kind = spec.label, spec.name, spec.kind
    if kind is FieldKind.TEXT:

        def text(raw: object) -> object:
            if type(raw) is str and raw.isascii() and len(raw) <= MAX_U16:
                return raw
            return _text(label, name, raw)

        return text
    if kind in (FieldKind.UINT32, FieldKind.UID, FieldKind.DURATION, FieldKind.TIMESTAMP):

        def whole(raw: object) -> object:
            if type(raw) is int and 0 <= raw <= MAX_U32:
                return raw
            return _whole(label, name, raw, 0, MAX_U32)

        return whole
    if kind is FieldKind.INT16:
        return lambda raw: _whole(label, name, raw, -32768, 32767)
    if kind is FieldKind.CHOICE:
        exact = _exact_choices(spec)

        def choice(raw: object) -> object:
            if type(raw) is int or type(raw) is str:
                value = exact.get(raw)
                if value is not None:
                    return value
            return _choice_by_name(spec, raw)

        return choice
    return lambda raw: _coerce_other(spec, raw)


def _coerce_other(spec: FieldSpec, raw: object) -> object:
    kind = spec.kind
    if kind is FieldKind.TEXT:
        return _text(spec.label, spec.name, raw)
    if kind in (FieldKind.UINT32, FieldKind.UID, FieldKind.DURATION, FieldKind.TIMESTAMP):
        return _whole(spec.label, spec.name, raw, 0, MAX_U32)
    if kind is FieldKind.INT16:
        return _whole(spec.label, spec.name, raw, -32768, 32767)
    if kind is FieldKind.CHOICE:
        return _choice(spec, raw)
    if kind is FieldKind.PRIVILEGES:
        return _privileges(spec.label, spec.name, raw, spec.privilege_names)
    if kind is FieldKind.PERMISSIONS:
        return _permissions(spec.label, spec.name, raw)
    return _services(spec.label, spec.name, raw)


def _hex32(label: str, name: str, raw: object) -> str:
    if type(raw) is str and len(raw) == 32 and is_hex(raw):
        return raw
    if not isinstance(raw, str):
        raise InvalidInputError(f"The {label} must be text; got {raw!r}.", name)
    if raw == "":
        raise InvalidInputError(f"The {label} is missing; it is 32 hexadecimal characters.", name)
    if len(raw) != 32 or not is_hex(raw):
        detail = f"{len(raw)} characters"
        if not is_hex(raw):
            bad = next(c for c in raw if not is_hex(c))
            detail += f", including {bad!r} which is not hexadecimal"
        raise InvalidInputError(
            f"The {label} must be exactly 32 hexadecimal characters; this one has {detail}.",
            name,
        )
    return raw


# --- checking a whole request --------------------------------------------------------------------

# (format, builder) -> kind, with (format, None) for the formats that have one implicit builder.
_BY_FORMAT_AND_BUILDER: Final[Mapping[tuple[str, str | None], KeyKind]] = {
    **{(k.format, k.builder): k for k in KINDS},
    **{(k.format, None): k for k in KINDS if find(k.format, None) is k},
}
_CATALOGUED: Final[Mapping[int, KeyKind]] = {id(k): k for k in KINDS}


def _catalogued(kind: KeyKind) -> bool:
    """Whether ``kind`` is one of the catalogue's own KeyKind objects (not a look-alike)."""
    return _CATALOGUED.get(id(kind)) is kind


def _kind_of(data: Mapping[str, object]) -> KeyKind:
    format_ = data.get("format")
    if not isinstance(format_, str) or not format_:
        raise InvalidInputError(
            "The request has no 'format'; use one of 007, 006, 005, 004, 003, 002, 001, signaling.",
            "format",
        )
    builder = data.get("builder")
    if builder is not None and not isinstance(builder, str):
        raise InvalidInputError(f"The 'builder' must be text; got {builder!r}.", "builder")
    kind = _BY_FORMAT_AND_BUILDER.get((format_, builder))
    if kind is None:
        kind = find(format_, builder)
    if kind is not None:
        return kind
    from .catalog import FORMATS, builders

    if format_ not in FORMATS:
        raise InvalidInputError(
            f"Unknown format {format_!r}; use one of {', '.join(FORMATS)}.", "format"
        )
    names = [k.builder for k in builders(format_)]
    if builder is None:
        raise InvalidInputError(
            f"Format {format_} needs a 'builder': one of {', '.join(names)}.", "builder"
        )
    raise InvalidInputError(
        f"Format {format_} has no builder {builder!r}; use one of {', '.join(names)}.", "builder"
    )


def check(
    data: Mapping[str, object], *, now: int | None = None
) -> tuple[TokenRequest | None, list[Problem]]:
    """Validate a request, collecting every error and warning (for live form validation)."""
    request, problems = _check(data, now)
    if request is None:
        return None, problems
    return request, [*problems, *request.warnings]


class _Plan(NamedTuple):
    """What checking and building a request of one kind needs, worked out once per kind."""

    kind: KeyKind
    allowed: frozenset[str]  # the keys a request of that kind may have
    # per field in form order: name, converter, default, the "is required" message (or None)
    fields: tuple[tuple[str, _Converter, int | str | None, str | None], ...]
    warnable: tuple[FieldSpec, ...]  # the fields that can produce a warning, in form order
    durations: tuple[str, ...]  # the names of its durations
    pins: Mapping[str, Pin | None]


# id(kind) -> plan; the plan keeps its kind, so that the id cannot be reused (as _CONVERTERS).
_PLANS: dict[int, _Plan] = {}


def _plan(kind: KeyKind) -> _Plan:
    plan = _PLANS.get(id(kind))
    if plan is not None and plan.kind is kind:
        return plan
    plan = _Plan(
        kind,
        frozenset(COMMON_KEYS) | {spec.name for spec in kind.fields},
        tuple(
            (
                spec.name,
                _converter_of(spec),
                spec.default,
                _required(spec) if spec.default is None and spec.pin is None else None,
            )
            for spec in kind.fields
        ),
        tuple(spec for spec in kind.fields if _can_warn(spec)),
        tuple(spec.name for spec in kind.fields if spec.kind is FieldKind.DURATION),
        {spec.name: spec.pin for spec in kind.fields},
    )
    if len(_PLANS) >= _CACHE_LIMIT:
        _PLANS.clear()
    _PLANS[id(kind)] = plan
    return plan


def _converter_of(spec: FieldSpec) -> _Converter:
    """coerce()'s converter for the field (the same function, from the same cache)."""
    entry = _CONVERTERS.get(id(spec))
    if entry is not None and entry[0] is spec:
        return entry[1]
    converter: _Converter = _remember(_CONVERTERS, spec, _converter(spec))
    return converter


def _check(
    data: Mapping[str, object], now: int | None
) -> tuple[TokenRequest | None, list[Problem]]:
    """check() without the warnings in the list: (request, []) or (None, the errors)."""
    problems: list[Problem] = []
    try:
        kind = _kind_of(data)
    except InvalidInputError as exc:
        return None, [Problem(exc.field, str(exc))]
    plan = _plan(kind)
    allowed = plan.allowed
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(
                Problem(
                    key,
                    f"A {kind.key} request has no field {key!r}{hint}; a typo must not silently "
                    "change a token.",
                )
            )
    get = data.get
    request_id = get("id")
    if request_id is not None and not isinstance(request_id, str):
        problems.append(Problem("id", f"The request id must be a string; got {request_id!r}."))
        request_id = None
    app_id = get("app_id", "")
    if not (type(app_id) is str and len(app_id) == 32 and is_hex(app_id)):
        try:
            _hex32("App ID", "app_id", app_id)
        except InvalidInputError as exc:
            problems.append(Problem("app_id", str(exc)))
    certificate = get("app_certificate", "")
    if not (type(certificate) is str and len(certificate) == 32 and is_hex(certificate)):
        try:
            _hex32("App Certificate", "app_certificate", certificate)
        except InvalidInputError as exc:
            problems.append(Problem("app_certificate", str(exc)))
    values: dict[str, object] = {}
    for name, convert, default, required in plan.fields:
        raw = get(name)
        if raw is None:
            if default is not None:
                values[name] = default
            elif required is not None:
                problems.append(Problem(name, required))
            continue
        try:
            values[name] = convert(raw)
        except InvalidInputError as exc:
            problems.append(Problem(exc.field or name, str(exc)))
    if problems:  # every problem found so far is an error
        return None, problems
    current = int(time.time()) if now is None else now
    request: TokenRequest = _new(TokenRequest)
    _set_kind(request, kind)
    _set_app_id(request, app_id)
    _set_app_certificate(request, certificate)
    _set_values(request, values)
    _set_id(request, request_id)
    _set_warnings(request, _warnings(kind, values, current))
    return request, problems


def _required(spec: FieldSpec) -> str:
    help_text = spec.help.rstrip(".")
    return f"{spec.label} is required ({help_text})." if help_text else f"{spec.label} is required."


def parse_request(data: Mapping[str, object], *, now: int | None = None) -> TokenRequest:
    """Validate a request; raises InvalidInputError (naming the field) on the first error."""
    request, problems = _check(data, now)
    if request is None:
        first = next(p for p in problems if p.severity == ERROR)
        raise InvalidInputError(first.message, first.field)
    return request


def _can_warn(spec: FieldSpec) -> bool:
    if spec.kind is FieldKind.TEXT:
        return spec.warn_bytes is not None or spec.channel
    if spec.kind is FieldKind.TIMESTAMP:
        return spec.pin is None
    return spec.kind in (FieldKind.DURATION, FieldKind.SERVICES, FieldKind.PRIVILEGES)


def _warnings(kind: KeyKind, values: Mapping[str, object], now: int) -> tuple[Problem, ...]:
    plan = _plan(kind)
    found: list[Problem] = []
    for spec in plan.warnable:
        value = values.get(spec.name)
        if isinstance(value, str):
            if spec.warn_bytes is not None or spec.channel:
                found += _text_warnings(spec.name, spec.label, value, spec.warn_bytes, spec.channel)
        elif isinstance(value, int) and spec.kind is FieldKind.DURATION and value > DAY:
            found.append(
                Problem(
                    spec.name,
                    f"{spec.label} is {value} s ({timefmt.duration(value)}); Agora caps lifetimes "
                    "at 24 h, so servers may treat it as 24 h (the token is still built).",
                    WARNING,
                )
            )
        elif (
            isinstance(value, int)
            and spec.kind is FieldKind.TIMESTAMP
            and spec.pin is None
            and value > now + DAY
        ):
            found.append(
                Problem(
                    spec.name,
                    f"{spec.label}: {timefmt.relative(value, now)}, beyond Agora's 24 h cap on "
                    "lifetimes (the token is still built).",
                    WARNING,
                )
            )
        elif isinstance(value, tuple) and spec.kind is FieldKind.SERVICES:
            for index, service in enumerate(value, 1):
                if not isinstance(service, Service):
                    continue
                if service.type in (1, 3, 6):
                    found += _text_warnings(
                        spec.name,
                        f"Service {index}: channel name",
                        service.channel_name,
                        64,
                        True,
                    )
                for privilege, seconds in service.privileges.items():
                    if seconds > DAY:
                        found.append(
                            Problem(
                                spec.name,
                                f"Service {index}: privilege {privilege} lasts {seconds} s, more "
                                "than Agora's 24 h cap (the token is still built).",
                                WARNING,
                            )
                        )
        elif isinstance(value, dict) and spec.kind is FieldKind.PRIVILEGES:
            for privilege, instant in value.items():
                if isinstance(instant, int) and instant > now + DAY:
                    found.append(
                        Problem(
                            spec.name,
                            f"Privilege {privilege} lapses {timefmt.relative(instant, now)}, "
                            "beyond Agora's 24 h cap on lifetimes (the token is still built).",
                            WARNING,
                        )
                    )
    issue_ts = values.get("issue_ts")
    if isinstance(issue_ts, int):
        longest: int | None = None  # the longest duration (0 without any)
        for name in plan.durations:
            value = values.get(name)
            if isinstance(value, int) and (longest is None or value > longest):
                longest = value
        if issue_ts + (longest or 0) > MAX_U32:
            found.append(
                Problem(
                    "issue_ts",
                    "Issue time plus lifetime is after 2106-02-07, beyond 32-bit unix time; "
                    "some servers will read it as already expired.",
                    WARNING,
                )
            )
    return tuple(found)


def _text_warnings(
    name: str, label: str, value: str, limit: int | None, channel: bool
) -> list[Problem]:
    found: list[Problem] = []
    size = len(value) if value.isascii() else len(value.encode("utf-8"))
    if limit is not None and size > limit:
        found.append(
            Problem(
                name,
                f"{label} is {size} bytes; Agora documents at most {limit}, so joining may fail "
                "(the token is still built).",
                WARNING,
            )
        )
    if channel:
        if value == "":
            found.append(
                Problem(name, f"{label} is empty; SDKs refuse to join an unnamed channel.", WARNING)
            )
        elif not _CHANNEL_OK.match(value):
            bad = "".join(sorted({c for c in value if not _CHANNEL_OK.match(c)}))
            found.append(
                Problem(
                    name,
                    f"{label} contains {bad!r}, outside the characters Agora documents for "
                    "channel names (the token is still built).",
                    WARNING,
                )
            )
    return found


# --- building ------------------------------------------------------------------------------


def _pin(request: TokenRequest, name: str, now: int, randint: RandInt) -> int:
    if name in request.values:
        return request.int(name)
    pin = _plan(request.kind).pins[name]
    if pin is Pin.NOW:
        return now
    if pin is Pin.NOW_PLUS_DAY:
        if now + DAY > MAX_U32:
            raise InvalidInputError("The default token expiry (now + 24 h) is after 2106.", name)
        return now + DAY
    if pin is Pin.SALT:
        return randint(*SALT_RANGE)
    return randint(0, MAX_U32)


def _identity(uid: int) -> str:
    """007 and 006 write a numeric uid as text, and uid 0 as "" (any user)."""
    return "" if uid == 0 else str(uid)


def _rtc_privileges(role: int, value: int, publisher_roles: tuple[int, ...]) -> dict[int, int]:
    if role in publisher_roles:
        return {1: value, 2: value, 3: value, 4: value}
    return {1: value}


def _services_007(r: TokenRequest) -> tuple[int, list[Service]]:
    """The header expire and the services of a 007 builder (token-formats.md §2.9)."""
    b = r.kind.builder
    if b == "services":
        services = r.values["services"]
        assert isinstance(services, tuple)
        return r.int("expire"), list(services)
    if b in ("rtc_uid", "rtc_account", "rtc_rtm"):
        who = _identity(r.int("uid")) if b == "rtc_uid" else r.str("account")
        privileges = _rtc_privileges(r.int("role"), r.int("privilege_expire"), (1,))
        services = [Service(1, privileges, channel_name=r.str("channel_name"), uid=who)]
        if b == "rtc_rtm":
            services.append(Service(2, {1: r.int("token_expire")}, user_id=who))
        return r.int("token_expire"), services
    if b in ("rtc_uid_privileges", "rtc_account_privileges"):
        who = _identity(r.int("uid")) if b == "rtc_uid_privileges" else r.str("account")
        privileges = {
            1: r.int("join_channel_privilege_expire"),
            2: r.int("pub_audio_privilege_expire"),
            3: r.int("pub_video_privilege_expire"),
            4: r.int("pub_data_stream_privilege_expire"),
        }
        return r.int("token_expire"), [
            Service(1, privileges, channel_name=r.str("channel_name"), uid=who)
        ]
    if b == "rtc_rtm2":
        privileges = {1: r.int("join_channel_privilege_expire")}
        if r.int("rtc_role") == 1:
            privileges[2] = r.int("pub_audio_privilege_expire")
            privileges[3] = r.int("pub_video_privilege_expire")
            privileges[4] = r.int("pub_data_stream_privilege_expire")
        return r.int("rtc_token_expire"), [
            Service(1, privileges, channel_name=r.str("channel_name"), uid=r.str("rtc_account")),
            Service(2, {1: r.int("rtm_token_expire")}, user_id=r.str("rtm_user_id")),
        ]
    if b == "rtm":
        return r.int("expire"), [Service(2, {1: r.int("expire")}, user_id=r.str("user_id"))]
    if b == "rtm_permissions":
        permissions = r.values["permissions"]
        assert isinstance(permissions, dict)
        return r.int("expire"), [
            Service(8, {1: r.int("expire")}, user_id=r.str("user_id"), permissions=permissions)
        ]
    if b == "chat_user":
        return r.int("expire"), [Service(5, {1: r.int("expire")}, user_id=r.str("user_id"))]
    if b == "chat_app":
        return r.int("expire"), [Service(5, {2: r.int("expire")}, user_id="")]
    if b.endswith("_room_user"):
        expire, user = r.int("expire"), r.str("user_uuid")
        return expire, [
            Service(
                7, {1: expire}, room_uuid=r.str("room_uuid"), user_uuid=user, role=r.int("role")
            ),
            Service(2, {1: expire}, user_id=user),
            Service(5, {1: expire}, user_id=md5_hex(user)),
        ]
    if b.endswith("_user"):
        return r.int("expire"), [
            Service(7, {2: r.int("expire")}, room_uuid="", user_uuid=r.str("user_uuid"), role=-1)
        ]
    if b.endswith("_app"):
        return r.int("expire"), [Service(7, {3: r.int("expire")}, role=-1)]
    assert b == "fpa", b
    return DAY, [Service(4, {1: 0})]


_SIMPLE_ROLES: Final[Mapping[int, tuple[int, ...]]] = {
    1: (1, 2, 3, 4),
    2: (1, 2, 3, 4),
    3: (1,),
    4: (1, 2, 3, 4),
}
_DK5_TYPES: Final = {
    "media_channel": 1,
    "recording": 2,
    "public_sharing": 3,
    "in_channel_permission": 4,
}
_DK4_TAGS: Final = {"media_channel": "ACS", "recording": "ARS", "public_sharing": "APSS"}


def _build(r: TokenRequest, now: int, randint: RandInt) -> tuple[str, dict[str, int]]:
    fmt, b = r.kind.format, r.kind.builder
    if fmt == "007":
        issue_ts, salt = _pin(r, "issue_ts", now, randint), _pin(r, "salt", now, randint)
        expire, services = _services_007(r)
        token = access_token2.encode(
            r.app_id, r.app_certificate, services, issue_ts=issue_ts, expire=expire, salt=salt
        )
        return token, {"issue_ts": issue_ts, "salt": salt}
    if fmt == "006":
        ts, salt = _pin(r, "ts", now, randint), _pin(r, "salt", now, randint)
        if b == "privileges":
            channel, uid = r.str("channel_name"), r.str("uid")
            privileges = r.values["privileges"]
            assert isinstance(privileges, dict)
        elif b == "rtm":
            channel, uid = r.str("user_account"), ""
            privileges = {1000: r.int("privilege_expired_ts")}
        elif b == "simple":
            channel, uid = r.str("channel_name"), _identity(r.int("uid"))
            privileges = dict.fromkeys(_SIMPLE_ROLES[r.int("role")], 0)
        else:
            channel = r.str("channel_name")
            uid = _identity(r.int("uid")) if b == "rtc_uid" else r.str("account")
            privileges = _rtc_privileges(r.int("role"), r.int("privilege_expired_ts"), (0, 1, 101))
        token = access_token.encode(
            r.app_id, r.app_certificate, channel, uid, privileges, salt=salt, ts=ts
        )
        return token, {"ts": ts, "salt": salt}
    if fmt == "signaling":
        return signaling.encode(
            r.app_id, r.app_certificate, r.str("account"), r.int("expired_ts")
        ), {}
    unix_ts, random_int = _pin(r, "unix_ts", now, randint), _pin(r, "random_int", now, randint)
    pins = {"unix_ts": unix_ts, "random_int": random_int}
    channel = r.str("channel_name")
    if fmt == "001":
        return dynamic_key.encode1(
            r.app_id, r.app_certificate, channel, unix_ts=unix_ts, random_int=random_int
        ), pins
    key_uid, expired_ts = r.int("uid"), r.int("expired_ts")
    if fmt == "005":
        extra = {1: r.str("permission")} if b == "in_channel_permission" else {}
        token = dynamic_key.encode5(
            _DK5_TYPES[b],
            r.app_id,
            r.app_certificate,
            channel,
            key_uid,
            unix_ts=unix_ts,
            random_int=random_int,
            expired_ts=expired_ts,
            extra=extra,
        )
    elif fmt == "004":
        token = dynamic_key.encode4(
            _DK4_TAGS[b],
            r.app_id,
            r.app_certificate,
            channel,
            key_uid,
            unix_ts=unix_ts,
            random_int=random_int,
            expired_ts=expired_ts,
        )
    else:
        token = dynamic_key.encode3(
            r.app_id,
            r.app_certificate,
            channel,
            key_uid,
            unix_ts=unix_ts,
            random_int=random_int,
            expired_ts=expired_ts,
            prefix="003" if fmt == "003" else "",
        )
    return token, pins


def build(
    request: TokenRequest | Mapping[str, object],
    *,
    now: int | None = None,
    randint: RandInt | None = None,
) -> BuildResult:
    """Build the token a request describes; time and randomness are arguments.

    Raises:
        InvalidInputError: the request is invalid (the message names the field).
    """
    current = int(time.time()) if now is None else now
    return _build_result(request, current, randint or secure_randint)


def _build_result(
    request: TokenRequest | Mapping[str, object], now: int, randint: RandInt
) -> BuildResult:
    if not isinstance(request, TokenRequest):
        request = parse_request(request, now=now)
    token, pinned = _build(request, now, randint)
    result: BuildResult = _new(BuildResult)
    _set_token(result, token)
    _set_request(result, request)
    _set_pinned(result, pinned)
    _set_result_warnings(result, request.warnings)
    return result


def request_to_json(
    request: TokenRequest, *, include_certificate: bool = False, pinned: Mapping[str, int] = {}
) -> dict[str, JSONValue]:
    """The request as requests.md JSON (the certificate left out unless asked for)."""
    out: dict[str, JSONValue] = {"format": request.kind.format}
    if not request.kind.implicit_builder:
        out["builder"] = request.kind.builder
    out["app_id"] = request.app_id
    if include_certificate:
        out["app_certificate"] = request.app_certificate
    for spec in request.kind.fields:
        value = request.values.get(spec.name, pinned.get(spec.name))
        if value is not None:
            out[spec.name] = value_to_json(value)
    if request.id is not None:
        out["id"] = request.id
    return out


def value_to_json(value: object) -> JSONValue:
    from .detect import service_to_json

    if isinstance(value, Service):
        service = service_to_json(value)
        del service["name"]
        return service
    if isinstance(value, tuple):
        return [value_to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): value_to_json(v) for k, v in sorted(value.items())}
    assert isinstance(value, (str, int)), value
    return value


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
