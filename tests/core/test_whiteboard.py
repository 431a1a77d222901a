"""Whiteboard tokens (more-formats.md §W): escaping rules, round trips, tampering, bad input."""

from __future__ import annotations

import base64
import json
import urllib.parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agora_token_gui.core import whiteboard
from agora_token_gui.core.errors import InvalidInputError, MalformedTokenError, TokenError

AK = "WBak3nXcB8Yq0LtV2rQm"
SK = "WBsk7Hs9LpQ2vX4cZ1mN8bR5tY0uIo3e"
NOW_MS = 1_700_000_000_000
ROOM = "a9b4b2c0a0f111eb8b4f0f2d5e1c7a3b"

# text that can be signed: any Unicode scalar value (no lone surrogates)
unicode_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)
awkward = st.sampled_from(
    ['"', "\\", "\x00\x1f\x7f", "/", "\u2028\u2029", "😀", "房间", "a b+c&d=e%f", "~!*'()", ""]
)
value_text = st.one_of(awkward, unicode_text)


def room_token(**overrides: object) -> str:
    args: dict[str, object] = {
        "builder": "room",
        "access_key": AK,
        "secret_access_key": SK,
        "role": 1,
        "lifespan": 600_000,
        "uuid": ROOM,
        "nonce": "9c3f4e50-1d1c-11ef-8000-0123456789ab",
        "now_ms": NOW_MS,
    }
    args.update(overrides)
    return whiteboard.encode(whiteboard.check_request(**args))


# --- the two encodings the signature depends on ---------------------------------------------------


@given(value_text)
def test_node_json_form_is_what_json_stringify_writes(text: str) -> None:
    # Python's json module writes exactly what JSON.stringify writes for these two settings.
    assert whiteboard.jsonstr(text) == json.dumps(text, ensure_ascii=False)
    assert whiteboard.jsonstr(text, "python_ascii") == json.dumps(text)


def test_json_escapes_follow_the_spec_table() -> None:
    assert whiteboard.jsonstr('"\\\b\f\n\r\t\x01\x1f') == r'"\"\\\b\f\n\r\t\u0001\u001f"'
    assert whiteboard.jsonstr("/\x7f\u2028é😀") == '"/\x7f\u2028é😀"'
    assert whiteboard.jsonstr("/\x7fé😀", "python_ascii") == r'"/\u007f\u00e9\ud83d\ude00"'
    assert whiteboard.jsonstr("/\x7fé😀", "php") == '"\\/\x7f\\u00e9\\ud83d\\ude00"'
    assert whiteboard.jsonstr('a"\\\n', "raw") == '"a"\\\n"'


@given(value_text)
def test_uric_is_encode_uri_component(text: str) -> None:
    encoded = whiteboard.uric(text)
    assert urllib.parse.unquote(encoded, errors="strict") == text
    for index, char in enumerate(encoded):
        if char == "%":
            assert encoded[index + 1 : index + 3].upper() == encoded[index + 1 : index + 3]
        else:
            assert char.isascii(), char
            assert char.isalnum() or char in "-_.!~*'()%", char


def test_uric_keeps_exactly_the_unreserved_marks() -> None:
    assert whiteboard.uric("-_.!~*'() +/%&=?#:@,;$") == (
        "-_.!~*'()%20%2B%2F%25%26%3D%3F%23%3A%40%2C%3B%24"
    )


# --- round trips ----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    builder=st.sampled_from(["sdk", "room", "task"]),
    ak=value_text.filter(bool),
    sk=value_text.filter(bool),
    role=st.sampled_from([0, 1, 2, "0", "reader", "Writer"]),
    lifespan=st.one_of(st.just(0), st.integers(1, 10**12)),
    uuid=value_text.filter(bool),
    nonce=value_text,
    now_ms=st.integers(0, 2 * 10**12),
)
def test_build_decode_verify_round_trip(
    builder: str,
    ak: str,
    sk: str,
    role: int | str,
    lifespan: int,
    uuid: str,
    nonce: str,
    now_ms: int,
) -> None:
    room = None if builder == "sdk" else uuid
    token = whiteboard.build(builder, ak, sk, role, lifespan, room, nonce=nonce, now_ms=now_ms)
    assert token.startswith(whiteboard.PREFIXES[builder])
    decoded = whiteboard.decode(token)
    assert decoded.builder == builder
    assert (decoded.ak, decoded.nonce, decoded.uuid) == (ak, nonce, room)
    assert decoded.role == whiteboard.parse_role(role)
    assert decoded.expire_at == (now_ms + lifespan if lifespan else None)
    assert [k for k, _ in decoded.fields] == sorted(k for k, _ in decoded.fields)
    verification = whiteboard.verify(decoded, sk)
    assert (verification.valid, verification.form) == (True, "node")
    assert not whiteboard.verify(decoded, sk + "!").valid


def test_defaults_draw_a_v1_nonce_and_the_clock() -> None:
    request = whiteboard.check_request("sdk", AK, SK, "admin", 3_600_000)
    token = whiteboard.encode(request, nonce=lambda: "n-1", clock_ms=lambda: 1000)
    decoded = whiteboard.decode(token)
    assert (decoded.nonce, decoded.expire_at) == ("n-1", 3_601_000)
    fresh = whiteboard.decode(whiteboard.encode(request))
    nonce_ms = fresh.nonce_time_ms()
    assert nonce_ms is not None
    assert fresh.expire_at is not None
    assert abs(fresh.expire_at - 3_600_000 - nonce_ms) < 60_000


# --- tampering ------------------------------------------------------------------------------------


def query_of(token: str) -> tuple[str, bytes]:
    prefix, _, body = token.partition("_")
    return prefix + "_", base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))


def with_query(prefix: str, query: bytes) -> str:
    return prefix + base64.urlsafe_b64encode(query).decode().rstrip("=")


def content(token: whiteboard.WhiteboardToken) -> dict[str, str]:
    """What the token says: its fields, the hex of sig read case-insensitively (as verify does)."""
    return dict(token.fields, sig=token.sig.lower())


@settings(max_examples=300, deadline=None)
@given(
    uuid=st.sampled_from([ROOM, "房间 (1)", "it's ~*!"]),
    position=st.integers(0, 10_000),
    new_byte=st.integers(0, 255),
)
def test_any_changed_byte_fails_verification(uuid: str, position: int, new_byte: int) -> None:
    prefix, query = query_of(room_token(uuid=uuid))
    position %= len(query)
    if query[position] == new_byte:
        new_byte ^= 1
    damaged = query[:position] + bytes([new_byte]) + query[position + 1 :]
    try:
        decoded = whiteboard.decode(with_query(prefix, damaged))
    except TokenError as exc:
        message = str(exc)
        assert message.endswith(".")
        return
    # Only a change that leaves the content as it was verifies: the case of a hex letter in sig
    # or in a %XX escape. Everything else fails.
    original = whiteboard.decode(with_query(prefix, query))
    assert whiteboard.verify(decoded, SK).valid is (content(decoded) == content(original))


@settings(max_examples=200, deadline=None)
@given(position=st.integers(0, 10_000), bit=st.sampled_from([1, 2, 4, 8, 16, 64, 128]))
def test_any_bit_flip_but_letter_case_fails_verification(position: int, bit: int) -> None:
    prefix, query = query_of(room_token())
    position %= len(query)
    damaged = query[:position] + bytes([query[position] ^ bit]) + query[position + 1 :]
    try:
        decoded = whiteboard.decode(with_query(prefix, damaged))
    except TokenError:
        return
    assert not whiteboard.verify(decoded, SK).valid


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_decoding_any_text_raises_only_token_errors(body: str) -> None:
    for prefix in whiteboard.PREFIXES.values():
        try:
            decoded = whiteboard.decode(prefix + body)
        except TokenError as exc:
            message = str(exc)
            assert message.endswith(".")
        else:
            whiteboard.verify(decoded, SK)
            whiteboard.to_json(decoded)


# --- decoding what other producers write ----------------------------------------------------------


def test_python_style_plus_and_unsorted_keys_decode() -> None:
    fields = {"ak": AK, "nonce": "n", "role": "2", "uuid": "Room 42"}
    sig = whiteboard._signature(SK, whiteboard.signed_json(fields))
    query = f"ak={AK}&nonce=n&role=2&uuid=Room+42&sig={sig}"
    decoded = whiteboard.decode(with_query("NETLESSROOM_", query.encode()))
    assert decoded.uuid == "Room 42"
    assert [k for k, _ in decoded.fields] == ["ak", "nonce", "role", "uuid", "sig"]
    assert whiteboard.verify(decoded, SK).valid


def test_padding_and_standard_base64_are_tolerated_with_a_warning() -> None:
    token = room_token()
    prefix, query = query_of(token)
    standard = prefix + base64.b64encode(query).decode()
    decoded = whiteboard.decode(standard)
    assert whiteboard.verify(decoded, SK).valid
    if "=" in standard:
        assert any("padding" in w for w in decoded.warnings)


def test_go_style_empty_uuid_left_out_of_the_query_still_verifies() -> None:
    fields = {"ak": AK, "nonce": "n", "role": "1", "uuid": ""}
    sig = whiteboard._signature(SK, whiteboard.signed_json(fields))
    decoded = whiteboard.decode(
        with_query("NETLESSROOM_", f"ak={AK}&nonce=n&role=1&sig={sig}".encode())
    )
    verification = whiteboard.verify(decoded, SK)
    assert verification.valid
    assert "empty uuid" in verification.note
    assert any("no uuid" in w for w in decoded.warnings)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (b"ak=a&nonce=n&role=1", "no 'sig'"),
        (b"ak=a&ak=b&sig=00", "twice"),
        (b"ak=a&role&sig=00", "no '='"),
        (b"ak=%G1&sig=00", "two hex digits"),
        (b"ak=%FF&sig=00", "not UTF-8"),
        (b"\xff", "not UTF-8"),
        (b"ak=a&expireAt=12.5&sig=00", "whole number"),
    ],
)
def test_damaged_queries_are_explained(query: bytes, message: str) -> None:
    with pytest.raises(MalformedTokenError, match=message):
        whiteboard.decode(with_query("NETLESSSDK_", query))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("netlesssdk_YWs9YQ", "capital letters"),
        ("NETLESSSDK_", "nothing after"),
        ("NETLESSSDK_YWs9Y", "cut off"),
        ("NETLESSSDK_YWs9Y$Q", "position 5"),
        ("NETLESSSDK_YW=s9YQ", "padding"),
    ],
)
def test_bad_outer_text_is_explained(text: str, message: str) -> None:
    with pytest.raises(MalformedTokenError, match=message):
        whiteboard.decode(text)


def test_what_the_decoder_reports_beyond_the_fields() -> None:
    decoded = whiteboard.decode(room_token(role=2, lifespan=0))
    out = whiteboard.to_json(decoded)
    assert out["role_name"] == "reader"
    assert "expire_at" not in out
    assert decoded.expires_at == 0  # never, as the other formats say it
    assert decoded.title == "Whiteboard Room token"
    uppercase = decoded.sig.upper()
    query = decoded.query.replace(decoded.sig, uppercase)
    shouting = whiteboard.decode(with_query("NETLESSROOM_", query.encode()))
    assert any("capital" in w for w in shouting.warnings)
    assert whiteboard.verify(shouting, SK).valid
    odd = whiteboard.decode(with_query("NETLESSSDK_", b"ak=a&nonce=n&role=7&x=1&uuid=u&sig=zz"))
    assert odd.role_name == "unknown role"
    assert len(odd.warnings) == 4  # unknown role, uuid on an sdk token, sig not hex, extra field


def test_csharp_non_ascii_tokens_are_called_unverifiable_not_just_invalid() -> None:
    decoded = whiteboard.decode(room_token(uuid="房间"))
    verification = whiteboard.verify(decoded, "another secret")
    assert not verification.valid
    assert "C#" in verification.note


# --- the builder's rules (§W7) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"builder": "board"}, "builder", "sdk, room or task"),
        ({"access_key": ""}, "access_key", "empty"),
        ({"secret_access_key": ""}, "secret_access_key", "empty"),
        ({"role": 3}, "role", "0 \\(admin\\)"),
        ({"role": True}, "role", "0 \\(admin\\)"),
        ({"uuid": None}, "uuid", "needs the Room UUID"),
        ({"uuid": ""}, "uuid", "empty"),
        ({"builder": "sdk"}, "uuid", "leave out"),
        ({"lifespan": 1.5}, "lifespan", "whole number"),
        ({"lifespan": -1}, "lifespan", "negative"),
        ({"lifespan": 2**53}, "lifespan", "JavaScript"),
        ({"now_ms": 2**53 - 10, "lifespan": 11}, "lifespan", "JavaScript"),
        ({"uuid": "\ud800"}, "uuid", "not valid Unicode"),
        ({"nonce": 5}, "nonce", "text"),
    ],
)
def test_hard_errors_name_the_field(overrides: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message) as caught:
        room_token(**overrides)
    assert caught.value.field == field


def test_errors_never_echo_the_secret() -> None:
    with pytest.raises(InvalidInputError) as caught:
        room_token(secret_access_key="secret\ud800")
    assert "secret" not in str(caught.value).replace("Secret", "")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"lifespan": 0}, "lifespan"), ({"lifespan": 600}, "lifespan"), ({"uuid": "room-1"}, "uuid")],
)
def test_soft_rules_warn(overrides: dict[str, object], field: str) -> None:
    args: dict[str, object] = {
        "builder": "room",
        "access_key": AK,
        "secret_access_key": SK,
        "role": "writer",
        "lifespan": 600_000,
        "uuid": ROOM,
    }
    assert whiteboard.check_request(**args).warnings == ()
    args.update(overrides)
    warnings = whiteboard.check_request(**args).warnings
    assert [f for f, _ in warnings] == [field]
