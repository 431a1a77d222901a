"""Building (requests.md): the one path from a valid request to a token, ``build``.

Time and randomness are arguments: ``now`` pins the issue time and ``randint`` draws salts.
"""

from __future__ import annotations

import os
import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from .catalog import DAY, Pin
from .errors import InvalidInputError, TokenError
from .packing import MAX_U32
from .request import Problem, TokenRequest, parse_request
from .text import msg

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
    """A built token with the request it came from, the pins used and the warnings."""

    token: str
    request: TokenRequest
    pinned: Mapping[str, int | str] = field(default_factory=dict)  # the pins actually used
    warnings: tuple[Problem, ...] = ()


def _pins(request: TokenRequest, now: int, randint: RandInt) -> dict[str, int | str]:
    """The value of every pinned field of the request's kind: given, or its default now."""
    pins: dict[str, int | str] = {}
    for spec in request.kind.fields:
        pin = spec.pin
        if pin is None:
            continue
        name = spec.name
        if name in request.values:
            value = request.values[name]
            assert isinstance(value, (int, str))
            pins[name] = value
        elif pin is Pin.NOW:
            pins[name] = now
        elif pin is Pin.NOW_PLUS_DAY:
            if now + DAY > MAX_U32:
                raise InvalidInputError(
                    msg("The default token expiry (now + 24 h) is after 2106."), name
                )
            pins[name] = now + DAY
        elif pin is Pin.SALT:
            pins[name] = randint(*SALT_RANGE)
        elif pin is Pin.NOW_MS:
            pins[name] = now * 1000
        elif pin is Pin.UUID:  # random (v4), as the Go, Java and PHP references draw it
            pins[name] = str(uuid.UUID(int=randint(0, 2**128 - 1), version=4))
        elif pin is Pin.IV:
            pins[name] = f"{randint(0, 2**128 - 1):032x}"
        else:
            pins[name] = randint(0, MAX_U32)
    return pins


def _build(r: TokenRequest, now: int, randint: RandInt) -> tuple[str, dict[str, int | str]]:
    """The token and the pins used: the kind's own builder (catalog.KeyKind.build) does it."""
    pins = _pins(r, now, randint)
    values = {**r.values, **pins} if pins else r.values
    return r.kind.build(r.app_id, r.app_certificate, values), pins


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
    return BuildResult(token, request, pinned, request.warnings)


def built_expires_at(result: BuildResult) -> int | None:
    """When a token just built expires (unix seconds; 0 never; None: the format has no expiry).

    What the token says, except for a stream key, whose expiry is encrypted inside it: there the
    request tells (its creation time plus ``expires_after``).
    """
    if result.request.kind.format == "stream_key":
        now = result.pinned.get("now", result.request.values.get("now"))
        after = result.request.values.get("expires_after")
        if isinstance(now, int) and isinstance(after, int):
            return now + after
    from .detect import decode_exact  # detect is not needed to build

    try:
        return decode_exact(result.token).expires_at
    except TokenError:
        return None
