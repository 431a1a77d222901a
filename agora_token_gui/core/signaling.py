"""The legacy signaling SDK token: ``1:app_id:expired_ts:md5`` (token-formats.md §8)."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import ClassVar, Final

from .errors import MalformedTokenError

PATTERN: Final = re.compile(r"1:([^:]+):([0-9]+):([0-9a-f]{32})\Z")


@dataclass(frozen=True, slots=True)
class SignalingToken:
    format: ClassVar[str] = "signaling"
    app_id: str
    expired_ts: int
    signature: str

    @property
    def expires_at(self) -> int:
        return self.expired_ts


def _digest(account: str, app_id: str, app_certificate: str, expired_ts: int) -> str:
    text = account + app_id + app_certificate + str(expired_ts)
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def encode(app_id: str, app_certificate: str, account: str, expired_ts: int) -> str:
    """``expired_ts`` is an absolute unix time (python3/Go/Java convention)."""
    return f"1:{app_id}:{expired_ts}:{_digest(account, app_id, app_certificate, expired_ts)}"


def decode(text: str) -> SignalingToken:
    match = PATTERN.match(text)
    if match is None:
        raise MalformedTokenError(
            "A signaling token looks like '1:<app id>:<expiry seconds>:<32 lowercase hex>'; "
            "this text does not."
        )
    return SignalingToken(match.group(1), int(match.group(2)), match.group(3))


def verify(token: SignalingToken, app_certificate: str, account: str) -> bool:
    expected = _digest(account, token.app_id, app_certificate, token.expired_ts)
    return hmac.compare_digest(expected.encode(), token.signature.encode())
