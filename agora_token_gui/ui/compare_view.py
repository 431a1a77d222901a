"""Compare two tokens side by side ("the console's token works, mine does not")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.compare import Comparison, compare
from ..core.errors import MalformedTokenError
from ..core.request import ERROR
from .widgets import OK, monospace_font, status_colour

COLUMNS = ("Field", "Token A", "Token B", "Can explain a failure", "Why")


class CompareView(QWidget):
    """Two token inputs, a one-line summary and a table of their differences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._error = ""
        self.token_a = self._editor(
            "Token A", "Token A: the one that works (for example from the Agora Console)"
        )
        self.token_b = self._editor("Token B", "Token B: the one that fails")
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
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 160)
        header.setStretchLastSection(True)

        inputs = QHBoxLayout()
        inputs.addWidget(self.token_a)
        inputs.addWidget(self.token_b)
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
                self._comparison = compare(a, b)
            except MalformedTokenError as exc:
                self._error = str(exc)
        self._render()

    def _render(self) -> None:
        palette = self.palette()
        comparison = self._comparison
        self.table.setRowCount(0)
        if comparison is None:
            text = self._error or "Paste two tokens to list their differences."
            self.summary.setText(("✖ " if self._error else "") + text)
            self.summary.setStyleSheet(
                f"color: {status_colour(palette, ERROR).name()}" if self._error else ""
            )
            return
        explaining = [d for d in comparison.differences if d.can_explain_failure]
        if comparison.equivalent:
            words = "✔ Equivalent: no difference can change whether Agora accepts them."
            if comparison.differences:
                words += " They differ only in salt, signature or compression."
            status = OK
        else:
            words = (
                f"✖ Different: {len(explaining)} of {len(comparison.differences)} differences "
                "can explain a failure (listed first)."
            )
            status = ERROR
        if comparison.notes:
            words += " " + " ".join(comparison.notes)
        self.summary.setText(words)
        self.summary.setStyleSheet(f"color: {status_colour(palette, status).name()}")
        colour = QBrush(status_colour(palette, ERROR))
        self.table.setRowCount(len(comparison.differences))
        for row, diff in enumerate(comparison.differences):
            cells = (
                diff.field,
                diff.a,
                diff.b,
                "✖ yes" if diff.can_explain_failure else "no",
                diff.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if diff.can_explain_failure and column in (0, 3):
                    item.setForeground(colour)
                self.table.setItem(row, column, item)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self._render()

    @Slot()
    def _on_token_changed(self) -> None:
        self._refresh()
