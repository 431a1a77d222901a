"""The decoder pane finds the token in pasted URLs, log lines and JSON, says how, and offers each
token when there are several (issue #9); its first row is the effective expiry."""

from __future__ import annotations

import json
import urllib.parse

import pytest
from pytestqt.qtbot import QtBot

from agora_token_gui.ui.decoder_pane import DecoderPane
from tests.tokens import T, make, rtc

TOKEN = rtc()
OTHER = rtc(uid=7)


def make_pane(qtbot: QtBot, now: int = T + 60) -> DecoderPane:
    pane = DecoderPane(now=lambda: now)
    qtbot.addWidget(pane)
    return pane


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            f"https://example.com/join?channel=demo&token={urllib.parse.quote(TOKEN, safe='')}",
            "Found a 007 token in a URL's `token` parameter.",
        ),
        (
            f"2026-12-06 10:00:01 WARN join failed token={TOKEN} uid=123 code=109",
            "Found a 007 token in a log line's `token` field.",
        ),
        (json.dumps({"token": TOKEN, "uid": 123}), "Found a 007 token in a JSON snippet's"),
    ],
    ids=["url", "log line", "json"],
)
def test_the_pane_finds_the_token_and_says_where(qtbot: QtBot, text: str, where: str) -> None:
    pane = make_pane(qtbot)
    pane.set_token(text)
    decoded = pane.decoded()
    assert decoded is not None
    assert decoded.text == TOKEN
    assert where in pane.repair_note.text()
    assert pane.repair_note.isVisibleTo(pane)
    assert not pane.found_tokens.isVisibleTo(pane)
    assert json.loads(pane.decoded_json())["repairs"][0]["message"].startswith("Found a 007")


def test_several_tokens_are_offered_and_each_can_be_shown(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.set_token(f"works: {OTHER}\nfails: {TOKEN}\n")
    assert pane.found_tokens.isVisibleTo(pane)
    assert pane.found_tokens.count() == 2
    assert pane.found_tokens.itemText(1).startswith("Token 2 of 2: AccessToken2 — Found a 007")
    first = pane.decoded()
    assert first is not None
    assert first.text == OTHER
    pane.show_candidate(1)
    second = pane.decoded()
    assert second is not None
    assert second.text == TOKEN


def test_a_text_without_a_token_says_so(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.set_token("INFO joined channel demo as uid=123 at 10:00")
    assert pane.decoded() is None
    assert "holds none" in pane.status.text()
    assert not pane.found_tokens.isVisibleTo(pane)


def test_the_headline_is_red_for_an_expired_privilege(qtbot: QtBot) -> None:
    token = make(
        {
            "format": "007",
            "builder": "rtc_uid_privileges",
            "channel_name": "demo",
            "uid": 123,
            "token_expire": 7200,
            "join_channel_privilege_expire": 7200,
            "pub_audio_privilege_expire": 600,
            "pub_video_privilege_expire": 600,
            "pub_data_stream_privilege_expire": 600,
        }
    )
    pane = make_pane(qtbot, now=T + 1200)
    pane.set_token(token)
    tree = pane.tree
    rows = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)  # type: ignore[union-attr]
        for i in range(tree.topLevelItemCount())
    }
    assert rows["Effective expiry"].startswith(
        "Publishing stopped 10 min ago; joining works for 1 h 40 min"
    )
