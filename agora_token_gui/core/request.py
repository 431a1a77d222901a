"""Request objects (requests.md): validate every field of a request, collecting every problem.

The GUI forms, the CLI flags, batch lines and the tests all arrive here as a mapping of request
keys. ``check`` reports every problem at once (for live form validation) and ``parse_request``
raises the first error; ``build.build`` turns a valid request into a token.
"""

from __future__ import annotations

import difflib
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from . import access_token2, timefmt
from .access_token2 import (
    PERMISSION_TYPE_NAMES,
    RESOURCE_TYPE_NAMES,
    SERVICE_FIELDS,
    Service,
)
from .catalog import (
    APP_CREDENTIALS,
    DAY,
    FORMATS,
    Credentials,
    FieldKind,
    FieldSpec,
    KeyKind,
    builders,
    find,
)
from .detect import JSONValue
from .encoding import is_hex
from .errors import InvalidInputError
from .expiry import (
    duration_mistake,
    instant_mistake,
    looks_absolute,
    looks_relative,
    shorter_privilege_message,
    shorter_privileges,
)
from .packing import MAX_U16, MAX_U32
from .secrets import describe_value, is_secret_key
from .uid import parse_uid, shown
from .whiteboard import MAX_SAFE_INTEGER

ERROR: Final = "error"
WARNING: Final = "warning"
# Documented channel-name characters (token-formats.md §11).
_CHANNEL_OK: Final = re.compile(r"[a-zA-Z0-9 !#$%&()+\-:;<=.>?@\[\]^_{}|~,]*\Z")
_INT_TEXT: Final = re.compile(r"-?[0-9]{1,20}\Z")  # bounded: int() refuses 4301+ digits


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem with a request: the field, the sentence and whether it is an error."""

    field: str | None  # the request key it is about; None for the request as a whole
    message: str
    severity: str = ERROR

    def as_dict(self) -> dict[str, JSONValue]:
        """The problem as JSON."""
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
        """The value of an integer field."""
        value = self.values[name]
        assert isinstance(value, int)
        return value

    def str(self, name: str) -> str:
        """The value of a text field."""
        value = self.values[name]
        assert isinstance(value, str)
        return value


def _quote(name: str | None, raw: object) -> str:
    """A bad value as an error quotes it: never a secret's, never a number's 4,301 digits."""
    if isinstance(raw, int) and not isinstance(raw, bool) and raw.bit_length() > 64:
        return shown(raw)
    return "nothing" if raw == "" else describe_value(name, raw)


# --- conversion: one function per field kind, shared by JSON, CLI flags and GUI fields ------------

_DURATION_TEXT: Final = re.compile(r"([0-9]{1,10})([smhd])\Z")
_DURATION_UNITS: Final = {"s": 1, "m": 60, "h": 3600, "d": DAY}
_U32_KINDS: Final = frozenset(
    {FieldKind.UINT32, FieldKind.UID, FieldKind.DURATION, FieldKind.TIMESTAMP}
)


def _whole(label: str, name: str, raw: object, low: int, high: int) -> int:
    if type(raw) is int and low <= raw <= high:
        return raw
    if isinstance(raw, str) and _INT_TEXT.match(raw):
        value = int(raw)
        if low <= value <= high:
            return value
    raise InvalidInputError(
        f"{label} must be a whole number from {low} to {high}; got {_quote(name, raw)}.", name
    )


def _duration(label: str, name: str, raw: object) -> int:
    """Seconds as a number, or as text such as 90s, 30m, 2h, 1d (as the CLI flags take them)."""
    if isinstance(raw, str):
        match = _DURATION_TEXT.match(raw)
        if match:
            raw = int(match.group(1)) * _DURATION_UNITS[match.group(2)]
    try:
        return _whole(label, name, raw, 0, MAX_U32)
    except InvalidInputError as exc:
        raise InvalidInputError(f"{str(exc)[:-1]} (seconds, or 90s, 30m, 2h, 1d).", name) from exc


def _text(label: str, name: str, raw: object) -> str:
    if not isinstance(raw, str):
        raise InvalidInputError(f"{label} must be text; got {_quote(name, raw)}.", name)
    if raw.isascii() and len(raw) <= MAX_U16:  # ASCII: 1 byte a character
        return raw
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
            f"{label} {_quote(name, raw)} is not a known name; use a number or one of: {options}.",
            name,
        )
    return _whole(label, name, raw, 0, high)


def _choice(spec: FieldSpec, raw: object) -> int | str:
    for choice in spec.choices:
        if raw == choice.value and type(raw) is type(choice.value):
            return choice.value
        if isinstance(raw, str) and (
            raw == str(choice.value)
            or _norm(raw) == _norm(choice.label)
            or _norm(raw) in {_norm(a) for a in choice.aliases}
        ):
            return choice.value
    if spec.other_values:  # any whole number, as Agora's builders take it (with a warning)
        try:
            return _whole(spec.label, spec.name, raw, -(2**31), 2**31 - 1)
        except InvalidInputError:
            pass
    options = ", ".join(f"{c.value!r} ({c.label})" for c in spec.choices)
    anything = " or another whole number" if spec.other_values else ""
    raise InvalidInputError(
        f"{spec.label} must be one of {options}{anything}; got {_quote(spec.name, raw)}.", spec.name
    )


def _privileges(label: str, name: str, raw: object, names: Mapping[int, str]) -> dict[int, int]:
    if not isinstance(raw, Mapping):
        raise InvalidInputError(
            f"{label} must be an object mapping privilege ids to numbers; got {_quote(name, raw)}.",
            name,
        )
    result: dict[int, int] = {}
    for key, value in raw.items():
        privilege = _named_int(f"{label}: privilege", name, key, names, MAX_U16)
        if privilege in result:
            raise InvalidInputError(f"{label} names privilege {privilege} twice.", name)
        result[privilege] = _whole(
            f"{label}: the value of privilege {_quote(name, key)}", name, value, 0, MAX_U32
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
        where = f"{label}: resource type {_quote(name, resource_key)}"
        if not isinstance(by_permission, Mapping):
            raise InvalidInputError(f"{where} must map permission types to lists of names.", name)
        inner: dict[int, tuple[str, ...]] = {}
        for permission_key, names in by_permission.items():
            permission = _named_int(
                f"{label}: permission type", name, permission_key, PERMISSION_TYPE_NAMES, MAX_U16
            )
            if permission in inner:
                raise InvalidInputError(
                    f"{where} lists permission type {permission} twice "
                    f"({_quote(name, permission_key)} is the same permission as another key); "
                    "a token holds it once.",
                    name,
                )
            if isinstance(names, str) or not isinstance(names, (list, tuple)):
                raise InvalidInputError(
                    f"{label}: {_quote(name, resource_key)}/{_quote(name, permission_key)} must "
                    "be a list of resource names.",
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


def _services(label: str, name: str, raw: object) -> tuple[Service, ...]:
    if isinstance(raw, (str, bytes)) or not isinstance(raw, (list, tuple)):
        raise InvalidInputError(f"{label} must be a list of service objects.", name)
    if not raw:
        raise InvalidInputError(f"{label} is empty; a token needs at least one service.", name)
    if len(raw) > MAX_U16:
        raise InvalidInputError(f"{label} has more than 65535 services.", name)
    return tuple(_service(index, name, item) for index, item in enumerate(raw, 1))


def _service(index: int, name: str, item: object) -> Service:
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
        if key in ("type", "name", "privileges"):
            continue
        if key not in allowed:
            expected = ", ".join(allowed) or "no fields besides type and privileges"
            raise InvalidInputError(
                f"{where} ({access_token2.service_name(service_type)}) has no field "
                f"{_quote(name, key)}; it takes: {expected}.",
                name,
            )
        if key == "role":
            values[key] = _whole(f"{where}: role", name, value, -32768, 32767)
        elif key == "permissions":
            values[key] = _permissions(f"{where}: permissions", name, value)
        elif isinstance(value, str):
            values[key] = _text(f"{where}: {key}", name, value)
        else:
            raise InvalidInputError(
                f"{where}: {key} must be text as written into the token "
                f'("" = any user); got {_quote(key, value)}.',
                name,
            )
    privileges = _privileges(
        f"{where}: privileges",
        name,
        item.get("privileges", {}),
        access_token2.PRIVILEGE_NAMES.get(service_type, {}),
    )
    return Service(service_type, privileges, **values)  # type: ignore[arg-type]


def convert(spec: FieldSpec, raw: object) -> object:
    """One raw value (JSON value, CLI text or widget text) as the field's type, or an error."""
    kind, label, name = spec.kind, spec.label, spec.name
    if kind is FieldKind.TEXT:
        return _text(label, name, raw)
    if kind is FieldKind.UID:
        return parse_uid(raw, label, name)
    if kind is FieldKind.DURATION:
        return _duration(label, name, raw)
    if kind in (FieldKind.UINT32, FieldKind.TIMESTAMP):
        return _whole(label, name, raw, 0, MAX_U32)
    if kind is FieldKind.INT16:
        return _whole(label, name, raw, -32768, 32767)
    if kind is FieldKind.CHOICE:
        return _choice(spec, raw)
    if kind is FieldKind.MILLISECONDS:
        return _whole(label, name, raw, 0, MAX_SAFE_INTEGER)
    if kind is FieldKind.TEXT_OR_NUMBER:  # the JSON type is kept: a number stays a number
        if type(raw) is int:
            return _whole(label, name, raw, 0, MAX_U32)
        return _text(label, name, raw)
    if kind is FieldKind.PRIVILEGES:
        return _privileges(label, name, raw, spec.privilege_names)
    if kind is FieldKind.PERMISSIONS:
        return _permissions(label, name, raw)
    return _services(label, name, raw)


def _hex32(label: str, name: str, raw: object) -> str:
    if type(raw) is str and len(raw) == 32 and is_hex(raw):
        return raw
    if not isinstance(raw, str):  # never quoted: it may be the certificate
        raise InvalidInputError(
            f"The {label} must be text (32 hexadecimal characters); got {type(raw).__name__}.",
            name,
        )
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


def _kind_of(data: Mapping[str, object]) -> KeyKind:
    format_ = data.get("format")
    if not isinstance(format_, str) or not format_:
        raise InvalidInputError(
            "The request has no 'format'; use one of 007, 006, 005, 004, 003, 002, 001, signaling.",
            "format",
        )
    builder = data.get("builder")
    if builder is not None and not isinstance(builder, str):
        raise InvalidInputError(
            f"The 'builder' must be text; got {_quote('builder', builder)}.", "builder"
        )
    kind = find(format_, builder)
    if kind is not None:
        return kind
    if format_ not in FORMATS:
        raise InvalidInputError(
            f"Unknown format {_quote('format', format_)}; use one of {', '.join(FORMATS)}.",
            "format",
        )
    names = [k.builder for k in builders(format_)]
    if builder is None:
        raise InvalidInputError(
            f"Format {format_} needs a 'builder': one of {', '.join(names)}.", "builder"
        )
    raise InvalidInputError(
        f"Format {format_} has no builder {_quote('builder', builder)}; "
        f"use one of {', '.join(names)}.",
        "builder",
    )


def check(
    data: Mapping[str, object], *, now: int | None = None
) -> tuple[TokenRequest | None, list[Problem]]:
    """Validate a request, collecting every error and warning (for live form validation)."""
    request, problems = _check(data, now)
    if request is None:
        return None, problems
    return request, [*problems, *request.warnings]


def _check(
    data: Mapping[str, object], now: int | None
) -> tuple[TokenRequest | None, list[Problem]]:
    """check() without the warnings in the list: (request, []) or (None, the errors)."""
    try:
        kind = _kind_of(data)
    except InvalidInputError as exc:
        return None, [Problem(exc.field, str(exc))]
    problems = _unknown_keys(kind, data)
    raw_id = data.get("id")
    if raw_id is not None and not isinstance(raw_id, str):
        problems.append(
            Problem("id", f"The request id must be a string; got {_quote('id', raw_id)}.")
        )
    identity, secret = _credentials(kind.credentials, data, problems)
    values: dict[str, object] = {}
    for spec in kind.fields:
        raw = data.get(spec.name)
        if raw is None:
            if spec.default is not None:
                values[spec.name] = spec.default
            elif spec.required:
                problems.append(Problem(spec.name, _required(spec)))
            continue
        # The usual values as they are (what convert() returns for them), the rest converted.
        field_kind = spec.kind
        if (type(raw) is int and field_kind in _U32_KINDS and 0 <= raw <= MAX_U32) or (
            type(raw) is str
            and field_kind is FieldKind.TEXT
            and raw.isascii()
            and len(raw) < MAX_U16
        ):
            values[spec.name] = raw
        else:
            try:
                values[spec.name] = convert(spec, raw)
            except InvalidInputError as exc:
                problems.append(Problem(exc.field or spec.name, str(exc)))
    if problems:  # every problem found so far is an error
        return None, problems
    current = int(time.time()) if now is None else now
    if kind.check is None:
        warnings = _warnings(kind, values, current)
    else:  # the kind's codec knows its own rules (whiteboard, stream key)
        try:
            found = kind.check(identity, secret, values)
        except InvalidInputError as exc:
            return None, [Problem(exc.field, str(exc))]
        warnings = tuple(Problem(f, m, WARNING) for f, m in found)
    request = TokenRequest(
        kind, identity, secret, values, raw_id if isinstance(raw_id, str) else None, warnings
    )
    return request, problems


def _credentials(
    credentials: Credentials, data: Mapping[str, object], problems: list[Problem]
) -> tuple[str, str]:
    """The identity and the secret a kind is signed with (App ID and certificate, or its own)."""
    found: list[str] = []
    for key, label in (
        (credentials.identity, credentials.identity_label),
        (credentials.secret, credentials.secret_label),
    ):
        if key is None:  # no public identity (a stream key)
            found.append("")
            continue
        raw = data.get(key, "")
        try:
            if key in APP_CREDENTIALS.keys:
                found.append(_hex32(label, key, raw))
            elif not isinstance(raw, str) or not raw:
                raise InvalidInputError(f"The {label} is missing ('{key}').", key)
            else:
                found.append(_text(f"The {label}", key, raw))
        except InvalidInputError as exc:
            problems.append(Problem(key, str(exc)))
            found.append("")
    return found[0], found[1]


def _unknown_keys(kind: KeyKind, data: Mapping[str, object]) -> list[Problem]:
    allowed = kind.request_keys
    if allowed.issuperset(data):
        return []
    problems: list[Problem] = []
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(
                Problem(
                    key,
                    f"A {kind.key} request has no field {_quote(None, key)}{hint}; a typo must not "
                    "silently change a token.",
                )
            )
    return problems


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


# Login tokens for one user: an empty user id builds, but no app can log in with it.
EMPTY_USER_FIELDS: Final[Mapping[str, str]] = {
    "007/rtm": "user_id",
    "007/rtm_permissions": "user_id",
    "007/chat_user": "user_id",
    "007/rtc_rtm2": "rtm_user_id",
    "006/rtm": "user_account",
    "signaling/token": "account",
}


def _warnings(kind: KeyKind, values: Mapping[str, object], now: int) -> tuple[Problem, ...]:
    """What builds but may not work as meant: lengths, characters, lifetimes past Agora's cap."""
    found: list[Problem] = []
    longest = 0  # the longest duration, for the 2106 check below
    for spec in kind.fields:
        if not spec.can_warn:
            continue
        value = values.get(spec.name)
        field_kind = spec.kind
        if field_kind is FieldKind.TEXT:
            if isinstance(value, str):
                found += _text_warnings(spec.name, spec.label, value, spec.warn_bytes, spec.channel)
        elif field_kind is FieldKind.DURATION:
            if isinstance(value, int):
                longest = max(longest, value)
                if looks_absolute(value):
                    issue_ts = values.get("issue_ts")
                    start = issue_ts if isinstance(issue_ts, int) else now
                    mistake = duration_mistake(spec.label, value, start)
                    found.append(Problem(spec.name, mistake, WARNING))
                elif value > DAY:
                    found.append(_over_a_day(spec, value))
        elif field_kind is FieldKind.TIMESTAMP:  # an expiry: pinned-now fields never warn
            if isinstance(value, int) and looks_relative(value):
                found.append(Problem(spec.name, instant_mistake(spec.label, value), WARNING))
            elif isinstance(value, int) and spec.pin is None and value > now + DAY:
                found.append(
                    Problem(
                        spec.name,
                        f"{spec.label}: {timefmt.relative(value, now)}, beyond Agora's 24 h cap "
                        "on lifetimes (the token is still built).",
                        WARNING,
                    )
                )
        elif field_kind is FieldKind.CHOICE:
            if value not in spec.choice_values:
                found.append(_undocumented_choice(spec, value))
        elif field_kind is FieldKind.SERVICES:
            if isinstance(value, tuple):
                found += _service_warnings(spec.name, value, values, now)
        elif field_kind is FieldKind.PRIVILEGES and isinstance(value, dict):
            for privilege, instant in value.items():
                if isinstance(instant, int) and looks_relative(instant):
                    label = f"Privilege {privilege}"
                    found.append(Problem(spec.name, instant_mistake(label, instant), WARNING))
                elif isinstance(instant, int) and instant > now + DAY:
                    found.append(
                        Problem(
                            spec.name,
                            f"Privilege {privilege} lapses {timefmt.relative(instant, now)}, "
                            "beyond Agora's 24 h cap on lifetimes (the token is still built).",
                            WARNING,
                        )
                    )
    for privilege_field, token_field, token_value in shorter_privileges(kind.key, values, now):
        privilege_value = values[privilege_field]
        assert isinstance(privilege_value, int)
        token_label = kind.field(token_field).label
        found.append(
            Problem(
                privilege_field,
                shorter_privilege_message(
                    kind.field(privilege_field).label, token_label, token_value - privilege_value
                ),
                WARNING,
            )
        )
    user_field = EMPTY_USER_FIELDS.get(kind.key)
    if user_field is not None and values.get(user_field) == "":
        found.append(
            Problem(
                user_field,
                f"{kind.field(user_field).label} is empty: a login token is for one user, and "
                "an empty id matches no user the app can log in as.",
                WARNING,
            )
        )
    issue_ts = values.get("issue_ts")
    if isinstance(issue_ts, int) and issue_ts + longest > MAX_U32:
        found.append(
            Problem(
                "issue_ts",
                "Issue time plus lifetime is after 2106-02-07, beyond 32-bit unix time; "
                "some servers will read it as already expired.",
                WARNING,
            )
        )
    return tuple(found)


def _over_a_day(spec: FieldSpec, value: int) -> Problem:
    return Problem(
        spec.name,
        f"{spec.label} is {value} s ({timefmt.duration(value)}); Agora caps lifetimes "
        "at 24 h, so servers may treat it as 24 h (the token is still built).",
        WARNING,
    )


def _service_warnings(
    name: str, services: tuple[object, ...], values: Mapping[str, object], now: int
) -> list[Problem]:
    issue_ts = values.get("issue_ts")
    start = issue_ts if isinstance(issue_ts, int) else now
    found: list[Problem] = []
    for index, service in enumerate(services, 1):
        if not isinstance(service, Service):
            continue
        if service.type in (1, 3, 6):
            found += _text_warnings(
                name, f"Service {index}: channel name", service.channel_name, 64, True
            )
        for privilege, seconds in service.privileges.items():
            if looks_absolute(seconds):
                label = f"Service {index}: privilege {privilege}"
                found.append(Problem(name, duration_mistake(label, seconds, start), WARNING))
            elif seconds > DAY:
                found.append(
                    Problem(
                        name,
                        f"Service {index}: privilege {privilege} lasts {seconds} s, more "
                        "than Agora's 24 h cap (the token is still built).",
                        WARNING,
                    )
                )
    return found


def _undocumented_choice(spec: FieldSpec, value: object) -> Problem:
    """A value outside the documented choices of a field that takes any number (a role)."""
    documented = ", ".join(f"{c.value} ({c.label})" for c in spec.choices)
    return Problem(
        spec.name,
        f"{spec.label} {value} is not one of the documented values ({documented}); "
        f"{spec.other_values} (the token is still built).",
        WARNING,
    )


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
    request: TokenRequest,
    *,
    include_certificate: bool = False,
    pinned: Mapping[str, int | str] = {},
) -> dict[str, JSONValue]:
    """The request as requests.md JSON (the certificate left out unless asked for)."""
    out: dict[str, JSONValue] = {"format": request.kind.format}
    if not request.kind.implicit_builder:
        out["builder"] = request.kind.builder
    credentials = request.kind.credentials
    if credentials.identity is not None:
        out[credentials.identity] = request.app_id
    if include_certificate:
        out[credentials.secret] = request.app_certificate
    for spec in request.kind.fields:
        value = request.values.get(spec.name, pinned.get(spec.name))
        if value is not None:
            out[spec.name] = value_to_json(value)
    if request.id is not None:
        out["id"] = request.id
    return out


def value_to_json(value: object) -> JSONValue:
    """A validated value as requests.md JSON (services, maps and lists included)."""
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
