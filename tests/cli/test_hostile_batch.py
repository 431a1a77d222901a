"""Issue 14: ``agora-token batch`` over 1,000 good lines mixed with every hostile line kind.

Every good line is built, every bad line is reported on its own output line, the run exits 1
and nothing reaches standard error (no traceback). The certificate, hidden in bad lines under
typos of its key or as a non-string, appears nowhere in the output.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from agora_token_gui.core import detect, verification
from tests.tokens import APP, CERT

GOOD = {
    "format": "007",
    "builder": "rtc_uid",
    "app_id": APP,
    "channel_name": "room",
    "role": 1,
    "token_expire": 600,
    "issue_ts": 1_700_000_000,
}

# Each hostile kind of line, as bytes (some are not even text).
HOSTILE: dict[str, bytes] = {
    "deep nesting": b"[" * 200_000,
    "deep nesting inside a request": b'{"services": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
    "integer of 5,000 digits": b'{"format": "007", "builder": "rtc_uid", "uid": '
    + b"7" * 5_000
    + b"}",
    "integer of 4,301 digits in a float field": b'{"salt": 1' + b"0" * 4_301 + b"}",
    "huge float": b'{"uid": 1e999}',
    "NaN": b'{"uid": NaN}',
    "Unicode digit uid": json.dumps({**GOOD, "uid": "²"}, ensure_ascii=False).encode(),
    "Unicode digit uid (Arabic-Indic)": json.dumps(
        {**GOOD, "uid": "٣"}, ensure_ascii=False
    ).encode(),
    "not UTF-8": b'{"channel_name": "\xff\xfe"}',
    "lone surrogate": json.dumps({**GOOD, "uid": 1, "channel_name": "\ud800"}).encode(),
    "duplicate key": b'{"uid": 1, "uid": 2}',
    "not JSON": b"{not json",
    "a list": b"[1, 2]",
    "a number": b"42",
    "null": b"null",
    "NUL byte": b'{"channel_name": "a\x00b"}',
    "line of 2 MB": b'{"channel_name": "' + b"x" * 2_000_000 + b'"}',
    "certificate as a list": json.dumps({**GOOD, "uid": 1, "app_certificate": [CERT]}).encode(),
    "certificate as an object": json.dumps(
        {**GOOD, "uid": 1, "app_certificate": {"v": CERT}}
    ).encode(),
    "certificate as a number": json.dumps({**GOOD, "uid": 1, "app_certificate": 5}).encode(),
    "certificate typo app_certificat": json.dumps(
        {**GOOD, "uid": 1, "app_certificat": CERT}
    ).encode(),
    "certificate as App_Certificate": json.dumps(
        {**GOOD, "uid": 1, "App_Certificate": CERT}
    ).encode(),
    "certificate wrong length": json.dumps(
        {**GOOD, "uid": 1, "app_certificate": CERT + "x"}
    ).encode(),
    "certificate in a service": json.dumps(
        {
            "format": "007",
            "builder": "services",
            "app_id": APP,
            "expire": 600,
            "services": [{"type": 1, "privileges": {"1": 0}, "appCertificate": CERT}],
        }
    ).encode(),
    "id not text": json.dumps({**GOOD, "uid": 1, "id": [CERT]}).encode(),
    "wrong type for services": json.dumps(
        {"format": "007", "builder": "services", "app_id": APP, "expire": 60, "services": {"a": 1}}
    ).encode(),
    "empty object": b"{}",
}


def test_batch_builds_every_good_line_and_reports_every_hostile_one(tmp_path: Path) -> None:
    lines: list[bytes] = []
    kinds: dict[int, str] = {}
    good_lines: dict[int, int] = {}
    hostile = list(HOSTILE.items())
    for i in range(1_000):
        if i % 30 == 7 and hostile:
            kind, raw = hostile.pop(0)
            lines.append(raw)
            kinds[len(lines)] = kind
        lines.append(json.dumps({**GOOD, "uid": i, "id": f"g{i}"}).encode())
        good_lines[len(lines)] = i
    for kind, raw in hostile:
        lines.append(raw)
        kinds[len(lines)] = kind
    path = tmp_path / "requests.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")

    env = {**os.environ, "AGORA_APP_CERTIFICATE": CERT}
    done = subprocess.run(
        [sys.executable, "-m", "agora_token_gui.cli", "batch", str(path)],
        capture_output=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=120,
    )
    assert done.stderr == b""
    assert done.returncode == 1
    results = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(results) == len(lines)

    by_id = {r["id"]: r for r in results if "token" in r}
    assert len(by_id) == 1_000, "every good line was built"
    # Built with the certificate from $AGORA_APP_CERTIFICATE, for the line's own uid.
    for i in (0, 5, 999):
        decoded = detect.decode(by_id[f"g{i}"]["token"])
        checked = verification.verify(decoded, verification.VerifyInputs(CERT, "room", i, None))
        assert checked.valid, checked.message
    errors = {r["line"]: r["error"] for r in results if "error" in r}
    assert set(errors) == set(kinds), {kinds[n] for n in set(kinds) - set(errors)}
    for number, message in errors.items():
        assert (
            message.startswith(("Line ", "The ", "A ", "Format ", "Unknown "))
            or message[0].isupper()
        ), (kinds[number], message)
        assert message.endswith("."), (kinds[number], message)
        assert len(message) < 600, (kinds[number], len(message))
    assert "not UTF-8" in errors[next(n for n, k in kinds.items() if k == "not UTF-8")]

    text = done.stdout.decode("utf-8")
    assert_nowhere(CERT, text)

    # --jobs gives the same lines in the same order (unreadable lines cross to the workers too).
    parallel = subprocess.run(
        [sys.executable, "-m", "agora_token_gui.cli", "batch", str(path), "--jobs", "2"],
        capture_output=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=120,
    )
    assert (parallel.returncode, parallel.stderr) == (1, b"")
    same = [
        {k: v for k, v in json.loads(line).items() if k != "token"}
        for line in parallel.stdout.decode("utf-8").splitlines()
    ]
    assert same == [{k: v for k, v in r.items() if k != "token"} for r in results]


def assert_nowhere(secret: str, text: str) -> None:
    """The secret in no letter case, and not as hex or Base64 (three offsets) of its bytes."""
    folded = text.casefold()
    assert secret.casefold() not in folded
    raw = secret.encode()
    assert raw.hex() not in folded
    for offset in range(3):
        encoded = base64.b64encode(b"\x00" * offset + raw).decode()
        core = encoded[4:-4] if offset else encoded[:-4]  # the part the offset does not change
        assert core not in text
        assert core.casefold() not in folded
