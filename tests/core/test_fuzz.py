"""Fuzzing the decoder, the report and the verifier: only TokenErrors, only sentences.

The generators live in ``tests/fuzz.py`` (``python tests/fuzz.py N`` runs the same
harness with statistics). The quick test runs by default; ``pytest -m slow`` runs 100,000 inputs.
"""

from __future__ import annotations

import random

import pytest

from agora_token_gui.core import detect
from agora_token_gui.core.errors import TokenError
from tests import fuzz


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
