"""Generator forms rendered from the catalogue: one ``Form`` per key kind, one tab per group.

A form knows field *kinds*, never token formats: it reads its widgets into a request dict
(requests.md), asks ``core.request.check`` about it on every edit, shows each problem under the
field it concerns, and hands the dict to the injected ``build`` function on Generate.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core.build import BuildResult, build
from agora_token_gui.core.catalog import (
    KINDS,
    SUPPORT,
    FieldKind,
    FieldSpec,
    KeyKind,
    Pin,
    starting_value,
)
from agora_token_gui.core.detect import JSONValue
from agora_token_gui.core.errors import TokenError
from agora_token_gui.core.expiry import shorter_privileges
from agora_token_gui.core.request import ERROR, Problem, TokenRequest, check
from agora_token_gui.ui.fields import (
    ChoiceField,
    DurationField,
    FieldWidget,
    MillisecondsField,
    NumberField,
    PinnedTextField,
    TextField,
    TimestampField,
    UidField,
)
from agora_token_gui.ui.i18n import current_language, localise, message_of, retranslatable
from agora_token_gui.ui.output_panel import OutputPanel
from agora_token_gui.ui.settings import Settings
from agora_token_gui.ui.widgets import (
    TOOLTIP_ROLE,
    CollapsibleSection,
    MessageLabel,
    hint_label,
    set_enum_property,
    with_mnemonic,
)

Build = Callable[[Mapping[str, object]], BuildResult]
Credentials = Callable[[], tuple[str, str]]
Clock = Callable[[], int]
CREDENTIAL_KEYS = ("app_id", "app_certificate")
# Letters the main window's menus, credential row and tab controls already use.
RESERVED_MNEMONICS = frozenset("fevhgpitkuo")


def _system_clock() -> int:
    return int(time.time())


def initial_value(spec: FieldSpec, now: int) -> JSONValue:
    """What a fresh form shows: the catalogue's starting value (also the batch template's)."""
    return starting_value(spec, now)


def identity_sibling(kind: KeyKind) -> KeyKind | None:
    """The same builder "by account" for one "by uid" (or back), when the catalogue has both.

    Two kinds are siblings when they sit in one group and their fields match except that one
    has a numeric ``uid`` where the other has a string ``account``.
    """

    def swapped(k: KeyKind, old: str, new: str) -> tuple[str, ...]:
        return tuple(new if s.name == old else s.name for s in k.fields)

    def uid_partner(uid_kind: KeyKind) -> KeyKind | None:
        if not any(s.name == "uid" and s.kind is FieldKind.UID for s in uid_kind.fields):
            return None
        wanted = swapped(uid_kind, "uid", "account")
        return next(
            (
                k
                for k in KINDS
                if k.group == uid_kind.group
                and k is not uid_kind
                and tuple(s.name for s in k.fields) == wanted
            ),
            None,
        )

    partner = uid_partner(kind)
    if partner is not None:
        return partner
    return next((k for k in KINDS if k.group == kind.group and uid_partner(k) is kind), None)


def kind_details(kind: KeyKind) -> str:
    """The secondary line of a key kind: SDKs that accept it, uid 0, the Agora builder's name."""
    parts = []
    support = SUPPORT.get(kind.format)
    if support is not None:
        parts.append(
            QCoreApplication.translate("Form", "Works with: {sdks}.").format(
                sdks=localise(support.sdks)
            )
        )
        if any(s.kind is FieldKind.UID for s in kind.fields) or kind.format == "001":
            parts.append(
                QCoreApplication.translate("Form", "{sentence}.").format(
                    sentence=localise(support.uid_zero)
                )
            )
    if kind.reference:
        parts.append(
            QCoreApplication.translate("Form", "Agora: {reference}.").format(
                reference=localise(kind.reference)
            )
        )
    # Sentences follow one another with a space, except after a Chinese full stop.
    return "".join(p if p.endswith("。") else f"{p} " for p in parts).rstrip()


class Form(QWidget):
    """One catalogue entry as a form: fields, an "Advanced" section for pins, Generate."""

    token_generated = Signal(object)  # BuildResult
    validated = Signal()

    def __init__(
        self,
        kind: KeyKind,
        parent: QWidget | None = None,
        *,
        credentials: Credentials,
        build: Build = build,
        now: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._credentials = credentials
        self._build = build
        self._now = now or _system_clock
        self.fields: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: list[Problem] = []
        self.request: TokenRequest | None = None
        self.last_result: BuildResult | None = None
        # A field's errors show once it was edited, or for all fields once Generate was pressed:
        # a fresh form is not a page of red before anything was typed.
        self.touched: set[str] = set()
        self.attempted = False
        self._settling = True  # values set while the form is built or restored are not edits

        used = set(RESERVED_MNEMONICS)
        main = QFormLayout()
        main.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        pins = [s for s in kind.fields if s.pin is not None]
        now_value = self._now()
        # Widgets are made in focus order: the main fields, the "Advanced" toggle, the pins.
        for spec in kind.fields:
            if spec.pin is None:
                main.addRow(*self._add_field(spec, used, now_value))
        self.advanced = CollapsibleSection("", self)
        advanced_layout = QFormLayout(self.advanced.body)
        advanced_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.advanced_hint = hint_label("", self.advanced.body)
        advanced_layout.addRow(self.advanced_hint)
        for spec in pins:
            advanced_layout.addRow(*self._add_field(spec, used, now_value))
        self.fields = {s.name: self.fields[s.name] for s in kind.fields}  # catalogue order

        self.general_message = MessageLabel(self)
        self.general_message.set_reserved(True)
        self.generate_button = QPushButton(self)
        self.generate_button.setDefault(True)
        # Issue #9: a privilege that lapses before the token is offered "same as token".
        self.same_as_token_button = QPushButton(self)
        self.same_as_token_button.setVisible(False)
        self._shorter: tuple[tuple[str, str, int], ...] = ()
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.same_as_token_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(main)
        if pins:
            layout.addWidget(self.advanced)
        else:
            self.advanced.setVisible(False)
        layout.addWidget(self.general_message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        retranslatable(self, self._retranslate)
        self.same_as_token_button.clicked.connect(self._on_same_as_token_button_clicked)
        self.revalidate()
        self._settling = False

    def _retranslate(self) -> None:
        kind = self.kind
        self.setAccessibleName(self.tr("{kind} form").format(kind=localise(kind.title)))
        self.same_as_token_button.setText(self.tr("Privileges: same as token"))
        self.same_as_token_button.setAccessibleName(
            self.tr("Make the privileges last as long as the token")
        )
        self.same_as_token_button.setToolTip(
            self.tr("Set every privilege that ends before the token to end with it")
        )
        pins = [s for s in kind.fields if s.pin is not None]
        if pins:
            english = current_language() == "en"
            names = self.tr(", ").join(
                localise(s.label).lower() if english else localise(s.label) for s in pins
            )
            self.advanced.set_title(self.tr("Advanced: {pins}").format(pins=names))
        else:
            self.advanced.set_title(self.tr("Advanced"))
        self.advanced.toggle_button.setToolTip(
            self.tr(
                "Pinned values; empty means now / random. Pin them to reproduce a token or to "
                "make one that is already expired or not yet valid."
            )
        )
        self.advanced_hint.setText(
            self.tr(
                "Left empty, these are filled in when you press Generate: times with now, salt "
                "and random numbers with a fresh random value (Agora's builders do the same). "
                "Fill them in to make exactly the same token again, or one that is already "
                "expired."
            )
        )
        self.generate_button.setText(self.tr("&Generate"))
        self.generate_button.setAccessibleName(self.tr("Generate"))
        self.generate_button.setToolTip(
            self.tr("Build the token (Ctrl+Enter); anything missing or wrong is marked first")
        )
        used = set(RESERVED_MNEMONICS)
        ordered = [s for s in kind.fields if s.pin is None] + pins  # the focus order
        for spec in ordered:
            label = self.labels[spec.name]
            label.setText(with_mnemonic(spec.label, used, shown=localise(spec.label)))
            field = self.fields[spec.name]
            # A lifetime's help names the unit its box shows (issue #9).
            tip = field.unit_help() if isinstance(field, DurationField) else localise(spec.help)
            label.setToolTip(tip)
        if not self._settling:
            self.revalidate()  # the messages, in the new language

    def _add_field(self, spec: FieldSpec, used: set[str], now: int) -> tuple[QLabel, FieldWidget]:
        field = create_field(spec, self, now=self._now)
        field.message.set_reserved(True)  # a message appearing must not move the rows below
        label = QLabel(with_mnemonic(spec.label, used), self)
        label.setBuddy(field.focus_widget())
        label.setToolTip(spec.help)
        set_enum_property(label, "alignment", "AlignLeft|AlignTop")
        value = initial_value(spec, now)
        if value is not None:
            field.set_value(value)
        self.fields[spec.name] = field
        self.labels[spec.name] = label
        field.changed.connect(self._on_field_changed)
        return label, field

    # --- reading the form ---------------------------------------------------------------------

    def request_data(self) -> dict[str, object]:
        """The request dict (requests.md) the form describes; empty pins are left out."""
        identity, secret = self._credentials()
        data: dict[str, object] = {"format": self.kind.format}
        if not self.kind.implicit_builder:
            data["builder"] = self.kind.builder
        credentials = self.kind.credentials  # App ID and certificate, or the kind's own pair
        if credentials.identity is not None:
            data[credentials.identity] = identity
        data[credentials.secret] = secret
        for name, field in self.fields.items():
            value = field.value()
            if value is not None:
                data[name] = value
        return data

    def problems_for(self, name: str | None) -> list[Problem]:
        return [p for p in self.problems if p.field == name]

    def shown_problems_for(self, name: str | None) -> list[Problem]:
        """What to show for a field now: nothing until it was edited or Generate pressed.

        A fresh form's empty fields have problems (required, "empty means any user"), which
        only matter once the user gets to them.
        """
        if self.attempted or name in self.touched:
            return self.problems_for(name)
        return []

    def has_errors(self) -> bool:
        local = any(field.local_error() for field in self.fields.values())
        return local or any(p.severity == ERROR for p in self.problems)

    def reference_time(self) -> int:
        """The instant durations count from: a pinned issue time, else now."""
        for spec in self.kind.fields:
            if spec.pin is Pin.NOW and spec.kind is FieldKind.TIMESTAMP:
                value = self.fields[spec.name].value()
                if isinstance(value, int):
                    return value
        return self._now()

    def revalidate(self) -> None:
        """Check the request with the core and show every message where it belongs."""
        now = self._now()
        self.request, self.problems = check(self.request_data(), now=now)
        reference = self.reference_time()
        values = self.request.values if self.request is not None else {}
        self._shorter = shorter_privileges(self.kind.key, values, now)
        # A privilege left shorter by a change of the token lifetime is shown at once (#9).
        outlived = {p for p, t, _ in self._shorter if t in self.touched or self.attempted}
        for name, field in self.fields.items():
            visible = self.shown_problems_for(name)
            if name in outlived and not visible:
                visible = [p for p in self.problems_for(name) if p.severity != ERROR]
            field.set_problems(visible)
            field.set_reference(reference)
        shown = {*self.fields, *CREDENTIAL_KEYS, *self.kind.credentials.keys}
        elsewhere = [p for p in self.problems if p.field not in shown]
        if not self.attempted:
            elsewhere = [p for p in elsewhere if p.severity != ERROR]
        self.general_message.set_problems(elsewhere)
        self.same_as_token_button.setVisible(bool(self._shorter))
        self.validated.emit()

    def same_as_token(self) -> None:
        """End every privilege that lapses before the token together with the token."""
        for privilege_field, token_field, token_value in self._shorter:
            token_given = self.fields[token_field].value() is not None
            # A 006 ts left empty is filled in at build time: 0 (never, capped by ts) ends
            # the privilege with the token whatever ts becomes.
            self.fields[privilege_field].set_value(token_value if token_given else 0)
            self.touched.add(privilege_field)
        self.revalidate()

    # --- generating -------------------------------------------------------------------------

    def generate(self) -> BuildResult | None:
        """Build the token if the form is valid; emits ``token_generated``.

        Otherwise every problem is shown and the first field with an error gets the focus.
        """
        self.attempted = True
        self.revalidate()
        if self.has_errors():
            self._focus_first_error()
            return None
        try:
            result = self._build(self.request_data())
        except TokenError as exc:
            self.general_message.set_lines([(ERROR, message_of(exc))])
            return None
        self.last_result = result
        self.token_generated.emit(result)
        return result

    def _focus_first_error(self) -> None:
        for name, field in self.fields.items():
            if field.local_error() or any(p.severity == ERROR for p in self.problems_for(name)):
                if field.spec.pin is not None:
                    self.advanced.set_expanded(True)
                field.focus_widget().setFocus()
                return

    # --- settings -------------------------------------------------------------------------------

    def field_values(self) -> dict[str, JSONValue]:
        """Non-secret values worth restoring next time (no pins, no credentials)."""
        out: dict[str, JSONValue] = {}
        for name, field in self.fields.items():
            value = field.saved_value()
            if value is not None:
                out[name] = value
        return out

    def restore_field_values(self, values: Mapping[str, JSONValue]) -> None:
        self._settling = True
        try:
            for name, value in values.items():
                field = self.fields.get(name)
                if field is not None and field.spec.pin is None and value is not None:
                    try:
                        field.set_value(value)
                    except Exception:  # a saved value of the wrong shape: keep what it showed
                        continue
        finally:
            self._settling = False
        self.revalidate()

    def copy_values_from(self, other: Form) -> None:
        """Take over the values of fields both forms share (when switching uid <-> account)."""
        for name, field in self.fields.items():
            source = other.fields.get(name)
            if source is not None and source.spec.kind is field.spec.kind:
                field.set_value(source.value())
        self.revalidate()

    @Slot()
    def _on_field_changed(self) -> None:
        sender = self.sender()
        if not self._settling:
            name = next((n for n, f in self.fields.items() if f is sender), None)
            if name is not None:
                self.touched.add(name)
        self.revalidate()

    @Slot()
    def _on_generate_button_clicked(self) -> None:
        self.generate()

    @Slot()
    def _on_same_as_token_button_clicked(self) -> None:
        self.same_as_token()


class GeneratorTab(QWidget):
    """One catalogue group: pick a key kind, fill its form, see the token below."""

    token_generated = Signal(object)  # BuildResult
    validated = Signal()
    status_message = Signal(str)
    inspect_requested = Signal(str)

    def __init__(
        self,
        group: str,
        parent: QWidget | None = None,
        *,
        credentials: Credentials,
        build: Build = build,
        now: Clock | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.kinds: tuple[KeyKind, ...] = tuple(k for k in KINDS if k.group == group)
        self._credentials = credentials
        self._build = build
        self._now = now or _system_clock
        self._settings = settings
        self.forms: dict[str, Form] = {}

        self.kind_combo = QComboBox(self)
        for kind in self.kinds:
            self.kind_combo.addItem(kind.title, kind.key)
        kind_label = self._kind_label = QLabel(self)
        kind_label.setBuddy(self.kind_combo)
        # Plain words first; the Agora names (builder function, SDK versions, uid 0) below it,
        # smaller.
        self.description_label = QLabel("", self)
        self.description_label.setWordWrap(True)
        self.details_label = hint_label("", self)
        small = self.details_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.details_label.setFont(small)
        self.uid_radio = QRadioButton(self)
        self.account_radio = QRadioButton(self)
        self.identity_group = QButtonGroup(self)
        self.identity_group.addButton(self.uid_radio)
        self.identity_group.addButton(self.account_radio)
        self.identity_row = QWidget(self)
        identity_layout = QHBoxLayout(self.identity_row)
        identity_layout.setContentsMargins(0, 0, 0, 0)
        self._identity_label = QLabel(self.identity_row)
        identity_layout.addWidget(self._identity_label)
        identity_layout.addWidget(self.uid_radio)
        identity_layout.addWidget(self.account_radio)
        identity_layout.addStretch(1)

        self.form_host = QWidget(self)
        self.form_layout = QVBoxLayout(self.form_host)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.form_host)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.output = OutputPanel(self, now=self._now)
        # Room for its placeholder ("The token appears here after Generate."), not a cut-off one.
        token_edit = self.output.token_edit
        token_edit.setMinimumWidth(
            token_edit.fontMetrics().horizontalAdvance(token_edit.placeholderText()) + 24
        )

        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.description_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.identity_row)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.output)

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.uid_radio.toggled.connect(self._on_uid_radio_toggled)
        self.output.status_message.connect(self.status_message)
        self.output.inspect_requested.connect(self.inspect_requested)
        remembered = settings.last_kind(group) if settings is not None else ""
        index = self.kind_combo.findData(remembered) if remembered else -1
        self.kind_combo.setCurrentIndex(max(index, 0))
        self._show_kind(self.current_kind())
        retranslatable(self, self._retranslate)

    def _retranslate(self) -> None:
        self.kind_combo.setAccessibleName(self.tr("Key kind"))
        for index, kind in enumerate(self.kinds):
            self.kind_combo.setItemText(index, localise(kind.title))
            self.kind_combo.setItemData(index, localise(kind.description), TOOLTIP_ROLE)
        self.kind_combo.setToolTip(
            self.tr(
                "Which token to make: each kind is for one Agora product and one way of naming "
                "the user"
            )
        )
        self._kind_label.setText(self.tr("Token &kind"))
        self.description_label.setAccessibleName(self.tr("What this token is for"))
        self.details_label.setAccessibleName(self.tr("Agora names and SDK versions"))
        self.uid_radio.setText(self.tr("Numeric &uid"))
        self.uid_radio.setAccessibleName(self.tr("Identify the user by numeric uid"))
        self.account_radio.setText(self.tr("String acc&ount"))
        self.account_radio.setAccessibleName(self.tr("Identify the user by string account"))
        self._identity_label.setText(self.tr("User identified by:"))
        kind = self.current_kind()
        self.description_label.setText(localise(kind.description))
        self.details_label.setText(kind_details(kind))

    def current_kind(self) -> KeyKind:
        return self.kinds[max(self.kind_combo.currentIndex(), 0)]

    def current_form(self) -> Form:
        return self.form(self.current_kind().key)

    def form(self, key: str) -> Form:
        """The form for a kind of this group, created (and its saved values restored) on demand."""
        existing = self.forms.get(key)
        if existing is not None:
            return existing
        kind = next(k for k in self.kinds if k.key == key)
        form = Form(
            kind, self.form_host, credentials=self._credentials, build=self._build, now=self._now
        )
        if self._settings is not None:
            saved = self._settings.field_values(key)
            if saved:
                form.restore_field_values(saved)
        form.setVisible(False)
        self.form_layout.addWidget(form)
        form.token_generated.connect(self._on_form_token_generated)
        form.validated.connect(self.validated)
        form.validated.connect(self._on_form_validated)
        self.forms[key] = form
        return form

    def select_kind(self, key: str) -> Form:
        index = self.kind_combo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.kind_combo.setCurrentIndex(index)
        return self.current_form()

    def generate(self) -> BuildResult | None:
        return self.current_form().generate()

    def revalidate(self) -> None:
        for form in self.forms.values():
            form.revalidate()

    def save_settings(self, settings: Settings) -> None:
        settings.set_last_kind(self.group, self.current_kind().key)
        for key, form in self.forms.items():
            settings.set_field_values(key, form.field_values())

    def all_problems(self) -> Sequence[Problem]:
        return self.current_form().problems

    def _show_kind(self, kind: KeyKind) -> None:
        form = self.form(kind.key)
        for other in self.forms.values():
            if other is not form:
                other.setVisible(False)
        form.setVisible(True)
        self.description_label.setText(localise(kind.description))
        self.details_label.setText(kind_details(kind))
        sibling = identity_sibling(kind)
        self.identity_row.setVisible(sibling is not None)
        by_uid = any(s.kind is FieldKind.UID for s in kind.fields)
        for radio, checked in ((self.uid_radio, by_uid), (self.account_radio, not by_uid)):
            radio.blockSignals(True)
            radio.setChecked(checked)
            radio.blockSignals(False)
        form.revalidate()

    @Slot()
    def _on_kind_combo_current_index_changed(self) -> None:
        self._show_kind(self.current_kind())

    @Slot(bool)
    def _on_uid_radio_toggled(self, by_uid: bool) -> None:
        previous = self.current_form()
        sibling = identity_sibling(previous.kind)
        if sibling is None:
            return
        is_uid = any(s.kind is FieldKind.UID for s in previous.kind.fields)
        if is_uid == by_uid:
            return
        target = self.form(sibling.key)
        target.copy_values_from(previous)
        self.select_kind(sibling.key)

    @Slot(object)
    def _on_form_token_generated(self, result: BuildResult) -> None:
        form = self.current_form()
        self.output.set_result(result, (form.kind.key, form.request_data()))
        self.token_generated.emit(result)

    @Slot()
    def _on_form_validated(self) -> None:
        # Any change to the visible form (a value, the kind, the credentials) dims a token
        # that was made from something else (issue #9: no stale token to copy by mistake).
        form = self.forms.get(self.current_kind().key)
        if form is not None:
            self.output.follow(form.kind.key, form.request_data())


def create_field(spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> FieldWidget:
    """The widget for one catalogue field (complex editors are imported on first use)."""
    simple: dict[FieldKind, type[FieldWidget]] = {
        FieldKind.TEXT: TextField,
        FieldKind.UINT32: NumberField,
        FieldKind.INT16: NumberField,
        FieldKind.UID: UidField,
        FieldKind.DURATION: DurationField,
        FieldKind.TIMESTAMP: TimestampField,
        FieldKind.CHOICE: ChoiceField,
        FieldKind.MILLISECONDS: MillisecondsField,
        FieldKind.TEXT_OR_NUMBER: TextField,  # text is the usual form; batch JSON gives numbers
    }
    widget_class: type[FieldWidget] | None = simple.get(spec.kind)
    if spec.kind is FieldKind.TEXT and spec.pin is not None:
        widget_class = PinnedTextField
    if widget_class is None:
        from agora_token_gui.ui import editors

        widget_class = editors.EDITORS[spec.kind]
    widget = widget_class(spec, parent, now=now)
    retranslatable(widget, widget.retranslate)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget
