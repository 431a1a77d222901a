"""Every builder's services and privileges against token-formats.md §2.9, §3.5, §4, §5.

Each test builds through ``core.build.build`` (the path every front end uses), decodes the token
and checks the structure that came out, so the layout is checked independently of the builder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zlib
from collections.abc import Mapping
from typing import Any

import pytest

from agora_token_gui.core import catalog, detect
from agora_token_gui.core.build import build as build_token
from agora_token_gui.core.detect import JSONValue
from agora_token_gui.core.request import TokenRequest
from agora_token_gui.core.verification import VerifyInputs, verify
from tests.fuzz import VECTORS
from tests.tokens import APP, CERT

CHANNEL = "7d72365eb983485397e3e3f9d460bdda"
NOW = 1_700_000_000
DAY = 86_400


def build(format_: str, builder: str | None = None, **fields: object) -> str:
    data: dict[str, object] = {"format": format_, "app_id": APP, "app_certificate": CERT}
    if builder is not None:
        data["builder"] = builder
    data.update(fields)
    return build_token(data, now=NOW, randint=lambda low, high: low).token


def decoded(token: str) -> dict[str, JSONValue]:
    return detect.to_json(detect.decode(token))


def services(token: str) -> list[dict[str, Any]]:
    data = decoded(token)
    result = data["services"]
    assert isinstance(result, list)
    return [dict(s) for s in result if isinstance(s, dict)]


def layout(token: str) -> list[tuple[object, object]]:
    """(type, privileges) of each service, in token order."""
    return [(s["type"], s["privileges"]) for s in services(token)]


def md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def vector_token(vector_id: str) -> str:
    if not VECTORS.exists():  # pragma: no cover
        pytest.skip("no vectors file")
    vectors = json.loads(VECTORS.read_text(encoding="utf-8"))["vectors"]
    vector = next(v for v in vectors if v["id"] == vector_id)
    if not vector.get("byte_exact_with_python3_reference", True):
        return str(vector["python3_reference_output"])
    return str(vector["expected_token"])


PINS_007 = {"issue_ts": 1111111, "salt": 1}

# --- 007 RtcTokenBuilder2 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (1, {"1": 300, "2": 300, "3": 300, "4": 300}),
        (2, {"1": 300}),
        ("publisher", {"1": 300, "2": 300, "3": 300, "4": 300}),
        ("subscriber", {"1": 300}),
    ],
)
def test_rtc_uid_role_decides_the_privileges(role: object, expected: dict[str, int]) -> None:
    token = build(
        "007",
        "rtc_uid",
        channel_name=CHANNEL,
        uid=2882341273,
        role=role,
        token_expire=600,
        privilege_expire=300,
        **PINS_007,
    )
    data = decoded(token)
    assert (data["expire"], data["issue_ts"], data["salt"]) == (600, 1111111, 1)
    (service,) = services(token)
    assert service == {
        "type": 1,
        "name": "RTC",
        "privileges": expected,
        "channel_name": CHANNEL,
        "uid": "2882341273",
    }


def test_rtc_uid_matches_the_worked_example() -> None:
    token = build(
        "007",
        "rtc_uid",
        channel_name=CHANNEL,
        uid=2882341273,
        role=2,
        token_expire=600,
        privilege_expire=600,
        **PINS_007,
    )
    assert token == vector_token("001-007-rtc")


def test_uid_0_is_written_as_the_empty_string_and_account_0_as_0() -> None:
    common = {"channel_name": CHANNEL, "role": 1, "token_expire": 600, **PINS_007}
    wildcard = build("007", "rtc_uid", uid=0, **common)
    named = build("007", "rtc_account", account="0", **common)
    assert services(wildcard)[0]["uid"] == ""
    assert services(named)[0]["uid"] == "0"
    assert wildcard != named
    # A numeric uid and the same digits as an account make the same token (§13.2).
    assert build("007", "rtc_uid", uid=42, **common) == build(
        "007", "rtc_account", account="42", **common
    )


def test_privilege_expire_defaults_to_0() -> None:
    token = build(
        "007", "rtc_account", channel_name="c", account="a", role=1, token_expire=60, **PINS_007
    )
    assert layout(token) == [(1, {"1": 0, "2": 0, "3": 0, "4": 0})]


@pytest.mark.parametrize(
    ("builder", "who"), [("rtc_uid_privileges", "uid"), ("rtc_account_privileges", "account")]
)
def test_per_privilege_builders_always_write_all_four(builder: str, who: str) -> None:
    token = build(
        "007",
        builder,
        channel_name=CHANNEL,
        **{who: 7 if who == "uid" else "seven"},
        token_expire=900,
        join_channel_privilege_expire=1,
        pub_audio_privilege_expire=2,
        pub_video_privilege_expire=3,
        pub_data_stream_privilege_expire=0,
        **PINS_007,
    )
    assert decoded(token)["expire"] == 900
    (service,) = services(token)
    assert service["privileges"] == {"1": 1, "2": 2, "3": 3, "4": 0}
    assert service["uid"] == ("7" if who == "uid" else "seven")


def test_rtc_rtm_uses_token_expire_for_rtm_login() -> None:
    token = build(
        "007",
        "rtc_rtm",
        channel_name=CHANNEL,
        account="test_user",
        role=1,
        token_expire=600,
        privilege_expire=300,
        **PINS_007,
    )
    rtc, rtm = services(token)
    assert rtc["privileges"] == {"1": 300, "2": 300, "3": 300, "4": 300}
    assert rtc["uid"] == "test_user"
    assert rtm == {"type": 2, "name": "RTM", "privileges": {"1": 600}, "user_id": "test_user"}


@pytest.mark.parametrize(("rtc_role", "rtc_privileges"), [(1, ["1", "2", "3", "4"]), (2, ["1"])])
def test_rtc_rtm2_writes_an_rtm_service_of_type_2(rtc_role: int, rtc_privileges: list[str]) -> None:
    token = build(
        "007",
        "rtc_rtm2",
        channel_name=CHANNEL,
        rtc_account="rtc-user",
        rtc_role=rtc_role,
        rtc_token_expire=700,
        join_channel_privilege_expire=11,
        pub_audio_privilege_expire=12,
        pub_video_privilege_expire=13,
        pub_data_stream_privilege_expire=14,
        rtm_user_id="rtm-user",
        rtm_token_expire=500,
        **PINS_007,
    )
    assert decoded(token)["expire"] == 700
    rtc, rtm = services(token)
    all_four = {"1": 11, "2": 12, "3": 13, "4": 14}
    assert rtc["privileges"] == {k: all_four[k] for k in rtc_privileges}
    assert rtc["uid"] == "rtc-user"
    assert (rtm["type"], rtm["privileges"], rtm["user_id"]) == (2, {"1": 500}, "rtm-user")


# --- 007 RTM, Chat, Education/APaaS, FPA ---------------------------------------------------------


def test_rtm_token() -> None:
    token = build("007", "rtm", user_id="2882341273", expire=600, **PINS_007)
    assert token == vector_token("003-007-rtm")
    assert layout(token) == [(2, {"1": 600})]


def test_rtm_permissions_writes_rtm2_with_the_permission_block() -> None:
    permissions = {"0": {"0": ["message-a", "message-b"]}, "4": {"1": ["user-a"], "0": []}}
    token = build(
        "007", "rtm_permissions", user_id="u", permissions=permissions, expire=60, **PINS_007
    )
    (service,) = services(token)
    assert service["type"] == 8
    assert service["privileges"] == {"1": 60}
    assert service["permissions"] == {
        "0": {"0": ["message-a", "message-b"]},
        "4": {"0": [], "1": ["user-a"]},
    }


def test_rtm_permissions_by_name_and_default_expire_0() -> None:
    by_name = {"messageChannels": {"read": ["a"]}, "users": {"write": ["b"]}}
    token = build("007", "rtm_permissions", user_id="u", permissions=by_name, **PINS_007)
    (service,) = services(token)
    assert decoded(token)["expire"] == 0
    assert service["privileges"] == {"1": 0}
    assert service["permissions"] == {"0": {"0": ["a"]}, "4": {"1": ["b"]}}


def test_chat_user_and_app() -> None:
    user = build("007", "chat_user", user_id="2882341273", expire=600, **PINS_007)
    app = build("007", "chat_app", expire=600, **PINS_007)
    assert user == vector_token("004-007-chat")
    assert app == vector_token("005-007-chat")
    assert services(user) == [
        {"type": 5, "name": "Chat", "privileges": {"1": 600}, "user_id": "2882341273"}
    ]
    assert services(app) == [{"type": 5, "name": "Chat", "privileges": {"2": 600}, "user_id": ""}]


@pytest.mark.parametrize("prefix", ["education", "apaas"])
def test_room_user_adds_apaas_rtm_and_chat_with_an_md5_chat_id(prefix: str) -> None:
    token = build(
        "007",
        f"{prefix}_room_user",
        room_uuid="123",
        user_uuid="2882341273",
        role=1,
        expire=600,
        **PINS_007,
    )
    assert token == vector_token("006-007-rtm-chat-apaas")
    rtm, chat, apaas = services(token)
    assert (rtm["type"], rtm["privileges"], rtm["user_id"]) == (2, {"1": 600}, "2882341273")
    assert chat["type"] == 5
    assert chat["user_id"] == md5("2882341273") == "6063383428a36fba3fb6030becf8094e"
    assert apaas == {
        "type": 7,
        "name": "APaaS",
        "privileges": {"1": 600},
        "room_uuid": "123",
        "user_uuid": "2882341273",
        "role": 1,
    }


@pytest.mark.parametrize("role", [-32768, -1, 0, 32767])
def test_room_user_role_is_signed_16_bit(role: int) -> None:
    token = build(
        "007", "apaas_room_user", room_uuid="r", user_uuid="ü", role=role, expire=1, **PINS_007
    )
    assert services(token)[2]["role"] == role
    assert services(token)[1]["user_id"] == md5("ü")


@pytest.mark.parametrize("prefix", ["education", "apaas"])
def test_user_and_app_tokens(prefix: str) -> None:
    user = build("007", f"{prefix}_user", user_uuid="2882341273", expire=600, **PINS_007)
    app = build("007", f"{prefix}_app", expire=600, **PINS_007)
    assert services(user) == [
        {
            "type": 7,
            "name": "APaaS",
            "privileges": {"2": 600},
            "room_uuid": "",
            "user_uuid": "2882341273",
            "role": -1,
        }
    ]
    assert services(app) == [
        {
            "type": 7,
            "name": "APaaS",
            "privileges": {"3": 600},
            "room_uuid": "",
            "user_uuid": "",
            "role": -1,
        }
    ]
    assert user == vector_token("007-007-apaas")
    assert app == vector_token("008-007-apaas")


def test_fpa_lasts_a_day_with_privilege_0() -> None:
    token = build("007", "fpa", **PINS_007)
    assert decoded(token)["expire"] == DAY
    assert layout(token) == [(4, {"1": 0})]


def test_services_are_stably_sorted_by_type() -> None:
    listed = [
        {"type": 6, "privileges": {"1": 1}, "channel_name": "c", "account": "first"},
        {"type": 1, "privileges": {"1": 2}, "channel_name": "b", "uid": ""},
        {"type": 6, "privileges": {"2": 3}, "channel_name": "c", "account": "second"},
        {"type": 1, "privileges": {}, "channel_name": "a", "uid": "9"},
    ]
    token = build("007", "services", expire=60, services=listed, **PINS_007)
    got = services(token)
    assert [(s["type"], s.get("uid", s.get("account"))) for s in got] == [
        (1, ""),
        (1, "9"),
        (6, "first"),
        (6, "second"),
    ]
    assert got[1]["privileges"] == {}


# --- 006 ----------------------------------------------------------------------------------------


def fields_006(token: str) -> dict[str, JSONValue]:
    data = decoded(token)
    assert data["format"] == "006"
    return data


@pytest.mark.parametrize(
    ("role", "privileges"),
    [(0, [1, 2, 3, 4]), (1, [1, 2, 3, 4]), (101, [1, 2, 3, 4]), (2, [1]), ("admin", [1, 2, 3, 4])],
)
def test_006_role_mapping_follows_python3(role: object, privileges: list[int]) -> None:
    token = build(
        "006", "rtc_uid", channel_name=CHANNEL, uid=2882341273, role=role, privilege_expired_ts=5
    )
    data = fields_006(token)
    assert data["privileges"] == {str(p): 5 for p in privileges}
    assert data["ts"] == NOW + DAY  # the default token expiry: now + 24 h
    assert data["salt"] == 1  # randint(1, 99999999) -> low end here
    assert data["crc_channel_name"] == zlib.crc32(CHANNEL.encode())
    assert data["crc_uid"] == zlib.crc32(b"2882341273")
    inputs = VerifyInputs(CERT, CHANNEL, uid=2882341273)
    assert verify(detect.decode(token), inputs).valid


def test_006_uid_0_signs_the_empty_string() -> None:
    token = build("006", "rtc_uid", channel_name="c", uid=0, role=1, privilege_expired_ts=0)
    assert fields_006(token)["crc_uid"] == 0
    assert verify(detect.decode(token), VerifyInputs(CERT, "c", uid=0)).valid
    assert verify(detect.decode(token), VerifyInputs(CERT, "c", account="")).valid
    assert not verify(detect.decode(token), VerifyInputs(CERT, "c", account="0")).valid


def test_006_account_builder() -> None:
    token = build(
        "006", "rtc_account", channel_name="c", account="ann", role=2, privilege_expired_ts=9, ts=8
    )
    data = fields_006(token)
    assert (data["ts"], data["privileges"]) == (8, {"1": 9})
    assert data["crc_uid"] == zlib.crc32(b"ann")
    assert verify(detect.decode(token), VerifyInputs(CERT, "c", account="ann")).valid


def test_006_rtm_puts_the_account_in_the_channel_slot() -> None:
    token = build(
        "006", "rtm", user_account="test_user", privilege_expired_ts=1446455471, ts=1111111, salt=1
    )
    data = fields_006(token)
    assert data["privileges"] == {"1000": 1446455471}
    assert data["crc_channel_name"] == zlib.crc32(b"test_user")
    assert data["crc_uid"] == 0
    assert token == vector_token("039-006-rtm-login")
    assert verify(detect.decode(token), VerifyInputs(CERT, "test_user", account="")).valid


@pytest.mark.parametrize(
    ("role", "privileges"),
    [(1, [1, 2, 3, 4]), (2, [1, 2, 3, 4]), (3, [1]), (4, [1, 2, 3, 4]), ("subscriber", [1])],
)
def test_006_simple_roles_never_expire(role: object, privileges: list[int]) -> None:
    token = build("006", "simple", channel_name="c", uid=5, role=role)
    assert fields_006(token)["privileges"] == {str(p): 0 for p in privileges}


def test_006_privileges_builder_keeps_the_uid_text() -> None:
    token = build(
        "006",
        "privileges",
        channel_name=CHANNEL,
        uid="0",
        privileges={"1": 1446455471},
        ts=1111111,
        salt=1,
    )
    assert token == vector_token("038-006-rtc-join-uid-0")
    named = build(
        "006", "privileges", channel_name="c", privileges={"kJoinChannel": 3, "rtm_login": 4}
    )
    assert fields_006(named)["privileges"] == {"1": 3, "1000": 4}


# --- legacy keys --------------------------------------------------------------------------------

LEGACY = {
    "channel_name": CHANNEL,
    "uid": 2882341273,
    "unix_ts": 1446455472,
    "random_int": 58964981,
    "expired_ts": 1446455471,
}
LOWER = {"app_id": APP.lower(), "app_certificate": CERT.lower()}


def build_legacy(format_: str, builder: str | None = None, **extra: object) -> str:
    data: dict[str, object] = {"format": format_, **LOWER, **LEGACY, **extra}
    if builder is not None:
        data["builder"] = builder
    return build_token(data, now=NOW).token


@pytest.mark.parametrize(
    ("builder", "service_type", "vector"),
    [
        ("media_channel", 1, "051-dk5-media-channel"),
        ("recording", 2, "050-dk5-recording"),
        ("public_sharing", 3, "049-dk5-public-sharing"),
    ],
)
def test_dk5_service_types(builder: str, service_type: int, vector: str) -> None:
    token = build_legacy("005", builder)
    data = decoded(token)
    assert (data["service_type"], data["extra"]) == (service_type, {})
    assert token == vector_token(vector)


@pytest.mark.parametrize(
    ("permission", "value"), [("0", "0"), ("3", "3"), ("publisher", "3"), ("audience", "0")]
)
def test_dk5_in_channel_permission_extra(permission: str, value: str) -> None:
    token = build_legacy("005", "in_channel_permission", permission=permission)
    data = decoded(token)
    assert (data["service_type"], data["extra"]) == (4, {"1": value})
    assert verify(detect.decode(token), VerifyInputs(CERT, CHANNEL, uid=2882341273)).valid


@pytest.mark.parametrize(
    ("builder", "tag"), [("media_channel", "ACS"), ("recording", "ARS"), ("public_sharing", "APSS")]
)
def test_dk4_service_tags(builder: str, tag: str) -> None:
    token = build_legacy("004", builder)
    result = verify(detect.decode(token), VerifyInputs(CERT.lower(), CHANNEL, uid=2882341273))
    assert result.valid
    assert result.service_tag == tag
    assert len(token) == 103
    assert token.startswith("004")


def test_dk2_is_dk3_without_the_prefix() -> None:
    dk3, dk2 = build_legacy("003"), build_legacy("002")
    assert dk3 == "003" + dk2
    assert decoded(dk3)["uid"] == decoded(dk2)["uid"] == 2882341273
    assert (decoded(dk3)["format"], decoded(dk2)["format"]) == ("003", "002")


def test_dk1_and_signaling() -> None:
    fields = {k: LEGACY[k] for k in ("channel_name", "unix_ts", "random_int")}
    dk1 = build_token({"format": "001", **LOWER, **fields}).token
    assert len(dk1) == 90
    assert decoded(dk1)["random_int"] == 58964981
    token = build_token(
        {
            "format": "signaling",
            "app_id": APP,
            "app_certificate": CERT,
            "account": "2882341273",
            "expired_ts": 1514219634,
        }
    ).token
    assert token == vector_token("054-signaling-1")
    assert verify(detect.decode(token), VerifyInputs(CERT, account="2882341273")).valid


def test_each_kind_names_its_builder_and_a_new_kind_needs_nothing_else() -> None:
    """Builders are chosen by data: a kind made outside the catalogue builds with its own."""
    assert all(callable(kind.build) for kind in catalog.KINDS)
    rtm = catalog.find("007", "rtm")
    assert rtm is not None
    seen: list[tuple[str, str, dict[str, object]]] = []

    def echo(app_id: str, certificate: str, values: Mapping[str, object]) -> str:
        seen.append((app_id, certificate, dict(values)))
        return "made by echo"

    custom = dataclasses.replace(rtm, builder="echo", build=echo)
    data: dict[str, object] = {"user_id": "u", "expire": 60}
    result = build_token(TokenRequest(custom, APP, CERT, data), now=NOW, randint=lambda a, b: 7)
    assert result.token == "made by echo"
    assert result.pinned == {"issue_ts": NOW, "salt": 7}
    assert seen == [(APP, CERT, {**data, "issue_ts": NOW, "salt": 7})]
