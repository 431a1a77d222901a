"""diagnose(): one test per finding code, the verdicts, 006 / legacy paths and the report."""

from __future__ import annotations

import dataclasses
import json
import urllib.parse

import pytest

from agora_token_gui.core import errorcodes
from agora_token_gui.core.diagnose import (
    ACCEPTED,
    REJECTED,
    UNKNOWN,
    Context,
    diagnose,
    support_report,
)
from agora_token_gui.core.errors import InvalidInputError
from tests.fuzz import VECTORS
from tests.tokens import APP, CERT, T, make, rtc

OTHER_CERT = "abcdef0123456789abcdef0123456789"


FULL = Context(
    app_id=APP,
    app_certificate=CERT,
    channel_name="demo",
    uid=123,
    action="rtc-join",
    at=T + 60,
)


def ctx(**changes: object) -> Context:
    return dataclasses.replace(FULL, **changes)  # type: ignore[arg-type]


def codes(token: str, context: Context = FULL) -> list[str]:
    return list(diagnose(token, context).codes)


TOKEN = rtc()
TOKEN_006 = make(
    {
        "format": "006",
        "builder": "rtc_uid",
        "channel_name": "demo",
        "uid": 123,
        "role": 1,
        "privilege_expired_ts": T + 3600,
    }
)

# (code, token, context): the context produces exactly that one finding for that token.
CASES: list[tuple[str, str, Context]] = [
    ("malformed", TOKEN[:40], FULL),
    ("repaired_whitespace", f'  "{TOKEN[:50]}\n{TOKEN[50:]}"\n', FULL),
    ("repaired_url_encoding", urllib.parse.quote(TOKEN, safe=""), FULL),
    ("legacy_format", TOKEN_006, FULL),
    ("app_id_mismatch", TOKEN, ctx(app_id="0123456789abcdef0123456789abcdef")),
    ("signature_invalid", TOKEN, ctx(app_certificate=OTHER_CERT)),
    ("certificate_case", TOKEN, ctx(app_certificate=CERT.swapcase())),
    ("channel_mismatch", TOKEN, ctx(channel_name="Demo")),
    ("uid_mismatch", TOKEN, ctx(uid=456)),
    ("uid_type_mismatch", TOKEN, ctx(uid=None, account="alice")),
    ("wildcard_uid", rtc(uid=0), ctx(uid=987)),
    ("expired", rtc(token_expire=600), ctx(at=T + 700)),
    ("not_yet_valid", TOKEN, ctx(at=T - 120)),
    ("privilege_expired", rtc(privilege_expire=600), ctx(at=T + 700)),
    ("missing_privilege", rtc(role=2), ctx(action="rtc-publish")),
    ("missing_service", TOKEN, ctx(action="rtm-login")),
    ("expires_soon", TOKEN, ctx(at=T + 3600 - 10)),
    ("lifetime_over_24h", rtc(token_expire=90_000, privilege_expire=90_000), FULL),
    ("privilege_no_limit", rtc(privilege_expire=0), FULL),
    ("error_code", TOKEN, ctx(error_code="109")),
]
ERROR_CODES = {
    "malformed",
    "app_id_mismatch",
    "signature_invalid",
    "certificate_case",
    "channel_mismatch",
    "uid_mismatch",
    "uid_type_mismatch",
    "expired",
    "not_yet_valid",
    "privilege_expired",
    "missing_privilege",
    "missing_service",
}


def test_every_code_in_the_issue_has_a_case() -> None:
    issue_codes = {
        *ERROR_CODES,
        "repaired_whitespace",
        "repaired_url_encoding",
        "legacy_format",
        "wildcard_uid",
        "expires_soon",
        "lifetime_over_24h",
        "privilege_no_limit",
        "error_code",
    }
    assert {code for code, _, _ in CASES} == issue_codes


@pytest.mark.parametrize(("code", "token", "context"), CASES, ids=[c[0] for c in CASES])
def test_each_code_is_produced_alone(code: str, token: str, context: Context) -> None:
    result = diagnose(token, context)
    assert list(result.codes) == [code]
    finding = result.findings[0]
    assert finding.message.endswith(".")
    assert finding.fix
    expected = REJECTED if code in ERROR_CODES else ACCEPTED
    assert (finding.severity == "error") == (code in ERROR_CODES)
    assert result.verdict == expected


def test_valid_token_with_full_context_is_accepted() -> None:
    result = diagnose(TOKEN, FULL)
    assert (result.verdict, result.findings, result.format) == (ACCEPTED, (), "007")


def test_without_certificate_the_verdict_is_unknown() -> None:
    result = diagnose(TOKEN, ctx(app_certificate=None))
    assert (result.verdict, result.findings) == (UNKNOWN, ())
    assert any("App Certificate" in note for note in result.notes)


def test_without_channel_or_uid_the_verdict_is_unknown() -> None:
    assert diagnose(TOKEN, ctx(channel_name=None)).verdict == UNKNOWN
    assert diagnose(TOKEN, ctx(uid=None)).verdict == UNKNOWN


def test_an_error_finding_rejects_even_without_certificate() -> None:
    result = diagnose(rtc(token_expire=600), Context(at=T + 700))
    assert result.verdict == REJECTED
    assert "expired" in result.codes


def test_json_form_is_exactly_verdict_format_findings() -> None:
    data = diagnose(rtc(token_expire=600), ctx(at=T + 700)).to_json()
    assert list(data) == ["verdict", "format", "findings"]
    assert data["verdict"] == "rejected"
    assert data["format"] == "007"
    findings = data["findings"]
    assert isinstance(findings, list)
    assert [list(f) for f in findings if isinstance(f, dict)] == [
        ["code", "severity", "message", "fix"]
    ]
    json.dumps(data)  # serialisable as is


def test_messages_carry_the_concrete_values() -> None:
    (expired,) = diagnose(rtc(token_expire=600), ctx(at=T + 700)).findings
    assert "2023-11-14 22:23:20 UTC" in expired.message
    assert "1 min 40 s before" in expired.message
    (channel,) = diagnose(TOKEN, ctx(channel_name="Demo")).findings
    assert "'demo'" in channel.message
    assert "'Demo'" in channel.message
    assert "letter case" in channel.message
    (uid,) = diagnose(TOKEN, ctx(uid=456)).findings
    assert "'123'" in uid.message
    assert "456" in uid.message


def test_findings_are_ordered_errors_first() -> None:
    token = rtc(privilege_expire=0, token_expire=600)
    result = diagnose(f" {token} ", ctx(at=T + 700, channel_name="x", error_code="110"))
    severities = [f.severity for f in result.findings]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert result.codes[:2] == ("expired", "channel_mismatch")


def test_numeric_uid_matches_a_string_account_with_the_same_text() -> None:
    assert codes(TOKEN, ctx(uid=None, account="123")) == []
    account_token = make(
        {
            "format": "007",
            "builder": "rtc_account",
            "channel_name": "demo",
            "account": "123",
            "role": 1,
            "token_expire": 3600,
            "privilege_expire": 3600,
        }
    )
    assert codes(account_token, FULL) == []


def test_certificate_case_says_which_case_verifies() -> None:
    upper_token = rtc(app_certificate=CERT.upper())
    (finding,) = diagnose(upper_token, ctx(app_id=APP, app_certificate=CERT.lower())).findings
    assert finding.code == "certificate_case"
    assert "in upper case" in finding.message
    assert CERT.upper() not in finding.message


def test_string_account_token_against_numeric_uid_is_a_type_mismatch() -> None:
    account_token = make(
        {
            "format": "007",
            "builder": "rtc_account",
            "channel_name": "demo",
            "account": "alice",
            "role": 1,
            "token_expire": 3600,
            "privilege_expire": 3600,
        }
    )
    (finding,) = diagnose(account_token, FULL).findings
    assert finding.code == "uid_type_mismatch"
    assert "'alice'" in finding.message
    assert "the number 123" in finding.message


def test_uid_zero_in_the_app_needs_a_wildcard_token() -> None:
    assert codes(TOKEN, ctx(uid=0)) == ["uid_mismatch"]
    assert codes(rtc(uid=0), ctx(uid=0)) == ["wildcard_uid"]


def test_publish_needs_audio_and_video_but_not_data() -> None:
    token = make(
        {
            "format": "007",
            "builder": "rtc_uid_privileges",
            "channel_name": "demo",
            "uid": 123,
            "token_expire": 3600,
            "join_channel_privilege_expire": 3600,
            "pub_audio_privilege_expire": 3600,
            "pub_video_privilege_expire": 3600,
            "pub_data_stream_privilege_expire": 3600,
        }
    )
    assert codes(token, ctx(action="rtc-publish")) == []
    (finding,) = diagnose(rtc(role=2), ctx(action="rtc-publish")).findings
    assert "publishAudioStream (2) and publishVideoStream (3)" in finding.message
    assert "subscriber" in finding.message


def test_privilege_expired_names_the_privilege() -> None:
    (finding,) = diagnose(rtc(privilege_expire=600), ctx(at=T + 700)).findings
    assert "joinChannel (1) lapsed at 2023-11-14 22:23:20 UTC" in finding.message


def test_a_token_that_expired_is_not_also_reported_for_its_privileges() -> None:
    assert codes(rtc(token_expire=600, privilege_expire=600), ctx(at=T + 700)) == ["expired"]


def test_rtm_login_checks_the_user_id() -> None:
    token = make({"format": "007", "builder": "rtm", "user_id": "bob", "expire": 3600})
    login = Context(app_id=APP, app_certificate=CERT, account="bob", action="rtm-login", at=T)
    assert diagnose(token, login).verdict == ACCEPTED
    assert codes(token, dataclasses.replace(login, account="eve")) == ["uid_mismatch"]
    assert diagnose(token, dataclasses.replace(login, account=None)).verdict == UNKNOWN


def test_without_an_action_the_product_comes_from_the_token() -> None:
    token = make({"format": "007", "builder": "rtm", "user_id": "bob", "expire": 3600})
    result = diagnose(token, Context(app_certificate=CERT, account="bob", at=T))
    assert result.verdict == ACCEPTED
    assert "checked as rtm-login" in result.notes[0]


def test_chat_user_and_app_tokens() -> None:
    user = make({"format": "007", "builder": "chat_user", "user_id": "u1", "expire": 600})
    app = make({"format": "007", "builder": "chat_app", "expire": 600})
    chat = Context(app_certificate=CERT, action="chat", at=T)
    assert diagnose(app, chat).verdict == ACCEPTED
    assert diagnose(user, dataclasses.replace(chat, account="u1")).verdict == ACCEPTED
    assert codes(app, dataclasses.replace(chat, account="u1")) == ["missing_privilege"]
    assert codes(user, dataclasses.replace(chat, account="u2")) == ["uid_mismatch"]


def test_fpa_token_has_no_separate_privilege_limit() -> None:
    token = make({"format": "007", "builder": "fpa"})
    result = diagnose(token, Context(app_certificate=CERT, action="fpa", at=T))
    assert (result.verdict, result.codes) == (ACCEPTED, ("privilege_no_limit",))


def test_two_rtc_services_agora_keeps_the_last() -> None:
    """Issue 14 item 8: Agora's parsers keep services in a map by type, so the last one wins."""
    token = make(
        {
            "format": "007",
            "builder": "services",
            "expire": 3600,
            "services": [
                {"type": 1, "channel_name": "demo", "uid": "1", "privileges": {"1": 3600}},
                {"type": 1, "channel_name": "other", "uid": "2", "privileges": {"1": 3600}},
            ],
        }
    )
    assert codes(token, ctx(channel_name="other", uid=2)) == ["duplicate_service"]
    result = diagnose(token, ctx(channel_name="demo", uid=1))
    assert result.verdict == REJECTED  # it used to be accepted for the first service
    assert "channel_mismatch" in result.codes
    (duplicate,) = [f for f in result.findings if f.code == "duplicate_service"]
    assert "keeps only the last one (channel_name 'other', uid '2')" in duplicate.message


# --- 006 --------------------------------------------------------------------------------


def test_006_checks_the_channel_crc_without_uid_or_certificate() -> None:
    result = diagnose(TOKEN_006, Context(channel_name="other", action="rtc-join", at=T))
    assert result.verdict == REJECTED
    assert "channel_mismatch" in result.codes
    assert "CRC-32" in result.findings[0].message


def test_006_uid_crc_and_signature() -> None:
    assert codes(TOKEN_006, ctx(uid=7)) == ["uid_mismatch", "legacy_format"]
    assert codes(TOKEN_006, ctx(app_certificate=OTHER_CERT)) == [
        "signature_invalid",
        "legacy_format",
    ]
    assert codes(TOKEN_006, ctx(app_certificate=CERT.swapcase())) == [
        "certificate_case",
        "legacy_format",
    ]
    assert diagnose(TOKEN_006, ctx(uid=None)).verdict == UNKNOWN


def test_006_wildcard_uid_verifies_for_any_uid() -> None:
    token = make(
        {
            "format": "006",
            "builder": "rtc_uid",
            "channel_name": "demo",
            "uid": 0,
            "role": 1,
            "privilege_expired_ts": T + 3600,
        }
    )
    result = diagnose(token, ctx(uid=42))
    assert result.verdict == ACCEPTED
    assert set(result.codes) == {"legacy_format", "wildcard_uid"}


def test_006_rtm_token_keeps_the_account_in_the_channel_slot() -> None:
    token = make(
        {
            "format": "006",
            "builder": "rtm",
            "user_account": "bob",
            "role": 1,
            "privilege_expired_ts": T + 3600,
        }
    )
    login = Context(app_id=APP, app_certificate=CERT, account="bob", action="rtm-login", at=T)
    assert diagnose(token, login).verdict == ACCEPTED
    assert codes(token, dataclasses.replace(login, account="eve"))[0] == "uid_mismatch"
    assert codes(TOKEN_006, dataclasses.replace(login, channel_name="demo"))[0] == (
        "missing_service"
    )


def test_006_privileges_are_absolute_and_zero_means_never() -> None:
    assert codes(TOKEN_006, ctx(at=T + 3700))[0] == "privilege_expired"
    never = make(
        {
            "format": "006",
            "builder": "simple",
            "channel_name": "demo",
            "uid": 123,
            "role": 3,
        }
    )
    assert set(codes(never, ctx(at=T + 3700))) == {"legacy_format", "privilege_no_limit"}
    assert codes(never, ctx(action="rtc-publish"))[0] == "missing_privilege"


# --- dynamic keys and signaling ---------------------------------------------------------


def test_dynamic_key5_needs_channel_and_uid_and_is_legacy() -> None:
    key = make(
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
    result = diagnose(key, FULL)
    assert (result.verdict, result.codes) == (ACCEPTED, ("legacy_format",))
    assert result.findings[0].severity == "warning"
    assert codes(key, ctx(channel_name="other"))[0] == "signature_invalid"
    assert diagnose(key, ctx(uid=None)).verdict == UNKNOWN
    assert codes(key, ctx(action="chat"))[0] == "missing_service"


def test_dynamic_key3_carries_its_uid() -> None:
    key = make(
        {
            "format": "003",
            "channel_name": "demo",
            "uid": 123,
            "unix_ts": T,
            "random_int": 1,
            "expired_ts": 0,
        }
    )
    assert codes(key, FULL) == ["legacy_format"]
    assert codes(key, ctx(uid=5))[0] == "uid_mismatch"
    assert codes(key, ctx(uid=None, account="bob"))[0] == "uid_type_mismatch"


def test_signaling_token_checks_the_account() -> None:
    token = make({"format": "signaling", "account": "bob", "expired_ts": T + 3600})
    login = Context(app_certificate=CERT, account="bob", action="rtm-login", at=T)
    assert codes(token, login) == ["legacy_format"]
    assert codes(token, dataclasses.replace(login, account="eve"))[0] == "signature_invalid"
    assert codes(token, dataclasses.replace(login, action="rtc-join"))[0] == "missing_service"


# --- error codes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "context", "name", "explained_by"),
    [
        ("109", ctx(at=T + 3700), "ERR_TOKEN_EXPIRED", "expired"),
        ("-109", ctx(at=T + 3700), "ERR_TOKEN_EXPIRED", "expired"),
        ("110", ctx(channel_name="x"), "ERR_INVALID_TOKEN", "channel_mismatch"),
        ("ERR_INVALID_TOKEN", ctx(uid=5), "ERR_INVALID_TOKEN", "uid_mismatch"),
        ("101", ctx(app_id="0" * 32), "ERR_INVALID_APP_ID", "app_id_mismatch"),
        (
            "119",
            ctx(action="rtc-publish"),
            "ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED",
            "missing_privilege",
        ),
        ("120", FULL, "ERR_DECRYPTION_FAILED", None),
        ("RTM 5", ctx(action="rtm-login"), "LOGIN_ERR_INVALID_TOKEN", "missing_service"),
        ("-10005", ctx(app_certificate=OTHER_CERT), "RTM_ERROR_INVALID_TOKEN", "signature"),
        ("-10009", ctx(at=T + 3700), "RTM_ERROR_TOKEN_EXPIRED", "expired"),
    ],
)
def test_error_codes_name_their_meaning_and_the_findings_behind_them(
    code: str, context: Context, name: str, explained_by: str | None
) -> None:
    token = rtc(role=2) if code == "119" else TOKEN
    result = diagnose(token, dataclasses.replace(context, error_code=code))
    (finding,) = [f for f in result.findings if f.code == "error_code"]
    assert name in finding.message
    if explained_by is None:
        assert "explained here by" not in finding.message
    else:
        assert f"explained here by: {explained_by}" in finding.message


def test_rtm_5_without_rtm_context_mentions_both_meanings() -> None:
    (finding,) = diagnose(TOKEN, ctx(error_code="5")).findings
    assert "ERR_REFUSED" in finding.message
    assert "LOGIN_ERR_INVALID_TOKEN" in finding.message


def test_unknown_error_code_is_not_given_a_meaning() -> None:
    (finding,) = diagnose(TOKEN, ctx(error_code="4242")).findings
    assert "not one this tool knows" in finding.message


def test_error_code_109_without_an_expiry_points_at_the_moment() -> None:
    (finding,) = diagnose(TOKEN, ctx(error_code="109")).findings
    assert "no finding explains it" in finding.message
    assert "moment" in finding.message


def test_malformed_token_with_error_code() -> None:
    result = diagnose("not a token", Context(error_code="110"))
    assert result.codes == ("malformed", "error_code")
    assert result.format is None
    assert result.decoded is None
    assert "'not a token'" in result.findings[0].message


# --- context validation and the clock ----------------------------------------------------


@pytest.mark.parametrize(
    ("context", "field"),
    [
        (Context(app_certificate="xyz"), "app_certificate"),
        (Context(uid=2**32), "uid"),
        (Context(uid=1, account="a"), "account"),
        (Context(action="dance"), "action"),
        (Context(channel_name="bad\udcff"), "channel_name"),
    ],
)
def test_unusable_context_raises(context: Context, field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        diagnose(TOKEN, context)
    assert info.value.field == field


def test_blank_context_fields_count_as_not_given() -> None:
    blank = Context(app_id=" ", app_certificate="", channel_name="", account="", at=T)
    assert diagnose(TOKEN, blank).verdict == UNKNOWN


def test_moment_defaults_to_now() -> None:
    context = ctx(at=None)
    assert diagnose(TOKEN, context, now=T + 60).verdict == ACCEPTED
    assert diagnose(TOKEN, context, now=T + 4000).codes == ("expired",)


# --- support report ---------------------------------------------------------------------


def test_report_never_contains_the_certificate_and_shortens_the_signature() -> None:
    vector_001 = next(
        v for v in json.loads(VECTORS.read_text())["vectors"] if v["id"] == "001-007-rtc"
    )
    token = vector_001["expected_token"]
    context = Context(
        app_id=APP,
        app_certificate=CERT,
        channel_name=CERT.lower(),  # typed into the wrong field: still scrubbed
        uid=2882341273,
        action="rtc-join",
        error_code="110",
    )
    diagnosis = diagnose(token, context, now=1111111 + 10)
    report = support_report(token, context, diagnosis, now=1111111 + 10)
    for variant in (CERT, CERT.lower(), CERT.upper(), CERT.swapcase()):
        assert variant not in report
    assert "16a0b84c…8b1a" in report
    assert "16a0b84c5a5e82cb" not in report
    assert token not in report
    assert "channel_mismatch" in report
    assert "Fix:" in report
    assert "App Certificate  given (left out of this report)" in report


def test_report_for_a_malformed_token() -> None:
    context = Context(app_certificate=CERT)
    diagnosis = diagnose("007abc", context, now=T)
    report = support_report("007abc", context, diagnosis, now=T)
    assert "malformed" in report
    assert "could not be decoded" in report
    assert CERT not in report


@pytest.mark.parametrize(
    ("text", "rtm", "code", "name"),
    [
        ("110", False, 110, "ERR_INVALID_TOKEN"),
        ("-110", False, 110, "ERR_INVALID_TOKEN"),
        ("ERR_NO_AUTHORIZED", False, 110, "ERR_INVALID_TOKEN"),
        ("token_expired", False, 109, "ERR_TOKEN_EXPIRED"),
        ("DYNAMIC_KEY_EXPIRED", False, 118, "ERR_DYNAMIC_KEY_EXPIRED"),
        ("5", True, 5, "LOGIN_ERR_INVALID_TOKEN"),
        ("rtm:6", False, 6, "LOGIN_ERR_TOKEN_EXPIRED"),
        ("5", False, 5, "ERR_REFUSED"),
        ("-10005", False, -10005, "RTM_ERROR_INVALID_TOKEN"),
        ("RTM_ERROR_TOKEN_EXPIRED", False, -10009, "RTM_ERROR_TOKEN_EXPIRED"),
    ],
)
def test_error_code_lookup_forms(text: str, rtm: bool, code: int, name: str) -> None:
    entry = errorcodes.lookup(text, rtm=rtm)
    assert entry is not None
    assert (entry.code, entry.name.split()[0]) == (code, name)


def test_error_code_lookup_does_not_guess() -> None:
    assert errorcodes.lookup("6") is None
    assert errorcodes.lookup("-10010") is None
    assert errorcodes.lookup("SOMETHING_ELSE") is None


def test_certificate_case_finds_a_certificate_changed_in_any_positions() -> None:
    lower = CERT.lower()
    letters = [i for i, c in enumerate(lower) if c.isalpha()]
    mixed = list(lower)
    for position in letters[1::3]:  # every third letter in upper case: no named variant
        mixed[position] = mixed[position].upper()
    mixed_cert = "".join(mixed)
    assert mixed_cert not in (lower, lower.upper(), lower.swapcase())
    token = rtc(app_certificate=mixed_cert)
    (finding,) = diagnose(token, ctx(app_id=APP, app_certificate=lower)).findings
    assert finding.code == "certificate_case"
    positions = ", ".join(str(p + 1) for p in letters[1::3])
    assert f"letters at positions {positions} in the other case" in finding.message
    assert mixed_cert not in finding.message


def test_certificate_case_tries_are_bounded() -> None:
    from agora_token_gui.core.diagnose import CASE_TRIES, _case_variants

    many = "abcdef" * 3 + "ab"  # 20 letters: 2^20 combinations
    variants = list(_case_variants(many))
    assert len(variants) == CASE_TRIES
    assert len(set(variants)) == CASE_TRIES
    assert len(set(_case_variants("ab12cd"))) == 2**4 - 1  # every combination but the given
    assert list(_case_variants("0123456789")) == []  # no letters, nothing to try
