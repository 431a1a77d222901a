"""Presets (issue #11): ConvoAI agent token and /join check, REST Basic header, encryption key."""

from __future__ import annotations

import base64
import json

import pytest

from agora_token_gui.core import presets
from agora_token_gui.core.build import build
from agora_token_gui.core.detect import decode
from agora_token_gui.core.errors import InvalidInputError
from tests.tokens import APP, CERT, T


def agent_token(channel: str = "support", uid: object = 1001, expire: int = 3600) -> str:
    request = presets.convoai_request(APP, CERT, channel, uid, expire)
    return build(request, now=T, randint=lambda low, high: low).token


def test_the_agent_token_is_rtc_and_rtm_for_the_uid_as_text() -> None:
    token = decode(agent_token()).token
    services = {s.type: s for s in token.services}  # type: ignore[union-attr]
    assert set(services) == {1, 2}
    assert (services[1].channel_name, services[1].uid) == ("support", "1001")
    assert services[2].user_id == "1001"
    assert token.expires_at == T + 3600


@pytest.mark.parametrize("expire", [0, 86_401, -5])
def test_the_agent_token_lasts_at_most_a_day(expire: int) -> None:
    with pytest.raises(InvalidInputError, match="24 h") as caught:
        presets.convoai_request(APP, CERT, "c", 1, expire)
    assert caught.value.field == "token_expire"


@pytest.mark.parametrize("uid", ["", "  ", -1, 2**32, True, None])
def test_the_agent_uid_must_be_a_uid(uid: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        presets.agent_uid_text(uid)
    assert caught.value.field == "agent_uid"


def body(**properties: object) -> str:
    return json.dumps({"name": "agent", "properties": properties})


def statuses(checks: tuple[presets.JoinCheck, ...]) -> list[str]:
    return [c.status for c in checks]


def test_a_matching_join_body_passes() -> None:
    token = agent_token()
    checks = presets.check_join_body(
        body(channel="support", agent_rtc_uid="1001", token=token), token, T + 10
    )
    assert statuses(checks) == ["ok", "ok", "ok"]


@pytest.mark.parametrize(
    ("properties", "words"),
    [
        ({"channel": "other", "agent_rtc_uid": "1001"}, "channel 'other'"),
        ({"channel": "support", "agent_rtc_uid": "7"}, "agent_rtc_uid '7'"),
        ({"agent_rtc_uid": "1001"}, "no properties.channel"),
        ({"channel": "support"}, "no properties.agent_rtc_uid"),
        ({"channel": "support", "agent_rtc_uid": 1001, "token": "007x"}, "different token"),
    ],
)
def test_a_mismatch_is_an_error(properties: dict[str, object], words: str) -> None:
    checks = presets.check_join_body(body(**properties), agent_token(), T)
    errors = [c.message for c in checks if c.status == presets.ERROR]
    assert any(words in message for message in errors), errors


def test_expiry_and_idle_timeout_are_checked() -> None:
    token = agent_token(expire=600)
    late = presets.check_join_body(body(channel="support", agent_rtc_uid="1001"), token, T + 600)
    assert "expired" in late[-1].message
    idle = presets.check_join_body(
        body(channel="support", agent_rtc_uid="1001", idle_timeout=3600), token, T
    )
    assert idle[-1].status == presets.WARNING


def test_an_rtc_only_token_gets_a_warning_about_rtm() -> None:
    rtc = build(
        {
            "format": "007",
            "builder": "rtc_account",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "support",
            "account": "1001",
            "role": 1,
            "token_expire": 600,
            "privilege_expire": 600,
        },
        now=T,
    ).token
    checks = presets.check_join_body(body(channel="support", agent_rtc_uid="1001"), rtc, T)
    assert presets.WARNING in statuses(checks)
    assert presets.ERROR not in statuses(checks)


@pytest.mark.parametrize("text", ["not json", "[1, 2]", '{"properties": 5}'])
def test_a_body_that_is_not_a_json_object_is_refused(text: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        presets.check_join_body(text, agent_token(), T)
    assert caught.value.field == "join_body"


def test_a_token_that_is_not_007_is_named() -> None:
    checks = presets.check_join_body(body(channel="c", agent_rtc_uid="1"), "1:a:1:" + "0" * 32, T)
    assert checks[-1].status == presets.ERROR
    assert "007" in checks[-1].message


# --- REST credentials -----------------------------------------------------------------------


def test_the_basic_header_is_base64_of_id_colon_secret() -> None:
    value = presets.basic_authorization("demo", "p@55w0rd")
    assert value == "Basic ZGVtbzpwQDU1dzByZA=="  # the example of Agora's REST docs
    assert presets.authorization_header("demo", "p@55w0rd") == f"Authorization: {value}"
    encoded = presets.basic_authorization("客户", "sécret").split()[1]
    assert base64.b64decode(encoded).decode() == "客户:sécret"


@pytest.mark.parametrize(
    ("customer_id", "secret", "field"),
    [
        ("", "TopSecret1", "customer_id"),
        ("a:b", "TopSecret1", "customer_id"),
        ("id", "", "customer_secret"),
        (" id", "TopSecret1", "customer_id"),
        ("id", "TopSecret1 ", "customer_secret"),
    ],
)
def test_bad_rest_credentials_are_refused_without_echoing_the_secret(
    customer_id: str, secret: str, field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        presets.basic_authorization(customer_id, secret)
    assert caught.value.field == field
    assert "TopSecret1" not in str(caught.value)


# --- encryption key and salt ----------------------------------------------------------------


def test_key_and_salt_have_the_sdk_formats() -> None:
    key, salt = presets.encryption_key_and_salt()
    assert len(key) == 64
    int(key, 16)
    assert len(base64.b64decode(salt, validate=True)) == 32
    assert presets.encryption_key_and_salt() != (key, salt)


def test_randomness_is_an_argument() -> None:
    key, salt = presets.encryption_key_and_salt(lambda n: bytes(range(n)))
    assert key == bytes(range(32)).hex()
    assert salt == base64.b64encode(bytes(range(32))).decode()
    with pytest.raises(ValueError, match="exactly"):
        presets.encryption_key_and_salt(lambda n: b"short")
