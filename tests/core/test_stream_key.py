"""Media Gateway stream keys (more-formats.md §S): MessagePack widths, round trips, wrong
certificates, damaged keys, and the core working without the ``streamkey`` extra."""

from __future__ import annotations

import contextlib
import struct
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agora_token_gui.core import stream_key
from agora_token_gui.core.errors import InvalidInputError, MalformedTokenError, TokenError
from tests.tokens import CERT

IV = "000102030405060708090a0b0c0d0e0f"
NOW = 1_700_000_000
U32 = 2**32 - 1

hex32 = st.text(alphabet="0123456789abcdefABCDEF", min_size=32, max_size=32)
unicode_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


# --- MessagePack widths (§S2) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "packed"),
    [
        (0, "00"),
        (127, "7f"),
        (128, "cc80"),
        (255, "ccff"),
        (256, "cd0100"),
        (65535, "cdffff"),
        (65536, "ce00010000"),
        (1_700_086_400, "ce65554280"),
        (U32, "ceffffffff"),
        (U32 + 1, "cf0000000100000000"),
    ],
)
def test_integers_take_the_smallest_unsigned_form(value: int, packed: str) -> None:
    assert stream_key.pack_uint(value).hex() == packed


@pytest.mark.parametrize(
    ("length", "header"),
    [
        (0, "a0"),
        (31, "bf"),
        (32, "d920"),
        (255, "d9ff"),
        (256, "da0100"),
        (65535, "daffff"),
        (65536, "db00010000"),
    ],
)
def test_strings_take_the_smallest_form_by_byte_length(length: int, header: str) -> None:
    packed = stream_key.pack_str("c" * length)
    assert packed[: len(header) // 2].hex() == header
    assert len(packed) == len(header) // 2 + length


def test_the_byte_length_decides_not_the_character_count() -> None:
    assert stream_key.pack_str("😀" * 8)[:2].hex() == "d920"  # 8 characters, 32 bytes: str8
    assert stream_key.pack_str("é" * 15)[:1].hex() == "be"  # 15 characters, 30 bytes: fixstr


def test_the_worked_example_of_the_spec() -> None:
    packed = stream_key.pack_key_map("test", "1001", 1_700_086_400, None)
    assert packed.hex() == "83a143a474657374a155a431303031a145ce65554280"
    assert stream_key.pack_key_map("test", 1001, 1_700_086_400, "t")[:1].hex() == "84"


# --- round trips ----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    cert=hex32,
    channel=unicode_text,
    uid=st.one_of(unicode_text, st.integers(0, U32)),
    expires_after=st.integers(0, 10**8),
    template=st.one_of(st.none(), unicode_text),
    iv=hex32,
    now=st.integers(0, 4 * 10**9),
)
def test_build_decode_open_round_trip(
    cert: str,
    channel: str,
    uid: str | int,
    expires_after: int,
    template: str | None,
    iv: str,
    now: int,
) -> None:
    if now + expires_after > U32:
        with pytest.raises(InvalidInputError, match="2106"):
            stream_key.build(cert, channel, uid, expires_after, template, iv=iv, now=now)
        return
    key = stream_key.build(cert, channel, uid, expires_after, template, iv=iv, now=now)
    assert not set(key) & set("=+/")
    decoded = stream_key.decode(key)
    assert decoded.iv.hex() == iv.lower()
    opening = stream_key.open_key(decoded, cert.swapcase())  # the hex case does not matter
    assert opening.valid
    assert opening.key_map is not None
    found = opening.key_map
    assert (found.channel_name, found.uid, found.expires_at, found.template_id) == (
        channel,
        uid,
        now + expires_after,
        template,
    )
    assert found.map_keys == ["C", "U", "E"] + ([] if template is None else ["T"])
    assert found.msgpack_types["E"] in {"positive_fixint", "uint8", "uint16", "uint32"}
    assert stream_key.pack_key_map(channel, uid, now + expires_after, template) == opening.plaintext


@settings(max_examples=200, deadline=None)
@given(wrong=hex32)
def test_a_wrong_certificate_is_reported_not_crashed_on(wrong: str) -> None:
    key = stream_key.decode(stream_key.build(CERT, "test", "1001", 86_400, iv=IV, now=NOW))
    opening = stream_key.open_key(key, wrong)
    if wrong.lower() == CERT.lower():
        assert opening.valid
        return
    # CTR has no MAC: a wrong certificate gives random bytes that are (almost surely) not a map
    assert not opening.valid
    assert opening.key_map is None
    assert "does not decrypt to a stream key with this App Certificate" in opening.reason
    assert "no MAC" in opening.reason
    assert wrong.lower() not in opening.reason.lower()
    assert stream_key.to_json(key, opening)["signature"] == "invalid"


def test_the_random_iv_and_the_clock_are_arguments() -> None:
    request = stream_key.check_request(CERT, "test", "1001", 86_400)
    key = stream_key.encode(request, random_iv=lambda n: bytes(range(n)), clock=lambda: NOW + 0.9)
    assert key == "AAECAwQFBgcICQoLDA0ODzl1Lzf_1oB2d_u3Ig1trnDDOssw7wc"  # vector s01
    one, two = stream_key.encode(request), stream_key.encode(request)
    assert one != two  # a fresh IV each time


# --- the key map reader (§S5) ---------------------------------------------------------------------


def entry(key: str, packed: bytes) -> bytes:
    return stream_key.pack_str(key) + packed


C, U, E = entry("C", b"\xa1c"), entry("U", b"\xa11"), entry("E", b"\xce\x65\x55\x42\x80")


@pytest.mark.parametrize(
    ("data", "types"),
    [
        (b"\x83" + C + U + E, {"map": "fixmap(3)", "C": "fixstr", "U": "fixstr", "E": "uint32"}),
        (b"\x83" + E + U + C, {"map": "fixmap(3)", "E": "uint32", "U": "fixstr", "C": "fixstr"}),
        (
            b"\xde\x00\x03" + C + U + entry("E", b"\xcf" + (5).to_bytes(8, "big")),
            {"map": "map16(3)", "C": "fixstr", "U": "fixstr", "E": "uint64"},
        ),
        (
            b"\xdf\x00\x00\x00\x03" + entry("C", b"\xda\x00\x01c") + entry("U", b"\x07") + E,
            {"map": "map32(3)", "C": "str16", "U": "positive_fixint", "E": "uint32"},
        ),
        (
            b"\x83" + C + U + entry("E", b"\xcb" + struct.pack(">d", 2_200_086_400.0)),
            {"map": "fixmap(3)", "C": "fixstr", "U": "fixstr", "E": "float64"},
        ),
    ],
)
def test_the_reader_accepts_every_width_and_any_order(data: bytes, types: dict[str, str]) -> None:
    found = stream_key.unpack_key_map(data)
    assert found.msgpack_types == types
    assert list(found.msgpack_types)[1:] == found.map_keys


def test_unknown_entries_are_kept_with_a_warning() -> None:
    found = stream_key.unpack_key_map(b"\x84" + C + U + E + entry("X", b"\xc0"))
    assert found.map_keys == ["C", "U", "E", "X"]
    assert any("X" in w for w in found.warnings)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "ends at byte 0"),
        (b"\x93", "not a MessagePack map header"),
        (b"\x83" + C + U, "ends at byte"),
        (b"\x83" + C + U + E + b"\x00", "1 bytes follow the map"),
        (b"\x83" + C + C + E, "twice"),
        (b"\x82" + C + U, "no E entry"),
        (b"\x83" + entry("C", b"\x01") + U + E, "channel name"),
        (b"\x83" + C + entry("U", b"\xff") + E, "uid"),
        (b"\x83" + C + U + entry("E", b"\xd0\x05"), "expiry"),
        (b"\x83" + C + U + entry("E", b"\xcb" + struct.pack(">d", 1.5)), "expiry"),
        (b"\x84" + C + U + E + entry("T", b"\x01"), "template"),
        (b"\x83\x01" + U + E, "not text"),
        (b"\x83\xa1\xff" + U + E, "not UTF-8"),
        (b"\x8f", "announces 15 entries"),
        (b"\x83" + C + U + entry("E", b"\x90"), "0x90"),
    ],
)
def test_the_reader_says_what_is_wrong(data: bytes, message: str) -> None:
    with pytest.raises(stream_key.KeyMapError, match=message):
        stream_key.unpack_key_map(data)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=64))
def test_any_bytes_give_a_map_or_a_key_map_error(data: bytes) -> None:
    with contextlib.suppress(stream_key.KeyMapError):
        stream_key.unpack_key_map(data)


# --- the outer text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("AAECAwQFBgcICQoLDA0ODw", "too short"),
        ("AAECAwQFBgcICQoLDA0ODzl1L", "cut off"),
        ("AAECAwQFBgcICQoLDA0ODzl1L$", "position 25"),
        ("AAEC=AwQFBgcICQoLDA0ODzl1", "padding"),
    ],
)
def test_bad_keys_are_explained(text: str, message: str) -> None:
    with pytest.raises(MalformedTokenError, match=message):
        stream_key.decode(text)


def test_standard_base64_and_padding_are_accepted_with_a_warning() -> None:
    key = stream_key.build(CERT, "carry", "1", 60, iv="fbfffffffffffffffffffffffffffffe", now=NOW)
    standard = key.replace("-", "+").replace("_", "/") + "=" * (-len(key) % 4)
    decoded = stream_key.decode(standard)
    assert decoded.warnings
    assert stream_key.open_key(decoded, CERT).valid


def test_the_shape_hint_of_s8_3() -> None:
    assert stream_key.looks_like_stream_key("AAECAwQFBgcICQoLDA0ODzl1Lzf_1oB2d_u3Ig1trnDDOssw7wc")
    assert not stream_key.looks_like_stream_key("short")
    assert not stream_key.looks_like_stream_key("AAECAwQFBgcICQoLDA0ODzl1Lzf+1oB2d")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=90))
def test_decoding_any_text_raises_only_token_errors(text: str) -> None:
    try:
        key = stream_key.decode(text)
    except TokenError as exc:
        message = str(exc)
        assert message.endswith(".")
    else:
        stream_key.to_json(key, stream_key.open_key(key, CERT))


# --- the builder's rules (§S7) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"app_certificate": "abc"}, "app_certificate", "32 hex digits"),
        ({"app_certificate": "g" * 32}, "app_certificate", "not all of them hex"),
        ({"iv": "00"}, "iv", "32 hex digits"),
        ({"expires_after": -1}, "expires_after", "negative"),
        ({"expires_after": 1.0}, "expires_after", "whole number"),
        ({"now": U32, "expires_after": 1}, "expires_after", "2106"),
        ({"uid": -1}, "uid", "text \\(usual\\)"),
        ({"uid": U32 + 1}, "uid", "text \\(usual\\)"),
        ({"uid": True}, "uid", "text \\(usual\\)"),
        ({"template_id": 5}, "template_id", "text"),
        ({"channel_name": "\udc80"}, "channel_name", "not valid Unicode"),
    ],
)
def test_hard_errors_name_the_field(kwargs: dict[str, object], field: str, message: str) -> None:
    args: dict[str, object] = {
        "app_certificate": CERT,
        "channel_name": "test",
        "uid": "1001",
        "expires_after": 600,
        "now": NOW,
    }
    args.update(kwargs)
    with pytest.raises(InvalidInputError, match=message) as caught:
        stream_key.check_request(**args)
    assert caught.value.field == field


def test_the_certificate_is_never_echoed() -> None:
    secret = "5CFd2fd1755d40ecb72977518be15d3bXYZ"  # Node would take the first 16 bytes
    with pytest.raises(InvalidInputError) as caught:
        stream_key.check_request(secret, "test", "1", 60)
    assert "5CFd" not in str(caught.value)


@pytest.mark.parametrize(
    ("channel", "uid", "expires_after", "template", "fields"),
    [
        ("test", "1001", 600, None, []),
        ("c" * 64, "1001", 600, None, ["channel_name"]),
        ("a/b", "1001", 600, None, ["channel_name"]),
        ("test", "0", 600, None, ["uid"]),
        ("test", "4294967296", 600, None, ["uid"]),
        ("test", "u" * 256, 600, None, ["uid"]),
        ("test", 1001, 600, None, ["uid"]),
        ("", "", 600, None, ["uid", "channel_name"]),
        ("test", "1001", 0, None, ["expires_after"]),
        ("test", "1001", 600, "", ["template_id"]),
    ],
)
def test_documented_rules_warn(
    channel: str, uid: str | int, expires_after: int, template: str | None, fields: list[str]
) -> None:
    request = stream_key.check_request(CERT, channel, uid, expires_after, template)
    assert [f for f, _ in request.warnings] == fields


def test_ingest_urls_for_obs() -> None:
    key = "AAECAwQFBgcICQoLDA0ODzl1Lzf_1oB2d_u3Ig1trnDDOssw7wc"
    assert stream_key.rtmp_url("live.example.com", key) == f"rtmp://live.example.com/live/{key}"
    assert stream_key.srt_url("live.example.com", key, 10080) == (
        f"srt://live.example.com:10080?streamid=#!::r={key},h=live.example.com"
    )


# --- without the streamkey extra ------------------------------------------------------------------


def test_without_cryptography_stream_keys_fail_in_one_sentence_and_the_rest_works() -> None:
    code = textwrap.dedent(
        f"""
        import sys
        sys.modules["cryptography"] = None  # as if the streamkey extra were not installed
        from agora_token_gui.core import stream_key, whiteboard
        from agora_token_gui.core.errors import TokenError
        assert not stream_key.aes_available()
        key = stream_key.decode("AAECAwQFBgcICQoLDA0ODzl1Lzf_1oB2d_u3Ig1trnDDOssw7wc")
        assert stream_key.to_json(key)["iv_hex"] == "{IV}"
        for attempt in (
            lambda: stream_key.build("{CERT}", "test", "1001", 60),
            lambda: stream_key.open_key(key, "{CERT}"),
        ):
            try:
                attempt()
            except TokenError as exc:
                print(exc)
        print(whiteboard.build("sdk", "ak", "sk", 0, 1000)[:11])
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    sentence = (
        "Stream keys need AES from the 'cryptography' package: install it with "
        "pip install 'agora-token-gui[streamkey]'."
    )
    assert lines == [sentence, sentence, "NETLESSSDK_"]


def test_the_cli_without_cryptography_says_which_extra_to_install() -> None:
    code = textwrap.dedent(
        f"""
        import sys
        sys.modules["cryptography"] = None
        from agora_token_gui.cli import main
        key = ["--app-certificate", "{CERT}"]
        print(main(["build", "stream_key", *key, "--channel-name", "c", "--uid", "1",
                    "--expires-after", "60"]))
        print(main(["decode", *key, "AAECAwQFBgcICQoLDA0ODzl1Lzf_1oB2d_u3Ig1trnDDOssw7wc"]))
        print(main(["build", "whiteboard", "sdk", "--access-key", "a", "--secret-access-key",
                    "b", "--role", "0", "--lifespan", "1h"]))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    out = done.stdout.splitlines()
    assert out[0] == "1"
    assert out[1] == "1"
    assert out[2].startswith("NETLESSSDK_")
    assert out[3] == "0"
    errors = done.stderr.splitlines()
    assert (
        errors
        == [
            "agora-token: error: Stream keys need AES from the 'cryptography' package: install it "
            "with pip install 'agora-token-gui[streamkey]'."
        ]
        * 2
    )
