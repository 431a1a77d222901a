"""Building (requests.md): the one path from a valid request to a token, ``build``.

Time and randomness are arguments: ``now`` pins the issue time and ``randint`` draws salts.
"""

from __future__ import annotations

import dataclasses
import os
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from . import access_token, access_token2, dynamic_key, signaling
from .access_token2 import Service, md5_hex
from .catalog import DAY, Pin
from .errors import InvalidInputError
from .packing import MAX_U32
from .request import Problem, TokenRequest, _plan, parse_request

SALT_RANGE: Final = (1, 99_999_999)

RandInt = Callable[[int, int], int]


# os.urandom underneath, as the secrets module uses (importing secrets would load OpenSSL).
_SYSTEM_RANDOM: Final = random.SystemRandom()
_urandom: Final = os.urandom


def secure_randint(low: int, high: int) -> int:
    """A cryptographically random integer in [low, high].

    ``_SYSTEM_RANDOM.randint(low, high)`` without its five layers of calls: the same algorithm
    (randrange, _randbelow_with_getrandbits and SystemRandom.getrandbits: os.urandom bytes,
    shifted to the bit length of the range, drawn again while out of range), so the same values
    from the same random bytes.
    """
    span = high - low + 1
    if span <= 0:
        return _SYSTEM_RANDOM.randint(low, high)  # raises randint's error
    bits = span.bit_length()
    size = (bits + 7) // 8
    shift = size * 8 - bits
    value = int.from_bytes(_urandom(size), "big") >> shift
    while value >= span:
        value = int.from_bytes(_urandom(size), "big") >> shift
    return low + value


@dataclass(frozen=True, slots=True)
class BuildResult:
    token: str
    request: TokenRequest
    pinned: Mapping[str, int] = field(default_factory=dict)  # the pins actually used
    warnings: tuple[Problem, ...] = ()


# Building the frozen dataclass of every result without its __init__, whose per-field
# object.__setattr__ calls cost more than the slot setters: equal objects, made faster.
_new: Final = object.__new__
_set_token, _set_request, _set_pinned, _set_result_warnings = (
    BuildResult.__dict__[f.name].__set__ for f in dataclasses.fields(BuildResult)
)


def _pin(request: TokenRequest, name: str, now: int, randint: RandInt) -> int:
    if name in request.values:
        return request.int(name)
    pin = _plan(request.kind).pins[name]
    if pin is Pin.NOW:
        return now
    if pin is Pin.NOW_PLUS_DAY:
        if now + DAY > MAX_U32:
            raise InvalidInputError("The default token expiry (now + 24 h) is after 2106.", name)
        return now + DAY
    if pin is Pin.SALT:
        return randint(*SALT_RANGE)
    return randint(0, MAX_U32)


def _identity(uid: int) -> str:
    """007 and 006 write a numeric uid as text, and uid 0 as "" (any user)."""
    return "" if uid == 0 else str(uid)


def _rtc_privileges(role: int, value: int, publisher_roles: tuple[int, ...]) -> dict[int, int]:
    if role in publisher_roles:
        return {1: value, 2: value, 3: value, 4: value}
    return {1: value}


def _services_007(r: TokenRequest) -> tuple[int, list[Service]]:
    """The header expire and the services of a 007 builder (token-formats.md §2.9)."""
    b = r.kind.builder
    if b == "services":
        services = r.values["services"]
        assert isinstance(services, tuple)
        return r.int("expire"), list(services)
    if b in ("rtc_uid", "rtc_account", "rtc_rtm"):
        who = _identity(r.int("uid")) if b == "rtc_uid" else r.str("account")
        privileges = _rtc_privileges(r.int("role"), r.int("privilege_expire"), (1,))
        services = [Service(1, privileges, channel_name=r.str("channel_name"), uid=who)]
        if b == "rtc_rtm":
            services.append(Service(2, {1: r.int("token_expire")}, user_id=who))
        return r.int("token_expire"), services
    if b in ("rtc_uid_privileges", "rtc_account_privileges"):
        who = _identity(r.int("uid")) if b == "rtc_uid_privileges" else r.str("account")
        privileges = {
            1: r.int("join_channel_privilege_expire"),
            2: r.int("pub_audio_privilege_expire"),
            3: r.int("pub_video_privilege_expire"),
            4: r.int("pub_data_stream_privilege_expire"),
        }
        return r.int("token_expire"), [
            Service(1, privileges, channel_name=r.str("channel_name"), uid=who)
        ]
    if b == "rtc_rtm2":
        privileges = {1: r.int("join_channel_privilege_expire")}
        if r.int("rtc_role") == 1:
            privileges[2] = r.int("pub_audio_privilege_expire")
            privileges[3] = r.int("pub_video_privilege_expire")
            privileges[4] = r.int("pub_data_stream_privilege_expire")
        return r.int("rtc_token_expire"), [
            Service(1, privileges, channel_name=r.str("channel_name"), uid=r.str("rtc_account")),
            Service(2, {1: r.int("rtm_token_expire")}, user_id=r.str("rtm_user_id")),
        ]
    if b == "rtm":
        return r.int("expire"), [Service(2, {1: r.int("expire")}, user_id=r.str("user_id"))]
    if b == "rtm_permissions":
        permissions = r.values["permissions"]
        assert isinstance(permissions, dict)
        return r.int("expire"), [
            Service(8, {1: r.int("expire")}, user_id=r.str("user_id"), permissions=permissions)
        ]
    if b == "chat_user":
        return r.int("expire"), [Service(5, {1: r.int("expire")}, user_id=r.str("user_id"))]
    if b == "chat_app":
        return r.int("expire"), [Service(5, {2: r.int("expire")}, user_id="")]
    if b.endswith("_room_user"):
        expire, user = r.int("expire"), r.str("user_uuid")
        return expire, [
            Service(
                7, {1: expire}, room_uuid=r.str("room_uuid"), user_uuid=user, role=r.int("role")
            ),
            Service(2, {1: expire}, user_id=user),
            Service(5, {1: expire}, user_id=md5_hex(user)),
        ]
    if b.endswith("_user"):
        return r.int("expire"), [
            Service(7, {2: r.int("expire")}, room_uuid="", user_uuid=r.str("user_uuid"), role=-1)
        ]
    if b.endswith("_app"):
        return r.int("expire"), [Service(7, {3: r.int("expire")}, role=-1)]
    assert b == "fpa", b
    return DAY, [Service(4, {1: 0})]


_SIMPLE_ROLES: Final[Mapping[int, tuple[int, ...]]] = {
    1: (1, 2, 3, 4),
    2: (1, 2, 3, 4),
    3: (1,),
    4: (1, 2, 3, 4),
}
_DK5_TYPES: Final = {
    "media_channel": 1,
    "recording": 2,
    "public_sharing": 3,
    "in_channel_permission": 4,
}
_DK4_TAGS: Final = {"media_channel": "ACS", "recording": "ARS", "public_sharing": "APSS"}


def _build(r: TokenRequest, now: int, randint: RandInt) -> tuple[str, dict[str, int]]:
    fmt, b = r.kind.format, r.kind.builder
    if fmt == "007":
        issue_ts, salt = _pin(r, "issue_ts", now, randint), _pin(r, "salt", now, randint)
        expire, services = _services_007(r)
        token = access_token2.encode(
            r.app_id, r.app_certificate, services, issue_ts=issue_ts, expire=expire, salt=salt
        )
        return token, {"issue_ts": issue_ts, "salt": salt}
    if fmt == "006":
        ts, salt = _pin(r, "ts", now, randint), _pin(r, "salt", now, randint)
        if b == "privileges":
            channel, uid = r.str("channel_name"), r.str("uid")
            privileges = r.values["privileges"]
            assert isinstance(privileges, dict)
        elif b == "rtm":
            channel, uid = r.str("user_account"), ""
            privileges = {1000: r.int("privilege_expired_ts")}
        elif b == "simple":
            channel, uid = r.str("channel_name"), _identity(r.int("uid"))
            privileges = dict.fromkeys(_SIMPLE_ROLES[r.int("role")], 0)
        else:
            channel = r.str("channel_name")
            uid = _identity(r.int("uid")) if b == "rtc_uid" else r.str("account")
            privileges = _rtc_privileges(r.int("role"), r.int("privilege_expired_ts"), (0, 1, 101))
        token = access_token.encode(
            r.app_id, r.app_certificate, channel, uid, privileges, salt=salt, ts=ts
        )
        return token, {"ts": ts, "salt": salt}
    if fmt == "signaling":
        return signaling.encode(
            r.app_id, r.app_certificate, r.str("account"), r.int("expired_ts")
        ), {}
    unix_ts, random_int = _pin(r, "unix_ts", now, randint), _pin(r, "random_int", now, randint)
    pins = {"unix_ts": unix_ts, "random_int": random_int}
    channel = r.str("channel_name")
    if fmt == "001":
        return dynamic_key.encode1(
            r.app_id, r.app_certificate, channel, unix_ts=unix_ts, random_int=random_int
        ), pins
    key_uid, expired_ts = r.int("uid"), r.int("expired_ts")
    if fmt == "005":
        extra = {1: r.str("permission")} if b == "in_channel_permission" else {}
        token = dynamic_key.encode5(
            _DK5_TYPES[b],
            r.app_id,
            r.app_certificate,
            channel,
            key_uid,
            unix_ts=unix_ts,
            random_int=random_int,
            expired_ts=expired_ts,
            extra=extra,
        )
    elif fmt == "004":
        token = dynamic_key.encode4(
            _DK4_TAGS[b],
            r.app_id,
            r.app_certificate,
            channel,
            key_uid,
            unix_ts=unix_ts,
            random_int=random_int,
            expired_ts=expired_ts,
        )
    else:
        token = dynamic_key.encode3(
            r.app_id,
            r.app_certificate,
            channel,
            key_uid,
            unix_ts=unix_ts,
            random_int=random_int,
            expired_ts=expired_ts,
            prefix="003" if fmt == "003" else "",
        )
    return token, pins


def build(
    request: TokenRequest | Mapping[str, object],
    *,
    now: int | None = None,
    randint: RandInt | None = None,
) -> BuildResult:
    """Build the token a request describes; time and randomness are arguments.

    Raises:
        InvalidInputError: the request is invalid (the message names the field).
    """
    current = int(time.time()) if now is None else now
    return _build_result(request, current, randint or secure_randint)


def _build_result(
    request: TokenRequest | Mapping[str, object], now: int, randint: RandInt
) -> BuildResult:
    if not isinstance(request, TokenRequest):
        request = parse_request(request, now=now)
    token, pinned = _build(request, now, randint)
    result: BuildResult = _new(BuildResult)
    _set_token(result, token)
    _set_request(result, request)
    _set_pinned(result, pinned)
    _set_result_warnings(result, request.warnings)
    return result
