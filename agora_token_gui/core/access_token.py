"""AccessToken, version "006": encode, decode and verify (token-formats.md §3)."""

from __future__ import annotations

import dataclasses
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import ClassVar, Final

from . import crypto
from .encoding import b64decode, b64encode, require_unicode
from .errors import InvalidInputError, MalformedTokenError
from .packing import MAX_U16, Reader, pack_bytes, pack_priv_map, u32

VERSION: Final = "006"

PRIVILEGE_NAMES: Final[Mapping[int, str]] = {
    1: "kJoinChannel",
    2: "kPublishAudioStream",
    3: "kPublishVideoStream",
    4: "kPublishDataStream",
    1000: "kRtmLogin",
    # Historical ids, removed from the reference in 2021 but still found in old tokens.
    5: "kPublishAudiocdn",
    6: "kPublishVideoCdn",
    7: "kRequestPublishAudioStream",
    8: "kRequestPublishVideoStream",
    9: "kRequestPublishDataStream",
    10: "kInvitePublishAudioStream",
    11: "kInvitePublishVideoStream",
    12: "kInvitePublishDataStream",
    101: "kAdministrateChannel",
}
CURRENT_PRIVILEGES: Final = (1, 2, 3, 4, 1000)


def privilege_name(privilege: int) -> str:
    return PRIVILEGE_NAMES.get(privilege, f"unknown ({privilege})")


def crc32(text: str) -> int:
    return zlib.crc32(text.encode("utf-8")) & 0xFFFF_FFFF


@dataclass(frozen=True, slots=True)
class AccessToken:
    """A decoded 006 token: channel and uid are only present as CRC-32s."""

    format: ClassVar[str] = VERSION
    app_id: str
    signature: bytes
    crc_channel_name: int
    crc_uid: int
    message: bytes  # the raw signed privilege message ``m``
    salt: int
    ts: int
    privileges: Mapping[int, int]
    trailing: bytes = b""
    message_trailing: bytes = b""

    @property
    def expires_at(self) -> int:
        return self.ts


_SALT_TS_COUNT: Final = struct.Struct("<IIH")  # the head of the privilege message m
_CRCS_AND_LENGTH: Final = struct.Struct("<IIH")  # crc_channel_name, crc_uid, Str(m) length
_U16: Final = struct.Struct("<H")
# salt, ts and a PrivMap of n entries in one struct; every builder writes at most four.
_MESSAGES: Final = tuple(struct.Struct("<IIH" + "HI" * n) for n in range(9))
_PAIRS: Final = tuple(struct.Struct("<" + "HI" * n) for n in range(9))
_SIGNATURE_LENGTH: Final = b"\x20\x00"  # Str(signature): HMAC-SHA256 is always 32 bytes


def message(salt: int, ts: int, privileges: Mapping[int, int]) -> bytes:
    try:
        count = len(privileges)
        if count < len(_MESSAGES):
            flat = chain.from_iterable(sorted(privileges.items()))
            return _MESSAGES[count].pack(salt, ts, count, *flat)
        return u32(salt) + u32(ts) + pack_priv_map(privileges)
    except struct.error as exc:
        raise InvalidInputError(f"A number is out of range for its field ({exc}).") from exc


def signature(app_certificate: str, app_id: str, channel_name: str, uid: str, msg: bytes) -> bytes:
    signed = (app_id + channel_name + uid).encode("utf-8") + msg
    return crypto.hmac_digest(app_certificate.encode("utf-8"), signed, "sha256")


def encode(
    app_id: str,
    app_certificate: str,
    channel_name: str,
    uid: str,
    privileges: Mapping[int, int],
    *,
    salt: int,
    ts: int,
) -> str:
    """Build a 006 token; ``uid`` is the text written into the signature ("" = any user)."""
    msg = message(salt, ts, privileges)
    if len(msg) > MAX_U16:
        pack_bytes(msg)  # raises the "too long" error
    channel, who = channel_name.encode("utf-8"), uid.encode("utf-8")
    signed = app_id.encode("utf-8") + channel + who + msg  # = signature()'s message
    sig = crypto.hmac_digest(app_certificate.encode("utf-8"), signed, "sha256")
    crcs = _CRCS_AND_LENGTH.pack(zlib.crc32(channel), zlib.crc32(who), len(msg))
    return VERSION + app_id + b64encode(_SIGNATURE_LENGTH + sig + crcs + msg)


def decode(text: str) -> AccessToken:
    """Parse a 006 token without checking its signature.

    Raises:
        MalformedTokenError: wrong prefix, short app id, bad Base64 or a truncated field.
    """
    if not text.startswith(VERSION):
        raise MalformedTokenError(
            f"An AccessToken starts with '006', this text starts with {text[:3]!r}."
        )
    app_id = text[3:35]
    if len(text) < 36:
        raise MalformedTokenError(
            f"An AccessToken has '006', a 32-character App ID and a Base64 body; this text is "
            f"only {len(text)} characters long."
        )
    if not app_id.isascii():
        require_unicode(app_id, "App ID of this AccessToken", 3)
    content = b64decode(text[35:], "AccessToken body")
    try:
        return _parse_fast(app_id, content)
    except struct.error:
        pass
    # Damaged: read again field by field, which says exactly where and why it stops.
    return _parse_careful(app_id, content)


_new = object.__new__
_setters: list[Callable[[AccessToken, object], None]] = [
    AccessToken.__dict__[f.name].__set__ for f in dataclasses.fields(AccessToken)
]
(_s_app_id, _s_signature, _s_crc_channel, _s_crc_uid, _s_message, _s_salt, _s_ts, _s_privileges,
 _s_trailing, _s_message_trailing) = _setters  # fmt: skip


def _parse_fast(app_id: str, content: bytes) -> AccessToken:
    """Parse an intact body; raises struct.error at the first oddity (see access_token2)."""
    (length,) = _U16.unpack_from(content, 0)
    crc_channel, crc_uid, message_length = _CRCS_AND_LENGTH.unpack_from(content, 2 + length)
    start = 2 + length + 10
    end = start + message_length
    if end > len(content):
        raise struct.error("the privilege message runs past the end")
    msg = content[start:end]
    salt, ts, count = _SALT_TS_COUNT.unpack_from(msg, 0)
    if count < len(_PAIRS):
        flat = _PAIRS[count].unpack_from(msg, 10)
        privileges = dict(zip(flat[::2], flat[1::2], strict=True))
    else:
        privileges = {}
        for index in range(count):
            key, value = _PAIRS[1].unpack_from(msg, 10 + 6 * index)
            privileges[key] = value
    token = _new(AccessToken)
    _s_app_id(token, app_id)
    _s_signature(token, content[2 : 2 + length])
    _s_crc_channel(token, crc_channel)
    _s_crc_uid(token, crc_uid)
    _s_message(token, msg)
    _s_salt(token, salt)
    _s_ts(token, ts)
    _s_privileges(token, privileges)
    _s_trailing(token, content[end:])
    _s_message_trailing(token, msg[10 + 6 * count :])
    return token


def _parse_careful(app_id: str, content: bytes) -> AccessToken:
    reader = Reader(content, "AccessToken body")
    sig = reader.raw_str("signature")
    crc_channel = reader.u32("crc_channel_name")
    crc_uid = reader.u32("crc_uid")
    msg = reader.raw_str("the privilege message")
    trailing = reader.rest()
    inner = Reader(msg, "AccessToken privilege message")
    salt = inner.u32("salt")
    ts = inner.u32("ts")
    privileges = inner.priv_map("privileges")
    return AccessToken(
        app_id=app_id,
        signature=sig,
        crc_channel_name=crc_channel,
        crc_uid=crc_uid,
        message=msg,
        salt=salt,
        ts=ts,
        privileges=privileges,
        trailing=trailing,
        message_trailing=inner.rest(),
    )


def verify(token: AccessToken, app_certificate: str, channel_name: str, uid: str) -> bool:
    """HMAC over app id + channel + uid + the raw message bytes from the token."""
    expected = signature(app_certificate, token.app_id, channel_name, uid, token.message)
    return crypto.compare_digest(expected, token.signature)
