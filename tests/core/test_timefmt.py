"""Durations, relative phrases, local/UTC instants and parsing of times a person types."""

from __future__ import annotations

import datetime as dt

import pytest

from agora_token_gui.core import timefmt
from agora_token_gui.core.errors import InvalidInputError

CET = dt.timezone(dt.timedelta(hours=1), "CET")
NOW = 1_700_000_000


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (45, "45 s"),
        (60, "1 min"),
        (3600, "1 h"),
        (3661, "1 h 1 min"),
        (86_400, "1 day"),
        (2 * 86_400 + 3600 + 59, "2 days 1 h"),
        (86_400 + 5, "1 day 5 s"),
        (-90, "1 min 30 s"),
        (2**32 - 1, "49710 days 6 h"),
    ],
)
def test_duration_uses_the_two_largest_units(seconds: int, text: str) -> None:
    assert timefmt.duration(seconds) == text


@pytest.mark.parametrize(
    ("instant", "text"),
    [
        (NOW, "now"),
        (NOW + 1, "in 1 s"),
        (NOW + 3 * 3600, "in 3 h"),
        (NOW - 2 * 86_400, "2 days ago"),
        (NOW - 86_400 - 60, "1 day 1 min ago"),
    ],
)
def test_relative_phrasing(instant: int, text: str) -> None:
    assert timefmt.relative(instant, NOW) == text


def test_describe_shows_local_time_utc_and_the_relative_phrase() -> None:
    assert timefmt.describe(NOW, NOW + 3600, CET) == (
        "2023-11-14 23:13:20 CET (2023-11-14 22:13:20 UTC), 1 h ago"
    )
    assert timefmt.describe(NOW, NOW, dt.timezone.utc) == "2023-11-14 22:13:20 UTC, now"


def test_instants_outside_the_calendar_do_not_crash() -> None:
    assert timefmt.utc_text(10**20) == f"{10**20} (out of calendar range)"
    assert timefmt.local_text(-(10**20), CET).endswith("(out of calendar range)")
    assert timefmt.describe(10**20, 0).endswith(
        "(out of calendar range), in 1157407407407407 days 9 h"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1700000000", 1_700_000_000),
        ("  42 ", 42),
        ("+30s", NOW + 30),
        ("+30", NOW + 30),
        ("-2h", NOW - 7200),
        ("+5m", NOW + 300),
        ("+1d", NOW + 86_400),
        ("2026-11-28T19:00:00Z", 1_795_892_400),
        ("2026-11-28T19:00:00", 1_795_892_400),
        ("2026-11-28T20:00:00+01:00", 1_795_892_400),
        ("2026-11-28", 1_795_824_000),
    ],
)
def test_parse_instant(text: str, expected: int) -> None:
    assert timefmt.parse_instant(text, NOW) == expected


@pytest.mark.parametrize(
    "text", ["", "tomorrow", "+3w", "12:00 pm", "9" * 5000, "+" + "9" * 5000 + "s"]
)
def test_parse_instant_rejects_with_one_sentence(text: str) -> None:
    """The 5000-digit cases are a regression: int() raised ValueError past 4300 digits."""
    with pytest.raises(InvalidInputError) as caught:
        timefmt.parse_instant(text, NOW)
    message = str(caught.value)
    assert message.startswith("Cannot read")
    assert message.endswith(".")
    assert caught.value.field == "at"
