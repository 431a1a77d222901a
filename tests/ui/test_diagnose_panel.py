"""DiagnosePanel: findings on screen, verdict line, live updates, a report without secrets."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from agora_token_gui.ui.diagnose_panel import DiagnosePanel
from tests.tokens import APP, CERT, T, rtc


def make_panel(qtbot: QtBot, now: int = T + 60) -> DiagnosePanel:
    panel = DiagnosePanel(now=lambda: now)
    qtbot.addWidget(panel)
    return panel


def fill(panel: DiagnosePanel) -> None:
    panel.app_id.setText(APP)
    panel.app_certificate.setText(CERT)
    panel.channel_name.setText("demo")
    panel.uid.setText("123")
    panel.action.setCurrentIndex(panel.action.findData("rtc-join"))


def top(panel: DiagnosePanel, index: int) -> QTreeWidgetItem:
    item = panel.findings.topLevelItem(index)
    assert item is not None
    return item


def shown_codes(panel: DiagnosePanel) -> list[str]:
    items = [top(panel, i) for i in range(panel.findings.topLevelItemCount())]
    return [item.text(1) for item in items if item.text(1)]


def test_token_and_context_produce_findings_on_screen(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, now=T + 700)
    fill(panel)
    panel.set_token(rtc(token_expire=600))
    assert shown_codes(panel) == ["expired"]
    item = top(panel, 0)
    assert item.text(0) == "✖ The token has expired"
    message, fix = item.child(0), item.child(1)
    assert message is not None
    assert fix is not None
    assert "before the failure moment" in message.text(0)
    assert fix.text(0).startswith("Fix: ")
    assert "The token has expired (expired, error)" in panel.finding_detail.text()
    assert panel.verdict_label.text().startswith("✖ Rejected")
    assert "color:" in panel.verdict_label.styleSheet()


def test_findings_follow_the_context_as_it_changes(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.set_token(rtc())
    assert panel.verdict_label.text().startswith("? Unknown")
    assert "App Certificate" in panel.notes.text()
    fill(panel)
    assert panel.verdict_label.text().startswith("✔ Accepted")
    assert shown_codes(panel) == []
    panel.channel_name.setText("other")
    assert shown_codes(panel) == ["channel_mismatch"]
    panel.channel_name.setText("demo")
    panel.action.setCurrentIndex(panel.action.findData("rtm-login"))
    assert shown_codes(panel) == ["missing_service"]
    panel.action.setCurrentIndex(0)
    panel.at.setText(str(T + 4000))
    assert shown_codes(panel) == ["expired"]
    panel.error_code.setText("109")
    assert shown_codes(panel) == ["expired", "error_code"]


def test_unusable_context_is_reported_in_place(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.set_token(rtc())
    panel.app_certificate.setText("abc")
    assert "32 hexadecimal" in panel.input_error.plain_text()
    assert shown_codes(panel) == []
    assert not panel.copy_report_button.isEnabled()
    panel.app_certificate.setText(CERT)
    panel.at.setText("not a time")
    assert "not a time" in panel.input_error.plain_text()
    panel.at.clear()
    assert panel.input_error.plain_text() == ""


def test_copy_report_contains_no_certificate(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    fill(panel)
    panel.app_certificate.setText(CERT.swapcase())
    panel.set_token(rtc())
    assert shown_codes(panel) == ["certificate_case"]
    with qtbot.waitSignal(panel.status_message) as blocker:
        panel.copy_report_button.click()
    report = QGuiApplication.clipboard().text()
    assert "certificate_case" in report
    assert "Decoded token" in report
    for variant in (CERT, CERT.lower(), CERT.upper(), CERT.swapcase()):
        assert variant not in report
    assert blocker.args is not None
    assert "no App Certificate" in blocker.args[0]


def test_certificate_input_is_masked_and_inputs_are_named(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert panel.app_certificate.echoMode() == panel.app_certificate.EchoMode.Password
    for widget in (
        panel.app_id,
        panel.app_certificate,
        panel.channel_name,
        panel.uid,
        panel.account,
        panel.action,
        panel.at,
        panel.error_code,
    ):
        assert widget.accessibleName()


def test_set_context_defaults_fills_the_inputs(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.account.setText("someone")
    panel.set_context_defaults(APP, CERT, "demo", 123, None)
    assert (panel.app_id.text(), panel.channel_name.text(), panel.uid.text()) == (
        APP,
        "demo",
        "123",
    )
    assert panel.account.text() == ""
    panel.set_token(rtc())
    assert panel.diagnosis is not None
    assert panel.diagnosis.verdict == "accepted"
    panel.set_context_defaults("", "", None, None, "alice")
    assert (panel.app_id.text(), panel.uid.text(), panel.account.text()) == (APP, "", "alice")
    assert shown_codes(panel) == ["uid_type_mismatch"]


def test_no_token_no_findings(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.set_token("   ")
    assert panel.diagnosis is None
    assert not panel.copy_report_button.isEnabled()
    assert "Decode a token" in panel.verdict_label.text()


def test_the_uid_field_takes_ascii_digits_only(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    for text in ("²", "٣", "1²"):  # int() would read "٣" as 3: the one uid rule says no
        panel.uid.setText(text)
        assert not panel.uid.hasAcceptableInput(), text
    panel.uid.setText("4294967295")
    assert panel.uid.hasAcceptableInput()
