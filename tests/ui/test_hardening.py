"""Issue 14 items 10, 9 and 4 in the window: stale certificates, slow restores, huge pastes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from agora_token_gui.core.detect import JSONValue
from agora_token_gui.ui.decoder_pane import _DIAGNOSE_TAB, DecoderPane
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings
from tests.tokens import rtc

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW
from .test_settings import MemoryKeyring


def make_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        settings=Settings(store), keychain=Keychain(MemoryKeyring()), build=BUILD, now=lambda: NOW
    )
    qtbot.addWidget(window)
    return window


def diagnose_certificate(window: MainWindow) -> str:
    pane = window.decoder_pane
    pane.details.setCurrentIndex(_DIAGNOSE_TAB)
    return pane.diagnose.app_certificate.text()


def test_diagnose_drops_the_certificate_of_the_previous_profile(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    window.save_profile("with")
    window.certificate_edit.clear()
    window.save_profile("without")
    window.decoder_pane.set_token(rtc())

    window.select_profile("with")
    assert diagnose_certificate(window) == CERTIFICATE
    window.select_profile("without")
    assert window.credentials()[1] == ""
    assert diagnose_certificate(window) == ""  # it kept the other profile's before

    window.select_profile("with")
    assert diagnose_certificate(window) == CERTIFICATE
    monkeypatch.setattr("agora_token_gui.ui.dialogs.confirm_forget", lambda parent: True)
    window.forget_action.trigger()
    assert window.credentials()[1] == ""
    assert diagnose_certificate(window) == ""


def test_a_certificate_typed_into_diagnose_stays(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.decoder_pane.set_token(rtc())
    diagnose_certificate(window)
    window.decoder_pane.diagnose.app_certificate.setText(CERTIFICATE)
    window.certificate_edit.setText("")  # the window has none: what was typed here stays
    assert diagnose_certificate(window) == CERTIFICATE


# --- item 9: restoring many services is linear ----------------------------------------------


def test_restoring_400_services_refreshes_once(qtbot: QtBot) -> None:
    from agora_token_gui.core.catalog import KINDS
    from agora_token_gui.ui.editors import ServicesField
    from agora_token_gui.ui.form import Form

    kind = next(k for k in KINDS if k.key == "007/services")
    form = Form(kind, credentials=lambda: (APP_ID, CERTIFICATE), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(form)
    field = form.fields["services"]
    assert isinstance(field, ServicesField)
    emitted: list[None] = []
    field.services.changed.connect(lambda: emitted.append(None))
    value: list[JSONValue] = [
        {"type": 1, "privileges": {"1": 3600}, "channel_name": f"c{i}", "uid": str(i)}
        for i in range(400)
    ]
    form.restore_field_values({"services": value})
    # Each `changed` walked every service (titles, form revalidation): one for the whole restore
    # instead of several per service is what makes it linear (400 services: 15 s before).
    assert len(emitted) == 1
    assert field.value() == value
    items = field.services.service_list
    assert items.count() == 400
    assert items.item(399).text().startswith("400. ")
    assert items.currentRow() == 399


def test_services_json_that_nests_too_deep_is_a_message(qtbot: QtBot) -> None:
    from agora_token_gui.core.catalog import KINDS
    from agora_token_gui.ui.editors import ServicesField
    from agora_token_gui.ui.form import Form

    kind = next(k for k in KINDS if k.key == "007/services")
    form = Form(kind, credentials=lambda: (APP_ID, CERTIFICATE), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(form)
    field = form.fields["services"]
    assert isinstance(field, ServicesField)
    field.json_button.setChecked(True)
    field.json_edit.setPlainText("[" * 100_000)
    assert "deeper than 64 levels" in field.local_error()
    field.json_edit.setPlainText('[{"type": 1, "type": 2}]')
    assert "key 'type' twice" in field.local_error()


# --- item 4: the decoder refuses a pasted log instead of freezing ---------------------------


def _drop(pane: DecoderPane, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    pane.input.dropEvent(event)


@pytest.fixture
def pane(qtbot: QtBot) -> DecoderPane:
    widget = DecoderPane(now=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def test_pasting_a_300_kb_log_is_refused_in_words(qtbot: QtBot, pane: DecoderPane) -> None:
    log = ("x" * 299_000) + rtc()
    mime = QMimeData()
    mime.setText(log)
    with qtbot.waitSignal(pane.status_message) as blocker:
        pane.input.insertFromMimeData(mime)  # what Ctrl+V does
    assert pane.input.toPlainText() == ""
    assert blocker.args == [pane.status.text()]
    assert f"{len(log):,} characters" in pane.status.text()
    assert "at most 16,384" in pane.status.text()
    # Dropping the same text is refused the same way; a token still goes in.
    with qtbot.waitSignal(pane.status_message):
        _drop(pane, mime)
    assert pane.input.toPlainText() == ""
    mime.setText(rtc())
    pane.input.insertFromMimeData(mime)
    assert pane.input.toPlainText() == rtc()


def test_dropping_a_large_file_is_refused(qtbot: QtBot, pane: DecoderPane, tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_text("line\n" * 10_000 + rtc(), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    with qtbot.waitSignal(pane.status_message):
        _drop(pane, mime)
    assert pane.input.toPlainText() == ""
    assert (
        pane.status.text() == "app.log is larger than 16 KB; drop a text file that holds one token."
    )
