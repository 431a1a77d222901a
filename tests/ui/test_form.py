from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from agora_token_gui.core.build import BuildResult, build
from agora_token_gui.core.catalog import G006, G007, GROUPS, KINDS, FieldKind, KeyKind, find
from agora_token_gui.core.request import request_to_json
from agora_token_gui.ui.fields import DurationField, NumberField, TextField
from agora_token_gui.ui.form import Form, GeneratorTab, identity_sibling

from .helpers import (
    APP_ID,
    BUILD,
    CERTIFICATE,
    NOW,
    credentials,
    fill_form,
    fixed_randint,
    make_form,
)

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractButton,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
)


def kind(key: str) -> KeyKind:
    format_, builder = key.split("/")
    found = find(format_, builder)
    assert found is not None
    return found


def new_form(qtbot: QtBot, key: str) -> Form:
    form = make_form(kind(key))
    qtbot.addWidget(form)
    return form


@pytest.mark.parametrize("key_kind", KINDS, ids=lambda k: k.key)
def test_every_kind_generates_the_token_the_core_builds(qtbot: QtBot, key_kind: KeyKind) -> None:
    form = make_form(key_kind)
    qtbot.addWidget(form)
    expected = fill_form(form)

    assert form.request_data() == expected
    assert not form.has_errors(), form.problems
    assert form.generate_button.isEnabled()
    with qtbot.waitSignal(form.token_generated) as blocker:
        form.generate_button.click()

    assert blocker.args is not None
    result = blocker.args[0]
    assert isinstance(result, BuildResult)
    reference = build(expected, now=NOW, randint=fixed_randint)
    assert result.token == reference.token
    # The request the form built is exactly the requests.md dict (minus the certificate).
    secret = key_kind.credentials.secret
    without_certificate = {k: v for k, v in expected.items() if k != secret}
    assert request_to_json(result.request, pinned=result.pinned) == without_certificate


@pytest.mark.parametrize("key_kind", KINDS, ids=lambda k: k.key)
def test_every_input_of_every_form_has_an_accessible_name(qtbot: QtBot, key_kind: KeyKind) -> None:
    form = make_form(key_kind)
    qtbot.addWidget(form)
    unnamed = []
    for widget in form.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _inside_combo_or_spin(widget):
            continue
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.parent()!r}")
    assert unnamed == []


def _inside_combo_or_spin(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("key_kind", KINDS, ids=lambda k: k.key)
def test_every_label_has_a_buddy_and_a_unique_mnemonic(qtbot: QtBot, key_kind: KeyKind) -> None:
    form = make_form(key_kind)
    qtbot.addWidget(form)
    letters = []
    for name, label in form.labels.items():
        assert label.buddy() is form.fields[name].focus_widget()
        text = label.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters))
    assert "g" not in letters  # &Generate


def test_tab_order_follows_the_catalogue(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    order = [s.name for s in form.kind.fields if s.pin is None]
    chain: list[QWidget] = []
    widget: QWidget | None = form.fields[order[0]].focus_widget()
    for _ in range(80):
        assert widget is not None
        chain.append(widget)
        widget = widget.nextInFocusChain()
    positions = [chain.index(form.fields[name].focus_widget()) for name in order]
    assert positions == sorted(positions)
    toggle = chain.index(form.advanced.toggle_button)
    issue_ts = chain.index(form.fields["issue_ts"].focus_widget())
    salt = chain.index(form.fields["salt"].focus_widget())
    assert positions[-1] < toggle < issue_ts < salt < chain.index(form.generate_button)


def fill_rtc(form: Form) -> None:
    form.fields["channel_name"].set_value("demo")
    form.fields["uid"].set_value(42)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-1", "User ID (uid) must be a whole number from 0 to 4294967295; got -1."),
        (
            "4294967296",
            "User ID (uid) must be a whole number from 0 to 4294967295; got 4294967296.",
        ),
    ],
)
def test_uid_out_of_range_is_reported_under_the_field(
    qtbot: QtBot, text: str, message: str
) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    fill_rtc(form)
    uid = form.fields["uid"]
    assert isinstance(uid, NumberField)
    uid.line_edit.setText(text)

    assert uid.message.plain_text() == message
    assert uid.message.isVisibleTo(form)
    assert form.has_errors()
    with qtbot.assertNotEmitted(form.token_generated):
        assert form.generate() is None


def test_uid_field_takes_digits_only_from_the_keyboard(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    uid = form.fields["uid"]
    assert isinstance(uid, NumberField)
    QTest.keyClicks(uid.line_edit, "-12a3")
    assert uid.line_edit.text() == "123"


def test_empty_required_field_says_so_and_blocks_generate(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    fill_rtc(form)
    expire = form.fields["token_expire"]
    assert isinstance(expire, DurationField)
    expire.line_edit.setText("")

    assert expire.message.plain_text().startswith("Token lifetime is required")
    assert form.has_errors()


def test_bad_app_id_blocks_generate_with_the_cores_message(qtbot: QtBot) -> None:
    form = Form(
        kind("007/rtc_uid"),
        credentials=lambda: ("not-hex", CERTIFICATE),
        build=BUILD,
        now=lambda: NOW,
    )
    qtbot.addWidget(form)
    fill_rtc(form)

    messages = [p.message for p in form.problems_for("app_id")]
    assert messages == [
        "The App ID must be exactly 32 hexadecimal characters; this one has 7 characters, "
        "including 'n' which is not hexadecimal."
    ]
    assert form.has_errors()
    with qtbot.assertNotEmitted(form.token_generated):
        form.generate_button.click()


def test_warning_is_shown_but_generate_stays_enabled(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    fill_rtc(form)
    expire = form.fields["token_expire"]
    assert isinstance(expire, DurationField)
    expire.unit_combo.setCurrentIndex(expire.unit_combo.findText("days"))
    expire.line_edit.setText("2")

    assert "Agora caps lifetimes at 24 h" in expire.message.plain_text()
    assert form.generate_button.isEnabled()
    result = form.generate()
    assert result is not None
    # and the 1 h privilege lifetime now ends long before the token (issue #9)
    assert [w.field for w in result.warnings] == ["token_expire", "privilege_expire"]


def test_empty_pins_are_left_out_and_then_drawn_by_the_core(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    fill_rtc(form)
    data = form.request_data()
    assert "issue_ts" not in data
    assert "salt" not in data
    result = form.generate()
    assert result is not None
    assert result.pinned == {"issue_ts": NOW, "salt": 1}


def test_duration_shows_when_it_ends_counting_from_a_pinned_issue_time(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    form.fields["issue_ts"].set_value(NOW - 3600)
    preview = form.fields["token_expire"].preview.text()
    # 3600 s after an issue time one hour ago: expires now.
    assert preview.startswith("1 h → expires ")
    assert preview.endswith(", now")


def test_advanced_section_holds_the_pins_and_starts_collapsed(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    form.show()
    assert not form.advanced.is_expanded()
    assert not form.fields["salt"].isVisible()
    form.advanced.toggle_button.click()
    assert form.fields["salt"].isVisible()
    assert form.advanced.toggle_button.text() == "Advanced: issue time, salt"


def test_an_already_expired_token_can_be_made_from_the_advanced_shortcuts(qtbot: QtBot) -> None:
    form = new_form(qtbot, "005/media_channel")
    fill_rtc(form)
    form.fields["expired_ts"].set_value(NOW - 1)
    result = form.generate()
    assert result is not None
    assert "ago" in form.fields["expired_ts"].preview.text()


def test_text_fields_keep_what_was_typed(qtbot: QtBot) -> None:
    form = new_form(qtbot, "006/privileges")
    uid = form.fields["uid"]
    assert isinstance(uid, TextField)
    uid.line_edit.setText("0")
    assert form.request_data()["uid"] == "0"


def test_field_values_skip_pins_and_restore(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_uid")
    fill_rtc(form)
    form.fields["salt"].set_value(5)
    saved = form.field_values()
    assert "salt" not in saved
    assert saved["channel_name"] == "demo"

    other = new_form(qtbot, "007/rtc_uid")
    other.restore_field_values(saved)
    assert other.fields["channel_name"].value() == "demo"
    assert other.fields["uid"].value() == 42


def make_tab(qtbot: QtBot, group: str) -> GeneratorTab:
    tab = GeneratorTab(group, credentials=credentials, build=BUILD, now=lambda: NOW)
    qtbot.addWidget(tab)
    return tab


def test_generator_tab_lists_the_groups_kinds_with_descriptions(qtbot: QtBot) -> None:
    for group in GROUPS:
        tab = make_tab(qtbot, group)
        titles = [tab.kind_combo.itemText(i) for i in range(tab.kind_combo.count())]
        assert titles == [k.title for k in KINDS if k.group == group]
        assert tab.current_kind().description in tab.description_label.text()


def test_uid_account_radio_switches_builder_and_keeps_shared_values(qtbot: QtBot) -> None:
    tab = make_tab(qtbot, G007)
    form = tab.select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("shared-channel")
    assert tab.identity_row.isVisibleTo(tab)
    assert tab.uid_radio.isChecked()

    tab.account_radio.click()

    assert tab.current_kind().key == "007/rtc_account"
    assert tab.current_form().fields["channel_name"].value() == "shared-channel"
    tab.uid_radio.click()
    assert tab.current_kind().key == "007/rtc_uid"


def test_identity_radio_is_hidden_where_there_is_no_choice(qtbot: QtBot) -> None:
    tab = make_tab(qtbot, G007)
    tab.select_kind("007/rtm")
    assert not tab.identity_row.isVisibleTo(tab)


def test_identity_siblings_pair_uid_and_account_builders() -> None:
    pairs = {k.key: s.key for k in KINDS if (s := identity_sibling(k)) is not None}
    assert pairs == {
        "007/rtc_uid": "007/rtc_account",
        "007/rtc_account": "007/rtc_uid",
        "007/rtc_uid_privileges": "007/rtc_account_privileges",
        "007/rtc_account_privileges": "007/rtc_uid_privileges",
        "006/rtc_uid": "006/rtc_account",
        "006/rtc_account": "006/rtc_uid",
    }


def test_generated_token_appears_in_the_tabs_output(qtbot: QtBot) -> None:
    tab = make_tab(qtbot, G006)
    form = tab.select_kind("006/rtc_uid")
    fill_rtc(form)
    with qtbot.waitSignal(tab.token_generated):
        tab.generate()
    assert tab.output.token_edit.text().startswith("006" + APP_ID)
    assert tab.output.length_label.text() == f"{len(tab.output.token_edit.text())} characters"


def test_labels_are_what_the_catalogue_says(qtbot: QtBot) -> None:
    form = new_form(qtbot, "007/rtc_rtm2")
    for spec in form.kind.fields:
        label = form.labels[spec.name]
        assert isinstance(label, QLabel)
        assert label.text().replace("&", "") == spec.label.replace("&", "")
        if spec.kind is FieldKind.DURATION:
            assert isinstance(form.fields[spec.name], DurationField)
