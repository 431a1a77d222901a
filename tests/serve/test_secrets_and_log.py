"""The certificate appears in no response and no log line; the log has one line per request."""

from __future__ import annotations

import io
import json

from agora_token_gui.serve.contract import Limits, Redactor
from agora_token_gui.serve.log import console_line, json_line, shorten
from agora_token_gui.serve.server import Record
from tests.serve.helpers import CERT, running

REQUESTS = [
    ("GET", "/ping", None),
    ("GET", "/rtc/test/publisher/uid/1234/", None),
    ("GET", "/rtc/test/publisher/userAccount/alice/?expiry=60", None),
    ("GET", "/rte/ch/publisher/uid/42/bob/", None),
    ("GET", "/rtm/alice/", None),
    ("GET", "/chat/app/", None),
    ("GET", "/chat/account/carol/", None),
    ("GET", "/rtc/test/publisher/uid/alice/", None),
    ("GET", f"/rtm/{CERT}/", None),  # a client that typed the certificate into the URL
    ("GET", f"/rtc/{CERT.lower()}/publisher/uid/{CERT}/", None),
    ("GET", "/nothing", None),
    ("POST", "/getToken", b'{"tokenType":"rtc","channel":"c","uid":"u","expire":9}'),
    ("POST", "/getToken", f'{{"tokenType":"rtm","uid":"{CERT}"}}'.encode()),
    ("POST", "/getToken", b"{bad"),
    ("OPTIONS", "/getToken", None),
]


def test_the_certificate_is_in_no_response_and_no_log_line() -> None:
    redact = Redactor(CERT)
    with running(limits=Limits(max_lifetime=86400)) as server:
        for method, path, body in REQUESTS:
            reply = server.request(method, path, body)
            if reply.status == 200 and path.startswith(("/rtc/", "/rte/", "/rtm/", "/chat/")):
                assert b"Token" in reply.body
            seen = (json.dumps(reply.headers) + reply.body.decode()).casefold()
            assert CERT.casefold() not in seen, path
        records = list(server.records)
    assert len(records) == len(REQUESTS)
    lines = [console_line(r, redact) for r in records]
    lines += [json_line(r, redact, full_tokens=True) for r in records]
    lines += [json_line(r, redact) for r in records]
    for line in lines:
        assert CERT.casefold() not in line.casefold(), line
    assert any("[certificate]" in line for line in lines)
    assert "[certificate]" in repr(Redactor(CERT)(f"a{CERT.upper()}b"))


def test_one_console_line_per_request_with_who_what_and_how_long() -> None:
    redact = Redactor(CERT)
    with running() as server:
        server.get("/rtc/room%201/publisher/uid/0/?expiry=600")
        server.get("/rtm/alice/?expiry=x")
        record, failed = server.records
    line = console_line(record, redact)
    assert line.split(" ")[1].startswith("127.0.0.1:")
    assert ' GET /rtc/room%201/publisher/uid/0/?expiry=600 200 rtc channel="room 1" ' in line
    assert line.endswith("uid=0 (any user) publisher 600s")
    bad = console_line(failed, redact)
    assert " 400 rtm " in bad
    assert "failed to parse expireTime: x" in bad
    data = json.loads(json_line(record, redact))
    assert data["route"] == "rtc"
    assert data["status"] == 200
    assert data["lifetime"] == 600
    assert data["channel"] == "room 1"
    assert data["uid"] == "0"
    assert data["role"] == "publisher"
    token = record.answer.issued[0].token
    assert data["tokens"] == {"rtcToken": shorten(token)}
    assert len(shorten(token)) < 24
    full = json.loads(json_line(record, redact, full_tokens=True))
    assert full["tokens"] == {"rtcToken": token}
    assert "app_certificate" not in full["requests"]["rtcToken"]


def test_control_characters_from_clients_do_not_reach_the_terminal() -> None:
    with running() as server:
        server.get("/rtm/a%1B%5B31mred/")
        (record,) = server.records
    assert isinstance(record, Record)
    assert "\x1b" not in console_line(record, Redactor(CERT))
    assert "\x1b" not in io.StringIO(json_line(record, Redactor(CERT))).read()


def test_build_warnings_reach_the_log() -> None:
    with running() as server:
        server.get("/rtc/room/publisher/uid/1/?expiry=100000")
        server.get("/rtc/room/publisher/uid/1/")
        unusual, plain = server.records
    line = console_line(unusual, Redactor(CERT))
    assert "⚠ Token lifetime is 100000 s (1 day 3 h); Agora caps lifetimes at 24 h" in line
    assert line.endswith("(+1 more)")
    data = json.loads(json_line(unusual, Redactor(CERT)))
    assert len(data["warnings"]) == 2
    assert "⚠" not in console_line(plain, Redactor(CERT))
    assert "warnings" not in json.loads(json_line(plain, Redactor(CERT)))
