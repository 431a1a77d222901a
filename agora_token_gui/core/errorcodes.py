"""Agora SDK error codes that a token can cause, and which diagnose findings explain each.

Sources (read for this table; names and numbers copied only where a source states them):

* Agora FAQ "How to deal with token-related error codes?"
  (docs.agora.io/en/help/integration-issues/token_related_issues) and its older version
  "How to solve token-related errors?" (docs.agora.io/en/faq/token_error): 101
  ERR_INVALID_APP_ID (Web ERR_INVALID_VENDOR_KEY), 109 ERR_TOKEN_EXPIRED (Web
  ERR_DYNAMIC_KEY_TIMEOUT), 118 Web ERR_DYNAMIC_KEY_EXPIRED, 110 ERR_INVALID_TOKEN (Web
  ERR_NO_AUTHORIZED) and Web 119 ERR_STATIC_USE_DYNAMIC_KEY.
* The native RTC SDK headers (IAgoraRtcEngine.h, ERROR_CODE_TYPE): 5 ERR_REFUSED,
  119 ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED, 120 ERR_DECRYPTION_FAILED. The native SDKs may return
  these as negative numbers (-110 is 110), as Agora's error-code page says.
* RTM 1.x (Signaling 1.x) API reference, LoginError: 5 LOGIN_ERR_INVALID_TOKEN,
  6 LOGIN_ERR_TOKEN_EXPIRED.
* RTM / Signaling 2.x SDK header (RTM_ERROR_CODE): -10005 RTM_ERROR_INVALID_TOKEN,
  -10009 RTM_ERROR_TOKEN_EXPIRED.

Not included because no source we could read confirms it: a numeric code for the Web SDK's
DYNAMIC_USE_STATIC_KEY (joining without a token while the project has an App Certificate).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from .text import msg

# Findings that make a token invalid in Agora's sense ("110"): the server cannot match it.
INVALID_FINDINGS: Final = (
    "malformed",
    "repaired_whitespace",
    "repaired_url_encoding",
    "app_id_mismatch",
    "signature_invalid",
    "certificate_case",
    "channel_mismatch",
    "uid_mismatch",
    "uid_type_mismatch",
    "not_yet_valid",
    "missing_service",
    "missing_privilege",
)
EXPIRED_FINDINGS: Final = ("expired", "privilege_expired")


@dataclass(frozen=True, slots=True)
class ErrorCode:
    """An Agora error code: what it means and what usually causes it."""

    code: int
    product: str  # where the number has this meaning: "RTC", "RTM 1.x", "Signaling 2.x" (Text)
    name: str  # the official constant name(s)
    meaning: str  # one clause, no trailing period (Text)
    explained_by: tuple[str, ...]  # finding codes that can cause it
    fix: str  # Text


_CODES: Final[tuple[ErrorCode, ...]] = (
    ErrorCode(
        101,
        msg("RTC"),
        "ERR_INVALID_APP_ID (Web: ERR_INVALID_VENDOR_KEY)",
        msg("the App ID the app passed is not valid"),
        ("app_id_mismatch",),
        msg("Initialise the SDK with the project's App ID as a 32-character string."),
    ),
    ErrorCode(
        109,
        msg("RTC"),
        "ERR_TOKEN_EXPIRED (Web: ERR_DYNAMIC_KEY_TIMEOUT)",
        msg("the token has expired"),
        EXPIRED_FINDINGS,
        msg("Generate a new token on the server and pass it with renewToken or a new join."),
    ),
    ErrorCode(
        110,
        msg("RTC"),
        "ERR_INVALID_TOKEN (Web: ERR_NO_AUTHORIZED)",
        msg(
            "the token is not valid: a wrong App Certificate or App ID, another channel or uid, "
            "or a token where the project has no App Certificate enabled (or none where it has)"
        ),
        INVALID_FINDINGS,
        msg(
            "Build the token with the same App ID, channel and uid the app joins with, signed "
            "with the project's App Certificate."
        ),
    ),
    ErrorCode(
        118,
        msg("RTC Web"),
        "ERR_DYNAMIC_KEY_EXPIRED",
        msg("the token has expired"),
        EXPIRED_FINDINGS,
        msg("Generate a new token on the server and join again with it."),
    ),
    ErrorCode(
        119,
        msg("RTC"),
        "ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED (Web SDK: ERR_STATIC_USE_DYNAMIC_KEY)",
        msg(
            "native SDKs: switching the client role failed; Web SDK: a token was used although the "
            "project has no App Certificate enabled"
        ),
        ("missing_privilege", "privilege_expired"),
        msg(
            "Native: give the user a token with the publish privileges before switching to the "
            "host role; Web: enable the App Certificate or join without a token."
        ),
    ),
    ErrorCode(
        120,
        msg("RTC"),
        "ERR_DECRYPTION_FAILED",
        msg(
            "decrypting the media stream failed (another encryption key or mode), which is not "
            "a token problem"
        ),
        (),
        msg("Use the same encryption mode and key on every client in the channel."),
    ),
    ErrorCode(
        5,
        msg("RTM 1.x"),
        "LOGIN_ERR_INVALID_TOKEN",
        msg("the RTM login token is not valid"),
        INVALID_FINDINGS,
        msg(
            "Build an RTM token for the exact user id the app logs in with, signed with the "
            "project's App Certificate."
        ),
    ),
    ErrorCode(
        6,
        msg("RTM 1.x"),
        "LOGIN_ERR_TOKEN_EXPIRED",
        msg("the RTM login token has expired"),
        EXPIRED_FINDINGS,
        msg("Generate a new RTM token and log in again."),
    ),
    ErrorCode(
        -10005,
        msg("Signaling 2.x"),
        "RTM_ERROR_INVALID_TOKEN",
        msg("the token is not valid"),
        INVALID_FINDINGS,
        msg(
            "Build an RTM token for the exact user id the app logs in with, signed with the "
            "project's App Certificate."
        ),
    ),
    ErrorCode(
        -10009,
        msg("Signaling 2.x"),
        "RTM_ERROR_TOKEN_EXPIRED",
        msg("the token has expired"),
        EXPIRED_FINDINGS,
        msg("Generate a new token and call renewToken or log in again."),
    ),
)
# RTC meaning of the small numbers that RTM 1.x reuses (native ERROR_CODE_TYPE).
_RTC_REFUSED: Final = ErrorCode(
    5,
    msg("RTC"),
    "ERR_REFUSED",
    msg("the SDK refused the call, which is not a token problem"),
    (),
    msg("Check the call sequence in the SDK log."),
)

_BY_KEY: Final[Mapping[tuple[str, int], ErrorCode]] = {
    ("rtm" if c.product == "RTM 1.x" else "other", c.code): c for c in _CODES
}
_NAME: Final = re.compile(r"[A-Z][A-Z0-9_]+")
_RTM_PREFIX: Final = re.compile(r"(?i)\s*rtm\s*[:#-]?\s*(-?\d+)\s*\Z")


def _by_name(text: str) -> ErrorCode | None:
    wanted = text.strip().upper().removeprefix("AGORA_")
    for code in (*_CODES, _RTC_REFUSED):
        names = {n.removeprefix("ERR_") for n in _NAME.findall(code.name)}
        names |= set(_NAME.findall(code.name))
        if wanted in names or wanted.removeprefix("ERR_") in names:
            return code
    return None


def lookup(text: str, *, rtm: bool = False) -> ErrorCode | None:
    """Find a code given as ``110``, ``-110``, ``RTM 5``, ``-10005`` or a constant name.

    ``rtm`` says the failure was an RTM login, where small numbers have their RTM 1.x meaning.
    Returns None for a code this table does not know (its meaning is then not claimed).
    """
    match = _RTM_PREFIX.match(text)
    if match:
        rtm, raw = True, match.group(1)
    else:
        raw = text.strip()
    if not re.fullmatch(r"[+-]?\d+", raw):
        return _by_name(raw)
    number = int(raw)
    if -1000 < number < 0:  # native SDKs return -110 for 110; -10005 keeps its sign
        number = -number
    if rtm and ("rtm", number) in _BY_KEY:
        return _BY_KEY["rtm", number]
    if number == 5:
        return _RTC_REFUSED
    return _BY_KEY.get(("other", number))
