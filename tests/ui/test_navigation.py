"""The sidebar: sections in a fixed order, headings never selected, one call to add a page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from agora_token_gui.core.catalog import G006, GROUPS, GSIG
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.navigation import LEGACY, PRODUCTS, TOKENS, TOOLS, Sidebar
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings

from .helpers import BUILD, NOW


def make_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(window)
    return window


def test_sections_keep_their_order_whatever_is_added_first(qtbot: QtBot) -> None:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.add_entry(TOOLS, "Batch")
    sidebar.add_entry(TOKENS, "A")
    sidebar.add_entry("Experiments", "X")
    sidebar.add_entry(PRODUCTS, "Whiteboard")
    sidebar.add_entry(TOKENS, "B")
    assert sidebar.sections() == [TOKENS, PRODUCTS, TOOLS, "Experiments"]
    assert sidebar.titles() == ["A", "B", "Whiteboard", "Batch", "X"]


def test_arrow_keys_skip_the_section_headings(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(G006)
    window.sidebar.setFocus()
    QTest.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page_title() == GROUPS[2]  # past the "Legacy keys" heading
    QTest.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.current_page_title() == G006
    window.show_page(GSIG)
    QTest.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page_title() == "Whiteboard"  # past the products heading


def test_next_and_previous_page_wrap_around(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    titles = window.page_titles()
    window.show_page(titles[-1])
    window.next_page_action.trigger()
    assert window.current_page_title() == titles[0]
    window.previous_page_action.trigger()
    assert window.current_page_title() == titles[-1]
    assert window.next_page_action.shortcuts()[0].toString() == "Ctrl+PgDown"


def test_add_page_builds_a_lazy_page_when_first_shown(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    built: list[QWidget] = []

    def create() -> QWidget:
        page = QLabel("a page from another part of the app")
        built.append(page)
        return page

    window.add_page(PRODUCTS, "Example page", create, "A page from another part of the app")
    assert built == []
    assert window.sidebar.sections() == [TOKENS, LEGACY, PRODUCTS, TOOLS]
    titles = window.page_titles()
    assert titles.index("Example page") == titles.index("Batch") - 1  # last of its section
    window.show_page("Example page")
    assert len(built) == 1
    assert window.page("Example page") is built[0]
    current = window.stack.currentWidget()
    assert current is not None
    assert current.isAncestorOf(built[0])
    assert window.sidebar.entry("Example page").tooltip == "A page from another part of the app"
