"""Instants in local time and UTC with a relative phrase ("in 3 h", "2 days ago"); pure."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Final

from .errors import InvalidInputError

_UNITS: Final = (("day", 86_400), ("h", 3_600), ("min", 60), ("s", 1))


def duration(seconds: int) -> str:
    """``3 h 20 min``, ``2 days 1 h``, ``45 s``: the two largest units."""
    seconds = abs(seconds)
    if seconds == 0:
        return "0 s"
    parts: list[str] = []
    for name, size in _UNITS:
        count, seconds = divmod(seconds, size)
        if count:
            label = f"{name}s" if name == "day" and count != 1 else name
            parts.append(f"{count} {label}")
        if len(parts) == 2:
            break
    return " ".join(parts)


def relative(instant: int, now: int) -> str:
    """``in 3 h``, ``2 days ago`` or ``now``."""
    delta = instant - now
    if delta == 0:
        return "now"
    return f"in {duration(delta)}" if delta > 0 else f"{duration(delta)} ago"


def utc_text(instant: int) -> str:
    try:
        return _dt.datetime.fromtimestamp(instant, _dt.timezone.utc).strftime(
            "%Y-%m-%d %H:%M:%S UTC"
        )
    except (OverflowError, OSError, ValueError):
        return f"{instant} (out of calendar range)"


def local_text(instant: int, tz: _dt.tzinfo | None = None) -> str:
    try:
        moment = _dt.datetime.fromtimestamp(instant, _dt.timezone.utc).astimezone(tz)
    except (OverflowError, OSError, ValueError):
        return f"{instant} (out of calendar range)"
    return moment.strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def describe(instant: int, now: int, tz: _dt.tzinfo | None = None) -> str:
    """``2026-11-28 20:00:00 CET (19:00:00 UTC), in 3 h``."""
    local = local_text(instant, tz)
    utc = utc_text(instant)
    if local.endswith("UTC") or local == utc:
        return f"{utc}, {relative(instant, now)}"
    return f"{local} ({utc}), {relative(instant, now)}"


_RELATIVE: Final = re.compile(r"([+-]?\d+)\s*([smhd]?)\Z")
_MAX_TIME_TEXT: Final = 64


def parse_instant(text: str, now: int) -> int:
    """Unix seconds, an ISO 8601 date-time (UTC when no zone is given) or ``+30s``/``-2h``."""
    value = text.strip()
    problem = InvalidInputError(
        f"Cannot read {text!r} as a time: use unix seconds, ISO 8601 such as "
        "2026-11-28T19:00:00Z, or +30s / -2h relative to now.",
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
