"""``agora-token decode --json -`` finds the token in URL, log and JSON lines; lists the repair."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from tests.cli.test_cli import Capture, run
from tests.core.test_detect import TOKEN
from tests.tokens import rtc

OTHER = rtc()


def test_decode_stdin_finds_tokens_in_urls_log_lines_and_json(capsys: Capture) -> None:
    lines = [
        f"https://example.com/join?channel=demo&token={urllib.parse.quote(TOKEN, safe='')}&uid=7",
        f"2026-12-06T10:00:00Z WARN rtc token={TOKEN} uid=1234 code=109",
        json.dumps({"token": TOKEN, "uid": 1234}),
        "no token on this line",
        f"two: a={OTHER} b={TOKEN}",
    ]
    status, out, _ = run(["decode", "--json", "-"], capsys, stdin="\n".join(lines) + "\n")
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(lines)
    assert status == 1  # the line without a token
    url, log, snippet, none, two = results
    for result in (url, log, snippet):
        assert result["format"] == "007"
        assert result["app_id"] == "970CA35de60c44645bbae8a215061b33"
    assert [r["message"] for r in url["repairs"]] == [
        "Found a 007 token in a URL's `token` parameter.",
        "Undid URL percent-encoding (%2B, %2F, %3D).",
    ]
    assert [r["message"] for r in log["repairs"]] == [
        "Found a 007 token in a log line's `token` field."
    ]
    assert [r["message"] for r in snippet["repairs"]] == [
        "Found a 007 token in a JSON snippet's `token` field."
    ]
    assert "holds none" in none["error"]
    assert two["salt"] == 1
    assert [o["token"] for o in two["other_tokens"]] == [TOKEN]


@pytest.mark.parametrize("flag", [[], ["--json"]])
def test_decode_one_argument_in_a_url(capsys: Capture, flag: list[str]) -> None:
    status, out, _ = run(["decode", *flag, f"https://x.test/?token={TOKEN}"], capsys)
    assert status == 0
    assert "Found a 007 token in a URL's `token` parameter." in out


def test_diff_groups_the_harmless_differences_under_no_effect(capsys: Capture) -> None:
    a, b = rtc(uid=999), rtc(uid=1234, issue_ts=1_700_000_001, salt=5)
    status, out, _ = run(["diff", a, b, "--at", "1700000060"], capsys)
    assert status == 1
    explains, harmless = out.split("No effect (")
    assert "Can explain a failure (1):\n  RTC service: uid" in explains
    assert "Issue time" not in explains
    assert "Issue time" in harmless
    assert "Salt" in harmless


@pytest.mark.parametrize(
    "flags",
    [["--issue-ts", "-3h"], ["--issue-ts=-3h"], ["--issue-ts", "-180m"], ["--issue-ts", "-10800"]],
)
def test_negative_relative_issue_times_work(capsys: Capture, flags: list[str]) -> None:
    argv = ["build", "007", "rtm", "--app-id", "970CA35de60c44645bbae8a215061b33"]
    argv += ["--user-id", "u", "--expire", "3600", *flags, "--json"]
    argv += ["--app-certificate", "5CFd2fd1755d40ecb72977518be15d3b"]
    status, out, err = run(argv, capsys)
    assert status == 0, err
    data = json.loads(out)
    issue_ts = data["pinned"]["issue_ts"]
    assert isinstance(issue_ts, int)
    decoded = json.loads(run(["decode", "--json", data["token"]], capsys)[1])
    assert decoded["issue_ts"] == issue_ts
    assert decoded["expires_at"] == issue_ts + 3600


def test_negative_values_are_attached_only_after_an_option() -> None:
    from agora_token_gui.cli import negative_values_attached

    assert negative_values_attached(["--issue-ts", "-3h", "-", "--at", "-30m"]) == [
        "--issue-ts=-3h",
        "-",
        "--at=-30m",
    ]
    assert negative_values_attached(["decode", "-3h"]) == ["decode", "-3h"]
