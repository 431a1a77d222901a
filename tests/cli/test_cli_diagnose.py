"""agora-token diagnose / diff: JSON form and exit statuses."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from agora_token_gui import cli
from tests.fuzz import VECTORS
from tests.tokens import APP, CERT, T, rtc

TOKEN = rtc()
FULL = [
    "--app-id",
    APP,
    "--app-certificate",
    CERT,
    "--channel-name",
    "demo",
    "--uid",
    "123",
    "--action",
    "rtc-join",
    "--at",
    str(T + 60),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_accepted_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "diagnose", TOKEN, *FULL)
    assert status == 0
    assert out.startswith("Verdict: accepted")


def test_json_is_exactly_verdict_format_findings(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "diagnose", rtc(token_expire=600), *FULL, "--at", str(T + 700), "--json"
    )
    assert status == 1
    data = json.loads(out)
    assert list(data) == ["verdict", "format", "findings"]
    assert (data["verdict"], data["format"]) == ("rejected", "007")
    assert [list(f) for f in data["findings"]] == [["code", "severity", "message", "fix"]]
    assert data["findings"][0]["code"] == "expired"
    assert data["findings"][0]["severity"] == "error"


def test_unknown_exits_3_without_certificate(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [a for a in FULL if a not in ("--app-certificate", CERT)]
    status, out, _ = run(capsys, "diagnose", TOKEN, *argv, "--json")
    assert status == 3
    assert json.loads(out) == {"verdict": "unknown", "format": "007", "findings": []}


def test_certificate_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli.CERT_ENV, CERT + "\n")
    argv = [a for a in FULL if a not in ("--app-certificate", CERT)]
    status, out, _ = run(capsys, "diagnose", TOKEN, *argv)
    assert status == 0
    assert CERT not in out


def test_malformed_token_is_a_finding_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "diagnose", "007abc", "--json")
    assert status == 1
    data = json.loads(out)
    assert (data["verdict"], data["format"]) == ("rejected", None)
    assert [f["code"] for f in data["findings"]] == ["malformed"]


@pytest.mark.parametrize(
    "argv",
    [
        ["--app-certificate", "not-a-certificate"],
        ["--at", "yesterday-ish"],
        ["--uid", "-5"],
        ["--uid", "4294967296"],
        ["--action", "dance"],
        ["--uid", "1", "--account", "a"],
    ],
    ids=["certificate", "at", "negative_uid", "big_uid", "action", "uid_and_account"],
)
def test_unusable_input_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:  # argparse rejects some of these itself
        raise SystemExit(cli.main(["diagnose", TOKEN, *argv]))
    assert info.value.code == 2
    assert "error" in capsys.readouterr().err


def test_text_output_lists_findings_fixes_and_notes(capsys: pytest.CaptureFixture[str]) -> None:
    token = urllib.parse.quote(rtc(role=2), safe="")
    status, out, _ = run(
        capsys,
        "diagnose",
        token,
        "--channel-name",
        "demo",
        "--uid",
        "123",
        "--action",
        "rtc-publish",
        "--at",
        "2023-11-14T22:14:20Z",
        "--error-code",
        "110",
    )
    assert status == 1
    assert "missing_privilege" in out
    assert "repaired_url_encoding" in out
    flat = " ".join(out.split())
    assert "explained here by: missing_privilege, repaired_url_encoding." in flat
    assert "fix: " in out
    assert "Note: No App Certificate given" in out


def test_the_certificate_is_never_printed(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, err = run(capsys, "diagnose", TOKEN, *FULL[:2], "--app-certificate", CERT.swapcase())
    assert "certificate_case" in out
    assert CERT not in out + err
    assert CERT.swapcase() not in out + err


# --- diff -----------------------------------------------------------------------------------


def vector(prefix: str) -> str:
    vectors = json.loads(VECTORS.read_text())["vectors"]
    token = next(v["expected_token"] for v in vectors if v["id"].startswith(prefix))
    assert isinstance(token, str)
    return token


def test_diff_equivalent_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "diff", vector("011-"), vector("012-"))
    assert status == 0
    assert out.startswith("Equivalent")
    assert "Encoding" in out


def test_diff_different_exits_1_and_names_fields(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "diff", TOKEN, rtc(channel_name="other"))
    assert status == 1
    assert "RTC service: channel_name" in out
    assert "A: 'demo'" in out
    assert "B: 'other'" in out


def test_diff_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "diff", TOKEN, rtc(uid=7), "--json")
    assert status == 1
    data = json.loads(out)
    assert data["equivalent"] is False
    uid = next(d for d in data["differences"] if d["field"] == "RTC service: uid")
    assert (uid["a"], uid["b"], uid["can_explain_failure"]) == ("'123'", "'7'", True)


def test_diff_malformed_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "diff", "garbage", TOKEN)
    assert status == 2
    assert out == ""
    assert "Token A" in err
