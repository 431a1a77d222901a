"""The interface language: live switching, the core's messages and dates, fonts, the catalogue."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from agora_token_gui.core import timefmt
from agora_token_gui.ui import i18n
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def catalogues() -> None:
    """The .qm files `make translations` builds (quick loops may not have run it)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install_language("en")
    qapp.processEvents()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(main)
    return main


def menu_titles(window: MainWindow) -> list[str]:
    return [m.title() for m in window.findChildren(QMenu)]


def switch(window: MainWindow, key: str) -> None:
    window.language_actions[key].trigger()
    QApplication.processEvents()  # Qt posts the LanguageChange events


def test_the_menu_switches_to_chinese_and_back_live_keeping_what_was_typed(
    window: MainWindow,
) -> None:
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    assert "&Language" in menu_titles(window)
    switch(window, "zh_CN")
    assert i18n.current_language() == "zh_CN"
    assert "语言(&L) (Language)" in menu_titles(window)
    assert window.language_actions["system"].text() == "跟随系统(&S)"
    assert window.credentials() == (APP_ID, CERTIFICATE)
    switch(window, "en")
    assert "&Language" in menu_titles(window)
    assert window.credentials() == (APP_ID, CERTIFICATE)


def test_the_choice_is_saved_and_applied_at_the_next_start(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    switch(window, "zh_CN")
    window.save_settings()
    window.close()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert settings.language == "zh_CN"
    again = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(again)
    assert again.language_actions["zh_CN"].isChecked()
    assert i18n.current_language() == "zh_CN"


def test_core_time_words_and_dates_follow_the_language(qapp: QApplication) -> None:
    text = timefmt.describe(NOW + 3 * 3600 + 1200, NOW)
    assert i18n.localise(text) == str(text)  # English: the core's own sentence
    i18n.install_language("zh_CN")
    assert i18n.localise(timefmt.relative(NOW + 3 * 3600 + 1200, NOW)) == "3 小时 20 分钟后"
    assert i18n.localise(timefmt.relative(NOW - 2 * 86_400, NOW)) == "2 天前"
    shown = i18n.localise(timefmt.describe(NOW, NOW + 60))
    assert shown.endswith("UTC，1 分钟前")
    assert "/" in shown  # the Chinese short date, 2023/11/14 ...
    assert "UTC" in shown  # times are still also in UTC


def test_moments_use_the_locale_date_format() -> None:
    moment = timefmt.utc_text(1_795_892_400)  # 2026-11-28 19:00:00 UTC
    assert isinstance(moment, str)
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    assert i18n.format_moment(moment, chinese) == "2026/11/28 19:00:00 UTC"  # type: ignore[arg-type]
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.format_moment(moment, german) == "28.11.2026 19:00:00 UTC"  # type: ignore[arg-type]
    assert i18n.format_moment(moment, QLocale.c()) == "2026-11-28 19:00:00 UTC"  # type: ignore[arg-type]


def test_system_language_follows_the_desktop_locale() -> None:
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_SG")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_TW")) == "en"  # no Traditional Chinese yet
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.system_language(QLocale.c()) == "en"


def test_a_missing_cjk_font_is_reported_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_font_warned", set())
    monkeypatch.setattr(QFontDatabase, "families", lambda *args: [])
    assert i18n.missing_font("zh_CN")
    assert not i18n.missing_font("zh_CN")
    assert not i18n.missing_font("en")


def test_the_catalogue_is_complete() -> None:
    """No entry of the .ts files is untranslated or obsolete (lupdate against the sources)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
