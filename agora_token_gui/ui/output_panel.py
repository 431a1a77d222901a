"""The generated token: copy it (or its request, command line, export line), see when it expires."""

from __future__ import annotations

import json
import shlex
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core import timefmt
from agora_token_gui.core.build import BuildResult, built_expires_at
from agora_token_gui.core.catalog import FieldKind
from agora_token_gui.core.commandline import command_line
from agora_token_gui.core.detect import expiry_of
from agora_token_gui.core.expiry import Capability, Expiry
from agora_token_gui.core.request import TokenRequest, request_to_json
from agora_token_gui.ui.i18n import localise, retranslatable
from agora_token_gui.ui.widgets import (
    OK,
    MessageLabel,
    hint_label,
    make_selectable,
    monospace_font,
)

Clock = Callable[[], int]
Source = tuple[str, Mapping[str, object]]  # (kind key, the form request) a token was made from


def _system_clock() -> int:
    return int(time.time())


def expires_at(token: str) -> int | None:
    """When the token stops doing what it was built for (core/expiry.py), None for never."""
    found = expiry_of(token)
    return None if found is None else found.at


def built_expiry(result: BuildResult) -> Expiry | None:
    """The effective expiry of a token just built (None: it has no expiry we can know).

    From the token itself where it can be read; a stream key's expiry is encrypted inside it,
    so there the request's (core.build.built_expires_at) is used.
    """
    found = expiry_of(result.token)
    if found is not None:
        return found
    at = built_expires_at(result)
    if at is None:
        return None
    instant = at or None  # 0: never
    return Expiry(instant, instant, (Capability("the token", instant),))


def expiry_text(found: Expiry | None, now: int) -> tuple[str, str]:
    """``("Publishing stops in 1 h; joining works for 2 h (…)", status)`` for the countdown.

    The effective expiry (issue #9): red once past, amber within the SDK's 30 s renewal warning.
    """
    translate = QCoreApplication.translate
    if found is None or found.at is None:
        return translate("OutputPanel", "Never expires."), OK
    when = localise(timefmt.local_text(found.at))
    utc = localise(timefmt.utc_text(found.at))
    where = utc if when.endswith("UTC") else f"{when}, {utc}"
    words = localise(found.words(now)).rstrip(".。")
    text = translate("OutputPanel", "{expiry} ({where}).").format(expiry=words, where=where)
    return text, found.status(now)


def describe_request(request: TokenRequest) -> tuple[str, str, str]:
    """(kind title, channel, user) of a request: the channel and user fields of its kind."""
    channel = ""
    user = ""
    for spec in request.kind.fields:
        value = request.values.get(spec.name)
        if value is None:
            continue
        if spec.channel and not channel:
            channel = str(value)
        elif not user and (
            spec.kind is FieldKind.UID
            or (spec.kind is FieldKind.TEXT and ("account" in spec.name or "user" in spec.name))
            or (spec.name == "uid" and spec.kind is FieldKind.TEXT)
        ):
            user = str(value)
            if spec.kind is FieldKind.UID and value == 0:
                user = "0 (any user)"
    return f"{request.kind.group} · {request.kind.title}", channel, user


def request_label(request: TokenRequest) -> str:
    """``AccessToken2 (007) · RTC by uid · channel 'demo' · user 123``."""
    _, channel, user = describe_request(request)
    translate = QCoreApplication.translate
    group = translate("Pages", request.kind.group)  # "Signaling" is a word (main_window.py)
    parts = [f"{group} · {localise(request.kind.title)}"]
    if channel:
        parts.append(translate("OutputPanel", "channel {name}").format(name=repr(channel)))
    if user:
        if user == "0 (any user)":
            user = translate("OutputPanel", "0 (any user)")
        parts.append(translate("OutputPanel", "user {user}").format(user=user))
    return " · ".join(parts)


class OutputPanel(QWidget):
    """Read-only token field, Copy and "Copy as…", length, a live expiry countdown, Inspect."""

    status_message = Signal(str)
    inspect_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, now: Clock | None = None) -> None:
        super().__init__(parent)
        self._now = now or _system_clock
        self.result: BuildResult | None = None
        self.expiry: Expiry | None = None
        self.source: Source | None = None
        self.stale = False

        self.token_edit = QLineEdit(self)
        self.token_edit.setReadOnly(True)
        self.token_edit.setFont(monospace_font())
        self.token_edit.setPlaceholderText("The token appears here after Generate.")  # for sizes
        self.request_label = QLabel(self)
        self.request_label.setWordWrap(True)
        make_selectable(self.request_label)
        self.copy_button = QPushButton("Copy", self)
        self.copy_as_menu = QMenu("Copy as", self)
        self.copy_token_action = QAction("Token", self)
        self.copy_json_action = QAction("Request JSON (without certificate)", self)
        self.copy_command_action = QAction("agora-token command line", self)
        self.copy_export_action = QAction("export AGORA_TOKEN=…", self)
        for action in self.copy_actions():
            self.copy_as_menu.addAction(action)
        self.copy_as_button = QPushButton("Copy as", self)
        self.copy_as_button.setMenu(self.copy_as_menu)
        self.inspect_button = QPushButton("Inspect", self)
        self.length_label = QLabel(self)
        self.expiry_label = MessageLabel(self)
        self.pins_label = hint_label("", self)
        self.warnings = MessageLabel(self)

        row = QHBoxLayout()
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_as_button)
        row.addWidget(self.inspect_button)
        info = QHBoxLayout()
        info.addWidget(self.expiry_label, 1)
        info.addWidget(self.length_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.request_label)
        layout.addLayout(row)
        layout.addLayout(info)
        layout.addWidget(self.pins_label)
        layout.addWidget(self.warnings)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.copy_token_action.triggered.connect(self._on_copy_token_action_triggered)
        self.copy_json_action.triggered.connect(self._on_copy_json_action_triggered)
        self.copy_command_action.triggered.connect(self._on_copy_command_action_triggered)
        self.copy_export_action.triggered.connect(self._on_copy_export_action_triggered)
        self.inspect_button.clicked.connect(self._on_inspect_button_clicked)
        self.clear()
        retranslatable(self, self._retranslate)

    def _retranslate(self) -> None:
        self.token_edit.setAccessibleName(self.tr("Generated token"))
        self.request_label.setAccessibleName(self.tr("What the token was made for"))
        self.token_edit.setPlaceholderText(self.tr("The token appears here after Generate."))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy token"))
        self.copy_button.setToolTip(self.tr("Copy the token (Ctrl+Shift+C)"))
        self.copy_as_menu.setTitle(self.tr("Copy as"))
        self.copy_token_action.setText(self.tr("Token"))
        self.copy_json_action.setText(self.tr("Request JSON (without certificate)"))
        self.copy_command_action.setText(self.tr("agora-token command line"))
        self.copy_as_button.setText(self.tr("Copy as"))
        self.copy_as_button.setAccessibleName(self.tr("Copy as"))
        self.inspect_button.setText(self.tr("Inspect"))
        self.inspect_button.setAccessibleName(self.tr("Inspect the token in the decoder pane"))
        if self.result is not None:
            self._show_details(self.result)
            self._show_label()
            self.refresh_expiry()

    def copy_actions(self) -> tuple[QAction, ...]:
        return (
            self.copy_token_action,
            self.copy_json_action,
            self.copy_command_action,
            self.copy_export_action,
        )

    @property
    def expires_at(self) -> int | None:
        """The effective expiry of the token shown (None: never, or no token)."""
        return None if self.expiry is None else self.expiry.at

    def set_result(self, result: BuildResult, source: Source | None = None) -> None:
        """Show a new token; ``source`` is the form it came from (see ``follow``)."""
        self.result = result
        self.source = source
        self.stale = False
        self.token_edit.setText(result.token)
        self.token_edit.setCursorPosition(0)
        self.token_edit.setEnabled(True)
        self.expiry = built_expiry(result)
        self._show_details(result)
        self._show_label()
        self.warnings.set_problems(result.warnings)
        self._set_enabled(True)
        self.refresh_expiry()
        if self.expires_at is not None:
            self.timer.start()
        else:
            self.timer.stop()

    def _show_details(self, result: BuildResult) -> None:
        self.length_label.setText(self.tr("{count} characters").format(count=len(result.token)))
        pins = ", ".join(f"{name} = {value}" for name, value in result.pinned.items())
        self.pins_label.setText(self.tr("Built with {pins}.").format(pins=pins) if pins else "")
        self.pins_label.setVisible(bool(pins))

    def _show_label(self) -> None:
        if self.result is None:
            return
        made_for = request_label(self.result.request)
        if self.stale:
            made_for = self.tr(
                "Out of date: made for {request}; the form has changed since. Generate again, "
                "or undo the change."
            ).format(request=made_for)
        self.request_label.setText(made_for)
        self.request_label.setVisible(True)

    def follow(self, kind_key: str, data: Mapping[str, object]) -> None:
        """The form now shows ``data`` for ``kind_key``: dim the token unless it was made so.

        Called whenever the visible form changes (a value, the kind, the credentials): a token
        made from other values stays visible, greyed out and labelled as out of date, and cannot
        be copied until it is generated again (or the change is undone). Issue #9.
        """
        if self.result is None or self.source is None:
            return
        self.set_stale((kind_key, dict(data)) != (self.source[0], dict(self.source[1])))

    def set_stale(self, stale: bool) -> None:
        if self.result is None or stale == self.stale:
            return
        self.stale = stale
        self.token_edit.setEnabled(not stale)
        self._show_label()
        self._set_enabled(not stale)
        self.refresh_expiry()

    def clear(self) -> None:
        self.result = None
        self.expiry = None
        self.source = None
        self.stale = False
        self.token_edit.clear()
        self.token_edit.setEnabled(True)
        self.request_label.clear()
        self.request_label.setVisible(False)
        self.length_label.clear()
        self.expiry_label.set_lines([])
        self.pins_label.setVisible(False)
        self.warnings.set_lines([])
        self.timer.stop()
        self._set_enabled(False)

    def refresh_expiry(self) -> None:
        if self.result is None:
            return
        text, status = expiry_text(self.expiry, self._now())
        if self.stale:
            status = ""  # a dimmed token's countdown is no call to action
        self.expiry_label.set_lines([(status, text)])
        if self.expiry is not None:
            lines = self.expiry.lines(self._now())  # the core's messages, one per capability
            self.expiry_label.setToolTip("\n".join(localise(line) for line in lines))

    # --- what each copy puts on the clipboard -----------------------------------------------

    def token_text(self) -> str:
        return self.result.token if self.result else ""

    def json_text(self) -> str:
        if self.result is None:
            return ""
        request = request_to_json(self.result.request, pinned=self.result.pinned)
        return json.dumps(request, ensure_ascii=False)

    def command_text(self) -> str:
        if self.result is None:
            return ""
        return command_line(self.result.request, self.result.pinned)

    def export_text(self) -> str:
        return f"export AGORA_TOKEN={shlex.quote(self.token_text())}" if self.result else ""

    def copy_token(self) -> None:
        self._copy(
            self.token_text(),
            self.tr("Token copied ({count} characters).").format(count=len(self.token_text())),
        )

    def _copy(self, text: str, message: str) -> None:
        if not text:
            self.status_message.emit(self.tr("Nothing to copy yet: generate a token first."))
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self.status_message.emit(message)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.copy_button, self.copy_as_button, self.inspect_button):
            widget.setEnabled(enabled)
        for action in self.copy_actions():
            action.setEnabled(enabled)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.refresh_expiry()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        self.copy_token()

    @Slot()
    def _on_copy_token_action_triggered(self) -> None:
        self.copy_token()

    @Slot()
    def _on_copy_json_action_triggered(self) -> None:
        self._copy(self.json_text(), self.tr("Request JSON copied (without the certificate)."))

    @Slot()
    def _on_copy_command_action_triggered(self) -> None:
        self._copy(
            self.command_text(),
            self.tr("Command line copied; set AGORA_APP_CERTIFICATE before running it."),
        )

    @Slot()
    def _on_copy_export_action_triggered(self) -> None:
        self._copy(self.export_text(), self.tr("export AGORA_TOKEN=… line copied."))

    @Slot()
    def _on_inspect_button_clicked(self) -> None:
        if self.result is not None:
            self.inspect_requested.emit(self.result.token)
