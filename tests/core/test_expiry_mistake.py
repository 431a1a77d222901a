"""The classic expiry mistake (#9): "now + 3600" where 007 wants 3600, and 3600 where 006 wants
"now + 3600". Flagged as a build warning (so in the form and the CLI) and as a diagnose finding."""

from __future__ import annotations

import pytest

from agora_token_gui.core import diagnose, expiry
from agora_token_gui.core.build import build
from agora_token_gui.core.request import check
from tests.tokens import APP, CERT, T

BASE = {"app_id": APP, "app_certificate": CERT}


@pytest.mark.parametrize(
    ("request_", "field", "words"),
    [
        (
            {"format": "007", "builder": "rtc_uid", "channel_name": "c", "uid": 1, "role": 1,
             "token_expire": T + 3600, "privilege_expire": 3600},
            "token_expire",
            "Token lifetime = 1700003600 s looks like a unix time (2023-11-14 23:13:20 UTC), not "
            "a duration: 007 counts seconds after the issue time, so pass 3600, not now + 3600.",
        ),
        (
            {"format": "007", "builder": "rtm", "user_id": "u", "expire": T + 600},
            "expire",
            "so pass 600, not now + 600.",
        ),
        (
            {"format": "007", "builder": "services", "expire": 600,
             "services": [{"type": 2, "privileges": {"1": T + 60}, "user_id": "u"}]},
            "services",
            "Service 1: privilege 1 = 1700000060 s looks like a unix time",
        ),
        (
            {"format": "006", "builder": "rtc_uid", "channel_name": "c", "uid": 1, "role": 1,
             "privilege_expired_ts": 3600},
            "privilege_expired_ts",
            "Privileges expire at = 3600 looks like a duration, not a unix time: it means "
            "1970-01-01 01:00:00 UTC, long expired, so pass the current unix time + 3600, "
            "not 3600.",
        ),
        (
            {"format": "006", "builder": "privileges", "channel_name": "c",
             "privileges": {"1": 7200}},
            "privileges",
            "Privilege 1 = 7200 looks like a duration",
        ),
        (
            {"format": "005", "builder": "media_channel", "channel_name": "c", "uid": 1,
             "expired_ts": 600},
            "expired_ts",
            "Expiry time = 600 looks like a duration",
        ),
        (
            {"format": "signaling", "account": "a", "expired_ts": 86400},
            "expired_ts",
            "Expiry time = 86400 looks like a duration",
        ),
    ],
)  # fmt: skip
def test_build_warns_with_the_fix(request_: dict[str, object], field: str, words: str) -> None:
    request, problems = check({**BASE, **request_}, now=T)
    assert request is not None
    mine = [p for p in problems if p.field == field and "looks like" in p.message]
    assert len(mine) == 1, problems
    assert words in mine[0].message
    assert mine[0].severity == "warning"
    assert any("looks like" in p.message for p in build({**BASE, **request_}, now=T).warnings)


@pytest.mark.parametrize(
    "request_",
    [
        {"format": "007", "builder": "rtm", "user_id": "u", "expire": 86_400},
        {"format": "006", "builder": "rtc_uid", "channel_name": "c", "uid": 1, "role": 1,
         "privilege_expired_ts": 0},
        {"format": "006", "builder": "rtc_uid", "channel_name": "c", "uid": 1, "role": 1,
         "privilege_expired_ts": T + 3600},
    ],
)  # fmt: skip
def test_correct_expiries_and_0_are_not_flagged(request_: dict[str, object]) -> None:
    _, problems = check({**BASE, **request_}, now=T)
    assert not [p for p in problems if "looks like" in p.message]


def test_diagnose_names_a_006_duration_as_the_cause_of_expiry() -> None:
    token = build(
        {**BASE, "format": "006", "builder": "rtc_uid", "channel_name": "c", "uid": 1,
         "role": 1, "privilege_expired_ts": 3600, "ts": T + 86_400}
    ).token  # fmt: skip
    result = diagnose.diagnose(token, diagnose.Context(channel_name="c", uid=1), now=T)
    finding = next(f for f in result.findings if f.code == "expiry_mistake")
    assert finding.severity == "error"
    assert finding.message.startswith("Privilege 1 = 3600 looks like a duration")
    assert finding.fix == expiry.MISTAKE_FIX
    assert result.verdict == diagnose.REJECTED


def test_diagnose_names_a_007_unix_time_lifetime() -> None:
    token = build(
        {**BASE, "format": "007", "builder": "rtm", "user_id": "u", "expire": T + 3600,
         "issue_ts": T}
    ).token  # fmt: skip
    result = diagnose.diagnose(token, diagnose.Context(), now=T)
    finding = next(f for f in result.findings if f.code == "expiry_mistake")
    assert finding.severity == "warning"
    assert "so pass 3600, not now + 3600" in finding.message


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (
            {"format": "007", "builder": "rtc_uid", "channel_name": "c", "uid": 1, "role": 1,
             "token_expire": 7200, "privilege_expire": 3600},
            "privilege_expire",
        ),
        (
            {"format": "007", "builder": "rtc_uid_privileges", "channel_name": "c", "uid": 1,
             "token_expire": 7200, "join_channel_privilege_expire": 7200,
             "pub_audio_privilege_expire": 60, "pub_video_privilege_expire": 0,
             "pub_data_stream_privilege_expire": 7200},
            "pub_audio_privilege_expire",
        ),
        (
            {"format": "006", "builder": "rtm", "user_account": "a",
             "privilege_expired_ts": T + 3600, "ts": T + 7200},
            "privilege_expired_ts",
        ),
    ],
)  # fmt: skip
def test_a_privilege_shorter_than_the_token_warns(request_: dict[str, object], field: str) -> None:
    _, problems = check({**BASE, **request_}, now=T)
    shorter = [p for p in problems if "earlier than" in p.message]
    assert [p.field for p in shorter] == [field]
    assert shorter[0].severity == "warning"


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        ({"format": "007", "builder": "rtm", "user_id": "", "expire": 600}, "user_id"),
        ({"format": "006", "builder": "rtm", "user_account": "", "privilege_expired_ts": 0},
         "user_account"),
        ({"format": "signaling", "account": "", "expired_ts": T + 600}, "account"),
    ],
)  # fmt: skip
def test_an_empty_login_user_warns(request_: dict[str, object], field: str) -> None:
    _, problems = check({**BASE, **request_}, now=T)
    assert [p.field for p in problems if "is empty" in p.message] == [field]
