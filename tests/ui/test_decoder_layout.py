"""Decoder pane layout: the Fields tree never drawn over another tab, room for Diagnose."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from agora_token_gui.ui.decoder_pane import DecoderPane
from tests.tokens import CERT, T, rtc


@pytest.fixture
def pane(qtbot: QtBot) -> DecoderPane:
    widget = DecoderPane(now=lambda: T)
    qtbot.addWidget(widget)
    widget.resize(480, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_credentials("", CERT)
    return widget


@pytest.mark.parametrize("tab", [1, 2])
def test_pasting_on_another_tab_does_not_draw_the_tree_over_it(pane: DecoderPane, tab: int) -> None:
    pane.set_token("not a token")  # the tree is hidden for an error ...
    pane.details.setCurrentIndex(tab)
    pane.set_token(rtc())  # ... and a token arrives while Diagnose / Compare is shown
    assert not pane.tree.isVisible()
    fields_page = pane.details.widget(0)
    assert fields_page is not None
    assert pane.tree.isVisibleTo(fields_page)  # shown on its own page only
    pane.details.setCurrentIndex(0)
    assert pane.tree.isVisible()


def test_the_verify_box_gives_its_room_to_diagnose_and_compare(pane: DecoderPane) -> None:
    pane.set_token(rtc())
    assert pane.verify_box.isVisible()
    pane.details.setCurrentIndex(1)
    assert not pane.verify_box.isVisible()
    pane.details.setCurrentIndex(2)
    assert not pane.verify_box.isVisible()
    pane.details.setCurrentIndex(0)
    assert pane.verify_box.isVisible()
    pane.set_token("")
    assert not pane.verify_box.isVisible()


def test_an_empty_pane_explains_itself(pane: DecoderPane) -> None:
    assert pane.empty_note.isVisible()
    assert not pane.tree.isVisible()
    pane.set_token(rtc())
    assert not pane.empty_note.isVisible()
    pane.set_token("")
    assert pane.empty_note.isVisible()
