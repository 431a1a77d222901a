from __future__ import annotations

import sys
from pathlib import Path

import keyring.errors
import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from agora_token_gui.core.catalog import G006, G007
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import NO_KEYCHAIN_MESSAGE, Keychain, KeychainUnavailable, Profiles
from agora_token_gui.ui.settings import Settings

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW

OTHER_CERTIFICATE = "0123456789abcdef0123456789ABCDEF"


class MemoryKeyring:
    """An in-memory keyring backend with keyring's behaviour for missing entries."""

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.passwords[(service, username)]


def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def everything_written(tmp_path: Path) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace") for p in tmp_path.rglob("*") if p.is_file()
    )


def make_window(qtbot: QtBot, settings: Settings, keychain: Keychain | None = None) -> MainWindow:
    window = MainWindow(
        settings=settings,
        keychain=keychain if keychain is not None else Keychain(MemoryKeyring()),
        build=BUILD,
        now=lambda: NOW,
    )
    qtbot.addWidget(window)
    return window


def test_settings_round_trip(tmp_path: Path) -> None:
    settings = Settings(store(tmp_path))
    settings.window_geometry = QByteArray(b"geometry")
    settings.splitter_state = QByteArray(b"splitter")
    settings.decoder_visible = False
    settings.colour_scheme = "dark"
    settings.last_tab = G006
    settings.set_last_kind(G007, "007/rtm")
    settings.set_field_values("007/rtm", {"user_id": "alice", "expire": 600})
    settings.set_profile("prod", APP_ID)
    settings.set_certificate_remembered("prod", True)
    settings.app_id = APP_ID
    settings.sync()

    again = Settings(store(tmp_path))
    assert again.window_geometry == QByteArray(b"geometry")
    assert again.splitter_state == QByteArray(b"splitter")
    assert again.decoder_visible is False
    assert again.colour_scheme == "dark"
    assert again.last_tab == G006
    assert again.last_kind(G007) == "007/rtm"
    assert again.last_kind(G006) == ""
    assert again.field_values("007/rtm") == {"user_id": "alice", "expire": 600}
    assert again.profiles() == {"prod": APP_ID}
    assert again.certificate_remembered("prod")
    assert again.app_id == APP_ID


def test_settings_defaults_and_bad_values(tmp_path: Path) -> None:
    raw = store(tmp_path)
    raw.setValue("window/colour_scheme", "purple")
    raw.setValue("fields/007/rtm", "{not json")
    settings = Settings(raw)
    assert settings.colour_scheme == "system"
    assert settings.field_values("007/rtm") == {}
    assert settings.decoder_visible is True
    assert settings.window_geometry.isEmpty()


def test_settings_refuse_the_certificate(tmp_path: Path) -> None:
    settings = Settings(store(tmp_path))
    with pytest.raises(ValueError, match="never be written"):
        settings.set_field_values("007/rtc_uid", {"app_certificate": CERTIFICATE})


def test_window_state_kind_and_field_values_survive_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(store(tmp_path))
    window = make_window(qtbot, settings)
    window.resize(711, 577)
    window.show_tab(G006)
    form = window.generator_tab(G006).select_kind("006/rtc_account")
    form.fields["channel_name"].set_value("remembered-channel")
    form.fields["salt"].set_value(99)  # a pin: not remembered
    window.toggle_decoder_action.trigger()
    window.close()

    again = make_window(qtbot, Settings(store(tmp_path)))
    assert again.size().width() == 711
    assert again.size().height() == 577
    assert again.current_page_title() == G006
    tab = again.generator_tab(G006)
    assert tab.current_kind().key == "006/rtc_account"
    assert tab.current_form().fields["channel_name"].value() == "remembered-channel"
    assert tab.current_form().fields["salt"].value() is None
    assert not again.toggle_decoder_action.isChecked()
    assert again.decoder_pane.isHidden()


def test_certificate_never_reaches_the_settings_files(
    qtbot: QtBot, tmp_path: Path, isolated_settings: Path
) -> None:
    window = make_window(qtbot, Settings())  # the default QSettings(), under isolated_settings
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    form = window.generator_tab(G007).select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("c")
    form.fields["uid"].set_value(7)
    assert window.generate_current() is not None
    window.save_profile("without-keychain")  # "Remember" is not ticked
    window.close()

    written = everything_written(isolated_settings)
    assert APP_ID in written  # the settings were written...
    assert CERTIFICATE not in written  # ...but never the certificate
    assert CERTIFICATE.lower() not in written.lower()


def test_profile_with_remembered_certificate_uses_the_keychain(
    qtbot: QtBot, tmp_path: Path
) -> None:
    backend = MemoryKeyring()
    settings = Settings(store(tmp_path))
    window = make_window(qtbot, settings, Keychain(backend))
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    window.remember_certificate_check.setChecked(True)
    window.save_profile("prod")
    window.close()

    assert backend.passwords == {("agora-token-gui", "prod"): CERTIFICATE}
    assert CERTIFICATE not in everything_written(tmp_path)

    again = make_window(qtbot, Settings(store(tmp_path)), Keychain(backend))
    assert again.current_profile() == "prod"
    assert again.certificate_edit.text() == CERTIFICATE
    assert again.remember_certificate_check.isChecked()

    again.delete_profile("prod")
    assert backend.passwords == {}
    assert again.profiles.names() == []


def test_profiles_switch_app_id_and_certificate(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, Settings(store(tmp_path)))
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    window.save_profile("one")
    other_id = "0" * 32
    window.app_id_edit.setText(other_id)
    window.certificate_edit.setText(OTHER_CERTIFICATE)
    window.save_profile("two")

    window.select_profile("one")
    assert window.credentials() == (APP_ID, CERTIFICATE)  # kept for this session
    window.select_profile("two")
    assert window.credentials() == (other_id, OTHER_CERTIFICATE)
    assert [window.profile_combo.itemText(i) for i in range(3)] == ["(no profile)", "one", "two"]


def test_no_keychain_keeps_the_certificate_for_the_session(qtbot: QtBot, tmp_path: Path) -> None:
    # conftest points keyring at its "fail" backend: no usable keychain.
    window = make_window(qtbot, Settings(store(tmp_path)), Keychain())
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    window.remember_certificate_check.setChecked(True)
    window.save_profile("prod")

    assert window.profile_message.plain_text() == NO_KEYCHAIN_MESSAGE
    assert window.statusBar().currentMessage() == NO_KEYCHAIN_MESSAGE
    assert not window.remember_certificate_check.isChecked()
    assert window.profiles.names() == ["prod"]
    assert window.certificate_edit.text() == CERTIFICATE
    window.select_profile("")
    window.certificate_edit.clear()
    window.select_profile("prod")
    assert window.certificate_edit.text() == CERTIFICATE


def test_keychain_without_keyring_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)
    keychain = Keychain()
    assert not keychain.available()
    with pytest.raises(KeychainUnavailable, match="No system keychain available"):
        keychain.set("p", CERTIFICATE)


def test_keychain_failure_while_saving_still_saves_the_app_id(tmp_path: Path) -> None:
    class Locked(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked("locked")

    settings = Settings(store(tmp_path))
    profiles = Profiles(settings, Keychain(Locked()))
    with pytest.raises(KeychainUnavailable):
        profiles.save("prod", APP_ID, CERTIFICATE)
    assert profiles.app_id("prod") == APP_ID
    assert not profiles.certificate_remembered("prod")


def test_forget_saved_data_clears_settings_and_keychain(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = MemoryKeyring()
    raw = store(tmp_path)
    window = make_window(qtbot, Settings(raw), Keychain(backend))
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    window.remember_certificate_check.setChecked(True)
    window.save_profile("a")
    window.save_profile("b")
    window.save_settings()
    assert len(backend.passwords) == 2
    assert raw.allKeys()

    monkeypatch.setattr("agora_token_gui.ui.dialogs.confirm_forget", lambda parent: True)
    window.forget_action.trigger()

    assert backend.passwords == {}
    assert raw.allKeys() == []
    assert window.profile_combo.count() == 1
    window.close()  # nothing is written back on the way out
    assert raw.allKeys() == []


def test_forget_can_be_cancelled(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = store(tmp_path)
    window = make_window(qtbot, Settings(raw))
    window.save_settings()
    monkeypatch.setattr("agora_token_gui.ui.dialogs.confirm_forget", lambda parent: False)
    window.forget_action.trigger()
    assert raw.allKeys()
