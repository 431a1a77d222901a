"""CompareView: labelled A/B inputs, the differences grouped (failure causes first), a summary."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from agora_token_gui.ui.compare_view import EXPLAINS, NO_EFFECT, CompareView
from tests.tokens import T, make, rtc


def cell(view: CompareView, row: int, column: int) -> str:
    item = view.table.item(row, column)
    assert item is not None
    return item.text()


def rows(view: CompareView) -> list[list[str]]:
    table = view.table
    return [
        [
            table.item(row, column).text() if table.item(row, column) else ""  # type: ignore[union-attr]
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]


def make_view(qtbot: QtBot, now: int = T + 60) -> CompareView:
    view = CompareView(now=lambda: now)
    qtbot.addWidget(view)
    return view


def test_the_compare_view_shows_the_differences(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_tokens(rtc(), rtc(channel_name="other", role=2))
    assert ["RTC service: channel_name", "'demo'", "'other'"] in [r[:3] for r in rows(view)]
    groups = view.group_rows()
    assert "RTC service: publishVideoStream (3)" in groups[EXPLAINS]
    assert view.summary.text().startswith("✖ Different")
    assert view.token_a.toPlainText() == rtc()


def test_inputs_are_labelled_a_and_b(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.label_a.text().startswith("A:")
    assert view.label_b.text().startswith("B:")
    assert view.label_a.buddy() is view.token_a
    assert view.label_b.buddy() is view.token_b
    assert [view.table.horizontalHeaderItem(c).text() for c in range(4)] == [  # type: ignore[union-attr]
        "Field",
        "A",
        "B",
        "Why",
    ]


def test_the_real_cause_first_and_harmless_ones_under_no_effect(qtbot: QtBot) -> None:
    """The issue's example: uid 999 vs 1234, issued a second apart, one with a newline."""
    request = {
        "format": "007",
        "builder": "rtc_uid",
        "channel_name": "demo",
        "role": 1,
        "token_expire": 3600,
        "privilege_expire": 3600,
    }
    a = make({**request, "uid": 999})
    b = make({**request, "uid": 1234, "issue_ts": T + 1}, salt=5) + "\n"
    view = make_view(qtbot)
    view.set_tokens(a, b)
    groups = view.group_rows()
    assert groups[EXPLAINS] == ["RTC service: uid"]
    assert {"Issue time", "Salt", "Repairs to decode", "Signature"} <= set(groups[NO_EFFECT])
    assert cell(view, 0, 0) == f"{EXPLAINS} (1)"
    assert view.table.columnSpan(0, 0) == 4


def test_equivalent_tokens(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_tokens(rtc(), rtc(salt=99))
    assert view.summary.text().startswith("✔ Equivalent")
    assert view.group_rows() == {NO_EFFECT: ["Salt", "Signature"]}


def test_columns_fit_the_view(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.resize(900, 500)
    view.show()
    view.set_tokens(rtc(), rtc(uid=5))
    header = view.table.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    total = sum(header.sectionSize(c) for c in range(4))
    assert total <= view.table.viewport().width() + 1


def test_typing_updates_the_comparison(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert "Paste two tokens" in view.summary.text()
    view.token_a.setPlainText(rtc())
    view.token_b.setPlainText(rtc(uid=5))
    assert cell(view, 1, 0) == "RTC service: uid"
    view.token_b.setPlainText("007 not a token")
    assert view.table.rowCount() == 0
    assert view.summary.text().startswith("✖ Token B:")
    assert view.comparison is None
