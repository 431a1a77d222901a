"""The official vectors (shared/spec/vectors.json): build, decode, verify and tamper with each.

Builds go through ``run_batch`` (the code path of ``agora-token batch``) and through the
CLI itself. 007 tokens made by another language's zlib are compared by decompressed payload
(token-formats.md §13.1); everything else byte for byte.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agora_token_gui import cli
from agora_token_gui.core import detect
from agora_token_gui.core.batch import run_batch
from agora_token_gui.core.build import build
from agora_token_gui.core.errors import MalformedTokenError, TokenError
from agora_token_gui.core.verification import VerifyInputs, verify
from tests.fuzz import SHARED_VECTORS, VECTORS, VENDORED_VECTORS, join_body, split_body

ALL: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))["vectors"]
BUILD = [v for v in ALL if v["kind"] == "build"]
DECODABLE = [v for v in ALL if v["kind"] in ("build", "decode_only")]
INVALID = [v for v in ALL if v["kind"] == "invalid"]
HEX_DIGITS = "0123456789abcdef"


def ids(vectors: list[dict[str, Any]]) -> list[str]:
    return [v["id"] for v in vectors]


def test_the_vector_file_has_what_the_spec_promises() -> None:
    assert (len(ALL), len(BUILD), len(INVALID)) == (57, 53, 3)
    assert all("request" in v for v in BUILD)


def payload(token: str) -> bytes | str:
    if token.startswith("007"):
        return zlib.decompress(base64.b64decode(token[3:]))
    return token


def assert_same_token(vector: dict[str, Any], token: str) -> None:
    expected = vector["expected_token"]
    if vector.get("byte_exact_with_python3_reference", True):
        assert token == expected, vector["id"]
    else:
        assert payload(token) == payload(expected), vector["id"]
        assert token == vector.get("python3_reference_output", token), vector["id"]


def request_lines() -> list[str]:
    return [json.dumps(dict(v["request"], id=v["id"]), ensure_ascii=False) for v in BUILD]


# --- building -----------------------------------------------------------------------------------


def test_every_build_vector_reproduces_through_run_batch() -> None:
    results = list(run_batch(request_lines()))
    assert len(results) == len(BUILD)
    for vector, result in zip(BUILD, results, strict=False):
        assert result["id"] == vector["id"]
        assert "error" not in result, result
        assert isinstance(result["token"], str)
        assert_same_token(vector, result["token"])


def test_every_build_vector_reproduces_through_the_cli_batch_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vectors.jsonl"
    path.write_text("\n".join(request_lines()) + "\n", encoding="utf-8")
    assert cli.main(["batch", str(path)]) == 0
    out, err = capsys.readouterr()
    results = [json.loads(line) for line in out.splitlines()]
    assert err == ""
    assert [r["id"] for r in results] == ids(BUILD)
    for vector, result in zip(BUILD, results, strict=False):
        assert_same_token(vector, result["token"])


@pytest.mark.parametrize("vector", BUILD, ids=ids(BUILD))
def test_build_uses_the_pins_the_request_gives(vector: dict[str, Any]) -> None:
    result = build(vector["request"])
    assert_same_token(vector, result.token)
    for name, value in result.pinned.items():
        assert vector["request"][name] == value


# --- decoding -----------------------------------------------------------------------------------


def assert_contains(actual: object, expected: object, where: str) -> None:
    """``expected``'s keys (recursively) have the same values in ``actual``."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} missing"
            assert_contains(actual[key], value, f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), where
        assert len(actual) == len(expected), where
        for index, (a, e) in enumerate(zip(actual, expected, strict=False)):
            assert_contains(a, e, f"{where}[{index}]")
    else:
        assert actual == expected, where


@pytest.mark.parametrize("vector", DECODABLE, ids=ids(DECODABLE))
def test_every_vector_decodes_to_its_fields(vector: dict[str, Any]) -> None:
    decoded = detect.decode(vector["expected_token"])
    assert decoded.repairs == ()
    data = detect.to_json(decoded)
    if "request" in vector:
        assert data["format"] == vector["request"]["format"]
    if "decoded" in vector:
        assert_contains(data, vector["decoded"], vector["id"])
    else:  # the fixed-width legacy keys and signaling tokens: the fields the key shows
        visible = ("app_id", "unix_ts", "random_int", "uid", "expired_ts")
        shown = [k for k in visible if k in data]
        assert shown, data
        for key in shown:
            assert data[key] == vector["request"][key], key


@pytest.mark.parametrize("vector", INVALID, ids=ids(INVALID))
def test_invalid_vectors_are_rejected_with_one_sentence(vector: dict[str, Any]) -> None:
    with pytest.raises(MalformedTokenError) as caught:
        detect.decode(vector["expected_token"])
    assert isinstance(caught.value, TokenError)
    message = str(caught.value)
    assert message[0].isupper(), message
    assert message.endswith("."), message
    assert "\n" not in message


# --- verifying ----------------------------------------------------------------------------------


def inputs_for(request: dict[str, Any], **changes: Any) -> VerifyInputs:
    """What verification of this vector's format needs, taken from its request."""
    fmt = request["format"]
    values: dict[str, Any] = {"app_certificate": request["app_certificate"]}
    if fmt in ("006", "005", "004", "003", "002", "001"):
        values["channel_name"] = request["channel_name"]
    if fmt == "006":
        values["account"] = request["uid"]  # the 006 vectors give the uid as text
    if fmt in ("005", "004"):
        values["uid"] = request["uid"]
    if fmt == "signaling":
        values["account"] = request["account"]
    values.update(changes)
    return VerifyInputs(**values)


def other_hex(certificate: str) -> str:
    """The certificate with its first digit changed (a value change, not just its case)."""
    first = certificate[0].lower()
    return HEX_DIGITS[(HEX_DIGITS.index(first) + 1) % 16] + certificate[1:]


@pytest.mark.parametrize("vector", BUILD, ids=ids(BUILD))
def test_every_signature_verifies_with_the_vector_inputs(vector: dict[str, Any]) -> None:
    request = vector["request"]
    decoded = detect.decode(vector["expected_token"])
    result = verify(decoded, inputs_for(request))
    assert result.valid, result.message
    assert result.message.startswith("Signature valid")
    assert vector.get("signature_valid_with_certificate", True)


@pytest.mark.parametrize("vector", BUILD, ids=ids(BUILD))
def test_a_wrong_certificate_channel_or_user_fails(vector: dict[str, Any]) -> None:
    request = vector["request"]
    fmt = request["format"]
    decoded = detect.decode(vector["expected_token"])
    wrong = [inputs_for(request, app_certificate=other_hex(request["app_certificate"]))]
    if fmt in ("006", "005", "004", "003", "002", "001"):  # the channel is signed, not stored
        wrong.append(inputs_for(request, channel_name=request["channel_name"] + "x"))
    if fmt == "006":
        wrong.append(inputs_for(request, account=request["uid"] + "1"))
    if fmt in ("005", "004"):
        wrong.append(inputs_for(request, uid=(request["uid"] + 1) % 2**32))
    if fmt == "signaling":
        wrong.append(inputs_for(request, account=request["account"] + "x"))
    for inputs in wrong:
        result = verify(decoded, inputs)
        assert not result.valid, inputs
        assert result.message.startswith("Signature invalid")
        assert result.message.endswith(".")


def other_char(char: str) -> str:
    """A different character of the same kind (digit, lower or upper hex, other)."""
    for alphabet in ("0123456789", "abcdef", "ABCDEF"):
        if char in alphabet:
            return alphabet[(alphabet.index(char) + 1) % len(alphabet)]
    return "-" if char != "-" else "_"


def tampered(token: str) -> Iterator[tuple[str, str]]:
    """Every one-byte change to the signature or the signed content, as a still-encoded token.

    007, 006 and 005 are changed inside the decoded body (re-encoded with valid zlib and Base64,
    so the parser reads the change); text keys one character at a time. The two CRC-32s of a 006
    token are the only unsigned bytes in any format and are left alone.
    """
    parts = split_body(token)
    if parts is not None:
        fmt, head, body = parts
        if fmt == "006":
            for i in range(3, 35):  # the App ID, in clear but signed
                yield f"app id char {i}", token[:i] + other_char(token[i]) + token[i + 1 :]
        for i in range(len(body)):
            if fmt == "006" and 34 <= i < 42:
                continue
            for xor in (0x01, 0x80):
                changed = bytearray(body)
                changed[i] ^= xor
                yield f"byte {i} ^ {xor:#x}", join_body(fmt, head, bytes(changed))
        return
    start = 2 if token.startswith("1:") else 0
    for i in range(start, len(token)):
        yield f"char {i}", token[:i] + other_char(token[i]) + token[i + 1 :]


@pytest.mark.parametrize("vector", BUILD, ids=ids(BUILD))
def test_any_changed_byte_fails_verification_or_decoding(vector: dict[str, Any]) -> None:
    inputs = inputs_for(vector["request"])
    count = 0
    for where, token in tampered(vector["expected_token"]):
        assert token != vector["expected_token"]
        count += 1
        try:
            decoded = detect.decode(token)
        except TokenError:
            continue
        assert not verify(decoded, inputs).valid, where
    assert count > 40


def test_tampering_reaches_the_signature_and_the_content() -> None:
    # The 007 worked example: byte 2 is in the signature, byte 40 inside the App ID.
    vector = next(v for v in BUILD if v["id"] == "001-007-rtc")
    changes = dict(tampered(vector["expected_token"]))
    for where in ("byte 2 ^ 0x1", "byte 40 ^ 0x1"):
        decoded = detect.decode(changes[where])
        assert not verify(decoded, inputs_for(vector["request"])).valid


def test_the_copy_in_tests_data_is_the_shared_spec() -> None:
    """A checkout without ../shared runs the copy; where the shared file exists, they agree."""
    assert VENDORED_VECTORS.is_file()
    if SHARED_VECTORS.is_file():
        assert VENDORED_VECTORS.read_bytes() == SHARED_VECTORS.read_bytes()
