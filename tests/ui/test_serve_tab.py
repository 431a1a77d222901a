"""The token server page: start/stop, URLs and QR code, limits, the live table, the decoder."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora_token_gui.core import decode, to_json, verify
from agora_token_gui.core.verification import VerifyInputs
from agora_token_gui.ui.serve_tab import LAN_WARNING, ServeTab, qr_image, split_patterns
from tests.ui.helpers import APP_ID, CERTIFICATE


def make_tab(qtbot: QtBot, creds: tuple[str, str] = (APP_ID, CERTIFICATE)) -> ServeTab:
    tab = ServeTab(lambda: creds, lan_addresses=lambda: ["192.0.2.7"])
    qtbot.addWidget(tab)
    tab.port_spin.setValue(0)  # any free port
    return tab


def fetch(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=10) as response:
        data = json.loads(response.read())
    assert isinstance(data, dict)
    return data


def test_start_fetch_select_and_stop(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    tab.channels_edit.setText("qa-*, demo")
    assert tab.start()
    try:
        assert tab.stop_button.isEnabled()
        assert not tab.start_button.isEnabled()
        assert not tab.channels_edit.isEnabled()  # limits are fixed while it runs
        (url,) = tab.urls
        assert url.startswith("http://127.0.0.1:")
        assert tab.qr_label.pixmap() is not None
        assert not tab.qr_label.pixmap().isNull()
        assert "/rtc/CHANNEL/publisher/uid/UID/" in tab.example_label.text()
        token = fetch(f"{url}/rtc/qa-1/publisher/uid/42/?expiry=120")["rtcToken"]
        assert isinstance(token, str)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{url}/rtc/prod/publisher/uid/42/", timeout=10)
        assert refused.value.code == 403
        refused.value.close()
        qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
        first = tab.model.rows[0][0]
        assert first[2] == "GET /rtc/qa-1/publisher/uid/42/?expiry=120"
        assert first[3] == "200"
        assert first[4] == 'channel="qa-1" uid=42 publisher 120s'
        refused_row = tab.model.index(1, 3)
        assert tab.model.data(refused_row) == "403"
        tooltip = tab.model.data(refused_row, Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith("Channel 'prod' is not allowed")
        with qtbot.waitSignal(tab.inspect_requested) as inspected:
            tab.table.selectRow(0)
        assert inspected.args == [token]
        value = decode(token)
        assert verify(value, VerifyInputs(CERTIFICATE)).valid
        assert to_json(value)["expire"] == 120
        text = " ".join(" ".join(cells) for cells, _, _ in tab.model.rows)
        assert CERTIFICATE not in text
    finally:
        tab.stop()
    assert not tab.running
    assert tab.start_button.isEnabled()
    assert tab.model.rowCount() == 2  # the list stays after stopping
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}/ping", timeout=2)


def test_missing_or_bad_credentials_say_so_without_starting(qtbot: QtBot) -> None:
    tab = make_tab(qtbot, (APP_ID, ""))
    assert not tab.start()
    assert not tab.running
    assert "No App Certificate" in tab.message.plain_text()
    bad = make_tab(qtbot, (APP_ID, CERTIFICATE[:-1] + "x"))
    assert not bad.start()
    assert "the App Certificate field must be 32 hexadecimal" in bad.message.plain_text()
    assert CERTIFICATE[:-1] not in bad.message.plain_text()


def test_port_in_use_is_a_message(qtbot: QtBot) -> None:
    first = make_tab(qtbot)
    assert first.start()
    try:
        port = int(first.urls[0].rsplit(":", 1)[1])
        second = make_tab(qtbot)
        second.port_spin.setValue(port)
        assert not second.start()
        assert f"Cannot listen on 127.0.0.1 port {port}" in second.message.plain_text()
    finally:
        first.stop()


def test_lan_choice_shows_the_warning(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    assert not tab.lan_warning.isVisibleTo(tab)
    tab.lan_radio.setChecked(True)
    assert tab.lan_warning.plain_text() == LAN_WARNING
    tab.local_radio.setChecked(True)
    assert tab.lan_warning.plain_text() == ""


def test_closing_the_window_stops_the_server(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    tab.show()
    assert tab.start()
    url = tab.urls[0]
    tab.close()
    assert not tab.running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}/ping", timeout=2)


def test_the_table_keeps_the_newest_rows(qtbot: QtBot) -> None:
    from agora_token_gui.serve.contract import Answer
    from agora_token_gui.serve.server import Record
    from agora_token_gui.ui import serve_tab

    tab = make_tab(qtbot)
    records = [
        Record(0.0, "c", "GET", f"/ping?{n}", Answer(200, [], route="ping"))
        for n in range(serve_tab.MAX_ROWS + 10)
    ]
    tab.model.add(records[:20])
    tab.model.add(records[20:])
    assert tab.model.rowCount() == serve_tab.MAX_ROWS
    assert tab.model.rows[-1][0][2] == f"GET /ping?{serve_tab.MAX_ROWS + 9}"


def test_helpers() -> None:
    assert split_patterns(" qa-*, demo  lab?,") == ("qa-*", "demo", "lab?")
    image = qr_image("http://192.0.2.7:8080")
    assert image.width() == image.height() >= 120
    assert image.pixelColor(0, 0).name() == "#ffffff"  # quiet zone
