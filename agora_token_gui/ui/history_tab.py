"""This session's tokens, in memory only: never written anywhere, gone when the app closes."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core import timefmt
from agora_token_gui.core.build import BuildResult
from agora_token_gui.core.detect import expiry_of
from agora_token_gui.ui.output_panel import built_expiry, describe_request
from agora_token_gui.ui.widgets import OK, hint_label, status_colour

Clock = Callable[[], int]
COLUMNS = ("Time", "Kind", "Channel", "User", "Expires")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    created: int
    kind_title: str
    channel: str
    user: str
    expires: int | None
    token: str


def entry_for(result: BuildResult, created: int) -> HistoryEntry:
    """The row for a built token: the channel and user fields of its kind, whatever they are."""
    title, channel, user = describe_request(result.request)
    found = built_expiry(result)
    expires = None if found is None else (found.at or 0)
    return HistoryEntry(created, title, channel, user, expires, result.token)


class HistoryTab(QWidget):
    """A table of this session's tokens with copy, inspect and clear."""

    status_message = Signal(str)
    inspect_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, now: Clock | None = None) -> None:
        super().__init__(parent)
        self._now = now or (lambda: int(time.time()))
        self.entries: list[HistoryEntry] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName("Tokens generated in this session")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.copy_button = QPushButton("Copy token", self)
        self.copy_button.setAccessibleName("Copy the selected token")
        self.inspect_button = QPushButton("Inspect", self)
        self.inspect_button.setAccessibleName("Inspect the selected token in the decoder pane")
        self.clear_button = QPushButton("Clear history", self)
        self.clear_button.setAccessibleName("Clear history")
        note = hint_label(
            "Kept in memory for this session only; nothing here is saved to disk.", self
        )
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.inspect_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.inspect_button.clicked.connect(self._on_inspect_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)
        self._update_buttons()

    def add(self, result: BuildResult, *, created: int | None = None) -> HistoryEntry:
        """Put a token at the top of the table and select it; ``created`` defaults to now."""
        entry = entry_for(result, self._now() if created is None else created)
        self.entries.insert(0, entry)
        self.table.insertRow(0)
        expires = entry.expires
        cells = (
            timefmt.local_text(entry.created),
            entry.kind_title,
            entry.channel,
            entry.user,
            "never" if not expires else timefmt.local_text(expires),
        )
        found = expiry_of(entry.token)
        state = "" if found is None else found.status(self._now())
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(entry.token if column == 0 else text)
            if column == len(cells) - 1 and found is not None:
                # The effective expiry: the first needed privilege, not just the token's own.
                item.setToolTip(found.words(self._now()))
                if state != OK:
                    item.setForeground(QBrush(status_colour(self.palette(), state)))
            self.table.setItem(0, column, item)
        self.table.selectRow(0)
        self._update_buttons()
        return entry

    def selected_entry(self) -> HistoryEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def clear(self) -> None:
        self.entries.clear()
        self.table.setRowCount(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_entry() is not None
        self.copy_button.setEnabled(selected)
        self.inspect_button.setEnabled(selected)
        self.clear_button.setEnabled(bool(self.entries))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            QGuiApplication.clipboard().setText(entry.token)
            self.status_message.emit(f"Token copied ({len(entry.token)} characters).")

    @Slot()
    def _on_inspect_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.inspect_requested.emit(entry.token)

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        count = len(self.entries)
        self.clear()
        self.status_message.emit(f"History cleared ({count} tokens).")

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    @Slot(QTableWidgetItem)
    def _on_table_item_double_clicked(self, item: QTableWidgetItem) -> None:
        self.table.selectRow(item.row())
        self._on_inspect_button_clicked()
