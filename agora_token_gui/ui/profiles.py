"""Named credential profiles: the App ID in QSettings, the certificate only in the system keychain.

``keyring`` is imported on first use, never at start-up. When no usable keychain exists (no
backend, the "fail" backend, a locked or broken one) every call says so through
``KeychainUnavailable`` and the app keeps the certificate for this session only.
"""

from __future__ import annotations

from typing import Final, Protocol

from agora_token_gui.ui.settings import Settings

SERVICE: Final = "agora-token-gui"
NO_KEYCHAIN_MESSAGE: Final = (
    "No system keychain available; the certificate is kept for this session only."
)


class KeyringBackend(Protocol):
    """The part of ``keyring.backend.KeyringBackend`` that profiles use."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class KeychainUnavailable(Exception):
    """The system keychain cannot be used; ``str(exc)`` is a sentence for the status bar."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(NO_KEYCHAIN_MESSAGE)
        self.detail = detail


class Keychain:
    """Certificates per profile name in the system keychain (or an injected backend)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._loaded = backend is not None

    def _get_backend(self) -> KeyringBackend:
        if not self._loaded:
            self._loaded = True
            try:
                import keyring
                import keyring.backends.fail
            except ImportError:
                self._backend = None
            else:
                backend = keyring.get_keyring()
                usable = not isinstance(backend, keyring.backends.fail.Keyring)
                self._backend = backend if usable else None
        if self._backend is None:
            raise KeychainUnavailable("no keyring backend")
        return self._backend

    def available(self) -> bool:
        try:
            self._get_backend()
        except KeychainUnavailable:
            return False
        return True

    def get(self, profile: str) -> str | None:
        backend = self._get_backend()
        try:
            return backend.get_password(SERVICE, profile)
        except _failures() as exc:
            raise KeychainUnavailable(str(exc)) from exc

    def set(self, profile: str, certificate: str) -> None:
        backend = self._get_backend()
        try:
            backend.set_password(SERVICE, profile, certificate)
        except _failures() as exc:
            raise KeychainUnavailable(str(exc)) from exc

    def delete(self, profile: str) -> None:
        """Remove the profile's certificate; a missing entry is not an error."""
        backend = self._get_backend()
        try:
            backend.delete_password(SERVICE, profile)
        except _not_found():
            return
        except _failures() as exc:
            raise KeychainUnavailable(str(exc)) from exc


def _failures() -> tuple[type[Exception], ...]:
    """What a keyring backend raises when it cannot work (locked, no D-Bus, refused)."""
    try:
        from keyring.errors import KeyringError
    except ImportError:
        return (OSError, RuntimeError)
    return (OSError, RuntimeError, KeyringError)


def _not_found() -> type[Exception]:
    try:
        from keyring.errors import PasswordDeleteError
    except ImportError:
        return KeyError
    return PasswordDeleteError


class Profiles:
    """Profile name -> App ID (settings) and, when the user asks, certificate (keychain)."""

    def __init__(self, settings: Settings, keychain: Keychain) -> None:
        self._settings = settings
        self.keychain = keychain

    def names(self) -> list[str]:
        return sorted(self._settings.profiles(), key=str.casefold)

    def app_id(self, name: str) -> str:
        return self._settings.profiles().get(name, "")

    def certificate_remembered(self, name: str) -> bool:
        return self._settings.certificate_remembered(name)

    def save(self, name: str, app_id: str, certificate: str | None) -> None:
        """Store the profile; with a certificate, also put it in the keychain.

        Raises:
            KeychainUnavailable: a certificate was given but cannot be kept (the App ID is saved).
        """
        self._settings.set_profile(name, app_id)
        if certificate is None:
            if self._settings.certificate_remembered(name):
                self._settings.set_certificate_remembered(name, False)
                self.keychain.delete(name)
            return
        self._settings.set_certificate_remembered(name, False)
        self.keychain.set(name, certificate)
        self._settings.set_certificate_remembered(name, True)

    def certificate(self, name: str) -> str | None:
        """The remembered certificate, or None when none was remembered.

        Raises:
            KeychainUnavailable: one was remembered but the keychain cannot be read.
        """
        if not self._settings.certificate_remembered(name):
            return None
        return self.keychain.get(name)

    def delete(self, name: str) -> None:
        """Remove the profile and its keychain entry.

        Raises:
            KeychainUnavailable: the profile is gone, but its keychain entry could not be removed.
        """
        remembered = self._settings.certificate_remembered(name)
        self._settings.remove_profile(name)
        if remembered:
            self.keychain.delete(name)

    def forget_all(self) -> list[str]:
        """Delete every profile's keychain entry; returns the profiles whose entry stayed."""
        failed = []
        for name in self._settings.profiles():
            try:
                self.keychain.delete(name)
            except KeychainUnavailable:
                if self._settings.certificate_remembered(name):
                    failed.append(name)
        return failed
