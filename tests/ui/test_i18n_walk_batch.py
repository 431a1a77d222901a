"""In Simplified Chinese: the row editors of the generator forms (custom services, privileges,
RTM2 permissions), the Batch page in each state and the History page show no English left.

The identifiers of the token format stay as they are in every language: the names of services,
privileges, resource and permission types as the editors' combo boxes list them, ``name
(number)`` ("login (1)", "Streaming (3)", "read (0)"), exactly as the spec tables spell them.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtWidgets import QApplication, QWidget

from agora_token_gui.core.access_token2 import (
    PERMISSION_TYPE_NAMES,
    PRIVILEGE_NAMES,
    RESOURCE_TYPE_NAMES,
    SERVICE_NAMES,
)
from agora_token_gui.core.catalog import GROUPS
from agora_token_gui.ui.editors import (
    EDITORS,
    NamedNumberCombo,
    PermissionsField,
    PrivilegesField,
    ServicesField,
    StructuredField,
)
from agora_token_gui.ui.form import GeneratorTab
from agora_token_gui.ui.main_window import MainWindow

from . import test_i18n_walk
from .words import problems, untranslated

# The Chinese walk's fixtures: the catalogues built once, the main window in zh_CN.
catalogues = test_i18n_walk.catalogues
window = test_i18n_walk.window

_SPEC_NAMES: Final = sorted(
    {
        *SERVICE_NAMES.values(),
        *(name for names in PRIVILEGE_NAMES.values() for name in names.values()),
        *RESOURCE_TYPE_NAMES.values(),
        *PERMISSION_TYPE_NAMES.values(),
    },
    key=len,
    reverse=True,
)
# A combo item or list entry naming a spec identifier with its number: "login (1)", "RTC（类型 1）".
SPEC_ITEM: Final = re.compile(r"(?:" + "|".join(re.escape(n) for n in _SPEC_NAMES) + r")\s?[(（]")


# The project's documents named as they are, "requests.md".
FILE_NAME: Final = re.compile(r"[\w-]+\.md\b")


def left_over(text: str) -> str:
    """``untranslated`` once the spec's identifiers (``name (number)``) are taken out."""
    return untranslated(FILE_NAME.sub(" ", SPEC_ITEM.sub("(", text)))


def problems_but_identifiers(root: QWidget) -> list[str]:
    """``problems`` (item views too) without the lines whose only Latin words are identifiers."""
    found = []
    for line in problems(root, items=True):
        text = line.split(": ", 1)[1].rsplit(" (left: ", 1)[0]
        if left_over(text.strip("'\"")):
            found.append(line)
    return found


# --- the row editors ------------------------------------------------------------------------


def editor_kinds(window: MainWindow) -> list[tuple[GeneratorTab, str]]:
    """(tab, kind key) of every kind, on every group's page, whose fields use the row editors."""
    found = []
    for group in GROUPS:
        tab = window.generator_tab(group)
        for kind in tab.kinds:
            if any(spec.kind in EDITORS for spec in kind.fields):
                found.append((tab, kind.key))
    return found


def walk_editors(window: MainWindow, tab: GeneratorTab, key: str) -> list[str]:
    """Every state of a kind's editors: rows added, each service type, an error, JSON mode."""
    found: list[str] = []

    def look(state: str) -> None:
        QApplication.processEvents()
        found.extend(f"{key} {state}: {p}" for p in problems_but_identifiers(tab))

    window.show_page(next(g for g in GROUPS if window.generators.get(g) is tab))
    form = tab.select_kind(key)
    form.advanced.set_expanded(True)
    # The kind's Agora API name ("AccessToken2 (low level)") is the catalogue's KeyKind.reference,
    # shown untranslated by the form: not the editors' (reported to the lead).
    tab.details_label.hide()
    fields = [f for f in form.fields.values() if isinstance(f, StructuredField)]
    assert fields, key
    for field in fields:
        if isinstance(field, PrivilegesField):
            field.privileges.add_row(None, 0)
            field.privileges.add_row(1, 5)  # listed twice: the field's own error
            field.set_problems([])
            assert field.message.isVisibleTo(field)
        elif isinstance(field, PermissionsField):
            field.permissions.add_row(1, 1, "a, b")
            field.permissions.add_row(4, 0, "")
        elif isinstance(field, ServicesField):
            services = field.services
            for service_type in [*SERVICE_NAMES, 42]:
                editor = services.add_service(service_type)  # with a first privilege row
                combo = editor.privileges.rows[0][0]
                assert isinstance(combo, NamedNumberCombo)
                if combo.number() == "":  # a type without named privileges (ConvoAI, STT)
                    combo.set_number(1)
                editor.permissions.add_row(2, 1, "g1")
                look(f"service type {service_type}")
            services.editors[0].privileges.add_row(1, 5)
            field.set_problems([])
    look("rows added")
    misfits = {PrivilegesField: '{"1": [1]}', PermissionsField: '{"0": 5}', ServicesField: "[1]"}
    for field in fields:
        field.json_button.click()
        field.json_edit.setPlainText(misfits[type(field)])
        field.json_button.click()  # back to the rows: this JSON does not fit them
        assert field.in_json_mode()
    look("JSON mode, JSON that does not fit the rows")
    return found


def test_every_row_editor_kind_is_translated(window: MainWindow) -> None:
    kinds = editor_kinds(window)
    # 007 services and RTM2 permissions, 006 custom privileges
    assert {k for _, k in kinds} >= {"007/services", "007/rtm_permissions", "006/privileges"}
    found = []
    for tab, key in kinds:
        found += walk_editors(window, tab, key)
    assert found == [], "\n".join(found)


def test_the_editors_switch_language_live_keeping_their_rows(window: MainWindow) -> None:
    tab = next(t for t, k in editor_kinds(window) if k == "007/services")
    form = tab.select_kind("007/services")
    field = next(f for f in form.fields.values() if isinstance(f, ServicesField))
    editor = field.services.editors[0]
    editor.field_edits["channel_name"].setText("房间-1")
    value = field.value()
    assert editor.type_label.text() == "服务类型(&T)"
    window.set_language("en")
    QApplication.processEvents()
    assert field.value() == value
    assert editor.type_label.text() == "Service &type"
    assert editor.privileges.add_button.text() == "Add privilege"
    assert field.services.service_list.item(0).text() == "1. RTC (type 1)"
