"""Keyboard-only use: on every tab, no two visible controls answer the same Alt+letter."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings

from .helpers import BUILD, NOW

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letters(text: str) -> list[str]:
    return [m.group(1).lower() for m in _MNEMONIC.finditer(text)]


def _visible_mnemonics(window: MainWindow) -> Counter[str]:
    found: Counter[str] = Counter()
    for action in window.menuBar().actions():
        found.update(_letters(action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            found.update(_letters(widget.text()))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.update(_letters(widget.title()))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                found.update(_letters(widget.tabText(index)))
    return found


def test_no_two_visible_controls_share_an_alt_shortcut(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    clashes: dict[str, list[str]] = {}
    for title in window.page_titles():
        window.show_page(title)
        QApplication.processEvents()  # pages build their content when first shown
        duplicated = [letter for letter, n in _visible_mnemonics(window).items() if n > 1]
        if duplicated:
            clashes[title] = duplicated
    assert clashes == {}
