from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from agora_token_gui.core.report import Node
from agora_token_gui.ui.token_tree import VALUE_COLUMN, TokenTree
from agora_token_gui.ui.widgets import (
    ERROR,
    FOREGROUND_ROLE,
    TOOLTIP_ROLE,
    CollapsibleSection,
    MessageLabel,
    PaletteWatcher,
    make_selectable,
    set_enum_property,
    status_colour,
)


def dark(palette: QPalette) -> QPalette:
    darker = QPalette(palette)
    darker.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    darker.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    return darker


def test_roles_are_the_qt_values() -> None:
    assert Qt.ItemDataRole.ToolTipRole.value == TOOLTIP_ROLE
    assert Qt.ItemDataRole.ForegroundRole.value == FOREGROUND_ROLE


def test_enum_properties_by_key_name_match_the_typed_setters(qtbot: QtBot) -> None:
    label = QLabel("text")
    qtbot.addWidget(label)
    make_selectable(label)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    set_enum_property(label, "alignment", "AlignLeft|AlignTop")
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    button = QToolButton()
    qtbot.addWidget(button)
    set_enum_property(button, "arrowType", "DownArrow")
    assert button.arrowType() == Qt.ArrowType.DownArrow
    set_enum_property(button, "toolButtonStyle", "ToolButtonTextBesideIcon")
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_enum_property_typos_fail_loudly(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="textInteractionFlags"):
        set_enum_property(label, "textInteractionFlags", "TextSelectableByMose")


def test_collapsible_section_arrow_follows_the_state(qtbot: QtBot) -> None:
    section = CollapsibleSection("Advanced")
    qtbot.addWidget(section)
    assert section.toggle_button.arrowType() == Qt.ArrowType.RightArrow
    assert section.toggle_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    section.set_expanded(True)
    assert section.toggle_button.arrowType() == Qt.ArrowType.DownArrow
    assert not section.body.isHidden()
    section.set_expanded(False)
    assert section.toggle_button.arrowType() == Qt.ArrowType.RightArrow


class Recorder(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.watcher = PaletteWatcher(self, self.changed)

    def changed(self) -> None:
        self.calls += 1


def test_palette_watcher_calls_back_on_palette_changes_only(qtbot: QtBot) -> None:
    recorder = Recorder()
    qtbot.addWidget(recorder)
    recorder.show()
    qtbot.waitExposed(recorder)
    recorder.setEnabled(False)
    recorder.setWindowTitle("no palette change")
    assert recorder.calls == 0
    assert recorder.watcher.isHidden()
    recorder.setPalette(dark(recorder.palette()))
    assert recorder.calls == 1


def test_palette_watcher_does_not_keep_its_parent_alive(qtbot: QtBot) -> None:
    recorder = Recorder()
    watcher = recorder.watcher
    del recorder
    gc.collect()
    # The parent (and so the watcher) went with its last reference: nothing left to call back.
    with pytest.raises(RuntimeError):
        watcher.isHidden()


def test_message_label_recolours_when_the_palette_changes(qtbot: QtBot) -> None:
    label = MessageLabel()
    qtbot.addWidget(label)
    assert label.findChildren(PaletteWatcher) == []  # nothing to recolour yet
    label.set_lines([(ERROR, "broken")])
    light = status_colour(label.palette(), ERROR).name()
    assert light in label.text()
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    label.setPalette(dark(label.palette()))
    on_dark = status_colour(label.palette(), ERROR).name()
    assert on_dark != light
    assert on_dark in label.text()
    assert len(label.findChildren(PaletteWatcher)) == 1


def test_token_tree_recolours_when_the_palette_changes(qtbot: QtBot) -> None:
    tree = TokenTree()
    qtbot.addWidget(tree)
    tree.set_nodes((Node(label="Expires", value="in 1 h", status="ok"),))
    item = tree.topLevelItem(0)
    assert item is not None
    light = item.foreground(VALUE_COLUMN).color()
    tree.setPalette(dark(tree.palette()))
    on_dark = item.foreground(VALUE_COLUMN).color()
    assert on_dark.lightness() > light.lightness()
