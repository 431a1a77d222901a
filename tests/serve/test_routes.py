"""Every route of token-server.md §3 over HTTP: each token decodes and verifies as requested."""

from __future__ import annotations

import time

import pytest

from tests.serve.helpers import Running, decoded, services

JSON_UTF8 = "application/json; charset=utf-8"
NO_CACHE = {
    "cache-control": "private, no-cache, no-store, must-revalidate",
    "expires": "-1",
    "pragma": "no-cache",
}


def rtc_service(channel: str, uid: str, privileges: dict[str, int]) -> dict[str, object]:
    return {
        "type": 1,
        "name": "RTC",
        "privileges": privileges,
        "channel_name": channel,
        "uid": uid,
    }


def pub(x: int) -> dict[str, int]:
    return {"1": x, "2": x, "3": x, "4": x}


def test_ping(server: Running) -> None:
    reply = server.get("/ping")
    assert (reply.status, reply.body) == (200, b'{"message":"pong"}')
    assert reply.headers["content-type"] == JSON_UTF8
    assert NO_CACHE.items() <= reply.headers.items()
    assert reply.headers["access-control-allow-methods"] == "GET, POST, OPTIONS"
    assert reply.headers["access-control-allow-headers"] == "Origin, Content-Type"
    assert "access-control-allow-origin" not in reply.headers


@pytest.mark.parametrize(
    ("path", "channel", "uid", "privileges"),
    [
        ("/rtc/test/publisher/uid/1234/", "test", "1234", pub(3600)),
        ("/rtc/test/subscriber/uid/0/?expiry=600", "test", "", {"1": 600}),
        ("/rtc/test/audience/uid/0123/", "test", "123", {"1": 3600}),
        ("/rtc/test/PUBLISHER/uid/4294967297/", "test", "1", {"1": 3600}),
        ("/rtc/test/publisher/uid//", "test", "", pub(3600)),
        ("/rtc/te%20st/publisher/userAccount/b%C3%B6b/?expiry=0060", "te st", "böb", pub(60)),
        ("/rtc/test/publisher/userAccount/0/", "test", "0", pub(3600)),
        ("/rtc/test/publisher/userAccount//", "test", "0", pub(3600)),
        ("/rtc//publisher/uid/7/?expiry=4294967297", "", "7", pub(1)),
        ("/rtc/a%3Cb/publisher/uid/7/?expiry=0", "a<b", "7", pub(0)),
    ],
)
def test_rtc(
    server: Running, path: str, channel: str, uid: str, privileges: dict[str, int]
) -> None:
    before = int(time.time())
    reply = server.get(path)
    assert reply.status == 200, reply.body
    assert reply.headers["content-type"] == JSON_UTF8
    assert NO_CACHE.items() <= reply.headers.items()
    body = reply.json()
    assert isinstance(body, dict)
    assert list(body) == ["rtcToken"]
    data = decoded(body["rtcToken"])
    assert data["expire"] == privileges["1"]
    assert before <= int(str(data["issue_ts"])) <= int(time.time())
    assert 1 <= int(str(data["salt"])) <= 99_999_999
    assert data["services"] == [rtc_service(channel, uid, privileges)]


def test_rtm(server: Running) -> None:
    reply = server.get("/rtm/alice/?expiry=100")
    assert reply.status == 200
    assert reply.headers["content-type"] == JSON_UTF8
    body = reply.json()
    assert isinstance(body, dict)
    assert list(body) == ["rtmToken"]
    data = decoded(body["rtmToken"])
    assert data["expire"] == 100
    assert data["services"] == [
        {"type": 2, "name": "RTM", "privileges": {"1": 100}, "user_id": "alice"}
    ]


@pytest.mark.parametrize(
    ("path", "uid", "rtm_user", "rtc_privileges"),
    [
        ("/rte/ch/publisher/uid/42/", "42", "42", pub(3600)),
        ("/rte/ch/subscriber/uid/42/bob/?expiry=50", "42", "bob", {"1": 50}),
        ("/rte/ch/publisher/uid/0/0/", "", "0", pub(3600)),
        ("/rte/ch/publisher/userAccount/ann/", "ann", "ann", pub(3600)),
    ],
)
def test_rte(
    server: Running, path: str, uid: str, rtm_user: str, rtc_privileges: dict[str, int]
) -> None:
    reply = server.get(path)
    assert reply.status == 200, reply.body
    body = reply.json()
    assert isinstance(body, dict)
    assert list(body) == ["rtcToken", "rtmToken"]
    expire = rtc_privileges["1"]
    assert services(body["rtcToken"]) == [rtc_service("ch", uid, rtc_privileges)]
    assert decoded(body["rtmToken"])["expire"] == expire
    assert services(body["rtmToken"]) == [
        rtc_service("ch", rtm_user, {"1": expire, "4": expire}),
        {"type": 2, "name": "RTM", "privileges": {"1": expire}, "user_id": rtm_user},
    ]


def test_chat(server: Running) -> None:
    app = server.get("/chat/app/?expiry=10").json()
    assert isinstance(app, dict)
    assert list(app) == ["chatToken"]
    assert services(app["chatToken"]) == [
        {"type": 5, "name": "Chat", "privileges": {"2": 10}, "user_id": ""}
    ]
    user = server.get("/chat/account/carol/").json()
    assert isinstance(user, dict)
    assert decoded(user["chatToken"])["expire"] == 3600
    assert services(user["chatToken"]) == [
        {"type": 5, "name": "Chat", "privileges": {"1": 3600}, "user_id": "carol"}
    ]


@pytest.mark.parametrize(
    ("request_body", "expected_services", "expire"),
    [
        (
            '{"tokenType":"rtc","channel":"test","role":"publisher","uid":"user123","expire":3600}',
            [rtc_service("test", "user123", pub(3600))],
            3600,
        ),
        (
            '{"tokenType":"rtc","channel":"test","uid":"0123"}',
            [rtc_service("test", "123", {"1": 3600})],
            3600,
        ),
        (
            '{"TokenType":"rtc","CHANNEL":"c","uid":"4294967296","expire":-1,"extra":[1]} tail',
            [rtc_service("c", "", {"1": 4294967295})],
            4294967295,
        ),
        (
            '{"tokenType":"rtc","channel":"c","uid":" 12","expire":4294967296}',
            [rtc_service("c", " 12", {"1": 0})],
            0,
        ),
        (
            '{"tokenType":"rtm","uid":"alice","channel":"test","expire":100}',
            [
                rtc_service("test", "alice", {"1": 100, "4": 100}),
                {"type": 2, "name": "RTM", "privileges": {"1": 100}, "user_id": "alice"},
            ],
            100,
        ),
        (
            '{"tokenType":"rtm","uid":"alice"}',
            [{"type": 2, "name": "RTM", "privileges": {"1": 3600}, "user_id": "alice"}],
            3600,
        ),
        (
            '{"tokenType":"chat","expire":0}',
            [{"type": 5, "name": "Chat", "privileges": {"2": 3600}, "user_id": ""}],
            3600,
        ),
        (
            '{"tokenType":"chat","uid":"dave","expire":20}',
            [{"type": 5, "name": "Chat", "privileges": {"1": 20}, "user_id": "dave"}],
            20,
        ),
    ],
)
def test_post_get_token(
    server: Running, request_body: str, expected_services: list[object], expire: int
) -> None:
    reply = server.post(request_body, **{"Content-Type": "text/plain"})
    assert reply.status == 200, reply.body
    assert reply.headers["content-type"] == "application/json"
    assert reply.body.endswith(b"}\n")
    body = reply.json()
    assert isinstance(body, dict)
    assert list(body) == ["token"]
    assert decoded(body["token"])["expire"] == expire
    assert services(body["token"]) == expected_services


def test_every_token_is_reproducible_with_the_build_request(server: Running) -> None:
    """The record's request (with its pinned issue_ts and salt) rebuilds the very same token."""
    from agora_token_gui.core.build import build
    from tests.serve.helpers import APP, CERT

    server.records.clear()
    server.get("/rte/ch/publisher/uid/42/bob/")
    server.post('{"tokenType":"rtm","uid":"alice","channel":"test"}')
    issued = [i for r in server.records for i in r.answer.issued]
    assert len(issued) == 3
    for item in issued:
        assert "app_certificate" not in item.request
        again = build({**item.request, "app_id": APP, "app_certificate": CERT})
        assert again.token == item.token


def test_keep_alive_serves_many_requests_on_one_connection(server: Running) -> None:
    import http.client

    connection = http.client.HTTPConnection(server.host, server.port, timeout=5)
    try:
        for uid in range(1, 21):
            connection.request("GET", f"/rtc/c/publisher/uid/{uid}/")
            response = connection.getresponse()
            body = response.read()
            assert response.status == 200
            assert f'"{uid}"' not in body.decode()  # the uid is inside the token only
    finally:
        connection.close()
