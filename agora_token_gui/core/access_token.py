"""AccessToken, version "006": encode, decode and verify (token-formats.md §3)."""

from __future__ import annotations

import hmac
import struct
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Final

from .encoding import b64decode, b64encode
from .errors import InvalidInputError, MalformedTokenError
from .packing import Reader, pack_bytes, pack_priv_map, u32

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


def message(salt: int, ts: int, privileges: Mapping[int, int]) -> bytes:
    try:
        return u32(salt) + u32(ts) + pack_priv_map(privileges)
    except struct.error as exc:
        raise InvalidInputError(f"A number is out of range for its field ({exc}).") from exc


def signature(app_certificate: str, app_id: str, channel_name: str, uid: str, msg: bytes) -> bytes:
    signed = (app_id + channel_name + uid).encode("utf-8") + msg
    return hmac.digest(app_certificate.encode("utf-8"), signed, "sha256")


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
    sig = signature(app_certificate, app_id, channel_name, uid, msg)
    content = pack_bytes(sig) + u32(crc32(channel_name)) + u32(crc32(uid)) + pack_bytes(msg)
    return VERSION + app_id + b64encode(content)


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
    content = b64decode(text[35:], "AccessToken body")
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
    return hmac.compare_digest(expected, token.signature)
