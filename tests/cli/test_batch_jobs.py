"""``agora-token batch --jobs N``: the same output, in the same order, as one process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agora_token_gui import cli
from tests.tokens import APP as APP_ID
from tests.tokens import CERT


def _requests(count: int) -> str:
    lines = []
    for i in range(count):
        if i == 2500:
            lines.append("not json")
        elif i == 4100:
            lines.append(json.dumps({"format": "007", "builder": "rtc_uid", "uid": -1}))
        elif i == 10:
            lines.append("")  # blank lines are skipped but still counted
        else:
            request = {
                "id": f"r{i}",
                "format": "007",
                "builder": "rtc_uid",
                "app_id": APP_ID,
                "app_certificate": CERT,
                "channel_name": f"room-{i % 5}",
                "uid": i,
                "role": 1 + i % 2,
                "token_expire": 600,
                "issue_ts": 1_700_000_000,
                "salt": i + 1,
            }
            lines.append(json.dumps(request))
    return "\n".join(lines) + "\n"


@pytest.fixture
def requests_file(tmp_path: Path) -> Path:
    path = tmp_path / "requests.jsonl"
    path.write_text(_requests(5000), encoding="utf-8")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = cli.main(argv)
    return status, capsys.readouterr().out


def test_jobs_give_the_same_lines_in_the_same_order(
    requests_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    single_status, single = _run(["batch", str(requests_file), "--jobs", "1"], capsys)
    multi_status, multi = _run(["batch", str(requests_file), "--jobs", "3"], capsys)
    assert (single_status, multi_status) == (1, 1)  # two bad lines
    assert multi == single
    results = [json.loads(line) for line in multi.splitlines()]
    assert len(results) == 4999  # the blank line gives no result
    errors = [r for r in results if "error" in r]
    # Line numbers are those of the whole file, across the 2,000-line chunks.
    assert [e["line"] for e in errors] == [2501, 4101]
    assert results[-1]["id"] == "r4999"


def test_jobs_exit_zero_when_every_line_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "good.jsonl"
    path.write_text(
        "".join(
            line + "\n"
            for line in _requests(2100).splitlines()
            if line.startswith("{") and "app_id" in line
        ),
        encoding="utf-8",
    )
    status, out = _run(["batch", str(path), "-j", "2"], capsys)
    assert status == 0
    assert len(out.splitlines()) == 2099  # 2,100 lines, one of them blank


def test_jobs_must_be_positive(requests_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["batch", str(requests_file), "--jobs", "0"]) == 2
    assert "--jobs must be 1 or more" in capsys.readouterr().err


def test_without_jobs_a_long_input_uses_every_core_with_the_same_output(
    requests_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agora_token_gui.cli import batch

    _, single = _run(["batch", str(requests_file), "--jobs", "1"], capsys)
    used: list[int] = []
    real = batch._batch_parallel

    def parallel(*args: Any) -> Any:
        used.append(args[1])
        return real(*args)

    monkeypatch.setattr(batch, "default_jobs", lambda: 2)
    monkeypatch.setattr(batch, "_batch_parallel", parallel)
    status, auto = _run(["batch", str(requests_file)], capsys)
    assert (status, used) == (1, [2])
    assert auto == single


def test_without_jobs_a_short_input_stays_in_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agora_token_gui.cli import batch

    path = tmp_path / "short.jsonl"
    path.write_text(_requests(batch.AUTO_LINES - 1), encoding="utf-8")
    monkeypatch.setattr(batch, "default_jobs", lambda: 8)
    monkeypatch.setattr(batch, "_batch_parallel", None)  # calling it would fail the test
    status, out = _run(["batch", str(path)], capsys)
    assert status == 1  # line 2501 is not JSON
    assert len(out.splitlines()) == batch.AUTO_LINES - 2
