"""The generated token: copy it (or its request, command line, export line), see when it expires."""

from __future__ import annotations

import json
import shlex
import time
from collections.abc import Callable

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
from agora_token_gui.core.commandline import command_line
from agora_token_gui.core.detect import decode_exact
from agora_token_gui.core.errors import TokenError
from agora_token_gui.core.request import request_to_json
from agora_token_gui.ui.i18n import localise, retranslatable
from agora_token_gui.ui.widgets import OK, MessageLabel, hint_label, monospace_font

Clock = Callable[[], int]
SOON = 300  # seconds before expiry at which the countdown turns amber


def _system_clock() -> int:
    return int(time.time())


def expires_at(token: str) -> int | None:
    """When the token expires (unix seconds), 0 for never, None when the format has no expiry."""
    try:
        return decode_exact(token).expires_at
    except TokenError:
        return None


def expiry_text(instant: int | None, now: int) -> tuple[str, str]:
    """``("Expires in 59 min 58 s (…)", status)`` for the countdown line."""
    translate = QCoreApplication.translate
    if instant is None:
        return translate("OutputPanel", "Never expires (this format has no expiry)."), ""
    if instant == 0:
        return translate("OutputPanel", "Never expires (expiry 0)."), OK
    when = localise(timefmt.local_text(instant))
    utc = localise(timefmt.utc_text(instant))
    where = utc if when.endswith("UTC") else f"{when}, {utc}"
    relative = localise(timefmt.relative(instant, now))
    if instant > now:
        status = "warning" if instant - now <= SOON else OK
        text = translate("OutputPanel", "Expires {relative} ({where})")
        return text.format(relative=relative, where=where), status
    text = translate("OutputPanel", "Expired {relative} ({where})")
    return text.format(relative=relative, where=where), "error"


class OutputPanel(QWidget):
    """Read-only token field, Copy and "Copy as…", length, a live expiry countdown, Inspect."""

    status_message = Signal(str)
    inspect_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, now: Clock | None = None) -> None:
        super().__init__(parent)
        self._now = now or _system_clock
        self.result: BuildResult | None = None
        self.expires_at: int | None = None

        self.token_edit = QLineEdit(self)
        self.token_edit.setReadOnly(True)
        self.token_edit.setFont(monospace_font())
        self.token_edit.setPlaceholderText("The token appears here after Generate.")  # for sizes
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
            self.refresh_expiry()

    def copy_actions(self) -> tuple[QAction, ...]:
        return (
            self.copy_token_action,
            self.copy_json_action,
            self.copy_command_action,
            self.copy_export_action,
        )

    def set_result(self, result: BuildResult) -> None:
        self.result = result
        self.token_edit.setText(result.token)
        self.token_edit.setCursorPosition(0)
        self.expires_at = built_expires_at(result)
        self._show_details(result)
        self.warnings.set_problems(result.warnings)
        self._set_enabled(True)
        self.refresh_expiry()
        if self.expires_at:
            self.timer.start()
        else:
            self.timer.stop()

    def _show_details(self, result: BuildResult) -> None:
        self.length_label.setText(self.tr("{count} characters").format(count=len(result.token)))
        pins = ", ".join(f"{name} = {value}" for name, value in result.pinned.items())
        self.pins_label.setText(self.tr("Built with {pins}.").format(pins=pins) if pins else "")
        self.pins_label.setVisible(bool(pins))

    def clear(self) -> None:
        self.result = None
        self.expires_at = None
        self.token_edit.clear()
        self.length_label.clear()
        self.expiry_label.set_lines([])
        self.pins_label.setVisible(False)
        self.warnings.set_lines([])
        self.timer.stop()
        self._set_enabled(False)

    def refresh_expiry(self) -> None:
        if self.result is None:
            return
        text, status = expiry_text(self.expires_at, self._now())
        self.expiry_label.set_lines([(status, text)])

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
