"""Light and dark that work on every desktop: the platform's switch, else Fusion and our palettes.

Qt 6.8+ can ask the platform theme for a light or dark scheme (``QStyleHints.setColorScheme``).
Where the theme offers no switch (plain X11 without a desktop theme, many Linux setups, Xvfb),
that request changes nothing; then the app uses Qt's Fusion style with a palette of its own, the
approach of Qt's own examples. "Follow system" puts back the style and palette the app started
with.

Every colour pair a person reads is checked for WCAG 2 contrast in tests/ui/test_theme.py:
text on window, base, button and highlight, hints (placeholder colour) on the window, and each
status colour (``widgets.status_colour``) on the window and base colours of both palettes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .widgets import is_dark

SCHEMES = ("system", "light", "dark")

# Roles -> colour. Dark: Breeze Dark's text and window colours with inputs (base) lighter than the
# window, as in GNOME's Adwaita dark: Fusion outlines check boxes and fields with a darker shade of
# the window, which vanished against a darker base. Light: close to Fusion's own, with a darker
# placeholder so hints reach 4.5:1 on the window colour.
DARK: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#2a2e32",
    QPalette.ColorRole.WindowText: "#eff0f1",
    QPalette.ColorRole.Base: "#383d42",
    QPalette.ColorRole.AlternateBase: "#3f454a",
    QPalette.ColorRole.ToolTipBase: "#31363b",
    QPalette.ColorRole.ToolTipText: "#eff0f1",
    QPalette.ColorRole.PlaceholderText: "#a6abb0",
    QPalette.ColorRole.Text: "#eff0f1",
    QPalette.ColorRole.Button: "#363b40",
    QPalette.ColorRole.ButtonText: "#eff0f1",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#2b6cb0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cb8f0",
    QPalette.ColorRole.LinkVisited: "#c39bea",
    QPalette.ColorRole.Light: "#4d545b",
    QPalette.ColorRole.Midlight: "#40464c",
    QPalette.ColorRole.Mid: "#24282b",
    QPalette.ColorRole.Dark: "#16181a",
    QPalette.ColorRole.Shadow: "#000000",
}
DARK_DISABLED_TEXT = "#8a9096"

LIGHT: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#efefef",
    QPalette.ColorRole.WindowText: "#1a1a1a",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f5f5",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1a1a1a",
    QPalette.ColorRole.PlaceholderText: "#5f6368",
    QPalette.ColorRole.Text: "#1a1a1a",
    QPalette.ColorRole.Button: "#efefef",
    QPalette.ColorRole.ButtonText: "#1a1a1a",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#2a62b8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0b57b0",
    QPalette.ColorRole.LinkVisited: "#6b3fa0",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e3e3e3",
    QPalette.ColorRole.Mid: "#b8b8b8",
    QPalette.ColorRole.Dark: "#9f9f9f",
    QPalette.ColorRole.Shadow: "#767676",
}
LIGHT_DISABLED_TEXT = "#8a8a8a"


def palette(scheme: str) -> QPalette:
    """The app's own palette for "light" or "dark"."""
    colours, disabled = (
        (DARK, DARK_DISABLED_TEXT) if scheme == "dark" else (LIGHT, LIGHT_DISABLED_TEXT)
    )
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return result


class SchemeSwitch:
    """Applies a colour scheme to the application; remembers what "system" looked like."""

    def __init__(self) -> None:
        self._original_style = ""
        self._original_palette: QPalette | None = None
        self.own_palette = False  # whether the last switch had to use the app's own palette

    def apply(self, scheme: str) -> None:
        """Switch to "system", "light" or "dark"."""
        from PySide6.QtCore import Qt

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        hints = QGuiApplication.styleHints()
        if scheme not in ("light", "dark"):
            hints.unsetColorScheme()
            self._restore(app)
            return
        wanted = Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light
        self._restore(app)
        hints.setColorScheme(wanted)
        if hints.colorScheme() == wanted and is_dark(app.palette()) == (scheme == "dark"):
            return  # the platform did it
        if self._original_palette is None:
            self._original_style = app.style().name()
            self._original_palette = QPalette(app.palette())
        app.setStyle("Fusion")
        app.setPalette(palette(scheme))
        self.own_palette = True

    def _restore(self, app: QApplication) -> None:
        if not self.own_palette or self._original_palette is None:
            return
        if self._original_style and self._original_style.lower() != "fusion":
            app.setStyle(self._original_style)
        app.setPalette(self._original_palette)
        self.own_palette = False
