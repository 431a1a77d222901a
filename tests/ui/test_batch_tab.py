from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from agora_token_gui.core.batch import (
    GRID_KINDS,
    GridPlan,
    SourceError,
    list_size,
    parse_list,
    template_for,
)
from agora_token_gui.core.build import BuildResult, build
from agora_token_gui.ui.batch_model import BatchModel, BatchRow
from agora_token_gui.ui.batch_tab import BatchTab
from agora_token_gui.ui.batch_worker import CHUNK_ROWS
from tests.tokens import APP as APP_ID
from tests.tokens import CERT as CERTIFICATE

OTHER_CERTIFICATE = "0123456789abcdef0123456789abcdef"
NOW = 1_700_000_000
WAIT_MS = 120_000


def fixed_randint(low: int, high: int) -> int:
    return low


PINNED = partial(build, now=NOW, randint=fixed_randint)


def pinned_build(request: Mapping[str, object]) -> BuildResult:
    return PINNED(request)


@pytest.fixture
def tab(qtbot: QtBot) -> BatchTab:
    widget = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=PINNED)
    qtbot.addWidget(widget)
    return widget


def run(qtbot: QtBot, tab: BatchTab) -> bool:
    with qtbot.waitSignal(tab.batch_finished, timeout=WAIT_MS) as blocker:
        tab.run_button.click()
    assert blocker.args is not None
    cancelled = blocker.args[0]
    assert isinstance(cancelled, bool)
    return cancelled


def expected_token(request: Mapping[str, object]) -> str:
    credentials = {"app_id": APP_ID, "app_certificate": CERTIFICATE}
    if request.get("format") == "stream_key":  # signed with the certificate alone
        del credentials["app_id"]
    return pinned_build({**credentials, **request}).token


# --- the grid ----------------------------------------------------------------------------------


def test_a_grid_of_1000_matches_the_core_token_for_token(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1000-1099")
    tab.channels.setPlainText("\n".join(f"room-{n}" for n in range(10)))
    assert "100 users × 10 channels = 1,000 requests" in tab.grid_help.text()

    cancelled = run(qtbot, tab)

    assert not cancelled
    assert tab.model.rowCount() == 1000
    assert tab.model.error_count == 0
    template = json.loads(tab.template.toPlainText())
    expected = [
        expected_token({**template, "uid": uid, "channel_name": f"room-{channel}"})
        for uid in range(1000, 1100)
        for channel in range(10)
    ]
    assert [row.token for row in tab.model.rows()] == expected
    assert tab.progress.value() == tab.progress.maximum()
    assert not tab.is_running()
    assert tab.run_button.isEnabled()
    assert tab.export_button.isEnabled()


def test_account_kinds_fill_the_account_field(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_account")
    tab.uids.setPlainText("alice\nbob")
    tab.channels.setPlainText("a")
    assert "“account”" in tab.grid_help.text()

    run(qtbot, tab)

    template = json.loads(tab.template.toPlainText())
    assert [row.user for row in tab.model.rows()] == ["alice", "bob"]
    assert tab.model.row_at(1).token == expected_token(
        {**template, "account": "bob", "channel_name": "a"}
    )


def test_rtc_rtm2_fills_both_user_ids(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_rtm2")
    tab.uids.setPlainText("carol")
    tab.channels.setPlainText("c")

    run(qtbot, tab)

    row = tab.model.row_at(0)
    assert row.ok, row.error
    assert row.request["rtc_account"] == "carol"
    assert row.request["rtm_user_id"] == "carol"


def test_a_kind_without_user_or_channel_builds_one_token(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "chat_app")
    assert not tab.uids.isEnabled()
    assert not tab.channels.isEnabled()

    run(qtbot, tab)

    assert tab.model.rowCount() == 1
    assert tab.model.row_at(0).token == expected_token(json.loads(tab.template.toPlainText()))


@pytest.mark.parametrize("kind", GRID_KINDS, ids=lambda k: k.key)
def test_every_kind_template_builds(kind: object) -> None:
    from agora_token_gui.core.catalog import KeyKind

    assert isinstance(kind, KeyKind)
    plan = GridPlan.for_kind(kind)
    request: dict[str, object] = dict(template_for(kind, NOW))
    if plan.user_keys:
        for key in plan.user_keys:
            request[key] = 7 if plan.numeric_users and key == plan.user_keys[0] else "seven"
    if plan.channel_key:
        request[plan.channel_key] = "room"
    assert expected_token(request)


def test_a_bad_grid_value_is_one_bad_row(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1\nnot-a-number\n3")
    tab.channels.setPlainText("room")

    run(qtbot, tab)

    assert [row.ok for row in tab.model.rows()] == [True, False, True]
    bad = tab.model.row_at(1)
    assert bad.field == "uid"
    assert "not-a-number" in bad.error
    assert tab.model.data(tab.model.index(1, BatchModel.STATUS_COLUMN)) == "Error"
    assert "1 rows have errors" in tab.summary.text()


@pytest.mark.parametrize(
    ("template", "words"),
    [("{", "not valid JSON"), ("[1]", "one JSON object")],
)
def test_a_broken_template_is_reported_above_the_table(
    tab: BatchTab, template: str, words: str
) -> None:
    tab.uids.setPlainText("1")
    tab.channels.setPlainText("a")
    tab.template.setPlainText(template)

    assert not tab.start()

    assert not tab.error.isHidden()
    assert words in tab.error.text()
    assert not tab.is_running()


def test_empty_lists_are_reported(tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_uid")
    tab.channels.setPlainText("a")

    assert not tab.start()
    assert "at least one user" in tab.error.text()


def test_ranges_and_their_mistakes() -> None:
    entries = parse_list("5\n\n 10 - 12 \nname\n", "Users")
    assert entries == ["5", range(10, 13), "name"]
    assert list_size(entries) == 5
    with pytest.raises(SourceError, match="runs backwards"):
        parse_list("9-1", "Users")


# --- cancel and threads --------------------------------------------------------------------------


def test_a_large_batch_can_be_cancelled_and_stops_early(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1-50000")
    tab.channels.setPlainText("room")

    with qtbot.waitSignal(tab.batch_finished, timeout=WAIT_MS) as blocker:
        assert tab.start()
        qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT_MS)
        tab.cancel_button.click()

    assert blocker.args == [True]
    assert 0 < tab.model.rowCount() < 50_000
    assert not tab.is_running()
    assert not tab.cancel_button.isEnabled()
    assert "Cancelled after" in tab.summary.text()


def test_closing_the_tab_stops_a_running_batch(qtbot: QtBot) -> None:
    tab = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=PINNED)
    qtbot.addWidget(tab)
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1-50000")
    tab.channels.setPlainText("room")
    assert tab.start()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT_MS)

    tab.close()

    assert not tab.is_running()
    assert tab.model.rowCount() < 50_000


def test_a_new_run_after_cancel_ignores_the_old_runs_chunks(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1-50000")
    tab.channels.setPlainText("room")
    assert tab.start()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT_MS)
    tab.shutdown()
    tab.uids.setPlainText("1-3")

    run(qtbot, tab)

    assert [row.user for row in tab.model.rows()] == ["1", "2", "3"]


def test_the_ui_stays_responsive_while_building(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1-10000")
    tab.channels.setPlainText("room")
    chunks: list[int] = []  # the size of each insertion into the table, in order
    tab.model.rowsInserted.connect(lambda _parent, first, last: chunks.append(last - first + 1))

    with qtbot.waitSignal(tab.batch_finished, timeout=WAIT_MS):
        assert tab.start()

    # Rows arrived in chunks while the worker ran (at most CHUNK_ROWS each), not all at the end.
    assert sum(chunks) == tab.model.rowCount() == 10_000
    assert len(chunks) >= 10_000 // CHUNK_ROWS
    assert max(chunks) <= CHUNK_ROWS


# --- files ------------------------------------------------------------------------------------


def test_json_lines_with_bad_rows_reports_them_inline(
    qtbot: QtBot, tab: BatchTab, tmp_path: Path
) -> None:
    good = {"format": "007", "builder": "rtm", "user_id": "u1", "expire": 600, "id": "first"}
    lines = [
        json.dumps(good),
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({**good, "expire": "soon", "id": "bad-expire"}),
        json.dumps({**good, "user_id": "u2", "id": "last"}),
    ]
    path = tmp_path / "requests.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert tab.load_file(path)
    assert "5 requests" in tab.file_info.text()
    run(qtbot, tab)

    result = tab.model.rows()
    assert [row.number for row in result] == [1, 2, 4, 5, 6]
    assert [row.ok for row in result] == [True, False, False, False, True]
    assert "not valid JSON" in result[1].error
    assert "JSON object" in result[2].error
    assert result[3].field == "expire"
    assert result[3].id == "bad-expire"
    assert result[0].token == expected_token(good)
    assert result[4].token == expected_token({**good, "user_id": "u2", "id": "last"})


def test_csv_rows_use_their_own_certificate_when_given(
    qtbot: QtBot, tab: BatchTab, tmp_path: Path
) -> None:
    path = tmp_path / "requests.csv"
    header = ["format", "builder", "channel_name", "uid", "role", "token_expire", "app_certificate"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerow(["007", "rtc_uid", "a", "1", "1", "600", ""])
        writer.writerow(["007", "rtc_uid", "b", "2", "2", "600", OTHER_CERTIFICATE])
        writer.writerow(["007", "rtc_uid", "c", "3", "1", "600", "", "extra cell"])
        writer.writerow(["006", "privileges", "d", "", "", "", ""])

    assert tab.load_file(path)
    assert "App Certificate: from the file where given" in tab.file_info.text()
    run(qtbot, tab)

    first, second, third, fourth = tab.model.rows()
    request = dict(zip(header[:-1], ["007", "rtc_uid", "a", "1", "1", "600"], strict=True))
    assert first.token == expected_token(request)
    request = dict(zip(header[:-1], ["007", "rtc_uid", "b", "2", "2", "600"], strict=True))
    own = {**request, "app_id": APP_ID, "app_certificate": OTHER_CERTIFICATE}
    assert second.token == pinned_build(own).token
    assert second.token != expected_token(request)
    assert [row.number for row in (first, second, third, fourth)] == [2, 3, 4, 5]
    assert "cells" in third.error
    assert fourth.field == "privileges"


def test_csv_tokens_match_the_core(qtbot: QtBot, tab: BatchTab, tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    header = ["id", "format", "builder", "user_id", "expire", "app_certificate"]
    rows = [
        ["one", "007", "rtm", "u1", "600", ""],
        ["two", "007", "rtm", "u2", "900", OTHER_CERTIFICATE],
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])

    assert tab.load_file(path)
    run(qtbot, tab)

    one, two = tab.model.rows()
    assert one.token == expected_token(
        {"id": "one", "format": "007", "builder": "rtm", "user_id": "u1", "expire": "600"}
    )
    assert (
        two.token
        == pinned_build(
            {
                "id": "two",
                "format": "007",
                "builder": "rtm",
                "user_id": "u2",
                "expire": "900",
                "app_id": APP_ID,
                "app_certificate": OTHER_CERTIFICATE,
            }
        ).token
    )


def test_an_unreadable_file_is_reported(tab: BatchTab, tmp_path: Path) -> None:
    assert not tab.load_file(tmp_path / "missing.jsonl")
    assert "missing.jsonl" in tab.error.text()

    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert not tab.load_file(empty)
    assert "empty" in tab.error.text()


def test_running_the_file_source_without_a_file_says_so(tab: BatchTab) -> None:
    tab.sources.setCurrentIndex(1)

    assert not tab.start()
    assert "Open a CSV or JSON Lines file" in tab.error.text()


# --- export -----------------------------------------------------------------------------------


def _grid_with_one_bad_row(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1-20\nbad")
    tab.channels.setPlainText("room")
    run(qtbot, tab)


@pytest.mark.parametrize("name", ["out.csv", "out.jsonl"])
def test_export_is_atomic_and_has_no_certificate(
    qtbot: QtBot, tab: BatchTab, tmp_path: Path, name: str
) -> None:
    _grid_with_one_bad_row(qtbot, tab)
    path = tmp_path / name
    path.write_text("old content\n", encoding="utf-8")

    with qtbot.waitSignal(tab.status_message):
        assert tab.export_to(path)

    text = path.read_text(encoding="utf-8")
    assert CERTIFICATE.lower() not in text.lower()
    assert "app_certificate" not in text
    assert "old content" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    tokens = [row.token for row in tab.model.rows()]
    if name.endswith(".csv"):
        records = list(csv.DictReader(text.splitlines()))
        assert [r["token"] for r in records] == tokens
        assert records[-1]["error"]
    else:
        results = [json.loads(line) for line in text.splitlines()]
        assert [r.get("token", "") for r in results] == tokens
        assert results[-1]["field"] == "uid"
        assert results[0]["request"]["uid"] == 1


def test_a_failed_export_leaves_the_old_file_and_no_temp_file(
    qtbot: QtBot, tab: BatchTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _grid_with_one_bad_row(qtbot, tab)
    path = tmp_path / "out.csv"
    path.write_text("old content\n", encoding="utf-8")

    def refuse(src: str, dst: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)

    assert not tab.export_to(path)

    assert path.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
    assert "No space left" in tab.error.text()


def test_copy_selected_tokens(qtbot: QtBot, tab: BatchTab) -> None:
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1-3")
    tab.channels.setPlainText("room")
    run(qtbot, tab)
    selection = tab.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(tab.model.index(0, 0), flags)
    selection.select(tab.model.index(2, 0), flags)

    tab.copy_button.click()

    assert QGuiApplication.clipboard().text().split("\n") == [
        tab.model.row_at(0).token,
        tab.model.row_at(2).token,
    ]


def test_rows_never_hold_the_certificate(qtbot: QtBot, tab: BatchTab) -> None:
    _grid_with_one_bad_row(qtbot, tab)

    for row in tab.model.rows():
        assert "app_certificate" not in row.request
        assert CERTIFICATE not in json.dumps(row.result_json())


def test_model_basics() -> None:
    model = BatchModel()
    model.append([BatchRow(1, {"uid": 5, "channel_name": "c"}, token="007x")])
    model.append([BatchRow(2, error="bad", field="uid")])

    assert model.rowCount() == 2
    assert model.columnCount() == len(BatchModel.COLUMNS)
    assert model.data(model.index(0, 2)) == "5"
    assert model.data(model.index(1, BatchModel.MESSAGE_COLUMN)) == "bad (field: uid)"
    assert model.error_count == 1
    model.clear()
    assert model.rowCount() == 0


def test_a_bug_in_build_reaches_the_excepthook_and_frees_the_tab(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(request: Mapping[str, object]) -> BuildResult:
        raise ZeroDivisionError("a bug, not a bad row")

    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: hooked.append(value))
    tab = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=broken)
    qtbot.addWidget(tab)
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1")
    tab.channels.setPlainText("room")

    with qtbot.waitSignal(tab.batch_finished, timeout=WAIT_MS):
        tab.run_button.click()
    qtbot.waitUntil(lambda: bool(hooked))

    assert "ZeroDivisionError" in str(hooked[0])
    assert not tab.is_running()
    assert tab.run_button.isEnabled()
    assert "internal error" in tab.error.text()


# --- the model, checked by Qt's own model tester -------------------------------------------


def test_the_batch_model_passes_qt_s_model_tester(qtmodeltester: Any) -> None:
    model = BatchModel()
    good = pinned_build(
        {
            "format": "007",
            "builder": "rtc_uid",
            "app_id": APP_ID,
            "app_certificate": CERTIFICATE,
            "channel_name": "room",
            "uid": 7,
            "role": 1,
            "token_expire": 600,
        }
    )
    model.append(
        [
            BatchRow(1, {"format": "007", "uid": 7}, token=good.token, id="a"),
            BatchRow(2, {"format": "007"}, error="User ID (uid) is required.", field="uid"),
            BatchRow(3, {}, warnings=("Channel name is empty.",)),
        ]
    )
    qtmodeltester.check(model, force_py=False)
    model.append([BatchRow(4, error="Line 4 is not valid JSON.")])
    model.clear()
    qtmodeltester.check(model, force_py=False)


def test_exported_csv_has_the_expiry_and_the_effective_expiry(
    qtbot: QtBot, tab: BatchTab, tmp_path: Path
) -> None:
    """Issue #9: expires_at (ISO 8601 UTC) and the effective expiry in every exported row."""
    _grid_with_one_bad_row(qtbot, tab)
    path = tmp_path / "out.csv"
    assert tab.export_to(path)
    records = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    header = list(records[0])
    assert header.index("token") < header.index("expires_at")
    assert {"expires_at", "effective_expires_at", "effective_expiry"} <= set(header)
    from agora_token_gui.core.detect import expiry_of

    first = tab.model.rows()[0]
    found = expiry_of(first.token)
    assert found is not None
    assert found.token_expires_at is not None
    expected = dt.datetime.fromtimestamp(found.token_expires_at, dt.timezone.utc)
    assert records[0]["expires_at"] == expected.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert records[0]["effective_expires_at"].endswith("Z")
    assert records[0]["effective_expiry"].endswith("ends first")
    assert records[-1]["expires_at"] == ""  # the bad row has no token


def test_after_export_open_and_show_in_folder(qtbot: QtBot, tab: BatchTab, tmp_path: Path) -> None:
    opened: list[str] = []

    def record(url: QUrl | str) -> bool:
        opened.append(url.toLocalFile() if isinstance(url, QUrl) else url)
        return True

    tab.open_url = record
    assert not tab.open_export_button.isVisibleTo(tab)
    _grid_with_one_bad_row(qtbot, tab)
    path = tmp_path / "out.csv"
    assert tab.export_to(path)
    assert tab.open_export_button.isVisibleTo(tab)
    tab.open_export_button.click()
    tab.show_export_button.click()
    assert opened == [str(path), str(tmp_path)]
