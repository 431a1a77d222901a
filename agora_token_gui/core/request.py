"""Request objects (requests.md): validate every field of a request, collecting every problem.

The GUI forms, the CLI flags, batch lines and the tests all arrive here as a mapping of request
keys. ``check`` reports every problem at once (for live form validation) and ``parse_request``
raises the first error; ``build.build`` turns a valid request into a token.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from . import access_token2, timefmt
from .access_token2 import (
    PERMISSION_TYPE_NAMES,
    RESOURCE_TYPE_NAMES,
    SERVICE_FIELDS,
    Service,
)
from .catalog import DAY, KINDS, FieldKind, FieldSpec, KeyKind, Pin, find
from .detect import JSONValue
from .encoding import is_hex
from .errors import InvalidInputError
from .expiry import duration_mistake, instant_mistake, looks_absolute, looks_relative
from .packing import MAX_U16, MAX_U32
from .secrets import describe_value, is_secret_key

ERROR: Final = "error"
WARNING: Final = "warning"
COMMON_KEYS: Final = ("format", "builder", "app_id", "app_certificate", "id")
# Documented channel-name characters (token-formats.md §11).
_CHANNEL_OK: Final = re.compile(r"[a-zA-Z0-9 !#$%&()+\-:;<=.>?@\[\]^_{}|~,]*\Z")
_INT_TEXT: Final = re.compile(r"-?[0-9]+\Z")


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


# Building the frozen dataclass of every request without its __init__, whose per-field
# object.__setattr__ calls cost more than the slot setters: equal objects, made faster.
_new: Final = object.__new__
_set_kind, _set_app_id, _set_app_certificate, _set_values, _set_id, _set_warnings = (
    TokenRequest.__dict__[f.name].__set__ for f in dataclasses.fields(TokenRequest)
)


# --- coercion: one converter per field kind, shared by JSON, CLI flags and GUI fields -------------


def _whole(spec_label: str, name: str, raw: object, low: int, high: int) -> int:
    if type(raw) is int and low <= raw <= high:  # the usual case, first
        return raw
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise InvalidInputError(
            f"{spec_label} must be a whole number from {low} to {high}; "
            f"got {describe_value(name, raw)}.",
            name,
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
        raise InvalidInputError(f"{label} must be text; got {describe_value(name, raw)}.", name)
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
            f"{label} {describe_value(name, raw)} is not a known name; use a number or one of: "
            f"{options}.",
            name,
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
    raise InvalidInputError(
        f"{spec.label} must be one of {options}; got {describe_value(spec.name, raw)}.", spec.name
    )


def _privileges(label: str, name: str, raw: object, names: Mapping[int, str]) -> dict[int, int]:
    if not isinstance(raw, Mapping):
        raise InvalidInputError(
            f"{label} must be an object mapping privilege ids to numbers; "
            f"got {describe_value(name, raw)}.",
            name,
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
                        f'("" = any user); got {describe_value(key, value)}.',
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
        raise InvalidInputError(f"The {label} must be text; got {describe_value(name, raw)}.", name)
    if raw == "":
        raise InvalidInputError(f"The {label} is missing; it is 32 hexadecimal characters.", name)
    if len(raw) != 32 or not is_hex(raw):
        detail = f"{len(raw)} characters"
        if not is_hex(raw):
            at = next(i for i, c in enumerate(raw) if not is_hex(c))
            if is_secret_key(name):  # not even one character of a secret is quoted
                detail += f"; the character at position {at + 1} is not hexadecimal"
            else:
                detail += f", including {raw[at]!r} which is not hexadecimal"
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
        problems.append(
            Problem(
                "id", f"The request id must be a string; got {describe_value('id', request_id)}."
            )
        )
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
    if spec.kind is FieldKind.TIMESTAMP:  # expiries (issue and generation times are pinned now)
        return spec.pin is not Pin.NOW
    return spec.kind in (FieldKind.DURATION, FieldKind.SERVICES, FieldKind.PRIVILEGES)


def _warnings(kind: KeyKind, values: Mapping[str, object], now: int) -> tuple[Problem, ...]:
    plan = _plan(kind)
    found: list[Problem] = []
    for spec in plan.warnable:
        value = values.get(spec.name)
        if isinstance(value, str):
            if spec.warn_bytes is not None or spec.channel:
                found += _text_warnings(spec.name, spec.label, value, spec.warn_bytes, spec.channel)
        elif isinstance(value, int) and spec.kind is FieldKind.DURATION and looks_absolute(value):
            issue_ts = values.get("issue_ts")
            start = issue_ts if isinstance(issue_ts, int) else now
            found.append(Problem(spec.name, duration_mistake(spec.label, value, start), WARNING))
        elif (
            isinstance(value, int)
            and spec.kind is FieldKind.TIMESTAMP
            and spec.pin is not Pin.NOW
            and looks_relative(value)
        ):
            found.append(Problem(spec.name, instant_mistake(spec.label, value, now), WARNING))
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
                    if looks_absolute(seconds):
                        found.append(
                            Problem(
                                spec.name,
                                duration_mistake(
                                    f"Service {index}: privilege {privilege}",
                                    seconds,
                                    values.get("issue_ts") or now,  # type: ignore[arg-type]
                                ),
                                WARNING,
                            )
                        )
                    elif seconds > DAY:
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
                if isinstance(instant, int) and looks_relative(instant):
                    label = f"Privilege {privilege}"
                    found.append(Problem(spec.name, instant_mistake(label, instant, now), WARNING))
                elif isinstance(instant, int) and instant > now + DAY:
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
