"""A first start that guides: focus on the App ID, no red before anything was typed, hints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from agora_token_gui.core.catalog import G005, G006, G007, GOLD, KINDS, SUPPORT, find
from agora_token_gui.ui.dialogs import (
    AboutDialog,
    ProfileNameDialog,
    ShortcutsDialog,
    shortcut_rows,
)
from agora_token_gui.ui.form import kind_details
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW


@pytest.fixture
def fresh(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def errors_on_screen(window: MainWindow) -> list[str]:
    form = window.generator_tab(G007).current_form()
    labels = [window.app_id_message, window.certificate_message, form.general_message]
    labels += [field.message for field in form.fields.values()]
    return [label.plain_text() for label in labels if label.has_error()]


def test_focus_starts_on_the_app_id(qtbot: QtBot, fresh: MainWindow) -> None:
    qtbot.waitUntil(fresh.isActiveWindow)
    assert QApplication.focusWidget() is fresh.app_id_edit


def test_no_error_until_touched_or_generate(fresh: MainWindow) -> None:
    assert errors_on_screen(fresh) == []
    form = fresh.generator_tab(G007).current_form()
    assert form.has_errors()  # the problems are known, only not shown yet
    assert form.generate_button.isEnabled()
    form.generate_button.click()
    shown = errors_on_screen(fresh)
    assert any("App ID is missing" in text for text in shown)
    assert any(text.startswith("User ID (uid) is required") for text in shown)


def test_a_field_shows_its_error_once_edited(fresh: MainWindow) -> None:
    fresh.app_id_edit.textEdited.emit("abc")  # as typing does
    fresh.app_id_edit.setText("abc")
    assert "32 hexadecimal" in fresh.app_id_message.plain_text()
    assert fresh.certificate_message.plain_text() == ""  # untouched: still the hint


def test_the_empty_state_says_where_the_credentials_come_from(fresh: MainWindow) -> None:
    assert "Agora Console" in fresh.app_id_message.text()
    assert "Primary Certificate" in fresh.certificate_message.text()
    note = fresh.decoder_pane.empty_note
    assert note.isVisible()
    assert "paste" in note.text().lower()
    assert "Generate" in note.text()


def test_messages_reserve_their_line_so_nothing_moves(qtbot: QtBot, fresh: MainWindow) -> None:
    fresh.toggle_decoder_action.setChecked(False)  # the offscreen screen is only 800 px wide
    fresh.app_id_edit.setText(APP_ID)
    fresh.certificate_edit.setText(CERTIFICATE)
    form = fresh.generator_tab(G007).select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("demo")
    QApplication.processEvents()

    def generate_y() -> int:
        QApplication.processEvents()
        return form.generate_button.mapTo(fresh, form.generate_button.rect().topLeft()).y()

    before = generate_y()
    form.fields["uid"].set_value(4294967296)  # an error appears under the uid ...
    assert form.fields["uid"].message.has_error()
    assert generate_y() == before
    form.fields["uid"].set_value(42)  # ... and goes
    assert not form.fields["uid"].message.has_error()
    assert generate_y() == before
    fresh.app_id_edit.setText("abc")  # the credential row keeps its height too
    assert fresh.app_id_message.has_error()
    assert generate_y() == before


def test_plain_words_first_then_the_agora_names(fresh: MainWindow) -> None:
    tab = fresh.generator_tab(G007)
    tab.select_kind("007/rtc_uid")
    assert tab.description_label.text() == "Join an RTC channel with a numeric uid."
    details = tab.details_label.text()
    assert "Current Agora SDKs" in details
    assert "uid 0 = any user" in details
    assert "Agora: RtcTokenBuilder2.build_token_with_uid." in details
    assert tab.details_label.font().pointSizeF() < tab.description_label.font().pointSizeF()


@pytest.mark.parametrize(
    ("key", "sdk", "uid"),
    [
        ("006/rtc_uid", "Agora SDK 2.1.0 or later", "uid 0 = any user"),
        ("005/media_channel", "1.3.0 or later", "uid 0 = any user"),
        ("005/in_channel_permission", "need 1.7.0 or later", "uid 0 = any user"),
        ("004/media_channel", "Agora SDK 1.3.0 or later", "uid 0 = any user"),
        ("003/key", "Agora SDK 1.2.3 or later", "uid 0 = any user"),
        ("001/key", "before DynamicKey2", "DynamicKey v1 carries no uid"),
    ],
)
def test_each_key_type_says_which_sdks_accept_it(key: str, sdk: str, uid: str) -> None:
    format_, builder = key.split("/")
    kind = find(format_, builder)
    assert kind is not None
    details = kind_details(kind)
    assert sdk in details
    assert uid.lower() in details.lower()


def test_every_catalogue_format_of_the_generator_groups_has_support_data() -> None:
    groups = {G007, G006, G005, GOLD}
    assert {k.format for k in KINDS if k.group in groups} <= set(SUPPORT)


def _clipped_labels(dialog: QLabel | object) -> list[str]:
    from PySide6.QtWidgets import QWidget

    assert isinstance(dialog, QWidget)
    clipped = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                clipped.append(label.text()[:40])
        elif label.width() < label.minimumSizeHint().width():
            clipped.append(label.text()[:40])
    return clipped


def test_dialogs_are_sized_to_their_content_and_title(qtbot: QtBot, fresh: MainWindow) -> None:
    shortcuts = ShortcutsDialog(shortcut_rows(fresh.shortcut_actions()), fresh)
    dialogs: list[QDialog] = [ProfileNameDialog("", fresh), AboutDialog(fresh), shortcuts]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        assert dialog.width() >= title + 100, dialog.windowTitle()
        assert _clipped_labels(dialog) == [], dialog.windowTitle()
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width()
        assert dialog.height() <= screen.height()
        dialog.close()
    table = shortcuts.table
    assert not table.horizontalScrollBar().isVisible()


def test_save_profile_dialog_wants_a_name(qtbot: QtBot, fresh: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = ProfileNameDialog("", fresh)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    assert not save.isEnabled()
    dialog.name_edit.setText("  staging ")
    assert save.isEnabled()
    assert dialog.name() == "staging"


def test_no_form_shows_a_message_before_it_is_touched(fresh: MainWindow) -> None:
    from agora_token_gui.core.catalog import GROUPS

    noisy = {}
    for group in GROUPS:
        tab = fresh.generator_tab(group)
        for kind in tab.kinds:
            form = tab.select_kind(kind.key)
            shown = [f.message.plain_text() for f in form.fields.values() if f.message.plain_text()]
            if shown:
                noisy[kind.key] = shown
    assert noisy == {}
