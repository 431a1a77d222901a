"""``agora-token``: build, decode, verify and batch, their output and their exit statuses."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from agora_token_gui import cli
from agora_token_gui.core.build import build
from tests.tokens import APP, CERT

RTC_FLAGS = ["build", "007", "rtc_uid", "--app-id", APP, "--channel-name", "room", "--uid", "42"]
RTC_FLAGS += [
    "--role",
    "publisher",
    "--token-expire",
    "600",
    "--issue-ts",
    "1111111",
    "--salt",
    "1",
]
RTC_REQUEST = {
    "format": "007",
    "builder": "rtc_uid",
    "app_id": APP,
    "app_certificate": CERT,
    "channel_name": "room",
    "uid": 42,
    "role": 1,
    "token_expire": 600,
    "issue_ts": 1111111,
    "salt": 1,
}
RTC_TOKEN = build(RTC_REQUEST).token
TOKEN_006 = build(
    {
        "format": "006",
        "builder": "rtc_uid",
        "app_id": APP,
        "app_certificate": CERT,
        "channel_name": "room",
        "uid": 42,
        "role": 1,
        "privilege_expired_ts": 0,
    }
).token

Capture = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input is not a terminal, and no certificate comes from the environment."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv(cli.CERT_ENV, raising=False)


def test_json_output_follows_sys_stdout() -> None:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        cli.main(["decode", "--json", RTC_TOKEN])
    assert buffer.getvalue().startswith('{"format": "007"')


def run(argv: list[str], capsys: Capture, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)  # the autouse fixture restores the original
    status = cli.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def one_sentence(err: str) -> str:
    line = err.strip()
    assert "\n" not in line, err
    assert line.startswith("agora-token: error: "), err
    message = line.removeprefix("agora-token: error: ")
    assert message.endswith("."), message
    return message


# --- build --------------------------------------------------------------------------------------


def test_build_prints_the_token(capsys: Capture) -> None:
    assert run([*RTC_FLAGS, "--app-certificate", CERT], capsys) == (0, RTC_TOKEN + "\n", "")


def test_build_takes_the_certificate_from_the_environment(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli.CERT_ENV, f" {CERT}\n")
    assert run(RTC_FLAGS, capsys) == (0, RTC_TOKEN + "\n", "")


def test_build_without_a_certificate_or_terminal_is_a_usage_error(capsys: Capture) -> None:
    status, out, err = run(RTC_FLAGS, capsys)
    assert (status, out) == (2, "")
    message = one_sentence(err)
    assert message.startswith("--app-certificate: The App Certificate is missing")


def test_build_json(capsys: Capture) -> None:
    argv = [*RTC_FLAGS[:-4], "--app-certificate", CERT, "--json", "--id", "r1", "--now", "5000"]
    status, out, err = run(argv, capsys)
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["id"] == "r1"
    assert data["pinned"]["issue_ts"] == 5000
    assert 1 <= data["pinned"]["salt"] <= 99_999_999
    assert data["warnings"] == []
    assert data["request"]["issue_ts"] == 5000
    assert "app_certificate" not in data["request"]
    again = build({**data["request"], "app_certificate": CERT})
    assert again.token == data["token"]


def test_build_warnings_go_to_stderr(capsys: Capture) -> None:
    argv = [*RTC_FLAGS, "--app-certificate", CERT, "--channel-name", "x" * 70]
    status, out, err = run(argv, capsys)
    assert status == 0
    assert out.startswith("007")
    assert err.startswith("agora-token: warning: Channel name is 70 bytes")


@pytest.mark.parametrize(
    ("flag", "value", "named"),
    [
        ("--uid", "-1", "--uid"),
        ("--uid", "4294967296", "--uid"),
        ("--uid", "abc", "--uid"),
        ("--role", "boss", "--role"),
        ("--token-expire", "1.5", "--token-expire"),
        ("--app-id", "xyz", "--app-id"),
    ],
)
def test_build_bad_input_names_the_flag(capsys: Capture, flag: str, value: str, named: str) -> None:
    status, out, err = run([*RTC_FLAGS, flag, value, "--app-certificate", CERT], capsys)
    assert (status, out) == (2, "")
    assert one_sentence(err).startswith(named + ": ")


def test_build_reports_every_bad_flag_before_asking_for_the_certificate(capsys: Capture) -> None:
    status, _, err = run([*RTC_FLAGS, "--uid", "-1", "--role", "boss"], capsys)
    assert status == 2
    assert [line.split(":")[2].strip() for line in err.splitlines()] == ["--uid", "--role"]
    assert "Certificate" not in err


def test_build_missing_flag_and_json_flags(capsys: Capture, tmp_path: Path) -> None:
    status, _, err = run(
        ["build", "007", "rtm", "--app-id", APP, "--app-certificate", CERT], capsys
    )
    assert status == 2
    assert "--user-id: User id is required" in err
    services = tmp_path / "services.json"
    services.write_text('[{"type": 4, "privileges": {"1": 0}}]', encoding="utf-8")
    argv = ["build", "007", "services", "--app-id", APP, "--app-certificate", CERT]
    argv += ["--expire", "60", "--services", f"@{services}", "--issue-ts", "1", "--salt", "1"]
    status, out, _ = run(argv, capsys)
    expected = build(
        {
            "format": "007",
            "builder": "services",
            "app_id": APP,
            "app_certificate": CERT,
            "expire": 60,
            "services": [{"type": 4, "privileges": {"1": 0}}],
            "issue_ts": 1,
            "salt": 1,
        }
    ).token
    assert (status, out.strip()) == (0, expected)
    status, _, err = run([*argv[:-4], "--services", "[{", "--issue-ts", "1"], capsys)
    assert status == 2
    assert "--services: The Services value is not valid JSON" in err
    status, _, err = run([*argv[:-4], "--services", "@/nonexistent/file"], capsys)
    assert status == 2
    assert "cannot read '/nonexistent/file'" in err


def test_build_legacy_and_implicit_builders(capsys: Capture) -> None:
    argv = ["build", "003", "--app-id", APP.lower(), "--app-certificate", CERT.lower()]
    argv += [
        "--channel-name",
        "c",
        "--uid",
        "1",
        "--expired-ts",
        "0",
        "--unix-ts",
        "5",
        "--random-int",
        "6",
    ]
    status, out, _ = run(argv, capsys)
    assert status == 0
    assert len(out.strip()) == 113
    assert out.startswith("003")


# --- decode -------------------------------------------------------------------------------------


def test_decode_prints_a_report(capsys: Capture) -> None:
    status, out, err = run(["decode", RTC_TOKEN, "--at", "1111111"], capsys)
    assert (status, err) == (0, "")
    assert "AccessToken2 (007)" in out
    assert "joinChannel (1)" in out
    assert "Signature" in out
    assert "Verification" not in out


def test_decode_json_matches_the_spec(capsys: Capture) -> None:
    status, out, _ = run(["decode", "--json", RTC_TOKEN], capsys)
    data = json.loads(out)
    assert status == 0
    assert len(out.splitlines()) == 1
    assert {"format", "signature_hex", "app_id", "issue_ts", "expire", "salt", "services"} <= set(
        data
    )
    assert data["services"][0]["privileges"] == {"1": 0, "2": 0, "3": 0, "4": 0}
    assert "signature" not in data  # never claims validity without a certificate


def test_decode_with_a_certificate_checks_the_signature(capsys: Capture) -> None:
    status, out, _ = run(["decode", "--json", RTC_TOKEN, "--app-certificate", CERT], capsys)
    assert json.loads(out)["signature"] == "valid"
    argv = ["decode", "--json", TOKEN_006, "--app-certificate", CERT, "--channel-name", "room"]
    status, out, _ = run([*argv, "--uid", "43"], capsys)
    assert (status, json.loads(out)["signature"]) == (0, "invalid")
    status, out, _ = run(
        [*argv[:3], "--app-certificate", CERT, "--channel-name", "room", "--uid", "42"], capsys
    )
    assert json.loads(out)["signature"] == "valid"
    status, out, _ = run(
        [
            "decode",
            TOKEN_006,
            "--app-certificate",
            CERT,
            "--channel-name",
            "room",
            "--account",
            "42",
        ],
        capsys,
    )
    assert "Verification" in out
    assert "CRC-32 of uid '42' matches the token" in out


def test_decode_a_malformed_token_fails_with_a_sentence(capsys: Capture) -> None:
    status, out, err = run(["decode", "007invalid"], capsys)
    assert (status, out) == (1, "")
    one_sentence(err)


def test_decode_stdin_writes_one_line_per_input_line(capsys: Capture) -> None:
    lines = [RTC_TOKEN, "junk", "", "  " + TOKEN_006, "007eJ"]
    status, out, err = run(["decode", "--json", "-"], capsys, stdin="\n".join(lines) + "\n")
    results = [json.loads(line) for line in out.splitlines()]
    assert (status, err) == (1, "")
    assert len(results) == len(lines)
    assert [r.get("format") for r in results] == ["007", None, None, "006", None]
    assert results[3]["repairs"][0]["code"] == "repaired_whitespace"
    for result in results[1:3] + results[4:]:
        assert result["error"][0].isupper()
        assert result["error"].endswith(".")


def test_decode_stdin_all_good_exits_0(capsys: Capture) -> None:
    status, out, _ = run(["decode", "-"], capsys, stdin=f"{RTC_TOKEN}\r\n{TOKEN_006}\n")
    assert status == 0
    assert out.count("Format") == 2
    status, out, _ = run(["decode", "-"], capsys, stdin="nope\n")
    assert status == 1
    assert out.startswith("error: ")


# --- verify -------------------------------------------------------------------------------------


def test_verify_exit_statuses(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, _ = run(["verify", RTC_TOKEN, "--app-certificate", CERT], capsys)
    assert (status, out.strip()) == (0, "Signature valid: this App Certificate signed the token.")
    status, out, _ = run(["verify", RTC_TOKEN, "--app-certificate", "0" * 32], capsys)
    assert status == 1
    assert out.startswith("Signature invalid")
    monkeypatch.setenv(cli.CERT_ENV, CERT)
    assert run(["verify", RTC_TOKEN], capsys)[0] == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "007invalid", "--app-certificate", CERT],
        ["verify", "hello", "--app-certificate", CERT],
        ["verify", TOKEN_006, "--app-certificate", CERT, "--uid", "42"],  # no channel
        ["verify", TOKEN_006, "--app-certificate", CERT, "--channel-name", "room"],  # no uid
        ["verify", TOKEN_006, "--app-certificate", CERT, "--channel-name", "room", "--uid", "x"],
        ["verify", RTC_TOKEN, "--app-certificate", "short"],
        ["verify", RTC_TOKEN],  # no certificate and no terminal
    ],
)
def test_verify_unusable_input_exits_2(capsys: Capture, argv: list[str]) -> None:
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    one_sentence(err)


def test_verify_006_json_lists_the_checks(capsys: Capture) -> None:
    argv = ["verify", TOKEN_006, "--app-certificate", CERT, "--channel-name", "hall", "--uid", "42"]
    status, out, _ = run([*argv, "--json"], capsys)
    data = json.loads(out)
    assert status == 1
    assert (data["format"], data["signature"]) == ("006", "invalid")
    assert data["checks"][0] == "CRC-32 of channel 'hall' differs from the token's"


# --- batch --------------------------------------------------------------------------------------


def test_batch_file(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "requests.jsonl"
    path.write_text(
        json.dumps({**RTC_REQUEST, "id": "one"}) + "\n\n" + json.dumps(RTC_REQUEST) + "\n",
        encoding="utf-8",
    )
    status, out, err = run(["batch", str(path)], capsys)
    assert (status, err) == (0, "")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"id": "one", "token": RTC_TOKEN},
        {"id": None, "token": RTC_TOKEN},
    ]


def test_batch_stdin_keeps_going_and_exits_1(capsys: Capture) -> None:
    lines = [
        json.dumps({**RTC_REQUEST, "id": "a"}),
        "{oops",
        json.dumps({**RTC_REQUEST, "id": "b", "uid": -5}),
    ]
    status, out, _ = run(["batch"], capsys, stdin="\n".join(lines))
    results = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [(r["id"], "token" in r) for r in results] == [("a", True), (None, False), ("b", False)]
    assert results[2]["field"] == "uid"
    assert run(["batch", "-"], capsys, stdin=lines[0])[0] == 0


def test_batch_unreadable_input_exits_2(capsys: Capture, tmp_path: Path) -> None:
    status, out, err = run(["batch", str(tmp_path / "missing.jsonl")], capsys)
    assert (status, out) == (2, "")
    assert "cannot read" in one_sentence(err)
    # A line that is not UTF-8 is reported for that line (issue 14 item 7); the rest goes on.
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe{}\n" + json.dumps(RTC_REQUEST).encode() + b"\n")
    status, out, err = run(["batch", str(binary)], capsys)
    assert (status, err) == (1, "")
    bad, good = (json.loads(line) for line in out.splitlines())
    assert bad == {
        "id": None,
        "line": 1,
        "error": "Line 1 is not UTF-8 text (byte 0xff at column 1); it was skipped.",
    }
    assert "token" in good


# --- the installed command ----------------------------------------------------------------------


def test_the_console_script_runs() -> None:
    exe = Path(sys.executable).with_name("agora-token")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "agora_token_gui.cli"]
    done = subprocess.run(
        [*command, "batch", "-"],
        input=json.dumps(RTC_REQUEST) + "\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == {"id": None, "token": RTC_TOKEN}
    version = subprocess.run([*command, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0
    assert version.stdout.startswith("agora-token ")
