"""The one effective expiry: when a token stops doing what it was built for (issue #9).

A token's own expiry is not the whole story. A 007 RTC token with a 2 h lifetime and a 1 h
privilege lifetime stops letting its holder publish after 1 h; a 006 token whose privileges all
lapsed is useless although its ``ts`` lies a day ahead. Every place that says when a token
expires (output panel, decoder, history, batch rows, ``agora-token decode``) asks this module.

The rule, for every format:

* A *capability* is one thing the token lets its holder do: one privilege it carries (joining,
  publishing audio, RTM login, ...). It ends at the privilege's own instant, or at the token's
  expiry when that comes first or the privilege sets no limit of its own (007 value 0; 006 value 0
  means "never", capped by the token's ``ts``).
* The *effective expiry* is the earliest end among them: from then on the token no longer does
  everything it was built for. A token with no known privilege (legacy keys, signaling, services
  without privileges) has one capability, the token itself.
* The *state* at a moment: ``expired`` once the effective expiry has passed, ``renewal`` within the
  SDK's 30-second renewal warning (``onTokenPrivilegeWillExpire``), ``ok`` before, ``never`` when
  nothing ever ends.

Pure: no clock; ``now`` is an argument.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, cast

from . import timefmt
from .access_token import AccessToken
from .access_token2 import AccessToken2
from .dynamic_key import DynamicKey1
from .stream_key import StreamKey
from .text import Text, msg
from .whiteboard import WhiteboardToken

if TYPE_CHECKING:  # detect imports this module for to_json
    from .detect import AnyToken, Decoded

# The SDKs fire onTokenPrivilegeWillExpire 30 seconds before a privilege lapses.
RENEWAL_WARNING: Final = 30

EXPIRED: Final = "expired"
RENEWAL: Final = "renewal"
OK: Final = "ok"
NEVER: Final = "never"
# The colour status of the report rows and UI labels ("error" red, "warning" amber).
STATUS: Final[Mapping[str, str]] = {EXPIRED: "error", RENEWAL: "warning", OK: "ok", NEVER: "ok"}

# What each privilege lets its holder do, per 007 service type (token-formats.md §2.3).
# The names are messages (core/text.py): English in the CLI and JSON, translated in the GUI.
_JOINING: Final = msg("joining")
_AUDIO: Final = msg("publishing audio")
_VIDEO: Final = msg("publishing video")
_DATA: Final = msg("publishing data")
_RTM_LOGIN: Final = msg("RTM login")
CAPABILITIES_007: Final[Mapping[int, Mapping[int, str]]] = {
    1: {1: _JOINING, 2: _AUDIO, 3: _VIDEO, 4: _DATA},
    2: {1: _RTM_LOGIN},
    3: {1: msg("publishing the mixed stream"), 2: msg("publishing the raw stream")},
    4: {1: msg("FPA login")},
    5: {1: msg("Chat user access"), 2: msg("Chat app access")},
    6: {1: msg("CDN publishing"), 2: msg("CDN playback")},
    7: {1: msg("room access"), 2: msg("user access"), 3: msg("app access")},
    8: {1: _RTM_LOGIN},
}
# 006 (§3.4): only the current privileges; historical ids are carried but mean nothing today.
CAPABILITIES_006: Final[Mapping[int, str]] = {
    1: _JOINING,
    2: _AUDIO,
    3: _VIDEO,
    4: _DATA,
    1000: _RTM_LOGIN,
}
# Names that read better together when they end at the same moment.
_MERGED: Final = (
    ((_AUDIO, _VIDEO, _DATA), msg("publishing")),
    ((_AUDIO, _VIDEO), msg("publishing audio and video")),
)


# The names as they start a sentence ("Publishing stops in 1 h"): messages of their own, so
# that the English a GUI shows (it formats the message again) has the capital too.
_CAPITALS: Final[Mapping[str, Text]] = {
    "joining": msg("Joining"),
    "publishing audio": msg("Publishing audio"),
    "publishing video": msg("Publishing video"),
    "publishing data": msg("Publishing data"),
    "publishing the mixed stream": msg("Publishing the mixed stream"),
    "publishing the raw stream": msg("Publishing the raw stream"),
    "room access": msg("Room access"),
    "user access": msg("User access"),
    "app access": msg("App access"),
    "publishing": msg("Publishing"),
    "publishing audio and video": msg("Publishing audio and video"),
    "the token": msg("The token"),
    "the key": msg("The key"),
}
_LEADING_FIELD: Final = re.compile(r"\{(\w+)\}")


class _Recased(Text):
    """A message whose English starts with a capital (or a small letter), translated as is.

    The last resort of first_letter: a GUI that formats the message again shows the English
    with its original case.
    """

    capital: bool

    def __new__(cls, inner: Text, upper: bool) -> _Recased:
        """``inner``'s English with its first letter re-cased, translated as ``inner``."""
        first = inner[:1].upper() if upper else inner[:1].lower()
        self = str.__new__(cls, first + inner[1:])
        self.template = inner.template
        self.params = inner.params
        self.capital = upper
        return self

    def __reduce__(self) -> tuple[object, ...]:  # pickles keep the case and the template
        return (_Recased, (Text(self.template, dict(self.params)), self.capital))


def first_letter(text: str, *, upper: bool) -> str:
    """``text`` with its first letter upper- or lower-case, still translatable if a message.

    A message that starts with a field re-cases that field's value; one that starts with a
    capability's name becomes the capitalised name's message (_CAPITALS).
    """
    if not isinstance(text, Text):
        return (text[:1].upper() if upper else text[:1].lower()) + text[1:]
    if upper and text in _CAPITALS and text.template == str(text):
        return _CAPITALS[text]
    leading = _LEADING_FIELD.match(text.template)
    value = text.params.get(leading[1]) if leading is not None else None
    if leading is not None and isinstance(value, str) and value:
        return Text(text.template, {**text.params, leading[1]: first_letter(value, upper=upper)})
    return _Recased(text, upper)


@dataclass(frozen=True, slots=True)
class Capability:
    """One thing the token allows, and when it stops (``None``: never)."""

    name: str
    ends_at: int | None
    privilege: str = ""  # e.g. "RTC joinChannel (1)"; "" for the token itself


@dataclass(frozen=True, slots=True)
class Expiry:
    """The effective expiry of one token."""

    at: int | None  # the earliest end of any capability; None: never
    token_expires_at: int | None  # the token's own expiry; None: never
    capabilities: tuple[Capability, ...]
    unknown: str = ""  # why the expiry cannot be known yet (an unopened stream key); "" if known

    def state(self, now: int) -> str:
        """``expired``, ``renewal`` (under the SDK's 30 s warning), ``ok`` or ``never``."""
        if self.at is None:
            return NEVER
        if self.at <= now:
            return EXPIRED
        return RENEWAL if self.at - now <= RENEWAL_WARNING else OK

    def status(self, now: int) -> str:
        """The colour status: ``error`` (red), ``warning`` (amber) or ``ok``."""
        return STATUS[self.state(now)]

    @property
    def limited_by_privilege(self) -> bool:
        """True when something stops before the token itself expires."""
        return self.at is not None and self.at != self.token_expires_at

    def words(self, now: int) -> str:
        """One sentence: ``Publishing stops in 1 h; joining works for 2 h``."""
        groups = _groups(self.capabilities)
        if self.unknown:
            return self.unknown
        if self.at is None:
            return msg("Never expires.")
        if len(groups) == 1 and groups[0][0] == self.token_expires_at:
            # The common case, as a translatable message (the same words as _when_token).
            if self.at > now:
                return msg("Expires in {duration}.", duration=_dur(self.at, now))
            if self.at == now:
                return msg("Expires now.")
            return msg("Expired {duration} ago.", duration=timefmt.duration(now - self.at))
        clauses: list[Text] = []
        for index, (instant, names) in enumerate(groups):
            what, several = _join(names), len(names) > 1
            if instant is None:
                clauses.append(
                    msg("{names} never stop", names=what)
                    if several
                    else msg("{names} never stops", names=what)
                )
            elif instant <= now:
                ago = timefmt.duration(now - instant)
                clauses.append(msg("{names} stopped {duration} ago", names=what, duration=ago))
            elif index == 0:
                left = _dur(instant, now)
                clauses.append(
                    msg("{names} stop in {duration}", names=what, duration=left)
                    if several
                    else msg("{names} stops in {duration}", names=what, duration=left)
                )
            else:
                left = _dur(instant, now)
                clauses.append(
                    msg("{names} work for {duration}", names=what, duration=left)
                    if several
                    else msg("{names} works for {duration}", names=what, duration=left)
                )
        last = groups[-1][0]
        token_at = self.token_expires_at
        if token_at is not None and last is not None and last < token_at:
            if token_at > now:
                clauses.append(
                    msg("the token itself expires in {duration}", duration=_dur(token_at, now))
                )
            else:
                clauses.append(
                    msg(
                        "the token itself expired {duration} ago",
                        duration=timefmt.duration(now - token_at),
                    )
                )
        joined = clauses[0]
        for clause in clauses[1:]:
            joined = msg("{clauses}; {clause}", clauses=joined, clause=clause)
        return first_letter(msg("{clauses}.", clauses=joined), upper=True)

    def lines(self, now: int) -> tuple[str, ...]:
        """One line per capability with its instant, for tooltips and the CLI."""
        out: list[str] = []
        for capability in self.capabilities:
            what = first_letter(capability.name, upper=True)
            if capability.ends_at is None:
                out.append(msg("{what}: never ends", what=what))
            else:
                out.append(
                    msg(
                        "{what}: until {utc} ({relative})",
                        what=what,
                        utc=timefmt.utc_text(capability.ends_at),
                        relative=timefmt.relative(capability.ends_at, now),
                    )
                )
        return tuple(out)

    def to_json(self) -> dict[str, object]:
        """The effective expiry as JSON."""
        return {
            "effective_expires_at": self.at,
            "limited_by_privilege": self.limited_by_privilege,
            "capabilities": [
                {"name": c.name, "ends_at": c.ends_at, "privilege": c.privilege}
                for c in self.capabilities
            ],
        }


def _dur(instant: int, now: int) -> str:
    return timefmt.duration(instant - now)


def _text(value: str) -> Text:
    """A message as it is; any other text as a message that is only itself."""
    return value if isinstance(value, Text) else msg("{text}", text=value)


def _join(names: Sequence[str]) -> Text:
    """``a``, ``a and b``, ``a, b and c``: whole messages, so that each language joins its way."""
    if len(names) == 1:
        return _text(names[0])
    listed = _text(names[0])
    for name in names[1:-1]:
        listed = msg("{names}, {name}", names=listed, name=name)
    return msg("{names} and {name}", names=listed, name=names[-1])


def _groups(capabilities: Sequence[Capability]) -> list[tuple[int | None, list[str]]]:
    """Capabilities by end, earliest first (never last); names merged and in token order."""
    by_end: dict[int | None, list[str]] = {}
    for capability in capabilities:
        names = by_end.setdefault(capability.ends_at, [])
        if capability.name not in names:
            names.append(capability.name)
    for names in by_end.values():
        for parts, merged in _MERGED:
            if all(part in names for part in parts):
                position = names.index(parts[0])
                for part in parts:
                    names.remove(part)
                names.insert(position, merged)
    return sorted(by_end.items(), key=lambda item: (item[0] is None, item[0] or 0))


def _cap(instant: int | None, limit: int | None) -> int | None:
    if instant is None:
        return limit
    if limit is None:
        return instant
    return min(instant, limit)


def _capabilities_007(token: AccessToken2) -> list[Capability]:
    token_at = token.expires_at
    out: list[Capability] = []
    types = [s.type for s in token.services]
    for service in token.services:
        names = CAPABILITIES_007.get(service.type, {})
        where = ""
        if types.count(service.type) > 1:  # two RTC services: say which channel
            label = service.channel_name or service.user_id or service.room_uuid
            where = repr(label) if label else ""
        for pid, seconds in sorted(service.privileges.items()):
            name: str | None = names.get(pid)
            if name is None:
                continue
            if where:
                name = msg("{capability} ({where})", capability=name, where=where)
            ends = token_at if seconds == 0 else min(token.issue_ts + seconds, token_at)
            privilege = f"{service.name} {pid}"
            out.append(Capability(name, ends, privilege))
    return out


def _capabilities_006(token: AccessToken) -> list[Capability]:
    out: list[Capability] = []
    for pid, instant in sorted(token.privileges.items()):
        name = CAPABILITIES_006.get(pid)
        if name is not None:
            ends = _cap(None if instant == 0 else instant, token.ts)
            out.append(Capability(name, ends, f"006 privilege {pid}"))
    return out


def effective(decoded: Decoded | AnyToken) -> Expiry:
    """The effective expiry of a decoded token of any format."""
    token = cast("AnyToken", getattr(decoded, "token", decoded))
    token_at: int | None
    if isinstance(token, AccessToken2):
        token_at = token.expires_at
        capabilities = _capabilities_007(token)
    elif isinstance(token, AccessToken):
        token_at = token.ts
        capabilities = _capabilities_006(token)
    elif isinstance(token, DynamicKey1):
        token_at = None
        capabilities = []
    elif isinstance(token, StreamKey):  # the expiry is inside the encrypted map
        return Expiry(
            None,
            None,
            (Capability(msg("the key"), None),),
            msg("Unknown: the expiry is encrypted; open the key with the App Certificate."),
        )
    else:  # DynamicKey5/4/3/2 and signaling: one absolute expiry, 0 = never
        token_at = token.expires_at or None
        capabilities = []
    if not capabilities:
        capabilities = [Capability(msg("the token"), token_at)]
    ends = [c.ends_at for c in capabilities if c.ends_at is not None]
    at = min(ends) if ends else None
    return Expiry(at, token_at, tuple(capabilities))


# --- the classic expiry mistake -------------------------------------------------------------
# 007 counts lifetimes in seconds after the issue time; 006, the DynamicKeys and signaling take
# absolute unix times. Passing "now + 3600" where 007 wants "3600", or "3600" where the others
# want "now + 3600", is one of the most frequent causes of error 109 ("token expired").

UNIX_TIME_FLOOR: Final = 1_000_000_000  # 2001-09-09: every plausible instant is at least this


def looks_absolute(seconds: int) -> bool:
    """A 007 duration this large is a unix time passed by mistake."""
    return seconds >= UNIX_TIME_FLOOR


def looks_relative(instant: int) -> bool:
    """An absolute expiry this small (but not 0, "never") is a duration passed by mistake."""
    return 0 < instant < UNIX_TIME_FLOOR


def duration_mistake(label: str, seconds: int, issue_ts: int) -> str:
    """The sentence for a 007 duration that is a unix time, with the fix."""
    meant = seconds - issue_ts
    example = meant if 0 < meant <= 7 * 86_400 else 3600
    return msg(
        "{label} = {seconds} s looks like a unix time ({utc}), not a duration: 007 counts "
        "seconds after the issue time, so pass {example}, not now + {example}.",
        label=label,
        seconds=seconds,
        utc=timefmt.utc_text(seconds),
        example=example,
    )


def instant_mistake(label: str, instant: int) -> str:
    """The sentence for an absolute expiry that is a duration, with the fix.

    It names no example instant: a sentence that depends on the wall clock would make the same
    request's build warnings differ from one second to the next (batch output, --jobs).
    """
    return msg(
        "{label} = {instant} looks like a duration, not a unix time: it means {utc}, long "
        "expired, so pass the current unix time + {instant}, not {instant}.",
        label=label,
        instant=instant,
        utc=timefmt.utc_text(instant),
    )


MISTAKE_FIX: Final = msg(
    "Give 007 lifetimes in seconds after the issue time (3600), and 006, DynamicKey and "
    "signaling expiries as absolute unix times (now + 3600)."
)


def mistakes(decoded: Decoded | AnyToken) -> tuple[tuple[bool, str], ...]:
    """The expiry mistakes a decoded token shows: (already expired because of it, sentence)."""
    token = cast("AnyToken", getattr(decoded, "token", decoded))
    found: list[tuple[bool, str]] = []
    if isinstance(token, AccessToken2):
        if looks_absolute(token.expire):
            found.append(
                (False, duration_mistake(msg("The lifetime"), token.expire, token.issue_ts))
            )
        for service in token.services:
            for pid, seconds in sorted(service.privileges.items()):
                if looks_absolute(seconds):
                    label = msg("{service} privilege {pid}", service=service.name, pid=pid)
                    found.append((False, duration_mistake(label, seconds, token.issue_ts)))
    elif isinstance(token, AccessToken):
        if looks_relative(token.ts):
            found.append((True, instant_mistake(msg("The token expiry (ts)"), token.ts)))
        for pid, instant in sorted(token.privileges.items()):
            if looks_relative(instant):
                found.append((True, instant_mistake(msg("Privilege {pid}", pid=pid), instant)))
    elif isinstance(token, WhiteboardToken | StreamKey):
        pass  # expireAt is now_ms + lifespan, never a bare duration; a stream key's E is hidden
    elif not isinstance(token, DynamicKey1) and looks_relative(token.expires_at):
        found.append((True, instant_mistake(msg("The expiry"), token.expires_at)))
    return tuple(found)


# --- privileges that lapse before the token -------------------------------------------------
# Per kind: (privilege field, the token-lifetime field it should not be shorter than). The form
# warns and offers "same as token"; build warns too. 0 (no separate limit / never) never warns.

PRIVILEGE_PAIRS: Final[Mapping[str, tuple[tuple[str, str], ...]]] = {
    "007/rtc_uid": (("privilege_expire", "token_expire"),),
    "007/rtc_account": (("privilege_expire", "token_expire"),),
    "007/rtc_rtm": (("privilege_expire", "token_expire"),),
    **{
        key: tuple(
            (f"{name}_privilege_expire", token)
            for name in ("join_channel", "pub_audio", "pub_video", "pub_data_stream")
        )
        for key, token in (
            ("007/rtc_uid_privileges", "token_expire"),
            ("007/rtc_account_privileges", "token_expire"),
            ("007/rtc_rtm2", "rtc_token_expire"),
        )
    },
    "006/rtc_uid": (("privilege_expired_ts", "ts"),),
    "006/rtc_account": (("privilege_expired_ts", "ts"),),
    "006/rtm": (("privilege_expired_ts", "ts"),),
}
TOKEN_DAY: Final = 86_400  # a 006 token's ts defaults to now + 24 h


def shorter_privileges(
    kind_key: str, values: Mapping[str, object], now: int
) -> tuple[tuple[str, str, int], ...]:
    """(privilege field, token field, the token's value) for each privilege that lapses first.

    The token's value is what "same as token" puts in the privilege field: the token lifetime
    for 007, the token's absolute ``ts`` for 006 (now + 24 h when it is left empty).
    """
    found: list[tuple[str, str, int]] = []
    for privilege_field, token_field in PRIVILEGE_PAIRS.get(kind_key, ()):
        privilege = values.get(privilege_field)
        token = values.get(token_field)
        if token is None and token_field == "ts":
            token = now + TOKEN_DAY
        if (
            isinstance(privilege, int)
            and isinstance(token, int)
            and not isinstance(privilege, bool)
            and 0 < privilege < token
        ):
            found.append((privilege_field, token_field, token))
    return tuple(found)


def shorter_privilege_message(privilege_label: str, token_label: str, gap: int) -> str:
    return msg(
        "{privilege} ends {duration} earlier than {token}: what it allows stops then, while the "
        "token still looks valid; use the same value (or 0) to end them together.",
        privilege=privilege_label,
        duration=timefmt.duration(gap),
        token=token_label,
    )
