from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from agora_token_gui.core.catalog import KINDS, FieldSpec, find
from agora_token_gui.core.detect import JSONValue
from agora_token_gui.ui.editors import PermissionsField, PrivilegesField, ServicesField
from agora_token_gui.ui.fields import (
    ChoiceField,
    DurationField,
    NumberField,
    TimestampField,
    UidField,
    number_or_text,
    zero_meaning,
)
from agora_token_gui.ui.form import create_field
from agora_token_gui.ui.widgets import MessageLabel, is_dark, status_colour, with_mnemonic

from .helpers import NOW


def spec(key: str, name: str) -> FieldSpec:
    format_, builder = key.split("/")
    kind = find(format_, builder)
    assert kind is not None
    return kind.field(name)


def test_number_or_text() -> None:
    assert number_or_text("42") == 42
    assert number_or_text("-1") == -1
    assert number_or_text("4x") == "4x"
    assert number_or_text("") == ""


def test_zero_meaning_comes_from_the_help() -> None:
    assert zero_meaning(spec("007/rtc_uid", "privilege_expire")) == "no separate limit"
    assert zero_meaning(spec("005/media_channel", "expired_ts")) == "never"
    assert zero_meaning(spec("007/rtc_uid", "token_expire")) == ""


def test_with_mnemonic_picks_a_free_letter_and_escapes_ampersands() -> None:
    used = {"c"}
    assert with_mnemonic("Channel name", used) == "C&hannel name"
    assert with_mnemonic("Channel", used) == "Ch&annel"
    assert with_mnemonic("A & B", {"a"}) == "A && &B"


def test_every_field_kind_has_a_widget(qtbot: QtBot) -> None:
    seen = set()
    for kind in KINDS:
        for field_spec in kind.fields:
            if field_spec.kind in seen:
                continue
            seen.add(field_spec.kind)
            widget = create_field(field_spec, now=lambda: NOW)
            qtbot.addWidget(widget)
            assert widget.spec is field_spec
    assert len(seen) == 12


def test_duration_converts_units_and_shows_the_instant(qtbot: QtBot) -> None:
    field = DurationField(spec("007/rtc_uid", "token_expire"), now=lambda: NOW)
    qtbot.addWidget(field)
    field.set_reference(NOW)
    field.set_value(7200)
    assert field.unit_combo.currentText() == "h"
    assert field.line_edit.text() == "2"
    field.unit_combo.setCurrentIndex(field.unit_combo.findText("min"))
    assert field.value() == 120
    field.line_edit.setText("90")
    assert field.value() == 5400
    assert field.preview.text().startswith("1 h 30 min → expires ")
    assert field.preview.text().endswith(", in 1 h 30 min")
    assert "UTC" in field.preview.text()


def test_duration_zero_explains_itself(qtbot: QtBot) -> None:
    field = DurationField(spec("007/rtc_uid", "privilege_expire"), now=lambda: NOW)
    qtbot.addWidget(field)
    field.set_value(0)
    field.set_reference(NOW)
    assert field.preview.text() == "0 = no separate limit"
    field.line_edit.setText("")
    assert field.value() is None
    assert field.line_edit.placeholderText() == "empty = 0"


def test_timestamp_shortcuts_and_preview(qtbot: QtBot) -> None:
    field = TimestampField(spec("005/media_channel", "expired_ts"), now=lambda: NOW)
    qtbot.addWidget(field)
    texts = [b.text() for b in field.shortcut_buttons]
    assert texts[:3] == ["In 1 h", "24 h", "7 days"]
    assert texts[3] == "0 = never"
    field.shortcut_buttons[1].click()
    assert field.value() == NOW + 86_400
    assert field.preview.text().endswith("in 1 day")
    field.shortcut_buttons[3].click()
    assert field.value() == 0
    assert field.preview.text() == "0 = never"


def test_timestamp_takes_iso_and_relative_text(qtbot: QtBot) -> None:
    field = TimestampField(spec("signaling/token", "expired_ts"), now=lambda: NOW)
    qtbot.addWidget(field)
    field.line_edit.setText("2023-11-14T22:13:20Z")
    assert field.value() == NOW
    field.line_edit.setText("+2h")
    assert field.value() == NOW + 7200
    field.line_edit.setText("soon")
    assert field.value() == "soon"  # the core says what is wrong with it


def test_pinned_timestamp_shortcuts_go_into_the_past(qtbot: QtBot) -> None:
    field = TimestampField(spec("007/rtc_uid", "issue_ts"), now=lambda: NOW)
    qtbot.addWidget(field)
    assert field.value() is None
    field.refresh_preview(NOW)
    assert field.preview.text() == "Empty: the time you click Generate."
    field.shortcut_buttons[0].click()  # 1 h ago
    assert field.value() == NOW - 3600
    assert field.saved_value() is None  # pins are never saved


def test_salt_random_button_pins_a_value_in_range(qtbot: QtBot) -> None:
    field = NumberField(spec("007/rtc_uid", "salt"), now=lambda: NOW)
    qtbot.addWidget(field)
    assert field.random_button is not None
    field.random_button.click()
    value = field.value()
    assert isinstance(value, int)
    assert 1 <= value <= 99_999_999


def test_uid_field_has_the_any_user_hint(qtbot: QtBot) -> None:
    field = UidField(spec("007/rtc_uid", "uid"), now=lambda: NOW)
    qtbot.addWidget(field)
    assert field.hint.text() == "0 = any user may join"
    field.line_edit.setText("0")
    assert field.value() == 0


def test_choice_shows_each_roles_help(qtbot: QtBot) -> None:
    field = ChoiceField(spec("006/rtc_uid", "role"), now=lambda: NOW)
    qtbot.addWidget(field)
    tips = [
        field.combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(field.combo.count())
    ]
    assert tips[0] == "join and publish audio, video and data"
    field.set_value(2)
    assert field.value() == 2
    assert field.preview.text() == "Subscriber: join only"


def test_privileges_editor_reads_names_and_raw_ids(qtbot: QtBot) -> None:
    field = PrivilegesField(spec("006/privileges", "privileges"), now=lambda: NOW)
    qtbot.addWidget(field)
    assert field.value() == {"1": 0}
    field.privileges.add_row()  # the next free known privilege
    field.privileges.add_row(1000, NOW)
    assert field.value() == {"1": 0, "2": "", "1000": NOW}
    value_edit = field.privileges.rows[1][1]
    assert isinstance(value_edit, QLineEdit)
    value_edit.setText("5")
    combo = field.privileges.rows[2][0]
    assert isinstance(combo, QComboBox)
    combo.setEditText("77")
    assert field.value() == {"1": 0, "2": 5, "77": NOW}


def test_privileges_listed_twice_is_an_error(qtbot: QtBot) -> None:
    field = PrivilegesField(spec("006/privileges", "privileges"), now=lambda: NOW)
    qtbot.addWidget(field)
    field.privileges.add_row(1, 5)
    assert field.local_error() == "Privileges: privilege 1 is listed more than once."
    field.privileges.remove_row(1)
    assert field.local_error() == ""


def test_json_toggle_round_trips_and_reports_bad_json(qtbot: QtBot) -> None:
    field = PermissionsField(spec("007/rtm_permissions", "permissions"), now=lambda: NOW)
    qtbot.addWidget(field)
    field.permissions.add_row(0, 1, "a, b")
    field.json_button.click()
    assert json.loads(field.json_edit.toPlainText()) == {"0": {"1": ["a", "b"]}}

    field.json_edit.setPlainText('{"4": {"0": ["user-a"]}}')
    assert field.value() == {"4": {"0": ["user-a"]}}
    field.json_edit.setPlainText("{oops")
    assert field.value() is None
    assert field.local_error().startswith("Permissions is not valid JSON")
    field.json_button.click()  # cannot leave JSON while it does not parse
    assert field.in_json_mode()

    field.json_edit.setPlainText('{"4": {"0": ["user-a"]}}')
    field.json_button.click()
    assert not field.in_json_mode()
    assert field.value() == {"4": {"0": ["user-a"]}}


def test_services_editor_add_remove_reorder_and_type_fields(qtbot: QtBot) -> None:
    field = ServicesField(spec("007/services", "services"), now=lambda: NOW)
    qtbot.addWidget(field)
    services = field.services
    assert field.value() == [{"type": 1, "privileges": {"1": 3600}, "channel_name": "", "uid": ""}]
    rtm = services.add_service(8)
    assert [services.service_list.item(i).text() for i in range(2)] == [
        "1. RTC (type 1)",
        "2. RTM2 (type 8)",
    ]
    rtm.field_edits["user_id"].setText("u1")
    rtm.permissions.add_row(2, 0, "g1")
    services.move_service(1, -1)
    value = field.value()
    assert isinstance(value, list)
    assert value[0] == {
        "type": 8,
        "privileges": {"1": 3600},
        "user_id": "u1",
        "permissions": {"2": {"0": ["g1"]}},
    }
    other = services.add_service(1)
    other.set_service_type(42)
    assert other.raw_type_edit.isVisibleTo(other)
    value = field.value()
    assert isinstance(value, list)
    assert value[-1] == {"type": 42, "privileges": {"1": 3600}}
    services.remove_service(2)
    assert len(services.editors) == 2


def test_services_json_shows_the_requests_md_list(qtbot: QtBot) -> None:
    field = ServicesField(spec("007/services", "services"), now=lambda: NOW)
    qtbot.addWidget(field)
    data: JSONValue = [
        {"type": 7, "privileges": {"2": 60}, "room_uuid": "", "user_uuid": "u", "role": -1}
    ]
    field.set_value(data)
    assert not field.in_json_mode()
    assert field.value() == data
    field.set_value([{"type": 1, "bogus": 1}])  # does not fit the table: stays as JSON
    assert field.in_json_mode()
    assert field.value() == [{"type": 1, "bogus": 1}]


def test_message_label_colours_readably_in_dark_and_light(qtbot: QtBot) -> None:
    label = MessageLabel()
    qtbot.addWidget(label)
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.white)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    assert not is_dark(light)
    assert is_dark(dark)
    for status in ("error", "warning", "ok"):
        on_light = status_colour(light, status)
        on_dark = status_colour(dark, status)
        assert on_light.lightness() < 128 < on_dark.lightness()
    label.set_lines([("error", "bad <thing>")])
    assert "&lt;thing&gt;" in label.text()
    assert label.plain_text() == "bad <thing>"
    label.set_lines([])
    assert label.text() == ""
    assert label.isHidden()


@pytest.mark.parametrize("number", [0, 11, 65535])
def test_raw_service_type_accepts_any_number(qtbot: QtBot, number: int) -> None:
    field = ServicesField(spec("007/services", "services"), now=lambda: NOW)
    qtbot.addWidget(field)
    editor = field.services.editors[0]
    editor.set_service_type(number)
    assert editor.service_type() == number
    assert editor.title() == f"unknown (type {number})"
