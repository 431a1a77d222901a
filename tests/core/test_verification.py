"""``verification.verify``: what each format needs, its messages, and regressions from fuzzing."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from agora_token_gui.core import detect
from agora_token_gui.core.build import build
from agora_token_gui.core.errors import InvalidInputError
from agora_token_gui.core.verification import NEEDS, VerifyInputs, verify

APP = "970ca35de60c44645bbae8a215061b33"
CERT = "5cfd2fd1755d40ecb72977518be15d3b"
LEGACY: dict[str, Any] = {
    "channel_name": "room",
    "uid": 7,
    "expired_ts": 0,
    "unix_ts": 10,
    "random_int": 11,
}


def token(format_: str, builder: str | None = None, **fields: Any) -> detect.Decoded:
    data: dict[str, Any] = {"format": format_, "app_id": APP, "app_certificate": CERT, **fields}
    if builder:
        data["builder"] = builder
    return detect.decode(build(data).token)


def sentence(message: str) -> bool:
    return bool(message) and message[0].isupper() and message.endswith(".")


@pytest.mark.parametrize(
    ("decoded", "missing", "field"),
    [
        (
            token("006", "simple", channel_name="c", uid=1, role=1),
            {"channel_name": None},
            "channel_name",
        ),
        (
            token("006", "simple", channel_name="c", uid=1, role=1),
            {"uid": None, "account": None},
            "uid",
        ),
        (token("005", "recording", **LEGACY), {"uid": None}, "uid"),
        (token("004", "recording", **LEGACY), {"channel_name": None}, "channel_name"),
        (token("003", **LEGACY), {"channel_name": None}, "channel_name"),
        (token("001", channel_name="c"), {"channel_name": None}, "channel_name"),
        (token("signaling", account="a", expired_ts=1), {"account": None}, "account"),
    ],
)
def test_missing_inputs_are_named(
    decoded: detect.Decoded, missing: dict[str, Any], field: str
) -> None:
    inputs = {"app_certificate": CERT, "channel_name": "c", "uid": 1, "account": "a", **missing}
    if inputs["uid"] is not None and inputs["account"] is not None:
        inputs["account"] = None
    with pytest.raises(InvalidInputError) as caught:
        verify(decoded, VerifyInputs(**inputs))
    assert caught.value.field == field
    assert sentence(str(caught.value))
    assert field in NEEDS[decoded.format] or (field == "uid" and decoded.format == "006")


@pytest.mark.parametrize("certificate", ["", "abc", "g" * 32, CERT + "0"])
def test_a_bad_certificate_is_an_input_error(certificate: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        verify(token("007", "fpa"), VerifyInputs(certificate))
    assert caught.value.field == "app_certificate"
    assert sentence(str(caught.value))


@pytest.mark.parametrize("uid", [-1, 2**32])
def test_uid_out_of_range(uid: int) -> None:
    for decoded in (
        token("005", "recording", **LEGACY),
        token("006", "simple", channel_name="c", uid=1, role=1),
    ):
        with pytest.raises(InvalidInputError, match="from 0 to 4294967295"):
            verify(decoded, VerifyInputs(CERT, "room", uid))


def test_006_says_which_input_does_not_match() -> None:
    decoded = token("006", "rtc_uid", channel_name="room", uid=42, role=1, privilege_expired_ts=0)
    good = verify(decoded, VerifyInputs(CERT, "room", 42))
    assert good.valid
    assert good.checks[0].endswith("matches the token")
    wrong_uid = verify(decoded, VerifyInputs(CERT, "room", 43))
    assert (wrong_uid.valid, wrong_uid.mismatched) == (False, ("uid",))
    assert "the uid given here" in wrong_uid.message
    both = verify(decoded, VerifyInputs(CERT, "hall", 43))
    assert both.mismatched == ("channel_name", "uid")
    assert "neither" in both.message
    other_cert = verify(decoded, VerifyInputs("0" * 32, "room", 42))
    assert other_cert.mismatched == ()
    assert "App Certificate is not the one" in other_cert.message
    assert verify(decoded, VerifyInputs(CERT, "room", account="42")).valid


def test_dk4_reports_the_service_it_was_made_for() -> None:
    decoded = token("004", "public_sharing", **LEGACY)
    result = verify(decoded, VerifyInputs(CERT, "room", 7))
    assert (result.valid, result.service_tag) == (True, "APSS")
    assert "public sharing key (APSS)" in result.message
    assert not verify(decoded, VerifyInputs(CERT, "room", 8)).valid


def test_dk5_ignores_the_case_of_the_certificate() -> None:
    decoded = token("005", "media_channel", **LEGACY)
    assert verify(decoded, VerifyInputs(CERT.upper(), "room", 7)).valid
    assert not verify(token("007", "fpa"), VerifyInputs(CERT.upper())).valid  # 007 does not


@pytest.mark.parametrize(
    ("format_", "builder", "signature_at"),
    [
        ("005", "media_channel", None),
        ("004", "recording", 3),
        ("003", None, 3),
        ("002", None, 0),
        ("001", None, 0),
    ],
)
def test_a_signature_in_the_other_letter_case_is_not_valid(
    format_: str, builder: str | None, signature_at: int | None
) -> None:
    """Regression: hex signatures were compared case-insensitively, so a changed byte verified."""
    fields = (
        LEGACY if format_ != "001" else {"channel_name": "room", "unix_ts": 10, "random_int": 11}
    )
    decoded = token(format_, builder, **fields)
    inputs = VerifyInputs(CERT, "room", 7)
    assert verify(decoded, inputs).valid
    text = decoded.text
    if signature_at is None:  # DynamicKey5: the upper-case signature sits inside the Base64
        body = bytearray(base64.b64decode(text[3:]))
        index = next(i for i in range(4, 44) if chr(body[i]).isalpha())
        body[index] = ord(chr(body[index]).lower())
        changed = "005" + base64.b64encode(bytes(body)).decode()
    else:
        index = next(i for i in range(signature_at, signature_at + 40) if text[i].isalpha())
        changed = text[:index] + text[index].upper() + text[index + 1 :]
    assert not verify(detect.decode(changed), inputs).valid


@pytest.mark.parametrize(
    ("decoded", "inputs", "field"),
    [
        (
            token("006", "simple", channel_name="c", uid=1, role=1),
            VerifyInputs(CERT, "\udcff", 1),
            "channel_name",
        ),
        (
            token("006", "simple", channel_name="c", uid=1, role=1),
            VerifyInputs(CERT, "c", None, "a\udc80"),
            "account",
        ),
        (token("005", "recording", **LEGACY), VerifyInputs(CERT, "x\ud800", 7), "channel_name"),
        (token("001", channel_name="c"), VerifyInputs(CERT, "\udcff"), "channel_name"),
        (
            token("signaling", account="a", expired_ts=1),
            VerifyInputs(CERT, account="\udcff"),
            "account",
        ),
    ],
)
def test_inputs_that_are_not_unicode_are_input_errors(
    decoded: detect.Decoded, inputs: VerifyInputs, field: str
) -> None:
    """Regression (fuzz): lone surrogates (undecodable argv bytes) raised UnicodeEncodeError."""
    with pytest.raises(InvalidInputError) as caught:
        verify(decoded, inputs)
    assert caught.value.field == field
    assert "not valid Unicode" in str(caught.value)


def test_messages_are_sentences_for_every_format() -> None:
    for decoded in (
        token("007", "fpa"),
        token("006", "simple", channel_name="room", uid=7, role=1),
        token("005", "recording", **LEGACY),
        token("004", "recording", **LEGACY),
        token("003", **LEGACY),
        token("002", **LEGACY),
        token("001", channel_name="room"),
        token("signaling", account="room", expired_ts=1),
    ):
        good = VerifyInputs(CERT, "room", 7, "room" if decoded.format == "signaling" else None)
        bad = VerifyInputs(
            "1" + CERT[1:], "hall", 8, "hall" if decoded.format == "signaling" else None
        )
        for inputs, valid in ((good, True), (bad, False)):
            result = verify(decoded, inputs)
            assert result.valid is valid, result.message
            assert sentence(result.message), result.message
