"""Why would this token fail here and now? Findings from a token plus what the app used.

``diagnose(token, context)`` decodes the token (repairing what copying does to it), then checks
it against whatever the context gives: App ID, App Certificate, channel, uid or account, the
action the app attempted, the moment of the failure and the error code the customer saw.

Verdict: ``rejected`` when any finding is an error; otherwise ``unknown`` when something needed
for a conclusion could not be checked (no certificate, no channel or uid, ...; ``notes`` says
what); otherwise ``accepted``.

Which privileges an action needs (our reading of token-formats.md §2.3, §2.9, §3.4):

* ``rtc-join``: an RTC service (007 type 1) for the channel and uid, with joinChannel (1);
  006: privilege 1; DynamicKey5/4/3/2/1: any key (they carry no privileges).
* ``rtc-publish``: as join, plus publishAudioStream (2) and publishVideoStream (3). The data
  stream privilege (4) is not required: apps that publish audio and video need not send data
  streams, and RtcTokenBuilder2 always grants 2, 3 and 4 together anyway. DynamicKey5
  in-channel permission keys must allow upload ("3").
* ``rtm-login``: RTM (2) or RTM2 (8) with login (1), for the user id the app logs in with;
  006: privilege 1000 with the account in the channel slot (RtmTokenBuilder); signaling token.
* ``chat``: Chat (5) with user (1) when a user id is given; without one, user (1) or app (2)
  (an app token for server calls, or a user token whose user id then cannot be checked).
* ``apaas``: APaaS (7) with roomUser (1) or user (2) for a user, any of 1-3 otherwise.
* ``fpa``: FPA (4) with login (1). ``streaming`` / ``fcdn``: Streaming (3) / FCDN (6) with
  either of their two privileges.

Without an action, the product is taken from the token (RTC if it has RTC and a channel was
given) and checked as join / login; ``notes`` says so.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from . import (
    access_token,
    access_token2,
    errorcodes,
    expiry,
    integrity,
    keys_diagnose,
    presets,
    timefmt,
)
from .access_token import AccessToken
from .access_token2 import AccessToken2, Service
from .detect import (
    FORMAT_NAMES,
    REPAIRED_BASE64,
    REPAIRED_URL_ENCODING,
    REPAIRED_WHITESPACE,
    Decoded,
    JSONValue,
    decode,
)
from .dynamic_key import ALLOW_UPLOAD_IN_CHANNEL, DynamicKey1, DynamicKey3, DynamicKey4, DynamicKey5
from .errors import InvalidInputError, MalformedTokenError
from .packing import MAX_U32
from .report import explain, render_text
from .signaling import SignalingToken
from .stream_key import StreamKey
from .text import Text, msg
from .uid import parse_uid, uid_or_none
from .verification import VerifyInputs, check_certificate, verify
from .whiteboard import WhiteboardToken

ACTIONS: Final[tuple[str, ...]] = (
    "rtc-join",
    "rtc-publish",
    "rtm-login",
    "chat",
    "apaas",
    "fpa",
    "streaming",
    "fcdn",
    *keys_diagnose.ACTIONS,
)
ACCEPTED: Final = "accepted"
REJECTED: Final = "rejected"
UNKNOWN: Final = "unknown"
ERROR: Final = "error"
WARNING: Final = "warning"
INFO: Final = "info"
SEVERITIES: Final = (ERROR, WARNING, INFO)

DAY: Final = 86_400
RENEW_WINDOW: Final = 30  # the SDKs call onTokenPrivilegeWillExpire 30 s before expiry

# 007 service types per action, and the privileges each action needs: every group must have
# at least one of its ids.
_ACTION_TYPES: Final[Mapping[str, tuple[int, ...]]] = {
    "rtc-join": (1,),
    "rtc-publish": (1,),
    "rtm-login": (2, 8),
    "chat": (5,),
    "apaas": (7,),
    "fpa": (4,),
    "streaming": (3,),
    "fcdn": (6,),
}
_TYPE_ACTION: Final[Mapping[int, str]] = {
    1: "rtc-join",
    2: "rtm-login",
    8: "rtm-login",
    3: "streaming",
    4: "fpa",
    5: "chat",
    6: "fcdn",
    7: "apaas",
}
_CHANNEL_TYPES: Final = frozenset({1, 3, 6})  # services with a channel and a uid/account
_USER_TYPES: Final = frozenset({2, 5, 8})  # services with a user id
_PRODUCT: Final[Mapping[str, str]] = {
    "rtc-join": "RTC",
    "rtc-publish": "RTC",
    "rtm-login": "RTM",
    "chat": "Chat",
    "apaas": "APaaS",
    "fpa": "FPA",
    "streaming": "Streaming",
    "fcdn": "FCDN",
}
_UID_TEXT: Final = re.compile(r"[1-9][0-9]{0,9}\Z")


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding of a diagnosis: code, severity, message and the fix.

    ``message`` and ``fix`` are :class:`~agora_token_gui.core.text.Text` (English ``str`` that a
    user interface translates); ``code`` and ``severity`` are identifiers.
    """

    code: str
    severity: str  # "error", "warning" or "info"
    message: str
    fix: str

    @property
    def title(self) -> str:
        """The finding in plain words, for a list; ``code`` stays the name for support tickets."""
        return TITLES.get(self.code) or self.code.replace("_", " ").capitalize()


# A short plain title per finding code (the message says the details).
TITLES: Final[Mapping[str, Text]] = {
    "malformed": msg("This is not a token Agora can read"),
    "repaired_whitespace": msg("Spaces, quotes or line breaks were removed"),
    "repaired_url_encoding": msg("The token was URL-encoded"),
    "repaired_base64": msg("The Base64 alphabet or padding was changed"),
    "app_id_mismatch": msg("The token is for another App ID"),
    "signature_invalid": msg("The signature does not match the App Certificate"),
    "certificate_case": msg("The certificate was used with other letter case"),
    "channel_mismatch": msg("The token is for another channel"),
    "uid_mismatch": msg("The token is for another user"),
    "uid_type_mismatch": msg("Number and text user IDs are mixed up"),
    "expired": msg("The token has expired"),
    "not_yet_valid": msg("The token is not valid yet"),
    "expires_soon": msg("The token expires within seconds"),
    "privilege_expired": msg("A permission in the token has expired"),
    "missing_privilege": msg("The token does not allow this action"),
    "missing_service": msg("The token is not for this product"),
    "lifetime_over_24h": msg("Longer than Agora's 24-hour limit"),
    "privilege_no_limit": msg("A permission has no separate time limit"),
    "wildcard_uid": msg("Any user may use this token (uid 0)"),
    "legacy_format": msg("An older kind of token"),
    "error_code": msg("What the error code means"),
    "expiry_mistake": msg("A lifetime and an expiry time are mixed up"),
    **integrity.TITLES,
    **keys_diagnose.TITLES,
    "join_body_mismatch": msg("The ConvoAI /join body does not match the token"),
}


@dataclass(frozen=True, slots=True)
class Context:
    """What the app used when the token failed; every part is optional."""

    app_id: str | None = None
    app_certificate: str | None = None
    channel_name: str | None = None
    uid: int | None = None
    account: str | None = None
    action: str | None = None
    at: int | None = None  # unix seconds of the failure; None = now
    error_code: str | None = None
    secret_access_key: str | None = None  # whiteboard tokens
    room_uuid: str | None = None  # whiteboard room or task UUID
    join_body: str | None = None  # a ConvoAI /join request body to check the token against


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """The verdict and the findings, most important first.

    ``notes`` are sentences about what was assumed or could not be checked (they explain an
    ``unknown`` verdict); they are not part of the JSON form.
    """

    verdict: str
    format: str | None
    findings: tuple[Finding, ...]
    decoded: Decoded | None
    notes: tuple[str, ...] = ()  # Text

    def to_json(self) -> dict[str, JSONValue]:
        """The diagnosis as JSON: verdict, format and findings."""
        return {
            "verdict": self.verdict,
            "format": self.format,
            "findings": [
                {"code": f.code, "severity": f.severity, "message": f.message, "fix": f.fix}
                for f in self.findings
            ],
        }

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, most important first."""
        return tuple(f.code for f in self.findings)


# --- helpers --------------------------------------------------------------------------------


def _when(instant: int) -> str:
    return timefmt.utc_text(instant)


def _privilege_label(service_type: int | None, privilege: int) -> str:
    """``joinChannel (1)``: identifiers, the same in every language."""
    if service_type is None:
        return f"{access_token.privilege_name(privilege)} ({privilege})"
    return f"{access_token2.privilege_name(service_type, privilege)} ({privilege})"


def _join(items: Iterable[str]) -> str:
    """``a, b and c`` as one translatable Text (a single item as it is, none as "")."""
    parts = list(items)
    if len(parts) <= 1:
        return parts[0] if parts else ""  # the item itself: "".join would drop its template
    text = msg("{first} and {second}", first=parts[-2], second=parts[-1])
    for part in reversed(parts[:-2]):
        text = msg("{item}, {rest}", item=part, rest=text)
    return text


def _either(items: Iterable[str]) -> str:
    """``a or b or c`` as one translatable Text."""
    parts = list(items)
    text = parts[-1]
    for part in reversed(parts[:-1]):
        text = msg("{first} or {rest}", first=part, rest=text)
    return text


def _format_name(fmt: str) -> str:
    """A format's name: the signaling token's is words (a message), the others identifiers."""
    return msg("Signaling token") if fmt == "signaling" else FORMAT_NAMES[fmt]


def _then(first: str, second: str) -> str:
    """Two sentences, or a sentence and an addition, one after the other."""
    return msg("{first} {second}", first=first, second=second) if second else first


CASE_TRIES: Final = 1 << 16  # letter-case variants of a certificate tried at most


def _case_variants(certificate: str, limit: int = CASE_TRIES) -> Iterator[str]:
    """Other letter cases of the certificate, the given one excluded, at most ``limit``.

    Lower, upper and swapped case first, then every other combination of the letters' cases
    (a Gray code: each differs from the one before in one letter), until ``limit`` are tried.
    """
    seen = {certificate}
    for text in (certificate.lower(), certificate.upper(), certificate.swapcase()):
        if text not in seen:
            seen.add(text)
            yield text
    letters = [i for i, c in enumerate(certificate) if c.lower() != c.upper()]
    chars = list(certificate)
    tries = len(seen) - 1
    for step in range(1, 1 << len(letters)):
        if tries >= limit:
            return
        position = letters[(step & -step).bit_length() - 1]
        chars[position] = chars[position].swapcase()
        text = "".join(chars)
        if text not in seen:
            tries += 1
            yield text


def _case_difference(certificate: str, variant: str) -> str:
    """How ``variant`` differs from the certificate in letter case, in words."""
    for text, how in (
        (certificate.lower(), msg("in lower case")),
        (certificate.upper(), msg("in upper case")),
        (certificate.swapcase(), msg("with every letter's case swapped")),
    ):
        if variant == text:
            return how
    changed = [
        str(i + 1) for i, (a, b) in enumerate(zip(certificate, variant, strict=True)) if a != b
    ]
    return msg(
        "with the letters at positions {positions} in the other case", positions=", ".join(changed)
    )


def _who(uid: int | None, account: str | None) -> str:
    if account is not None:
        return msg("the string account {account!r}", account=account)
    if uid == 0:
        return msg("the number {uid} (uid 0: Agora assigns one)", uid=uid)
    return msg("the number {uid}", uid=uid)


# The context's fields as the messages about them name them.
_FIELD_WORDS: Final[Mapping[str, Text]] = {
    "app_id": msg("app id"),
    "app_certificate": msg("app certificate"),
    "channel_name": msg("channel name"),
    "account": msg("account"),
    "action": msg("action"),
    "error_code": msg("error code"),
    "secret_access_key": msg("secret access key"),
    "room_uuid": msg("room uuid"),
    "join_body": msg("join body"),
}


def _validated(context: Context) -> Context:
    """Blank fields become None; unusable values raise InvalidInputError."""

    def blank(value: str | None, strip: bool, field: str) -> str | None:
        if value is None:
            return None
        if strip:
            value = value.strip()
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidInputError(
                msg(
                    "The {field} has a character that is not valid Unicode text at position "
                    "{position}; type or paste it again.",
                    field=_FIELD_WORDS.get(field, field.replace("_", " ")),
                    position=exc.start,
                ),
                field,
            ) from exc
        return value or None

    certificate = blank(context.app_certificate, True, "app_certificate")
    if certificate is not None:
        check_certificate(certificate)
    if context.uid is not None:
        parse_uid(context.uid)
    account = blank(context.account, False, "account")
    if context.uid is not None and account is not None:
        raise InvalidInputError(
            msg("Give either the numeric uid or the string account the app used, not both."),
            "account",
        )
    action = blank(context.action, True, "action")
    if action is not None and action not in ACTIONS:
        raise InvalidInputError(
            msg(
                "Unknown action {action!r}; use one of {actions}.",
                action=action,
                actions=", ".join(ACTIONS),
            ),
            "action",
        )
    return Context(
        app_id=blank(context.app_id, True, "app_id"),
        app_certificate=certificate,
        channel_name=blank(context.channel_name, False, "channel_name"),
        uid=context.uid,
        account=account,
        action=action,
        at=context.at,
        error_code=blank(context.error_code, True, "error_code"),
        secret_access_key=blank(context.secret_access_key, True, "secret_access_key"),
        room_uuid=blank(context.room_uuid, True, "room_uuid"),
        join_body=blank(context.join_body, True, "join_body"),
    )


class _Run:
    """Collects findings and notes for one diagnosis."""

    def __init__(self, context: Context, at: int) -> None:
        self.ctx = context
        self.at = at
        self.findings: list[Finding] = []
        self.notes: list[str] = []
        self.incomplete = False

    def add(self, code: str, severity: str, message: str, fix: str) -> None:
        self.findings.append(Finding(code, severity, message, fix))

    def gap(self, note: str) -> None:
        """Something needed for a conclusion could not be checked."""
        self.incomplete = True
        self.notes.append(note)

    def has(self, *codes: str) -> bool:
        return any(f.code in codes for f in self.findings)

    # -- shared checks -------------------------------------------------------------------------

    def expiry(self, expires_at: int | None, what: str | None = None) -> bool:
        """Token expiry checks; returns True when the token had expired at the moment.

        ``what`` names the token ("The key"); "The token" by default.
        """
        if expires_at is None:
            return False
        what = what or msg("The token")
        if expires_at <= self.at:
            self.add(
                "expired",
                ERROR,
                msg(
                    "{what} expired at {expired}, {duration} before the failure moment ({moment}).",
                    what=what,
                    expired=_when(expires_at),
                    duration=timefmt.duration(self.at - expires_at),
                    moment=_when(self.at),
                )
                if expires_at < self.at
                else msg(
                    "{what} expired at {expired}, the very second of the failure.",
                    what=what,
                    expired=_when(expires_at),
                ),
                msg(
                    "Generate a new token, and renew it before it expires: the SDK calls "
                    "onTokenPrivilegeWillExpire 30 s before, then call renewToken."
                ),
            )
            return True
        left = expires_at - self.at
        if left <= RENEW_WINDOW:
            self.add(
                "expires_soon",
                WARNING,
                msg(
                    "{what} expires {left} s after the failure moment (at {expires}): within "
                    "{window} s, when the SDK asks the app to renew it.",
                    what=what,
                    left=left,
                    expires=_when(expires_at),
                    window=RENEW_WINDOW,
                ),
                msg(
                    "Renew the token when the SDK calls onTokenPrivilegeWillExpire, and give new "
                    "tokens a longer lifetime."
                ),
            )
        return False

    def long_lived(self, parts: list[str]) -> None:
        if parts:
            self.add(
                "lifetime_over_24h",
                WARNING,
                msg(
                    "{parts} lasts more than 24 h; Agora caps token lifetimes at 24 h, so the "
                    "server may end it earlier than the token says.",
                    parts=parts[0],
                )
                if len(parts) == 1
                else msg(
                    "{parts} last more than 24 h; Agora caps token lifetimes at 24 h, so the "
                    "server may end it earlier than the token says.",
                    parts=_join(parts),
                ),
                msg("Issue tokens for at most 86400 s and renew them when the SDK asks."),
            )

    def no_limit(self, labels: list[str], absolute: bool) -> None:
        if labels:
            meaning = (
                msg("0, which by convention means it never expires on its own")
                if absolute
                else msg("0, meaning no separate limit: the token's own expiry applies")
            )
            self.add(
                "privilege_no_limit",
                INFO,
                msg(
                    "The privilege value of {labels} is {meaning}.",
                    labels=_join(labels),
                    meaning=meaning,
                ),
                msg(
                    "Nothing to fix; set a privilege expiry if a right should end before the token."
                ),
            )

    def identity(self, token_text: str, where: str) -> None:
        """Compare the uid/account in the token with the one the app used (RTC-style text)."""
        ctx = self.ctx
        if token_text == "":
            self.add(
                "wildcard_uid",
                INFO,
                msg(
                    "The {where} has an empty uid (built for uid 0): any uid may use it.",
                    where=where,
                )
                if ctx.uid is None and ctx.account is None
                else msg(
                    "The {where} has an empty uid (built for uid 0): any uid may use it; the "
                    "app used {who}.",
                    where=where,
                    who=_who(ctx.uid, ctx.account),
                ),
                msg(
                    "Nothing to fix if intended; build tokens for one uid to stop others reusing "
                    "them."
                ),
            )
            return
        app_text = _rtc_text(ctx)
        if app_text is None:
            self.gap(
                msg(
                    "No uid or account given: could not check that the {where} (for {held!r}) "
                    "matches the user the app joined as.",
                    where=where,
                    held=token_text,
                )
            )
            return
        if app_text == token_text:
            return
        token_numeric = _UID_TEXT.match(token_text) is not None and int(token_text) <= MAX_U32
        if token_numeric != (ctx.uid is not None):
            held = (
                msg("the numeric uid {uid}", uid=token_text)
                if token_numeric
                else msg("the string account {account!r}", account=token_text)
            )
            self.add(
                "uid_type_mismatch",
                ERROR,
                msg(
                    "The {where} holds {held}, but the app used {who}; a number and a string "
                    "only match when their text is the same.",
                    where=where,
                    held=held,
                    who=_who(ctx.uid, ctx.account),
                ),
                msg(
                    "Join with the same kind of identity the token was built for: "
                    "joinChannelWithUserAccount for string accounts, joinChannel with a number "
                    "for uids (or build the token with the other builder)."
                ),
            )
        else:
            self.add(
                "uid_mismatch",
                ERROR,
                msg(
                    "The {where} is for {held!r}, but the app used {who}.",
                    where=where,
                    held=token_text,
                    who=_who(ctx.uid, ctx.account),
                ),
                msg(
                    "Build the token for the exact uid or account the app joins with, or join "
                    "with the one in the token."
                ),
            )

    def signature(self, check: Callable[[str], bool], checked: str, fix_extra: str = "") -> None:
        """Verify with the certificate, then with its other letter cases.

        ``checked`` says what was checked; ``fix_extra`` is a sentence added to the fix.
        """
        certificate = self.ctx.app_certificate
        assert certificate is not None
        if check(certificate):
            return
        for variant in _case_variants(certificate):
            if check(variant):
                how = _case_difference(certificate, variant)
                self.add(
                    "certificate_case",
                    ERROR,
                    msg(
                        "The signature is valid only with the App Certificate {how}: whoever "
                        "built the token used the certificate with different letter case.",
                        how=how,
                    ),
                    msg(
                        "Use the App Certificate exactly as the Agora Console shows it, in the "
                        "token server and here; these formats sign it as text, so case matters."
                    ),
                )
                return
        letters = sum(c.lower() != c.upper() for c in certificate)
        self.add(
            "signature_invalid",
            ERROR,
            msg(
                "The App Certificate given does not sign this token (checked: {checked}; also "
                "tried every letter-case variant of it (up to {tries:,})).",
                checked=checked,
                tries=CASE_TRIES,
            )
            if letters
            else msg(
                "The App Certificate given does not sign this token (checked: {checked}).",
                checked=checked,
            ),
            _then(
                msg(
                    "Sign with the App Certificate of the project whose App ID is in the token "
                    "(the primary or the enabled secondary one), and check the app is not using "
                    "a token from another project."
                ),
                fix_extra,
            ),
        )


# --- the formats ----------------------------------------------------------------------------


def _infer_action(token: object, ctx: Context) -> str:
    if isinstance(token, AccessToken2):
        types = [s.type for s in token.services if s.type in _TYPE_ACTION]
        rtm = {2, 8} & set(types)
        if 1 in types and (ctx.channel_name is not None or not rtm):
            return "rtc-join"
        if rtm:
            return "rtm-login"
        return _TYPE_ACTION[types[0]] if types else "rtc-join"
    if isinstance(token, AccessToken):
        return "rtm-login" if 1000 in token.privileges and 1 not in token.privileges else "rtc-join"
    if isinstance(token, SignalingToken):
        return "rtm-login"
    return "rtc-join"


def _check_007(run: _Run, token: AccessToken2, action: str) -> None:
    ctx, at = run.ctx, run.at
    if ctx.app_certificate is not None:
        run.signature(
            lambda cert: access_token2.verify(token, cert),
            msg("HMAC-SHA256 over the token's signed bytes with its issue time and salt"),
        )
    else:
        run.gap(msg("No App Certificate given: the signature was not checked."))
    for note in integrity.notes_007(token):  # what the signature does not vouch for
        run.add(note.code, WARNING, note.message, note.fix)
    expired = run.expiry(token.expires_at)
    if token.issue_ts > at:
        run.add(
            "not_yet_valid",
            ERROR,
            msg(
                "The token was issued at {issued}, {duration} after the failure moment "
                "({moment}): the clock of the machine that built it is ahead.",
                issued=_when(token.issue_ts),
                duration=timefmt.duration(token.issue_ts - at),
                moment=_when(at),
            ),
            msg("Synchronise the token server's clock (NTP) and build a new token."),
        )
    long_parts: list[str] = []
    if token.expire > DAY:
        long_parts.append(
            msg(
                "The token ({seconds} s, {duration})",
                seconds=token.expire,
                duration=timefmt.duration(token.expire),
            )
        )
    zero: list[str] = []
    for service in token.services:
        for pid, seconds in sorted(service.privileges.items()):
            label = f"{service.name} {_privilege_label(service.type, pid)}"
            if seconds == 0:
                zero.append(label)
            elif seconds > DAY:
                long_parts.append(
                    msg(
                        "{label} ({seconds} s, {duration})",
                        label=label,
                        seconds=seconds,
                        duration=timefmt.duration(seconds),
                    )
                )
    _check_007_service(run, token, action, expired)
    run.long_lived(long_parts)
    run.no_limit(zero, absolute=False)


def _groups(action: str, ctx: Context) -> tuple[tuple[int, ...], ...]:
    if action == "rtc-publish":
        return ((1,), (2,), (3,))
    if action == "chat":
        # A user login needs the user privilege; without a user either kind will do (an app
        # token for server calls, or a user token whose user id then cannot be checked).
        return ((1,),) if ctx.account is not None or ctx.uid is not None else ((1, 2),)
    if action == "apaas":
        return ((1, 2),) if ctx.account is not None or ctx.uid is not None else ((1, 2, 3),)
    if action in ("streaming", "fcdn"):
        return ((1, 2),)
    return ((1,),)


def _user_text(ctx: Context) -> str | None:
    """The user id as RTM, Chat and APaaS see it: the account, or the uid as text."""
    if ctx.account is not None:
        return ctx.account
    return None if ctx.uid is None else str(ctx.uid)


def _rtc_text(ctx: Context) -> str | None:
    """The identity text RTC signs (token-formats.md §2.3): uid 0 is "", an account as is."""
    if ctx.account is not None:
        return ctx.account
    if ctx.uid is None:
        return None
    return "" if ctx.uid == 0 else str(ctx.uid)


def _check_007_service(run: _Run, token: AccessToken2, action: str, expired: bool) -> None:
    ctx = run.ctx
    types = _ACTION_TYPES[action]
    product = _PRODUCT[action]
    # Agora's server parser keeps the last service of each type (integrity.duplicate_service).
    candidates = [s for s in integrity.effective_services(token.services) if s.type in types]
    if not candidates:
        wanted = _either(f"{access_token2.service_name(t)} ({t})" for t in types)
        held = _join(f"{s.name} ({s.type})" for s in token.services) or msg("no service")
        run.add(
            "missing_service",
            ERROR,
            msg(
                "{action} needs the {wanted} service, but the token holds {held}.",
                action=action,
                wanted=wanted,
                held=held,
            ),
            msg(
                "Build a token that includes the {product} service for this user (for example "
                "with the matching TokenBuilder2, or RTC + RTM together).",
                product=product,
            ),
        )
        return
    service = candidates[0]
    if types[0] in _CHANNEL_TYPES or types[0] == 7:
        service = _match_channel(run, candidates, action) or service
    if service.type in _CHANNEL_TYPES:
        run.identity(
            service.uid if service.type == 1 else service.account,
            msg("{service} service", service=service.name),
        )
    elif service.type in _USER_TYPES or service.type == 7:
        _check_user(run, service, action)
    groups = _groups(action, ctx)
    missing = [g for g in groups if not any(p in service.privileges for p in g)]
    if missing:
        held = _join(_privilege_label(service.type, p) for p in sorted(service.privileges))
        needed = _join(_either(_privilege_label(service.type, p) for p in g) for g in missing)
        subscriber = action == "rtc-publish" and set(service.privileges) == {1}
        values = {"action": action, "needed": needed, "service": service.name, "held": held}
        if not held:
            message = msg(
                "{action} needs {needed}, but the {service} service has no privileges.", **values
            )
        elif subscriber:
            message = msg(
                "{action} needs {needed}, but the {service} service has only {held}: a "
                "subscriber token.",
                **values,
            )
        else:
            message = msg(
                "{action} needs {needed}, but the {service} service has only {held}.", **values
            )
        run.add("missing_privilege", ERROR, message, _privilege_fix(action))
    if expired:
        return
    lapsed: list[str] = []
    for group in groups:
        present = [(p, service.privileges[p]) for p in group if p in service.privileges]
        ends = [token.issue_ts + v for _, v in present if v != 0]
        if present and len(ends) == len(present) and max(ends) <= run.at:
            pid, value = max(present, key=lambda pv: pv[1])
            end = token.issue_ts + value
            lapsed.append(_lapsed(_privilege_label(service.type, pid), end, run.at))
    if lapsed:
        run.add(
            "privilege_expired",
            ERROR,
            msg(
                "In the {service} service, {lapsed}, although the token is valid until {until}.",
                service=service.name,
                lapsed=_join(lapsed),
                until=_when(token.expires_at),
            ),
            msg(
                "Build the token with privilege expiries at least as long as the session (or 0 "
                "for no separate limit), and renew it when the SDK asks."
            ),
        )


def _lapsed(label: str, end: int, at: int) -> str:
    return msg(
        "{privilege} lapsed at {lapsed}, {duration} before the failure moment",
        privilege=label,
        lapsed=_when(end),
        duration=timefmt.duration(at - end),
    )


def _privilege_fix(action: str) -> str:
    if action == "rtc-publish":
        return msg(
            "Build the token with the publisher role (role 1), or give publishAudioStream and "
            "publishVideoStream privileges."
        )
    if action == "chat":
        return msg("Use a Chat user token for a user login, a Chat app token for server calls.")
    return msg("Build the token with the privileges {action} needs.", action=action)


def _match_channel(run: _Run, candidates: list[Service], action: str) -> Service | None:
    """The candidate for the channel the app used; reports channel_mismatch when none is."""
    channel = run.ctx.channel_name
    is_room = candidates[0].type == 7

    def channel_of(service: Service) -> str:
        return service.room_uuid if is_room else service.channel_name

    if is_room and all(channel_of(s) == "" for s in candidates):
        return None
    if channel is None:
        if not is_room:
            run.gap(
                msg(
                    "No channel name given: could not check that the token is for the channel "
                    "the app joined."
                )
            )
        return None
    matching = [s for s in candidates if channel_of(s) == channel]
    if matching:
        who = _user_text(run.ctx) if is_room else _rtc_text(run.ctx)
        identities = [
            s.user_uuid if is_room else s.uid if s.type == 1 else s.account for s in matching
        ]
        for wanted in (who, ""):
            if wanted in identities:
                return matching[identities.index(wanted)]
        return matching[0]
    names = _join(repr(channel_of(s)) for s in candidates)
    what = msg("room") if is_room else msg("channel")
    close = any(channel_of(s).strip().lower() == channel.strip().lower() for s in candidates)
    run.add(
        "channel_mismatch",
        ERROR,
        msg(
            "The token is for {what} {names}, but the app used {channel!r} (they differ only "
            "in letter case or surrounding spaces).",
            what=what,
            names=names,
            channel=channel,
        )
        if close
        else msg(
            "The token is for {what} {names}, but the app used {channel!r}.",
            what=what,
            names=names,
            channel=channel,
        ),
        msg(
            "Build the token for the exact {what} name the app uses ({action}); names are "
            "compared byte for byte, case and spaces included.",
            what=what,
            action=action,
        ),
    )
    return None


def _check_user(run: _Run, service: Service, action: str) -> None:
    token_user = service.user_uuid if service.type == 7 else service.user_id
    wanted = _user_text(run.ctx)
    if service.type == 5 and token_user == "" and 1 not in service.privileges:
        return  # a Chat app token: missing_privilege says what is wrong if a user logs in
    if wanted is None:
        if action == "rtm-login" or token_user != "":
            run.gap(
                msg(
                    "No account given: could not check that the {service} user id {user!r} is "
                    "the one the app logs in with.",
                    service=service.name,
                    user=token_user,
                )
            )
        return
    if token_user != wanted:
        run.add(
            "uid_mismatch",
            ERROR,
            msg(
                "The {service} service is for user id {user!r}, but the app used {wanted!r}.",
                service=service.name,
                user=token_user,
                wanted=wanted,
            ),
            msg("Build the token for the exact user id the app logs in with."),
        )


def _check_006(run: _Run, token: AccessToken, action: str) -> None:
    at = run.at
    expired = run.expiry(token.ts)
    if _check_006_privileges(run, token, action, expired):
        _check_006_identity(run, token, action)
    long_parts: list[str] = []
    if token.ts - at > DAY:
        long_parts.append(
            msg(
                "The token (until {until}, {duration} after the moment)",
                until=_when(token.ts),
                duration=timefmt.duration(token.ts - at),
            )
        )
    long_parts += [
        msg("{label} (until {until})", label=_privilege_label(None, p), until=_when(v))
        for p, v in sorted(token.privileges.items())
        if v - at > DAY
    ]
    run.long_lived(long_parts)
    zero = [_privilege_label(None, p) for p, v in sorted(token.privileges.items()) if v == 0]
    run.no_limit(zero, absolute=True)


def _check_006_privileges(run: _Run, token: AccessToken, action: str, expired: bool) -> bool:
    """Product and privileges; False when the token is for another product altogether."""
    rtm = action == "rtm-login"
    if action not in ("rtc-join", "rtc-publish", "rtm-login"):
        run.add(
            "missing_service",
            ERROR,
            msg(
                "{action} needs the {product} service, which a 006 token cannot hold (it carries "
                "RTC and RTM privileges only).",
                action=action,
                product=_PRODUCT[action],
            ),
            msg("Build a 007 token with the {product} service.", product=_PRODUCT[action]),
        )
        return False
    needed = (1000,) if rtm else (1, 2, 3) if action == "rtc-publish" else (1,)
    missing = [p for p in needed if p not in token.privileges]
    rtc_held = any(p in token.privileges for p in (1, 2, 3, 4))
    if missing and (rtc_held if rtm else 1000 in token.privileges and not rtc_held):
        run.add(
            "missing_service",
            ERROR,
            msg(
                "{action} needs RTM login (1000), but this 006 token is an RTC token.",
                action=action,
            )
            if rtm
            else msg(
                "{action} needs RTC privileges, but this 006 token is an RTM token.",
                action=action,
            ),
            msg("Build a 006 RTM token (or, better, a 007 token).")
            if rtm
            else msg("Build a 006 RTC token (or, better, a 007 token)."),
        )
        return False
    if missing:
        held = _join(_privilege_label(None, p) for p in sorted(token.privileges))
        needed_text = _join(_privilege_label(None, p) for p in missing)
        run.add(
            "missing_privilege",
            ERROR,
            msg(
                "{action} needs {needed}, but the token has only {held}.",
                action=action,
                needed=needed_text,
                held=held,
            )
            if held
            else msg(
                "{action} needs {needed}, but the token has no privileges.",
                action=action,
                needed=needed_text,
            ),
            _privilege_fix(action),
        )
        return True
    lapsed = [
        _lapsed(_privilege_label(None, p), token.privileges[p], run.at)
        for p in needed
        if 0 < token.privileges[p] <= run.at
    ]
    if lapsed and not expired:
        run.add(
            "privilege_expired",
            ERROR,
            msg(
                "{lapsed}, although the token is valid until {until}.",
                lapsed=_join(lapsed),
                until=_when(token.ts),
            ),
            msg(
                "Build the token with privilege expiries at least as long as the session "
                "(0 = never), and renew it when the SDK asks."
            ),
        )
    return True


def _check_006_identity(run: _Run, token: AccessToken, action: str) -> None:
    """Channel and uid against their CRC-32s, then the signature (token-formats.md §3.6)."""
    ctx = run.ctx
    rtm = action == "rtm-login"
    channel: str | None
    uid: str | None
    if rtm:  # RtmTokenBuilder puts the account in the channel slot and leaves the uid empty
        channel, uid = _user_text(ctx), ""
        slot = msg("RTM account (kept in the channel slot by RtmTokenBuilder)")
        noun = msg("account")
    else:
        channel, uid = ctx.channel_name, _rtc_text(ctx)
        slot = msg("channel")
        noun = msg("channel name")
    mismatch = False
    if channel is None:
        run.gap(
            msg(
                "No {noun} given: only its CRC-32 is in a 006 token, so it and the signature "
                "could not be checked.",
                noun=noun,
            )
        )
    elif access_token.crc32(channel) != token.crc_channel_name:
        mismatch = True
        run.add(
            "uid_mismatch" if rtm else "channel_mismatch",
            ERROR,
            msg(
                "The CRC-32 of the {slot} {channel!r} is {crc}, but the token's is {token_crc}: "
                "it was made for another {noun}.",
                slot=slot,
                channel=channel,
                crc=access_token.crc32(channel),
                token_crc=token.crc_channel_name,
                noun=noun,
            ),
            msg("Build the token for the exact {noun} the app uses.", noun=noun),
        )
    if not rtm:
        if token.crc_uid == 0:
            run.identity("", msg("token"))
            uid = ""  # signed for uid "" (any user), whatever uid the app used
        elif uid is None:
            run.gap(
                msg(
                    "No uid or account given: only its CRC-32 is in a 006 token, so it and the "
                    "signature could not be checked."
                )
            )
        elif access_token.crc32(uid) != token.crc_uid:
            mismatch = True
            run.add(
                "uid_mismatch",
                ERROR,
                msg(
                    "The CRC-32 of {who} ({crc}) differs from the token's ({token_crc}): it was "
                    "made for another uid or account.",
                    who=_who(ctx.uid, ctx.account),
                    crc=access_token.crc32(uid),
                    token_crc=token.crc_uid,
                ),
                msg("Build the token for the exact uid or account the app joins with."),
            )
    if ctx.app_certificate is None:
        run.gap(msg("No App Certificate given: the signature was not checked."))
    elif mismatch and channel is not None and uid is not None:
        # The CRCs are not signed: a valid signature for what the app used means they were
        # changed after signing (integrity.crc_not_signed), which the mismatch alone hides.
        if access_token.verify(token, ctx.app_certificate, channel, uid):
            note = integrity.crc_note(noun if rtm else msg("channel name and uid"))
            run.add(note.code, WARNING, note.message, note.fix)
    elif channel is not None and uid is not None and not mismatch:
        signed_channel, signed_uid = channel, uid
        run.signature(
            lambda cert: access_token.verify(token, cert, signed_channel, signed_uid),
            msg(
                "HMAC-SHA256 over App ID, {slot} {channel!r}, uid {uid!r} and the privilege "
                "message; their CRC-32s match the token",
                slot=slot,
                channel=channel,
                uid=uid,
            ),
        )


def _check_legacy(run: _Run, decoded: Decoded, action: str) -> None:
    """DynamicKey5/4/3/2/1 and the signaling token."""
    token = decoded.token
    ctx = run.ctx
    name = _format_name(token.format)
    signaling = isinstance(token, SignalingToken)
    wanted = ("rtm-login",) if signaling else ("rtc-join", "rtc-publish")
    if action not in wanted:
        product = _PRODUCT[action]
        run.add(
            "missing_service",
            ERROR,
            msg(
                "{action} needs a {product} token, but a {name} only works for the legacy "
                "signaling SDK.",
                action=action,
                product=product,
                name=name,
            )
            if signaling
            else msg(
                "{action} needs a {product} token, but a {name} only works for joining RTC "
                "channels.",
                action=action,
                product=product,
                name=name,
            ),
            msg("Build a 007 token with the {product} service.", product=product),
        )
    if (
        action == "rtc-publish"
        and isinstance(token, DynamicKey5)
        and token.extra.get(ALLOW_UPLOAD_IN_CHANNEL) == "0"
    ):
        run.add(
            "missing_privilege",
            ERROR,
            msg(
                "rtc-publish needs upload permission, but this DynamicKey5 in-channel permission "
                "key says '0' (no upload)."
            ),
            msg(
                "Build the in-channel permission key with permission '3' (audio and video upload)."
            ),
        )
    uid: int | None = ctx.uid
    if uid is None:
        uid = uid_or_none(ctx.account)
    if isinstance(token, DynamicKey3):
        run.identity("" if token.uid == 0 else str(token.uid), name)
    needs_channel = not signaling
    needs_uid = isinstance(token, (DynamicKey5, DynamicKey4))
    missing = []
    if needs_channel and ctx.channel_name is None:
        missing.append(msg("the channel name"))
    if needs_uid and uid is None:
        missing.append(msg("the numeric uid"))
    if signaling and _user_text(ctx) is None:
        missing.append(msg("the account"))
    if ctx.app_certificate is None:
        run.gap(msg("No App Certificate given: the signature was not checked."))
    elif missing:
        run.gap(
            msg(
                "The signature was not checked: a {name} also needs {missing}.",
                name=name,
                missing=_join(missing),
            )
        )
    elif not run.has("uid_mismatch", "uid_type_mismatch"):
        inputs = VerifyInputs(ctx.app_certificate, ctx.channel_name, uid, _user_text(ctx))
        if signaling:
            checked = msg(
                "the {name} signature for account {account!r}; the key does not store the "
                "account, so another account gives this result too",
                name=name,
                account=_user_text(ctx),
            )
            extra = msg("Check the account too: a wrong one looks the same as a wrong certificate.")
        elif needs_uid:
            checked = msg(
                "the {name} signature for channel {channel!r} and uid {uid}; the key does not "
                "store the channel and uid, so another channel and uid gives this result too",
                name=name,
                channel=ctx.channel_name,
                uid=uid,
            )
            extra = msg(
                "Check the channel and uid too: a wrong one looks the same as a wrong certificate."
            )
        else:
            checked = msg(
                "the {name} signature for channel {channel!r}; the key does not store the "
                "channel, so another channel gives this result too",
                name=name,
                channel=ctx.channel_name,
            )
            extra = msg("Check the channel too: a wrong one looks the same as a wrong certificate.")
        run.signature(
            lambda cert: verify(token, dataclasses.replace(inputs, app_certificate=cert)).valid,
            checked,
            extra,
        )
    if isinstance(token, DynamicKey1):
        return
    expires_at = token.expires_at
    if expires_at:
        run.expiry(expires_at, msg("The key"))
        if expires_at - run.at > DAY:
            run.long_lived(
                [
                    msg(
                        "The key (until {until}, {duration} after the moment)",
                        until=_when(expires_at),
                        duration=timefmt.duration(expires_at - run.at),
                    )
                ]
            )


# --- entry points ---------------------------------------------------------------------------


def _repairs(run: _Run, decoded: Decoded) -> None:
    for code, what in (
        (REPAIRED_WHITESPACE, msg("whitespace, quotes or line breaks")),
        (REPAIRED_URL_ENCODING, msg("URL encoding")),
        (REPAIRED_BASE64, msg("URL-safe Base64 or cut padding")),
    ):
        messages = [r.message for r in decoded.repairs if r.code == code]
        if messages:
            repaired = messages[-1]
            for message in reversed(messages[:-1]):
                repaired = _then(message, repaired)
            run.add(
                code,
                WARNING,
                msg(
                    "{repairs} If the app passes the token in this form, Agora rejects it.",
                    repairs=repaired,
                ),
                msg(
                    "Pass the token exactly as built, without {what}: send it in a JSON body or "
                    "URL-encode it properly (encodeURIComponent), and trim what is read from "
                    "files.",
                    what=what,
                ),
            )


def _expiry_mistakes(run: _Run, decoded: Decoded) -> None:
    """007 lifetimes that are unix times, absolute expiries that are durations (issue #9)."""
    for expired, message in expiry.mistakes(decoded):
        run.add("expiry_mistake", ERROR if expired else WARNING, message, expiry.MISTAKE_FIX)


def _app_id(run: _Run, decoded: Decoded) -> None:
    given = run.ctx.app_id
    if given is None:
        return
    held = decoded.token.app_id
    fold = decoded.format == "005"  # DynamicKey5 hex-decodes the App ID: case is irrelevant
    if (held.lower() == given.lower()) if fold else (held == given):
        return
    run.add(
        "app_id_mismatch",
        ERROR,
        msg(
            "The token was made for App ID {held!r}, but the app uses {given!r} (they differ "
            "only in letter case).",
            held=held,
            given=given,
        )
        if held.lower() == given.lower()
        else msg(
            "The token was made for App ID {held!r}, but the app uses {given!r}.",
            held=held,
            given=given,
        ),
        msg(
            "Build the token with the App ID the app initialises the SDK with (and that "
            "project's App Certificate)."
        ),
    )


def _legacy_format(run: _Run, decoded: Decoded) -> None:
    fmt = decoded.format
    if fmt == "007":
        return
    name = msg("{name} ({format})", name=_format_name(fmt), format=fmt)
    if fmt == "006":
        run.add(
            "legacy_format",
            INFO,
            msg(
                "This is an {name}: current SDKs still accept it, but Agora recommends "
                "AccessToken2 (007).",
                name=name,
            ),
            msg("Move the token server to the 007 builders (RtcTokenBuilder2 and friends)."),
        )
    else:
        run.add(
            "legacy_format",
            WARNING,
            msg(
                "This is a {name}, a legacy key that works only with older SDKs and services; "
                "Agora recommends AccessToken2 (007).",
                name=name,
            ),
            msg("Build AccessToken2 (007) tokens with the TokenBuilder2 classes."),
        )


def _error_code(run: _Run, action: str) -> None:
    text = run.ctx.error_code
    if text is None:
        return
    rtm = action == "rtm-login"
    entry = errorcodes.lookup(text, rtm=rtm)
    other = None if rtm else errorcodes.lookup(text, rtm=True)
    hint = ""
    if other is not None and other is not entry:
        hint = msg(
            "As an RTM 1.x login error, {code} is {name} ({meaning}); give the action rtm-login "
            "to use that meaning.",
            code=other.code,
            name=other.name,
            meaning=other.meaning,
        )
    if entry is None:
        run.add(
            "error_code",
            INFO,
            _then(
                msg(
                    "Error code {code!r} is not one this tool knows, so it cannot say which "
                    "finding explains it.",
                    code=text,
                ),
                hint,
            ),
            msg("Look the code up in the Agora error-code reference of the SDK the app uses."),
        )
        return
    explaining: list[str] = []
    for finding in _sorted(run.findings):
        if finding.code in entry.explained_by and finding.code not in explaining:
            explaining.append(finding.code)
    if explaining:
        why = msg("explained here by: {codes}.", codes=", ".join(explaining))
    elif not entry.explained_by:
        why = msg("no token finding can explain it.")
    elif run.incomplete:
        why = msg("no finding explains it yet: give the missing context (see the notes).")
    elif entry.explained_by == errorcodes.EXPIRED_FINDINGS:
        why = msg(
            "no finding explains it: at the moment given the token had not expired, so check "
            "that moment and the clocks of the device and the token server."
        )
    else:
        why = msg(
            "no finding explains it: check that the app passes this very token, that the "
            "project's App Certificate is enabled, and the App ID the app uses."
        )
    run.add(
        "error_code",
        INFO,
        _then(
            msg(
                "Error {code} ({product}) is {name}: {meaning}; {why}",
                code=entry.code,
                product=entry.product,
                name=entry.name,
                meaning=entry.meaning,
                why=why,
            ),
            hint,
        ),
        entry.fix,
    )


def _message_of(exc: BaseException) -> str:
    """An exception's message, kept translatable when it is a Text (``str(exc)`` would not)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


def _sorted(findings: list[Finding]) -> tuple[Finding, ...]:
    rank = {severity: i for i, severity in enumerate(SEVERITIES)}
    return tuple(sorted(findings, key=lambda f: rank[f.severity]))


def diagnose(token: str, context: Context, *, now: int | None = None) -> Diagnosis:
    """Say whether Agora would accept the token in this context, and why not.

    ``context.at`` is the moment of the failure; without it, ``now`` (default: the clock).

    Raises:
        InvalidInputError: an unusable context value (a certificate that is not 32 hex
            characters, a uid out of range, both uid and account, an unknown action). A
            malformed *token* is not an exception but a ``malformed`` finding.
    """
    ctx = _validated(context)
    at = ctx.at if ctx.at is not None else (int(time.time()) if now is None else now)
    run = _Run(ctx, at)
    try:
        decoded = decode(token)
    except MalformedTokenError as exc:
        run.add(
            "malformed",
            ERROR,
            _message_of(exc),
            msg(
                "Copy the complete token from where it was built (no truncation, nothing added) "
                "and make sure the app passes it unchanged."
            ),
        )
        _error_code(run, ctx.action or "rtc-join")
        return Diagnosis(REJECTED, None, _sorted(run.findings), None, tuple(run.notes))
    if isinstance(decoded.token, WhiteboardToken | StreamKey):
        return _diagnose_key(run, decoded, ctx)
    action = ctx.action
    if action is None:
        action = _infer_action(decoded.token, ctx)
        run.notes.append(msg("No action given: checked as {action}.", action=action))
    _repairs(run, decoded)
    _app_id(run, decoded)
    _expiry_mistakes(run, decoded)
    if isinstance(decoded.token, AccessToken2):
        _check_007(run, decoded.token, action)
        if ctx.join_body is not None:
            _join_body(run, decoded.text, ctx.join_body)
    elif isinstance(decoded.token, AccessToken):
        _check_006(run, decoded.token, action)
    else:
        _check_legacy(run, decoded, action)
    _legacy_format(run, decoded)
    _error_code(run, action)
    findings = _sorted(run.findings)
    if any(f.severity == ERROR for f in findings):
        verdict = REJECTED
    elif run.incomplete:
        verdict = UNKNOWN
    else:
        verdict = ACCEPTED
    return Diagnosis(verdict, decoded.format, findings, decoded, tuple(run.notes))


def _join_body(run: _Run, token: str, body: str) -> None:
    """A ConvoAI /join body against the agent's token (core/presets.py): channel, uid, expiry."""
    for check in presets.check_join_body(body, token, run.at):
        if check.status == presets.ERROR:
            run.add(
                "join_body_mismatch",
                ERROR,
                check.message,
                msg(
                    "Make the agent's token for the body's channel and agent_rtc_uid (ConvoAI "
                    "agent page), or correct the body."
                ),
            )
        elif check.status == presets.WARNING:
            run.add(
                "join_body_mismatch", WARNING, check.message, msg("See the ConvoAI agent page.")
            )


def _diagnose_key(run: _Run, decoded: Decoded, ctx: Context) -> Diagnosis:
    """Whiteboard tokens and stream keys: their own findings (core/keys_diagnose.py)."""
    token = decoded.token
    action = ctx.action or keys_diagnose.default_action(token)
    uid = str(ctx.uid) if ctx.uid is not None else ctx.account
    key_ctx = keys_diagnose.KeyContext(
        run.at,
        action,
        ctx.secret_access_key,
        ctx.room_uuid,
        ctx.app_certificate,
        ctx.channel_name,
        uid,
    )
    _repairs(run, decoded)
    if isinstance(token, WhiteboardToken):
        found, gaps = keys_diagnose.check_whiteboard(token, key_ctx)
    else:
        assert isinstance(token, StreamKey)
        found, gaps = keys_diagnose.check_stream_key(token, key_ctx)
    for finding in found:
        run.add(*finding)
    for gap in gaps:
        run.gap(gap)
    findings = _sorted(run.findings)
    if any(f.severity == ERROR for f in findings):
        verdict = REJECTED
    elif run.incomplete:
        verdict = UNKNOWN
    else:
        verdict = ACCEPTED
    return Diagnosis(verdict, decoded.format, findings, decoded, tuple(run.notes))


# --- the support report ---------------------------------------------------------------------

_VERDICT_TEXT: Final[Mapping[str, Text]] = {
    ACCEPTED: msg("ACCEPTED: Agora should accept this token in this context"),
    REJECTED: msg("REJECTED: Agora would refuse this token in this context"),
    UNKNOWN: msg("UNKNOWN: not enough context to tell"),
}
CERTIFICATE_REMOVED: Final = "[certificate removed]"


def short_signature(text: str) -> str:
    """``16a0b84c…8b1a``: enough to match tickets, too little to reuse a token."""
    return text if len(text) <= 16 else f"{text[:8]}…{text[-4:]}"


def _width(text: str) -> int:
    """Columns ``text`` takes in a monospaced font: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` columns (``f"{text:<{width}}"`` for ASCII)."""
    return text + " " * max(0, width - _width(text))


def support_report(
    token: str,
    context: Context,
    diagnosis: Diagnosis,
    *,
    now: int,
    say: Callable[[str], str] = str,
) -> str:
    """Plain text for a support ticket: context, findings and the decoded fields.

    Never contains the App Certificate (every case of it is scrubbed, wherever it was typed)
    and never the token text itself; signatures are shortened. ``say`` turns each message
    into the words shown (a GUI passes its ``localise``); by default English. Finding codes,
    severities and field values stay as they are.
    """
    at = context.at if context.at is not None else now
    title = say(msg("Agora token diagnosis"))
    moment = (
        msg("{moment} (unix {unix})", moment=_when(at), unix=at)
        if context.at is not None
        else msg("{moment} (unix {unix}), now", moment=_when(at), unix=at)
    )
    verdict = _VERDICT_TEXT.get(diagnosis.verdict, diagnosis.verdict)
    heads = [(say(msg("Verdict")), say(verdict)), (say(msg("Failure moment")), say(moment))]
    column = max(15, *(_width(head) + 1 for head, _ in heads))
    lines = [title, "=" * _width(title)]
    lines += [f"{_pad(head, column)}: {value}" for head, value in heads]
    lines += ["", say(msg("Context"))]
    not_given = msg("(not given)")
    ident = (
        msg("account {account!r}", account=context.account)
        if context.account
        else msg("uid {uid}", uid=context.uid)
        if context.uid is not None
        else not_given
    )
    rows = (
        (msg("App ID"), context.app_id or not_given),
        (
            msg("App Certificate"),
            msg("given (left out of this report)") if context.app_certificate else not_given,
        ),
        (msg("Channel"), repr(context.channel_name) if context.channel_name else not_given),
        (msg("User"), ident),
        (msg("Action"), context.action or not_given),
        (msg("Error code"), context.error_code or not_given),
    )
    lines += [f"  {_pad(say(label), 16)} {say(value)}" for label, value in rows]
    count = len(diagnosis.findings)
    lines += ["", say(msg("Findings ({count})", count=count))]
    if not diagnosis.findings:
        lines.append("  " + say(msg("(none)")))
    for index, finding in enumerate(diagnosis.findings, 1):
        lines.append(f"  {index}. [{finding.severity}] {finding.code}: {say(finding.message)}")
        lines.append("     " + say(msg("Fix: {fix}", fix=finding.fix)))
    if diagnosis.notes:
        lines += ["", say(msg("Notes"))] + [f"  - {say(note)}" for note in diagnosis.notes]
    lines += ["", say(msg("Decoded token"))]
    if diagnosis.decoded is None:
        characters = len(token.strip())
        lines.append(
            "  " + say(msg("(could not be decoded; {count} characters)", count=characters))
        )
    else:
        nodes = tuple(
            dataclasses.replace(n, value=short_signature(n.value)) if n.label == "Signature" else n
            for n in explain(diagnosis.decoded, at, _dt.timezone.utc)
        )
        if say is str:
            lines += ["  " + line for line in render_text(nodes).splitlines()]
        else:  # render_text's layout, each label and value in the reader's words
            for row in nodes:
                for depth, node in row.walk():
                    label = "  " * depth + say(node.label)
                    value = say(node.value) if node.value else ""
                    line = f"{_pad(label, 24)} {value}".rstrip() if value else label
                    lines.append("  " + line)
    text = "\n".join(lines) + "\n"
    certificate = (context.app_certificate or "").strip()
    if certificate:
        # In any letter case: a case variant is the certificate too.
        text = re.sub(re.escape(certificate), lambda _: CERTIFICATE_REMOVED, text, flags=re.I)
    return text
