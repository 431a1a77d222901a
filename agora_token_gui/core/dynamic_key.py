"""The legacy dynamic keys: DynamicKey5 ("005"), 4 ("004"), 3 ("003"), 2 and v1 (§4-§7)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Final

from . import crypto
from .encoding import b64decode, b64encode, is_hex
from .errors import MalformedTokenError
from .packing import Reader, pack_bytes, pack_str, pack_str_map, u16, u32
from .text import msg

DK5_SERVICE_NAMES: Final[Mapping[int, str]] = {
    1: "media channel",
    2: "recording",
    3: "public sharing",
    4: "in-channel permission",
}
DK5_PERMISSION_NAMES: Final[Mapping[str, str]] = {"0": "no upload", "3": "audio and video upload"}
ALLOW_UPLOAD_IN_CHANNEL: Final = 1
DK4_SERVICE_TAGS: Final[Mapping[str, str]] = {
    "ACS": "media channel",
    "ARS": "recording",
    "APSS": "public sharing",
}

_DIGITS: Final = re.compile(r"[0-9]{10}\Z")
# The parts a "cut off" message names (made once, translatable).
_BODY5: Final = msg("DynamicKey5 body")
_SIGNATURE: Final = msg("signature")


def pad10(value: int) -> str:
    """A number as ten decimal digits with leading zeros."""
    return f"{value:010d}"


def hex8(value: int) -> str:
    """A number as eight uppercase hex digits."""
    return f"{value & 0xFFFF_FFFF:08x}"


def _sha1_hex(key: bytes, msg: str | bytes) -> str:
    data = msg.encode("utf-8") if isinstance(msg, str) else msg
    return crypto.hmac_digest(key, data, "sha1").hex()


def _same_hex(expected: str, actual: str) -> bool:
    """Exact, constant-time: a signature in the other letter case is not what was signed.

    DynamicKey5 writes upper-case hex and the older keys lower-case; every producer does.
    """
    return crypto.compare_digest(expected.encode(), actual.encode("utf-8", "replace"))


# --- DynamicKey5 -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DynamicKey5:
    """A decoded DynamicKey5 (005)."""

    format: ClassVar[str] = "005"
    service_type: int
    signature: str
    app_id: str  # hex of the 16 raw bytes, lower case
    unix_ts: int
    random_int: int
    expired_ts: int
    extra: Mapping[int, str] = field(default_factory=dict)
    trailing: bytes = b""

    @property
    def expires_at(self) -> int:
        """The key's expiry, unix seconds (0: never; v1 keys have none)."""
        return self.expired_ts


def _dk5_message(
    service_type: int,
    app_id_raw: bytes,
    unix_ts: int,
    random_int: int,
    channel_name: str,
    uid: int,
    expired_ts: int,
    extra: Mapping[int, str],
) -> bytes:
    return b"".join(
        (
            u16(service_type),
            pack_bytes(app_id_raw),
            u32(unix_ts),
            u32(random_int),
            pack_str(channel_name),
            u32(uid),
            u32(expired_ts),
            pack_str_map(extra),
        )
    )


def encode5(
    service_type: int,
    app_id: str,
    app_certificate: str,
    channel_name: str,
    uid: int,
    *,
    unix_ts: int,
    random_int: int,
    expired_ts: int,
    extra: Mapping[int, str] | None = None,
) -> str:
    """Build a DynamicKey5; App ID and certificate are hex-decoded, so their case is irrelevant."""
    extra = extra or {}
    app_id_raw = bytes.fromhex(app_id)
    msg = _dk5_message(
        service_type, app_id_raw, unix_ts, random_int, channel_name, uid, expired_ts, extra
    )
    sig = _sha1_hex(bytes.fromhex(app_certificate), msg).upper()
    content = b"".join(
        (
            u16(service_type),
            pack_str(sig),
            pack_bytes(app_id_raw),
            u32(unix_ts),
            u32(random_int),
            u32(expired_ts),
            pack_str_map(extra),
        )
    )
    return "005" + b64encode(content)


def decode5(text: str) -> DynamicKey5:
    """Parse a DynamicKey5 without checking its signature."""
    if not text.startswith("005"):
        raise MalformedTokenError(
            msg(
                "A DynamicKey5 starts with '005', this text starts with {start}.",
                start=repr(text[:3]),
            )
        )
    reader = Reader(b64decode(text[3:], _BODY5), _BODY5)
    service_type = reader.u16("service_type")
    sig = reader.raw_str(_SIGNATURE).decode("ascii", errors="replace")
    app_id = reader.raw_str("app_id").hex()
    unix_ts = reader.u32("unix_ts")
    random_int = reader.u32("random_int")
    expired_ts = reader.u32("expired_ts")
    extra = reader.str_map("extra")
    return DynamicKey5(
        service_type, sig, app_id, unix_ts, random_int, expired_ts, extra, reader.rest()
    )


def verify5(key: DynamicKey5, app_certificate: str, channel_name: str, uid: int) -> bool:
    """True when the certificate signs the key for this channel and uid."""
    msg = _dk5_message(
        key.service_type,
        bytes.fromhex(key.app_id),
        key.unix_ts,
        key.random_int,
        channel_name,
        uid,
        key.expired_ts,
        key.extra,
    )
    return _same_hex(_sha1_hex(bytes.fromhex(app_certificate), msg).upper(), key.signature)


# --- DynamicKey4 -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DynamicKey4:
    """A decoded DynamicKey4 (004)."""

    format: ClassVar[str] = "004"
    signature: str
    app_id: str
    unix_ts: int
    random_int: int
    expired_ts: int

    @property
    def expires_at(self) -> int:
        """The key's expiry, unix seconds (0: never; v1 keys have none)."""
        return self.expired_ts


def _dk4_signature(
    service_tag: str,
    app_id: str,
    app_certificate: str,
    channel_name: str,
    uid: int,
    unix_ts: int,
    random_int: int,
    expired_ts: int,
) -> str:
    msg = (
        service_tag
        + app_id
        + pad10(unix_ts)
        + hex8(random_int)
        + channel_name
        + pad10(uid)
        + pad10(expired_ts)
    )
    return _sha1_hex(app_certificate.encode("utf-8"), msg)


def encode4(
    service_tag: str,
    app_id: str,
    app_certificate: str,
    channel_name: str,
    uid: int,
    *,
    unix_ts: int,
    random_int: int,
    expired_ts: int,
) -> str:
    """Build a DynamicKey4 for one service tag (ACS, ARS, APSS)."""
    sig = _dk4_signature(
        service_tag, app_id, app_certificate, channel_name, uid, unix_ts, random_int, expired_ts
    )
    return "004" + sig + app_id + pad10(unix_ts) + hex8(random_int) + pad10(expired_ts)


def decode4(text: str) -> DynamicKey4:
    """Parse a DynamicKey4 without checking its signature."""
    _check_fixed(text, "DynamicKey4", "004", 103)
    return DynamicKey4(
        signature=text[3:43],
        app_id=text[43:75],
        unix_ts=_decimal(text[75:85], "DynamicKey4", "unix_ts", 75),
        random_int=int(text[85:93], 16),
        expired_ts=_decimal(text[93:103], "DynamicKey4", "expired_ts", 93),
    )


def verify4(key: DynamicKey4, app_certificate: str, channel_name: str, uid: int) -> str | None:
    """Return the service tag (ACS, ARS or APSS) the key was made for, or None if none matches."""
    for tag in DK4_SERVICE_TAGS:
        expected = _dk4_signature(
            tag,
            key.app_id,
            app_certificate,
            channel_name,
            uid,
            key.unix_ts,
            key.random_int,
            key.expired_ts,
        )
        if _same_hex(expected, key.signature):
            return tag
    return None


# --- DynamicKey3 and DynamicKey2 ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DynamicKey3:
    """DynamicKey3: prefix "003", signature, App ID, times, random and uid in fixed columns."""

    format: ClassVar[str] = "003"
    signature: str
    app_id: str
    unix_ts: int
    random_int: int
    uid: int
    expired_ts: int

    @property
    def expires_at(self) -> int:
        """The key's expiry, unix seconds (0: never; v1 keys have none)."""
        return self.expired_ts


@dataclass(frozen=True, slots=True)
class DynamicKey2(DynamicKey3):
    """The same fields and signature as DynamicKey3, without the "003" prefix."""

    format: ClassVar[str] = "002"


def _dk23_signature(
    app_id: str,
    app_certificate: str,
    channel_name: str,
    uid: int,
    unix_ts: int,
    random_int: int,
    expired_ts: int,
) -> str:
    msg = app_id + pad10(unix_ts) + hex8(random_int) + channel_name + pad10(uid) + pad10(expired_ts)
    return _sha1_hex(app_certificate.encode("utf-8"), msg)


def encode3(
    app_id: str,
    app_certificate: str,
    channel_name: str,
    uid: int,
    *,
    unix_ts: int,
    random_int: int,
    expired_ts: int,
    prefix: str = "003",
) -> str:
    """DynamicKey3; with ``prefix=""`` the same string is a DynamicKey2."""
    sig = _dk23_signature(
        app_id, app_certificate, channel_name, uid, unix_ts, random_int, expired_ts
    )
    return (
        prefix + sig + app_id + pad10(unix_ts) + hex8(random_int) + pad10(uid) + pad10(expired_ts)
    )


def encode2(
    app_id: str,
    app_certificate: str,
    channel_name: str,
    uid: int,
    *,
    unix_ts: int,
    random_int: int,
    expired_ts: int,
) -> str:
    """Build a DynamicKey2: a DynamicKey3 without the '003' prefix."""
    return encode3(
        app_id,
        app_certificate,
        channel_name,
        uid,
        unix_ts=unix_ts,
        random_int=random_int,
        expired_ts=expired_ts,
        prefix="",
    )


def _decode23(text: str, name: str, offset: int) -> tuple[str, str, int, int, int, int]:
    o = offset
    return (
        text[o : o + 40],
        text[o + 40 : o + 72],
        _decimal(text[o + 72 : o + 82], name, "unix_ts", o + 72),
        int(text[o + 82 : o + 90], 16),
        _decimal(text[o + 90 : o + 100], name, "uid", o + 90),
        _decimal(text[o + 100 : o + 110], name, "expired_ts", o + 100),
    )


def decode3(text: str) -> DynamicKey3:
    """Parse a DynamicKey3 without checking its signature."""
    _check_fixed(text, "DynamicKey3", "003", 113)
    return DynamicKey3(*_decode23(text, "DynamicKey3", 3))


def decode2(text: str) -> DynamicKey2:
    """Parse a DynamicKey2 (no prefix) without checking its signature."""
    _check_fixed(text, "DynamicKey2", "", 110)
    return DynamicKey2(*_decode23(text, "DynamicKey2", 0))


def verify23(key: DynamicKey3, app_certificate: str, channel_name: str) -> bool:
    """True when the certificate signs the DynamicKey3/2 for this channel."""
    expected = _dk23_signature(
        key.app_id,
        app_certificate,
        channel_name,
        key.uid,
        key.unix_ts,
        key.random_int,
        key.expired_ts,
    )
    return _same_hex(expected, key.signature)


# --- DynamicKey v1 ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DynamicKey1:
    """A decoded DynamicKey v1 (001)."""

    format: ClassVar[str] = "001"
    signature: str
    app_id: str
    unix_ts: int
    random_int: int

    @property
    def expires_at(self) -> None:
        """The key's expiry, unix seconds (0: never; v1 keys have none)."""
        return None


def _dk1_signature(
    app_id: str, app_certificate: str, channel_name: str, unix_ts: int, random_int: int
) -> str:
    # python3 pads a short app id with NULs to 32 characters; normal ids are unaffected.
    padded = app_id.ljust(32, "\0")
    msg = padded + pad10(unix_ts) + hex8(random_int) + channel_name
    return _sha1_hex(app_certificate.encode("utf-8"), msg)


def encode1(
    app_id: str, app_certificate: str, channel_name: str, *, unix_ts: int, random_int: int
) -> str:
    """Build a DynamicKey v1 for a channel."""
    sig = _dk1_signature(app_id, app_certificate, channel_name, unix_ts, random_int)
    return sig + app_id + pad10(unix_ts) + hex8(random_int)


def decode1(text: str) -> DynamicKey1:
    """Parse a DynamicKey v1 without checking its signature."""
    _check_fixed(text, "DynamicKey (v1)", "", 90)
    return DynamicKey1(
        signature=text[0:40],
        app_id=text[40:72],
        unix_ts=_decimal(text[72:82], "DynamicKey (v1)", "unix_ts", 72),
        random_int=int(text[82:90], 16),
    )


def verify1(key: DynamicKey1, app_certificate: str, channel_name: str) -> bool:
    """True when the certificate signs the v1 key for this channel."""
    expected = _dk1_signature(
        key.app_id, app_certificate, channel_name, key.unix_ts, key.random_int
    )
    return _same_hex(expected, key.signature)


# --- shared ----------------------------------------------------------------------------------


def _check_fixed(text: str, name: str, prefix: str, length: int) -> None:
    if not text.startswith(prefix):
        raise MalformedTokenError(
            msg(
                "A {name} starts with {prefix}, this text starts with {start}.",
                name=name,
                prefix=repr(prefix),
                start=repr(text[: len(prefix)]),
            )
        )
    if len(text) != length:
        raise MalformedTokenError(
            msg(
                "A {name} is exactly {length} characters long, this text has {count}.",
                name=name,
                length=length,
                count=len(text),
            )
        )
    if not is_hex(text):
        bad = next(i for i, c in enumerate(text) if not is_hex(c))
        raise MalformedTokenError(
            msg(
                "A {name} holds only hexadecimal digits, but position {position} is {char}.",
                name=name,
                position=bad,
                char=repr(text[bad]),
            )
        )


def _decimal(part: str, name: str, field_name: str, offset: int) -> int:
    if not _DIGITS.match(part):
        raise MalformedTokenError(
            msg(
                "The {field} of a {name} is 10 decimal digits at position {offset}, found {part}.",
                field=field_name,
                name=name,
                offset=offset,
                part=repr(part),
            )
        )
    return int(part)
