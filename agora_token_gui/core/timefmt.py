"""Instants in local time and UTC with a relative phrase ("in 3 h", "2 days ago"); pure."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Final

from .errors import InvalidInputError
from .secrets import describe_value
from .text import Moment, Text, msg

_UNITS: Final = ("day", 86_400), ("h", 3_600), ("min", 60), ("s", 1)


def _unit(name: str, count: int) -> Text:
    # One template per unit (and per plural), so that translators see whole phrases.
    if name == "day":
        return msg("{count} day", count=count) if count == 1 else msg("{count} days", count=count)
    if name == "h":
        return msg("{count} h", count=count)
    if name == "min":
        return msg("{count} min", count=count)
    return msg("{count} s", count=count)


def duration(seconds: int) -> Text:
    """``3 h 20 min``, ``2 days 1 h``, ``45 s``: the two largest units."""
    seconds = abs(seconds)
    if seconds == 0:
        return _unit("s", 0)
    parts: list[Text] = []
    for name, size in _UNITS:
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(_unit(name, count))
        if len(parts) == 2:
            break
    if len(parts) == 1:
        return parts[0]
    return msg("{larger} {smaller}", larger=parts[0], smaller=parts[1])


def relative(instant: int, now: int) -> Text:
    """``in 3 h``, ``2 days ago`` or ``now``."""
    delta = instant - now
    if delta == 0:
        return msg("now")
    if delta > 0:
        return msg("in {duration}", duration=duration(delta))
    return msg("{duration} ago", duration=duration(delta))


def _out_of_range(instant: int) -> Text:
    return msg("{instant} (out of calendar range)", instant=instant)


def utc_text(instant: int) -> str:
    """An instant as 'YYYY-MM-DD HH:MM:SS UTC'."""
    try:
        text = _dt.datetime.fromtimestamp(instant, _dt.timezone.utc).strftime(
            "%Y-%m-%d %H:%M:%S UTC"
        )
    except (OverflowError, OSError, ValueError):
        return _out_of_range(instant)
    return Moment(text, instant, utc=True)


def local_text(instant: int, tz: _dt.tzinfo | None = None) -> str:
    """An instant in the local (or given) time zone."""
    try:
        moment = _dt.datetime.fromtimestamp(instant, _dt.timezone.utc).astimezone(tz)
    except (OverflowError, OSError, ValueError):
        return _out_of_range(instant)
    return Moment(moment.strftime("%Y-%m-%d %H:%M:%S %Z").strip(), instant, utc=False, tz=tz)


def describe(instant: int, now: int, tz: _dt.tzinfo | None = None) -> Text:
    """``2026-11-28 20:00:00 CET (19:00:00 UTC), in 3 h``."""
    local = local_text(instant, tz)
    utc = utc_text(instant)
    when = relative(instant, now)
    if local.endswith("UTC") or local == utc:
        return msg("{utc}, {relative}", utc=utc, relative=when)
    return msg("{local} ({utc}), {relative}", local=local, utc=utc, relative=when)


_RELATIVE: Final = re.compile(r"([+-]?\d+)\s*([smhd]?)\Z")
_MAX_TIME_TEXT: Final = 64


def parse_instant(text: str, now: int) -> int:
    """Unix seconds, an ISO 8601 date-time (UTC when no zone is given) or ``+30s``/``-2h``."""
    value = text.strip()
    problem = InvalidInputError(
        msg(
            "Cannot read {text} as a time: use unix seconds, ISO 8601 such as "
            "2026-11-28T19:00:00Z, or +30s / -2h relative to now.",
            text=describe_value("at", text),  # cut when long: never 5,000 characters back
        ),
        "at",
    )
    if len(value) > _MAX_TIME_TEXT:  # also keeps int() under Python's 4300-digit limit
        raise problem
    if re.fullmatch(r"\d+", value):
        return int(value)
    match = _RELATIVE.match(value)
    if match and value[0] in "+-":
        amount = int(match.group(1))
        scale = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86_400}[match.group(2)]
        return now + amount * scale
    try:
        moment = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise problem from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return int(moment.timestamp())
