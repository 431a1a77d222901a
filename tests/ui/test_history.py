from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from agora_token_gui.core.build import BuildResult
from agora_token_gui.core.catalog import G007
from agora_token_gui.ui.history_tab import COLUMNS, HistoryTab, entry_for
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW

RTC = {
    "format": "007",
    "builder": "rtc_uid",
    "app_id": APP_ID,
    "app_certificate": CERTIFICATE,
    "channel_name": "room-1",
    "uid": 0,
    "role": 1,
    "token_expire": 3600,
    "privilege_expire": 3600,
}
SIGNALING = {
    "format": "signaling",
    "app_id": APP_ID,
    "app_certificate": CERTIFICATE,
    "account": "alice",
    "expired_ts": 0,
}


def make_tab(qtbot: QtBot) -> HistoryTab:
    tab = HistoryTab(now=lambda: NOW)
    qtbot.addWidget(tab)
    return tab


def cells(tab: HistoryTab, row: int) -> list[str]:
    texts = []
    for column in range(len(COLUMNS)):
        item = tab.table.item(row, column)
        texts.append(item.text() if item is not None else "")
    return texts


def test_rows_show_kind_channel_user_and_expiry(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    assert not tab.copy_button.isEnabled()
    tab.add(BUILD(RTC))
    tab.add(BUILD(SIGNALING))
    assert tab.table.rowCount() == 2
    newest, oldest = cells(tab, 0), cells(tab, 1)
    assert newest[1:] == ["Signaling · Signaling token", "", "alice", "never"]
    assert oldest[1] == "AccessToken2 (007) · RTC by uid"
    assert oldest[2:4] == ["room-1", "0 (any user)"]
    assert oldest[4] != "never"


def test_add_keeps_a_given_creation_time(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    assert tab.add(BUILD(RTC), created=NOW - 60).created == NOW - 60
    assert tab.add(BUILD(RTC)).created == NOW


def test_entry_for_reads_the_catalogue_fields() -> None:
    entry = entry_for(BUILD(dict(RTC, uid=42)), NOW)
    assert (entry.channel, entry.user, entry.expires) == ("room-1", "42", NOW + 3600)


def test_copy_inspect_and_clear(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    result: BuildResult = BUILD(RTC)
    tab.add(result)
    with qtbot.waitSignal(tab.status_message):
        tab.copy_button.click()
    assert QGuiApplication.clipboard().text() == result.token
    with qtbot.waitSignal(tab.inspect_requested) as blocker:
        tab.inspect_button.click()
    assert blocker.args == [result.token]
    tab.clear_button.click()
    assert tab.table.rowCount() == 0
    assert tab.entries == []
    assert not tab.clear_button.isEnabled()


def test_history_is_never_written_to_disk(qtbot: QtBot, tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=Settings(store), keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(window)
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    form = window.generator_tab(G007).select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("room-1")
    form.fields["uid"].set_value(5)
    result = form.generate()
    assert result is not None
    assert len(window.history.entries) == 1
    window.close()
    written = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert result.token not in written
    assert CERTIFICATE not in written


def test_tab_is_built_when_first_shown_and_lists_earlier_tokens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = itertools.count(NOW)  # never runs out: the output panel reads the clock every second
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        settings=Settings(store), keychain=Keychain(), build=BUILD, now=lambda: next(clock)
    )
    qtbot.addWidget(window)
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    form = window.generator_tab(G007).select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("room-1")
    form.fields["uid"].set_value(5)
    first = form.generate()
    second = form.generate()
    assert first is not None
    assert second is not None
    assert window.pages["History"].content is None  # not built until it is needed

    window.show_tab("History")
    tab = window.history
    assert window.page("History") is tab
    assert [e.token for e in tab.entries] == [second.token, first.token]
    assert tab.entries[0].created > tab.entries[1].created  # times kept from generation
    third = form.generate()
    assert third is not None
    assert [e.token for e in tab.entries] == [third.token, second.token, first.token]
