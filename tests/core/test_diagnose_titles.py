"""Every diagnose finding has a plain title; the code stays beside it for support tickets."""

from __future__ import annotations

import inspect
import re

from agora_token_gui.core import diagnose as diagnose_module
from agora_token_gui.core.diagnose import TITLES, Finding, diagnose

from .test_diagnose import CASES


def test_every_code_the_cases_produce_has_a_title() -> None:
    produced = {f.code for _, token, context in CASES for f in diagnose(token, context).findings}
    assert produced - set(TITLES) == set()


def test_every_code_written_in_the_module_has_a_title() -> None:
    """Codes added later get a title too: each literal first argument of ``run.add``."""
    source = inspect.getsource(diagnose_module)
    codes = set(re.findall(r'\.add\(\s*"([a-z0-9_]+)"', source))
    for conditional in re.findall(r'\.add\(\s*"([a-z0-9_]+)" if \w+ else "([a-z0-9_]+)"', source):
        codes |= set(conditional)
    assert {"expired", "malformed", "expiry_mistake"} <= codes
    assert codes - set(TITLES) == set()


def test_titles_are_short_plain_sentences() -> None:
    for code, title in TITLES.items():
        assert title[0].isupper(), code
        assert not title.endswith("."), code
        assert "_" not in title, code
        assert len(title) <= 52, code


def test_an_unknown_code_still_reads_as_words() -> None:
    assert Finding("new_thing", "info", "m.", "f").title == "New thing"
