"""Editors for the structured fields: privilege maps, RTM2 permissions and 007 service lists.

Each editor is a table-like list of rows with a "JSON" toggle that shows the field as requests.md
JSON. What the editor produces goes to ``core.request.check`` like any other field, so names,
ranges and layouts are judged by the core; the editors only catch what the core cannot see
(JSON that does not parse, one privilege listed twice in the rows).

Every text is set in a ``retranslatable`` function, so a language switch renames headers,
buttons and every row's accessible name live. Who a row belongs to (its "owner": the field's
label, "Service 2: privileges") is a function that names it in the current language. The
names of services, privileges, resource and permission types (RTC, joinChannel, login, read …)
are the token format's identifiers and stay as they are in every language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Final, cast

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core.access_token2 import (
    PERMISSION_TYPE_NAMES,
    RESOURCE_TYPE_NAMES,
    SERVICE_FIELDS,
    SERVICE_NAMES,
)
from agora_token_gui.core.catalog import SERVICE_PRIVILEGES, FieldKind, FieldSpec
from agora_token_gui.core.detect import JSONValue
from agora_token_gui.core.reading import ReadError, loads
from agora_token_gui.core.request import Problem
from agora_token_gui.ui.fields import Clock, FieldWidget, number_or_text
from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP, localise, message_of, retranslatable
from agora_token_gui.ui.widgets import monospace_font

_LABELLED: Final = re.compile(r".*\((-?[0-9]+)\)\Z")
_SERVICE_FIELD_LABELS: Final = {
    "channel_name": QT_TRANSLATE_NOOP("ServiceEditor", "Channel name"),
    "uid": QT_TRANSLATE_NOOP("ServiceEditor", 'uid (text; "" = any user)'),
    "account": QT_TRANSLATE_NOOP("ServiceEditor", "Account"),
    "user_id": QT_TRANSLATE_NOOP("ServiceEditor", "User id"),
    "room_uuid": QT_TRANSLATE_NOOP("ServiceEditor", "Room uuid"),
    "user_uuid": QT_TRANSLATE_NOOP("ServiceEditor", "User uuid"),
    "role": QT_TRANSLATE_NOOP("ServiceEditor", "Role (int16)"),
    "permissions": QT_TRANSLATE_NOOP("ServiceEditor", "Permissions"),
}
OTHER_TYPE: Final = "other"
# Who rows belong to, named in the current language ("Privileges", "Service 2: permissions").
Owner = Callable[[], str]


class NamedNumberCombo(QComboBox):
    """An editable combo of ``name (number)`` items that also takes a raw number or a name."""

    def __init__(self, names: Mapping[int, str], accessible_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible_name)
        line_edit = self.lineEdit()
        if line_edit is not None:
            line_edit.setAccessibleName(accessible_name)
        self.set_names(names)

    def set_names(self, names: Mapping[int, str]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for number, name in sorted(names.items()):
            self.addItem(f"{name} ({number})", number)
        self.blockSignals(False)
        self.setEditText(text)

    def number(self) -> int | str:
        """The chosen number, or the raw text when it is neither a listed item nor a number."""
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            data = self.itemData(index)
            if isinstance(data, int):
                return data
        match = _LABELLED.match(text)
        if match:
            return int(match.group(1))
        return number_or_text(text)

    def set_number(self, value: int | str) -> None:
        for index in range(self.count()):
            if str(self.itemData(index)) == str(value):
                self.setCurrentIndex(index)
                self.setEditText(self.itemText(index))
                return
        self.setEditText(str(value))


def _remove_button(parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText("✕")
    return button


class RowsEditor(QWidget):
    """A header, removable rows in a grid, and an "Add" button; subclasses define the columns."""

    changed = Signal()

    def __init__(self, owner: Owner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.rows: list[list[QWidget]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.header_labels: list[QLabel] = []
        for column in range(len(self.headers())):
            label = QLabel(self)
            self.grid.addWidget(label, 0, column)
            self.header_labels.append(label)
        self.add_button = QPushButton(self)
        self.empty_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        retranslatable(self, self._retranslate)

    def headers(self) -> tuple[str, ...]:
        """The column headers, translated (subclasses)."""
        raise NotImplementedError

    def add_text(self) -> str:
        """The Add button's text, translated (subclasses)."""
        raise NotImplementedError

    def _retranslate(self) -> None:
        for label, header in zip(self.header_labels, self.headers(), strict=True):
            label.setText(f"<b>{header}</b>")
        add_text = self.add_text()
        self.add_button.setText(add_text)
        self.add_button.setAccessibleName(
            self.tr("{owner}: {action}").format(owner=self.owner(), action=add_text)
        )
        self.empty_label.setText(self.tr("(none)"))
        for number, widgets in enumerate(self.rows, 1):
            self._name_row(number, widgets)

    def _append(self, widgets: list[QWidget]) -> None:
        remove = _remove_button(self)
        remove.clicked.connect(self._remove_slot(widgets))
        widgets.append(remove)
        self.rows.append(widgets)
        self._relayout()
        self.changed.emit()

    def _remove_slot(self, widgets: list[QWidget]) -> Callable[[], None]:
        def remove() -> None:
            self.remove_row(self.rows.index(widgets))

        return remove

    def remove_row(self, index: int) -> None:
        for widget in self.rows.pop(index):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.changed.emit()

    def clear_rows(self) -> None:
        while self.rows:
            self.remove_row(len(self.rows) - 1)

    def _relayout(self) -> None:
        for number, widgets in enumerate(self.rows, 1):
            for column, widget in enumerate(widgets):
                self.grid.addWidget(widget, number, column)
            self._name_row(number, widgets)
        self.grid.setColumnStretch(len(self.header_labels) - 1, 1)
        self.empty_label.setVisible(not self.rows)

    def _name_row(self, number: int, widgets: list[QWidget]) -> None:
        owner = self.owner()
        columns = (*self.headers(), self.tr("remove"))
        for header, widget in zip(columns, widgets, strict=True):
            name = self.tr("{owner}: row {number} {column}").format(
                owner=owner, number=number, column=header.lower()
            )
            widget.setAccessibleName(name)
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                edit = widget.lineEdit()
                assert edit is not None
                edit.setAccessibleName(name)
            if isinstance(widget, QToolButton):
                widget.setToolTip(
                    self.tr("{owner}: remove row {number}").format(owner=owner, number=number)
                )

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_row()

    def add_row(self) -> None:
        raise NotImplementedError


class PrivilegesEditor(RowsEditor):
    """Rows of privilege (name or raw id) and value."""

    def __init__(
        self,
        owner: Owner,
        names: Mapping[int, str],
        value_hint: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        self._names = dict(names)
        self._value_hint = value_hint
        super().__init__(owner, parent)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Privilege"), self.tr("Value"))

    def add_text(self) -> str:
        return self.tr("Add privilege")

    def _retranslate(self) -> None:
        super()._retranslate()
        for widgets in self.rows:
            edit = widgets[1]
            assert isinstance(edit, QLineEdit)
            edit.setPlaceholderText(self._value_hint())

    def add_row(self, privilege: int | str | None = None, value: JSONValue = "") -> None:
        combo = NamedNumberCombo(self._names, self.tr("privilege"), self)
        if privilege is None:
            used = {str(k) for k in self.value()}
            free = [n for n in sorted(self._names) if str(n) not in used]
            privilege = free[0] if free else ""
        combo.set_number(privilege)
        edit = QLineEdit("" if value is None else str(value), self)
        edit.setPlaceholderText(self._value_hint())
        combo.currentTextChanged.connect(self.changed)
        edit.textChanged.connect(self.changed)
        self._append([combo, edit])

    def set_names(self, names: Mapping[int, str]) -> None:
        self._names = dict(names)
        for widgets in self.rows:
            combo = widgets[0]
            assert isinstance(combo, NamedNumberCombo)
            number = combo.number()
            combo.set_names(names)
            combo.set_number(number)

    def entries(self) -> list[tuple[int | str, int | str]]:
        out = []
        for widgets in self.rows:
            combo, edit = widgets[0], widgets[1]
            assert isinstance(combo, NamedNumberCombo)
            assert isinstance(edit, QLineEdit)
            out.append((combo.number(), number_or_text(edit.text().strip())))
        return out

    def value(self) -> dict[str, JSONValue]:
        return {str(key): value for key, value in self.entries()}

    def duplicate_error(self) -> str:
        keys = [str(key) for key, _ in self.entries()]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            return self.tr("{owner}: privilege {privileges} is listed more than once.").format(
                owner=self.owner(), privileges=self.tr(", ").join(twice)
            )
        return ""

    def set_value(self, value: JSONValue) -> bool:
        if not isinstance(value, dict):
            return False
        if not all(isinstance(v, (int, str)) for v in value.values()):
            return False
        self.clear_rows()
        for key, item in value.items():
            self.add_row(number_or_text(key), item)
        return True


class PermissionsEditor(RowsEditor):
    """RTM2 permissions: rows of resource type x permission type x comma separated names."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Resource type"), self.tr("Permission"), self.tr("Names (comma separated)"))

    def add_text(self) -> str:
        return self.tr("Add permission")

    def _retranslate(self) -> None:
        super()._retranslate()
        for widgets in self.rows:
            edit = widgets[2]
            assert isinstance(edit, QLineEdit)
            edit.setPlaceholderText(self.tr("channel-a, channel-b"))

    def add_row(self, resource: int | str = 0, permission: int | str = 0, names: str = "") -> None:
        resource_combo = NamedNumberCombo(RESOURCE_TYPE_NAMES, self.tr("resource"), self)
        resource_combo.set_number(resource)
        permission_combo = NamedNumberCombo(PERMISSION_TYPE_NAMES, self.tr("permission"), self)
        permission_combo.set_number(permission)
        names_edit = QLineEdit(names, self)
        names_edit.setPlaceholderText(self.tr("channel-a, channel-b"))
        for combo in (resource_combo, permission_combo):
            combo.currentTextChanged.connect(self.changed)
        names_edit.textChanged.connect(self.changed)
        self._append([resource_combo, permission_combo, names_edit])

    def value(self) -> dict[str, JSONValue]:
        out: dict[str, JSONValue] = {}
        for widgets in self.rows:
            resource, permission, names_edit = widgets[0], widgets[1], widgets[2]
            assert isinstance(resource, NamedNumberCombo)
            assert isinstance(permission, NamedNumberCombo)
            assert isinstance(names_edit, QLineEdit)
            names = [n.strip() for n in re.split(r"[,\n]", names_edit.text()) if n.strip()]
            inner = out.setdefault(str(resource.number()), {})
            assert isinstance(inner, dict)
            listed = inner.setdefault(str(permission.number()), [])
            assert isinstance(listed, list)
            listed.extend(names)
        return out

    def set_value(self, value: JSONValue) -> bool:
        if not isinstance(value, dict):
            return False
        rows: list[tuple[int | str, int | str, str]] = []
        for resource, by_permission in value.items():
            if not isinstance(by_permission, dict):
                return False
            for permission, names in by_permission.items():
                if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                    return False
                joined = ", ".join(n for n in names if isinstance(n, str))
                rows.append((number_or_text(resource), number_or_text(permission), joined))
        self.clear_rows()
        for row in rows:
            self.add_row(*row)
        return True


class ServiceEditor(QWidget):
    """One 007 service: its type (any number), the type's fields and its privileges."""

    changed = Signal()

    def __init__(self, owner: Owner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.type_combo = QComboBox(self)
        for number, name in sorted(SERVICE_NAMES.items()):
            self.type_combo.addItem(f"{name} ({number})", number)
        self.type_combo.addItem("", OTHER_TYPE)
        self.raw_type_edit = QLineEdit(self)
        self.raw_type_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,5}"), self.raw_type_edit)
        )
        self.raw_type_edit.setVisible(False)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_combo)
        type_row.addWidget(self.raw_type_edit)
        type_row.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.type_label = QLabel(self)
        self.type_label.setBuddy(self.type_combo)
        self.form.addRow(self.type_label, type_row)
        self.field_edits: dict[str, QLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        for name in _SERVICE_FIELD_LABELS:
            label = QLabel(self)
            self.field_labels[name] = label
            if name == "permissions":
                continue
            edit = QLineEdit(self)
            if name == "role":
                edit.setValidator(
                    QRegularExpressionValidator(QRegularExpression(r"-?[0-9]{0,5}"), edit)
                )
                edit.setText("-1")
            edit.textChanged.connect(self.changed)
            self.field_edits[name] = edit
            self.form.addRow(label, edit)
        self.permissions = PermissionsEditor(self._permissions_owner, self)
        self.permissions.changed.connect(self.changed)
        self.form.addRow(self.field_labels["permissions"], self.permissions)
        self.privileges = PrivilegesEditor(self._privileges_owner, {}, self._privilege_hint, self)
        self.privileges.changed.connect(self.changed)
        self.privileges_label = QLabel(self)
        self.form.addRow(self.privileges_label, self.privileges)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_current_index_changed)
        self.raw_type_edit.textChanged.connect(self._on_raw_type_edit_text_changed)
        self._apply_type()
        retranslatable(self, self._retranslate)

    def _permissions_owner(self) -> str:
        return self.tr("{owner}: permissions").format(owner=self.owner())

    def _privileges_owner(self) -> str:
        return self.tr("{owner}: privileges").format(owner=self.owner())

    def _privilege_hint(self) -> str:
        return self.tr("seconds after issue (0 = no limit)")

    def _retranslate(self) -> None:
        owner = self.owner()
        self.type_combo.setAccessibleName(self.tr("{owner}: service type").format(owner=owner))
        self.type_combo.setItemText(self.type_combo.count() - 1, self.tr("Other (raw number)…"))
        self.raw_type_edit.setAccessibleName(
            self.tr("{owner}: raw service type number").format(owner=owner)
        )
        self.raw_type_edit.setPlaceholderText(self.tr("type number, 0..65535"))
        self.type_label.setText(self.tr("Service &type"))
        for name, label in self.field_labels.items():
            text = QCoreApplication.translate("ServiceEditor", _SERVICE_FIELD_LABELS[name])
            label.setText(text)
            if name in self.field_edits:
                self.field_edits[name].setAccessibleName(
                    self.tr("{owner}: {field}").format(owner=owner, field=text)
                )
        self.privileges_label.setText(self.tr("Privileges"))

    def service_type(self) -> int | str:
        data = self.type_combo.currentData()
        if isinstance(data, int):
            return data
        return number_or_text(self.raw_type_edit.text().strip())

    def set_service_type(self, value: int | str) -> None:
        index = self.type_combo.findData(value) if isinstance(value, int) else -1
        if index < 0:
            index = self.type_combo.findData(OTHER_TYPE)
            self.raw_type_edit.setText(str(value))
        self.type_combo.setCurrentIndex(index)
        self._apply_type()

    def title(self) -> str:
        service_type = self.service_type()
        if isinstance(service_type, int):
            name = SERVICE_NAMES.get(service_type) or self.tr("unknown")
            return self.tr("{name} (type {number})").format(name=name, number=service_type)
        return self.tr("type {value}").format(value=repr(service_type))

    def _apply_type(self) -> None:
        service_type = self.service_type()
        self.raw_type_edit.setVisible(self.type_combo.currentData() == OTHER_TYPE)
        fields = SERVICE_FIELDS.get(service_type, ()) if isinstance(service_type, int) else ()
        for name, edit in self.field_edits.items():
            self.form.setRowVisible(edit, name in fields)
        self.form.setRowVisible(self.permissions, "permissions" in fields)
        names = SERVICE_PRIVILEGES.get(service_type, {}) if isinstance(service_type, int) else {}
        self.privileges.set_names(names)

    def value(self) -> dict[str, JSONValue]:
        service_type = self.service_type()
        out: dict[str, JSONValue] = {"type": service_type, "privileges": self.privileges.value()}
        fields = SERVICE_FIELDS.get(service_type, ()) if isinstance(service_type, int) else ()
        for name in fields:
            if name == "permissions":
                out[name] = self.permissions.value()
            elif name == "role":
                out[name] = number_or_text(self.field_edits[name].text().strip())
            else:
                out[name] = self.field_edits[name].text()
        return out

    def set_value(self, value: JSONValue) -> bool:
        if not isinstance(value, dict):
            return False
        service_type = value.get("type")
        if not isinstance(service_type, (int, str)):
            return False
        self.set_service_type(number_or_text(str(service_type)))
        privileges = value.get("privileges", {})
        if not self.privileges.set_value(privileges):
            return False
        for name, item in value.items():
            if name in ("type", "privileges", "name"):
                continue
            if name == "permissions":
                if not self.permissions.set_value(item):
                    return False
            elif name in self.field_edits and isinstance(item, (int, str)):
                self.field_edits[name].setText(str(item))
            else:
                return False
        return True

    def duplicate_error(self) -> str:
        return self.privileges.duplicate_error()

    @Slot()
    def _on_type_combo_current_index_changed(self) -> None:
        self._apply_type()
        self.changed.emit()

    @Slot()
    def _on_raw_type_edit_text_changed(self) -> None:
        self._apply_type()
        self.changed.emit()


class ServicesEditor(QWidget):
    """A reorderable list of services, each edited on the right."""

    changed = Signal()

    def __init__(self, owner: Owner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.service_list = QListWidget(self)
        self.service_list.setMaximumWidth(220)
        self.service_stack = QStackedWidget(self)
        self.editors: list[ServiceEditor] = []
        # True while set_value rebuilds the list: titles and `changed` wait for the end, so
        # restoring n services is linear (each refresh walks every service).
        self._bulk = False
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QToolButton(self)
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button = QToolButton(self)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.service_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addWidget(self.service_stack, 1)
        layout.addLayout(buttons)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.service_list.currentRowChanged.connect(self._on_service_list_current_row_changed)
        self._update_buttons()
        retranslatable(self, self._retranslate)

    def _retranslate(self) -> None:
        owner = self.owner()
        self.service_list.setAccessibleName(self.tr("{owner}: list").format(owner=owner))
        self.add_button.setText(self.tr("Add service"))
        self.add_button.setAccessibleName(self.tr("{owner}: add service").format(owner=owner))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("{owner}: remove the selected service").format(owner=owner)
        )
        self.up_button.setAccessibleName(
            self.tr("{owner}: move the selected service up").format(owner=owner)
        )
        self.up_button.setToolTip(self.tr("Move up (services of one type keep their order)"))
        self.down_button.setAccessibleName(
            self.tr("{owner}: move the selected service down").format(owner=owner)
        )
        self.down_button.setToolTip(self.tr("Move down"))
        self._refresh_titles()

    def _service_owner(self, number: int) -> Owner:
        def owner() -> str:
            return self.tr("{owner} {number}").format(owner=self.owner(), number=number)

        return owner

    def add_service(self, service_type: int | str = 1) -> ServiceEditor:
        editor = ServiceEditor(self._service_owner(len(self.editors) + 1), self)
        editor.set_service_type(service_type)
        editor.privileges.add_row(None, 3600)
        editor.changed.connect(self._on_editor_changed)
        self.editors.append(editor)
        self.service_stack.addWidget(editor)
        self.service_list.addItem(editor.title())
        if self._bulk:
            return editor
        self.service_list.setCurrentRow(len(self.editors) - 1)
        self._refresh_titles()
        self.changed.emit()
        return editor

    def remove_service(self, index: int) -> None:
        editor = self.editors.pop(index)
        self.service_stack.removeWidget(editor)
        editor.deleteLater()
        self.service_list.takeItem(index)
        if self._bulk:
            return
        self._refresh_titles()
        self.changed.emit()

    def move_service(self, index: int, offset: int) -> None:
        target = index + offset
        if not (0 <= index < len(self.editors) and 0 <= target < len(self.editors)):
            return
        self.editors.insert(target, self.editors.pop(index))
        self._refresh_titles()
        self.service_list.setCurrentRow(target)
        self.changed.emit()

    def clear_services(self) -> None:
        while self.editors:
            self.remove_service(len(self.editors) - 1)

    def value(self) -> list[JSONValue]:
        return [editor.value() for editor in self.editors]

    def set_value(self, value: JSONValue) -> bool:
        if not isinstance(value, list):
            return False
        done = True
        self._bulk = True
        try:
            self.clear_services()
            for item in value:
                editor = self.add_service()
                if not editor.set_value(item):
                    done = False
                    break
        finally:
            self._bulk = False
            self.service_list.setCurrentRow(len(self.editors) - 1)
            self._refresh_titles()
            self.changed.emit()
        return done

    def duplicate_error(self) -> str:
        return next((e.duplicate_error() for e in self.editors if e.duplicate_error()), "")

    def _refresh_titles(self) -> None:
        for index, editor in enumerate(self.editors):
            item = self.service_list.item(index)
            if item is not None:
                item.setText(f"{index + 1}. {editor.title()}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.service_list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.editors) - 1)

    @Slot()
    def _on_editor_changed(self) -> None:
        if self._bulk:
            return
        self._refresh_titles()
        self.changed.emit()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_service()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.service_list.currentRow()
        if row >= 0:
            self.remove_service(row)

    @Slot()
    def _on_up_button_clicked(self) -> None:
        self.move_service(self.service_list.currentRow(), -1)

    @Slot()
    def _on_down_button_clicked(self) -> None:
        self.move_service(self.service_list.currentRow(), 1)

    @Slot(int)
    def _on_service_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.editors):
            self.service_stack.setCurrentWidget(self.editors[row])
        self._update_buttons()


class StructuredField(FieldWidget):
    """A field edited in rows, with a "JSON" toggle to see or write it as requests.md JSON."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self._json_error = ""
        self._local_shown = False  # whether the message line shows local_error()
        self.json_button = QToolButton(self)
        self.json_button.setText("JSON")
        self.json_button.setCheckable(True)
        self.json_edit = QPlainTextEdit(self)
        self.json_edit.setFont(monospace_font())
        self.json_edit.setVisible(False)
        self.json_edit.setMinimumHeight(120)
        self.editor = self._create_editor()
        column = QVBoxLayout()
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.json_button)
        column.addLayout(top)
        column.addWidget(self.editor)
        column.addWidget(self.json_edit)
        self.row.addLayout(column)
        self.json_button.toggled.connect(self._on_json_button_toggled)
        self.json_edit.textChanged.connect(self._on_input_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.json_button.setAccessibleName(self._name(self.tr("edit as JSON")))
        self.json_button.setToolTip(
            self.tr("Show and edit this field as request JSON (requests.md).")
        )
        self.json_edit.setAccessibleName(
            self.tr("{label} as JSON").format(label=localise(self.spec.label))
        )
        if self._local_shown:  # a sentence of ours: say it again in the new language
            self.message.set_lines([("error", self.local_error())])

    def owner(self) -> str:
        """Who the editor's rows belong to: the field's label, in the current language."""
        return localise(self.spec.label)

    def _create_editor(self) -> QWidget:
        raise NotImplementedError

    def editor_value(self) -> JSONValue:
        raise NotImplementedError

    def set_editor_value(self, value: JSONValue) -> bool:
        raise NotImplementedError

    def editor_error(self) -> str:
        return ""

    def in_json_mode(self) -> bool:
        return self.json_button.isChecked()

    def _parse_json(self) -> JSONValue:
        """The JSON text's value (None and ``_json_error`` set when it does not parse)."""
        try:
            parsed = loads(
                self.json_edit.toPlainText(), subject=self.spec.label, field=self.spec.name
            )
        except ReadError as exc:  # deep nesting, huge numbers, a key twice: a sentence, no crash
            self._json_error = message_of(exc)  # the core's Text: shown in the current language
            return None
        self._json_error = ""
        return cast("JSONValue", parsed)  # loads gives only JSON values

    def value(self) -> JSONValue:
        return self._parse_json() if self.in_json_mode() else self.editor_value()

    def set_value(self, value: JSONValue) -> None:
        if self.in_json_mode() or not self.set_editor_value(value):
            self.json_button.setChecked(True)
            self.json_edit.setPlainText(json.dumps(value, indent=2, ensure_ascii=False))

    def local_error(self) -> str:
        if self.in_json_mode():
            self.value()
            return self._json_error
        return self.editor_error()

    def set_problems(self, problems: Sequence[Problem]) -> None:
        super().set_problems(problems)
        self._local_shown = bool(self.local_error())

    def focus_widget(self) -> QWidget:
        return self.editor

    @Slot(bool)
    def _on_json_button_toggled(self, checked: bool) -> None:
        if checked:
            text = json.dumps(self.editor_value(), indent=2, ensure_ascii=False)
            self.json_edit.setPlainText(text)
        else:
            value = self._parse_json()
            if self._json_error or not self.set_editor_value(value):
                self.json_button.blockSignals(True)
                self.json_button.setChecked(True)
                self.json_button.blockSignals(False)
                if not self._json_error:
                    self._json_error = self.tr(
                        "{label}: this JSON does not fit the table; fix it here."
                    ).format(label=localise(self.spec.label))
                self.message.set_lines([("error", self._json_error)])
                self._local_shown = True
                return
        self.editor.setVisible(not checked)
        self.json_edit.setVisible(checked)
        self.changed.emit()


class PrivilegesField(StructuredField):
    def _create_editor(self) -> QWidget:
        self.privileges = PrivilegesEditor(
            self.owner, self.spec.privilege_names, self._value_hint, self
        )
        self.privileges.add_row(1, 0)
        self.privileges.changed.connect(self._on_input_changed)
        return self.privileges

    def _value_hint(self) -> str:
        return self.tr("unix time (0 = never)")

    def editor_value(self) -> JSONValue:
        return self.privileges.value()

    def set_editor_value(self, value: JSONValue) -> bool:
        return self.privileges.set_value(value)

    def editor_error(self) -> str:
        return self.privileges.duplicate_error()

    def focus_widget(self) -> QWidget:
        return self.privileges.add_button


class PermissionsField(StructuredField):
    def _create_editor(self) -> QWidget:
        self.permissions = PermissionsEditor(self.owner, self)
        self.permissions.changed.connect(self._on_input_changed)
        return self.permissions

    def editor_value(self) -> JSONValue:
        return self.permissions.value()

    def set_editor_value(self, value: JSONValue) -> bool:
        return self.permissions.set_value(value)

    def focus_widget(self) -> QWidget:
        return self.permissions.add_button


class ServicesField(StructuredField):
    def _create_editor(self) -> QWidget:
        self.services = ServicesEditor(self._services_owner, self)
        self.services.add_service(1)
        self.services.changed.connect(self._on_input_changed)
        return self.services

    def _services_owner(self) -> str:
        return self.tr("Service")

    def editor_value(self) -> JSONValue:
        return self.services.value()

    def set_editor_value(self, value: JSONValue) -> bool:
        return self.services.set_value(value)

    def editor_error(self) -> str:
        return self.services.duplicate_error()

    def focus_widget(self) -> QWidget:
        return self.services.service_list


EDITORS: Final[Mapping[FieldKind, type[FieldWidget]]] = {
    FieldKind.PRIVILEGES: PrivilegesField,
    FieldKind.PERMISSIONS: PermissionsField,
    FieldKind.SERVICES: ServicesField,
}
