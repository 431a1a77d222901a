"""The window's navigation: a sidebar list of pages under section headings.

Why a sidebar and not tabs: the window has about fifteen pages (six key types, Batch, History,
and the pages other parts add: whiteboard, stream key, presets, a local server). A tab bar holds
five or six before it needs scroll arrows, which hide pages (History was hidden even at 1366 px).
Both KDE's and GNOME's guidelines use a sidebar for that many views (KDE: "Sidebar" for more than
a handful of top-level views, as in System Settings; GNOME: "Sidebars" for navigation between
many views, view switchers only for three to five), and a sidebar grows downwards, where 15 rows
take about 400 px: it fits 1280x720 and 2x scaling with the titles written out, no abbreviations.

Section headings are rows that cannot be selected or focused; the arrow keys skip them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Signal, Slot
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QWidget

from .i18n import QT_TRANSLATE_NOOP
from .widgets import PaletteWatcher, set_enum_property

# Section order; a section not listed here goes after these, in the order first used.
# Titles, tooltips and headings are keys in English; the sidebar shows them translated in the
# "Pages" context (retranslate), so mark new ones with QT_TRANSLATE_NOOP("Pages", "...").
TOKENS = QT_TRANSLATE_NOOP("Pages", "Tokens")
LEGACY = QT_TRANSLATE_NOOP("Pages", "Legacy keys")
PRODUCTS = QT_TRANSLATE_NOOP("Pages", "More products")
TOOLS = QT_TRANSLATE_NOOP("Pages", "Tools")
SECTIONS: tuple[str, ...] = (TOKENS, LEGACY, PRODUCTS, TOOLS)

_PAGE_ROLE = 256 + 1  # Qt.ItemDataRole.UserRole + 1: the page title of an entry row
_SECTION_ROLE = 256 + 2  # the (English) section key of a heading row
_TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
_FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
_SIZE_HINT_ROLE = 13  # Qt.ItemDataRole.SizeHintRole
_ALIGN_LEFT_BOTTOM = 0x0001 | 0x0040  # Qt.AlignmentFlag.AlignLeft | AlignBottom
_ALIGN_LEFT_MIDDLE = 0x0001 | 0x0080  # Qt.AlignmentFlag.AlignLeft | AlignVCenter


class Entry(NamedTuple):
    section: str
    title: str
    tooltip: str


class Sidebar(QListView):
    """Pages under section headings; emits ``page_selected(title)`` when the user picks one."""

    page_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Pages")
        self.setAccessibleDescription("Choose what to do: a key type to generate, or a tool.")
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._entries: dict[str, Entry] = {}
        self._order: list[str] = []  # section order as used
        set_enum_property(self, "editTriggers", "NoEditTriggers")
        set_enum_property(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(self, "selectionMode", "SingleSelection")
        self.setUniformItemSizes(False)
        self.setSpacing(0)
        selection = self.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        self._watcher = PaletteWatcher(self, self._restyle)

    def _restyle(self) -> None:
        colour = self.palette().color(self.palette().ColorRole.Text)
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item is not None and item.data(_PAGE_ROLE) is None:
                item.setData(colour, _FOREGROUND_ROLE)

    # --- building ---------------------------------------------------------------------------

    def add_entry(self, section: str, title: str, tooltip: str = "") -> None:
        """Add ``title`` at the end of ``section`` (the heading is created on first use)."""
        if title in self._entries:
            raise ValueError(f"a page called {title!r} exists already")
        if section not in self._order:
            self._add_section(section)
        row = self._section_end(section)
        item = QStandardItem(title)
        item.setEditable(False)
        item.setData(title, _PAGE_ROLE)
        item.setData(tooltip or title, _TOOLTIP_ROLE)
        item.setData(title, _ACCESSIBLE_ROLE)
        # Rows a little taller than the text: easier to hit, and calmer to read (as in the
        # sidebars of KDE System Settings and GNOME Settings).
        height = self.fontMetrics().height()
        item.setData(QSize(0, height + 10), _SIZE_HINT_ROLE)
        item.setData(_ALIGN_LEFT_MIDDLE, _ALIGNMENT_ROLE)
        self._model.insertRow(row, item)
        self._entries[title] = Entry(section, title, tooltip)
        self.updateGeometry()

    def _add_section(self, section: str) -> None:
        # Where it goes: before the first used section that comes after it in SECTIONS.
        row = self._model.rowCount()
        if section in SECTIONS:
            later = SECTIONS[SECTIONS.index(section) + 1 :]
            for other in later:
                if other in self._order:
                    row = self._heading_row(other)
                    break
        heading = QStandardItem(section)
        heading.setEditable(False)
        heading.setSelectable(False)
        heading.setEnabled(False)  # the arrow keys and the mouse skip it
        font = self.font()
        font.setBold(True)
        heading.setFont(font)
        # Drawn in the normal text colour, not the dimmed one of disabled items (contrast).
        heading.setData(self.palette().color(self.palette().ColorRole.Text), _FOREGROUND_ROLE)
        heading.setData(section, _SECTION_ROLE)
        heading.setData(f"{section} (section)", _ACCESSIBLE_ROLE)
        # Space above each heading but the first separates the sections.
        height = self.fontMetrics().height()
        heading.setData(QSize(0, height + (14 if row else 6)), _SIZE_HINT_ROLE)
        heading.setData(_ALIGN_LEFT_BOTTOM, _ALIGNMENT_ROLE)
        self._model.insertRow(row, heading)
        self._order.append(section)

    def _heading_row(self, section: str) -> int:
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item is not None and item.data(_SECTION_ROLE) == section:
                return row
        raise KeyError(section)

    def _section_end(self, section: str) -> int:
        row = self._heading_row(section) + 1
        while row < self._model.rowCount():
            item = self._model.item(row)
            if item is None or item.data(_PAGE_ROLE) is None:
                break
            row += 1
        return row

    # --- reading ----------------------------------------------------------------------------

    def titles(self) -> list[str]:
        """Page titles in the order shown."""
        return [title for _, title in self._rows() if title]

    def sections(self) -> list[str]:
        """Section headings (their English keys) in the order shown."""
        keys = (self._model.item(row).data(_SECTION_ROLE) for row in range(self._model.rowCount()))
        return [key for key in keys if isinstance(key, str)]

    def retranslate(self, translate: Callable[[str], str]) -> None:
        """Show every title, tooltip and heading as ``translate`` gives it (keys stay)."""
        self.setAccessibleName(self.tr("Pages"))
        self.setAccessibleDescription(
            self.tr("Choose what to do: a key type to generate, or a tool.")
        )
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            title = item.data(_PAGE_ROLE)
            section = item.data(_SECTION_ROLE)
            if isinstance(title, str):
                entry = self._entries[title]
                item.setText(translate(title))
                item.setData(translate(entry.tooltip or title), _TOOLTIP_ROLE)
                item.setData(translate(title), _ACCESSIBLE_ROLE)
            elif isinstance(section, str):
                item.setText(translate(section))
                item.setData(
                    self.tr("{section} (section)").format(section=translate(section)),
                    _ACCESSIBLE_ROLE,
                )
        self.updateGeometry()

    def entry(self, title: str) -> Entry:
        return self._entries[title]

    def _rows(self) -> Iterator[tuple[str, str]]:
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item is not None:
                title = item.data(_PAGE_ROLE)
                yield item.text(), title if isinstance(title, str) else ""

    def current_title(self) -> str:
        title = self.currentIndex().data(_PAGE_ROLE)
        return title if isinstance(title, str) else ""

    def select(self, title: str) -> None:
        """Make ``title`` the current page (emits ``page_selected`` when it changes)."""
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item is not None and item.data(_PAGE_ROLE) == title:
                self.setCurrentIndex(self._model.indexFromItem(item))
                return
        raise KeyError(title)

    def step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) page, wrapping around."""
        titles = self.titles()
        if not titles:
            return
        current = self.current_title()
        index = titles.index(current) if current in titles else -1
        self.select(titles[(index + delta) % len(titles)])

    # --- size -------------------------------------------------------------------------------

    def content_height(self) -> int:
        """Pixels the rows need to show without a scroll bar (frame included)."""
        rows = sum(self.sizeHintForRow(row) for row in range(self._model.rowCount()))
        return rows + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:
        widths = [120]
        for text, title in self._rows():  # none in the first frame: no QFont made then
            if title:
                widths.append(self.fontMetrics().horizontalAdvance(text))
            else:
                bold = self.font()
                bold.setBold(True)
                widths.append(QFontMetrics(bold).horizontalAdvance(text))
        width = max(widths) + 2 * self.frameWidth() + 24
        return QSize(width, self.content_height())

    def minimumSizeHint(self) -> QSize:
        # Rows scroll rather than push the window past a small screen; the window-fit tests
        # check that at 1280x720 they never need to.
        return QSize(self.sizeHint().width(), 120)

    # --- slots ------------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        title = current.data(_PAGE_ROLE)
        if isinstance(title, str):
            self.page_selected.emit(title)
