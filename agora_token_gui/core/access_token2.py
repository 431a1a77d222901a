"""AccessToken2, version "007": encode, decode and verify (token-formats.md §2)."""

from __future__ import annotations

import binascii
import struct
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import ClassVar, Final, NamedTuple

from . import crypto
from .encoding import MAX_INFLATED, STRICT_MODE, b64decode, inflate
from .errors import InvalidInputError, MalformedTokenError
from .packing import Reader, pack_str, pack_str_list, u16
from .text import Text, msg

VERSION: Final = "007"
# The parts a "cut off" or "damaged" message names (made once, translatable).
_BODY: Final = msg("AccessToken2 body")
_PAYLOAD: Final = msg("AccessToken2 payload")
_SIGNATURE: Final = msg("signature")


class ServiceType(IntEnum):
    """The 007 service types (§2.3)."""

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
    """The name of a 007 service type, or 'Unknown service N'."""
    return SERVICE_NAMES.get(service_type) or msg("Unknown service {type}", type=service_type)


def privilege_name(service_type: int, privilege: int) -> str:
    """The name of a privilege of a 007 service type, or 'unknown (N)'."""
    name = PRIVILEGE_NAMES.get(service_type, {}).get(privilege)
    return name or msg("unknown ({privilege})", privilege=privilege)


class Service(NamedTuple):
    """One service record. Fields that the type does not carry keep their defaults.

    A named tuple: immutable. The two mapping defaults are shared empty dicts, typed read-only:
    never mutate a service's mappings.
    """

    type: int
    privileges: Mapping[int, int] = {}  # shared: typed read-only
    channel_name: str = ""
    uid: str = ""
    account: str = ""
    user_id: str = ""
    room_uuid: str = ""
    user_uuid: str = ""
    role: int = -1
    permissions: Permissions = {}  # noqa: RUF012 - shared: typed read-only

    @property
    def name(self) -> str:
        """The service type's name."""
        return service_name(self.type)

    @property
    def fields(self) -> tuple[str, ...]:
        """The text and other fields this service type carries, in wire order."""
        return SERVICE_FIELDS.get(self.type, ())

    def pack(self) -> bytes:
        """The service record of §2.3 (raises struct.error for numbers out of range)."""
        return _pack_service(self)


def _pack_service(service: Service) -> bytes:
    """``Service.pack`` for every type and any number of privileges, field by field."""
    privileges = service.privileges
    count = len(privileges)
    if count < len(_TYPE_AND_PRIVILEGES):  # one precompiled struct for type + PrivMap
        flat = chain.from_iterable(sorted(privileges.items()))
        head = _TYPE_AND_PRIVILEGES[count].pack(service.type, count, *flat)
    else:
        head = _TYPE_COUNT.pack(service.type, count) + b"".join(
            [_PRIVILEGE.pack(key, privileges[key]) for key in sorted(privileges)]
        )
    names = SERVICE_FIELDS.get(service.type, ())
    if not names:
        return head
    parts = [head]
    for name in names:
        if name == "role":
            parts.append(_I16.pack(service.role))
        elif name == "permissions":
            parts.append(_pack_permissions(service.permissions))
        else:
            parts.append(pack_str(getattr(service, name)))
    return b"".join(parts)


_U16: Final = struct.Struct("<H")
_U32_PACK: Final = struct.Struct("<I").pack
_I16: Final = struct.Struct("<h")
_HEADER: Final = struct.Struct("<IIIH")  # issue_ts, expire, salt, service_count
_APP_ID_32_HEADER: Final = struct.Struct("<H32sIIIH")  # Str(32-byte app_id) + _HEADER
_TYPE_COUNT: Final = struct.Struct("<HH")
_PRIVILEGE: Final = struct.Struct("<HI")
# service type, privilege count and n (id, value) pairs: every builder writes at most four.
_TYPE_AND_PRIVILEGES: Final = tuple(struct.Struct("<HH" + "HI" * n) for n in range(9))
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


class _AccessToken2Fields(NamedTuple):
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


class AccessToken2(_AccessToken2Fields):
    """A decoded 007 token. ``signing_info`` is the raw signed bytes, kept for verification.

    A named tuple (see Service); the subclass only adds the ``format`` class attribute.
    """

    __slots__ = ()
    format: ClassVar[str] = VERSION

    @property
    def expires_at(self) -> int:
        """The token's expiry: issue time plus lifetime, unix seconds."""
        return self.issue_ts + self.expire


# The last K1 = HMAC(LE32(issue_ts), certificate): a batch signs thousands of tokens with one
# certificate in the same second. One entry only, so at most one derived key stays in memory.
_last_k1: tuple[str, int, bytes] = ("", -1, b"")


def signature(app_certificate: str, issue_ts: int, salt: int, signing_info: bytes) -> bytes:
    """HMAC-SHA256 chain of §2.5: the timestamp and the salt are the HMAC *keys*."""
    global _last_k1
    hmac_digest = crypto.hmac_digest
    cached = _last_k1
    if cached[1] == issue_ts and cached[0] == app_certificate:
        k1 = cached[2]
    else:
        k1 = hmac_digest(_U32_PACK(issue_ts), app_certificate.encode("utf-8"), "sha256")
        _last_k1 = (app_certificate, issue_ts, k1)
    return hmac_digest(hmac_digest(_U32_PACK(salt), k1, "sha256"), signing_info, "sha256")


_service_type: Final = attrgetter("type")


def signing_info(
    app_id: str, services: Iterable[Service], *, issue_ts: int, expire: int, salt: int
) -> bytes:
    """The bytes the signature covers: the header and the packed services (§2.4)."""
    return _signing_info(app_id, services, issue_ts, expire, salt)


def _signing_info(
    app_id: str, services: Iterable[Service], issue_ts: int, expire: int, salt: int
) -> bytes:
    if type(services) is not list and type(services) is not tuple:
        services = list(services)
    app = app_id.encode("utf-8")
    # sorted() is stable: services of one type keep their insertion order (§2.6).
    ordered = sorted(services, key=_service_type) if len(services) > 1 else services
    try:
        if len(app) == 32:  # every real App ID: one struct call for Str(app_id) and the header
            parts = [_APP_ID_32_HEADER.pack(32, app, issue_ts, expire, salt, len(ordered))]
        else:
            parts = [pack_str(app_id), _HEADER.pack(issue_ts, expire, salt, len(ordered))]
        parts += [s.pack() for s in ordered]
    except struct.error as exc:
        raise InvalidInputError(
            msg("A number is out of range for its field ({reason}).", reason=str(exc))
        ) from exc
    return b"".join(parts)


def _keep_zlib_memory() -> None:
    """Stop glibc from handing zlib's memory back to the OS after every token.

    ``zlib.compress`` allocates about 270 KB of state per call. glibc gives free memory at the
    top of the heap back to the OS once more than 128 KB is free there, so a loop of builds may
    pay page faults for all of it on every token: ``agora-token batch`` ran twice as slowly
    depending on nothing but the length of its argv. Freeing one large block once raises glibc's
    dynamic mmap and trim thresholds (to 2 and 4 MiB), which ends that; elsewhere this is just a
    one-off 2 MiB allocation. Output is unaffected. It runs with the first 007 build, not at
    import: the desktop app then idles with glibc's default thresholds until a token is built.
    """
    block = bytearray(2 << 20)
    del block


def _first_compress(data: bytes) -> bytes:
    global _compress
    _keep_zlib_memory()
    _compress = zlib.compress
    return _compress(data)


_compress: Callable[[bytes], bytes] = _first_compress
_b2a_base64: Final = binascii.b2a_base64


def encode(
    app_id: str,
    app_certificate: str,
    services: Iterable[Service],
    *,
    issue_ts: int,
    expire: int,
    salt: int,
) -> str:
    """Build a 007 token from already validated values (core.request validates user input)."""
    info = _signing_info(app_id, services, issue_ts, expire, salt)
    sig = signature(app_certificate, issue_ts, salt, info)
    body = _compress(_SIGNATURE_LENGTH + sig + info)
    return VERSION + _b2a_base64(body, newline=False).decode("ascii")


def decode(text: str) -> AccessToken2:
    """Parse a 007 token without checking its signature.

    Raises:
        MalformedTokenError: wrong prefix, bad Base64 or zlib, or a truncated field.
    """
    if not text.startswith(VERSION):
        raise MalformedTokenError(
            msg(
                "An AccessToken2 starts with '007', this text starts with {start}.",
                start=repr(text[:3]),
            )
        )
    # encoding.b64decode and encoding.inflate, inline: their fast paths (explained there).
    body = text[3:]
    if STRICT_MODE and not len(body) % 4 and not body.endswith("==="):
        try:
            data = _a2b_base64(body, strict_mode=True)
        except ValueError:
            data = b64decode(body, _BODY)  # raises the message that says why
    else:
        data = b64decode(body, _BODY)
    inflater = _decompressobj()
    try:
        payload = inflater.decompress(data, MAX_INFLATED)
        complete = inflater.eof and not inflater.unconsumed_tail
    except zlib.error:
        complete = False
    if complete:
        after_zlib = inflater.unused_data
    else:
        payload, after_zlib = inflate(data, _BODY)  # raises the message
    return _parse(payload, after_zlib)


_decompressobj: Final = zlib.decompressobj
_a2b_base64: Final = binascii.a2b_base64


def _parse(payload: bytes, after_zlib: bytes) -> AccessToken2:
    reader = Reader(payload, _PAYLOAD)
    sig = reader.raw_str(_SIGNATURE)
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
        service_type = reader.u16(_labels(index + 1, 0).type)
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
    labels = _labels(number, service_type)
    privileges = reader.priv_map(labels.privileges)
    values: dict[str, object] = {}
    for name in SERVICE_FIELDS.get(service_type, ()):
        if name == "role":
            values[name] = reader.i16(labels.fields[name])
        elif name == "permissions":
            values[name] = _read_permissions(reader, labels.fields[name])
        else:
            values[name] = reader.text(labels.fields[name])
    return Service(service_type, privileges, **values)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _Labels:
    """What the parts of the number-th service are called in a "token ends early" message."""

    type: Text
    privileges: Text
    fields: Mapping[str, Text]


@lru_cache(maxsize=256)
def _labels(number: int, service_type: int) -> _Labels:
    """The labels of service ``number``, made once (a token has few services, of few types)."""
    where = msg("service {number} ({name})", number=number, name=service_name(service_type))
    fields: dict[str, Text] = {}
    for name in SERVICE_FIELDS.get(service_type, ()):
        if name == "role":
            fields[name] = msg("the role of {where}", where=where)
        elif name == "permissions":
            fields[name] = msg("the RTM2 permissions of {where}", where=where)
        else:
            fields[name] = msg("the {name} of {where}", name=name, where=where)
    return _Labels(
        msg("the type of service {number}", number=number),
        msg("the privileges of {where}", where=where),
        fields,
    )


def _read_permissions(reader: Reader, what: str) -> dict[int, dict[int, tuple[str, ...]]]:
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
    """RTM2 permissions as JSON: resource type -> permission type -> names."""
    return {
        str(r): {str(p): list(names) for p, names in sorted(perms.items())}
        for r, perms in sorted(permissions.items())
    }


def md5_hex(text: str) -> str:
    """Lowercase MD5 hex, used for the Chat user id of Education/APaaS room-user tokens."""
    return crypto.md5_hex(text)
