"""Request validation (requests.md): errors name their field, warnings still build, pins, batch."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from agora_token_gui.core import catalog, detect
from agora_token_gui.core.batch import run_batch
from agora_token_gui.core.build import build
from agora_token_gui.core.errors import InvalidInputError
from agora_token_gui.core.request import (
    ERROR,
    WARNING,
    Problem,
    TokenRequest,
    _warnings,
    check,
    parse_request,
    request_to_json,
)
from tests.tokens import APP, CERT

NOW = 1_700_000_000
RTC: dict[str, Any] = {
    "format": "007",
    "builder": "rtc_uid",
    "app_id": APP,
    "app_certificate": CERT,
    "channel_name": "room",
    "uid": 42,
    "role": 1,
    "token_expire": 600,
}


def sentence(message: str) -> bool:
    return bool(message) and message[0].isupper() and message.endswith(".") and "\n" not in message


def error_of(data: dict[str, Any]) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        build(data, now=NOW)
    assert sentence(str(caught.value)), str(caught.value)
    return caught.value


def warnings_of(data: dict[str, Any]) -> list[Problem]:
    result = build(data, now=NOW)
    assert result.token
    assert all(w.severity == WARNING and sentence(w.message) for w in result.warnings)
    return list(result.warnings)


# --- errors name the field ----------------------------------------------------------------------

BAD: list[tuple[str, dict[str, Any], str]] = [
    ("no format", {k: v for k, v in RTC.items() if k != "format"}, "format"),
    ("unknown format", {**RTC, "format": "008"}, "format"),
    ("format not text", {**RTC, "format": 7}, "format"),
    ("no builder", {k: v for k, v in RTC.items() if k != "builder"}, "builder"),
    ("unknown builder", {**RTC, "builder": "rtcuid"}, "builder"),
    ("builder not text", {**RTC, "builder": 3}, "builder"),
    ("short app id", {**RTC, "app_id": APP[:31]}, "app_id"),
    ("non-hex certificate", {**RTC, "app_certificate": "z" * 32}, "app_certificate"),
    (
        "missing certificate",
        {k: v for k, v in RTC.items() if k != "app_certificate"},
        "app_certificate",
    ),
    ("missing uid", {k: v for k, v in RTC.items() if k != "uid"}, "uid"),
    ("bool uid", {**RTC, "uid": True}, "uid"),
    ("bool expiry", {**RTC, "token_expire": False}, "token_expire"),
    ("float uid", {**RTC, "uid": 1.5}, "uid"),
    ("uid text", {**RTC, "uid": "12a"}, "uid"),
    ("uid -1", {**RTC, "uid": -1}, "uid"),
    ("uid 2^32", {**RTC, "uid": 2**32}, "uid"),
    ("uid text 0042", {**RTC, "uid": "0042"}, "uid"),
    ("uid text -0", {**RTC, "uid": "-0"}, "uid"),
    ("uid superscript two", {**RTC, "uid": "²"}, "uid"),
    ("uid of 5000 digits", {**RTC, "uid": 10**5000}, "uid"),
    ("uid text of 5000 digits", {**RTC, "uid": "9" * 5000}, "uid"),
    ("expire text of 5000 digits", {**RTC, "token_expire": "9" * 5000}, "token_expire"),
    ("expire 2^32", {**RTC, "token_expire": 2**32}, "token_expire"),
    ("salt -1", {**RTC, "salt": -1}, "salt"),
    ("issue_ts 2^32", {**RTC, "issue_ts": 2**32}, "issue_ts"),
    ("role king", {**RTC, "role": "king"}, "role"),
    ("role 1.5", {**RTC, "role": 1.5}, "role"),
    ("channel not text", {**RTC, "channel_name": 5}, "channel_name"),
    ("channel 65536 bytes", {**RTC, "channel_name": "é" * 32768}, "channel_name"),
    ("lone surrogate", {**RTC, "channel_name": "\udcff"}, "channel_name"),
    ("id not text", {**RTC, "id": 5}, "id"),
    ("typo", {**RTC, "chanel_name": "x"}, "chanel_name"),
]


@pytest.mark.parametrize(("data", "field"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_every_error_names_its_field_in_one_sentence(data: dict[str, Any], field: str) -> None:
    assert error_of(data).field == field
    request, problems = check(data, now=NOW)
    assert request is None
    assert any(p.field == field and p.severity == ERROR for p in problems)


def test_an_unknown_key_is_rejected_with_a_suggestion() -> None:
    message = str(error_of({**RTC, "chanel_name": "x"}))
    assert "'chanel_name'" in message
    assert "did you mean 'channel_name'?" in message
    assert "typo" in message
    far = str(error_of({**RTC, "zzzzzz": 1}))
    assert "did you mean" not in far


def test_check_reports_every_problem_at_once() -> None:
    data = {**RTC, "uid": -1, "role": "boss", "app_id": "x", "extra": 1}
    request, problems = check(data, now=NOW)
    assert request is None
    assert {p.field for p in problems} == {"uid", "role", "app_id", "extra"}
    assert all(sentence(p.message) for p in problems)
    assert [p.as_dict()["severity"] for p in problems] == [ERROR] * 4


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (kind, spec.name)
        for kind in catalog.KINDS
        for spec in kind.fields
        if spec.kind
        in (
            catalog.FieldKind.UINT32,
            catalog.FieldKind.UID,
            catalog.FieldKind.DURATION,
            catalog.FieldKind.TIMESTAMP,
            catalog.FieldKind.INT16,
        )
    ],
    ids=lambda v: v.key if isinstance(v, catalog.KeyKind) else str(v),
)
def test_every_number_field_rejects_out_of_range_and_bools(
    kind: catalog.KeyKind, name: str
) -> None:
    spec = kind.field(name)
    low, high = (-32768, 32767) if spec.kind is catalog.FieldKind.INT16 else (0, 2**32 - 1)
    for bad in (low - 1, high + 1, True, 1.0, "x"):
        data: dict[str, object] = {
            "format": kind.format,
            "builder": kind.builder,
            "app_id": APP,
            "app_certificate": CERT,
        }
        data[name] = bad
        _, problems = check(data, now=NOW)
        assert any(p.field == name and p.severity == ERROR for p in problems), (name, bad)
    for good in (low, high, str(high)):
        _, problems = check({"format": kind.format, "builder": kind.builder, name: good}, now=NOW)
        assert not any(p.field == name and p.severity == ERROR for p in problems), (name, good)


def test_text_of_65535_utf8_bytes_is_accepted() -> None:
    account = "é" * 32767 + "x"  # 65535 bytes, 32768 characters
    data = {**RTC, "builder": "rtc_account", "account": account}
    del data["uid"]
    result = build(data, now=NOW)
    services = detect.to_json(detect.decode(result.token))["services"]
    assert isinstance(services, list)
    assert isinstance(services[0], dict)
    assert services[0]["uid"] == account
    assert any(w.field == "account" for w in result.warnings)  # over 255 bytes


def test_services_list_errors_name_services() -> None:
    base = {
        "format": "007",
        "builder": "services",
        "app_id": APP,
        "app_certificate": CERT,
        "expire": 1,
    }
    services: object
    for services in (
        [],
        "x",
        [5],
        [{}],
        [{"type": 1, "foo": 1}],
        [{"type": 1, "uid": 5}],
        [{"type": "bogus"}],
        [{"type": 1, "privileges": {"1": -1}}],
        [{"type": 1, "privileges": {"1": 1, "joinChannel": 2}}],
        [{"type": 7, "role": 40000}],
        [{"type": 8, "permissions": {"0": {"0": "abc"}}}],
    ):
        assert error_of({**base, "services": services}).field == "services", services


# --- warnings still build -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"channel_name": "c" * 65}, "channel_name", "65 bytes"),
        ({"channel_name": "a/b"}, "channel_name", "'/'"),
        ({"channel_name": ""}, "channel_name", "empty"),
        ({"token_expire": 86401}, "token_expire", "24 h"),
        ({"issue_ts": 2**32 - 10}, "issue_ts", "2106"),
    ],
)
def test_warnings_still_build(changes: dict[str, Any], field: str, words: str) -> None:
    warnings = warnings_of({**RTC, **changes})
    assert any(w.field == field and words in w.message for w in warnings), warnings


def test_account_over_255_bytes_warns() -> None:
    data = {**RTC, "builder": "rtc_account", "account": "ü" * 128}
    del data["uid"]
    assert [w.field for w in warnings_of(data)] == ["account"]


def test_006_privilege_past_a_day_warns() -> None:
    data = {
        "format": "006",
        "builder": "privileges",
        "app_id": APP,
        "app_certificate": CERT,
        "channel_name": "c",
        "privileges": {"1": NOW + 2 * 86400},
    }
    assert [w.field for w in warnings_of(data)] == ["privileges"]


def test_a_clean_request_has_no_warnings() -> None:
    assert warnings_of(RTC) == []


# --- pins ---------------------------------------------------------------------------------------


def test_pins_default_to_now_and_random_and_are_reported() -> None:
    draws: list[tuple[int, int]] = []

    def randint(low: int, high: int) -> int:
        draws.append((low, high))
        return high

    result = build(RTC, now=NOW, randint=randint)
    assert dict(result.pinned) == {"issue_ts": NOW, "salt": 99_999_999}
    assert draws == [(1, 99_999_999)]
    data = detect.to_json(detect.decode(result.token))
    assert (data["issue_ts"], data["salt"]) == (NOW, 99_999_999)


def test_pins_given_in_the_request_are_used() -> None:
    result = build({**RTC, "issue_ts": 5, "salt": 0}, now=NOW)
    assert dict(result.pinned) == {"issue_ts": 5, "salt": 0}


def test_006_and_legacy_pins() -> None:
    r006 = build(
        {
            "format": "006",
            "builder": "simple",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "c",
            "uid": 1,
            "role": 1,
        },
        now=NOW,
        randint=lambda low, high: low,
    )
    assert dict(r006.pinned) == {"ts": NOW + 86400, "salt": 1}
    dk = build(
        {
            "format": "003",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "c",
            "uid": 1,
            "expired_ts": 0,
        },
        now=NOW,
        randint=lambda low, high: high,
    )
    assert dict(dk.pinned) == {"unix_ts": NOW, "random_int": 2**32 - 1}
    signaling = build(
        {
            "format": "signaling",
            "app_id": APP,
            "app_certificate": CERT,
            "account": "a",
            "expired_ts": 1,
        }
    )
    assert dict(signaling.pinned) == {}


def test_the_secure_default_salt_is_in_range() -> None:
    salts = {build(RTC, now=NOW).pinned["salt"] for _ in range(50)}
    assert all(isinstance(s, int) and 1 <= s <= 99_999_999 for s in salts)
    assert len(salts) > 40


def test_default_006_expiry_after_2106_is_an_error() -> None:
    data = {
        "format": "006",
        "builder": "simple",
        "app_id": APP,
        "app_certificate": CERT,
        "channel_name": "c",
        "uid": 1,
        "role": 1,
    }
    assert error_of_at(data, 2**32 - 100).field == "ts"


def error_of_at(data: dict[str, Any], now: int) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        build(data, now=now)
    assert sentence(str(caught.value))
    return caught.value


def test_parse_request_then_build_gives_the_same_token() -> None:
    request = parse_request({**RTC, "id": "x"}, now=NOW)
    assert isinstance(request, TokenRequest)
    assert (request.id, request.app_id, request.kind.key) == ("x", APP, "007/rtc_uid")
    assert (
        build(request, now=NOW, randint=lambda a, b: a).token
        == build(RTC, now=NOW, randint=lambda a, b: a).token
    )


def test_names_may_stand_for_numbers() -> None:
    a = build({**RTC, "role": "publisher", "issue_ts": 1, "salt": 1}, now=NOW).token
    b = build({**RTC, "role": 1, "issue_ts": "1", "salt": "1"}, now=NOW).token
    assert a == b


def test_request_to_json_round_trips() -> None:
    result = build(RTC, now=NOW, randint=lambda a, b: 7)
    again = request_to_json(result.request, include_certificate=True, pinned=result.pinned)
    assert again == {**RTC, "privilege_expire": 0, "issue_ts": NOW, "salt": 7}
    assert build(again, now=0).token == result.token
    assert "app_certificate" not in request_to_json(result.request)


# --- run_batch ----------------------------------------------------------------------------------


def test_run_batch_keeps_going_past_bad_lines_and_echoes_ids() -> None:
    lines = [
        json.dumps({**RTC, "id": "a", "issue_ts": 1, "salt": 1}),
        "{not json",
        "",
        "[1, 2]",
        json.dumps({**RTC, "id": "b", "uid": -1}),
        "   \n",
        json.dumps({**RTC, "id": 5}),
        json.dumps({**RTC, "id": "c", "token_expire": 90000}),
    ]
    results = list(run_batch(lines, now=lambda: NOW))
    assert [r.get("id") for r in results] == ["a", None, None, "b", None, "c"]
    assert [r.get("line") for r in results] == [None, 2, 4, 5, 7, None]
    assert "token" in results[0]
    assert "warnings" not in results[0]
    assert (
        results[1]["error"]
        == "Line 2 is not valid JSON (Expecting property name enclosed in double quotes at "
        "column 2)."
    )
    assert results[2]["error"] == "Line 4 must be a JSON object (a request), not a list."
    assert results[3]["field"] == "uid"
    assert results[4]["field"] == "id"
    assert "token" in results[5]
    assert results[5]["warnings"]
    for result in results:
        if "error" in result:
            assert isinstance(result["error"], str)
            assert sentence(result["error"])
    assert results[0]["token"] == build({**RTC, "issue_ts": 1, "salt": 1}).token


def test_run_batch_asks_the_clock_per_line() -> None:
    ticks = iter(range(100, 200))
    results = list(run_batch([json.dumps(RTC)] * 3, now=lambda: next(ticks)))
    issued = [detect.to_json(detect.decode(str(r["token"])))["issue_ts"] for r in results]
    assert issued == [100, 101, 102]


@pytest.mark.parametrize(
    "line",
    [
        '{"format": "001"}',
        '{"format": "001"}  \r\n',
        '  {"format": "001"}',
        '{"format": "001"}\x0b',  # not JSON whitespace: "Extra data"
        '{"format": "001"} {}',
        '\ufeff{"format": "001"}',
        '{"format": "001"',
        "{",
        '{"a": [1, 2, {"b": null}], "c": "\\u00e9"}',
        "[]",
        "42",
    ],
)
def test_batch_lines_are_read_exactly_as_json_loads_reads_them(line: str) -> None:
    """run_batch calls json's C scanner directly; the outcome must be json.loads's."""
    (result,) = run_batch([line], now=lambda: NOW)
    expected = None
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        expected = f"Line 1 is not valid JSON ({exc.msg} at column {exc.colno})."
    if expected is not None:
        assert result["error"] == expected
    elif isinstance(data, dict):
        assert result.get("field") == check(data)[1][0].field
    else:
        assert "must be a JSON object" in str(result["error"])


def test_a_kind_that_is_not_the_catalogue_s_own_uses_its_own_fields() -> None:
    """A KeyKind that is not the catalogue's own is checked and built by its own fields."""
    rtc = catalog.find("007", "rtc_uid")
    assert rtc is not None
    strict = tuple(
        dataclasses.replace(f, warn_bytes=2) if f.name == "channel_name" else f for f in rtc.fields
    )
    lookalike = dataclasses.replace(rtc, fields=strict)
    values = {"channel_name": "abc", "uid": 1, "role": 1, "token_expire": 5, "privilege_expire": 0}
    assert [w.field for w in _warnings(lookalike, values, NOW)] == ["channel_name"]
    assert list(_warnings(rtc, values, NOW)) == []
    request = TokenRequest(lookalike, APP, CERT, values)
    assert build(request, now=NOW, randint=lambda a, b: a).pinned["salt"] == 1


# --- the references' tolerance, never silent --------------------------------------------------

RTM2 = {
    "format": "007",
    "builder": "rtm_permissions",
    "app_id": APP,
    "app_certificate": CERT,
    "user_id": "u",
    "expire": 600,
}


@pytest.mark.parametrize(
    ("data", "documented"),
    [
        ({**RTC, "role": 7}, "1 (Publisher), 2 (Subscriber)"),
        ({**RTC, "role": -3}, "1 (Publisher), 2 (Subscriber)"),
        (
            {**RTC, "format": "006", "privilege_expired_ts": 0, "token_expire": None, "role": 5},
            "1 (Publisher), 2 (Subscriber), 0 (Attendee (deprecated)), 101 (Admin (deprecated))",
        ),
        (
            {
                "format": "006",
                "builder": "rtm",
                "app_id": APP,
                "app_certificate": CERT,
                "user_account": "a",
                "privilege_expired_ts": 0,
                "role": 2,
            },
            "1 (RTM user)",
        ),
    ],
    ids=["007 role 7", "007 role -3", "006 role 5", "006 rtm role 2"],
)
def test_any_integer_role_builds_as_the_references_do_with_a_warning(
    data: dict[str, Any], documented: str
) -> None:
    data = {k: v for k, v in data.items() if v is not None}
    (warning,) = warnings_of(data)
    assert warning.field == "role"
    assert documented in warning.message
    # The token is the one the documented join-only role (or the only rtm role) gives.
    same = {**data, "role": 1 if data["builder"] == "rtm" else 2}
    if data["format"] == "007":
        same["role"] = 2
    pins = {"salt": 1, "ts": NOW + 86_400} if data["format"] == "006" else {"salt": 1}
    assert build({**data, **pins}, now=NOW).token == build({**same, **pins}, now=NOW).token


def test_a_uid_as_text_that_a_number_would_change_is_an_error_naming_both_ways() -> None:
    message = str(error_of({**RTC, "uid": "0042"}))
    assert "'0042'" in message
    assert "42" in message
    assert "account builder" in message
    assert build({**RTC, "uid": "42", "salt": 1}, now=NOW).token == (
        build({**RTC, "uid": 42, "salt": 1}, now=NOW).token
    )


def test_a_unicode_digit_uid_is_refused_with_a_sentence() -> None:
    message = str(error_of({**RTC, "uid": "²"}))
    assert "digits 0-9" in message


def test_a_permission_given_by_name_and_by_number_is_an_error() -> None:
    error = error_of({**RTM2, "permissions": {"messageChannels": {"read": ["a"], "0": ["b"]}}})
    assert error.field == "permissions"
    assert "twice" in str(error)


@pytest.mark.parametrize(
    ("text", "seconds"), [("90s", 90), ("30m", 1800), ("2h", 7200), ("1d", 86400)]
)
def test_durations_take_the_cli_s_units_in_json(text: str, seconds: int) -> None:
    pinned = {"salt": 1, "issue_ts": NOW}
    assert build({**RTC, **pinned, "token_expire": text}, now=NOW).token == (
        build({**RTC, **pinned, "token_expire": seconds}, now=NOW).token
    )
    assert "2h" in str(error_of({**RTC, "token_expire": "2 hours"}))
