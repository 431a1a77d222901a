"""The "Diagnose" section of the decoder pane: context inputs, verdict line, findings list.

Every change to the token or the context runs ``core.diagnose`` again; the work is a few HMACs,
so there is no delay. "Copy report" puts a support-ticket text on the clipboard that never
contains the App Certificate.

Language: the panel's own words are set in ``_retranslate`` (run again after a language switch,
which also shows the findings again); the findings, notes and context errors are the core's
messages, shown with ``localise``. Finding codes and action names stay identifiers.
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
from .i18n import QT_TRANSLATE_NOOP, localise, message_of, retranslatable
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
_SEVERITY_WORD = {
    ERROR: QT_TRANSLATE_NOOP("DiagnosePanel", "error"),
    WARNING: QT_TRANSLATE_NOOP("DiagnosePanel", "warning"),
}
_INFO_WORD = QT_TRANSLATE_NOOP("DiagnosePanel", "info")
_ACTION_HELP = {
    "rtc-join": QT_TRANSLATE_NOOP("DiagnosePanel", "join an RTC channel"),
    "rtc-publish": QT_TRANSLATE_NOOP("DiagnosePanel", "publish audio and video in an RTC channel"),
    "rtm-login": QT_TRANSLATE_NOOP("DiagnosePanel", "log in to RTM / Signaling"),
    "chat": QT_TRANSLATE_NOOP("DiagnosePanel", "log in to Chat (or call it as the app)"),
    "apaas": QT_TRANSLATE_NOOP("DiagnosePanel", "use Flexible Classroom / APaaS"),
    "fpa": QT_TRANSLATE_NOOP("DiagnosePanel", "use FPA (fast path acceleration)"),
    "streaming": QT_TRANSLATE_NOOP("DiagnosePanel", "push a media stream (Streaming)"),
    "fcdn": QT_TRANSLATE_NOOP("DiagnosePanel", "publish or play through FCDN"),
    "whiteboard-write": QT_TRANSLATE_NOOP(
        "DiagnosePanel", "draw or edit on an Interactive Whiteboard"
    ),
    "whiteboard-read": QT_TRANSLATE_NOOP("DiagnosePanel", "watch an Interactive Whiteboard"),
    "stream-publish": QT_TRANSLATE_NOOP(
        "DiagnosePanel", "push RTMP/SRT through Media Gateway with a stream key"
    ),
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
        self._ready = False  # until __init__ is done: no refresh from _retranslate or events

        self.app_id = self._line()
        self.app_certificate = self._line()
        self.app_certificate.setEchoMode(QLineEdit.EchoMode.Password)
        self.channel_name = self._line()
        self.uid = self._line()
        self.uid.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,10}"), self))
        self.account = self._line()
        self.action = QComboBox()
        # Long item texts must not make the panel wider than the decoder pane.
        self.action.setMinimumContentsLength(16)
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action.addItem("", None)
        for name in ACTIONS:
            self.action.addItem(name, name)
        self.at = self._line()
        self.error_code = self._line()
        self.secret_access_key = self._line()
        self.secret_access_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.room_uuid = self._line()
        self.join_body = QPlainTextEdit()
        self.join_body.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)

        self.input_error = MessageLabel()
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.verdict_label.font()
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.findings = QTreeWidget()
        self.findings.setColumnCount(2)
        self.findings.setWordWrap(True)
        self.findings.setUniformRowHeights(False)
        self.findings.setRootIsDecorated(True)
        self.findings.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        header = self.findings.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.finding_detail = QLabel()
        self.finding_detail.setWordWrap(True)
        self.finding_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = hint_label("")
        self.copy_report_button = QPushButton()
        self.copy_report_button.setEnabled(False)

        # What the app used: filled from the window, so mostly read, rarely typed; folded away
        # under the verdict and the findings, which are what a person came for.
        self.context_section = CollapsibleSection("")
        form = QFormLayout(self.context_section.body)
        self._labels: dict[str, QLabel] = {}
        for key, field in (
            ("app_id", self.app_id),
            ("app_certificate", self.app_certificate),
            ("channel_name", self.channel_name),
        ):
            form.addRow(self._label(key, field), field)
        who = QHBoxLayout()
        who.addWidget(self.uid)
        self.or_account_label = QLabel()
        who.addWidget(self.or_account_label)
        who.addWidget(self.account)
        form.addRow(self._label("uid", self.uid), who)
        for key, widget in (
            ("action", self.action),
            ("at", self.at),
            ("error_code", self.error_code),
            ("secret_access_key", self.secret_access_key),
            ("room_uuid", self.room_uuid),
            ("join_body", self.join_body),
        ):
            form.addRow(self._label(key, widget), widget)
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
        retranslatable(self, self._retranslate)
        self._ready = True
        self._refresh()

    @staticmethod
    def _line() -> QLineEdit:
        line = QLineEdit()
        line.setClearButtonEnabled(True)
        return line

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self._labels[key] = label
        return label

    def _retranslate(self) -> None:
        """Every word of the panel in the current language; then the findings shown again."""
        labels = self._labels
        for key, label, name, placeholder in (
            (
                "app_id",
                self.tr("App &ID"),
                self.tr("App ID the app used"),
                self.tr("32 hex characters"),
            ),
            (
                "app_certificate",
                self.tr("App &Certificate"),
                self.tr("App Certificate"),
                self.tr("Needed to check the signature; never shown in reports"),
            ),
            (
                "channel_name",
                self.tr("C&hannel"),
                self.tr("Channel name the app joined"),
                self.tr("As passed to joinChannel"),
            ),
            ("uid", self.tr("&uid"), self.tr("Numeric uid"), self.tr("0 = let Agora assign one")),
            (
                "at",
                self.tr("&At"),
                self.tr("Moment of the failure"),
                self.tr("Now; or unix seconds, 2024-05-01T12:00:00Z, -2h"),
            ),
            (
                "error_code",
                self.tr("&Error code"),
                self.tr("Error code the app saw"),
                self.tr("e.g. 110, 109, -10005, RTM 5"),
            ),
            (
                "secret_access_key",
                self.tr("Whiteboard SK"),
                self.tr("Whiteboard Secret Access Key"),
                self.tr("Whiteboard tokens: the SK, to check the signature"),
            ),
            (
                "room_uuid",
                self.tr("Room / Task UUID"),
                self.tr("Whiteboard Room or Task UUID"),
                self.tr("Whiteboard tokens"),
            ),
        ):
            labels[key].setText(label)
            line = labels[key].buddy()
            assert isinstance(line, QLineEdit)
            line.setAccessibleName(name)
            line.setPlaceholderText(placeholder)
        self.account.setAccessibleName(self.tr("String account or user id"))
        self.account.setPlaceholderText(self.tr("User account, RTM or Chat user id"))
        self.or_account_label.setText(self.tr("or account"))
        labels["action"].setText(self.tr("Ac&tion"))
        self.action.setAccessibleName(self.tr("Action the app attempted"))
        self.action.setItemText(0, self.tr("(not given: taken from the token)"))
        for index in range(1, self.action.count()):
            name = self.action.itemData(index)
            self.action.setItemText(
                index,
                self.tr("{action}: {meaning}").format(
                    action=name, meaning=self.tr(_ACTION_HELP[name])
                ),
            )
        labels["join_body"].setText(self.tr("ConvoAI /join"))
        self.join_body.setAccessibleName(self.tr("ConvoAI /join body"))
        self.join_body.setPlaceholderText(
            self.tr(
                'ConvoAI: paste the /join body, e.g. {"properties": {"channel": "…", '
                '"agent_rtc_uid": "…"}}'
            )
        )
        self.input_error.setAccessibleName(self.tr("Context problem"))
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.findings.setAccessibleName(self.tr("Findings, most important first"))
        # The plain title first; the code beside it is what support tickets and the CLI use.
        self.findings.setHeaderLabels([self.tr("Finding"), self.tr("Code")])
        self.finding_detail.setAccessibleName(self.tr("Selected finding"))
        self.notes.setAccessibleName(self.tr("What could not be checked"))
        self.copy_report_button.setText(self.tr("Copy &report"))
        self.copy_report_button.setToolTip(
            self.tr(
                "Copy a text for a support ticket: findings and decoded fields, without the App "
                "Certificate and with the signature shortened."
            )
        )
        self.context_section.set_title(self.tr("What the app used"))
        self.context_section.toggle_button.setToolTip(
            self.tr(
                "App ID, certificate, channel, uid or account, action, time and error code to "
                "check the token against; taken from the window, change them to match the "
                "failing app"
            )
        )
        if self._ready:
            self._refresh()

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
        """The support-ticket text for the current diagnosis ("" when there is none).

        In the interface's language; finding codes and values stay as they are.
        """
        if self._diagnosis is None:
            return ""
        return support_report(
            self._token, self._context, self._diagnosis, now=self._now(), say=localise
        )

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
            self._show_verdict(None, self.tr("Decode a token to diagnose it."))
            self.notes.setText("")
            self.copy_report_button.setEnabled(False)
            return
        now = self._now()
        try:
            self._context = self._read_context(now)
            diagnosis = diagnose(self._token, self._context, now=now)
        except InvalidInputError as exc:
            self.input_error.set_lines([(ERROR, localise(message_of(exc)))])
            self._show_verdict(None, self.tr("Fix the context above to diagnose the token."))
            self.notes.setText("")
            self.copy_report_button.setEnabled(False)
            return
        self.input_error.set_lines([])
        self._diagnosis = diagnosis
        self._show_verdict(diagnosis.verdict, "")
        for finding in diagnosis.findings:
            cue = _SEVERITY_CUE.get(finding.severity, "ℹ")
            word = self.tr(_SEVERITY_WORD.get(finding.severity, _INFO_WORD))
            title, message = localise(finding.title), localise(finding.message)
            item = QTreeWidgetItem([f"{cue} {title}", finding.code])
            item.setForeground(0, QBrush(status_colour(self.palette(), finding.severity)))
            item.setToolTip(
                0,
                self.tr("{title} ({code}, {severity}): {message}").format(
                    title=title, code=finding.code, severity=word, message=message
                ),
            )
            item.setData(1, Qt.ItemDataRole.UserRole, word)
            item.setData(0, Qt.ItemDataRole.UserRole, finding.code)
            fix = self.tr("Fix: {fix}").format(fix=localise(finding.fix))
            for text in (message, fix):
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                item.addChild(child)
                child.setFirstColumnSpanned(True)
            self.findings.addTopLevelItem(item)
        if not diagnosis.findings:
            self.findings.addTopLevelItem(QTreeWidgetItem([self.tr("No findings.")]))
        self.findings.expandAll()
        first = self.findings.topLevelItem(0)
        if first is not None:
            self.findings.setCurrentItem(first)
        self.notes.setText("\n".join(localise(note) for note in diagnosis.notes))
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
            self.tr("{title} ({code}, {severity}): {message}").format(
                title=item.text(0), code=item.text(1), severity=word, message=message.text(0)
            )
            + "\n"
            + fix.text(0)
        )

    @Slot()
    def _on_copy_report_button_clicked(self) -> None:
        text = self.report_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.status_message.emit(
            self.tr(
                "Copied the diagnosis report (findings and decoded fields; no App Certificate)."
            )
        )
