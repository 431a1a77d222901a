"""AccessToken, version "006": encode, decode and verify (token-formats.md §3)."""

from __future__ import annotations

import binascii
import struct
import zlib
from collections.abc import Mapping
from itertools import chain
from typing import ClassVar, Final, NamedTuple

from . import crypto
from .encoding import b64decode, require_unicode
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


class _AccessTokenFields(NamedTuple):
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


class AccessToken(_AccessTokenFields):
    """A decoded 006 token: channel and uid are only present as CRC-32s.

    A named tuple (built with one ``tuple.__new__``, see access_token2.Service); the subclass
    only adds the ``format`` class attribute.
    """

    __slots__ = ()
    format: ClassVar[str] = VERSION

    @property
    def expires_at(self) -> int:
        return self.ts


_SALT_TS_COUNT: Final = struct.Struct("<IIH")  # the head of the privilege message m
_CRCS_AND_LENGTH: Final = struct.Struct("<IIH")  # crc_channel_name, crc_uid, Str(m) length
# Str(signature) of HMAC-SHA256's 32 bytes, the CRCs and Str(m)'s length: the body up to m.
_SIGNATURE_CRCS_AND_LENGTH: Final = struct.Struct("<H32sIIH")
# ... and the head of m: the whole fixed part of a token with a 32-byte signature.
_COMMON_HEAD: Final = struct.Struct("<H32sIIHIIH")
_U16: Final = struct.Struct("<H")
# salt, ts and a PrivMap of n entries in one struct; every builder writes at most four.
_MESSAGES: Final = tuple(struct.Struct("<IIH" + "HI" * n) for n in range(9))
_PAIRS: Final = tuple(struct.Struct("<" + "HI" * n) for n in range(9))


def message(salt: int, ts: int, privileges: Mapping[int, int]) -> bytes:
    try:
        count = len(privileges)
        if count == 4:  # the RTC publisher's: ids already ascending need no sort
            k1, k2, k3, k4 = privileges
            if not k1 < k2 < k3 < k4:
                k1, k2, k3, k4 = sorted(privileges)
            return _MESSAGES[4].pack(
                salt, ts, 4, k1, privileges[k1], k2, privileges[k2],
                k3, privileges[k3], k4, privileges[k4],
            )  # fmt: skip
        if count < len(_MESSAGES):
            flat = chain.from_iterable(sorted(privileges.items()))
            return _MESSAGES[count].pack(salt, ts, count, *flat)
        return u32(salt) + u32(ts) + pack_priv_map(privileges)
    except struct.error as exc:
        raise InvalidInputError(f"A number is out of range for its field ({exc}).") from exc


def signature(app_certificate: str, app_id: str, channel_name: str, uid: str, msg: bytes) -> bytes:
    signed = (app_id + channel_name + uid).encode("utf-8") + msg
    return crypto.hmac_digest(app_certificate.encode("utf-8"), signed, "sha256")


_crc32: Final = zlib.crc32
_b2a_base64: Final = binascii.b2a_base64


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
    signed = b"".join((app_id.encode("utf-8"), channel, who, msg))  # = signature()'s message
    sig = crypto.hmac_digest(app_certificate.encode("utf-8"), signed, "sha256")
    head = _SIGNATURE_CRCS_AND_LENGTH.pack(32, sig, _crc32(channel), _crc32(who), len(msg))
    return f"{VERSION}{app_id}{_b2a_base64(head + msg, newline=False).decode('ascii')}"


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


_tuple_new: Final = tuple.__new__


def _parse_fast(app_id: str, content: bytes) -> AccessToken:
    """Parse an intact body; raises struct.error at the first oddity (see access_token2).

    Builds the named tuple with ``tuple.__new__``: equal to what ``_parse_careful`` builds.
    """
    size = len(content)
    if size >= _COMMON_HEAD.size:  # a 32-byte signature, as always: the fixed part in one call
        sig_length, sig, crc_channel, crc_uid, message_length, salt, ts, count = (
            _COMMON_HEAD.unpack_from(content)
        )
        end = 44 + message_length
        if sig_length == 32 and end <= size and 10 + 6 * count <= message_length:
            # (m holds its head and all its pairs: reading them from content reads m)
            if count == 4:
                k1, v1, k2, v2, k3, v3, k4, v4 = _PAIRS[4].unpack_from(content, 54)
                privileges = {k1: v1, k2: v2, k3: v3, k4: v4}
            elif count == 1:
                k1, v1 = _PAIRS[1].unpack_from(content, 54)
                privileges = {k1: v1}
            else:
                privileges = _privileges(content, 54, count)
            return _tuple_new(
                AccessToken,
                (
                    app_id,
                    sig,
                    crc_channel,
                    crc_uid,
                    content[44:end],
                    salt,
                    ts,
                    privileges,
                    content[end:],
                    content[54 + 6 * count : end],
                ),
            )
    (length,) = _U16.unpack_from(content, 0)
    crc_channel, crc_uid, message_length = _CRCS_AND_LENGTH.unpack_from(content, 2 + length)
    start = 2 + length + 10
    end = start + message_length
    if end > len(content):
        raise struct.error("the privilege message runs past the end")
    msg = content[start:end]
    salt, ts, count = _SALT_TS_COUNT.unpack_from(msg, 0)
    return _tuple_new(
        AccessToken,
        (
            app_id,
            content[2 : 2 + length],
            crc_channel,
            crc_uid,
            msg,
            salt,
            ts,
            _privileges(msg, 10, count),
            content[end:],
            msg[10 + 6 * count :],
        ),
    )


def _privileges(data: bytes, offset: int, count: int) -> dict[int, int]:
    """A PrivMap's ``count`` pairs from ``offset``; a repeated id: the last value wins."""
    if count < len(_PAIRS):
        flat = _PAIRS[count].unpack_from(data, offset)
        return dict(zip(flat[::2], flat[1::2], strict=True))
    privileges = {}
    for index in range(count):
        key, value = _PAIRS[1].unpack_from(data, offset + 6 * index)
        privileges[key] = value
    return privileges


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
    # signature(), inline: the hot path of every 006 verification.
    signed = f"{token.app_id}{channel_name}{uid}".encode() + token.message
    expected = crypto.hmac_digest(app_certificate.encode("utf-8"), signed, "sha256")
    return crypto.compare_digest(expected, token.signature)
