"""Compare two tokens side by side ("the console's token works, mine does not").

The differences that can explain a failure come first, under their own heading; the harmless
ones (salt, signature, compression, issue-time seconds, pasting whitespace) are grouped under
"No effect". The two inputs are labelled A and B, and the table's columns share its width.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.compare import Comparison, Difference, compare
from ..core.errors import MalformedTokenError
from ..core.request import ERROR
from .widgets import OK, monospace_font, status_colour

COLUMNS = ("Field", "A", "B", "Why")
EXPLAINS = "Can explain a failure"
NO_EFFECT = "No effect"
Clock = Callable[[], int]


class CompareView(QWidget):
    """Two labelled token inputs, a one-line summary and a grouped table of their differences."""

    def __init__(self, parent: QWidget | None = None, *, now: Clock | None = None) -> None:
        super().__init__(parent)
        self._now: Clock = now or (lambda: int(time.time()))
        self._comparison: Comparison | None = None
        self._error = ""
        self.token_a = self._editor(
            "Token A", "Paste the token that works (for example from the Agora Console)"
        )
        self.token_b = self._editor("Token B", "Paste the token that fails")
        self.label_a = self._label("A: the token that works", self.token_a)
        self.label_b = self._label("B: the token that fails", self.token_b)
        self.summary = QLabel()
        self.summary.setAccessibleName("Comparison summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Differences between the two tokens")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # one line per difference; the tooltip has it all
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has it all
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Columns that fit: the field names as wide as they need, the rest share what is left.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        inputs = QGridLayout()
        inputs.addWidget(self.label_a, 0, 0)
        inputs.addWidget(self.label_b, 0, 1)
        inputs.addWidget(self.token_a, 1, 0)
        inputs.addWidget(self.token_b, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.token_a.textChanged.connect(self._on_token_changed)
        self.token_b.textChanged.connect(self._on_token_changed)
        self._ready = True
        self._refresh()

    @staticmethod
    def _editor(name: str, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setPlaceholderText(placeholder)
        editor.setAccessibleName(name)
        editor.setTabChangesFocus(True)
        editor.setFont(monospace_font())
        editor.setMaximumHeight(90)
        return editor

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(buddy)
        return label

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    def set_tokens(self, a: str, b: str) -> None:
        for editor, text in ((self.token_a, a), (self.token_b, b)):
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        a, b = self.token_a.toPlainText(), self.token_b.toPlainText()
        self._comparison = None
        self._error = ""
        if a.strip() and b.strip():
            try:
                self._comparison = compare(a, b, now=self._now())
            except MalformedTokenError as exc:
                self._error = str(exc)
        self._render()

    def _render(self) -> None:
        palette = self.palette()
        comparison = self._comparison
        self.table.clearSpans()
        self.table.setRowCount(0)
        if comparison is None:
            text = self._error or "Paste two tokens to list their differences."
            self.summary.setText(("✖ " if self._error else "") + text)
            self.summary.setStyleSheet(
                f"color: {status_colour(palette, ERROR).name()}" if self._error else ""
            )
            return
        explaining, harmless = comparison.explaining, comparison.no_effect
        if comparison.equivalent:
            words = "✔ Equivalent: no difference can change whether Agora accepts them."
            if comparison.differences:
                words += f" {len(harmless)} difference(s) have no effect."
            status = OK
        else:
            words = (
                f"✖ Different: {len(explaining)} difference(s) can explain a failure "
                f"(listed first); {len(harmless)} have no effect."
            )
            status = ERROR
        if comparison.notes:
            words += " " + " ".join(comparison.notes)
        self.summary.setText(words)
        self.summary.setStyleSheet(f"color: {status_colour(palette, status).name()}")
        colour = QBrush(status_colour(palette, ERROR))
        for title, group in ((EXPLAINS, explaining), (NO_EFFECT, harmless)):
            if group:
                self._add_heading(f"{title} ({len(group)})")
                for difference in group:
                    self._add_difference(difference, colour)

    def _add_heading(self, text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, len(COLUMNS))

    def _add_difference(self, diff: Difference, colour: QBrush) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((diff.field, diff.a, diff.b, diff.note)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if diff.can_explain_failure and column == 0:
                item.setForeground(colour)
            self.table.setItem(row, column, item)

    def group_rows(self) -> dict[str, list[str]]:
        """The field names under each heading, as shown (for tests and screen readers)."""
        groups: dict[str, list[str]] = {}
        current: list[str] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is None:
                continue
            if self.table.columnSpan(row, 0) > 1:
                current = groups.setdefault(item.text().split(" (")[0], [])
            else:
                current.append(item.text())
        return groups

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self._render()

    @Slot()
    def _on_token_changed(self) -> None:
        self._refresh()
