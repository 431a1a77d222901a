"""The core's translatable messages: English strings that keep their template and parameters."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from agora_token_gui.core import timefmt
from agora_token_gui.core.errors import InvalidInputError
from agora_token_gui.core.text import Moment, Text, msg


def test_a_message_is_its_english_sentence_and_keeps_template_and_parameters() -> None:
    text = msg("The token expired {ago}.", ago=msg("{count} h", count=3))
    assert text == "The token expired 3 h."
    assert isinstance(text, str)
    assert text.template == "The token expired {ago}."
    assert text.params["ago"].template == "{count} h"  # type: ignore[attr-defined]


def test_messages_and_moments_survive_pickling_for_batch_jobs() -> None:
    text = msg("at {when}", when=timefmt.utc_text(0))
    copy = pickle.loads(pickle.dumps(text))
    assert isinstance(copy, Text)
    assert copy == text
    assert copy.template == "at {when}"
    when = copy.params["when"]
    assert isinstance(when, Moment)
    assert (when.instant, when.utc) == (0, True)


def test_time_words_are_messages() -> None:
    assert isinstance(timefmt.relative(3600, 0), Text)
    assert timefmt.relative(3600, 0).template == "in {duration}"
    assert timefmt.duration(90_000).template == "{larger} {smaller}"
    local = timefmt.local_text(0, dt.timezone(dt.timedelta(hours=1), "CET"))
    assert isinstance(local, Moment)
    assert (local, local.utc) == ("1970-01-01 01:00:00 CET", False)


def test_errors_carry_the_message_for_the_gui() -> None:
    with pytest.raises(InvalidInputError) as caught:
        timefmt.parse_instant("soon", 0)
    assert isinstance(caught.value.args[0], Text)
    assert "'soon'" in str(caught.value)


def test_chinese_sentences_are_spaced_at_the_seams_between_template_and_values() -> None:
    from agora_token_gui.core.text import format_spaced

    # Han meets Latin at a seam: one space; Han meets Han: none; punctuation: as written.
    assert format_spaced("{what}已于 {when} 过期", {"what": "Token", "when": "1 小时前"}) == (
        "Token 已于 1 小时前过期"
    )
    assert format_spaced("无法检查{what}（{uid!r}）", {"what": "RTC 服务", "uid": "7"}) == (
        "无法检查 RTC 服务（'7'）"
    )
    assert format_spaced("这是 {name}。", {"name": "信令 Token"}) == "这是信令 Token。"
    assert format_spaced("最多 {n:,} 次、{m}", {"n": 65536, "m": "x"}) == "最多 65,536 次、x"
    # The inside of a value (what the user typed) and English templates are never changed.
    assert format_spaced("频道名 {c!r} 无效", {"c": "房间1"}) == "频道名 '房间1' 无效"
    assert format_spaced("The {x} is {y}", {"x": "频道", "y": "A"}) == "The 频道 is A"
    assert format_spaced("值{v}", {"v": "\ue000a"}) == "值\ue000a"  # a marker in a value
