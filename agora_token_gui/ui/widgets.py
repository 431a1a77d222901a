"""Small shared widgets: problem messages, a collapsible section, colours that suit the palette."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final

# No ``Qt`` here, nor anywhere the window needs until it is ready: the first use of any Qt.<Enum>
# value (even ``from PySide6.QtCore import Qt``) makes PySide6 create the whole namespace, about
# 1,200 enum members: ~1.2 MiB and 15-40 ms. Enum-typed widget properties are set by key name
# through Qt's property system instead (set_enum_property), and item roles are plain ints.
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    # Imported where they are used (like QSizePolicy): creating these PySide6 classes takes
    # ~3.5 ms before the window's first frame, which needs none of them (nor the core).
    from PySide6.QtGui import QColor, QFont, QPalette

    from agora_token_gui.core.request import Problem

# Qt.ItemDataRole values (item-data role arguments are plain ints in PySide6); tests check them.
TOOLTIP_ROLE: Final = 3  # Qt.ItemDataRole.ToolTipRole
FOREGROUND_ROLE: Final = 9  # Qt.ItemDataRole.ForegroundRole

# The severities of core.request.Problem, plus "ok" for good news.
ERROR = "error"
WARNING = "warning"
OK = "ok"

# Semantic colours, one pair per status: (on a light background, on a dark background).
# Each keeps a contrast ratio of at least 4.5:1 (WCAG AA) on the window, base and alternate base
# colours of both of the app's palettes (ui/theme.py); tests/ui/test_theme.py checks it.
_COLOURS: dict[str, tuple[str, str]] = {
    ERROR: ("#b3261e", "#ffa198"),
    WARNING: ("#8a5300", "#ffc163"),
    OK: ("#1d6b2a", "#8fd694"),
}


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark window."""
    from PySide6.QtGui import QPalette

    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(palette: QPalette, status: str) -> QColor:
    """A readable red / amber / green for ``status`` on this palette; window text otherwise."""
    from PySide6.QtGui import QColor, QPalette

    pair = _COLOURS.get(status)
    if pair is None:
        return palette.color(QPalette.ColorRole.WindowText)
    return QColor(pair[1] if is_dark(palette) else pair[0])


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Set an enum or flags property by key names, e.g. ("alignment", "AlignLeft|AlignTop").

    The same value as the typed setter (``setAlignment(Qt.AlignmentFlag.AlignLeft | ...)``),
    without creating PySide6's ``Qt`` namespace (see the note at the top of this module).

    Raises:
        ValueError: the object has no such property, or a key is not one of its enum's keys.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__}.{name} cannot be set to {keys!r}")


def make_selectable(label: QLabel) -> None:
    """``label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)``."""
    set_enum_property(label, "textInteractionFlags", "TextSelectableByMouse")


class PaletteWatcher(QWidget):
    """A hidden child that calls ``on_change``, a bound method, after a palette or style change.

    Why not ``changeEvent`` on the widget itself: a widget on screen gets change events from the
    start (its parent set by a layout, window activation, ...), and PySide6 converts each one to
    Python for the override; the first conversion creates the Python classes of all ~58 QEvent
    subclasses, 0.8 MiB of the idle app's memory. This child stays hidden and never moves, so it
    gets change events only when something really changes: the same palette changes (its parent
    passes each one on after applying it), at the price of ~2 KiB.

    Create it after the parent's other children: a palette change reaches the children in
    creation order, so ``on_change`` then sees all of them updated. The method is held weakly:
    the parent keeps its watcher, and a watcher that kept the parent would make a cycle, which
    the garbage collector breaks by clearing the parent's attributes before Qt has finished
    destroying it (and sending it signals).
    """

    def __init__(self, parent: QWidget, on_change: Callable[[], None]) -> None:
        super().__init__(parent)
        self.hide()  # explicitly: not shown with its parent
        self._on_change = weakref.WeakMethod(on_change)

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        on_change = self._on_change()
        if on_change is not None and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
        ):
            on_change()


def monospace_font() -> QFont:
    from PySide6.QtGui import QFontDatabase

    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def escape(text: str) -> str:
    """Text for a rich-text label (``html.escape`` without importing ``html`` at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def with_mnemonic(text: str, used: set[str], shown: str | None = None) -> str:
    """``text`` with ``&`` before its first letter not in ``used`` (which is updated).

    With ``shown`` (``text`` translated): ``shown`` with the letter chosen in ``text`` appended as
    ``(&X)``, the convention of Chinese and Japanese interfaces, so the keys stay the same.
    """
    escaped = text.replace("&", "&&")
    for index, char in enumerate(text):
        key = char.lower()
        if char.isalnum() and key not in used:
            used.add(key)
            if shown is not None and shown != text:
                return f"{shown.replace('&', '&&')}(&{char.upper()})"
            offset = text[:index].count("&")  # each earlier "&" became "&&"
            position = index + offset
            return escaped[:position] + "&" + escaped[position:]
    return escaped if shown is None else shown.replace("&", "&&")


class MessageLabel(QLabel):
    """Problems from the core, one per line, coloured by severity; hidden when there are none.

    With ``set_reserved(True)`` it keeps one line of room when empty, so that a message
    appearing or going does not move what is below it (and a click aimed at a control lands on
    it); ``set_placeholder`` fills that line with a dimmed hint while there is no message.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)  # rich text is detected from the <span> markup
        self._lines: list[tuple[str, str]] = []
        self._reserved = False
        self._placeholder = ""
        # Set up with the first lines (it is hidden until then): the size policy, the selection
        # of text and a PaletteWatcher, to keep the colours right.
        self._watcher: PaletteWatcher | None = None
        self.setVisible(False)

    def set_reserved(self, reserved: bool) -> None:
        """Keep one line of room when there is no message."""
        self._reserved = reserved
        self.setMinimumHeight(self.fontMetrics().lineSpacing() if reserved else 0)
        self._render()

    def set_placeholder(self, text: str) -> None:
        """A dimmed line shown while there is no message (implies ``set_reserved(True)``)."""
        self._placeholder = text
        self.set_reserved(True)

    def set_problems(self, problems: Iterable[Problem]) -> None:
        self.set_lines((p.severity, p.message) for p in problems)

    def retranslate(self) -> None:
        """Show the lines again in the current language (core messages are translated)."""
        if self._lines or self._placeholder:
            self._render()

    def set_lines(self, lines: Iterable[tuple[str, str]]) -> None:
        """Show ``(status, text)`` lines; status is "error", "warning", "ok" or ""."""
        self._lines = list(lines)
        self._render()

    def plain_text(self) -> str:
        from .i18n import localise

        return "\n".join(localise(text) for _, text in self._lines)

    def has_error(self) -> bool:
        return any(status == ERROR for status, _ in self._lines)

    def _render(self) -> None:
        from .i18n import localise

        parts = []
        for status, text in self._lines:
            text = localise(text)
            colour = status_colour(self.palette(), status).name()
            prefix = {ERROR: "✖ ", WARNING: "⚠ "}.get(status, "")
            parts.append(f'<span style="color:{colour}">{prefix}{escape(text)}</span>')
        if not parts and (self._reserved or self._placeholder):
            self._render_empty()
            return
        if parts and self._watcher is None:
            from PySide6.QtWidgets import QSizePolicy

            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            make_selectable(self)
            self._watcher = PaletteWatcher(self, self._render)
        self.setText("<br>".join(parts))
        self.setVisible(bool(parts))
        self.setAccessibleDescription(self.plain_text())

    def _render_empty(self) -> None:
        from PySide6.QtGui import QPalette

        if self._watcher is None:
            self._watcher = PaletteWatcher(self, self._render)
        if self._placeholder:
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            self.setText(f'<span style="color:{colour}">{escape(self._placeholder)}</span>')
        else:
            self.setText("")
        self.setAccessibleDescription(self._placeholder)
        self.setVisible(True)


class CollapsibleSection(QWidget):
    """A header button that shows or hides its body (used for a form's "Advanced" values)."""

    toggled = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle_button = QToolButton(self)
        self.toggle_button.setText(title)
        self.toggle_button.setCheckable(True)
        set_enum_property(self.toggle_button, "toolButtonStyle", "ToolButtonTextBesideIcon")
        set_enum_property(self.toggle_button, "arrowType", "RightArrow")
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setAccessibleName(title.replace("&", ""))
        self.body = QWidget(self)
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.body)
        self.toggle_button.toggled.connect(self._on_toggle_button_toggled)

    def set_title(self, title: str) -> None:
        self.toggle_button.setText(title)
        self.toggle_button.setAccessibleName(title.replace("&", ""))

    def is_expanded(self) -> bool:
        return self.toggle_button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle_button.setChecked(expanded)

    @Slot(bool)
    def _on_toggle_button_toggled(self, checked: bool) -> None:
        set_enum_property(self.toggle_button, "arrowType", "DownArrow" if checked else "RightArrow")
        self.body.setVisible(checked)
        self.toggled.emit(checked)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A small, dimmed, wrapping explanation under or beside an input."""
    from PySide6.QtGui import QPalette

    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    make_selectable(label)
    return label
