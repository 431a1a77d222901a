"""Tokens for tests, built by the core with pinned time and salt."""

from __future__ import annotations

from collections.abc import Mapping

from agora_token_gui.core.build import build

APP = "970CA35de60c44645bbae8a215061b33"
CERT = "5CFd2fd1755d40ecb72977518be15d3b"
T = 1_700_000_000


AK = "WBak3nXcB8Yq0LtV2rQm"
SK = "WBsk7Hs9LpQ2vX4cZ1mN8bR5tY0uIo3e"


def make(request: dict[str, object], *, salt: int | None = None) -> str:
    """Build ``request`` (its kind's credentials added) issued at T; salt 1 unless given."""
    credentials: Mapping[str, object] = {
        "whiteboard": {"access_key": AK, "secret_access_key": SK},
        "stream_key": {"app_certificate": CERT},
    }.get(str(request["format"]), {"app_id": APP, "app_certificate": CERT})
    full: dict[str, object] = {**credentials, **request}
    randint = (lambda low, high: low) if salt is None else (lambda low, high: salt)
    return build(full, now=T, randint=randint).token


def rtc(salt: int | None = None, **changes: object) -> str:
    """A 007 RTC publisher token for channel "demo", uid 123, one hour, issued at T."""
    request: dict[str, object] = {
        "format": "007",
        "builder": "rtc_uid",
        "channel_name": "demo",
        "uid": 123,
        "role": 1,
        "token_expire": 3600,
        "privilege_expire": 3600,
    }
    request.update(changes)
    return make(request, salt=salt)
