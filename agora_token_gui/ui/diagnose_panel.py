"""The "Diagnose" section of the decoder pane: context inputs, verdict line, findings list.

Every change to the token or the context runs ``core.diagnose`` again; the work is a few HMACs,
so there is no delay. "Copy report" puts a support-ticket text on the clipboard that never
contains the App Certificate.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import timefmt
from ..core.diagnose import (
    ACCEPTED,
    ACTIONS,
    ERROR,
    REJECTED,
    WARNING,
    Context,
    Diagnosis,
    diagnose,
    support_report,
)
from ..core.errors import InvalidInputError
from .i18n import QT_TRANSLATE_NOOP
from .widgets import OK, CollapsibleSection, MessageLabel, hint_label, status_colour

_VERDICT: dict[str, tuple[str, str, str]] = {
    # verdict: (text cue, words, colour status)
    ACCEPTED: (
        "✔",
        QT_TRANSLATE_NOOP(
            "DiagnosePanel", "Accepted: Agora should accept this token in this context."
        ),
        OK,
    ),
    REJECTED: (
        "✖",
        QT_TRANSLATE_NOOP(
            "DiagnosePanel", "Rejected: Agora would refuse this token in this context."
        ),
        ERROR,
    ),
}
_UNKNOWN = (
    "?",
    QT_TRANSLATE_NOOP("DiagnosePanel", "Unknown: not enough context to tell; see the notes below."),
    WARNING,
)
_SEVERITY_CUE = {ERROR: "✖", WARNING: "⚠"}
_SEVERITY_WORD = {ERROR: "error", WARNING: "warning"}
_ACTION_HELP = {
    "rtc-join": "join an RTC channel",
    "rtc-publish": "publish audio and video in an RTC channel",
    "rtm-login": "log in to RTM / Signaling",
    "chat": "log in to Chat (or call it as the app)",
    "apaas": "use Flexible Classroom / APaaS",
    "fpa": "use FPA (fast path acceleration)",
    "streaming": "push a media stream (Streaming)",
    "fcdn": "publish or play through FCDN",
    "whiteboard-write": "draw or edit on an Interactive Whiteboard",
    "whiteboard-read": "watch an Interactive Whiteboard",
    "stream-publish": "push RTMP/SRT through Media Gateway with a stream key",
}


class DiagnosePanel(QWidget):
    """Why would this token fail? Context in, verdict and findings out."""

    status_message = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], int] | None = None
    ) -> None:
        super().__init__(parent)
        self._now = now or (lambda: int(time.time()))
        self._token = ""
        self._diagnosis: Diagnosis | None = None
        # The values set_context_defaults last filled in from the window, per field.
        self._filled: dict[QLineEdit, str] = {}
        self._context = Context()

        self.app_id = self._line("App ID the app used", "32 hex characters")
        self.app_certificate = self._line(
            "App Certificate", "Needed to check the signature; never shown in reports"
        )
        self.app_certificate.setEchoMode(QLineEdit.EchoMode.Password)
        self.channel_name = self._line("Channel name the app joined", "As passed to joinChannel")
        self.uid = self._line("Numeric uid", "0 = let Agora assign one")
        self.uid.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,10}"), self))
        self.account = self._line("String account or user id", "User account, RTM or Chat user id")
        self.action = QComboBox()
        self.action.setAccessibleName("Action the app attempted")
        # Long item texts must not make the panel wider than the decoder pane.
        self.action.setMinimumContentsLength(16)
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action.addItem("(not given: taken from the token)", None)
        for name in ACTIONS:
            self.action.addItem(f"{name}: {_ACTION_HELP[name]}", name)
        self.at = self._line(
            "Moment of the failure", "Now; or unix seconds, 2024-05-01T12:00:00Z, -2h"
        )
        self.error_code = self._line("Error code the app saw", "e.g. 110, 109, -10005, RTM 5")
        self.secret_access_key = self._line(
            "Whiteboard Secret Access Key", "Whiteboard tokens: the SK, to check the signature"
        )
        self.secret_access_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.room_uuid = self._line("Whiteboard Room or Task UUID", "Whiteboard tokens")
        self.join_body = QPlainTextEdit()
        self.join_body.setAccessibleName("ConvoAI /join body")
        self.join_body.setPlaceholderText(
            'ConvoAI: paste the /join body, e.g. {"properties": {"channel": "…", '
            '"agent_rtc_uid": "…"}}'
        )
        self.join_body.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)

        self.input_error = MessageLabel()
        self.input_error.setAccessibleName("Context problem")
        self.verdict_label = QLabel()
        self.verdict_label.setAccessibleName("Verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.verdict_label.font()
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.findings = QTreeWidget()
        self.findings.setAccessibleName("Findings, most important first")
        # The plain title first; the code beside it is what support tickets and the CLI use.
        self.findings.setHeaderLabels([self.tr("Finding"), self.tr("Code")])
        self.findings.setWordWrap(True)
        self.findings.setUniformRowHeights(False)
        self.findings.setRootIsDecorated(True)
        self.findings.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        header = self.findings.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.finding_detail = QLabel()
        self.finding_detail.setAccessibleName("Selected finding")
        self.finding_detail.setWordWrap(True)
        self.finding_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = hint_label("")
        self.notes.setAccessibleName("What could not be checked")
        self.copy_report_button = QPushButton(self.tr("Copy &report"))
        self.copy_report_button.setToolTip(
            self.tr(
                "Copy a text for a support ticket: findings and decoded fields, without the App "
                "Certificate and with the signature shortened."
            )
        )
        self.copy_report_button.setEnabled(False)

        # What the app used: filled from the window, so mostly read, rarely typed; folded away
        # under the verdict and the findings, which are what a person came for.
        self.context_section = CollapsibleSection(self.tr("What the app used"))
        self.context_section.toggle_button.setToolTip(
            self.tr(
                "App ID, certificate, channel, uid or account, action, time and error code to "
                "check the token against; taken from the window, change them to match the "
                "failing app"
            )
        )
        form = QFormLayout(self.context_section.body)
        form.addRow("App &ID", self.app_id)
        form.addRow("App &Certificate", self.app_certificate)
        form.addRow("C&hannel", self.channel_name)
        who = QHBoxLayout()
        who.addWidget(self.uid)
        who.addWidget(QLabel("or account"))
        who.addWidget(self.account)
        uid_label = QLabel("&uid")
        uid_label.setBuddy(self.uid)
        form.addRow(uid_label, who)
        form.addRow("Ac&tion", self.action)
        form.addRow("&At", self.at)
        form.addRow("&Error code", self.error_code)
        form.addRow("Whiteboard SK", self.secret_access_key)
        form.addRow("Room / Task UUID", self.room_uuid)
        form.addRow("ConvoAI /join", self.join_body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_report_button)
        # Everything scrolls together when the decoder pane is short (1280x720): the context
        # inputs keep their natural height instead of being squashed, and the window does not
        # grow past the screen.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.input_error)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.finding_detail)
        layout.addWidget(self.notes)
        layout.addWidget(self.context_section)
        layout.addLayout(buttons)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        for line in (
            self.app_id,
            self.app_certificate,
            self.channel_name,
            self.uid,
            self.account,
            self.at,
            self.error_code,
            self.secret_access_key,
            self.room_uuid,
        ):
            line.textChanged.connect(self._on_context_changed)
        self.join_body.textChanged.connect(self._on_context_changed)
        self.action.currentIndexChanged.connect(self._on_context_changed)
        self.findings.currentItemChanged.connect(self._on_findings_current_item_changed)
        self.copy_report_button.clicked.connect(self._on_copy_report_button_clicked)
        self._ready = True
        self._refresh()

    @staticmethod
    def _line(name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(placeholderText=placeholder)
        line.setAccessibleName(name)
        line.setClearButtonEnabled(True)
        return line

    # --- public API -----------------------------------------------------------------------

    @property
    def diagnosis(self) -> Diagnosis | None:
        """The last diagnosis shown (None without a token or with an unusable context)."""
        return self._diagnosis

    def set_token(self, text: str) -> None:
        self._token = text
        self._refresh()

    def set_context_defaults(
        self,
        app_id: str,
        app_certificate: str,
        channel_name: str | None,
        uid: int | None,
        account: str | None,
    ) -> None:
        """Fill the context from the rest of the window; empty values keep what is typed here.

        The certificate the window filled in earlier is cleared when the window's becomes empty
        (another profile, *Forget saved data*): a previous profile's must not stay behind.
        A uid clears the account and an account clears the uid (the app used one of them).
        """
        widgets = (self.app_id, self.app_certificate, self.channel_name, self.uid, self.account)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for widget, value in (
                (self.app_id, app_id),
                (self.app_certificate, app_certificate),
                (self.channel_name, channel_name),
            ):
                filled = self._filled.get(widget)
                if value:
                    widget.setText(value)
                    self._filled[widget] = value
                elif widget is self.app_certificate and filled and widget.text() == filled:
                    widget.clear()  # the window's certificate went away: so does its copy here
                    del self._filled[widget]
            if uid is not None:
                self.uid.setText(str(uid))
                self.account.clear()
            elif account:
                self.account.setText(account)
                self.uid.clear()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._refresh()

    def report_text(self) -> str:
        """The support-ticket text for the current diagnosis ("" when there is none)."""
        if self._diagnosis is None:
            return ""
        return support_report(self._token, self._context, self._diagnosis, now=self._now())

    # --- internals --------------------------------------------------------------------------

    def _read_context(self, now: int) -> Context:
        uid_text = self.uid.text().strip()
        at_text = self.at.text().strip()
        return Context(
            app_id=self.app_id.text(),
            app_certificate=self.app_certificate.text(),
            channel_name=self.channel_name.text(),
            uid=int(uid_text) if uid_text else None,
            account=self.account.text(),
            action=self.action.currentData(),
            at=timefmt.parse_instant(at_text, now) if at_text else None,
            error_code=self.error_code.text(),
            secret_access_key=self.secret_access_key.text(),
            room_uuid=self.room_uuid.text(),
            join_body=self.join_body.toPlainText(),
        )

    def _refresh(self) -> None:
        self.findings.clear()
        self.finding_detail.clear()
        self._diagnosis = None
        if not self._token.strip():
            self.input_error.set_lines([])
            self._show_verdict(None, "Decode a token to diagnose it.")
            self.notes.setText("")
            self.copy_report_button.setEnabled(False)
            return
        now = self._now()
        try:
            self._context = self._read_context(now)
            diagnosis = diagnose(self._token, self._context, now=now)
        except InvalidInputError as exc:
            self.input_error.set_lines([(ERROR, str(exc))])
            self._show_verdict(None, "Fix the context above to diagnose the token.")
            self.notes.setText("")
            self.copy_report_button.setEnabled(False)
            return
        self.input_error.set_lines([])
        self._diagnosis = diagnosis
        self._show_verdict(diagnosis.verdict, "")
        for finding in diagnosis.findings:
            cue = _SEVERITY_CUE.get(finding.severity, "ℹ")
            word = _SEVERITY_WORD.get(finding.severity, "info")
            item = QTreeWidgetItem([f"{cue} {finding.title}", finding.code])
            item.setForeground(0, QBrush(status_colour(self.palette(), finding.severity)))
            item.setToolTip(0, f"{finding.title} ({finding.code}, {word}): {finding.message}")
            item.setData(1, Qt.ItemDataRole.UserRole, word)
            item.setData(0, Qt.ItemDataRole.UserRole, finding.code)
            for text in (finding.message, f"Fix: {finding.fix}"):
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                item.addChild(child)
                child.setFirstColumnSpanned(True)
            self.findings.addTopLevelItem(item)
        if not diagnosis.findings:
            self.findings.addTopLevelItem(QTreeWidgetItem(["No findings."]))
        self.findings.expandAll()
        first = self.findings.topLevelItem(0)
        if first is not None:
            self.findings.setCurrentItem(first)
        self.notes.setText("\n".join(diagnosis.notes))
        self.copy_report_button.setEnabled(True)

    def _show_verdict(self, verdict: str | None, message: str) -> None:
        if verdict is None:
            self.verdict_label.setText(message)
            self.verdict_label.setStyleSheet("")
            self.verdict_label.setAccessibleDescription(message)
            return
        cue, english, status = _VERDICT.get(verdict, _UNKNOWN)
        words = self.tr(english)  # marked above with QT_TRANSLATE_NOOP
        colour = status_colour(self.palette(), status).name()
        self.verdict_label.setText(f"{cue} {words}")
        self.verdict_label.setStyleSheet(f"color: {colour}")
        self.verdict_label.setAccessibleDescription(words)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Colours depend on light or dark mode; Qt may send this before __init__ is done.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self._refresh()

    @Slot()
    def _on_context_changed(self) -> None:
        self._refresh()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_findings_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        """Show the whole message and fix of the selected finding (the list elides them)."""
        item = current.parent() or current if current is not None else None
        if item is None or item.childCount() < 2:
            self.finding_detail.clear()
            return
        message, fix = item.child(0), item.child(1)
        assert message is not None
        assert fix is not None
        word = item.data(1, Qt.ItemDataRole.UserRole)
        self.finding_detail.setText(
            f"{item.text(0)} ({item.text(1)}, {word}): {message.text(0)}\n{fix.text(0)}"
        )

    @Slot()
    def _on_copy_report_button_clicked(self) -> None:
        text = self.report_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.status_message.emit(
            "Copied the diagnosis report (findings and decoded fields; no App Certificate)."
        )
