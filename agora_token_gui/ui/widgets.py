"""Small shared widgets: problem messages, a collapsible section, colours that suit the palette."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

# Not ``Qt`` at module level: loading that namespace costs ~40 ms, and the window's first frame
# (which uses MessageLabel) does not need it. The widgets below import it when they are built.
from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the window's first frame needs no core import
    from agora_token_gui.core.requests import Problem

# The severities of core.requests.Problem, plus "ok" for good news.
ERROR = "error"
WARNING = "warning"
OK = "ok"

# Semantic colours, one pair per status: (on a light background, on a dark background).
# Each pair keeps a contrast ratio above 4.5:1 against Qt's default window colours.
_COLOURS: dict[str, tuple[str, str]] = {
    ERROR: ("#b3261e", "#ff8a80"),
    WARNING: ("#8a5300", "#ffc163"),
    OK: ("#1d6b2a", "#8fd694"),
}


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(palette: QPalette, status: str) -> QColor:
    """A readable red / amber / green for ``status`` on this palette; window text otherwise."""
    pair = _COLOURS.get(status)
    if pair is None:
        return palette.color(QPalette.ColorRole.WindowText)
    return QColor(pair[1] if is_dark(palette) else pair[0])


def monospace_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def escape(text: str) -> str:
    """Text for a rich-text label (``html.escape`` without importing ``html`` at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with ``&`` before its first letter not in ``used`` (which is updated)."""
    escaped = text.replace("&", "&&")
    for index, char in enumerate(text):
        key = char.lower()
        if char.isalnum() and key not in used:
            used.add(key)
            offset = text[:index].count("&")  # each earlier "&" became "&&"
            position = index + offset
            return escaped[:position] + "&" + escaped[position:]
    return escaped


class MessageLabel(QLabel):
    """Problems from the core, one per line, coloured by severity; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)  # rich text is detected from the <span> markup
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._lines: list[tuple[str, str]] = []
        self._selectable = False
        self.setVisible(False)

    def set_problems(self, problems: Iterable[Problem]) -> None:
        self.set_lines((p.severity, p.message) for p in problems)

    def set_lines(self, lines: Iterable[tuple[str, str]]) -> None:
        """Show ``(status, text)`` lines; status is "error", "warning", "ok" or ""."""
        self._lines = list(lines)
        self._render()

    def plain_text(self) -> str:
        return "\n".join(text for _, text in self._lines)

    def has_error(self) -> bool:
        return any(status == ERROR for status, _ in self._lines)

    def _render(self) -> None:
        parts = []
        for status, text in self._lines:
            colour = status_colour(self.palette(), status).name()
            prefix = {ERROR: "✖ ", WARNING: "⚠ "}.get(status, "")
            parts.append(f'<span style="color:{colour}">{prefix}{escape(text)}</span>')
        if parts and not self._selectable:
            from PySide6.QtCore import Qt

            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._selectable = True
        self.setText("<br>".join(parts))
        self.setVisible(bool(parts))
        self.setAccessibleDescription(self.plain_text())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()


class CollapsibleSection(QWidget):
    """A header button that shows or hides its body (used for a form's "Advanced" values)."""

    toggled = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.toggle_button = QToolButton(self)
        self.toggle_button.setText(title)
        self.toggle_button.setCheckable(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setAccessibleName(title.replace("&", ""))
        self.body = QWidget(self)
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.body)
        self.toggle_button.toggled.connect(self._on_toggle_button_toggled)

    def is_expanded(self) -> bool:
        return self.toggle_button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle_button.setChecked(expanded)

    @Slot(bool)
    def _on_toggle_button_toggled(self, checked: bool) -> None:
        from PySide6.QtCore import Qt

        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )
        self.body.setVisible(checked)
        self.toggled.emit(checked)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A small, dimmed, wrapping explanation under or beside an input."""
    from PySide6.QtCore import Qt

    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
