"""Issue 14 items 2 and 3: only an encrypting keychain is one; no backend failure stops the app.

The backends here are fakes that carry the module and class names of keyring's real backends
(and of keyrings.alt's plaintext ones), so the allow-list is tested without installing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import (
    NO_KEYCHAIN_MESSAGE,
    Keychain,
    KeychainUnavailable,
    Profiles,
    encrypts,
)
from agora_token_gui.ui.settings import Settings

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW


class _Store:
    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")
        self.passwords.pop((service, username), None)


def backend_class(module: str, name: str, base: type = _Store) -> type:
    cls = type(name, (base,), {"__module__": module})
    cls.__qualname__ = name
    return cls


SecretService = backend_class("keyring.backends.SecretService", "Keyring")
KWallet = backend_class("keyring.backends.kwallet", "DBusKeyring")
MacOS = backend_class("keyring.backends.macOS", "Keyring")
Windows = backend_class("keyring.backends.Windows", "WinVaultKeyring")
Plaintext = backend_class("keyrings.alt.file", "PlaintextKeyring")
Encrypted = backend_class("keyrings.alt.file", "EncryptedKeyring")
Null = backend_class("keyring.backends.null", "Keyring")
Fail = backend_class("keyring.backends.fail", "Keyring")
LookAlike = backend_class("my_package.backends.SecretService", "Keyring")


class _Chain(_Store):
    def __init__(self, *members: object) -> None:
        super().__init__()
        self.backends = list(members)


Chainer: type[_Chain] = backend_class("keyring.backends.chainer", "ChainerBackend", _Chain)

# Exceptions of the real libraries, by module and name (they derive from Exception only).
LockedException = type("LockedException", (Exception,), {"__module__": "secretstorage.exceptions"})
DBusErrorResponse = type("DBusErrorResponse", (Exception,), {"__module__": "jeepney.wrappers"})


def use_system_backend(monkeypatch: pytest.MonkeyPatch, backend: object) -> None:
    monkeypatch.setattr("keyring.get_keyring", lambda: backend)


@pytest.mark.parametrize("cls", [SecretService, KWallet, MacOS, Windows])
def test_encrypting_backends_are_keychains(cls: type) -> None:
    assert encrypts(cls())


@pytest.mark.parametrize("cls", [Plaintext, Encrypted, Null, Fail, LookAlike, _Store])
def test_other_backends_are_not(cls: type) -> None:
    assert not encrypts(cls())


def test_a_chain_is_a_keychain_only_when_every_member_encrypts() -> None:
    assert encrypts(Chainer(SecretService(), KWallet()))
    assert not encrypts(Chainer(SecretService(), Plaintext()))
    assert not encrypts(Chainer())


@pytest.mark.parametrize("cls", [Plaintext, Null, LookAlike])
def test_plaintext_and_null_backends_are_never_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cls: type
) -> None:
    backend = cls()
    use_system_backend(monkeypatch, backend)
    keychain = Keychain()
    assert not keychain.available()
    profiles = Profiles(
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), keychain
    )
    with pytest.raises(KeychainUnavailable, match="No system keychain available"):
        profiles.save("prod", APP_ID, CERTIFICATE)
    assert backend.calls == []
    assert not profiles.certificate_remembered("prod")


def test_secret_service_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = SecretService()
    use_system_backend(monkeypatch, backend)
    keychain = Keychain()
    keychain.set("p", CERTIFICATE)
    assert keychain.get("p") == CERTIFICATE


def test_get_keyring_itself_failing_is_no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise DBusErrorResponse("org.freedesktop.DBus.Error.ServiceUnknown")

    monkeypatch.setattr("keyring.get_keyring", broken)
    assert not Keychain().available()


class _Raising(_Store):
    error: Exception = LockedException("Prompt dismissed")

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.mark.parametrize(
    "error",
    [
        LockedException("Prompt dismissed"),
        DBusErrorResponse("org.freedesktop.DBus.Error.NoReply"),
        ValueError("anything"),
        KeyError("x"),
        AttributeError("no"),
    ],
)
def test_every_backend_exception_is_keychain_unavailable(error: Exception) -> None:
    backend = _Raising()
    backend.error = error
    keychain = Keychain(backend)
    with pytest.raises(KeychainUnavailable) as info:
        keychain.get("p")
    assert str(info.value) == NO_KEYCHAIN_MESSAGE
    assert str(error) not in str(info.value)
    with pytest.raises(KeychainUnavailable):
        keychain.set("p", CERTIFICATE)
    with pytest.raises(KeychainUnavailable):
        keychain.delete("p")


def make_window(qtbot: QtBot, tmp_path: Path, keychain: Keychain) -> MainWindow:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=Settings(store), keychain=keychain, build=BUILD, now=lambda: NOW)
    qtbot.addWidget(window)
    return window


def test_saving_with_a_locked_keychain_warns_instead_of_crashing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path, Keychain(_Raising()))
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    window.remember_certificate_check.setChecked(True)
    window.save_profile("prod")
    assert window.profile_message.plain_text() == NO_KEYCHAIN_MESSAGE
    assert not window.remember_certificate_check.isChecked()
    assert window.profiles.names() == ["prod"]


def test_start_with_a_remembered_profile_and_a_locked_keychain_builds_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    good = SecretService()
    first = make_window(qtbot, tmp_path, Keychain(good))
    first.app_id_edit.setText(APP_ID)
    first.certificate_edit.setText(CERTIFICATE)
    first.remember_certificate_check.setChecked(True)
    first.save_profile("prod")
    first.close()
    assert first.profiles.certificate_remembered("prod")

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        settings=Settings(store),
        keychain=Keychain(_Raising()),
        build=BUILD,
        now=lambda: NOW,
        deferred=True,
    )
    qtbot.addWidget(window)
    window.complete()  # what main() does after the first frame
    assert window.ready
    assert window.current_profile() == "prod"
    assert window.profile_message.plain_text() == NO_KEYCHAIN_MESSAGE
    assert window.certificate_edit.text() == ""
    assert window.sidebar.titles(), "the pages were built"
    assert window.stack.currentWidget() is not None
