"""Diagnose for whiteboard tokens and stream keys (issue #11): findings and what stays unknown."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agora_token_gui.core import stream_key, whiteboard
from agora_token_gui.core.diagnose import ACCEPTED, REJECTED, UNKNOWN, Context, diagnose
from agora_token_gui.core.errors import InvalidInputError
from tests.tokens import CERT

AK = "WBak3nXcB8Yq0LtV2rQm"
SK = "WBsk7Hs9LpQ2vX4cZ1mN8bR5tY0uIo3e"
ROOM = "a9b4b2c0a0f111eb8b4f0f2d5e1c7a3b"
NOW = 1_700_000_000


def room_token(role: int = 2, lifespan: int = 3_600_000) -> str:
    return whiteboard.build("room", AK, SK, role, lifespan, ROOM, nonce="n", now_ms=NOW * 1000)


def key(channel: str = "live", uid: str | int = "1001", after: int = 3600) -> str:
    return stream_key.build(CERT, channel, uid, after, iv="00" * 16, now=NOW)


def test_a_good_whiteboard_token_is_accepted_with_its_secret() -> None:
    found = diagnose(room_token(), Context(secret_access_key=SK, room_uuid=ROOM), now=NOW + 60)
    assert (found.verdict, found.codes) == (ACCEPTED, ())
    assert found.format == "whiteboard"


def test_without_the_secret_the_whiteboard_verdict_is_unknown() -> None:
    found = diagnose(room_token(), Context(), now=NOW + 60)
    assert found.verdict == UNKNOWN
    assert any("Secret Access Key" in note for note in found.notes)


@pytest.mark.parametrize(
    ("context", "at", "code"),
    [
        (Context(secret_access_key=SK), NOW + 3601, "expired"),
        (Context(secret_access_key=SK, action="whiteboard-write"), NOW, "reader_cannot_write"),
        (Context(secret_access_key=SK, room_uuid="another-room"), NOW, "room_mismatch"),
        (Context(secret_access_key="not the SK"), NOW, "signature_invalid"),
    ],
)
def test_whiteboard_findings(context: Context, at: int, code: str) -> None:
    found = diagnose(room_token(), context, now=at)
    assert found.verdict == REJECTED
    assert found.codes == (code,)
    assert SK not in str(found.to_json())


def test_a_writer_may_write_and_the_expiry_is_in_milliseconds() -> None:
    token = room_token(role=1, lifespan=1500)  # 1.5 s, not 1500 s
    context = Context(secret_access_key=SK, action="whiteboard-write")
    assert diagnose(token, context, now=NOW + 1).verdict == ACCEPTED
    assert diagnose(token, context, now=NOW + 2).codes == ("expired",)


def test_a_good_stream_key_is_accepted() -> None:
    context = Context(app_certificate=CERT, channel_name="live", uid=1001)
    assert diagnose(key(), context, now=NOW).verdict == ACCEPTED
    account = Context(app_certificate=CERT, channel_name="live", account="1001")
    assert diagnose(key(), account, now=NOW).verdict == ACCEPTED


@pytest.mark.parametrize(
    ("context", "at", "codes"),
    [
        (Context(app_certificate=CERT), NOW + 3600, ("expired",)),
        (Context(app_certificate=CERT, channel_name="other"), NOW, ("channel_mismatch",)),
        (Context(app_certificate=CERT, account="host-2"), NOW, ("uid_mismatch",)),
        (Context(app_certificate="0" * 32), NOW, ("signature_invalid",)),
    ],
)
def test_stream_key_findings(context: Context, at: int, codes: tuple[str, ...]) -> None:
    found = diagnose(key(), context, now=at)
    assert (found.verdict, found.codes) == (REJECTED, codes)


def test_a_wrong_certificate_is_named_without_crashing_and_says_there_is_no_mac() -> None:
    found = diagnose(key(), Context(app_certificate="0" * 32), now=NOW)
    (finding,) = found.findings
    assert "no MAC" in finding.message
    assert "0" * 32 not in finding.message


def test_without_the_certificate_a_stream_key_is_unknown() -> None:
    found = diagnose(key(), Context(), now=NOW)
    assert found.verdict == UNKNOWN
    assert any("App Certificate" in note for note in found.notes)


def test_unknown_actions_are_still_refused() -> None:
    with pytest.raises(InvalidInputError, match="Unknown action"):
        diagnose(room_token(), Context(action="draw"), now=NOW)


def test_a_convoai_join_body_is_checked_in_diagnose() -> None:
    from agora_token_gui.core import presets
    from agora_token_gui.core.build import build

    app = "970CA35de60c44645bbae8a215061b33"
    request = presets.convoai_request(app, CERT, "support", 1001, 3600)
    token = build(request, now=NOW, randint=lambda low, high: low).token
    good = '{"properties": {"channel": "support", "agent_rtc_uid": "1001"}}'
    bad = '{"properties": {"channel": "other", "agent_rtc_uid": "1001"}}'
    context = Context(app_id=app, app_certificate=CERT, action="rtc-join", channel_name="support")
    assert (
        "join_body_mismatch" not in diagnose(token, replace(context, join_body=good), now=NOW).codes
    )
    found = diagnose(token, replace(context, join_body=bad), now=NOW)
    assert found.verdict == REJECTED
    assert "join_body_mismatch" in found.codes
    with pytest.raises(InvalidInputError, match="not JSON"):
        diagnose(token, Context(join_body="{"), now=NOW)
