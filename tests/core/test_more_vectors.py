"""The public vectors of more-formats.md (whiteboard tokens, stream keys): build, decode, verify."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agora_token_gui import cli
from agora_token_gui.core import batch, stream_key, whiteboard
from tests.more_vectors import ALL, BUILD, SHARED, STREAM_KEY, VENDORED, WHITEBOARD, ids


def test_the_vector_file_has_what_the_spec_promises() -> None:
    assert len(WHITEBOARD) == 11
    assert len(STREAM_KEY) == 11
    assert {v["kind"] for v in ALL} == {"build", "decode_only"}


def test_the_vendored_copy_is_the_shared_file() -> None:
    assert VENDORED.is_file()
    if SHARED.is_file():
        assert VENDORED.read_bytes() == SHARED.read_bytes()


def build_whiteboard(request: dict[str, Any]) -> str:
    return whiteboard.build(
        request["builder"],
        request["access_key"],
        request["secret_access_key"],
        request["role"],
        request["lifespan"],
        request.get("uuid"),
        nonce=request["nonce"],
        now_ms=request["now_ms"],
    )


def build_stream_key(request: dict[str, Any]) -> str:
    return stream_key.build(
        request["app_certificate"],
        request["channel_name"],
        request["uid"],
        request["expires_after"],
        request.get("template_id"),
        iv=request["iv"],
        now=request["now"],
    )


@pytest.mark.parametrize("vector", WHITEBOARD, ids=ids(WHITEBOARD))
def test_whiteboard_vector(vector: dict[str, Any]) -> None:
    request = vector["request"]
    token = build_whiteboard(request)
    if vector["kind"] == "build":
        assert token == vector["expected_token"]
    else:
        assert token == vector["builder_would_produce"]
    decoded = whiteboard.decode(vector["expected_token"])
    verification = whiteboard.verify(decoded, request["secret_access_key"])
    assert verification.valid is vector["signature_valid_with_secret"]
    assert verification.form == vector.get("signed_json_form", "node")
    out = whiteboard.to_json(decoded, verification)
    assert {k: out[k] for k in vector["decoded"]} == vector["decoded"]
    assert out["signature"] == "valid"
    assert not decoded.warnings
    assert not whiteboard.verify(decoded, request["secret_access_key"] + "x").valid


CROSS = [
    (v["id"], lang, token, v["request"]["secret_access_key"], v["decoded"])
    for v in WHITEBOARD
    for lang, token in v.get("cross_language_tokens", {}).items()
]


@pytest.mark.parametrize(
    ("vector_id", "language", "token", "secret", "expected"),
    CROSS,
    ids=[f"{c[0]}-{c[1]}" for c in CROSS],
)
def test_tokens_of_the_other_reference_languages_decode_and_verify(
    vector_id: str, language: str, token: str, secret: str, expected: dict[str, Any]
) -> None:
    decoded = whiteboard.decode(token)
    verification = whiteboard.verify(decoded, secret)
    assert verification.valid, (vector_id, language)
    fields = dict(decoded.fields)
    expected_fields = dict(map(tuple, expected["fields"]))
    assert fields.pop("sig") == expected_fields.pop("sig") or not (decoded.uuid or "").isascii()
    assert fields == expected_fields
    # the JSON that any of them signed is reported; the python and PHP references escape non-ASCII
    if not (decoded.uuid or "").isascii():
        assert verification.form in ({"node"} if language == "ruby_reference" else {"python_ascii"})


@pytest.mark.parametrize("vector", STREAM_KEY, ids=ids(STREAM_KEY))
def test_stream_key_vector(vector: dict[str, Any]) -> None:
    request = vector["request"]
    key = build_stream_key(request)
    if vector["kind"] == "build":
        assert key == vector["expected_token"]
    else:
        assert key == vector["builder_would_produce"]
    decoded = stream_key.decode(vector["expected_token"])
    opening = stream_key.open_key(decoded, request["app_certificate"])
    assert opening.valid
    out = stream_key.to_json(decoded, opening)
    assert {k: out[k] for k in vector["decoded"]} == vector["decoded"]
    assert out["signature"] == "valid"
    assert type(out["uid"]) is type(request["uid"])
    # without the certificate, only the IV and the ciphertext show
    assert stream_key.to_json(decoded) == {
        "format": "stream_key",
        "iv_hex": vector["decoded"]["iv_hex"],
        "ciphertext_hex": vector["decoded"]["ciphertext_hex"],
    }


# --- through the product's request path and the CLI (what check_vectors.py does) ----------------


def request_lines() -> list[str]:
    return [json.dumps(dict(v["request"], id=v["id"]), ensure_ascii=False) for v in BUILD]


def test_every_build_vector_reproduces_through_run_batch() -> None:
    results = list(batch.run_batch(request_lines()))
    assert [r["id"] for r in results] == [v["id"] for v in BUILD]
    for vector, result in zip(BUILD, results, strict=True):
        assert result.get("token") == vector["expected_token"], result


def test_every_build_vector_reproduces_through_the_cli_batch_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "more-vectors.jsonl"
    path.write_text("\n".join(request_lines()) + "\n", encoding="utf-8")
    assert cli.main(["batch", str(path)]) == 0
    out, _ = capsys.readouterr()
    tokens = [json.loads(line)["token"] for line in out.splitlines()]
    assert tokens == [v["expected_token"] for v in BUILD]


@pytest.mark.parametrize("vector", ALL, ids=ids(ALL))
def test_every_vector_decodes_through_the_cli(
    vector: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    request = vector["request"]
    if vector["format"] == "whiteboard":
        secret = ["--secret-access-key", request["secret_access_key"]]
    else:
        secret = ["--app-certificate", request["app_certificate"]]
    assert cli.main(["decode", "--json", *secret, vector["expected_token"]]) == 0
    out, _ = capsys.readouterr()
    data = json.loads(out)
    assert data["format"] == vector["format"]
    assert {k: data[k] for k in vector["decoded"]} == vector["decoded"]
    assert data["signature"] == "valid"
    # without the secret: the whiteboard fields at sight, the stream key's IV only
    assert cli.main(["decode", "--json", vector["expected_token"]]) == 0
    bare = json.loads(capsys.readouterr().out)
    assert "signature" not in bare
    if vector["format"] == "whiteboard":
        assert {k: bare[k] for k in vector["decoded"]} == vector["decoded"]
    else:
        assert bare["iv_hex"] == vector["decoded"]["iv_hex"]
        assert "channel_name" not in bare


def test_a_wrong_secret_gives_invalid_through_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    for vector in (WHITEBOARD[0], STREAM_KEY[0]):
        flag = "--secret-access-key" if vector["format"] == "whiteboard" else "--app-certificate"
        assert cli.main(["decode", "--json", flag, "0" * 32, vector["expected_token"]]) == 0
        assert json.loads(capsys.readouterr().out)["signature"] == "invalid"
