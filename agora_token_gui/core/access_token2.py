"""AccessToken2, version "007": encode, decode and verify (token-formats.md §2)."""

from __future__ import annotations

import binascii
import dataclasses
import struct
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import chain
from operator import attrgetter
from typing import Any, ClassVar, Final

from . import crypto
from .encoding import b64decode, inflate
from .errors import InvalidInputError, MalformedTokenError
from .packing import Reader, pack_str, pack_str_list, u16, u32

VERSION: Final = "007"


class ServiceType(IntEnum):
    RTC = 1
    RTM = 2
    STREAMING = 3
    FPA = 4
    CHAT = 5
    FCDN = 6
    APAAS = 7
    RTM2 = 8


SERVICE_NAMES: Final[Mapping[int, str]] = {
    1: "RTC",
    2: "RTM",
    3: "Streaming",
    4: "FPA",
    5: "Chat",
    6: "FCDN",
    7: "APaaS",
    8: "RTM2",
    # Only the npm package agora-token 2.0.6 knows these two; their layout is "no fields".
    9: "ConvoAI",
    10: "STT",
}

PRIVILEGE_NAMES: Final[Mapping[int, Mapping[int, str]]] = {
    1: {1: "joinChannel", 2: "publishAudioStream", 3: "publishVideoStream", 4: "publishDataStream"},
    2: {1: "login"},
    3: {1: "publishMixStream", 2: "publishRawStream"},
    4: {1: "login"},
    5: {1: "user", 2: "app"},
    6: {1: "publish", 2: "play"},
    7: {1: "roomUser", 2: "user", 3: "app"},
    8: {1: "login"},
}

# Type-specific fields in wire order (§2.3). Types not listed here have a layout we cannot know.
SERVICE_FIELDS: Final[Mapping[int, tuple[str, ...]]] = {
    1: ("channel_name", "uid"),
    2: ("user_id",),
    3: ("channel_name", "account"),
    4: (),
    5: ("user_id",),
    6: ("channel_name", "account"),
    7: ("room_uuid", "user_uuid", "role"),
    8: ("user_id", "permissions"),
    9: (),
    10: (),
}

RESOURCE_TYPE_NAMES: Final[Mapping[int, str]] = {
    0: "messageChannels",
    1: "streamChannels",
    2: "groupChannels",
    3: "serverGroups",
    4: "users",
}
PERMISSION_TYPE_NAMES: Final[Mapping[int, str]] = {0: "read", 1: "write"}

# resource type -> permission type -> resource names (names keep their given order)
Permissions = Mapping[int, Mapping[int, Sequence[str]]]


def service_name(service_type: int) -> str:
    return SERVICE_NAMES.get(service_type, f"Unknown service {service_type}")


def privilege_name(service_type: int, privilege: int) -> str:
    return PRIVILEGE_NAMES.get(service_type, {}).get(privilege, f"unknown ({privilege})")


@dataclass(frozen=True, slots=True)
class Service:
    """One service record. Fields that the type does not carry keep their defaults."""

    type: int
    privileges: Mapping[int, int] = field(default_factory=dict)
    channel_name: str = ""
    uid: str = ""
    account: str = ""
    user_id: str = ""
    room_uuid: str = ""
    user_uuid: str = ""
    role: int = -1
    permissions: Permissions = field(default_factory=dict)

    @property
    def name(self) -> str:
        return service_name(self.type)

    @property
    def fields(self) -> tuple[str, ...]:
        return SERVICE_FIELDS.get(self.type, ())

    def pack(self) -> bytes:
        """The service record of §2.3 (raises struct.error for numbers out of range)."""
        privileges = self.privileges
        count = len(privileges)
        if count < len(_TYPE_AND_PRIVILEGES):  # one precompiled struct for type + PrivMap
            flat = chain.from_iterable(sorted(privileges.items()))
            head = _TYPE_AND_PRIVILEGES[count].pack(self.type, count, *flat)
        else:
            head = _TYPE_COUNT.pack(self.type, count) + b"".join(
                [_PRIVILEGE.pack(key, privileges[key]) for key in sorted(privileges)]
            )
        names = SERVICE_FIELDS.get(self.type, ())
        if not names:
            return head
        parts = [head]
        for name in names:
            if name == "role":
                parts.append(_I16.pack(self.role))
            elif name == "permissions":
                parts.append(_pack_permissions(self.permissions))
            else:
                parts.append(pack_str(getattr(self, name)))
        return b"".join(parts)


_U16: Final = struct.Struct("<H")
_I16: Final = struct.Struct("<h")
_HEADER: Final = struct.Struct("<IIIH")  # issue_ts, expire, salt, service_count
_APP_ID_32_HEADER: Final = struct.Struct("<H32sIIIH")  # Str(32-byte app_id) + _HEADER
_TYPE_COUNT: Final = struct.Struct("<HH")
_PRIVILEGE: Final = struct.Struct("<HI")
# service type, privilege count and n (id, value) pairs: every builder writes at most four.
_TYPE_AND_PRIVILEGES: Final = tuple(struct.Struct("<HH" + "HI" * n) for n in range(9))
_PRIVILEGE_PAIRS: Final = tuple(struct.Struct("<" + "HI" * n) for n in range(9))
_SIGNATURE_LENGTH: Final = b"\x20\x00"  # Str(signature): HMAC-SHA256 is always 32 bytes


def _pack_permissions(permissions: Permissions) -> bytes:
    parts = [u16(len(permissions))]
    for resource_type in sorted(permissions):
        by_permission = permissions[resource_type]
        parts.append(u16(resource_type))
        parts.append(u16(len(by_permission)))
        for permission_type in sorted(by_permission):
            parts.append(u16(permission_type))
            parts.append(pack_str_list(by_permission[permission_type]))
    return b"".join(parts)


@dataclass(frozen=True, slots=True)
class AccessToken2:
    """A decoded 007 token. ``signing_info`` is the raw signed bytes, kept for verification."""

    format: ClassVar[str] = VERSION
    signature: bytes
    app_id: str
    issue_ts: int
    expire: int
    salt: int
    service_count: int
    services: tuple[Service, ...]
    signing_info: bytes
    stopped_at_unknown_service_type: int | None = None
    unparsed: bytes = b""
    trailing: bytes = b""
    after_zlib: bytes = b""

    @property
    def expires_at(self) -> int:
        return self.issue_ts + self.expire


# The last K1 = HMAC(LE32(issue_ts), certificate): a batch signs thousands of tokens with one
# certificate in the same second. One entry only, so at most one derived key stays in memory.
_last_k1: tuple[str, int, bytes] = ("", -1, b"")


def signature(app_certificate: str, issue_ts: int, salt: int, signing_info: bytes) -> bytes:
    """HMAC-SHA256 chain of §2.5: the timestamp and the salt are the HMAC *keys*."""
    global _last_k1
    cached = _last_k1
    if cached[1] == issue_ts and cached[0] == app_certificate:
        k1 = cached[2]
    else:
        k1 = crypto.hmac_digest(u32(issue_ts), app_certificate.encode("utf-8"), "sha256")
        _last_k1 = (app_certificate, issue_ts, k1)
    k2 = crypto.hmac_digest(u32(salt), k1, "sha256")
    return crypto.hmac_digest(k2, signing_info, "sha256")


_service_type: Final = attrgetter("type")


def signing_info(
    app_id: str, services: Iterable[Service], *, issue_ts: int, expire: int, salt: int
) -> bytes:
    # sorted() is stable: services of one type keep their insertion order (§2.6).
    ordered = sorted(services, key=_service_type)
    try:
        app = app_id.encode("utf-8")
        if len(app) == 32:  # every real App ID: one struct call for Str(app_id) and the header
            parts = [_APP_ID_32_HEADER.pack(32, app, issue_ts, expire, salt, len(ordered))]
        else:
            parts = [pack_str(app_id), _HEADER.pack(issue_ts, expire, salt, len(ordered))]
        parts += [s.pack() for s in ordered]
    except struct.error as exc:
        raise InvalidInputError(f"A number is out of range for its field ({exc}).") from exc
    return b"".join(parts)


def _keep_zlib_memory() -> None:
    """Stop glibc from handing zlib's memory back to the OS after every token.

    ``zlib.compress`` allocates about 270 KB of state per call. glibc gives free memory at the
    top of the heap back to the OS once more than 128 KB is free there, so a loop of builds may
    pay page faults for all of it on every token: ``agora-token batch`` ran twice as slowly
    depending on nothing but the length of its argv. Freeing one large block once raises glibc's
    dynamic mmap and trim thresholds (to 2 and 4 MiB), which ends that; elsewhere this is just a
    one-off 2 MiB allocation. Output is unaffected.
    """
    block = bytearray(2 << 20)
    del block


_keep_zlib_memory()


def encode(
    app_id: str,
    app_certificate: str,
    services: Iterable[Service],
    *,
    issue_ts: int,
    expire: int,
    salt: int,
) -> str:
    """Build a 007 token from already validated values (requests.py validates user input)."""
    info = signing_info(app_id, services, issue_ts=issue_ts, expire=expire, salt=salt)
    sig = signature(app_certificate, issue_ts, salt, info)
    body = zlib.compress(_SIGNATURE_LENGTH + sig + info)
    return VERSION + binascii.b2a_base64(body, newline=False).decode("ascii")


def decode(text: str) -> AccessToken2:
    """Parse a 007 token without checking its signature.

    Raises:
        MalformedTokenError: wrong prefix, bad Base64 or zlib, or a truncated field.
    """
    if not text.startswith(VERSION):
        raise MalformedTokenError(
            f"An AccessToken2 starts with '007', this text starts with {text[:3]!r}."
        )
    payload, after_zlib = inflate(b64decode(text[3:], "AccessToken2 body"), "AccessToken2 body")
    try:
        return _parse_fast(payload, after_zlib)
    except (struct.error, _Truncated):
        pass
    # Damaged: parse again field by field, which says exactly where and why it stops.
    return _parse_careful(payload, after_zlib)


class _Truncated(Exception):
    """A string runs past the end of the payload (fast path only; never escapes)."""


_Setter = Callable[[Any, Any], None]


def _make(cls: type) -> tuple[_Setter, ...]:
    """Slot setters of a frozen slotted dataclass, in field order (see _new_service)."""
    return tuple(cls.__dict__[f.name].__set__ for f in dataclasses.fields(cls))


_new = object.__new__
(_s_type, _s_privileges, _s_channel, _s_uid, _s_account, _s_user_id, _s_room, _s_user_uuid,
 _s_role, _s_permissions) = _make(Service)  # fmt: skip
(_t_signature, _t_app_id, _t_issue_ts, _t_expire, _t_salt, _t_count, _t_services, _t_signing,
 _t_stopped, _t_unparsed, _t_trailing, _t_after) = _make(AccessToken2)  # fmt: skip


def _new_service(
    service_type: int, privileges: dict[int, int], texts: list[str], role: int, permissions: object
) -> Service:
    """``Service(...)`` for the decoder's hot path.

    An equal object, built without the frozen dataclass's ``__init__``, whose per-field
    ``object.__setattr__`` calls took about a fifth of the time of decoding a token.
    """
    service = _new(Service)
    _s_type(service, service_type)
    _s_privileges(service, privileges)
    for setter, text in zip(_TEXT_SETTERS[service_type], texts, strict=True):
        setter(service, text)
    for setter in _UNUSED_TEXT_SETTERS[service_type]:
        setter(service, "")
    _s_role(service, role)
    _s_permissions(service, {} if permissions is None else permissions)
    return service


_SETTERS_BY_NAME: Final = {
    "channel_name": _s_channel,
    "uid": _s_uid,
    "account": _s_account,
    "user_id": _s_user_id,
    "room_uuid": _s_room,
    "user_uuid": _s_user_uuid,
}
# Per service type: the setters of its text fields in wire order, and of the text fields it lacks.
_TEXT_SETTERS: Final = {
    t: tuple(_SETTERS_BY_NAME[n] for n in names if n in _SETTERS_BY_NAME)
    for t, names in SERVICE_FIELDS.items()
}
_UNUSED_TEXT_SETTERS: Final = {
    t: tuple(s for n, s in _SETTERS_BY_NAME.items() if n not in names)
    for t, names in SERVICE_FIELDS.items()
}


def _parse_fast(payload: bytes, after_zlib: bytes) -> AccessToken2:
    """Parse an intact payload; raises struct.error or _Truncated at the first oddity."""
    size = len(payload)
    unpack_u16 = _U16.unpack_from
    (length,) = unpack_u16(payload, 0)
    info_start = 2 + length
    (length,) = unpack_u16(payload, info_start)
    pos = info_start + 2 + length
    if pos > size:
        raise _Truncated
    app_id = payload[info_start + 2 : pos].decode("utf-8", "replace")
    issue_ts, expire, salt, count = _HEADER.unpack_from(payload, pos)
    pos += 14
    services: list[Service] = []
    stopped: int | None = None
    unparsed = b""
    for _ in range(count):
        (service_type,) = unpack_u16(payload, pos)
        fields = SERVICE_FIELDS.get(service_type)
        if fields is None:
            stopped, unparsed = service_type, payload[pos:]
            break
        (privilege_count,) = unpack_u16(payload, pos + 2)
        pos += 4
        if privilege_count < len(_PRIVILEGE_PAIRS):
            flat = _PRIVILEGE_PAIRS[privilege_count].unpack_from(payload, pos)
            privileges = dict(zip(flat[::2], flat[1::2], strict=True))  # repeated id: last wins
            pos += 6 * privilege_count
        else:
            privileges = {}
            for _ in range(privilege_count):
                key, value = _PRIVILEGE.unpack_from(payload, pos)
                privileges[key] = value
                pos += 6
        texts: list[str] = []
        role = -1
        permissions = None
        for name in fields:
            if name == "role":
                (role,) = _I16.unpack_from(payload, pos)
                pos += 2
            elif name == "permissions":
                permissions, pos = _permissions_fast(payload, pos)
            else:
                (length,) = unpack_u16(payload, pos)
                end = pos + 2 + length
                if end > size:
                    raise _Truncated
                texts.append(payload[pos + 2 : end].decode("utf-8", "replace"))
                pos = end
        services.append(_new_service(service_type, privileges, texts, role, permissions))
    token = _new(AccessToken2)
    _t_signature(token, payload[2:info_start])
    _t_app_id(token, app_id)
    _t_issue_ts(token, issue_ts)
    _t_expire(token, expire)
    _t_salt(token, salt)
    _t_count(token, count)
    _t_services(token, tuple(services))
    _t_signing(token, payload[info_start:])
    _t_stopped(token, stopped)
    _t_unparsed(token, unparsed)
    _t_trailing(token, b"" if stopped is not None else payload[pos:])
    _t_after(token, after_zlib)
    return token


def _permissions_fast(
    payload: bytes, pos: int
) -> tuple[dict[int, dict[int, tuple[str, ...]]], int]:
    unpack_u16 = _U16.unpack_from
    size = len(payload)
    result: dict[int, dict[int, tuple[str, ...]]] = {}
    (resource_count,) = unpack_u16(payload, pos)
    pos += 2
    for _ in range(resource_count):
        resource_type, permission_count = _TYPE_COUNT.unpack_from(payload, pos)
        pos += 4
        by_permission: dict[int, tuple[str, ...]] = {}
        for _ in range(permission_count):
            permission_type, name_count = _TYPE_COUNT.unpack_from(payload, pos)
            pos += 4
            names: list[str] = []
            for _ in range(name_count):
                (length,) = unpack_u16(payload, pos)
                end = pos + 2 + length
                if end > size:
                    raise _Truncated
                names.append(payload[pos + 2 : end].decode("utf-8", "replace"))
                pos = end
            by_permission[permission_type] = tuple(names)
        result[resource_type] = by_permission
    return result, pos


def _parse_careful(payload: bytes, after_zlib: bytes) -> AccessToken2:
    reader = Reader(payload, "AccessToken2 payload")
    sig = reader.raw_str("signature")
    info_start = reader.pos
    signing = payload[info_start:]
    app_id = reader.text("app_id")
    issue_ts = reader.u32("issue_ts")
    expire = reader.u32("expire")
    salt = reader.u32("salt")
    count = reader.u16("service_count")
    services: list[Service] = []
    stopped: int | None = None
    unparsed = b""
    for index in range(count):
        start = reader.pos
        service_type = reader.u16(f"the type of service {index + 1}")
        if service_type not in SERVICE_FIELDS:
            # The layout of an unknown service cannot be known: stop, keep the bytes (§2.10).
            stopped = service_type
            unparsed = payload[start:]
            break
        services.append(_read_service(reader, service_type, index + 1))
    trailing = b"" if stopped is not None else reader.rest()
    return AccessToken2(
        signature=sig,
        app_id=app_id,
        issue_ts=issue_ts,
        expire=expire,
        salt=salt,
        service_count=count,
        services=tuple(services),
        signing_info=signing,
        stopped_at_unknown_service_type=stopped,
        unparsed=unparsed,
        trailing=trailing,
        after_zlib=after_zlib,
    )


def _read_service(reader: Reader, service_type: int, number: int) -> Service:
    where = f"service {number} ({service_name(service_type)})"
    privileges = reader.priv_map(f"the privileges of {where}")
    values: dict[str, object] = {}
    for name in SERVICE_FIELDS.get(service_type, ()):
        if name == "role":
            values[name] = reader.i16(f"the role of {where}")
        elif name == "permissions":
            values[name] = _read_permissions(reader, where)
        else:
            values[name] = reader.text(f"the {name} of {where}")
    return Service(service_type, privileges, **values)  # type: ignore[arg-type]


def _read_permissions(reader: Reader, where: str) -> dict[int, dict[int, tuple[str, ...]]]:
    what = f"the RTM2 permissions of {where}"
    result: dict[int, dict[int, tuple[str, ...]]] = {}
    for _ in range(reader.u16(what)):
        resource_type = reader.u16(what)
        by_permission: dict[int, tuple[str, ...]] = {}
        for _ in range(reader.u16(what)):
            permission_type = reader.u16(what)
            names = tuple(reader.text(what) for _ in range(reader.u16(what)))
            by_permission[permission_type] = names
        result[resource_type] = by_permission
    return result


def verify(token: AccessToken2, app_certificate: str) -> bool:
    """True when the certificate signs the token's raw signed bytes (constant-time compare)."""
    expected = signature(app_certificate, token.issue_ts, token.salt, token.signing_info)
    return crypto.compare_digest(expected, token.signature)


def permissions_to_json(permissions: Permissions) -> dict[str, dict[str, list[str]]]:
    return {
        str(r): {str(p): list(names) for p, names in sorted(perms.items())}
        for r, perms in sorted(permissions.items())
    }


def md5_hex(text: str) -> str:
    """Lowercase MD5 hex, used for the Chat user id of Education/APaaS room-user tokens."""
    return crypto.md5_hex(text)
