"""The legacy signaling SDK token: ``1:app_id:expired_ts:md5`` (token-formats.md §8)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Final

from . import crypto
from .encoding import require_unicode
from .errors import MalformedTokenError
from .text import msg

PATTERN: Final = re.compile(r"1:([^:]+):([0-9]+):([0-9a-f]{32})\Z")
# A 64-bit unix time has at most 20 digits; longer expiries are damage (and Python refuses to
# convert more than 4300 digits to int).
MAX_EXPIRY_DIGITS: Final = 20
_APP_ID: Final = msg("App ID of this signaling token")


@dataclass(frozen=True, slots=True)
class SignalingToken:
    """A decoded signaling (legacy RTM) token."""

    format: ClassVar[str] = "signaling"
    app_id: str
    expired_ts: int
    signature: str

    @property
    def expires_at(self) -> int:
        """The token's expiry, unix seconds."""
        return self.expired_ts


def _digest(account: str, app_id: str, app_certificate: str, expired_ts: int) -> str:
    text = account + app_id + app_certificate + str(expired_ts)
    return crypto.md5_hex(text)


def encode(app_id: str, app_certificate: str, account: str, expired_ts: int) -> str:
    """``expired_ts`` is an absolute unix time (python3/Go/Java convention)."""
    return f"1:{app_id}:{expired_ts}:{_digest(account, app_id, app_certificate, expired_ts)}"


def decode(text: str) -> SignalingToken:
    """Parse a signaling token without checking its signature."""
    match = PATTERN.match(text)
    if match is None:
        raise MalformedTokenError(
            msg(
                "A signaling token looks like '1:<app id>:<expiry seconds>:<32 lowercase hex>'; "
                "this text does not."
            )
        )
    app_id, expiry = match.group(1), match.group(2)
    require_unicode(app_id, _APP_ID, 2)
    if len(expiry) > MAX_EXPIRY_DIGITS:
        raise MalformedTokenError(
            msg(
                "The expiry of this signaling token is {digits} digits long; a unix time has at "
                "most {limit}.",
                digits=len(expiry),
                limit=MAX_EXPIRY_DIGITS,
            )
        )
    return SignalingToken(app_id, int(expiry), match.group(3))


def verify(token: SignalingToken, app_certificate: str, account: str) -> bool:
    """True when the certificate signs the token for this account."""
    expected = _digest(account, token.app_id, app_certificate, token.expired_ts)
    return crypto.compare_digest(expected.encode(), token.signature.encode())
