"""Issue 14 item 1 (and 12): every export and output path, with a certificate hidden under ten
spellings of its key and as non-string values, holds it nowhere: not in any letter case, not as
hex, not as Base64 at any of three offsets.

Paths walked: the batch table (every cell and tooltip), both export files (CSV and JSON Lines),
``agora-token batch`` output, and ``core.batch.run_batch`` results.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agora_token_gui import cli
from agora_token_gui.core.batch import run_batch
from agora_token_gui.core.build import build
from agora_token_gui.ui.batch_model import BatchModel
from agora_token_gui.ui.batch_tab import BatchTab
from tests.cli.test_hostile_batch import assert_nowhere

from .helpers import APP_ID, CERTIFICATE

HIDDEN = "0123456789abcdefFEDCBA9876543210"  # the certificate the files try to smuggle
SPELLINGS = (
    "App_Certificate",
    "app_certificat",
    "appCertificate",
    "APP-CERTIFICATE",
    "app.certificate",
    "app certificate",
    "certificate",
    "app_cretificate",
    "secret_access_key",
    "customerSecret",
)
VALUES: tuple[object, ...] = (HIDDEN, [HIDDEN], {"value": HIDDEN}, [[HIDDEN, 1]])
GOOD = {
    "format": "007",
    "builder": "rtc_uid",
    "channel_name": "room",
    "role": 1,
    "token_expire": 600,
}


def hostile_requests() -> list[dict[str, object]]:
    requests: list[dict[str, object]] = []
    for n, key in enumerate(SPELLINGS):
        for value in VALUES:
            requests.append({**GOOD, "uid": n, key: value, "id": f"{key}-{type(value).__name__}"})
    # The exact key with non-string values: the certificate itself is unusable there.
    for value in VALUES[1:]:
        requests.append({**GOOD, "uid": 99, "app_certificate": value})
    # The exact key with a near-miss string: wrong length, a non-hex letter.
    requests.append({**GOOD, "uid": 98, "app_certificate": HIDDEN + "0"})
    requests.append({**GOOD, "uid": 97, "app_certificate": HIDDEN[:-1] + "g"})
    # Nested inside a service.
    requests.append(
        {
            "format": "007",
            "builder": "services",
            "expire": 600,
            "services": [{"type": 1, "privileges": {"1": 0}, "App_Certificate": HIDDEN}],
        }
    )
    return requests


def table_text(model: BatchModel) -> str:
    parts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    parts.append(str(value))
    return "\n".join(parts)


def run_tab(qtbot: QtBot, tab: BatchTab) -> None:
    with qtbot.waitSignal(tab.batch_finished, timeout=20_000):
        tab.run_button.click()


def test_json_lines_through_the_gui_and_both_exports(qtbot: QtBot, tmp_path: Path) -> None:
    tab = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=build)
    qtbot.addWidget(tab)
    requests = hostile_requests()
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in requests), encoding="utf-8")
    assert tab.load_file(path)
    run_tab(qtbot, tab)
    rows = tab.model.rows()
    assert len(rows) == len(requests)
    assert all(not row.ok for row in rows), [r.message() for r in rows if r.ok]
    texts = [table_text(tab.model)]
    for name in ("out.csv", "out.jsonl"):
        assert tab.export_to(tmp_path / name)
        texts.append((tmp_path / name).read_text(encoding="utf-8"))
    for text in texts:
        assert_nowhere(HIDDEN, text)
        assert_nowhere(CERTIFICATE, text)
    exported = [json.loads(line) for line in texts[2].splitlines()]
    assert all("request" in r for r in exported)
    assert any("appCertificate" in r["error"] for r in exported)  # the key named, not its value


def test_csv_columns_with_certificate_spellings(qtbot: QtBot, tmp_path: Path) -> None:
    tab = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=build)
    qtbot.addWidget(tab)
    path = tmp_path / "requests.csv"
    header = ["format", "builder", "channel_name", "uid", "role", "token_expire", *SPELLINGS]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for n, _ in enumerate(SPELLINGS):
            cells = [""] * len(SPELLINGS)
            cells[n] = HIDDEN
            writer.writerow(["007", "rtc_uid", "room", str(n), "1", "600", *cells])
    assert tab.load_file(path)
    run_tab(qtbot, tab)
    assert len(tab.model.rows()) == len(SPELLINGS)
    assert_nowhere(HIDDEN, table_text(tab.model))
    for name in ("out.csv", "out.jsonl"):
        assert tab.export_to(tmp_path / name)
        assert_nowhere(HIDDEN, (tmp_path / name).read_text(encoding="utf-8"))


def test_the_command_line_and_the_core_batch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps({**r, "app_id": APP_ID}) + "\n" for r in hostile_requests()]
    results = list(run_batch(lines, certificate=lambda: CERTIFICATE))
    assert all("error" in r for r in results)
    assert_nowhere(HIDDEN, json.dumps(results))
    assert_nowhere(CERTIFICATE, json.dumps(results))
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(lines)))
    monkeypatch.setenv(cli.CERT_ENV, CERTIFICATE)
    assert cli.main(["batch", "-"]) == 1
    out, err = capsys.readouterr()
    assert out.count("\n") == len(lines)
    assert_nowhere(HIDDEN, out + err)
    assert_nowhere(CERTIFICATE, out + err)


# --- item 12: an export keeps a symlink a symlink and a file's mode --------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks and modes are POSIX here")
def test_export_writes_through_a_symlink_and_keeps_the_mode(qtbot: QtBot, tmp_path: Path) -> None:
    tab = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=build)
    qtbot.addWidget(tab)
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText("1-3")
    tab.channels.setPlainText("room")
    run_tab(qtbot, tab)
    real = tmp_path / "real" / "tokens.csv"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "tokens.csv"
    link.symlink_to(real)

    assert tab.export_to(link)

    assert link.is_symlink(), "the link is still a link"
    assert "token" in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["tokens.csv"]
    new = tmp_path / "new.jsonl"
    assert tab.export_to(new)
    assert stat.S_IMODE(new.stat().st_mode) == 0o600  # tokens are credentials


# --- item 5 in the GUI: hostile lines are rows with a message, the batch goes on ---------------


def test_hostile_json_lines_and_csv_cells_are_rows_not_crashes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.cli.test_hostile_batch import HOSTILE

    tab = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=build)
    qtbot.addWidget(tab)
    lines: list[bytes] = []
    for i, raw in enumerate(HOSTILE.values()):
        lines.append(json.dumps({**GOOD, "uid": i, "id": f"g{i}"}).encode())
        lines.append(raw)
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    assert tab.load_file(path)
    run_tab(qtbot, tab)
    rows = tab.model.rows()
    assert len(rows) == len(lines)
    good = [row for row in rows if row.id and row.id.startswith("g")]
    assert len(good) == len(HOSTILE)
    assert all(row.ok for row in good), [row.message() for row in good if not row.ok]
    bad = [row for row in rows if row not in good]
    assert all(row.error.endswith(".") for row in bad)

    csv_path = tmp_path / "hostile.csv"
    big = "x" * 200_000
    csv_path.write_text(
        "format,builder,channel_name,uid,role,token_expire\n"
        "007,rtc_uid,room,1,1,600\n"
        f"007,rtc_uid,{big},2,1,600\n"
        "007,rtc_uid,room,²,1,600\n"
        f"007,rtc_uid,room,{'7' * 5000},1,600\n"
        "007,rtc_uid,room,5,1,600\n",
        encoding="utf-8",
    )
    assert tab.load_file(csv_path)
    run_tab(qtbot, tab)
    rows = tab.model.rows()
    assert [row.ok for row in rows] == [True, False, False, False, True]
    assert "cell" in rows[1].error
    assert rows[2].field == "uid"


def test_grid_with_hostile_users_reports_rows(qtbot: QtBot) -> None:
    tab = BatchTab(credentials=lambda: (APP_ID, CERTIFICATE), build=build)
    qtbot.addWidget(tab)
    tab.set_kind("007", "rtc_uid")
    tab.uids.setPlainText(f"1\n²\n٣\n{'9' * 5000}\n1-{'9' * 5000}\n2")
    tab.channels.setPlainText("room")
    run_tab(qtbot, tab)
    rows = tab.model.rows()
    assert rows[0].ok
    assert rows[-1].ok
    assert not any(row.ok for row in rows[1:-1])
    assert all(row.field == "uid" for row in rows[1:-1])
