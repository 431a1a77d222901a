from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from agora_token_gui.core.build import BuildResult
from agora_token_gui.core.expiry import Capability, Expiry
from agora_token_gui.ui.output_panel import OutputPanel, expiry_text

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW

REQUEST = {
    "format": "007",
    "builder": "rtc_uid",
    "app_id": APP_ID,
    "app_certificate": CERTIFICATE,
    "channel_name": "demo channel",
    "uid": 42,
    "role": 1,
    "token_expire": 3600,
    "privilege_expire": 3600,
}


class Clock:
    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def result() -> BuildResult:
    return BUILD(REQUEST)


def make_panel(qtbot: QtBot, clock: Clock | None = None) -> OutputPanel:
    panel = OutputPanel(now=clock or Clock(NOW))
    qtbot.addWidget(panel)
    return panel


def test_nothing_to_copy_before_a_token(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert not panel.copy_button.isEnabled()
    assert not panel.copy_as_button.isEnabled()
    assert not panel.inspect_button.isEnabled()


def test_copy_puts_the_token_on_the_clipboard_and_says_so(
    qtbot: QtBot, result: BuildResult
) -> None:
    panel = make_panel(qtbot)
    panel.set_result(result)
    with qtbot.waitSignal(panel.status_message) as blocker:
        panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == result.token
    assert blocker.args == [f"Token copied ({len(result.token)} characters)."]


def test_copy_as_token(qtbot: QtBot, result: BuildResult) -> None:
    panel = make_panel(qtbot)
    panel.set_result(result)
    panel.copy_token_action.trigger()
    assert QGuiApplication.clipboard().text() == result.token


def test_copy_as_json_is_the_request_without_certificate(qtbot: QtBot, result: BuildResult) -> None:
    panel = make_panel(qtbot)
    panel.set_result(result)
    panel.copy_json_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert CERTIFICATE not in text
    expected = {k: v for k, v in REQUEST.items() if k != "app_certificate"}
    expected.update(issue_ts=NOW, salt=1)
    assert json.loads(text) == expected


def test_copy_as_command_line_has_no_certificate(qtbot: QtBot, result: BuildResult) -> None:
    panel = make_panel(qtbot)
    panel.set_result(result)
    panel.copy_command_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert CERTIFICATE not in text
    assert text == (
        "agora-token build 007 rtc_uid --app-id "
        f"{APP_ID} --channel-name 'demo channel' --uid 42 --role 1 --token-expire 3600 "
        f"--privilege-expire 3600 --issue-ts {NOW} --salt 1"
    )


def test_copy_as_export_line(qtbot: QtBot, result: BuildResult) -> None:
    panel = make_panel(qtbot)
    panel.set_result(result)
    panel.copy_export_action.trigger()
    assert QGuiApplication.clipboard().text() == f"export AGORA_TOKEN={result.token}"


def test_inspect_asks_for_the_decoder(qtbot: QtBot, result: BuildResult) -> None:
    panel = make_panel(qtbot)
    panel.set_result(result)
    with qtbot.waitSignal(panel.inspect_requested) as blocker:
        panel.inspect_button.click()
    assert blocker.args == [result.token]


def test_countdown_runs_every_second(qtbot: QtBot, result: BuildResult) -> None:
    clock = Clock(NOW + 2)
    panel = make_panel(qtbot, clock)
    panel.set_result(result)
    assert panel.timer.isActive()
    assert panel.timer.interval() == 1000
    assert panel.expiry_label.plain_text().startswith("Expires in 59 min 58 s (")
    clock.now = NOW + 3603
    panel.timer.timeout.emit()  # the next tick, without waiting a real second for it
    assert panel.expiry_label.plain_text().startswith("Expired 3 s ago (")


def test_expiry_text_states() -> None:
    def found(at: int | None) -> Expiry:
        return Expiry(at, at, (Capability("the token", at),))

    assert expiry_text(None, NOW) == ("Never expires.", "ok")
    assert expiry_text(found(None), NOW) == ("Never expires.", "ok")
    assert expiry_text(found(NOW + 30), NOW)[1] == "warning"  # the SDK's renewal warning
    assert expiry_text(found(NOW + 31), NOW)[1] == "ok"
    assert expiry_text(found(NOW + 3600), NOW)[1] == "ok"
    assert expiry_text(found(NOW), NOW)[1] == "error"


def test_pins_and_warnings_are_shown(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.set_result(BUILD(dict(REQUEST, token_expire=2 * 86_400)))
    assert panel.pins_label.text() == f"Built with issue_ts = {NOW}, salt = 1."
    assert "24 h" in panel.warnings.plain_text()
