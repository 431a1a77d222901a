"""Request objects (requests.md): validate every field of a request, collecting every problem.

The GUI forms, the CLI flags, batch lines and the tests all arrive here as a mapping of request
keys. ``check`` reports every problem at once (for live form validation) and ``parse_request``
raises the first error; ``build.build`` turns a valid request into a token.
"""

from __future__ import annotations

import difflib
import re
import time
from collections.abc import Callable, Mapping
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
from .errors import InvalidInputError, message_of
from .expiry import (
    duration_mistake,
    instant_mistake,
    looks_absolute,
    looks_relative,
    shorter_privilege_message,
    shorter_privileges,
)
from .packing import MAX_U16, MAX_U32
from .secrets import describe_kind, describe_value, is_secret_key
from .text import Text, msg
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


# A field's name in a message: a Text, or a function that makes it only when a message is made
# (the labels of nested values, "Service 2: privileges", cost nothing on the happy path).
Label = str | Callable[[], str]
_ROLE: Final = msg("role")
_PERMISSIONS: Final = msg("permissions")


def _label(label: Label) -> str:
    return label if isinstance(label, str) else label()


def _quote(name: str | None, raw: object) -> str:
    """A bad value as an error quotes it: never a secret's, never a number's 4,301 digits."""
    if isinstance(raw, int) and not isinstance(raw, bool) and raw.bit_length() > 64:
        return shown(raw)
    return msg("nothing") if raw == "" else describe_value(name, raw)


# --- conversion: one function per field kind, shared by JSON, CLI flags and GUI fields ------------

_DURATION_TEXT: Final = re.compile(r"([0-9]{1,10})([smhd])\Z")
_DURATION_UNITS: Final = {"s": 1, "m": 60, "h": 3600, "d": DAY}
_U32_KINDS: Final = frozenset(
    {FieldKind.UINT32, FieldKind.UID, FieldKind.DURATION, FieldKind.TIMESTAMP}
)


def _whole(label: Label, name: str, raw: object, low: int, high: int) -> int:
    if type(raw) is int and low <= raw <= high:
        return raw
    if isinstance(raw, str) and _INT_TEXT.match(raw):
        value = int(raw)
        if low <= value <= high:
            return value
    raise InvalidInputError(
        msg(
            "{label} must be a whole number from {low} to {high}; got {value}.",
            label=_label(label),
            low=low,
            high=high,
            value=_quote(name, raw),
        ),
        name,
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
        raise InvalidInputError(
            msg(
                "{label} must be a whole number from {low} to {high}; got {value} "
                "(seconds, or 90s, 30m, 2h, 1d).",
                label=label,
                low=0,
                high=MAX_U32,
                value=_quote(name, raw),
            ),
            name,
        ) from exc


def _text(label: Label, name: str, raw: object) -> str:
    if not isinstance(raw, str):
        raise InvalidInputError(
            msg("{label} must be text; got {value}.", label=_label(label), value=_quote(name, raw)),
            name,
        )
    if raw.isascii() and len(raw) <= MAX_U16:  # ASCII: 1 byte a character
        return raw
    size = len(raw.encode("utf-8", errors="surrogatepass"))
    if size > MAX_U16:
        raise InvalidInputError(
            msg(
                "{label} is {size} bytes in UTF-8; a token can hold at most 65535.",
                label=_label(label),
                size=size,
            ),
            name,
        )
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInputError(
            msg("{label} contains a character that is not valid Unicode.", label=_label(label)),
            name,
        ) from exc
    return raw


def _norm(name: str) -> str:
    return name.replace("_", "").replace("-", "").replace(" ", "").lower()


def _named_int(label: Label, name: str, raw: object, names: Mapping[int, str], high: int) -> int:
    """A number, or a name from ``names`` in any case, with or without underscores."""
    if isinstance(raw, str) and not _INT_TEXT.match(raw):
        wanted = _norm(raw)
        for number, known in names.items():
            if _norm(known) == wanted or _norm(known.removeprefix("k")) == wanted:
                return number
        options = ", ".join(f"{n} ({v})" for n, v in sorted(names.items()))
        raise InvalidInputError(
            msg(
                "{label} {value} is not a known name; use a number or one of: {options}.",
                label=_label(label),
                value=_quote(name, raw),
                options=options,
            ),
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
    options = _choice_list(spec, quoted=True)
    if spec.other_values:
        message = msg(
            "{label} must be one of {options} or another whole number; got {value}.",
            label=spec.label,
            options=options,
            value=_quote(spec.name, raw),
        )
    else:
        message = msg(
            "{label} must be one of {options}; got {value}.",
            label=spec.label,
            options=options,
            value=_quote(spec.name, raw),
        )
    raise InvalidInputError(message, spec.name)


def _choice_list(spec: FieldSpec, *, quoted: bool) -> Text:
    """The documented choices of a field, "1 (Publisher), 2 (Subscriber)", labels translatable."""
    items = [
        msg("{value} ({label})", value=repr(c.value) if quoted else c.value, label=c.label)
        for c in spec.choices
    ]
    return _join(items)


def _join(items: list[Text]) -> Text:
    """Texts joined with ", ", each still translatable (a Text of Texts)."""
    params = {f"p{i}": item for i, item in enumerate(items)}
    return Text(", ".join(f"{{p{i}}}" for i in range(len(items))), params)


def _privileges(label: Label, name: str, raw: object, names: Mapping[int, str]) -> dict[int, int]:
    if not isinstance(raw, Mapping):
        raise InvalidInputError(
            msg(
                "{label} must be an object mapping privilege ids to numbers; got {value}.",
                label=_label(label),
                value=_quote(name, raw),
            ),
            name,
        )
    result: dict[int, int] = {}
    for key, value in raw.items():
        privilege = _named_int(
            lambda: msg("{label}: privilege", label=_label(label)), name, key, names, MAX_U16
        )
        if privilege in result:
            raise InvalidInputError(
                msg(
                    "{label} names privilege {privilege} twice.",
                    label=_label(label),
                    privilege=privilege,
                ),
                name,
            )

        def value_label(key: object = key) -> Text:
            return msg(
                "{label}: the value of privilege {privilege}",
                label=_label(label),
                privilege=_quote(name, key),
            )

        result[privilege] = _whole(value_label, name, value, 0, MAX_U32)
    return result


def _permissions(label: Label, name: str, raw: object) -> dict[int, dict[int, tuple[str, ...]]]:
    if not isinstance(raw, Mapping):
        raise InvalidInputError(
            msg(
                "{label} must be an object: resource type -> permission type -> list of names.",
                label=_label(label),
            ),
            name,
        )
    result: dict[int, dict[int, tuple[str, ...]]] = {}
    for resource_key, by_permission in raw.items():
        resource = _named_int(
            lambda: msg("{label}: resource type", label=_label(label)),
            name,
            resource_key,
            RESOURCE_TYPE_NAMES,
            MAX_U16,
        )

        def where(resource_key: object = resource_key) -> Text:
            return msg(
                "{label}: resource type {type}",
                label=_label(label),
                type=_quote(name, resource_key),
            )

        if not isinstance(by_permission, Mapping):
            raise InvalidInputError(
                msg("{where} must map permission types to lists of names.", where=where()), name
            )
        inner: dict[int, tuple[str, ...]] = {}
        for permission_key, names in by_permission.items():
            permission = _named_int(
                lambda: msg("{label}: permission type", label=_label(label)),
                name,
                permission_key,
                PERMISSION_TYPE_NAMES,
                MAX_U16,
            )
            if permission in inner:
                raise InvalidInputError(
                    msg(
                        "{where} lists permission type {permission} twice ({key} is the same "
                        "permission as another key); a token holds it once.",
                        where=where(),
                        permission=permission,
                        key=_quote(name, permission_key),
                    ),
                    name,
                )
            if isinstance(names, str) or not isinstance(names, (list, tuple)):
                raise InvalidInputError(
                    msg(
                        "{label}: {resource}/{permission} must be a list of resource names.",
                        label=_label(label),
                        resource=_quote(name, resource_key),
                        permission=_quote(name, permission_key),
                    ),
                    name,
                )
            if len(names) > MAX_U16:
                raise InvalidInputError(
                    msg("{label}: too many names in one list.", label=_label(label)), name
                )
            inner[permission] = tuple(
                _text(lambda: msg("{label}: a resource name", label=_label(label)), name, n)
                for n in names
            )
        if resource in result:
            raise InvalidInputError(
                msg(
                    "{label} lists resource type {resource} twice.",
                    label=_label(label),
                    resource=resource,
                ),
                name,
            )
        result[resource] = inner
    if len(result) > MAX_U16:
        raise InvalidInputError(
            msg("{label} has too many resource types.", label=_label(label)), name
        )
    return result


def _services(label: Label, name: str, raw: object) -> tuple[Service, ...]:
    if isinstance(raw, (str, bytes)) or not isinstance(raw, (list, tuple)):
        raise InvalidInputError(
            msg("{label} must be a list of service objects.", label=_label(label)), name
        )
    if not raw:
        raise InvalidInputError(
            msg("{label} is empty; a token needs at least one service.", label=_label(label)),
            name,
        )
    if len(raw) > MAX_U16:
        raise InvalidInputError(
            msg("{label} has more than 65535 services.", label=_label(label)), name
        )
    return tuple(_service(index, name, item) for index, item in enumerate(raw, 1))


def _service(index: int, name: str, item: object) -> Service:
    def where() -> Text:
        return msg("Service {index}", index=index)

    def part(part: str) -> Label:
        return lambda: msg("{where}: {part}", where=where(), part=part)

    if not isinstance(item, Mapping):
        raise InvalidInputError(
            msg("{where} must be an object with a 'type'.", where=where()), name
        )
    if "type" not in item:
        raise InvalidInputError(
            msg("{where} has no 'type' (1 RTC ... 8 RTM2).", where=where()), name
        )
    service_type = _named_int(
        lambda: msg("{where}: type", where=where()),
        name,
        item["type"],
        access_token2.SERVICE_NAMES,
        MAX_U16,
    )
    allowed = SERVICE_FIELDS.get(service_type, ())
    values: dict[str, object] = {}
    for key, value in item.items():
        if key in ("type", "name", "privileges"):
            continue
        if key not in allowed:
            expected = (
                ", ".join(allowed) if allowed else msg("no fields besides type and privileges")
            )
            raise InvalidInputError(
                msg(
                    "{where} ({service}) has no field {key}; it takes: {expected}.",
                    where=where(),
                    service=access_token2.service_name(service_type),
                    key=_quote(name, key),
                    expected=expected,
                ),
                name,
            )
        if key == "role":
            values[key] = _whole(part(_ROLE), name, value, -32768, 32767)
        elif key == "permissions":
            values[key] = _permissions(part(_PERMISSIONS), name, value)
        elif isinstance(value, str):
            values[key] = _text(part(key), name, value)
        else:
            raise InvalidInputError(
                msg(
                    '{where}: {key} must be text as written into the token ("" = any user); '
                    "got {value}.",
                    where=where(),
                    key=key,
                    value=_quote(key, value),
                ),
                name,
            )
    privileges = _privileges(
        lambda: msg("{where}: privileges", where=where()),
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
            msg(
                "The {label} must be text (32 hexadecimal characters); got {type}.",
                label=label,
                type=describe_kind(raw),
            ),
            name,
        )
    if raw == "":
        raise InvalidInputError(
            msg("The {label} is missing; it is 32 hexadecimal characters.", label=label), name
        )
    if len(raw) != 32 or not is_hex(raw):
        if is_hex(raw):
            message = msg(
                "The {label} must be exactly 32 hexadecimal characters; this one has {count} "
                "characters.",
                label=label,
                count=len(raw),
            )
        else:
            at = next(i for i, c in enumerate(raw) if not is_hex(c))
            if is_secret_key(name):  # not even one character of a secret is quoted
                message = msg(
                    "The {label} must be exactly 32 hexadecimal characters; this one has {count} "
                    "characters; the character at position {position} is not hexadecimal.",
                    label=label,
                    count=len(raw),
                    position=at + 1,
                )
            else:
                message = msg(
                    "The {label} must be exactly 32 hexadecimal characters; this one has {count} "
                    "characters, including {char} which is not hexadecimal.",
                    label=label,
                    count=len(raw),
                    char=repr(raw[at]),
                )
        raise InvalidInputError(message, name)
    return raw


# --- checking a whole request --------------------------------------------------------------------


def _kind_of(data: Mapping[str, object]) -> KeyKind:
    format_ = data.get("format")
    if not isinstance(format_, str) or not format_:
        raise InvalidInputError(
            msg(
                "The request has no 'format'; use one of 007, 006, 005, 004, 003, 002, 001, "
                "signaling."
            ),
            "format",
        )
    builder = data.get("builder")
    if builder is not None and not isinstance(builder, str):
        raise InvalidInputError(
            msg("The 'builder' must be text; got {value}.", value=_quote("builder", builder)),
            "builder",
        )
    kind = find(format_, builder)
    if kind is not None:
        return kind
    if format_ not in FORMATS:
        raise InvalidInputError(
            msg(
                "Unknown format {value}; use one of {formats}.",
                value=_quote("format", format_),
                formats=", ".join(FORMATS),
            ),
            "format",
        )
    names = [k.builder for k in builders(format_)]
    if builder is None:
        raise InvalidInputError(
            msg(
                "Format {format} needs a 'builder': one of {names}.",
                format=format_,
                names=", ".join(names),
            ),
            "builder",
        )
    raise InvalidInputError(
        msg(
            "Format {format} has no builder {value}; use one of {names}.",
            format=format_,
            value=_quote("builder", builder),
            names=", ".join(names),
        ),
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
        return None, [Problem(exc.field, message_of(exc))]
    problems = _unknown_keys(kind, data)
    raw_id = data.get("id")
    if raw_id is not None and not isinstance(raw_id, str):
        problems.append(
            Problem(
                "id",
                msg("The request id must be a string; got {value}.", value=_quote("id", raw_id)),
            )
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
                problems.append(Problem(exc.field or spec.name, message_of(exc)))
    if problems:  # every problem found so far is an error
        return None, problems
    current = int(time.time()) if now is None else now
    if kind.check is None:
        warnings = _warnings(kind, values, current)
    else:  # the kind's codec knows its own rules (whiteboard, stream key)
        try:
            found = kind.check(identity, secret, values)
        except InvalidInputError as exc:
            return None, [Problem(exc.field, message_of(exc))]
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
                raise InvalidInputError(
                    msg("The {label} is missing ('{key}').", label=label, key=key), key
                )
            else:
                the = lambda: msg("The {label}", label=label)  # noqa: B023, E731 (used at once)
                found.append(_text(the, key, raw))
        except InvalidInputError as exc:
            problems.append(Problem(key, message_of(exc)))
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
            if close:
                message = msg(
                    "A {kind} request has no field {key} (did you mean {close}?); a typo must "
                    "not silently change a token.",
                    kind=kind.key,
                    key=_quote(None, key),
                    close=repr(close[0]),
                )
            else:
                message = msg(
                    "A {kind} request has no field {key}; a typo must not silently change a token.",
                    kind=kind.key,
                    key=_quote(None, key),
                )
            problems.append(Problem(key, message))
    return problems


def _required(spec: FieldSpec) -> str:
    if spec.help:
        # Two sentences: the help is a whole translated sentence with its own full stop.
        return msg("{label} is required. {help}", label=spec.label, help=spec.help)
    return msg("{label} is required.", label=spec.label)


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
                        msg(
                            "{label}: {when}, beyond Agora's 24 h cap on lifetimes (the token is "
                            "still built).",
                            label=spec.label,
                            when=timefmt.relative(value, now),
                        ),
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
                    label = msg("Privilege {privilege}", privilege=privilege)
                    found.append(Problem(spec.name, instant_mistake(label, instant), WARNING))
                elif isinstance(instant, int) and instant > now + DAY:
                    found.append(
                        Problem(
                            spec.name,
                            msg(
                                "Privilege {privilege} lapses {when}, beyond Agora's 24 h cap on "
                                "lifetimes (the token is still built).",
                                privilege=privilege,
                                when=timefmt.relative(instant, now),
                            ),
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
                msg(
                    "{label} is empty: a login token is for one user, and an empty id matches no "
                    "user the app can log in as.",
                    label=kind.field(user_field).label,
                ),
                WARNING,
            )
        )
    issue_ts = values.get("issue_ts")
    if isinstance(issue_ts, int) and issue_ts + longest > MAX_U32:
        found.append(
            Problem(
                "issue_ts",
                msg(
                    "Issue time plus lifetime is after 2106-02-07, beyond 32-bit unix time; "
                    "some servers will read it as already expired."
                ),
                WARNING,
            )
        )
    return tuple(found)


def _over_a_day(spec: FieldSpec, value: int) -> Problem:
    return Problem(
        spec.name,
        msg(
            "{label} is {value} s ({duration}); Agora caps lifetimes at 24 h, so servers may "
            "treat it as 24 h (the token is still built).",
            label=spec.label,
            value=value,
            duration=timefmt.duration(value),
        ),
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
                name,
                lambda: msg("Service {index}: channel name", index=index),  # noqa: B023
                service.channel_name,
                64,
                True,
            )
        for privilege, seconds in service.privileges.items():
            if looks_absolute(seconds):
                label = msg(
                    "Service {index}: privilege {privilege}", index=index, privilege=privilege
                )
                found.append(Problem(name, duration_mistake(label, seconds, start), WARNING))
            elif seconds > DAY:
                found.append(
                    Problem(
                        name,
                        msg(
                            "Service {index}: privilege {privilege} lasts {seconds} s, more than "
                            "Agora's 24 h cap (the token is still built).",
                            index=index,
                            privilege=privilege,
                            seconds=seconds,
                        ),
                        WARNING,
                    )
                )
    return found


def _undocumented_choice(spec: FieldSpec, value: object) -> Problem:
    """A value outside the documented choices of a field that takes any number (a role)."""
    return Problem(
        spec.name,
        msg(
            "{label} {value} is not one of the documented values ({documented}); {meaning} (the "
            "token is still built).",
            label=spec.label,
            value=value,
            documented=_choice_list(spec, quoted=False),
            meaning=spec.other_values,
        ),
        WARNING,
    )


def _text_warnings(
    name: str, label: Label, value: str, limit: int | None, channel: bool
) -> list[Problem]:
    found: list[Problem] = []
    size = len(value) if value.isascii() else len(value.encode("utf-8"))
    if limit is not None and size > limit:
        found.append(
            Problem(
                name,
                msg(
                    "{label} is {size} bytes; Agora documents at most {limit}, so joining may "
                    "fail (the token is still built).",
                    label=_label(label),
                    size=size,
                    limit=limit,
                ),
                WARNING,
            )
        )
    if channel:
        if value == "":
            found.append(
                Problem(
                    name,
                    msg(
                        "{label} is empty; SDKs refuse to join an unnamed channel.",
                        label=_label(label),
                    ),
                    WARNING,
                )
            )
        elif not _CHANNEL_OK.match(value):
            bad = "".join(sorted({c for c in value if not _CHANNEL_OK.match(c)}))
            found.append(
                Problem(
                    name,
                    msg(
                        "{label} contains {bad}, outside the characters Agora documents for "
                        "channel names (the token is still built).",
                        label=_label(label),
                        bad=repr(bad),
                    ),
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
