"""Issue #9 in the generator: output that belongs to its request, privileges that lapse before
the token, tooltips in the unit shown, empty login users."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from agora_token_gui.core.catalog import G006, G007
from agora_token_gui.ui.fields import DurationField
from agora_token_gui.ui.form import GeneratorTab
from agora_token_gui.ui.output_panel import OutputPanel

from .helpers import BUILD, NOW, credentials


def is_stale(output: OutputPanel) -> bool:
    """Read through a call: mypy would otherwise keep the first assert's narrowing."""
    return output.stale


def make_tab(qtbot: QtBot, group: str = G007) -> GeneratorTab:
    tab = GeneratorTab(group, credentials=credentials, build=BUILD, now=lambda: NOW)
    qtbot.addWidget(tab)
    return tab


def generate_rtc(tab: GeneratorTab) -> None:
    tab.select_kind("007/rtc_uid")
    form = tab.current_form()
    form.fields["channel_name"].set_value("demo")
    form.fields["uid"].set_value(123)
    assert tab.generate() is not None


def test_the_output_is_labelled_with_kind_channel_and_user(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    generate_rtc(tab)
    label = tab.output.request_label.text()
    assert label == "AccessToken2 (007) · RTC by uid · channel 'demo' · user 123"
    assert not is_stale(tab.output)


def test_the_output_dims_as_soon_as_the_form_changes_and_recovers_on_undo(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    generate_rtc(tab)
    output = tab.output
    token = output.token_text()
    tab.current_form().fields["channel_name"].set_value("other")
    assert is_stale(output)
    assert not output.token_edit.isEnabled()
    assert not output.copy_button.isEnabled()
    assert not output.copy_token_action.isEnabled()
    assert output.request_label.text().startswith("Out of date: made for AccessToken2 (007)")
    assert output.token_text() == token  # still visible, dimmed, for reference
    tab.current_form().fields["channel_name"].set_value("demo")
    assert not is_stale(output)
    assert output.copy_button.isEnabled()


def test_the_output_dims_when_another_kind_is_chosen(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    generate_rtc(tab)
    tab.select_kind("007/rtm")
    assert is_stale(tab.output)
    tab.select_kind("007/rtc_uid")
    assert not is_stale(tab.output)


def test_the_expiry_line_is_the_effective_expiry(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    tab.select_kind("007/rtc_uid")
    form = tab.current_form()
    form.fields["token_expire"].set_value(7200)  # the privilege lifetime stays 1 h
    generate_rtc(tab)
    line = tab.output.expiry_label.plain_text()
    assert line.startswith("Joining and publishing stop in 1 h; the token itself expires in 2 h")


def test_privilege_shorter_than_token_warns_and_offers_same_as_token(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    tab.select_kind("007/rtc_uid")
    form = tab.current_form()
    form.fields["channel_name"].set_value("demo")
    form.fields["uid"].set_value(1)
    assert not form.same_as_token_button.isVisibleTo(form)
    form.fields["token_expire"].set_value(7200)
    privilege = form.fields["privilege_expire"]
    assert "Privilege lifetime ends 1 h earlier than Token lifetime" in (
        privilege.message.plain_text()
    )
    assert form.same_as_token_button.isVisibleTo(form)
    form.same_as_token_button.click()
    assert privilege.value() == 7200
    assert "earlier than" not in privilege.message.plain_text()
    assert not form.same_as_token_button.isVisibleTo(form)


def test_same_as_token_for_006_with_an_empty_ts_is_0(qtbot: QtBot) -> None:
    tab = make_tab(qtbot, G006)
    form = tab.select_kind("006/rtc_uid")
    form.fields["channel_name"].set_value("demo")
    form.fields["uid"].set_value(1)
    assert form.same_as_token_button.isVisibleTo(form)  # 1 h privileges, ts now + 24 h
    form.same_as_token_button.click()
    assert form.fields["privilege_expired_ts"].value() == 0
    assert not form.same_as_token_button.isVisibleTo(form)


def test_lifetime_tooltips_follow_the_unit(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    form = tab.select_kind("007/rtc_uid")
    field = form.fields["token_expire"]
    assert isinstance(field, DurationField)
    assert field.unit_combo.currentText() == "h"
    assert field.toolTip().startswith("Hours after the issue time")
    assert form.labels["token_expire"].toolTip().startswith("Hours after the issue time")
    field.unit_combo.setCurrentIndex(field.unit_combo.findText("min"))
    assert field.line_edit.toolTip().startswith("Minutes after the issue time")
    assert form.labels["token_expire"].toolTip().startswith("Minutes after")


def test_an_empty_rtm_user_warns(qtbot: QtBot) -> None:
    tab = make_tab(qtbot)
    form = tab.select_kind("007/rtm")
    form.fields["user_id"].set_value("")
    result = tab.generate()  # builds, as Agora's builder does, but says so
    assert result is not None
    assert [w.field for w in result.warnings] == ["user_id"]
    assert "User id is empty" in form.fields["user_id"].message.plain_text()
    assert "User id is empty" in tab.output.warnings.plain_text()
