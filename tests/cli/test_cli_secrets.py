"""Issue 14 items 7 and 11 on the command line: bytes in, the certificate from the environment."""

from __future__ import annotations

import io
import json
import sys

import pytest

from agora_token_gui import cli
from tests.tokens import APP, CERT, rtc

Capture = pytest.CaptureFixture[str]


class _BytesStdin(io.TextIOWrapper):
    """Standard input whose bytes are not all UTF-8, as a pipe delivers them."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv(cli.CERT_ENV, raising=False)


def run(argv: list[str], capsys: Capture) -> tuple[int, str, str]:
    status = cli.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_decode_stdin_reports_a_non_utf8_line_and_decodes_the_rest(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    token = rtc()
    data = f"{token}\n".encode() + b"\xff\xfe garbage\n" + f"{token}\n".encode()
    monkeypatch.setattr(sys, "stdin", _BytesStdin(data))
    status, out, err = run(["decode", "-", "--json"], capsys)
    assert (status, err) == (1, "")
    first, bad, last = (json.loads(line) for line in out.splitlines())
    assert first["format"] == last["format"] == "007"
    assert bad == {"error": "Line 2 is not UTF-8 text (byte 0xff at column 1); it was skipped."}


def test_decode_takes_the_certificate_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.setenv(cli.CERT_ENV, CERT)
    status, out, _ = run(["decode", rtc(), "--json", "--channel-name", "demo"], capsys)
    assert status == 0
    assert json.loads(out)["signature"] == "valid"
    assert CERT.lower() not in out.lower()


def test_batch_takes_the_certificate_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    request: dict[str, object] = {"format": "007", "builder": "rtc_uid", "app_id": APP}
    request |= {"channel_name": "demo"}
    request |= {"uid": 1, "role": 1, "token_expire": 60}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(request) + "\n"))
    status, out, err = run(["batch", "-"], capsys)
    assert status == 1  # no certificate anywhere: that line is reported
    assert "AGORA_APP_CERTIFICATE" in json.loads(out)["error"]
    monkeypatch.setenv(cli.CERT_ENV, CERT)
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(request) + "\n"))
    status, out, err = run(["batch", "-"], capsys)
    assert (status, err) == (0, "")
    assert "token" in json.loads(out)
    assert CERT.lower() not in out.lower()
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(request) + "\n"))
    status, out, err = run(["batch", "-", "--jobs", "2"], capsys)
    assert (status, err) == (0, "")
    assert "token" in json.loads(out)


def test_verify_with_bytes_after_the_body_is_not_a_silent_success(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    import base64

    data = base64.b64decode(rtc()[3:])
    token = "007" + base64.b64encode(data + b"junk").decode()
    monkeypatch.setenv(cli.CERT_ENV, CERT)
    status, out, _ = run(["verify", token], capsys)
    assert status == 1
    assert out.startswith("Signature valid")
    assert "warning (trailing_data): 4 bytes follow" in out
    status, out, _ = run(["verify", rtc()], capsys)
    assert status == 0


@pytest.mark.parametrize(
    ("flag", "value", "says"),
    [
        ("--permissions", "[" * 100_000, "deeper than 64 levels"),
        ("--permissions", '{"1": {"1": ["a"]}, "1": {}}', "key '1' twice"),
        ("--permissions", '{"1": ' + "9" * 5_000 + "}", "5,000 digits"),
    ],
)
def test_json_flags_are_read_by_the_guarded_reader(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture, flag: str, value: str, says: str
) -> None:
    """Issue 14 item 5: a hostile JSON flag is one sentence and exit 2, never a traceback."""
    monkeypatch.setenv(cli.CERT_ENV, CERT)
    argv = ["build", "007", "rtm_permissions", "--app-id", APP, "--user-id", "u"]
    status, out, err = run([*argv, "--expire", "60", flag, value], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("agora-token: error: ")
    assert says in err
    assert err.count("\n") == 1
