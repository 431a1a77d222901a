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
from .text import msg

VERSION: Final = "006"
# The parts a "cut off" or "damaged" message names (made once, translatable).
_APP_ID: Final = msg("App ID of this AccessToken")
_BODY: Final = msg("AccessToken body")
_MESSAGE: Final = msg("AccessToken privilege message")
_SIGNATURE: Final = msg("signature")
_THE_MESSAGE: Final = msg("the privilege message")
_PRIVILEGES: Final = msg("privileges")

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
    """The name of a 006 privilege id (join, publish audio ...), or 'unknown (N)'."""
    return PRIVILEGE_NAMES.get(privilege) or msg("unknown ({privilege})", privilege=privilege)


def crc32(text: str) -> int:
    """CRC-32 of the UTF-8 text, as 006 stores the channel name and the uid."""
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

    A named tuple; the subclass only adds the ``format`` class attribute.
    """

    __slots__ = ()
    format: ClassVar[str] = VERSION

    @property
    def expires_at(self) -> int:
        """The token's own expiry (ts), unix seconds."""
        return self.ts


# Str(signature) of HMAC-SHA256's 32 bytes, the CRCs and Str(m)'s length: the body up to m.
_SIGNATURE_CRCS_AND_LENGTH: Final = struct.Struct("<H32sIIH")
# salt, ts and a PrivMap of n entries in one struct; every builder writes at most four.
_MESSAGES: Final = tuple(struct.Struct("<IIH" + "HI" * n) for n in range(9))


def message(salt: int, ts: int, privileges: Mapping[int, int]) -> bytes:
    """The signed privilege message m: salt, ts and the PrivMap (§3.2)."""
    try:
        count = len(privileges)
        if count < len(_MESSAGES):
            flat = chain.from_iterable(sorted(privileges.items()))
            return _MESSAGES[count].pack(salt, ts, count, *flat)
        return u32(salt) + u32(ts) + pack_priv_map(privileges)
    except struct.error as exc:
        raise InvalidInputError(
            msg("A number is out of range for its field ({reason}).", reason=str(exc))
        ) from exc


def signature(app_certificate: str, app_id: str, channel_name: str, uid: str, msg: bytes) -> bytes:
    """HMAC-SHA256 of App ID, channel, uid and m under the certificate (§3.3)."""
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
            msg(
                "An AccessToken starts with '006', this text starts with {start}.",
                start=repr(text[:3]),
            )
        )
    app_id = text[3:35]
    if len(text) < 36:
        raise MalformedTokenError(
            msg(
                "An AccessToken has '006', a 32-character App ID and a Base64 body; this text is "
                "only {length} characters long.",
                length=len(text),
            )
        )
    if not app_id.isascii():
        require_unicode(app_id, _APP_ID, 3)
    content = b64decode(text[35:], _BODY)
    return _parse(app_id, content)


def _parse(app_id: str, content: bytes) -> AccessToken:
    reader = Reader(content, _BODY)
    sig = reader.raw_str(_SIGNATURE)
    crc_channel = reader.u32("crc_channel_name")
    crc_uid = reader.u32("crc_uid")
    signed = reader.raw_str(_THE_MESSAGE)
    trailing = reader.rest()
    inner = Reader(signed, _MESSAGE)
    salt = inner.u32("salt")
    ts = inner.u32("ts")
    privileges = inner.priv_map(_PRIVILEGES)
    return AccessToken(
        app_id=app_id,
        signature=sig,
        crc_channel_name=crc_channel,
        crc_uid=crc_uid,
        message=signed,
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
