"""``agora-token serve`` as a person runs it: a real process, a real port, Ctrl+C."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from agora_token_gui.cli import serve as serve_command
from agora_token_gui.serve.config import Credentials, base_urls
from agora_token_gui.serve.contract import Limits
from tests.serve.helpers import APP, CERT, decoded


def start(
    tmp_path: Path, *args: str, env: dict[str, str]
) -> tuple[subprocess.Popen[str], str, str]:
    full_env = {k: v for k, v in os.environ.items() if not k.endswith(("APP_ID", "CERTIFICATE"))}
    full_env.update(env)
    process = subprocess.Popen(
        [sys.executable, "-m", "agora_token_gui.cli", "serve", "--port", "0", *args],
        cwd=tmp_path,
        env=full_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    seen = ""
    url = ""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen += line
        found = re.search(r"token server at (http://127\.0\.0\.1:\d+) ", line)
        url = found.group(1) if found else url
        if line.startswith("  CORS:") and url:
            return process, url, seen
    process.kill()
    raise AssertionError(f"no URL in: {seen}")


def test_serve_from_environment_with_json_log_and_ctrl_c(tmp_path: Path) -> None:
    log = tmp_path / "serve.jsonl"
    process, url, banner = start(
        tmp_path, "--log", str(log), env={"APP_ID": APP, "APP_CERTIFICATE": CERT}
    )
    assert "(from $APP_ID), certificate from $APP_CERTIFICATE." in banner
    try:
        with urllib.request.urlopen(f"{url}/rtc/room/publisher/uid/7/?expiry=90") as response:
            token = json.loads(response.read())["rtcToken"]
        assert decoded(token)["expire"] == 90
        with urllib.request.urlopen(f"{url}/ping") as response:
            assert response.read() == b'{"message":"pong"}'
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "stopped after 2 request(s), 1 token(s) issued" in err
    lines = out.splitlines()
    assert len(lines) == 2
    assert ' GET /rtc/room/publisher/uid/7/?expiry=90 200 rtc channel="room" uid=7' in lines[0]
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in records] == [200, 200]
    assert records[0]["tokens"]["rtcToken"] != token  # shortened
    assert token not in out + err
    for text in (out, err, log.read_text(encoding="utf-8")):
        assert CERT.casefold() not in text.casefold()


def test_serve_reads_a_dotenv_file_and_sigterm_stops_it(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        f"AGORA_APP_ID={APP}\nAGORA_APP_CERTIFICATE={CERT}\nCORS_ALLOW_ORIGIN=*\n",
        encoding="utf-8",
    )
    process, url, banner = start(tmp_path, "--quiet", "--allow-channel", "qa-*", env={})
    assert "certificate from AGORA_APP_CERTIFICATE in .env." in banner
    assert "limits: channels qa-*" in banner
    try:
        request = urllib.request.Request(
            f"{url}/rtm/alice/", headers={"Origin": "https://qa.example"}
        )
        with urllib.request.urlopen(request) as response:
            assert response.headers["Access-Control-Allow-Origin"] == "https://qa.example"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{url}/rtc/prod/publisher/uid/1/")
        assert refused.value.code == 403
        refused.value.close()
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert out == ""
    assert "stopped after 2 request(s), 1 token(s) issued" in err


def test_serve_refuses_a_bad_certificate_without_showing_it(tmp_path: Path) -> None:
    bad = CERT[:-1] + "z"
    done = subprocess.run(
        [sys.executable, "-m", "agora_token_gui.cli", "serve", "--app-id", APP],
        cwd=tmp_path,
        env={**os.environ, "APP_CERTIFICATE": bad},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2
    assert "App Certificate from $APP_CERTIFICATE must be 32 hexadecimal" in done.stderr
    assert bad not in done.stderr + done.stdout


def test_lan_banner_warns_and_lists_every_local_address(
    capsys: pytest.CaptureFixture[str],
) -> None:
    credentials = Credentials(APP, CERT, "--app-id", "--app-certificate")
    serve_command._banner(
        [("0.0.0.0", 8080)], credentials, "0.0.0.0", Limits(), None, lambda: ["192.0.2.7"]
    )
    err = capsys.readouterr().err
    assert "agora-token: warning: listening on 0.0.0.0: anyone who can reach this machine" in err
    assert f"mint tokens for App ID {APP}" in err
    assert "http://127.0.0.1:8080, http://192.0.2.7:8080" in err
    assert CERT not in err
    assert base_urls([("::", 9)]) == ["http://[::1]:9"]
