"""Finding the token in whatever was pasted: URLs, log lines, JSON, quotes, wrapped lines (#9)."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from agora_token_gui.core import detect
from agora_token_gui.core.detect import EXTRACTED, REPAIRED_BASE64
from agora_token_gui.core.errors import MalformedTokenError, UnknownFormatError
from tests.core.test_detect import TOKEN, sentence
from tests.tokens import make, rtc

OTHER = rtc()  # a second, different 007 token
DK4 = make(
    {
        "format": "004",
        "builder": "media_channel",
        "channel_name": "c",
        "uid": 5,
        "unix_ts": 1_700_000_000,
        "random_int": 1,
        "expired_ts": 0,
    }
)
SIGNALING = make({"format": "signaling", "account": "alice", "expired_ts": 1_700_003_600})
ENCODED = urllib.parse.quote(TOKEN, safe="")
assert "%2B" in ENCODED
assert TOKEN.endswith("==")


def wrapped(token: str, width: int, prefix: str = "> ") -> str:
    return "\n".join(prefix + token[i : i + width] for i in range(0, len(token), width))


CASES = [
    (
        "URL query, percent-encoded",
        f"https://example.com/join?channel=demo&token={ENCODED}&uid=1234",
        TOKEN,
        [
            "Found a 007 token in a URL's `token` parameter.",
            "Undid URL percent-encoding (%2B, %2F, %3D).",
        ],
    ),
    (
        "URL fragment",
        f"https://example.com/app#/room?uid=1&token={TOKEN}",
        TOKEN,
        ["Found a 007 token in a URL's `token` fragment parameter."],
    ),
    (
        "log line",
        f"2026-12-06 10:00:01 INFO join channel=demo token={TOKEN} uid=1234",
        TOKEN,
        ["Found a 007 token in a log line's `token` field."],
    ),
    (
        "JSON snippet with escaped slashes",
        json.dumps({"channel": "demo", "token": TOKEN, "uid": 1234}).replace("/", "\\/"),
        TOKEN,
        [
            "Found a 007 token in a JSON snippet's `token` field.",
            "Undid JSON's '\\/' escaping of '/'.",
        ],
    ),
    (
        "quoted string in a sentence",
        f"The customer says the token “{TOKEN}” fails.",
        TOKEN,
        ["Found a 007 token in quotes."],
    ),
    (
        "e-mail line wrapping",
        "Hi,\n\nhere it is:\n" + wrapped(TOKEN, 40) + "\n\nThanks, Ann",
        TOKEN,
        [
            "Found a 007 token in the text.",
            f"Joined {(len(TOKEN) + 39) // 40} lines: the token had been wrapped (as e-mail does).",
        ],
    ),
    (
        "one stray space",
        TOKEN[:50] + " " + TOKEN[50:],
        TOKEN,
        ["Removed 1 stray space inside the token."],
    ),
    (
        "URL-safe Base64",
        TOKEN.replace("+", "-").replace("/", "_"),
        TOKEN,
        ["Turned URL-safe Base64 ('-' and '_') back into the '+' and '/' tokens use."],
    ),
    (
        "missing padding",
        TOKEN.rstrip("="),
        TOKEN,
        ["Added the missing '==' padding at the end."],
    ),
    (
        "a DynamicKey4 key in a log line",
        f"[agora] key: {DK4} (media)",
        DK4,
        ["Found a DynamicKey4 key in a log line's `key` field."],
    ),
    (
        "a signaling token in a URL",
        f"https://x.test/login?account=alice&token={SIGNALING}",
        SIGNALING,
        ["Found a signaling token in a URL's `token` parameter."],
    ),
]


@pytest.mark.parametrize(("name", "text", "token", "messages"), CASES, ids=[c[0] for c in CASES])
def test_the_token_is_found_and_each_repair_said(
    name: str, text: str, token: str, messages: list[str]
) -> None:
    decoded = detect.decode(text)
    assert decoded.text == token
    assert [r.message for r in decoded.repairs] == messages
    assert all(sentence(r.message) for r in decoded.repairs)
    assert decoded.alternatives == ()


def test_missing_padding_of_one() -> None:
    token = next(t for t in (rtc(salt=s) for s in range(1, 40)) if t.endswith("=") and t[-2] != "=")
    decoded = detect.decode(token.rstrip("="))
    assert decoded.text == token
    assert [r.code for r in decoded.repairs] == [REPAIRED_BASE64]
    assert decoded.repairs[0].message == "Added the missing '=' padding at the end."


def test_two_tokens_are_both_offered() -> None:
    text = f"old: {OTHER}\nnew: {TOKEN}\n"
    decoded = detect.decode(text)
    assert decoded.text == OTHER
    assert decoded.repairs[-1].code == EXTRACTED
    assert "holds 2 tokens" in decoded.repairs[-1].message
    (other,) = decoded.alternatives
    assert other.text == TOKEN
    assert other.repairs[0].message == "Found a 007 token in a log line's `new` field."
    assert [d.text for d in detect.find_all(text)] == [OTHER, TOKEN]
    data = detect.to_json(decoded)
    assert data["other_tokens"] == [
        {"format": "007", "token": TOKEN, "repairs": [other.repairs[0].message]}
    ]


def test_the_same_token_twice_is_one_token() -> None:
    decoded = detect.decode(f"token={TOKEN} and again token={TOKEN}")
    assert decoded.alternatives == ()


@pytest.mark.parametrize(
    "text",
    [
        "INFO joined channel demo with uid=1234 at 12:00",
        '{"channel": "demo", "uid": 1234}',
        "https://example.com/join?channel=demo&uid=1",
        "Hello,\nthe token does not work.\n> 007 is my favourite film",
    ],
)
def test_texts_without_a_token_get_a_clear_sentence_and_no_guess(text: str) -> None:
    with pytest.raises(UnknownFormatError) as caught:
        detect.decode(text)
    message = str(caught.value)
    assert sentence(message)
    assert "holds none" in message
    assert detect.find_all(text) == ()


def test_a_damaged_token_inside_text_is_named_with_its_reason() -> None:
    with pytest.raises(MalformedTokenError) as caught:
        detect.decode(f"token={TOKEN[:-9]} uid=1234")
    message = str(caught.value)
    assert message.startswith("Found what looks like a 007 token in a log line's `token` field")
    assert sentence(message)


def test_a_whole_damaged_token_keeps_its_own_reason() -> None:
    with pytest.raises(MalformedTokenError, match=r"^The AccessToken2 body is"):
        detect.decode(TOKEN[:-9])


def test_detection_is_one_table() -> None:
    assert [f.code for f in detect.FORMATS] == [
        "signaling",
        "001",
        "002",
        "003",
        "004",
        "007",
        "006",
        "005",
        "whiteboard",
        "stream_key",
    ]
    assert set(detect.FORMAT_NAMES) == {f.code for f in detect.FORMATS}
