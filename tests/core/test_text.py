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
