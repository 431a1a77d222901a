"""Batch without JSON (#9): the grid's template is the generator form the user last filled in."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from agora_token_gui.core import detect
from agora_token_gui.core.access_token2 import AccessToken2
from agora_token_gui.core.catalog import G007, find
from agora_token_gui.ui.batch_tab import BatchTab
from agora_token_gui.ui.main_window import MainWindow

from .helpers import APP_ID, BUILD, CERTIFICATE, pinned_window

WAIT_MS = 60_000


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return pinned_window(qtbot, tmp_path / "settings.ini")


def batch_page(window: MainWindow) -> BatchTab:
    window.show_page("Batch")
    tab = window.batch
    assert isinstance(tab, BatchTab)
    return tab


def test_a_grid_from_the_form_needs_no_json(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(G007)
    form = window.generator_tab(G007).select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("from-the-form")
    form.fields["uid"].set_value(42)
    form.fields["role"].set_value(2)  # subscriber
    form.fields["token_expire"].set_value(7200)
    form.fields["privilege_expire"].set_value(600)

    tab = batch_page(window)
    assert tab.use_form.isChecked()
    assert tab.current_kind().key == "007/rtc_uid"
    assert not tab.kind.isEnabled()  # the kind is the form's
    assert tab.template.isHidden()  # no JSON to write
    summary = tab.form_summary.text()
    assert "RTC by uid" in summary
    assert "7200" in summary
    assert "600" in summary
    assert CERTIFICATE not in summary
    assert "from-the-form" not in summary  # the lists fill the channel

    tab.uids.setPlainText("1-3")
    tab.channels.setPlainText("lobby")
    with qtbot.waitSignal(tab.batch_finished, timeout=WAIT_MS):
        tab.run_button.click()
    rows = tab.model.rows()
    assert len(rows) == 3
    for number, row in enumerate(rows, start=1):
        token = detect.decode(row.token).token
        assert isinstance(token, AccessToken2)
        assert token.expire == 7200
        (rtc,) = token.services
        assert rtc.channel_name == "lobby"
        assert rtc.uid == str(number)
        assert rtc.privileges == {1: 600}  # subscriber: join only, with the form's lifetime


def test_json_editing_stays_as_the_advanced_choice(window: MainWindow) -> None:
    tab = batch_page(window)
    tab.use_form.setChecked(False)
    assert not tab.template.isHidden()
    assert tab.kind.isEnabled()


def test_without_a_form_the_grid_says_what_to_do(qtbot: QtBot) -> None:
    tab = BatchTab(
        credentials=lambda: (APP_ID, CERTIFICATE), build=BUILD, form_request=lambda: None
    )
    qtbot.addWidget(tab)
    assert tab.use_form.isChecked()
    tab.uids.setPlainText("1")
    tab.channels.setPlainText("c")
    assert not tab.start()
    assert "generator page" in tab.error.text()


def test_a_kind_with_its_own_credentials_leaves_the_kind_choice_open(qtbot: QtBot) -> None:
    whiteboard = find("whiteboard", "room")
    assert whiteboard is not None
    tab = BatchTab(
        credentials=lambda: (APP_ID, CERTIFICATE),
        build=BUILD,
        form_request=lambda: (whiteboard, {"format": "whiteboard", "builder": "room"}),
    )
    qtbot.addWidget(tab)
    assert not tab.follow_form()
    assert tab.kind.isEnabled()
    assert "cannot be built from the grid" in tab.form_summary.text()


def test_a_template_error_clears_when_the_json_is_fixed(qtbot: QtBot) -> None:
    tab = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=BUILD)
    qtbot.addWidget(tab)
    good = tab.template.toPlainText()
    tab.uids.setPlainText("1")
    tab.channels.setPlainText("c")
    tab.template.setPlainText("{not json")
    assert not tab.start()
    assert not tab.error.isHidden()
    tab.template.setPlainText(good)
    assert tab.error.isHidden()
