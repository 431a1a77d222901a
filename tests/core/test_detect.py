"""Format detection, repairs of pasted text, and the reasons given for text that is no token."""

from __future__ import annotations

import base64
import zlib

import pytest

from agora_token_gui.core import access_token2, detect, signaling
from agora_token_gui.core.build import build
from agora_token_gui.core.detect import REPAIRED_URL_ENCODING, REPAIRED_WHITESPACE
from agora_token_gui.core.errors import MalformedTokenError, UnknownFormatError
from tests.tokens import APP, CERT

# A 007 token whose Base64 has '+', '/' and '=' (so every URL repair has something to undo).
TOKEN = build(
    {
        "format": "007",
        "builder": "rtm",
        "app_id": APP,
        "app_certificate": CERT,
        "user_id": "u",
        "expire": 600,
        "issue_ts": 1111111,
        "salt": 2,
    }
).token
assert "+" in TOKEN
assert "/" in TOKEN
assert TOKEN.endswith("=")


def sentence(message: str) -> bool:
    return bool(message) and message[0].isupper() and message.endswith(".") and "\n" not in message


def codes(text: str) -> list[str]:
    decoded = detect.decode(text)
    assert decoded.text == TOKEN
    assert all(sentence(r.message) for r in decoded.repairs)
    return [r.code for r in decoded.repairs]


def test_a_clean_token_needs_no_repair() -> None:
    assert codes(TOKEN) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  " + TOKEN + "\n", [REPAIRED_WHITESPACE]),
        ('"' + TOKEN + '"', [REPAIRED_WHITESPACE]),
        ("'" + TOKEN + "'", [REPAIRED_WHITESPACE]),
        ("\u201c" + TOKEN + "\u201d", [REPAIRED_WHITESPACE]),
        ("`" + TOKEN + "`", [REPAIRED_WHITESPACE]),
        (' "' + TOKEN + '" ', [REPAIRED_WHITESPACE, REPAIRED_WHITESPACE]),
        (TOKEN[:40] + "\n" + TOKEN[40:80] + "\r\n" + TOKEN[80:], [REPAIRED_WHITESPACE]),
        (
            TOKEN.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"),
            [REPAIRED_URL_ENCODING],
        ),
        (TOKEN.replace("+", "%2b").replace("/", "%2f"), [REPAIRED_URL_ENCODING]),
        (TOKEN.replace("+", " "), [REPAIRED_URL_ENCODING]),
        ("\t" + TOKEN.replace("+", " ") + "\n", [REPAIRED_WHITESPACE, REPAIRED_URL_ENCODING]),
    ],
    ids=[
        "whitespace",
        "double quotes",
        "single quotes",
        "smart quotes",
        "backticks",
        "spaces and quotes",
        "line breaks",
        "percent-encoding",
        "lower-case percent-encoding",
        "spaces for plus",
        "whitespace and spaces for plus",
    ],
)
def test_repairs_are_made_and_reported(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_repair_messages_count_what_they_changed() -> None:
    pluses = TOKEN.count("+")
    (repair,) = detect.decode(TOKEN.replace("+", " ")).repairs
    assert repair.message.startswith(f"Turned {pluses} space")
    (one,) = detect.decode(TOKEN[:9] + "\n" + TOKEN[9:]).repairs
    assert one.message == "Removed 1 line break or tab inside the token."


def test_spaces_are_only_turned_into_plus_for_base64_formats() -> None:
    decoded = detect.decode("1:abc def:1:" + "0" * 32)
    assert (decoded.token.app_id, decoded.repairs) == ("abc def", ())


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("hello world", "not an Agora token"),
        ("xyz" * 40, "not an Agora token"),
        ("0" * 89, "89 hexadecimal characters"),
        ("1" * 103, "103 hexadecimal characters"),  # 103 digits but no 004 prefix
        ("0" * 112, "112 hexadecimal characters"),
    ],
)
def test_unknown_formats_say_what_was_expected(text: str, words: str) -> None:
    with pytest.raises(UnknownFormatError) as caught:
        detect.decode(text)
    message = str(caught.value)
    assert words in message, message
    assert sentence(message), message


def test_a_long_unknown_text_is_shown_shortened() -> None:
    with pytest.raises(UnknownFormatError) as caught:
        detect.decode("x" * 500)
    assert "'xxxxxxxxxxxx…'" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("007", "middle of its zlib stream"),
        ("007eJ", "not a multiple of 4"),
        ("007eJx$", "not Base64 ('$') at position 3"),
        ("007AAAA", "not valid zlib data"),
        ("007" + base64.b64encode(zlib.compress(b"\x20\x00abc")).decode(), "ends early"),
        ("007" + base64.b64encode(zlib.compress(b"x" * 10)[:-3]).decode(), "zlib"),
        ("007AA==AAAA", "padding at position 2"),
        ("006" + APP, "only 35 characters"),
        ("006" + APP + "AAAA", "ends early"),
        ("005AAAA", "ends early"),
        ("003" + "0" * 90 + "a" * 10 + "0" * 10, "uid of a DynamicKey3"),
        ("004" + "0" * 90 + "a" * 10, "expired_ts"),
        ("1:abc:12:" + "0" * 31, "signaling token looks like"),
        ("1:abc:" + "9" * 21 + ":" + "0" * 32, "21 digits"),
        ("1:abc:" + "9" * 5000 + ":" + "0" * 32, "5000 digits"),
    ],
)
def test_malformed_tokens_say_why(text: str, words: str) -> None:
    with pytest.raises(MalformedTokenError) as caught:
        detect.decode(text)
    message = str(caught.value)
    assert words in message, message
    assert sentence(message), message


def test_lone_surrogates_in_a_006_app_id_are_rejected() -> None:
    """Regression (fuzz): Python turns undecodable argv bytes into lone surrogates, which then
    crashed verification of a 006 token with UnicodeEncodeError."""
    token = build(
        {
            "format": "006",
            "builder": "simple",
            "app_id": APP,
            "app_certificate": CERT,
            "channel_name": "c",
            "uid": 1,
            "role": 1,
        }
    ).token
    with pytest.raises(MalformedTokenError, match="position 5"):
        detect.decode(token[:5] + "\udcff" + token[6:])


def test_lone_surrogates_in_a_signaling_app_id_are_rejected() -> None:
    """Regression (fuzz): to_json output and verification could not be encoded as UTF-8."""
    with pytest.raises(MalformedTokenError, match="position 3"):
        signaling.decode("1:a\udcffb:12:" + "0" * 32)


def test_a_huge_signaling_expiry_is_rejected_not_a_crash() -> None:
    """Regression (fuzz): int() of more than 4300 digits raised ValueError."""
    with pytest.raises(MalformedTokenError):
        signaling.decode("1:abc:" + "9" * 4301 + ":" + "0" * 32)
    assert signaling.decode("1:abc:" + "9" * 20 + ":" + "0" * 32).expired_ts == 10**20 - 1


def test_detection_order_puts_fixed_width_hex_before_prefixes() -> None:
    """A DynamicKey v1/v2 may itself start with 003-007 (token-formats.md §9)."""
    dk2 = "007" + "1" * 107
    dk1 = "005" + "1" * 87
    assert detect.decode(dk2).format == "002"
    assert detect.decode(dk1).format == "001"
    assert detect.decode("003" + "1" * 110).format == "003"


def test_decoded_format_names_and_json() -> None:
    decoded = detect.decode(TOKEN)
    assert (decoded.format, decoded.format_name) == ("007", "AccessToken2")
    data = detect.to_json(decoded)
    assert data["expires_at"] == 1111111 + 600
    assert "repairs" not in data
    repaired = detect.to_json(detect.decode(" " + TOKEN))
    assert repaired["repairs"] == [
        {"code": REPAIRED_WHITESPACE, "message": "Removed whitespace around the token."}
    ]


def test_unknown_service_types_stop_parsing_but_keep_the_bytes() -> None:
    services = [
        access_token2.Service(1, {1: 5}, channel_name="c", uid="1"),
        access_token2.Service(77, {1: 1}),
        access_token2.Service(300, {}),
    ]
    token = access_token2.encode(APP, CERT, services, issue_ts=1, expire=2, salt=3)
    decoded = access_token2.decode(token)
    assert decoded.stopped_at_unknown_service_type == 77
    assert [s.type for s in decoded.services] == [1]
    assert decoded.unparsed == services[1].pack() + services[2].pack()
    assert access_token2.verify(decoded, CERT)
    data = detect.to_json(decoded)
    assert (data["stopped_at_unknown_service_type"], data["unparsed_bytes"]) == (77, 14)


def test_trailing_bytes_are_reported_and_not_signed_away() -> None:
    token = access_token2.encode(
        APP, CERT, [access_token2.Service(4, {1: 0})], issue_ts=1, expire=2, salt=3
    )
    payload = zlib.decompress(base64.b64decode(token[3:])) + b"\x01\x02"
    longer = "007" + base64.b64encode(zlib.compress(payload)).decode()
    decoded = access_token2.decode(longer)
    assert decoded.trailing == b"\x01\x02"
    assert detect.to_json(decoded)["trailing_hex"] == "0102"
    assert not access_token2.verify(decoded, CERT)  # the trailing bytes are inside the HMAC
