"""A QTreeWidget that shows the rows of ``core.report.explain``: human names, raw ids, tooltips."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from agora_token_gui.core.report import Node

from .i18n import localise, retranslatable
from .widgets import FOREGROUND_ROLE, PaletteWatcher, status_colour

FIELD_COLUMN = 0
VALUE_COLUMN = 1
RAW_COLUMN = 2

_STATUS_WORDS: Mapping[str, str] = {"ok": "OK", "warning": "Warning", "error": "Problem"}


def is_dark(widget: QWidget) -> bool:
    """Whether the widget's window colour is dark (then status colours must be light)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def status_color(widget: QWidget, status: str) -> QColor | None:
    """The readable colour for ``"ok"``, ``"warning"`` or ``"error"`` on this widget's palette.

    The same colours as every other status in the window (``widgets.status_colour``).
    """
    if status not in _STATUS_WORDS:
        return None
    return status_colour(widget.palette(), status)


def status_icon(widget: QWidget, status: str) -> QIcon:
    """A standard icon that repeats the status, so colour is never the only cue."""
    if status not in _STATUS_WORDS:
        return QIcon()
    # QStyle only now: creating that class with its enums costs about 0.5 MiB, and an empty
    # decoder pane shows no status icon.
    from PySide6.QtWidgets import QStyle

    pixmap = {
        "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    }[status]
    return widget.style().standardIcon(pixmap)


def _shape(nodes: Iterable[Node]) -> tuple[tuple[int, str], ...]:
    return tuple((depth, node.label) for row in nodes for depth, node in row.walk())


class TokenTree(QTreeWidget):
    """Field / value / raw columns; the value column's tooltip explains the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setColumnWidth(FIELD_COLUMN, 200)
        self.setColumnWidth(VALUE_COLUMN, 420)
        self._shape: tuple[tuple[int, str], ...] = ()
        self._nodes: tuple[Node, ...] = ()
        self._flat_nodes: list[Node] = []
        self._flat_items: list[QTreeWidgetItem] = []
        self._icons: dict[str, QIcon] = {}
        self._palette_watcher = PaletteWatcher(self, self.restyle)
        retranslatable(self, self._retranslate_header)

    def set_nodes(self, nodes: tuple[Node, ...]) -> None:
        """Show ``nodes``; rows of the same shape are updated in place (keeps expansion, cheap)."""
        shape = _shape(nodes)
        flat = list(_flat(nodes))
        if shape and shape == self._shape:
            # Only rows whose own text changed are touched: a keystroke that changes the salt
            # rewrites one row, and the 5 s clock refresh only the times.
            for item, old, new in zip(self._flat_items, self._flat_nodes, flat, strict=True):
                if _own(old) != _own(new):
                    self._fill(item, new)
        else:
            self.setUpdatesEnabled(False)
            try:
                self.clear()
                self._flat_items = []
                self.addTopLevelItems([self._build(node) for node in nodes])
                self.expandAll()
                self.resizeColumnToContents(FIELD_COLUMN)
            finally:
                self.setUpdatesEnabled(True)
            self._shape = shape
        self._nodes = nodes
        self._flat_nodes = flat

    def clear_nodes(self) -> None:
        self.clear()
        self._shape = ()
        self._nodes = ()
        self._flat_nodes = []
        self._flat_items = []

    def _retranslate_header(self) -> None:
        self.setHeaderLabels([self.tr("Field"), self.tr("Value"), self.tr("Raw")])
        self.setAccessibleName(self.tr("Decoded token fields"))
        # The rows are the core's messages (core/report.py): shown again in the new language.
        for item, node in zip(self._flat_items, self._flat_nodes, strict=True):
            self._fill(item, node)
        if self._flat_items:
            self.resizeColumnToContents(FIELD_COLUMN)

    def nodes(self) -> tuple[Node, ...]:
        return self._nodes

    def restyle(self) -> None:
        """Re-pick status colours and icons after a palette or style change (light <-> dark)."""
        self._icons.clear()
        for item, node in zip(self._flat_items, self._flat_nodes, strict=True):
            self._fill(item, node)

    def _build(self, node: Node) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        self._flat_items.append(item)  # pre-order, the same order as _flat()
        self._fill(item, node)
        item.addChildren([self._build(child) for child in node.children])
        return item

    def _fill(self, item: QTreeWidgetItem, node: Node) -> None:
        label, value, tooltip = localise(node.label), localise(node.value), localise(node.tooltip)
        item.setText(FIELD_COLUMN, label)
        item.setText(VALUE_COLUMN, value)
        item.setText(RAW_COLUMN, node.raw)
        if node.status in _STATUS_WORDS:
            word = {
                "ok": self.tr("OK"),
                "warning": self.tr("Warning"),
                "error": self.tr("Problem"),
            }[node.status]
            tooltip = (
                self.tr("{status}: {text}").format(status=word, text=tooltip) if tooltip else word
            )
        value_tip = value + (f"\n\n{tooltip}" if tooltip else "")
        item.setToolTip(FIELD_COLUMN, tooltip or label)
        item.setToolTip(VALUE_COLUMN, value_tip)
        item.setToolTip(
            RAW_COLUMN, self.tr("Raw value: {raw}").format(raw=node.raw) if node.raw else ""
        )
        # None (no status) clears the colour: the row then follows the palette by itself. Item
        # data rather than setForeground(): converting the colour to a QBrush makes PySide6 weigh
        # QBrush's Qt.<Enum> overloads and create the whole Qt namespace (~1.2 MiB, ~15 ms) on the
        # first decoded token; the view reads a QColor as the brush all the same.
        item.setData(VALUE_COLUMN, FOREGROUND_ROLE, status_color(self, node.status))
        icon = self._icons.get(node.status)
        if icon is None:
            icon = self._icons[node.status] = status_icon(self, node.status)
        item.setIcon(FIELD_COLUMN, icon)


def _flat(nodes: Iterable[Node]) -> Iterator[Node]:
    for row in nodes:
        for _, node in row.walk():
            yield node


def _own(node: Node) -> tuple[str, str, str, str, str]:
    return (node.label, node.value, node.tooltip, node.status, node.raw)
