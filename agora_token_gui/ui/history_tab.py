"""This session's tokens, in memory only: never written anywhere, gone when the app closes.

The table is written again in the current language after a language switch: headers, buttons,
the key kind (its page and title), times in the locale's format, "never" and the expiry words.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal, Slot
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
from agora_token_gui.core.catalog import KeyKind
from agora_token_gui.core.detect import expiry_of
from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP, localise, retranslatable
from agora_token_gui.ui.output_panel import built_expiry, describe_request
from agora_token_gui.ui.widgets import OK, hint_label, status_colour

Clock = Callable[[], int]
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryTab", "Time"),
    QT_TRANSLATE_NOOP("HistoryTab", "Kind"),
    QT_TRANSLATE_NOOP("HistoryTab", "Channel"),
    QT_TRANSLATE_NOOP("HistoryTab", "User"),
    QT_TRANSLATE_NOOP("HistoryTab", "Expires"),
)
# What describe_request says for uid 0 (shown translated).
ANY_USER = "0 (any user)"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    created: int
    kind_title: str
    channel: str
    user: str
    expires: int | None
    token: str
    kind: KeyKind | None = None  # to name it in the current language


def entry_for(result: BuildResult, created: int) -> HistoryEntry:
    """The row for a built token: the channel and user fields of its kind, whatever they are."""
    title, channel, user = describe_request(result.request)
    found = built_expiry(result)
    expires = None if found is None else (found.at or 0)
    kind = result.request.kind
    return HistoryEntry(created, title, channel, user, expires, result.token, kind)


class HistoryTab(QWidget):
    """A table of this session's tokens with copy, inspect and clear."""

    status_message = Signal(str)
    inspect_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, now: Clock | None = None) -> None:
        super().__init__(parent)
        self._now = now or (lambda: int(time.time()))
        self.entries: list[HistoryEntry] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.copy_button = QPushButton(self)
        self.inspect_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        note = self.note = hint_label("", self)
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
        retranslatable(self, self._retranslate)

    def _retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Tokens generated in this session"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("HistoryTab", name) for name in COLUMNS]
        )
        self.copy_button.setText(self.tr("Copy token"))
        self.copy_button.setAccessibleName(self.tr("Copy the selected token"))
        self.inspect_button.setText(self.tr("Inspect"))
        self.inspect_button.setAccessibleName(
            self.tr("Inspect the selected token in the decoder pane")
        )
        self.clear_button.setText(self.tr("Clear history"))
        self.clear_button.setAccessibleName(self.tr("Clear history"))
        self.note.setText(
            self.tr("Kept in memory for this session only; nothing here is saved to disk.")
        )
        selected = self.table.currentRow()
        for row, entry in enumerate(self.entries):
            self._fill_row(row, entry)
        if selected >= 0:
            self.table.selectRow(selected)

    def add(self, result: BuildResult, *, created: int | None = None) -> HistoryEntry:
        """Put a token at the top of the table and select it; ``created`` defaults to now."""
        entry = entry_for(result, self._now() if created is None else created)
        self.entries.insert(0, entry)
        self.table.insertRow(0)
        self._fill_row(0, entry)
        self.table.selectRow(0)
        self._update_buttons()
        return entry

    def _fill_row(self, row: int, entry: HistoryEntry) -> None:
        """Write an entry's cells in the current language."""
        expires = entry.expires
        cells = (
            localise(timefmt.local_text(entry.created)),
            self._kind_text(entry),
            entry.channel,
            self.tr("0 (any user)") if entry.user == ANY_USER else entry.user,
            self.tr("never") if not expires else localise(timefmt.local_text(expires)),
        )
        found = expiry_of(entry.token)
        state = "" if found is None else found.status(self._now())
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(entry.token if column == 0 else text)
            if column == len(cells) - 1 and found is not None:
                # The effective expiry: the first needed privilege, not just the token's own.
                item.setToolTip(localise(found.words(self._now())))
                if state != OK:
                    item.setForeground(QBrush(status_colour(self.palette(), state)))
            self.table.setItem(row, column, item)

    def _kind_text(self, entry: HistoryEntry) -> str:
        """``AccessToken2 (007) · RTC by uid``: the key kind's page and title, translated."""
        if entry.kind is None:
            return entry.kind_title
        return self.tr("{group} · {title}").format(
            group=QCoreApplication.translate("Pages", entry.kind.group),
            title=localise(entry.kind.title),
        )

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
            self.status_message.emit(
                self.tr("Token copied ({count} characters).").format(count=len(entry.token))
            )

    @Slot()
    def _on_inspect_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.inspect_requested.emit(entry.token)

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        count = len(self.entries)
        self.clear()
        self.status_message.emit(self.tr("History cleared ({count} tokens).").format(count=count))

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    @Slot(QTableWidgetItem)
    def _on_table_item_double_clicked(self, item: QTableWidgetItem) -> None:
        self.table.selectRow(item.row())
        self._on_inspect_button_clicked()
