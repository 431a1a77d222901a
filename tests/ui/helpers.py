"""Shared test data: fill any catalogue form through its widgets and say what it must produce."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from agora_token_gui.core.build import build
from agora_token_gui.core.catalog import FieldKind, FieldSpec, KeyKind, Pin
from agora_token_gui.core.detect import JSONValue
from agora_token_gui.ui.editors import PermissionsField, PrivilegesField, ServicesField
from agora_token_gui.ui.fields import (
    ChoiceField,
    DurationField,
    FieldWidget,
    MillisecondsField,
    NumberField,
    TextField,
    TimestampField,
)
from agora_token_gui.ui.form import Form
from tests import tokens

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from agora_token_gui.ui.main_window import MainWindow

APP_ID = tokens.APP
CERTIFICATE = tokens.CERT

NOW = 1_700_000_000


def fixed_randint(low: int, high: int) -> int:
    return low


BUILD = partial(build, now=NOW, randint=fixed_randint)


def credentials() -> tuple[str, str]:
    return APP_ID, CERTIFICATE


def make_form(kind: KeyKind, parent: QWidget | None = None) -> Form:
    return Form(kind, parent, credentials=credentials, build=BUILD, now=lambda: NOW)


def sample(spec: FieldSpec) -> JSONValue:
    """A valid value for a field, different from what a fresh form shows."""
    kind = spec.kind
    if spec.pin is Pin.IV:
        return "00112233445566778899aabbccddeeff"
    if kind is FieldKind.MILLISECONDS:
        return NOW * 1000 - 5 if spec.pin is Pin.NOW_MS else 600_000
    if kind is FieldKind.TEXT_OR_NUMBER:
        return "2882341273"
    if kind is FieldKind.TEXT:
        if spec.channel:
            return "demo-channel"
        return "2882341273" if spec.name == "uid" else f"{spec.name}-a"
    if kind is FieldKind.UID:
        return 2882341273
    if kind is FieldKind.UINT32:
        return 12345678 if spec.pin is Pin.SALT else 7654321
    if kind is FieldKind.INT16:
        return -3
    if kind is FieldKind.DURATION:
        return 7200
    if kind is FieldKind.TIMESTAMP:
        if spec.pin is Pin.NOW:
            return NOW - 60
        return NOW + 86_400 if spec.pin is Pin.NOW_PLUS_DAY else NOW + 7200
    if kind is FieldKind.CHOICE:
        return spec.choices[-1].value
    if kind is FieldKind.PRIVILEGES:
        return {"1": NOW + 3600, "2": 0}
    if kind is FieldKind.PERMISSIONS:
        return {"0": {"1": ["chan-a", "chan-b"]}, "4": {"0": ["user-a"]}}
    return [
        {
            "type": 1,
            "privileges": {"1": 3600, "2": 1800},
            "channel_name": "demo-channel",
            "uid": "2882341273",
        },
        {"type": 2, "privileges": {"1": 600}, "user_id": "user-a"},
    ]


def fill(field: FieldWidget, value: JSONValue) -> None:
    """Type ``value`` into a field the way a person would, through its own child widgets."""
    if isinstance(field, TextField | NumberField | TimestampField | MillisecondsField):
        field.line_edit.setText(str(value))
    elif isinstance(field, DurationField):
        assert isinstance(value, int)
        field.unit_combo.setCurrentIndex(field.unit_combo.findText("h"))
        field.line_edit.setText(str(value // 3600))
    elif isinstance(field, ChoiceField):
        field.combo.setCurrentIndex(field.combo.findData(value))
    elif isinstance(field, PrivilegesField):
        assert isinstance(value, dict)
        editor = field.privileges
        editor.clear_rows()
        for key, item in value.items():
            editor.add_row(int(key), item)
    elif isinstance(field, PermissionsField):
        assert isinstance(value, dict)
        editor_p = field.permissions
        editor_p.clear_rows()
        for resource, by_permission in value.items():
            assert isinstance(by_permission, dict)
            for permission, names in by_permission.items():
                assert isinstance(names, list)
                joined = ", ".join(str(n) for n in names)
                editor_p.add_row(int(resource), int(permission), joined)
    elif isinstance(field, ServicesField):
        assert isinstance(value, list)
        services = field.services
        services.clear_services()
        for item in value:
            assert isinstance(item, dict)
            service_type = item["type"]
            assert isinstance(service_type, int)
            service = services.add_service(service_type)
            service.privileges.clear_rows()
            privileges = item["privileges"]
            assert isinstance(privileges, dict)
            for key, seconds in privileges.items():
                service.privileges.add_row(int(key), seconds)
            for name, text in item.items():
                if name not in ("type", "privileges"):
                    service.field_edits[name].setText(str(text))
    else:  # pragma: no cover - every field kind is listed above
        raise AssertionError(type(field))


def fill_form(form: Form) -> dict[str, object]:
    """Fill every field with ``sample`` values; returns the request dict that must result."""
    expected: dict[str, object] = {"format": form.kind.format}
    if not form.kind.implicit_builder:
        expected["builder"] = form.kind.builder
    credentials = form.kind.credentials  # the form puts the window's pair under the kind's keys
    if credentials.identity is not None:
        expected[credentials.identity] = APP_ID
    expected[credentials.secret] = CERTIFICATE
    for spec in form.kind.fields:
        value = sample(spec)
        fill(form.fields[spec.name], value)
        expected[spec.name] = value
    return expected


def pinned_window(qtbot: QtBot, settings_file: Path) -> MainWindow:
    """A main window with pinned time and salts, its own settings file, and the test credentials."""
    from PySide6.QtCore import QSettings

    from agora_token_gui.ui.main_window import MainWindow
    from agora_token_gui.ui.profiles import Keychain
    from agora_token_gui.ui.settings import Settings

    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    main = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(main)
    main.app_id_edit.setText(APP_ID)
    main.certificate_edit.setText(CERTIFICATE)
    return main
