"""Every sentence diagnose produces for people is a translatable message the zh_CN catalogue has.

Over a broad set of tokens and contexts (tests/core/diagnose_cases.py: every finding code and
most sentence variants), each finding's title, message and fix, each note and each refused
context's message must be a Text whose template, and the templates of the Texts inside it, have a
finished Simplified Chinese translation in resources/i18n/zh_CN/*.ts. A finding added later with
an f-string, or a template nobody translated, fails here rather than showing English in the GUI.

Sentences that other modules write and diagnose passes on as they are (the decoder's repair and
error messages, the expiry mistakes, the ConvoAI body check, the stream key's opening) are
allowed as plain strings while those modules still give them so: FOREIGN lists them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from agora_token_gui.core.diagnose import Finding, diagnose
from agora_token_gui.core.errors import InvalidInputError
from agora_token_gui.core.text import Text
from tests.catalogue import core_translations
from tests.tokens import rtc

from .diagnose_cases import BAD_CONTEXTS, cases

CASES = cases()

# (finding code, part): the module that writes that sentence, passed on unchanged by diagnose.
FOREIGN = {
    ("malformed", "message"): "core/detect.py (MalformedTokenError)",
    ("expiry_mistake", "message"): "core/expiry.py (mistakes)",
    ("expiry_mistake", "fix"): "core/expiry.py (MISTAKE_FIX)",
    ("join_body_mismatch", "message"): "core/presets.py (check_join_body)",
    ("signature_invalid", "message"): "core/stream_key.py (open_key reason)",
}


TRANSLATED = set(core_translations())


# Two lower-case words in a row: English words, not an identifier ("joinChannel (1)", "RTC").
WORDS = re.compile(r"\b[a-z]{2,} [a-z]{2,}\b")
# Parameters that carry another module's sentence (FOREIGN) rather than a value.
FOREIGN_PARAMETERS = {"repairs", "note"}


def templates(text: Text) -> Iterator[str]:
    """The template of ``text`` and of every Text among its parameters, depth first."""
    yield text.template
    for value in text.params.values():
        if isinstance(value, Text):
            yield from templates(value)


def plain_words(text: Text) -> Iterator[str]:
    """Parameters that are plain strings with English words in them (quoted user text aside):
    a sentence that lost its template."""
    for name, value in text.params.items():
        if name in FOREIGN_PARAMETERS:
            continue
        if isinstance(value, Text):
            yield from plain_words(value)
        elif isinstance(value, str) and WORDS.search(re.sub(r"'[^']*'", "", value)):
            yield f"{name}={value!r} in {text.template!r}"


def untranslated(value: str) -> list[str]:
    if not isinstance(value, Text):
        return [f"not a message: {value!r}"]
    missing = [f"no translation: {t!r}" for t in templates(value) if t not in TRANSLATED]
    return missing + [f"plain words: {p}" for p in plain_words(value)]


def finding_parts(finding: Finding) -> Iterator[tuple[str, str]]:
    yield "title", finding.title
    yield "message", finding.message
    yield "fix", finding.fix


def test_the_cases_produce_every_finding_code_and_notes() -> None:
    codes = {
        f.code
        for _, token, context, now in CASES
        for f in diagnose(token, context, now=now).findings
    }
    from agora_token_gui.core.diagnose import TITLES

    assert set(TITLES) - codes <= {"stream_key_unopened"}  # a title no code path uses today
    notes = [n for _, token, context, now in CASES for n in diagnose(token, context, now=now).notes]
    assert len(notes) >= 15


@pytest.mark.parametrize(("name", "token", "context", "now"), CASES, ids=[c[0] for c in CASES])
def test_every_finding_and_note_is_a_translated_message(
    name: str, token: str, context: object, now: int
) -> None:
    result = diagnose(token, context, now=now)  # type: ignore[arg-type]
    problems = []
    for finding in result.findings:
        for part, value in finding_parts(finding):
            if (finding.code, part) in FOREIGN and not isinstance(value, Text):
                continue
            problems += [f"{finding.code} {part}: {p}" for p in untranslated(value)]
    for note in result.notes:
        problems += [f"note: {p}" for p in untranslated(note)]
    assert problems == []


@pytest.mark.parametrize(("name", "context"), BAD_CONTEXTS, ids=[c[0] for c in BAD_CONTEXTS])
def test_a_refused_context_says_why_in_a_translated_message(name: str, context: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        diagnose(rtc(), context)  # type: ignore[arg-type]
    assert untranslated(caught.value.args[0]) == []


def test_the_english_is_unchanged_by_becoming_messages() -> None:
    """A few sentences byte for byte as the CLI and JSON printed them before issue 13."""
    by_name = {name: (token, context, now) for name, token, context, now in CASES}

    def messages(name: str) -> list[str]:
        token, context, now = by_name[name]
        return [str(f.message) for f in diagnose(token, context, now=now).findings]

    assert messages("subscriber publishing") == [
        "rtc-publish needs publishAudioStream (2) and publishVideoStream (3), but the RTC service "
        "has only joinChannel (1): a subscriber token."
    ]
    assert messages("certificate one letter") == [
        "The signature is valid only with the App Certificate with the letters at positions 2 "
        "in the other case: whoever built the token used the certificate with different letter "
        "case."
    ]
    assert messages("wildcard") == [
        "The RTC service has an empty uid (built for uid 0): any uid may use it; the app used "
        "the number 987."
    ]


@pytest.mark.parametrize("what", ["channel name", "uid", "channel name and uid"])
def test_the_crc_note_verify_writes_is_a_translated_message(what: str) -> None:
    """verification passes the names as plain words; the note still translates them."""
    from agora_token_gui.core import integrity

    note = integrity.crc_note(what)
    assert untranslated(note.message) == []
    assert untranslated(note.fix) == []
