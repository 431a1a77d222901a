"""``expiry.effective``: when each kind of token stops doing what it was built for (issue #9)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from agora_token_gui.core import catalog, detect, expiry
from tests.tokens import T, make

H = 3600
PERMS = {"0": {"0": ["chan"]}}


@dataclass(frozen=True)
class Case:
    key: str  # the catalog kind
    request: dict[str, object]
    at: int | None  # effective expiry
    token_at: int | None  # the token's own expiry
    words: str  # at T + 10 s


def rtc2(**values: object) -> dict[str, object]:
    return {"channel_name": "c", "token_expire": 2 * H, **values}


FOUR_PRIVS = {
    "join_channel_privilege_expire": 2 * H,
    "pub_audio_privilege_expire": H,
    "pub_video_privilege_expire": H,
    "pub_data_stream_privilege_expire": H,
}
DK = {"channel_name": "c", "uid": 5, "unix_ts": T, "random_int": 1}

CASES = (
    # 007 RTC: publisher privileges shorter than the token (the first example).
    Case(
        "007/rtc_uid",
        rtc2(uid=1, role=1, privilege_expire=H),
        T + H,
        T + 2 * H,
        "Joining and publishing stop in 59 min 50 s; the token itself expires in 1 h 59 min.",
    ),
    Case(
        "007/rtc_account",
        rtc2(account="a", role=2, privilege_expire=0),
        T + 2 * H,
        T + 2 * H,
        "Expires in 1 h 59 min.",
    ),
    Case(
        "007/rtc_uid_privileges",
        rtc2(uid=1, **FOUR_PRIVS),
        T + H,
        T + 2 * H,
        "Publishing stops in 59 min 50 s; joining works for 1 h 59 min.",
    ),
    Case(
        "007/rtc_account_privileges",
        rtc2(account="a", **{**FOUR_PRIVS, "pub_data_stream_privilege_expire": 0}),
        T + H,
        T + 2 * H,
        "Publishing audio and video stops in 59 min 50 s; joining and publishing data work for "
        "1 h 59 min.",
    ),
    # RTM login lasts the token lifetime (§13.8), RTC the privilege lifetime.
    Case(
        "007/rtc_rtm",
        rtc2(account="a", role=1, privilege_expire=H),
        T + H,
        T + 2 * H,
        "Joining and publishing stop in 59 min 50 s; RTM login works for 1 h 59 min.",
    ),
    # A 007 multi-service token whose RTM part ends first.
    Case(
        "007/rtc_rtm2",
        {
            "channel_name": "c",
            "rtc_account": "a",
            "rtc_role": 2,
            "rtc_token_expire": 2 * H,
            **FOUR_PRIVS,
            "rtm_user_id": "u",
            "rtm_token_expire": 600,
        },
        T + 600,
        T + 2 * H,
        "RTM login stops in 9 min 50 s; joining works for 1 h 59 min.",
    ),
    Case("007/rtm", {"user_id": "u", "expire": H}, T + H, T + H, "Expires in 59 min 50 s."),
    Case(
        "007/rtm_permissions",
        {"user_id": "u", "permissions": PERMS, "expire": H},
        T + H,
        T + H,
        "Expires in 59 min 50 s.",
    ),
    Case("007/chat_user", {"user_id": "u", "expire": H}, T + H, T + H, "Expires in 59 min 50 s."),
    Case("007/chat_app", {"expire": 600}, T + 600, T + 600, "Expires in 9 min 50 s."),
    Case(
        "007/education_room_user",
        {"room_uuid": "r", "user_uuid": "u", "role": 1, "expire": H},
        T + H,
        T + H,
        "Expires in 59 min 50 s.",
    ),
    Case(
        "007/education_user",
        {"user_uuid": "u", "expire": H},
        T + H,
        T + H,
        "Expires in 59 min 50 s.",
    ),
    Case("007/education_app", {"expire": H}, T + H, T + H, "Expires in 59 min 50 s."),
    Case(
        "007/apaas_room_user",
        {"room_uuid": "r", "user_uuid": "u", "role": 1, "expire": H},
        T + H,
        T + H,
        "Expires in 59 min 50 s.",
    ),
    Case(
        "007/apaas_user", {"user_uuid": "u", "expire": H}, T + H, T + H, "Expires in 59 min 50 s."
    ),
    Case("007/apaas_app", {"expire": H}, T + H, T + H, "Expires in 59 min 50 s."),
    # FPA: fixed 24 h, privilege 0 = no separate limit.
    Case("007/fpa", {}, T + 86_400, T + 86_400, "Expires in 23 h 59 min."),
    # Custom services: two RTC services for two channels, one privilege already lapsed.
    Case(
        "007/services",
        {
            "expire": 2 * H,
            "services": [
                {"type": 1, "privileges": {"1": 5}, "channel_name": "a", "uid": ""},
                {"type": 1, "privileges": {"1": 0}, "channel_name": "b", "uid": ""},
            ],
        },
        T + 5,
        T + 2 * H,
        "Joining ('a') stopped 5 s ago; joining ('b') works for 1 h 59 min.",
    ),
    # 006: privileges absolute; the second example (all privileges lapsed, ts a day ahead).
    Case(
        "006/rtc_uid",
        {"channel_name": "c", "uid": 1, "role": 1, "privilege_expired_ts": T - H, "ts": T + 86_400},
        T - H,
        T + 86_400,
        "Joining and publishing stopped 1 h 10 s ago; the token itself expires in 23 h 59 min.",
    ),
    Case(
        "006/rtc_account",
        {"channel_name": "c", "account": "a", "role": 2, "privilege_expired_ts": 0, "ts": T + H},
        T + H,
        T + H,
        "Expires in 59 min 50 s.",
    ),
    Case(
        "006/rtm",
        {"user_account": "a", "privilege_expired_ts": T + 20, "ts": T + 86_400},
        T + 20,
        T + 86_400,
        "RTM login stops in 10 s; the token itself expires in 23 h 59 min.",
    ),
    Case(
        "006/simple",
        {"channel_name": "c", "uid": 1, "role": 2, "ts": T + H},
        T + H,
        T + H,
        "Expires in 59 min 50 s.",
    ),
    # A 006 privilege map: publishing ends first, join never (capped by ts), historical id ignored.
    Case(
        "006/privileges",
        {
            "channel_name": "c",
            "uid": "",
            "privileges": {"1": 0, "2": T + 600, "3": T + 600, "101": T},
            "ts": T + H,
        },
        T + 600,
        T + H,
        "Publishing audio and video stops in 9 min 50 s; joining works for 59 min 50 s.",
    ),
    *(
        Case(f"005/{b}", {**DK, "expired_ts": T + H}, T + H, T + H, "Expires in 59 min 50 s.")
        for b in ("media_channel", "recording", "public_sharing")
    ),
    Case(
        "005/in_channel_permission",
        {**DK, "permission": "3", "expired_ts": 0},
        None,
        None,
        "Never expires.",
    ),
    *(
        Case(f"004/{b}", {**DK, "expired_ts": T - 1}, T - 1, T - 1, "Expired 11 s ago.")
        for b in ("media_channel", "recording", "public_sharing")
    ),
    Case("003/key", {**DK, "expired_ts": T + 30}, T + 30, T + 30, "Expires in 20 s."),
    Case("002/key", {**DK, "expired_ts": T + H}, T + H, T + H, "Expires in 59 min 50 s."),
    Case(
        "001/key",
        {"channel_name": "c", "unix_ts": T, "random_int": 1},
        None,
        None,
        "Never expires.",
    ),
    Case(
        "signaling/token",
        {"account": "a", "expired_ts": T + H},
        T + H,
        T + H,
        "Expires in 59 min 50 s.",
    ),
    # Whiteboard lifespans are milliseconds; the expiry is shown in whole seconds.
    Case(
        "whiteboard/sdk", {"role": 0, "lifespan": H * 1000}, T + H, T + H, "Expires in 59 min 50 s."
    ),
    Case("whiteboard/room", {"uuid": "r", "role": 1, "lifespan": 0}, None, None, "Never expires."),
    Case(
        "whiteboard/task",
        {"uuid": "t", "role": 2, "lifespan": 1500},
        T + 1,
        T + 1,
        "Expired 9 s ago.",
    ),
    # A stream key's expiry is encrypted: unknown without the certificate.
    Case(
        "stream_key/key",
        {"channel_name": "c", "uid": "1", "expires_after": H},
        None,
        None,
        "Unknown: the expiry is encrypted; open the key with the App Certificate.",
    ),
)


def test_every_kind_has_a_case() -> None:
    assert {c.key for c in CASES} == {k.key for k in catalog.KINDS}


@pytest.mark.parametrize("case", CASES, ids=[f"{c.key}-{i}" for i, c in enumerate(CASES)])
def test_effective_expiry(case: Case) -> None:
    format_, builder = case.key.split("/")
    request: dict[str, object] = {"format": format_, **case.request}
    if not catalog.find(format_, None):
        request["builder"] = builder
    token = make(request)
    found = expiry.effective(detect.decode(token))
    assert found.at == case.at
    assert found.token_expires_at == case.token_at
    assert found.words(T + 10) == case.words
    assert detect.expiry_of(token) == found


@pytest.mark.parametrize(
    ("left", "state", "status"),
    [
        (-1, expiry.EXPIRED, "error"),
        (0, expiry.EXPIRED, "error"),
        (1, expiry.RENEWAL, "warning"),
        (30, expiry.RENEWAL, "warning"),
        (31, expiry.OK, "ok"),
    ],
)
def test_state_around_the_renewal_warning(left: int, state: str, status: str) -> None:
    found = expiry.effective(
        detect.decode(make({"format": "007", "builder": "rtm", "user_id": "u", "expire": H}))
    )
    now = T + H - left
    assert found.state(now) == state
    assert found.status(now) == status


def test_never_expiring_state() -> None:
    key = make({"format": "001", "channel_name": "c", "unix_ts": T, "random_int": 1})
    assert expiry.effective(detect.decode(key)).state(T) == expiry.NEVER


def test_privilege_past_token_expiry_is_capped_by_the_token() -> None:
    token = make(rtc2(format="007", builder="rtc_uid", uid=1, role=2, privilege_expire=10 * H))
    found = expiry.effective(detect.decode(token))
    assert found.at == T + 2 * H
    assert not found.limited_by_privilege


def test_lines_and_json_name_each_capability() -> None:
    token = make({"format": "007", "builder": "rtc_uid_privileges", **rtc2(uid=1, **FOUR_PRIVS)})
    found = expiry.effective(detect.decode(token))
    assert found.lines(T)[0] == "Joining: until 2023-11-15 00:13:20 UTC (in 2 h)"
    data = found.to_json()
    assert data["effective_expires_at"] == T + H
    assert data["limited_by_privilege"] is True
    assert isinstance(data["capabilities"], list)
    assert len(data["capabilities"]) == 4


def test_of_text_refuses_non_tokens() -> None:
    assert detect.expiry_of("hello") is None


def test_decoder_headline_is_red_when_the_privileges_lapsed() -> None:
    from agora_token_gui.core import report

    token = make(
        {
            "format": "006",
            "builder": "rtc_uid",
            "channel_name": "c",
            "uid": 1,
            "role": 1,
            "privilege_expired_ts": T - H,
            "ts": T + 23 * H,
        }
    )
    row = report.explain(detect.decode(token), T)[1]
    assert row.label == "Effective expiry"
    assert row.status == "error"
    assert row.value.startswith("Joining and publishing stopped 1 h ago; the token itself")


def test_decode_json_carries_the_effective_expiry() -> None:
    token = make({"format": "007", "builder": "rtc_uid", **rtc2(uid=1, role=1, privilege_expire=H)})
    data = detect.to_json(detect.decode(token))
    assert data["expires_at"] == T + 2 * H
    assert data["effective_expires_at"] == T + H
