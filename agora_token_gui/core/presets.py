"""Presets for credentials Agora users still make by hand (issue #11).

* ConvoAI agent token: an ordinary 007 RTC+RTM token (``rtc_rtm``) whose account is the agent's
  uid as text, at most 24 h; and a check of a ConvoAI ``/join`` body against such a token.
* REST credentials: ``Authorization: Basic base64(customer_id:customer_secret)``.
* Media stream encryption: a 32-byte key as hex and a 32-byte salt as Base64.

Standard library only; randomness and time are arguments with defaults.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from . import timefmt
from .errors import InvalidInputError, TokenError, message_of
from .text import msg

CONVOAI_MAX_SECONDS: Final = 86_400
CONVOAI_DEFAULT_SECONDS: Final = 3_600
ENCRYPTION_BYTES: Final = 32
ERROR: Final = "error"
WARNING: Final = "warning"
OK: Final = "ok"
_CUSTOMER_ID: Final = msg("customer id")
_CUSTOMER_SECRET: Final = msg("customer secret")


# --- ConvoAI agent token ------------------------------------------------------------------------


def agent_uid_text(agent_uid: object) -> str:
    """The agent's uid as the token's account: a number written as decimal text, or text."""
    if isinstance(agent_uid, bool):
        pass
    elif isinstance(agent_uid, int) and 0 <= agent_uid <= 0xFFFF_FFFF:
        return str(agent_uid)
    elif isinstance(agent_uid, str) and agent_uid.strip():
        return agent_uid.strip()
    raise InvalidInputError(
        msg(
            "The agent uid must be a number 0..4294967295 or non-empty text, as in the /join "
            "body's agent_rtc_uid."
        ),
        "agent_uid",
    )


def convoai_request(
    app_id: str,
    app_certificate: str,
    channel_name: str,
    agent_uid: object,
    expire: int = CONVOAI_DEFAULT_SECONDS,
) -> dict[str, object]:
    """The request (requests.md, 007 ``rtc_rtm``) for a ConvoAI agent's RTC+RTM token.

    The agent joins RTC and logs in to RTM with one account, the uid as text; the privileges
    last as long as the token, which Agora caps at 24 h.
    """
    if isinstance(expire, bool) or not isinstance(expire, int) or not 0 < expire <= 86_400:
        raise InvalidInputError(
            msg(
                "A ConvoAI agent token lasts 1 s to 24 h ({limit} s); got {value}.",
                limit=CONVOAI_MAX_SECONDS,
                value=repr(expire),
            ),
            "token_expire",
        )
    return {
        "format": "007",
        "builder": "rtc_rtm",
        "app_id": app_id,
        "app_certificate": app_certificate,
        "channel_name": channel_name,
        "account": agent_uid_text(agent_uid),
        "role": 1,
        "token_expire": expire,
        "privilege_expire": expire,
    }


@dataclass(frozen=True, slots=True)
class JoinCheck:
    """One line of the /join check: ``ok``, ``warning`` or ``error``, and a sentence."""

    status: str
    message: str


def _join_properties(body: str) -> Mapping[str, object]:
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        from .reading import json_reason

        raise InvalidInputError(
            msg(
                "The /join body is not JSON ({reason} at line {line}, column {column}).",
                reason=json_reason(exc.msg),
                line=exc.lineno,
                column=exc.colno,
            ),
            "join_body",
        ) from exc
    if not isinstance(data, dict):
        raise InvalidInputError(msg("The /join body must be a JSON object."), "join_body")
    properties = data.get("properties", data)  # the request body, or its properties alone
    if not isinstance(properties, dict):
        raise InvalidInputError(msg("The /join body's properties must be an object."), "join_body")
    return properties


def check_join_body(body: str, token: str, now: int) -> tuple[JoinCheck, ...]:
    """Compare a ConvoAI ``/join`` body with the agent's token: channel, agent uid, expiry.

    Raises:
        InvalidInputError: the body is not a JSON object.
    """
    from .access_token2 import AccessToken2
    from .detect import decode

    properties = _join_properties(body)
    found: list[JoinCheck] = []
    in_body = properties.get("token")
    if isinstance(in_body, str) and in_body.strip() and in_body.strip() != token.strip():
        found.append(
            JoinCheck(ERROR, msg("The body carries a different token than the one checked here."))
        )
    try:
        decoded = decode(token).token
    except TokenError as exc:
        reason = message_of(exc)
        return (*found, JoinCheck(ERROR, msg("The token does not decode: {reason}", reason=reason)))
    if not isinstance(decoded, AccessToken2):
        return (
            *found,
            JoinCheck(
                ERROR, msg("A ConvoAI agent needs a 007 token (AccessToken2); this is not one.")
            ),
        )
    rtc = [s for s in decoded.services if s.type == 1]
    rtm = [s for s in decoded.services if s.type == 2]
    channel = properties.get("channel")
    if not isinstance(channel, str):
        found.append(JoinCheck(ERROR, msg("The body has no properties.channel.")))
    elif not rtc:
        found.append(JoinCheck(ERROR, msg("The token has no RTC service: the agent cannot join.")))
    elif all(s.channel_name != channel for s in rtc):
        names = ", ".join(repr(s.channel_name) for s in rtc)
        found.append(
            JoinCheck(
                ERROR,
                msg(
                    "The body's channel {channel} is not the token's ({names}).",
                    channel=repr(channel),
                    names=names,
                ),
            )
        )
    else:
        found.append(
            JoinCheck(OK, msg("Channel {channel} matches the token.", channel=repr(channel)))
        )
    uid = properties.get("agent_rtc_uid")
    if not isinstance(uid, (str, int)) or isinstance(uid, bool):
        found.append(JoinCheck(ERROR, msg("The body has no properties.agent_rtc_uid.")))
    else:
        text = str(uid)
        rtc_uids = {s.uid for s in rtc}
        if rtc and text not in rtc_uids and "" not in rtc_uids:
            shown = ", ".join(repr(u) for u in sorted(rtc_uids))
            found.append(
                JoinCheck(
                    ERROR,
                    msg(
                        "The body's agent_rtc_uid {uid} is not the token's RTC account ({shown}).",
                        uid=repr(text),
                        shown=shown,
                    ),
                )
            )
        elif rtc:
            found.append(
                JoinCheck(
                    OK, msg("Agent uid {uid} matches the token's RTC account.", uid=repr(text))
                )
            )
        if not rtm:
            found.append(
                JoinCheck(
                    WARNING,
                    msg(
                        "The token has no RTM service; agents that use RTM (advanced_features."
                        "enable_rtm) need an RTC+RTM token."
                    ),
                )
            )
        elif all(s.user_id != text for s in rtm):
            found.append(
                JoinCheck(
                    ERROR,
                    msg("The token's RTM user id is not the agent uid {uid}.", uid=repr(text)),
                )
            )
    lapse = decoded.expires_at
    if lapse <= now:
        found.append(JoinCheck(ERROR, msg("The token has expired: the agent cannot join.")))
    elif decoded.expire > CONVOAI_MAX_SECONDS:
        found.append(
            JoinCheck(WARNING, msg("The token lasts more than 24 h; Agora caps tokens at 24 h."))
        )
    else:
        left = timefmt.duration(lapse - now)
        found.append(
            JoinCheck(
                OK,
                msg(
                    "The token is valid for {left} more ({seconds} s).",
                    left=left,
                    seconds=lapse - now,
                ),
            )
        )
    idle = properties.get("idle_timeout")
    if isinstance(idle, int) and not isinstance(idle, bool) and lapse - now < idle:
        found.append(
            JoinCheck(WARNING, msg("The token expires before the agent's idle_timeout would end."))
        )
    return tuple(found)


# --- REST credentials ---------------------------------------------------------------------------


def basic_authorization(customer_id: str, customer_secret: str) -> str:
    """``Basic base64(customer_id:customer_secret)`` for Agora's RESTful APIs."""
    if not customer_id.strip():
        raise InvalidInputError(msg("The customer ID is empty."), "customer_id")
    if ":" in customer_id:
        raise InvalidInputError(
            msg(
                "The customer ID contains ':', which Basic authentication cannot carry; copy it "
                "again from the console."
            ),
            "customer_id",
        )
    if not customer_secret.strip():
        raise InvalidInputError(msg("The customer secret is empty."), "customer_secret")
    for text, field in ((customer_id, "customer_id"), (customer_secret, "customer_secret")):
        if text != text.strip():
            raise InvalidInputError(
                msg(
                    "The {name} has spaces around it; they would become part of the header.",
                    name=_CUSTOMER_ID if field == "customer_id" else _CUSTOMER_SECRET,
                ),
                field,
            )
    pair = f"{customer_id}:{customer_secret}".encode()
    return "Basic " + base64.b64encode(pair).decode("ascii")


def authorization_header(customer_id: str, customer_secret: str) -> str:
    return "Authorization: " + basic_authorization(customer_id, customer_secret)


# --- media stream encryption --------------------------------------------------------------------


def _token_bytes(n: int) -> bytes:
    import secrets  # loads OpenSSL: only when a key is drawn

    return secrets.token_bytes(n)


def encryption_key_and_salt(
    random_bytes: Callable[[int], bytes] = _token_bytes,
) -> tuple[str, str]:
    """A 32-byte key as 64 hex digits and a 32-byte salt as Base64 (what `openssl rand` gives).

    For the SDK's built-in encryption modes AES_128_GCM2 / AES_256_GCM2 (encryptionKey,
    encryptionKdfSalt).
    """
    key = random_bytes(ENCRYPTION_BYTES)
    salt = random_bytes(ENCRYPTION_BYTES)
    if len(key) != ENCRYPTION_BYTES or len(salt) != ENCRYPTION_BYTES:
        raise ValueError("random_bytes must return exactly the number of bytes asked for")
    return key.hex(), base64.b64encode(salt).decode("ascii")
