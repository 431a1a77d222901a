"""In Simplified Chinese, every visible word of the window is translated; only identifiers stay.

Two levels. ``test_every_state_fits_the_screen_in_chinese`` runs the layout issue's window walk
(tests/ui/window_walk.py: every page, every key kind with its Advanced section open, a generated
token, the batch built from the form with a bad row, history, every format's vector and the
pasted-text cases in every decoder tab, Compare with two tokens, the About and Shortcuts dialogs)
in Chinese, and asserts that no state shows an untranslated text, tooltip, placeholder,
accessible name, item-view header or tree/list label (tests/ui/words.py says what counts), at
1366x768, 1280x720 and 2x. The tests here and in test_i18n_walk_*.py look closer at each part:
menus, forms with their row editors, the decoder with its fields tree and expiry tooltip, Diagnose
with its context form, the batch and history models, the product and Token server pages, message
boxes, file dialogs, and a live switch back to English that keeps what was typed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
)
from pytestqt.qtbot import QtBot

from agora_token_gui.core.catalog import GROUPS
from agora_token_gui.ui import i18n
from agora_token_gui.ui.form import GeneratorTab
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW
from .test_window_fit import SCREENS, run_walk
from .words import problems, texts, untranslated  # noqa: F401 (other walk tests import them here)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def catalogues() -> None:
    """The .qm files `make translations` builds (quick loops may not have run it)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(main)
    main.show()
    main.set_language("zh_CN")
    qapp.processEvents()
    yield main
    i18n.install_language("en")
    qapp.processEvents()


def test_the_catalogue_speaks_chinese(window: MainWindow) -> None:
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_menus_sidebar_and_credentials_are_translated(window: MainWindow) -> None:
    for menu in window.findChildren(QMenu):
        for action in [menu.menuAction(), *menu.actions()]:
            left = untranslated(action.text())
            assert not left, action.text()
    assert problems(window.sidebar) == []
    assert problems(window.credentials_box) == []


def test_every_generator_page_and_form_is_translated(window: MainWindow) -> None:
    found = []
    groups = [g for g in GROUPS if g in window.pages]  # some products have pages of their own
    assert len(groups) >= 6
    for group in groups:
        window.show_page(group)
        tab = window.page(group)
        assert isinstance(tab, GeneratorTab)
        found += walk_kinds(tab)
    assert found == []


def walk_kinds(tab: GeneratorTab) -> list[str]:
    found = []
    for kind in tab.kinds:
        form = tab.select_kind(kind.key)
        form.advanced.set_expanded(True)
        QApplication.processEvents()
        found += [f"{kind.key}: {p}" for p in problems(tab)]
    return found


def test_the_decoder_is_translated_empty_and_with_a_token(window: MainWindow) -> None:
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    pane = window.decoder_pane
    assert problems(pane) == []
    tab = window.page(GROUPS[0])
    assert isinstance(tab, GeneratorTab)
    form = tab.select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("demo")
    form.fields["uid"].set_value(42)
    result = form.generate()
    assert result is not None
    window.inspect_token(result.token)
    QApplication.processEvents()
    assert problems(pane, items=True) == []  # the fields tree's rows and tooltips too
    assert tab.output.expiry_label.toolTip()  # the per-capability lines, in Chinese
    assert problems(tab.output) == []


def test_switching_keeps_what_was_typed_and_comes_back_to_english(window: MainWindow) -> None:
    window.app_id_edit.setText(APP_ID)
    tab = window.page(GROUPS[0])
    assert isinstance(tab, GeneratorTab)
    form = tab.select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("房间-1")
    window.set_language("en")
    QApplication.processEvents()
    assert form.fields["channel_name"].value() == "房间-1"
    assert window.credentials()[0] == APP_ID
    assert tab.output.copy_button.text() == "Copy"
    assert form.generate_button.text() == "&Generate"


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_state_fits_the_screen_in_chinese(tmp_path: Path, screen: str) -> None:
    """The layout issue's window-fit walk (tests/ui/window_walk.py), started in Chinese."""
    (tmp_path / "walk.ini").write_text("[window]\nlanguage=zh_CN\n", encoding="utf-8")
    result = run_walk(tmp_path, screen, "walk")
    assert result["problems"] == []
    assert result["untranslated"] == []
    states = result["states"]
    # The decoder's tabs are named in Chinese in the walk's states: it really ran in Chinese.
    assert any(s.startswith("006 decoded, decoder tab '诊断'") for s in states)
    assert "two tokens compared" in states
