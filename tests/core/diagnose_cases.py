"""A broad set of diagnose inputs: every finding code, note and sentence variant we know of.

Shared by the test that every sentence for people is a translated message
(tests/core/test_diagnose_texts.py) and the Chinese walk of the Diagnose panel.
"""

from __future__ import annotations

import base64
import dataclasses
import struct
import urllib.parse
import zlib

from agora_token_gui.core import access_token2, presets, stream_key, whiteboard
from agora_token_gui.core.access_token2 import Service
from agora_token_gui.core.build import build
from agora_token_gui.core.diagnose import Context
from tests.tokens import APP, CERT, T, make, rtc

OTHER_CERT = "abcdef0123456789abcdef0123456789"
AK = "WBak3nXcB8Yq0LtV2rQm"
SK = "WBsk7Hs9LpQ2vX4cZ1mN8bR5tY0uIo3e"
ROOM = "a9b4b2c0a0f111eb8b4f0f2d5e1c7a3b"

FULL = Context(
    app_id=APP, app_certificate=CERT, channel_name="demo", uid=123, action="rtc-join", at=T + 60
)


def ctx(**changes: object) -> Context:
    return dataclasses.replace(FULL, **changes)  # type: ignore[arg-type]


def _006(**changes: object) -> str:
    request: dict[str, object] = {
        "format": "006",
        "builder": "rtc_uid",
        "channel_name": "demo",
        "uid": 123,
        "role": 1,
        "privilege_expired_ts": T + 3600,
    }
    request.update(changes)
    return make(request)


def _services(*services: dict[str, object], expire: int = 3600) -> str:
    return make(
        {"format": "007", "builder": "services", "expire": expire, "services": list(services)}
    )


def _url_safe(token: str) -> str:
    body = token[3:].replace("+", "-").replace("/", "_").rstrip("=")
    return token[:3] + body


def _with_bytes_after_zlib(token: str, extra: bytes) -> str:
    return "007" + base64.b64encode(base64.b64decode(token[3:]) + extra).decode()


def _with_channel_crc(token: str, crc: int) -> str:
    """The 006 token with its channel CRC-32 replaced (the CRCs are not signed)."""
    body = bytearray(base64.b64decode(token[3 + 32 :]))
    (sig_len,) = struct.unpack_from("<H", body, 0)
    struct.pack_into("<I", body, 2 + sig_len, crc)
    return token[: 3 + 32] + base64.b64encode(bytes(body)).decode()


def cases() -> list[tuple[str, str, Context, int]]:
    """(name, token, context, now)."""
    token = rtc()
    t006 = _006()
    rtm = make({"format": "007", "builder": "rtm", "user_id": "bob", "expire": 3600})
    chat_user = make({"format": "007", "builder": "chat_user", "user_id": "u1", "expire": 600})
    chat_app = make({"format": "007", "builder": "chat_app", "expire": 600})
    fpa = make({"format": "007", "builder": "fpa"})
    rtm006 = make(
        {"format": "006", "builder": "rtm", "user_account": "bob", "privilege_expired_ts": 0}
    )
    dk5 = make(
        {
            "format": "005",
            "builder": "media_channel",
            "channel_name": "demo",
            "uid": 123,
            "unix_ts": T,
            "random_int": 1,
            "expired_ts": T + 3600,
        }
    )
    dk5_in_channel = make(
        {
            "format": "005",
            "builder": "in_channel_permission",
            "channel_name": "demo",
            "uid": 123,
            "unix_ts": T,
            "random_int": 1,
            "expired_ts": T + 90_000,
            "permission": "0",
        }
    )
    dk3 = make(
        {
            "format": "003",
            "channel_name": "demo",
            "uid": 0,
            "unix_ts": T,
            "random_int": 1,
            "expired_ts": T + 3600,
        }
    )
    signaling = make({"format": "signaling", "account": "bob", "expired_ts": T + 3600})
    unknown_service = access_token2.encode(
        APP,
        CERT,
        [Service(1, {1: 0}, channel_name="demo", uid="123"), Service(99, {1: 0})],
        issue_ts=T,
        expire=3600,
        salt=1,
    )
    room = whiteboard.build("room", AK, SK, 2, 3_600_000, ROOM, nonce="n", now_ms=T * 1000)
    sdk = whiteboard.build("sdk", AK, SK, 0, 3_600_000, None, nonce="n", now_ms=T * 1000)
    key = stream_key.build(CERT, "live", "1001", 3600, iv="00" * 16, now=T)
    convoai = build(
        presets.convoai_request(APP, CERT, "support", 1001, 3600),
        now=T,
        randint=lambda low, high: low,
    ).token
    board = Context(secret_access_key=SK, room_uuid=ROOM, at=T + 60)
    found: list[tuple[str, str, Context, int]] = [
        ("accepted", token, FULL, T),
        ("no context", token, Context(), T),
        ("no action", token, ctx(action=None), T),
        ("no certificate", token, ctx(app_certificate=None), T),
        ("no channel", token, ctx(channel_name=None), T),
        ("no uid", token, ctx(uid=None), T),
        ("malformed", token[:40], FULL, T),
        ("not a token", "hello world", FULL, T),
        ("whitespace", f'  "{token[:50]}\n{token[50:]}"\n', FULL, T),
        ("url encoded", urllib.parse.quote(token, safe=""), FULL, T),
        ("url-safe base64", _url_safe(token), FULL, T),
        ("inside a URL", f"https://example.com/join?channel=demo&token={token}", FULL, T),
        ("app id", token, ctx(app_id="0123456789abcdef0123456789abcdef"), T),
        ("app id case", token, ctx(app_id=APP.upper()), T),
        ("wrong certificate", token, ctx(app_certificate=OTHER_CERT), T),
        ("digits-only certificate", token, ctx(app_certificate="1" * 32), T),
        ("certificate swapped case", token, ctx(app_certificate=CERT.swapcase()), T),
        ("certificate lower case", token, ctx(app_certificate=CERT.lower()), T),
        ("certificate upper case", token, ctx(app_certificate=CERT.upper()), T),
        (
            "certificate one letter",
            token,
            ctx(app_certificate="5cFd2fd1755d40ecb72977518be15d3b"),
            T,
        ),
        ("channel", token, ctx(channel_name="other"), T),
        ("channel case", token, ctx(channel_name="Demo"), T),
        ("uid", token, ctx(uid=456), T),
        ("uid 0", token, ctx(uid=0), T),
        ("uid type", token, ctx(uid=None, account="alice"), T),
        ("account for a uid token", token, ctx(uid=None, account="123x"), T),
        ("wildcard", rtc(uid=0), ctx(uid=987), T),
        ("wildcard alone", rtc(uid=0), ctx(uid=None), T),
        ("expired", rtc(token_expire=600), ctx(at=T + 700), T),
        ("expired that second", rtc(token_expire=600), ctx(at=T + 600), T),
        ("not yet valid", token, ctx(at=T - 120), T),
        ("privilege expired", rtc(privilege_expire=600), ctx(at=T + 700), T),
        ("subscriber publishing", rtc(role=2), ctx(action="rtc-publish"), T),
        ("rtc token for rtm", token, ctx(action="rtm-login"), T),
        ("rtc token for chat", token, ctx(action="chat"), T),
        ("expires soon", token, ctx(at=T + 3600 - 10), T),
        ("over 24 h", rtc(token_expire=90_000, privilege_expire=90_000), FULL, T),
        ("token over 24 h", rtc(token_expire=90_000, privilege_expire=3600), FULL, T),
        ("privilege no limit", rtc(privilege_expire=0), FULL, T),
        ("lifetime is a unix time", rtc(token_expire=T + 3600, privilege_expire=T + 3600), FULL, T),
        ("trailing data", _with_bytes_after_zlib(token, b"\x00hello"), FULL, T),
        (
            "duplicate service",
            _services(
                {"type": 1, "channel_name": "demo", "uid": "123", "privileges": {"1": 3600}},
                {"type": 1, "channel_name": "other", "uid": "123", "privileges": {"1": 3600}},
            ),
            FULL,
            T,
        ),
        (
            "duplicate fpa",
            _services({"type": 4, "privileges": {"1": 0}}, {"type": 4, "privileges": {"1": 0}}),
            ctx(action="fpa"),
            T,
        ),
        ("unknown service", unknown_service, FULL, T),
        (
            "streaming without privileges",
            _services({"type": 3, "channel_name": "demo", "account": "123", "privileges": {}}),
            ctx(action="streaming"),
            T,
        ),
        (
            "fcdn",
            _services(
                {"type": 6, "channel_name": "demo", "account": "123", "privileges": {"1": 0}}
            ),
            ctx(action="fcdn"),
            T,
        ),
        (
            "apaas",
            _services(
                {"type": 7, "room_uuid": "r1", "user_uuid": "u1", "role": 1, "privileges": {"1": 0}}
            ),
            ctx(action="apaas", channel_name="r2", uid=None, account="u1"),
            T,
        ),
        ("rtm user", rtm, ctx(action="rtm-login", uid=None, account="alice"), T),
        ("rtm no user", rtm, ctx(action="rtm-login", uid=None), T),
        ("rtm inferred", rtm, Context(app_id=APP, app_certificate=CERT, account="bob", at=T), T),
        ("chat user", chat_user, ctx(action="chat", uid=None, account="u2"), T),
        ("chat app token for a user", chat_app, ctx(action="chat", uid=None, account="u1"), T),
        ("fpa", fpa, ctx(action="fpa"), T),
        ("006 accepted", t006, FULL, T),
        ("006 expired", _006(privilege_expired_ts=T + 600), ctx(at=T + 700), T),
        (
            "006 privilege shorter",
            _006(ts=T + 7200, privilege_expired_ts=T + 600),
            ctx(at=T + 700),
            T,
        ),
        ("006 channel", t006, ctx(channel_name="other"), T),
        ("006 uid", t006, ctx(uid=7), T),
        ("006 account", t006, ctx(uid=None, account="alice"), T),
        ("006 no channel or uid", t006, ctx(channel_name=None, uid=None), T),
        ("006 wildcard", _006(uid=0), FULL, T),
        ("006 crc not signed", _with_channel_crc(t006, zlib.crc32(b"other")), FULL, T),
        ("006 wrong certificate", t006, ctx(app_certificate=OTHER_CERT), T),
        ("006 for chat", t006, ctx(action="chat"), T),
        ("006 rtc for rtm", t006, ctx(action="rtm-login"), T),
        ("006 rtm for rtc", rtm006, ctx(action="rtc-join"), T),
        ("006 subscriber publishing", _006(role=2), ctx(action="rtc-publish"), T),
        ("006 rtm", rtm006, ctx(action="rtm-login", uid=None, account="alice"), T),
        ("006 rtm no account", rtm006, ctx(action="rtm-login", uid=None), T),
        ("006 over 24 h", _006(ts=T + 90_000, privilege_expired_ts=T + 90_000), FULL, T),
        ("006 expiry is a duration", _006(privilege_expired_ts=3600), FULL, T),
        ("dk5", dk5, FULL, T),
        ("dk5 wrong certificate", dk5, ctx(app_certificate=OTHER_CERT), T),
        ("dk5 no uid", dk5, ctx(uid=None), T),
        ("dk5 for rtm", dk5, ctx(action="rtm-login"), T),
        ("dk5 no upload", dk5_in_channel, ctx(action="rtc-publish"), T),
        ("dk5 expired", dk5, ctx(at=T + 4000), T),
        ("dk3 wildcard", dk3, ctx(uid=5), T),
        ("dk3 wrong certificate", dk3, ctx(app_certificate=OTHER_CERT), T),
        ("signaling", signaling, ctx(action="rtm-login", uid=None, account="bob"), T),
        (
            "signaling wrong certificate",
            signaling,
            ctx(action="rtm-login", uid=None, account="bob", app_certificate=OTHER_CERT),
            T,
        ),
        ("signaling no account", signaling, ctx(action="rtm-login", uid=None), T),
        ("signaling for rtc", signaling, FULL, T),
        ("error 109 explained", rtc(token_expire=600), ctx(at=T + 700, error_code="109"), T),
        ("error 109 unexplained", token, ctx(error_code="109"), T),
        ("error 110 explained", token, ctx(uid=9, error_code="110"), T),
        ("error 110 unexplained", token, ctx(error_code="-110"), T),
        ("error 110 incomplete", token, ctx(app_certificate=None, error_code="110"), T),
        ("error 120", token, ctx(error_code="120"), T),
        ("error 5 rtc", token, ctx(error_code="5"), T),
        (
            "error RTM 5",
            rtm,
            ctx(action="rtm-login", uid=None, account="bob", error_code="RTM 5"),
            T,
        ),
        ("error 101", token, ctx(error_code="101"), T),
        ("error 118", token, ctx(error_code="118"), T),
        ("error 119", token, ctx(error_code="119"), T),
        ("error -10005", token, ctx(error_code="-10005"), T),
        ("error -10009", token, ctx(error_code="-10009"), T),
        ("error name", token, ctx(error_code="ERR_TOKEN_EXPIRED"), T),
        ("error unknown", token, ctx(error_code="999"), T),
        ("error unknown with rtm hint", token, ctx(error_code="6"), T),
        ("error for a malformed token", token[:40], ctx(error_code="110"), T),
        ("whiteboard accepted", room, board, T),
        ("whiteboard no secret", room, Context(at=T + 60), T),
        ("whiteboard expired", room, dataclasses.replace(board, at=T + 3601), T),
        (
            "whiteboard reader writes",
            room,
            dataclasses.replace(board, action="whiteboard-write"),
            T,
        ),
        ("whiteboard room", room, dataclasses.replace(board, room_uuid="another-room"), T),
        ("whiteboard secret", room, dataclasses.replace(board, secret_access_key="not the SK"), T),
        ("whiteboard sdk with a room", sdk, board, T),
        ("stream key no certificate", key, Context(at=T + 60), T),
        ("stream key accepted", key, Context(app_certificate=CERT, at=T + 60), T),
        ("stream key wrong certificate", key, Context(app_certificate=OTHER_CERT, at=T + 60), T),
        ("stream key expired", key, Context(app_certificate=CERT, at=T + 4000), T),
        ("stream key channel", key, Context(app_certificate=CERT, channel_name="other", at=T), T),
        ("stream key uid", key, Context(app_certificate=CERT, uid=7, at=T), T),
        (
            "convoai join body",
            convoai,
            Context(
                app_id=APP,
                app_certificate=CERT,
                action="rtc-join",
                channel_name="support",
                join_body='{"properties": {"channel": "other", "agent_rtc_uid": "1001"}}',
                at=T,
            ),
            T,
        ),
    ]
    return found


# Contexts diagnose refuses (InvalidInputError), with a token that decodes.
BAD_CONTEXTS: list[tuple[str, Context]] = [
    ("uid and account", ctx(account="alice")),
    ("unknown action", ctx(action="draw")),
    ("broken text", ctx(channel_name="\ud800")),
]
