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
from .i18n import localise, message_of, retranslatable
from .widgets import OK, monospace_font, status_colour

COLUMNS = ("Field", "A", "B", "Why")
# The two groups, as group_rows() names them (the headings on screen are translated).
EXPLAINS = "Can explain a failure"
NO_EFFECT = "No effect"
_GROUP_ROLE = Qt.ItemDataRole.UserRole
Clock = Callable[[], int]


class CompareView(QWidget):
    """Two labelled token inputs, a one-line summary and a grouped table of their differences."""

    def __init__(self, parent: QWidget | None = None, *, now: Clock | None = None) -> None:
        super().__init__(parent)
        self._now: Clock = now or (lambda: int(time.time()))
        self._comparison: Comparison | None = None
        self._error = ""  # why the texts could not be compared (a core message), else ""
        self.token_a = self._editor()
        self.token_b = self._editor()
        self.label_a = self._label(self.token_a)
        self.label_b = self._label(self.token_b)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS))
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
        retranslatable(self, self._retranslate)

    def _retranslate(self) -> None:
        self.token_a.setPlaceholderText(
            self.tr("Paste the token that works (for example from the Agora Console)")
        )
        self.token_a.setAccessibleName(self.tr("Token A"))
        self.token_b.setPlaceholderText(self.tr("Paste the token that fails"))
        self.token_b.setAccessibleName(self.tr("Token B"))
        self.label_a.setText(self.tr("A: the token that works"))
        self.label_b.setText(self.tr("B: the token that fails"))
        self.summary.setAccessibleName(self.tr("Comparison summary"))
        self.table.setAccessibleName(self.tr("Differences between the two tokens"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("A"), self.tr("B"), self.tr("Why")]
        )
        self._render()

    @staticmethod
    def _editor() -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)
        editor.setFont(monospace_font())
        editor.setMaximumHeight(90)
        return editor

    @staticmethod
    def _label(buddy: QWidget) -> QLabel:
        label = QLabel()
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
                self._error = message_of(exc)
        self._render()

    def _render(self) -> None:
        palette = self.palette()
        comparison = self._comparison
        self.table.clearSpans()
        self.table.setRowCount(0)
        if comparison is None:
            if self._error:
                text = "✖ " + localise(self._error)
            else:
                text = self.tr("Paste two tokens to list their differences.")
            self.summary.setText(text)
            self.summary.setStyleSheet(
                f"color: {status_colour(palette, ERROR).name()}" if self._error else ""
            )
            return
        explaining, harmless = comparison.explaining, comparison.no_effect
        if comparison.equivalent:
            words = self.tr("✔ Equivalent: no difference can change whether Agora accepts them.")
            if comparison.differences:
                words += " " + self.tr("{count} difference(s) have no effect.").format(
                    count=len(harmless)
                )
            status = OK
        else:
            words = self.tr(
                "✖ Different: {explaining} difference(s) can explain a failure (listed first); "
                "{harmless} have no effect."
            ).format(explaining=len(explaining), harmless=len(harmless))
            status = ERROR
        if comparison.notes:
            words += " " + " ".join(localise(note) for note in comparison.notes)
        self.summary.setText(words)
        self.summary.setStyleSheet(f"color: {status_colour(palette, status).name()}")
        colour = QBrush(status_colour(palette, ERROR))
        titles = {EXPLAINS: self.tr("Can explain a failure"), NO_EFFECT: self.tr("No effect")}
        for group_name, group in ((EXPLAINS, explaining), (NO_EFFECT, harmless)):
            if group:
                heading = self.tr("{title} ({count})").format(
                    title=titles[group_name], count=len(group)
                )
                self._add_heading(heading, group_name)
                for difference in group:
                    self._add_difference(difference, colour)

    def _add_heading(self, text: str, group_name: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setData(_GROUP_ROLE, group_name)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, len(COLUMNS))

    def _add_difference(self, diff: Difference, colour: QBrush) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((diff.field, diff.a, diff.b, diff.note)):
            text = localise(value)  # the core's messages; values that are data stay as they are
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
                current = groups.setdefault(str(item.data(_GROUP_ROLE)), [])
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
