"""``serve --profile`` reads the app's saved profiles without Qt, checked on a file Qt wrote."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from agora_token_gui.core.errors import InvalidInputError
from agora_token_gui.serve import profile_store
from tests.serve.helpers import APP, CERT

pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="QSettings is an INI file only on Linux and BSD"
)
WEIRD = 'lab "B", = ; é \\ x'


@pytest.fixture
def settings_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from PySide6.QtCore import QSettings

    from agora_token_gui.ui import app
    from agora_token_gui.ui.settings import Settings

    assert (app.ORGANIZATION, app.APPLICATION) == (
        profile_store.ORGANIZATION,
        profile_store.APPLICATION,
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    store = QSettings(str(profile_store.ini_path()), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.set_profile("QA", APP)
    settings.set_profile(WEIRD, "b" * 32)
    settings.set_certificate_remembered("QA", True)
    settings.sync()
    return tmp_path


def test_profiles_written_by_qt_are_read_without_qt(
    settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agora_token_gui.ui.profiles import SERVICE

    assert SERVICE == profile_store.KEYCHAIN_SERVICE
    asked: list[tuple[str, str]] = []
    fake = types.ModuleType("keyring")

    def get_password(service: str, name: str) -> str:
        asked.append((service, name))
        return CERT

    fake.get_password = get_password  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    assert profile_store.load("QA") == (APP, CERT)
    assert asked == [(SERVICE, "QA")]
    assert profile_store.load(WEIRD) == ("b" * 32, None)  # no certificate remembered
    with pytest.raises(InvalidInputError, match=r"No profile 'nope'.*'QA'"):
        profile_store.load("nope")


def test_a_keychain_that_fails_is_one_sentence(
    settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("keyring")

    def get_password(service: str, name: str) -> str:
        raise RuntimeError("locked")

    fake.get_password = get_password  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    with pytest.raises(InvalidInputError, match=r"keychain could not be read.*--app-certificate"):
        profile_store.load("QA")


def test_no_settings_file_means_no_profiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    with pytest.raises(InvalidInputError, match="saved profiles: none"):
        profile_store.load("QA")
