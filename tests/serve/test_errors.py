"""Every error case of token-server.md answers exactly as the community server does."""

from __future__ import annotations

import pytest

from tests.serve.helpers import Running

JSON_UTF8 = "application/json; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
E = "Error Generating RTC token"


def syntax(value: str) -> str:
    return f'strconv.ParseUint: parsing \\"{value}\\": invalid syntax'


GET_ERRORS = [
    (
        "/rtc/test/publisher/uid/alice/",
        f'{{"error":"{E} - failed to parse uidStr: alice, to uint causing error: '
        f'{syntax("alice")}","status":400}}',
    ),
    (
        "/rtc/test/publisher/uid/+5/",
        f'{{"error":"{E} - failed to parse uidStr: +5, to uint causing error: '
        f'{syntax("+5")}","status":400}}',
    ),
    (
        "/rtc/test/publisher/uid/a%3Cb/",
        f'{{"error":"{E} - failed to parse uidStr: a\\u003cb, to uint causing error: '
        f'strconv.ParseUint: parsing \\"a\\u003cb\\": invalid syntax","status":400}}',
    ),
    (
        "/rtc/test/publisher/token/1/",
        f'{{"error":"{E} - failed to generate RTC token for Unknown Tokentype: token",'
        '"status":400}',
    ),
    (
        "/rtc/test/publisher/uid/1/?expiry=abc",
        f'{{"message":"{E}: failed to parse expireTime: abc, causing error: {syntax("abc")}",'
        '"status":400}',
    ),
    (
        "/rtc/test/publisher/uid/alice/?expiry=-1",
        f'{{"message":"{E}: failed to parse expireTime: -1, causing error: {syntax("-1")}",'
        '"status":400}',
    ),
    (
        "/rtc/test/publisher/uid/1/?expiry=",
        f'{{"message":"{E}: failed to parse expireTime: , causing error: {syntax("")}",'
        '"status":400}',
    ),
    (
        "/rtc/test/publisher/uid/1/?expiry=18446744073709551616",
        f'{{"message":"{E}: failed to parse expireTime: 18446744073709551616, causing error: '
        'strconv.ParseUint: parsing \\"18446744073709551616\\": value out of range",'
        '"status":400}',
    ),
    (
        "/rtm/0/",
        '{"message":"Error Generating RTM token: invalid RTM User ID: \\"0\\"","status":400}',
    ),
    (
        "/rtm/0/?expiry=x",
        '{"message":"Error Generating RTM token: invalid RTM User ID: \\"0\\"","status":400}',
    ),
    (
        "/rtm//",
        '{"message":"Error Generating RTM token: invalid RTM User ID: \\"\\"","status":400}',
    ),
    (
        "/rtm/a/?expiry=1.5",
        '{"message":"Error Generating RTM token: failed to parse expireTime: 1.5, causing error: '
        f'{syntax("1.5")}","status":400}}',
    ),
    (
        "/rte/ch/publisher/uid/0/",
        '{"message":"Error Generating RTC and RTM token: failed to parse rtm user ID. Cannot be '
        'empty or \\"0\\"","status":400}',
    ),
    (
        "/rte/ch/publisher/uid//",
        '{"message":"Error Generating RTC and RTM token: failed to parse rtm user ID. Cannot be '
        'empty or \\"0\\"","status":400}',
    ),
    (
        "/rte/ch/publisher/uid/0/?expiry=x",
        '{"message":"Error Generating RTC and RTM token: failed to parse expireTime: x, causing '
        f'error: {syntax("x")}","status":400}}',
    ),
    (
        "/rte/ch/publisher/uid/abc/",
        f'{{"error":"{E} - failed to parse uidStr: abc, to uint causing error: '
        f'{syntax("abc")}","status":400}}',
    ),
    (
        "/chat/account//",
        '{"message":"Error Generating Chat token: userAccount type requires chat ID","status":400}',
    ),
    (
        "/chat/account//?expiry=x",
        '{"message":"Error Generating Chat token: userAccount type requires chat ID","status":400}',
    ),
    (
        "/chat/app/?expiry=x",
        '{"message":"Error Generating Chat token: failed to parse expireTime: x, causing error: '
        f'{syntax("x")}","status":400}}',
    ),
]


@pytest.mark.parametrize(("path", "body"), GET_ERRORS, ids=[p for p, _ in GET_ERRORS])
def test_get_errors(server: Running, path: str, body: str) -> None:
    reply = server.get(path)
    assert reply.status == 400
    assert reply.headers["content-type"] == JSON_UTF8
    assert reply.headers["cache-control"] == "private, no-cache, no-store, must-revalidate"
    assert reply.body == body.encode()


POST_ERRORS = [
    (b"", "EOF"),
    (b"  \n", "EOF"),
    (b"x", "invalid character 'x' looking for beginning of value"),
    (b'{"tokenType":"rtc"', "unexpected EOF"),
    (b'{"tokenType" "rtc"}', "invalid character '\"' after object key"),
    (b"[1]", "json: cannot unmarshal array into Go value of type service.TokenRequest"),
    (b'"rtc"', "json: cannot unmarshal string into Go value of type service.TokenRequest"),
    (b"null", "Unsupported tokenType"),
    (b"{}", "Unsupported tokenType"),
    (b'{"tokenType":"RTC","channel":"c","uid":"1"}', "Unsupported tokenType"),
    (b'{"tokenType":null}', "Unsupported tokenType"),
    (
        b'{"tokenType":"rtc","channel":"test","uid":123}',
        "json: cannot unmarshal number into Go struct field TokenRequest.uid of type string",
    ),
    (
        b'{"tokenType":"rtc","expire":"60"}',
        "json: cannot unmarshal string into Go struct field TokenRequest.expire of type int",
    ),
    (
        b'{"tokenType":"rtc","expire":1.5,"uid":2}',
        "json: cannot unmarshal number 1.5 into Go struct field TokenRequest.expire of type int",
    ),
    (b'{"tokenType":"rtc","uid":"1"}', "invalid: missing channel name"),
    (b'{"tokenType":"rtc","channel":"c"}', "invalid: missing user ID or account"),
    (b'{"tokenType":"rtm","channel":"c","uid":""}', "invalid: missing user ID or account"),
]


@pytest.mark.parametrize(("body", "message"), POST_ERRORS, ids=[m for _, m in POST_ERRORS])
def test_post_errors(server: Running, body: bytes, message: str) -> None:
    reply = server.post(body)
    assert reply.status == 400
    assert reply.headers["content-type"] == TEXT
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.body == message.encode() + b"\n"


REDIRECTS = [
    ("GET", "/rtc/test/publisher/uid/1234", "/rtc/test/publisher/uid/1234/"),
    (
        "GET",
        "/rtc/te%20st/publisher/uid/1?expiry=5&x=<",
        "/rtc/te%20st/publisher/uid/1/?expiry=5&x=<",
    ),
    ("GET", "/rte/ch/publisher/uid/1/bob", "/rte/ch/publisher/uid/1/bob/"),
    ("GET", "/rtm/alice", "/rtm/alice/"),
    ("GET", "/chat/app", "/chat/app/"),
    ("GET", "/chat/account/x", "/chat/account/x/"),
    ("GET", "/ping/", "/ping"),
    ("POST", "/getToken/", "/getToken"),
]


@pytest.mark.parametrize(("method", "path", "location"), REDIRECTS)
def test_trailing_slash_redirects(server: Running, method: str, path: str, location: str) -> None:
    reply = server.request(method, path, headers={"Origin": "https://x.example"})
    assert reply.headers["location"] == location
    assert "cache-control" not in reply.headers
    assert "access-control-allow-methods" not in reply.headers
    if method == "GET":
        assert reply.status == 301
        assert reply.headers["content-type"] == "text/html; charset=utf-8"
        escaped = location.replace("&", "&amp;").replace("<", "&lt;")
        assert reply.body == f'<a href="{escaped}">Moved Permanently</a>.\n\n'.encode()
    else:
        assert (reply.status, reply.body) == (307, b"")


NOT_FOUND = [
    ("GET", "/PING"),
    ("GET", "/RTM/alice/"),
    ("GET", "/rtm/a%2Fb/"),
    ("GET", "/chat/account/"),
    ("GET", "/rtc/a/b/c/"),
    ("GET", "/getToken"),
    ("POST", "/ping"),
    ("PUT", "/ping"),
    ("DELETE", "/rtm/alice/"),
    ("GET", "/"),
]


@pytest.mark.parametrize(("method", "path"), NOT_FOUND)
def test_not_found(server: Running, method: str, path: str) -> None:
    reply = server.request(method, path)
    assert (reply.status, reply.body) == (404, b"404 page not found")
    assert reply.headers["content-type"] == "text/plain"
    assert reply.headers["pragma"] == "no-cache"
    assert reply.headers["access-control-allow-methods"] == "GET, POST, OPTIONS"


def test_head_is_not_found_and_has_no_body(server: Running) -> None:
    reply = server.request("HEAD", "/ping")
    assert (reply.status, reply.body) == (404, b"")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        (
            "GET",
            "/rtc/t/publisher/uid/1/",
            b'{"error":"Error Generating RTC token - check appId or appCertificate","status":400}',
        ),
        (
            "GET",
            "/rte/t/publisher/uid/1/",
            b'{"error":"Error Generating RTC token - check appId or appCertificate","status":400}',
        ),
        (
            "GET",
            "/rtm/a/",
            b'{"error":"Error Generating RTM token: check appId or appCertificate","status":400}',
        ),
        (
            "GET",
            "/chat/app/",
            b'{"error":"Error Generating Chat token: check appId or appCertificate","status":400}',
        ),
        ("POST", "/getToken", b"check appId or appCertificate\n"),
    ],
)
def test_a_bad_certificate_answers_like_the_community_server(
    method: str, path: str, body: bytes
) -> None:
    """`serve` refuses to start with such a certificate; the service itself still answers as §8."""
    from agora_token_gui.serve.contract import TokenService
    from tests.serve.helpers import APP

    bad = "not-a-certificate"
    service = TokenService(APP, bad)
    answer = service.handle(method, path, body=b'{"tokenType":"chat"}')
    assert (answer.status, answer.body) == (400, body)
    assert bad not in answer.body.decode()
