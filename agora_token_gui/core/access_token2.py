"""AccessToken2, version "007": encode, decode and verify (token-formats.md §2)."""

from __future__ import annotations

import hashlib
import hmac
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import ClassVar, Final

from .encoding import b64decode, b64encode, inflate
from .errors import InvalidInputError, MalformedTokenError
from .packing import Reader, i16, pack_bytes, pack_priv_map, pack_str, pack_str_list, u16, u32

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
        parts = [u16(self.type), pack_priv_map(self.privileges)]
        for name in self.fields:
            if name == "role":
                parts.append(i16(self.role))
            elif name == "permissions":
                parts.append(_pack_permissions(self.permissions))
            else:
                parts.append(pack_str(getattr(self, name)))
        return b"".join(parts)


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


def signature(app_certificate: str, issue_ts: int, salt: int, signing_info: bytes) -> bytes:
    """HMAC-SHA256 chain of §2.5: the timestamp and the salt are the HMAC *keys*."""
    k1 = hmac.digest(u32(issue_ts), app_certificate.encode("utf-8"), "sha256")
    k2 = hmac.digest(u32(salt), k1, "sha256")
    return hmac.digest(k2, signing_info, "sha256")


def signing_info(
    app_id: str, services: Iterable[Service], *, issue_ts: int, expire: int, salt: int
) -> bytes:
    # sorted() is stable: services of one type keep their insertion order (§2.6).
    ordered = sorted(services, key=lambda s: s.type)
    try:
        return b"".join(
            (
                pack_str(app_id),
                u32(issue_ts),
                u32(expire),
                u32(salt),
                u16(len(ordered)),
                *(s.pack() for s in ordered),
            )
        )
    except struct.error as exc:
        raise InvalidInputError(f"A number is out of range for its field ({exc}).") from exc


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
    return VERSION + b64encode(zlib.compress(pack_bytes(sig) + info))


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
    return hmac.compare_digest(expected, token.signature)


def permissions_to_json(permissions: Permissions) -> dict[str, dict[str, list[str]]]:
    return {
        str(r): {str(p): list(names) for p, names in sorted(perms.items())}
        for r, perms in sorted(permissions.items())
    }


def md5_hex(text: str) -> str:
    """Lowercase MD5 hex, used for the Chat user id of Education/APaaS room-user tokens."""
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()
