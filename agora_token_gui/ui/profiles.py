"""Named credential profiles: the App ID in QSettings, the certificate only in the system keychain.

``keyring`` is imported on first use, never at start-up. Only backends known to encrypt what
they store count as a keychain (:data:`ENCRYPTING_BACKENDS`): keyring's plaintext file backends
(``keyrings.alt``), its null backend and anything unknown would claim to keep the certificate
while writing it to disk readable, or dropping it. When no usable keychain exists, or a backend
fails in any way (locked, no D-Bus, an exception of its own), every call says so through
``KeychainUnavailable`` and the app keeps the certificate for this session only.
"""

from __future__ import annotations

from typing import Final, Protocol

from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP
from agora_token_gui.ui.settings import Settings

SERVICE: Final = "agora-token-gui"
# Marked in the core's context: KeychainUnavailable carries it as a core Text (made when raised,
# after the first frame, which imports nothing of the core), shown with localise(message_of()).
NO_KEYCHAIN_MESSAGE: Final = QT_TRANSLATE_NOOP(
    "", "No system keychain available; the certificate is kept for this session only."
)


#: keyring backends (module, class) that store secrets encrypted by the operating system:
#: Secret Service (GNOME Keyring, KeePassXC ...) directly or through libsecret, KWallet, the macOS
#: Keychain and the Windows Credential Locker. Anything else is "no keychain".
ENCRYPTING_BACKENDS: Final = frozenset(
    {
        ("keyring.backends.SecretService", "Keyring"),
        ("keyring.backends.libsecret", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
        ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
        ("keyring.backends.macOS", "Keyring"),
        ("keyring.backends.Windows", "WinVaultKeyring"),
    }
)


def encrypts(backend: object) -> bool:
    """Whether ``backend`` is one keyring backend that encrypts, or a chain of only such backends.

    Judged by the class's exact module and name (not ``isinstance``): a subclass or look-alike from
    another package may store the secret anywhere.
    """
    cls = type(backend)
    if (cls.__module__, cls.__qualname__) in ENCRYPTING_BACKENDS:
        return True
    if (cls.__module__, cls.__qualname__) == ("keyring.backends.chainer", "ChainerBackend"):
        try:
            chain = list(getattr(backend, "backends", ()))
        except Exception:
            return False
        return bool(chain) and all(encrypts(member) for member in chain)
    return False


class KeyringBackend(Protocol):
    """The part of ``keyring.backend.KeyringBackend`` that profiles use."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class KeychainUnavailable(Exception):
    """The system keychain cannot be used; ``str(exc)`` is a sentence for the status bar."""

    def __init__(self, detail: str = "") -> None:
        from agora_token_gui.core.text import Text

        super().__init__(Text(NO_KEYCHAIN_MESSAGE))
        self.detail = detail


class Keychain:
    """Certificates per profile name in the system keychain (or an injected backend)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._loaded = backend is not None

    def _get_backend(self) -> KeyringBackend:
        if not self._loaded:
            self._loaded = True
            self._backend = _system_backend()
        if self._backend is None:
            raise KeychainUnavailable("no encrypting keyring backend")
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
            value = backend.get_password(SERVICE, profile)
        except Exception as exc:  # any backend failure: locked, no D-Bus, its own exceptions
            raise KeychainUnavailable(type(exc).__name__) from exc
        if value is not None and not isinstance(value, str):
            raise KeychainUnavailable(f"the backend returned {type(value).__name__}")
        return value

    def set(self, profile: str, certificate: str) -> None:
        backend = self._get_backend()
        try:
            backend.set_password(SERVICE, profile, certificate)
        except Exception as exc:  # any backend failure: locked, no D-Bus, its own exceptions
            raise KeychainUnavailable(type(exc).__name__) from exc

    def delete(self, profile: str) -> None:
        """Remove the profile's certificate; a missing entry is not an error."""
        backend = self._get_backend()
        try:
            backend.delete_password(SERVICE, profile)
        except _not_found():
            return
        except Exception as exc:  # any backend failure: locked, no D-Bus, its own exceptions
            raise KeychainUnavailable(type(exc).__name__) from exc


def _system_backend() -> KeyringBackend | None:
    """The backend keyring chose, if it encrypts; else (or without keyring, or on failure) None."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken configuration or backend must not stop the app
        return None
    return backend if encrypts(backend) else None


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

    def remember_secret(self, entry: str, secret: str) -> None:
        """Keep another secret (a REST customer secret) in the keychain under ``entry``.

        The entry is recorded like a remembered certificate, so that :meth:`forget_all` removes
        it too: the keychain itself cannot list what the app put there.

        Raises:
            KeychainUnavailable: the secret could not be kept.
        """
        self._settings.set_certificate_remembered(entry, False)
        self.keychain.set(entry, secret)
        self._settings.set_certificate_remembered(entry, True)

    def forget_secret(self, entry: str) -> None:
        """Remove a secret kept by :meth:`remember_secret`.

        Raises:
            KeychainUnavailable: the keychain entry could not be removed.
        """
        self._settings.set_certificate_remembered(entry, False)
        self.keychain.delete(entry)

    def forget_all(self) -> list[str]:
        """Delete every keychain entry the app made; returns the names whose entry stayed."""
        failed = []
        for name in sorted({*self._settings.profiles(), *self._settings.remembered_names()}):
            try:
                self.keychain.delete(name)
            except KeychainUnavailable:
                if self._settings.certificate_remembered(name):
                    failed.append(name)
        return failed
