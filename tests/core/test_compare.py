"""compare(): every field that differs is reported with both values; salt and compression never."""

from __future__ import annotations

import base64
import json
import zlib

import pytest

from agora_token_gui.core.build import build
from agora_token_gui.core.compare import ABSENT, Comparison, Difference, compare
from agora_token_gui.core.errors import MalformedTokenError
from tests.fuzz import VECTORS
from tests.tokens import APP, CERT, T, make, rtc

RTC: dict[str, object] = {
    "format": "007",
    "builder": "rtc_uid",
    "channel_name": "demo",
    "uid": 123,
    "role": 1,
    "token_expire": 3600,
    "privilege_expire": 3600,
}


def by_field(comparison: Comparison) -> dict[str, Difference]:
    return {d.field: d for d in comparison.differences}


def vector(prefix: str) -> str:
    vectors = json.loads(VECTORS.read_text())["vectors"]
    token = next(v["expected_token"] for v in vectors if v["id"].startswith(prefix))
    assert isinstance(token, str)
    return token


def test_identical_tokens_have_no_differences() -> None:
    result = compare(rtc(), rtc())
    assert (result.equivalent, result.differences) == (True, ())
    assert (result.format_a, result.format_b) == ("007", "007")


@pytest.mark.parametrize(
    ("changes", "field", "a", "b"),
    [
        (
            {"app_id": "0123456789abcdef0123456789abcdef"},
            "App ID",
            APP,
            "0123456789abcdef0123456789abcdef",
        ),
        ({"issue_ts": T + 2000}, "Issue time", f"({T})", f"({T + 2000})"),
        ({"token_expire": 600}, "Lifetime", "3600 s (1 h)", "600 s (10 min)"),
        ({"token_expire": 600}, "Expiry", f"({T + 3600})", f"({T + 600})"),
        ({"channel_name": "other"}, "RTC service: channel_name", "'demo'", "'other'"),
        ({"uid": 0}, "RTC service: uid", "'123'", "''"),
        (
            {"privilege_expire": 600},
            "RTC service: joinChannel (1)",
            "3600 s after issue (1 h)",
            "600 s after issue (10 min)",
        ),
        ({"role": 2}, "RTC service: publishAudioStream (2)", "3600 s after issue (1 h)", ABSENT),
        (
            {"builder": "rtc_rtm", "uid": None, "account": "123"},
            "RTM service",
            ABSENT,
            "user_id '123'; privileges 1",
        ),
    ],
    ids=[
        "app_id",
        "issue_time",
        "lifetime",
        "expiry",
        "channel",
        "uid",
        "privilege",
        "privilege_absent",
        "service",
    ],
)
def test_each_differing_field_is_reported_with_both_values(
    changes: dict[str, object], field: str, a: str, b: str
) -> None:
    request: dict[str, object] = {
        "format": "007",
        "builder": "rtc_uid",
        "channel_name": "demo",
        "uid": 123,
        "role": 1,
        "token_expire": 3600,
        "privilege_expire": 3600,
        **changes,
    }
    token_b = make({k: v for k, v in request.items() if v is not None})
    result = compare(rtc(), token_b, now=T + 1000)  # B's 600 s have run out, A's 3600 s not
    assert not result.equivalent
    difference = by_field(result)[field]
    assert a in difference.a
    assert b in difference.b
    assert difference.can_explain_failure
    assert difference.note


def test_different_formats_are_reported_first() -> None:
    token_006 = make(
        {
            "format": "006",
            "builder": "rtc_uid",
            "channel_name": "demo",
            "uid": 123,
            "role": 1,
            "privilege_expired_ts": T + 3600,
        }
    )
    result = compare(rtc(), token_006)
    assert not result.equivalent
    first = result.differences[0]
    assert (first.field, first.a, first.b) == (
        "Format",
        "AccessToken2 (007)",
        "AccessToken (006)",
    )


def test_only_the_salt_differs_equivalent() -> None:
    token_b = build(
        {
            "format": "007",
            "builder": "rtc_uid",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "demo",
            "uid": 123,
            "role": 1,
            "token_expire": 3600,
            "privilege_expire": 3600,
        },
        now=T,
        randint=lambda low, high: 4242,
    ).token
    result = compare(rtc(), token_b)
    assert result.equivalent
    fields = by_field(result)
    assert (fields["Salt"].a, fields["Salt"].b) == ("1", "4242")
    assert not fields["Salt"].can_explain_failure
    assert not fields["Signature"].can_explain_failure


def recompress(token: str, level: int) -> str:
    payload = zlib.decompress(base64.b64decode(token[3:]))
    return "007" + base64.b64encode(zlib.compress(payload, level)).decode("ascii")


def test_zlib_level_1_and_default_are_equivalent() -> None:
    token = rtc()
    fast = recompress(token, 1)
    assert fast != token
    result = compare(token, fast)
    assert result.equivalent
    (difference,) = result.differences
    assert difference.field == "Encoding"
    assert not difference.can_explain_failure


@pytest.mark.parametrize("other", ["012", "013", "014", "015", "016"])
def test_vectors_from_other_compressors_are_equivalent(other: str) -> None:
    a, b = vector("011-"), vector(f"{other}-")
    assert a != b
    result = compare(a, b)
    assert result.equivalent
    assert [d.field for d in result.differences] == ["Encoding"]


def test_go_style_vector_is_equivalent_to_python() -> None:
    result = compare(vector("001-"), vector("023-"))
    assert result.equivalent


def test_same_content_and_salt_but_another_certificate_can_explain_a_failure() -> None:
    result = compare(rtc(), rtc(app_certificate="abcdef0123456789abcdef0123456789"))
    assert not result.equivalent
    (difference,) = result.differences
    assert difference.field == "Signature"
    assert difference.can_explain_failure
    assert "different App Certificates" in difference.note


def test_differences_that_explain_come_first() -> None:
    token_b = build(
        {
            "format": "007",
            "builder": "rtc_uid",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "x",
            "uid": 123,
            "role": 1,
            "token_expire": 3600,
            "privilege_expire": 3600,
        },
        now=T,
        randint=lambda low, high: 7,
    ).token
    flags = [d.can_explain_failure for d in compare(rtc(), token_b).differences]
    assert flags == sorted(flags, reverse=True)
    assert flags[0]
    assert not flags[-1]


def test_whitespace_repairs_have_no_effect() -> None:
    token = rtc()
    result = compare(token, f'"{token}"\n')
    assert result.equivalent
    assert "quotes" in by_field(result)["Repairs to decode"].b
    assert result.explaining == ()


def test_url_damage_can_explain_a_failure() -> None:
    token = rtc(salt=5)
    assert "+" in token
    result = compare(token, token.replace("+", " "))
    assert not result.equivalent
    assert by_field(result)["Repairs to decode"].can_explain_failure


def test_the_real_cause_comes_first_and_issue_seconds_have_no_effect() -> None:
    """The issue's example: uid 999 vs 1234 and a 1-second issue-time difference."""
    a = make({**RTC, "uid": 999})
    b = make({**RTC, "uid": 1234, "issue_ts": T + 1}, salt=77)
    result = compare(a, b, now=T + 60)
    assert [d.field for d in result.explaining] == ["RTC service: uid"]
    harmless = {d.field for d in result.no_effect}
    assert {"Issue time", "Expiry", "Effective expiry", "Salt", "Signature"} <= harmless
    issue = by_field(result)["Issue time"]
    assert issue.note.startswith("Both tokens are valid at the moment compared")
    assert result.differences[0].field == "RTC service: uid"


def test_an_expiry_that_matters_now_is_explained() -> None:
    a = make({**RTC, "token_expire": 3600})
    b = make({**RTC, "token_expire": 60})
    assert compare(a, b, now=T + 30).equivalent
    later = compare(a, b, now=T + 120)
    assert not later.equivalent
    assert "token B expired" in by_field(later)["Expiry"].note


def test_006_tokens_compare_channel_and_uid_crcs() -> None:
    def token_006(channel: str) -> str:
        return make(
            {
                "format": "006",
                "builder": "rtc_uid",
                "channel_name": channel,
                "uid": 123,
                "role": 1,
                "privilege_expired_ts": T + 3600,
            }
        )

    result = compare(token_006("demo"), token_006("other"))
    assert not result.equivalent
    assert "Channel (CRC-32)" in by_field(result)


def test_legacy_keys_warn_about_what_they_do_not_store() -> None:
    def key(random_int: int) -> str:
        return make(
            {
                "format": "004",
                "builder": "media_channel",
                "channel_name": "demo",
                "uid": 1,
                "unix_ts": T,
                "random_int": random_int,
                "expired_ts": 0,
            }
        )

    result = compare(key(1), key(2))
    assert result.equivalent
    assert "does not store" in result.notes[0]


def test_json_form() -> None:
    data = compare(rtc(), rtc(channel_name="x")).to_json()
    assert list(data) == ["equivalent", "format_a", "format_b", "differences", "notes"]
    differences = data["differences"]
    assert isinstance(differences, list)
    first = differences[0]
    assert isinstance(first, dict)
    assert list(first) == ["field", "a", "b", "can_explain_failure", "note"]


def test_a_malformed_token_raises_and_says_which() -> None:
    with pytest.raises(MalformedTokenError, match=r"^Token B: "):
        compare(rtc(), "007abc")
