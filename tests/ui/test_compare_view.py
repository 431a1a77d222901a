"""CompareView: the differences of two tokens in a table, and a summary line."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from agora_token_gui.ui.compare_view import CompareView
from tests.tokens import rtc


def cell(view: CompareView, row: int, column: int) -> str:
    item = view.table.item(row, column)
    assert item is not None
    return item.text()


def rows(view: CompareView) -> list[list[str]]:
    table = view.table
    return [
        [cell(view, row, column) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def make_view(qtbot: QtBot) -> CompareView:
    view = CompareView()
    qtbot.addWidget(view)
    return view


def test_the_compare_view_shows_the_differences(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_tokens(rtc(), rtc(channel_name="other", role=2))
    table = rows(view)
    assert ["RTC service: channel_name", "'demo'", "'other'", "✖ yes"] in [r[:4] for r in table]
    fields = [r[0] for r in table]
    assert "RTC service: publishVideoStream (3)" in fields
    assert view.summary.text().startswith("✖ Different")
    assert view.token_a.toPlainText() == rtc()


def test_equivalent_tokens(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_tokens(rtc(), rtc(salt=99))
    assert view.summary.text().startswith("✔ Equivalent")
    assert {r[0] for r in rows(view)} == {"Salt", "Signature"}
    assert all(r[3] == "no" for r in rows(view))


def test_typing_updates_the_comparison(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert "Paste two tokens" in view.summary.text()
    view.token_a.setPlainText(rtc())
    view.token_b.setPlainText(rtc(uid=5))
    assert cell(view, 0, 0) == "RTC service: uid"
    view.token_b.setPlainText("007 not a token")
    assert view.table.rowCount() == 0
    assert view.summary.text().startswith("✖ Token B:")
    assert view.comparison is None
