"""Light and dark without a platform theme, and WCAG 2 contrast for every colour pair we draw."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings
from agora_token_gui.ui.theme import palette
from agora_token_gui.ui.token_tree import status_color
from agora_token_gui.ui.widgets import ERROR, OK, WARNING, is_dark, status_colour

from .helpers import BUILD, NOW

# WCAG 2.x, success criterion 1.4.3: 4.5:1 for normal text.
TEXT_MINIMUM = 4.5
Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_roles_are_readable(scheme: str) -> None:
    colours = palette(scheme)
    pairs = [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.PlaceholderText, Role.Window),  # hint lines under the inputs
        (Role.PlaceholderText, Role.Base),  # placeholders inside the inputs
        (Role.Link, Role.Window),
    ]
    failures = {
        f"{fg.name} on {bg.name}": round(contrast(colours.color(fg), colours.color(bg)), 2)
        for fg, bg in pairs
        if contrast(colours.color(fg), colours.color(bg)) < TEXT_MINIMUM
    }
    assert failures == {}
    assert is_dark(colours) == (scheme == "dark")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("status", [OK, WARNING, ERROR])
def test_every_status_colour_is_readable(scheme: str, status: str) -> None:
    colours = palette(scheme)
    colour = status_colour(colours, status)
    for background in (Role.Window, Role.Base, Role.AlternateBase):
        ratio = contrast(colour, colours.color(background))
        assert ratio >= TEXT_MINIMUM, f"{status} on {background.name}: {ratio:.2f}"


def test_the_decoder_tree_uses_the_same_status_colours(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    for scheme in ("light", "dark"):
        widget.setPalette(palette(scheme))
        for status in (OK, WARNING, ERROR):
            assert status_color(widget, status) == status_colour(widget.palette(), status)
    assert status_color(widget, "") is None


def test_dark_works_without_a_platform_switch(qtbot: QtBot, tmp_path: Path) -> None:
    """Offscreen, like plain X11, has no scheme switch: Fusion and our dark palette step in."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette().color(Role.Window).name()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(window)
    try:
        window.scheme_actions["dark"].trigger()
        assert is_dark(app.palette())
        QApplication.processEvents()
        assert is_dark(window.palette())
        assert app.style().name().lower() == "fusion"
        window.scheme_actions["light"].trigger()
        assert not is_dark(app.palette())
    finally:
        window.scheme_actions["system"].trigger()
    assert app.palette().color(Role.Window).name() == before
