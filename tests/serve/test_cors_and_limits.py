"""CORS (token-server.md §2.3), preflight, and the optional limits of `agora-token serve`."""

from __future__ import annotations

import pytest

from agora_token_gui.serve.contract import Limits
from tests.serve.helpers import running, services

ORIGIN = "https://x.example"


def test_without_cors_setting_only_requests_without_origin_are_served() -> None:
    with running() as server:
        assert server.get("/ping").status == 200
        refused = server.get("/ping", Origin=ORIGIN)
        assert refused.status == 403
        assert refused.body == b'{"error":"Origin not allowed"}'
        assert refused.headers["content-type"] == "application/json"
        assert refused.headers["cache-control"] == "private, no-cache, no-store, must-revalidate"
        assert not [h for h in refused.headers if h.startswith("access-control-")]
        # a preflight without Origin is still answered
        assert server.request("OPTIONS", "/getToken").status == 204


def test_star_echoes_the_origin_and_answers_preflight_on_any_path() -> None:
    with running(cors="*") as server:
        for path in ("/getToken", "/rtc/a/publisher/uid/1/", "/nothing/here"):
            reply = server.request(
                "OPTIONS",
                path,
                headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
            )
            assert (reply.status, reply.body) == (204, b"")
            assert reply.headers["access-control-allow-origin"] == ORIGIN
            assert reply.headers["access-control-allow-methods"] == "GET, POST, OPTIONS"
            assert reply.headers["access-control-allow-headers"] == "Origin, Content-Type"
            assert reply.headers["pragma"] == "no-cache"
            assert "content-length" not in reply.headers
            assert "access-control-allow-credentials" not in reply.headers
            assert "vary" not in reply.headers
        token = server.get("/rtm/alice/", Origin=ORIGIN)
        assert token.status == 200
        assert token.headers["access-control-allow-origin"] == ORIGIN
        assert "access-control-allow-origin" not in server.get("/ping").headers


@pytest.mark.parametrize(
    ("setting", "origin", "status"),
    [
        ("https://a.example,https://b.example", "https://a.example", 200),
        ("https://a.example,https://b.example", None, 403),
        ("https://a.example,https://b.example", "https://A.example", 403),
        ("https://a.example, https://b.example", "https://b.example", 403),
    ],
)
def test_origin_list_is_matched_exactly(setting: str, origin: str | None, status: int) -> None:
    with running(cors=setting) as server:
        headers = {"Origin": origin} if origin else {}
        assert server.request("GET", "/ping", headers=headers).status == status


def test_channel_user_and_lifetime_limits() -> None:
    limits = Limits(channels=("qa-*", "demo"), identities=("1??", "alice"), max_lifetime=600)
    with running(limits=limits) as server:
        ok = server.get("/rtc/qa-1/publisher/uid/0123/?expiry=600")
        assert ok.status == 200
        token = ok.json()
        assert isinstance(token, dict)
        assert services(token["rtcToken"])[0]["uid"] == "123"
        assert server.get("/rtm/alice/?expiry=60").status == 200
        cases = {
            "/rtc/prod/publisher/uid/123/?expiry=60": "Channel 'prod' is not allowed",
            "/rtc/demo/publisher/uid/99/?expiry=60": "User '99' is not allowed",
            "/rtc/demo/publisher/uid/0/?expiry=60": "User '0' is not allowed",
            "/rtc/demo/publisher/userAccount/bob/?expiry=60": "User 'bob' is not allowed",
            "/rtc/demo/publisher/uid/123/": "A lifetime of 3600 s is more than",
            "/rte/demo/publisher/uid/123/bob/?expiry=60": "User 'bob' is not allowed",
            "/rtm/bob/?expiry=60": "User 'bob' is not allowed",
            "/chat/app/?expiry=60": "Chat app tokens are not allowed",
        }
        for path, message in cases.items():
            reply = server.get(path)
            assert reply.status == 403, path
            body = reply.json()
            assert isinstance(body, dict)
            assert body["status"] == 403
            assert message in body["error"], (path, body)
        post = server.post('{"tokenType":"rtm","uid":"alice","channel":"prod","expire":60}')
        assert post.status == 403
        assert post.headers["content-type"] == "application/json; charset=utf-8"
        # the log still says what was asked for
        refused = [r.answer for r in server.records if r.answer.status == 403]
        assert (refused[0].channel, refused[0].identity, refused[0].lifetime) == ("prod", "123", 60)
        assert refused[-1].route == "getToken"
        assert refused[-1].channel == "prod"
        assert not any(a.issued for a in refused)
        # the contract's own errors come first
        assert server.get("/rtc/prod/publisher/uid/x/").status == 400


def test_bearer_secret() -> None:
    with running(limits=Limits(bearer="s3cret"), cors="*") as server:
        missing = server.get("/rtm/alice/")
        assert missing.status == 401
        assert missing.headers["www-authenticate"].startswith("Bearer")
        body = missing.json()
        assert isinstance(body, dict)
        assert "missing" in body["error"]
        wrong = server.get("/rtm/alice/", Authorization="Bearer nope")
        assert wrong.status == 401
        assert "s3cret" not in wrong.body.decode()
        assert server.get("/rtm/alice/", Authorization="Bearer s3cret").status == 200
        assert server.post('{"tokenType":"chat"}', Authorization="Bearer s3cret").status == 200
        assert server.post('{"tokenType":"chat"}').status == 401
        # liveness and preflight need no secret; browsers may send the header
        assert server.get("/ping").status == 200
        preflight = server.request("OPTIONS", "/getToken", headers={"Origin": "https://x"})
        assert preflight.status == 204
        assert preflight.headers["access-control-allow-headers"] == (
            "Origin, Content-Type, Authorization"
        )
