"""Fuzzing the decoder, the report and the verifier: only TokenErrors, only sentences.

The generators live in ``benchmarks/fuzz.py`` (``python benchmarks/fuzz.py N`` runs the same
harness with statistics). The quick test runs by default; ``pytest -m slow`` runs 100,000 inputs.
"""

from __future__ import annotations

import random
import struct

import pytest

from agora_token_gui.core import detect
from agora_token_gui.core.errors import TokenError
from benchmarks import fuzz


def run(count: int, seed: int) -> None:
    outcomes, strategies, _ = fuzz.run(count, seed)
    assert sum(outcomes.values()) == count
    # The mix reached every path: good tokens of several formats, and many kinds of error.
    formats = {o.split()[1] for o in outcomes if o.startswith("ok:")}
    assert {"007", "006", "005"} <= formats, outcomes
    assert len([o for o in outcomes if o.startswith("decode:")]) >= 20
    assert any(o.startswith("verify:") for o in outcomes)
    assert len(strategies) >= 8


def test_quick_fuzz() -> None:
    run(3_000, seed=20_261_128)


@pytest.mark.slow
def test_long_fuzz() -> None:
    run(100_000, seed=1)


def test_the_corpus_holds_every_format() -> None:
    corpus = fuzz.seed_corpus(0)
    formats = set()
    for token in corpus:
        try:
            formats.add(detect.decode(token).format)
        except TokenError:
            formats.add("invalid")
    assert formats >= {"007", "006", "005", "004", "003", "002", "001", "signaling"}


def test_payload_mutations_are_well_formed_base64_and_zlib() -> None:
    generator = fuzz.Generator(3)
    for _ in range(200):
        text = generator._payload_mutation()
        empty_006 = text.startswith("006") and len(text) == 35
        assert empty_006 or fuzz.split_body(text) is not None, text  # past Base64 and zlib


def test_a_failure_is_reported_with_the_input() -> None:
    failure = fuzz.FuzzFailure("007abc", "decode", "ValueError: boom")
    assert "007abc" in str(failure)
    assert failure.stage == "decode"


@pytest.mark.parametrize(
    "text",
    [
        "1:abc:" + "9" * 5000 + ":" + "0" * 32,
        "006" + "\udcff" * 32 + "AAAA",
        "1:a\udcffb:12:" + "0" * 32,
    ],
)
def test_fuzz_regressions(text: str) -> None:
    """Inputs that once escaped as ValueError or UnicodeEncodeError."""
    assert fuzz.exercise(text, random.Random(0)).startswith("decode: ")


def test_the_fast_007_parser_agrees_with_the_careful_one() -> None:
    """access_token2 parses intact payloads on a fast path and falls back to the field-by-field
    reader on damage; both must accept exactly the same payloads and give equal tokens."""
    from agora_token_gui.core import access_token2

    generator = fuzz.Generator(11)
    rng = random.Random(11)
    agreed = {True: 0, False: 0}
    for _ in range(3000):
        parts = fuzz.split_body(rng.choice([t for t in generator.binary if t.startswith("007")]))
        assert parts is not None
        body = parts[2]
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            body = fuzz.mutate_bytes(body, rng)
        try:
            fast: access_token2.AccessToken2 | None = access_token2._parse_fast(body, b"")
        except (struct.error, access_token2._Truncated):
            fast = None
        try:
            careful: access_token2.AccessToken2 | None = access_token2._parse_careful(body, b"")
        except TokenError:
            careful = None
        assert fast == careful, body.hex()
        agreed[fast is not None] += 1
    assert min(agreed.values()) > 300, agreed


def test_the_fast_006_parser_agrees_with_the_careful_one() -> None:
    from agora_token_gui.core import access_token

    generator = fuzz.Generator(12)
    rng = random.Random(12)
    bodies = [p[2] for t in generator.binary if (p := fuzz.split_body(t)) and p[0] == "006"]
    agreed = {True: 0, False: 0}
    for _ in range(3000):
        body = rng.choice(bodies)
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            body = fuzz.mutate_bytes(body, rng)
        try:
            fast: access_token.AccessToken | None = access_token._parse_fast("a" * 32, body)
        except struct.error:
            fast = None
        try:
            careful: access_token.AccessToken | None = access_token._parse_careful("a" * 32, body)
        except TokenError:
            careful = None
        assert fast == careful, body.hex()
        agreed[fast is not None] += 1
    assert min(agreed.values()) > 300, agreed
