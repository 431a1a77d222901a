"""One small widget per catalogue field kind; each reads back the value a request dict needs.

Widgets convert text to the JSON types of requests.md (numbers as ints, everything else as the
user wrote it) and leave every range and format check to ``core.request.check``, whose messages
the form shows under the field. An empty pinned field means "now / random" and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core import timefmt
from agora_token_gui.core.build import SALT_RANGE, secure_randint
from agora_token_gui.core.catalog import FieldKind, FieldSpec, Pin
from agora_token_gui.core.detect import JSONValue
from agora_token_gui.core.errors import InvalidInputError
from agora_token_gui.core.packing import MAX_U32
from agora_token_gui.core.request import Problem
from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP, localise
from agora_token_gui.ui.widgets import TOOLTIP_ROLE, MessageLabel, hint_label

Clock = Callable[[], int]

_DIGITS: Final = re.compile(r"-?[0-9]+\Z")
HOUR: Final = 3600
DAY: Final = 86_400
DURATION_UNITS: Final = (("s", 1), ("min", 60), ("h", HOUR), ("days", DAY))


def number_or_text(text: str) -> int | str:
    """``"42"`` -> 42; anything else stays text so the core can say what is wrong with it."""
    return int(text) if _DIGITS.match(text) else text


# What the catalogue's help texts say 0 means, for lupdate (zero_meaning translates them).
_ZERO_MEANINGS = (
    QT_TRANSLATE_NOOP("ZeroMeaning", "any user"),
    QT_TRANSLATE_NOOP("ZeroMeaning", "any user may join with this token"),
    QT_TRANSLATE_NOOP("ZeroMeaning", "any user may use the key"),
    QT_TRANSLATE_NOOP("ZeroMeaning", "any user may use the token"),
    QT_TRANSLATE_NOOP("ZeroMeaning", "never"),
    QT_TRANSLATE_NOOP("ZeroMeaning", "never expires"),
    QT_TRANSLATE_NOOP("ZeroMeaning", "no separate limit"),
    QT_TRANSLATE_NOOP("ZeroMeaning", "the creation time"),
)


def zero_meaning(spec: FieldSpec) -> str:
    """What the help says 0 means ("no separate limit", "never"), or "", translated."""
    match = re.search(r"0 = ([^;.(]+)", spec.help)
    if not match:
        return ""
    return QCoreApplication.translate("ZeroMeaning", match.group(1).strip())


class FieldWidget(QWidget):
    """Base class: an input row, a preview/hint line, and the core's messages under it."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(parent)
        self.spec = spec
        self._now = now
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.preview = hint_label("", self)
        self.preview.setVisible(False)
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)

    # --- what subclasses provide --------------------------------------------------------------

    def value(self) -> JSONValue:
        """The request value, or None to leave the key out (empty pinned or optional field)."""
        raise NotImplementedError

    def set_value(self, value: JSONValue) -> None:
        """Show a request value (None empties the field)."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The input a label's mnemonic moves to."""
        raise NotImplementedError

    def local_error(self) -> str:
        """A problem the core cannot see (unparsable JSON in an editor), or ""."""
        return ""

    def set_reference(self, reference: int) -> None:
        """The instant relative values count from (the issue time, or now); updates previews."""
        self.refresh_preview(reference)

    def refresh_preview(self, reference: int) -> None:
        """Recompute a preview line; most fields have none."""

    def saved_value(self) -> JSONValue:
        """What the settings keep for next time (None: nothing)."""
        return None if self.spec.pin is not None else self.value()

    def retranslate(self) -> None:
        """Set the texts in the current language (each subclass adds its own, after super's)."""
        self.setToolTip(localise(self.spec.help))

    # --- shared behaviour -----------------------------------------------------------------------

    def set_problems(self, problems: Sequence[Problem]) -> None:
        local = self.local_error()
        if local:
            self.message.set_lines([("error", local)])
        else:
            self.message.set_problems(problems)

    def _set_preview(self, text: str) -> None:
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    def _name(self, what: str = "") -> str:
        label = localise(self.spec.label)
        return self.tr("{label}: {what}").format(label=label, what=what) if what else label

    @Slot()
    def _on_input_changed(self) -> None:
        self.changed.emit()


class TextField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self.line_edit = QLineEdit(self)
        self.row.addWidget(self.line_edit)
        self.line_edit.textChanged.connect(self._on_input_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.line_edit.setAccessibleName(localise(self.spec.label))
        self.line_edit.setAccessibleDescription(localise(self.spec.help))
        if self.spec.default == "":
            self.line_edit.setPlaceholderText(self.tr('empty = ""'))

    def value(self) -> JSONValue:
        return self.line_edit.text()

    def set_value(self, value: JSONValue) -> None:
        self.line_edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.line_edit


class PinnedTextField(TextField):
    """Text with a pinned default: empty leaves the key out (a new nonce, random IV bytes)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        placeholders = {
            Pin.UUID: self.tr("empty = a new random UUID"),
            Pin.IV: self.tr("empty = random bytes"),
        }
        placeholder = placeholders.get(self.spec.pin) if self.spec.pin is not None else None
        self.line_edit.setPlaceholderText(placeholder or self.tr("empty = automatic"))

    def value(self) -> JSONValue:
        text = self.line_edit.text().strip()
        return text or None


class _DigitsField(FieldWidget):
    """A line edit that takes what ``pattern`` allows; its value is a number, or the text.

    Text that is not a number reaches the core as it is, so the core can say what is wrong.
    """

    def _add_line_edit(self, pattern: str, stretch: int = 0) -> None:
        self.line_edit = QLineEdit(self)
        self.line_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(pattern), self.line_edit)
        )
        self.row.addWidget(self.line_edit, stretch)
        self.line_edit.textChanged.connect(self._on_input_changed)

    def value(self) -> JSONValue:
        text = self.line_edit.text().strip()
        return None if text == "" else number_or_text(text)

    def set_value(self, value: JSONValue) -> None:
        self.line_edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.line_edit


class MillisecondsField(_DigitsField):
    """Milliseconds (whiteboard lifespans and times): digits, with what they amount to."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self._add_line_edit(r"[0-9]{0,16}", stretch=1)
        self.unit = QLabel("ms", self)
        self.row.addWidget(self.unit)
        self.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.line_edit.setAccessibleName(localise(self.spec.label))
        self.line_edit.setAccessibleDescription(localise(self.spec.help))
        self.line_edit.setPlaceholderText(
            self.tr("empty = now") if self.spec.pin is Pin.NOW_MS else "ms"
        )

    def refresh_preview(self, reference: int) -> None:
        value = self.value()
        if not isinstance(value, int):
            self._set_preview("")
        elif self.spec.pin is Pin.NOW_MS:
            self._set_preview(localise(timefmt.utc_text(value // 1000)))
        elif value == 0:
            self._set_preview(self.tr("0 = never expires"))
        else:
            amount = localise(timefmt.duration(max(value // 1000, 1)))
            self._set_preview(self.tr("= {duration} (milliseconds)").format(duration=amount))

    @Slot()
    def _on_changed(self) -> None:
        self.refresh_preview(self._now())


class NumberField(_DigitsField):
    """UINT32 and INT16: a line edit that takes digits (and "-" for INT16); range from the core."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self._add_line_edit(r"-?[0-9]{0,6}" if spec.kind is FieldKind.INT16 else r"[0-9]{0,10}")
        self.random_button: QPushButton | None = None
        if spec.pin in (Pin.SALT, Pin.RANDOM_U32):
            self.random_button = QPushButton(self)
            self.row.addWidget(self.random_button)
            self.random_button.clicked.connect(self._on_random_button_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        spec = self.spec
        self.line_edit.setAccessibleName(localise(spec.label))
        self.line_edit.setAccessibleDescription(localise(spec.help))
        if self.random_button is not None:
            self.line_edit.setPlaceholderText(self.tr("empty = random"))
            self.random_button.setText(self.tr("Random"))
            self.random_button.setAccessibleName(self._name(self.tr("pick a random value")))
            self.random_button.setToolTip(
                self.tr("Pin a fresh random value to reproduce this token later.")
            )
        elif spec.default is not None:
            self.line_edit.setPlaceholderText(self.tr("empty = {value}").format(value=spec.default))

    @Slot()
    def _on_random_button_clicked(self) -> None:
        low, high = SALT_RANGE if self.spec.pin is Pin.SALT else (0, MAX_U32)
        self.line_edit.setText(str(secure_randint(low, high)))


class UidField(NumberField):
    """A numeric uid: digits only, with the "0 = any user" rule beside it."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self.hint = QLabel(self)
        self.hint.setForegroundRole(self.preview.foregroundRole())
        self.row.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "hint"):  # NumberField's constructor calls this before the hint exists
            self.line_edit.setPlaceholderText(self.tr("0 = any user"))
            self.hint.setText(self.tr("0 = any user may join"))


class DurationField(FieldWidget):
    """Seconds after the issue time, typed in a chosen unit, with the instant it ends at."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self.line_edit = QLineEdit(self)
        self.line_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,10}"), self.line_edit)
        )
        self.unit_combo = QComboBox(self)
        for name, seconds in DURATION_UNITS:
            self.unit_combo.addItem(name, seconds)
        self.row.addWidget(self.line_edit, 1)
        self.row.addWidget(self.unit_combo)
        self._reference: int | None = None
        self.line_edit.textChanged.connect(self._on_input_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_input_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.changed.connect(self._on_changed)
        self.retranslate()

    def unit_help(self) -> str:
        """The help in the unit the box shows: "Hours after the issue time …" (issue #9)."""
        unit = DURATION_UNITS[max(self.unit_combo.currentIndex(), 0)][0]
        words = {"s": "Seconds", "min": "Minutes", "h": "Hours", "days": "Days"}[unit]
        help_text = localise(self.spec.help)
        if help_text.startswith("Seconds "):
            return words + help_text[len("Seconds") :]
        return f"{help_text} [{self.unit_combo.currentText()}]"  # translated: the box's unit

    @Slot()
    def _on_unit_changed(self) -> None:
        text = self.unit_help()
        for widget in (self, self.line_edit, self.unit_combo):
            widget.setToolTip(text)
        self.line_edit.setAccessibleDescription(text)
        form = self.parentWidget()
        if form is not None:  # the row's label, whose buddy is this field
            for label in form.findChildren(QLabel):
                if label.buddy() is self.line_edit:
                    label.setToolTip(text)

    def retranslate(self) -> None:
        super().retranslate()
        spec = self.spec
        self.line_edit.setAccessibleName(localise(spec.label))
        self.line_edit.setAccessibleDescription(localise(spec.help))
        if spec.default is not None:
            self.line_edit.setPlaceholderText(self.tr("empty = {value}").format(value=spec.default))
        self.unit_combo.setAccessibleName(self._name(self.tr("unit")))
        names = {
            "s": self.tr("s"),
            "min": self.tr("min"),
            "h": self.tr("h"),
            "days": self.tr("days"),
        }
        for index, (name, _) in enumerate(DURATION_UNITS):
            self.unit_combo.setItemText(index, names.get(name, name))
        self._on_unit_changed()
        if self._reference is not None:
            self.refresh_preview(self._reference)

    def factor(self) -> int:
        data = self.unit_combo.currentData()
        return data if isinstance(data, int) else 1

    def value(self) -> JSONValue:
        text = self.line_edit.text().strip()
        if text == "":
            return None
        value = number_or_text(text)
        return value * self.factor() if isinstance(value, int) else value

    def set_value(self, value: JSONValue) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            self.line_edit.setText("" if value is None else str(value))
            self.unit_combo.setCurrentIndex(0)
            return
        index = 0
        for position, (_, seconds) in enumerate(DURATION_UNITS):
            if value and value % seconds == 0:
                index = position
        self.unit_combo.setCurrentIndex(index)
        self.line_edit.setText(str(value // DURATION_UNITS[index][1]))

    def focus_widget(self) -> QWidget:
        return self.line_edit

    def refresh_preview(self, reference: int) -> None:
        self._reference = reference
        value = self.value()
        if not isinstance(value, int):
            self._set_preview("")
        elif value == 0 and zero_meaning(self.spec):
            self._set_preview(f"0 = {zero_meaning(self.spec)}")
        else:
            ends = localise(timefmt.describe(reference + value, self._now()))
            amount = localise(timefmt.duration(value))
            self._set_preview(
                self.tr("{duration} → expires {ends}").format(duration=amount, ends=ends)
            )

    @Slot()
    def _on_changed(self) -> None:
        if self._reference is not None:
            self.refresh_preview(self._reference)


class TimestampField(FieldWidget):
    """Absolute unix seconds (or ISO 8601, or +1h), shown in local time, UTC and relative."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self.line_edit = QLineEdit(self)
        self.row.addWidget(self.line_edit, 1)
        self.shortcut_buttons: list[QToolButton] = []
        for _, offset in self._shortcuts():
            button = QToolButton(self)
            button.clicked.connect(self._shortcut_slot(offset))
            self.row.addWidget(button)
            self.shortcut_buttons.append(button)
        self.line_edit.textChanged.connect(self._on_input_changed)
        self.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        spec = self.spec
        self.line_edit.setAccessibleName(localise(spec.label))
        self.line_edit.setAccessibleDescription(localise(spec.help))
        self.line_edit.setToolTip(
            localise(spec.help)
            + "\n"
            + self.tr(
                "Type unix seconds, an ISO 8601 time such as 2026-11-28T19:00:00Z, "
                "or +30m / -2h relative to now."
            )
        )
        placeholders = {
            Pin.NOW: self.tr("empty = now"),
            Pin.NOW_PLUS_DAY: self.tr("empty = now + 24 h"),
        }
        placeholder = placeholders.get(spec.pin) if spec.pin else self.tr("unix seconds")
        self.line_edit.setPlaceholderText(placeholder or "")
        for button, (text, offset) in zip(self.shortcut_buttons, self._shortcuts(), strict=True):
            button.setText(text)
            button.setAccessibleName(self._name(text))
            button.setToolTip(
                self.tr("Set 0")
                if offset is None
                else self.tr("Set to {when}").format(when=localise(timefmt.relative(offset, 0)))
            )
        self.refresh_preview(self._now())

    def _shortcuts(self) -> list[tuple[str, int | None]]:
        if self.spec.pin is not None:
            return [(self.tr("1 h ago"), -HOUR), (self.tr("Now"), 0), (self.tr("In 1 h"), HOUR)]
        shortcuts: list[tuple[str, int | None]] = [
            (self.tr("In 1 h"), HOUR),
            (self.tr("24 h"), DAY),
            (self.tr("7 days"), 7 * DAY),
        ]
        if zero_meaning(self.spec):
            shortcuts.append(("0 = " + zero_meaning(self.spec), None))
        return shortcuts

    def _shortcut_slot(self, offset: int | None) -> Callable[[], None]:
        def apply() -> None:
            self.set_value(0 if offset is None else self._now() + offset)

        return apply

    def value(self) -> JSONValue:
        text = self.line_edit.text().strip()
        if text == "":
            return None
        if _DIGITS.match(text):
            return int(text)
        try:
            return timefmt.parse_instant(text, self._now())
        except InvalidInputError:
            return text  # the core explains what a timestamp must look like

    def set_value(self, value: JSONValue) -> None:
        self.line_edit.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.line_edit

    def saved_value(self) -> JSONValue:
        # An absolute instant is stale next time; only "0 = never" is worth keeping.
        return 0 if self.spec.pin is None and self.value() == 0 else None

    def refresh_preview(self, reference: int) -> None:
        value = self.value()
        now = self._now()
        if value is None:
            pin_text = {
                Pin.NOW: self.tr("Empty: the time you click Generate."),
                Pin.NOW_PLUS_DAY: self.tr("Empty: 24 h after you click Generate."),
            }
            self._set_preview(pin_text.get(self.spec.pin, "") if self.spec.pin else "")
        elif not isinstance(value, int):
            self._set_preview("")
        elif value == 0 and zero_meaning(self.spec):
            self._set_preview(f"0 = {zero_meaning(self.spec)}")
        else:
            self._set_preview(localise(timefmt.describe(value, now)))

    @Slot()
    def _on_changed(self) -> None:
        self.refresh_preview(self._now())


class ChoiceField(FieldWidget):
    """A combo box of the catalogue's choices; each choice's help is its tooltip and shown below."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, now: Clock) -> None:
        super().__init__(spec, parent, now=now)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for choice in spec.choices:
            self.combo.addItem(f"{choice.label} ({choice.value})", choice.value)
        if spec.default is not None:
            self.set_value(spec.default)
        self.row.addWidget(self.combo)
        self.row.addStretch(1)
        self.combo.currentIndexChanged.connect(self._on_input_changed)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.combo.setAccessibleName(localise(self.spec.label))
        for index, choice in enumerate(self.spec.choices):
            self.combo.setItemText(index, f"{localise(choice.label)} ({choice.value})")
            self.combo.setItemData(index, localise(choice.help), TOOLTIP_ROLE)
        self._on_combo_current_index_changed()

    def value(self) -> JSONValue:
        data = self.combo.currentData()
        return data if isinstance(data, (int, str)) else None

    def set_value(self, value: JSONValue) -> None:
        for index in range(self.combo.count()):
            data = self.combo.itemData(index)
            if data == value or str(data) == str(value):
                self.combo.setCurrentIndex(index)
                return

    def focus_widget(self) -> QWidget:
        return self.combo

    @Slot()
    def _on_combo_current_index_changed(self) -> None:
        help_text = self.combo.currentData(TOOLTIP_ROLE)
        label = self.combo.currentText().rsplit(" (", 1)[0]
        text = (
            self.tr("{label}: {what}").format(label=label, what=help_text)
            if isinstance(help_text, str) and help_text
            else ""
        )
        self._set_preview(text)
        self.combo.setToolTip(text)
