"""In Simplified Chinese, the Diagnose tab shows no English left: the context form, the verdict,
every finding's title, message, fix and tooltip, the notes and the context errors.

The window decodes each token of tests/core/diagnose_cases.py (every finding code: an expired
007 token, a 006 token whose privilege ends first, a wrong or case-changed certificate, another
channel or uid typed into the context form, DynamicKey5/3 and signaling keys, whiteboard tokens
and stream keys, a token inside a URL, error codes looked up...), shows the Diagnose tab, fills
its context form with what the app used, and reads every visible text of the panel.

Identifiers stay as they are in every language (allowed here on top of tests/ui/words.py):
the action names (rtc-join ...), finding codes (expired), format ids (signaling), the 007
service and privilege names of the spec ("RTC", "Streaming", "login (1)"), Agora's error
constant names (ERR_TOKEN_EXPIRED) and platform names (Web), the algorithm and encoding names
(HMAC-SHA256, CRC-32, NTP, URL, Base64, MessagePack, MAC), ConvoAI's /join path and JSON
keys, and the whiteboard Access Key the form was given.

Sentences that other modules write and diagnose passes on unchanged (the decoder's repair and
error messages, the expiry mistakes, the ConvoAI body check, the stream key's and whiteboard's
verification notes: tests/core/test_diagnose_texts.py FOREIGN) are taken out while they are
still English: exactly those sentences, so they count again once their modules translate them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from PySide6.QtWidgets import QApplication

from agora_token_gui.core.access_token2 import PRIVILEGE_NAMES, SERVICE_NAMES
from agora_token_gui.core.detect import FORMAT_NAMES
from agora_token_gui.core.diagnose import ACTIONS, TITLES, Context, Diagnosis
from agora_token_gui.core.text import Text
from agora_token_gui.ui.diagnose_panel import DiagnosePanel
from agora_token_gui.ui.main_window import MainWindow
from tests.core.diagnose_cases import AK, cases
from tests.tokens import CERT, rtc

from . import test_i18n_walk
from .words import texts, untranslated

# The Chinese walk's fixtures: the catalogues built once, the main window in zh_CN.
catalogues = test_i18n_walk.catalogues
window = test_i18n_walk.window

_PRIVILEGES: Final = {n for names in PRIVILEGE_NAMES.values() for n in names.values()}
IDENTIFIERS: Final = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(a) for a in sorted([*ACTIONS, *TITLES, *FORMAT_NAMES], key=len, reverse=True)
    )
    + r")(?![\w-])"
    + r"|\b(?:"
    + "|".join(re.escape(n) for n in sorted(SERVICE_NAMES.values(), key=len, reverse=True))
    + r")\b"
    + r"|\b(?:"
    + "|".join(re.escape(n) for n in sorted(_PRIVILEGES, key=len, reverse=True))
    + r") \(\d+\)"
    + r"|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\bWeb\b"
    + r"|HMAC-SHA256|CRC-32|\b(?:NTP|URL|Base64|MessagePack|MAC)\b"
    # ConvoAI's request path and the JSON keys of its body; the whiteboard Access Key typed.
    + r"|/join\b|\"[^\"]*\"|"
    + AK
)


# A finding's severity in the report, an identifier as in the CLI's output: "[error]".
SEVERITY: Final = re.compile(r"\[(?:error|warning|info)\]")


def foreign(diagnosis: Diagnosis | None) -> list[str]:
    """The English sentences of other modules inside the findings (see the module docstring)."""
    found: list[str] = []
    for finding in diagnosis.findings if diagnosis else ():
        for part in (finding.message, finding.fix):
            found += _plain(part, inside_foreign=not isinstance(part, Text))
    return sorted(found, key=len, reverse=True)


def _plain(value: object, *, inside_foreign: bool) -> list[str]:
    """The plain strings of another module's sentence (a ``repairs`` or ``note`` parameter)."""
    if not isinstance(value, Text):
        return [str(value)] if inside_foreign and isinstance(value, str) else []
    found: list[str] = []
    for name, param in value.params.items():
        found += _plain(param, inside_foreign=inside_foreign or name in ("repairs", "note"))
    return found


def left_over(text: str, sentences: list[str]) -> str:
    for sentence in sentences:
        text = text.replace(sentence, " ")
    return untranslated(IDENTIFIERS.sub(" ", text))


def panel_problems(panel: DiagnosePanel) -> Iterator[str]:
    sentences = foreign(panel.diagnosis)
    for where, text in texts(panel, items=True):
        left = left_over(text, sentences)
        if left:
            yield f"{where}: {text!r} (left: {left})"


def fill(panel: DiagnosePanel, context: Context) -> None:
    """Type what the app used into the context form (empty where the context has nothing)."""
    panel.context_section.set_expanded(True)
    for line, value in (
        (panel.app_id, context.app_id),
        (panel.app_certificate, context.app_certificate),
        (panel.channel_name, context.channel_name),
        (panel.uid, None if context.uid is None else str(context.uid)),
        (panel.account, context.account),
        (panel.at, None if context.at is None else str(context.at)),
        (panel.error_code, context.error_code),
        (panel.secret_access_key, context.secret_access_key),
        (panel.room_uuid, context.room_uuid),
    ):
        line.setText(value or "")
    panel.join_body.setPlainText(context.join_body or "")
    panel.action.setCurrentIndex(max(0, panel.action.findData(context.action)))


def diagnose_tab(window: MainWindow, token: str) -> DiagnosePanel:
    # Cleared first: the decoder pane compares the previous token's fields with the new one's,
    # which warns under python -b when a str field meets a bytes field of another format
    # (decoder_pane._show_decoded; reported, not this lane's file).
    window.inspect_token("")
    window.inspect_token(token)
    pane = window.decoder_pane
    panel = pane.diagnose
    pane.details.setCurrentIndex(pane.details.indexOf(panel))
    QApplication.processEvents()
    return panel


def test_every_finding_of_every_case_is_shown_in_chinese(window: MainWindow) -> None:
    found: list[str] = []
    codes: set[str] = set()
    for name, token, context, _ in cases():
        panel = diagnose_tab(window, token)
        fill(panel, context)
        QApplication.processEvents()
        assert panel.diagnosis is not None, name
        codes |= set(panel.diagnosis.codes)
        found += [f"{name}: {p}" for p in panel_problems(panel)]
    print("\n".join(found))
    assert found == []
    # Every finding the core has; the decoder hands Diagnose the token it repaired (and says
    # what it repaired itself), so the repaired_* findings do not show up in this tab.
    repaired = {"repaired_whitespace", "repaired_url_encoding", "repaired_base64"}
    assert set(TITLES) - codes == {"stream_key_unopened", *repaired}


def test_the_empty_tab_and_a_refused_context_are_in_chinese(window: MainWindow) -> None:
    panel = diagnose_tab(window, "")
    panel.context_section.set_expanded(True)
    QApplication.processEvents()
    assert list(panel_problems(panel)) == []
    assert panel.verdict_label.text() == "先解析一个 Token，再进行诊断。"
    panel = diagnose_tab(window, rtc())
    fill(panel, Context(uid=123, account="alice"))
    QApplication.processEvents()
    assert panel.diagnosis is None
    assert "二者只填其一" in panel.input_error.text()
    assert list(panel_problems(panel)) == []
    fill(panel, Context(at=None))
    panel.at.setText("yesterday-ish")
    QApplication.processEvents()
    assert panel.diagnosis is None
    assert list(panel_problems(panel)) == []


def test_a_language_switch_shows_the_findings_again_and_keeps_the_context(
    window: MainWindow,
) -> None:
    _, token, context, _ = next(c for c in cases() if c[0] == "uid")
    panel = diagnose_tab(window, token)
    fill(panel, context)
    QApplication.processEvents()
    first = panel.findings.topLevelItem(0)
    assert first is not None
    assert first.text(0) == "✖ Token 属于另一个用户"
    window.set_language("en")
    QApplication.processEvents()
    first = panel.findings.topLevelItem(0)
    assert first is not None
    assert first.text(0) == "✖ The token is for another user"
    assert panel.uid.text() == "456"
    assert panel.channel_name.text() == "demo"
    assert panel.copy_report_button.text() == "Copy &report"
    assert panel.action.currentData() == "rtc-join"
    assert panel.action.currentText() == "rtc-join: join an RTC channel"
    window.set_language("zh_CN")
    QApplication.processEvents()
    first = panel.findings.topLevelItem(0)
    assert first is not None
    message = first.child(0)
    assert message is not None
    assert message.text(0) == "RTC 服务对应 '123'，但应用使用的是数字 456。"
    assert panel.action.currentText() == "rtc-join：加入 RTC 频道"
    assert list(panel_problems(panel)) == []


def test_the_support_report_is_in_chinese_and_never_holds_the_certificate(
    window: MainWindow,
) -> None:
    found: list[str] = []
    for name in ("006 privilege shorter", "uid", "error 110 incomplete", "malformed", "dk5"):
        _, token, context, _ = next(c for c in cases() if c[0] == name)
        panel = diagnose_tab(window, token)
        fill(panel, context)
        QApplication.processEvents()
        report = panel.report_text()
        assert report.startswith("声网 Token 诊断\n"), name
        assert CERT.lower() not in report.lower()
        sentences = foreign(panel.diagnosis)
        findings, decoded = report.split("\n" + "解析出的 Token" + "\n")
        lines = findings.splitlines()
        # The decoded rows' labels: their values are the token's own (channel, signature).
        lines += [re.split(r"\s{2,}", line.strip())[0] for line in decoded.splitlines()]
        found += [
            f"{name}: {line!r}" for line in lines if left_over(SEVERITY.sub(" ", line), sentences)
        ]
    assert found == []
