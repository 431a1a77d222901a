"""Decoder pane: paste or drop any text, see what is inside, verify the signature live."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core.detect import EXTRACTED, Decoded, decode, to_json
from agora_token_gui.core.errors import TokenError
from agora_token_gui.core.report import explain, stream_key_rows
from agora_token_gui.core.stream_key import StreamKey, open_key
from agora_token_gui.core.verification import NEEDS, Verification, VerifyInputs, verify

from .i18n import localise, message_of, retranslatable
from .token_tree import TokenTree, status_color, status_icon
from .widgets import PaletteWatcher, hint_label, make_selectable

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from .compare_view import CompareView
    from .diagnose_panel import DiagnosePanel

Clock = Callable[[], int]

# Relative times ("in 3 min") are recomputed this often; explain() costs well under 1 ms.
REFRESH_INTERVAL_MS: Final = 5_000
# Pasted or dropped text longer than this is not a token (the longest are a few thousand
# characters): it is refused with a message, because Qt lays out one long unbroken line so
# slowly that a 300 KB log froze the window for 17 s (issue 14 item 4).
MAX_INPUT_CHARS: Final = 16 * 1024
MAX_DROPPED_FILE_BYTES: Final = MAX_INPUT_CHARS


def too_long(size: int, what: str = "") -> str:
    """The sentence for text over MAX_INPUT_CHARS, in words (``what``: "That text")."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "DecoderPane",
        "{what} has {size:,} characters; the decoder reads at most {most:,} (16 KB; a token is a "
        "few hundred). Paste only the line that holds the token.",
    ).format(
        what=what or QCoreApplication.translate("DecoderPane", "That text"),
        size=size,
        most=MAX_INPUT_CHARS,
    )


_INPUT_FIELDS: Final = ("certificate", "channel_name", "uid", "account")


def _system_clock() -> int:
    return int(time.time())


class _TokenInput(QPlainTextEdit):
    """A plain text box where a drop replaces the text; a dropped text file is read."""

    drop_failed = Signal(str)
    # What the last refused paste or drop said, made again in the current language.
    failure: Callable[[], str] | None = None

    def _fail(self, say: Callable[[], str]) -> None:
        self.failure = say
        self.drop_failed.emit(say())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
        if files:  # a file copied in a file manager and pasted here
            self._load_file(Path(files[0]))
        elif source.hasText() and len(source.text()) + len(self.toPlainText()) > MAX_INPUT_CHARS:
            size = len(source.text())
            self._fail(lambda: too_long(size))
        else:
            super().insertFromMimeData(source)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() or e.mimeData().hasText():
            e.acceptProposedAction()
        else:
            super().dragEnterEvent(e)

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        if e.mimeData().hasUrls() or e.mimeData().hasText():
            e.acceptProposedAction()
        else:
            super().dragMoveEvent(e)

    def dropEvent(self, e: QDropEvent) -> None:
        mime = e.mimeData()
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            e.acceptProposedAction()
            self._load_file(Path(files[0]))
        elif mime.hasText():
            e.acceptProposedAction()
            if len(mime.text()) > MAX_INPUT_CHARS:
                size = len(mime.text())
                self._fail(lambda: too_long(size))
                return
            # Dropping a token onto an old one must not glue the two together.
            self.setPlainText(mime.text())
        else:
            super().dropEvent(e)

    def _load_file(self, path: Path) -> None:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_DROPPED_FILE_BYTES + 1)
        except OSError as exc:
            why = exc.strerror or str(exc)
            self._fail(
                lambda: self.tr("Could not read {name}: {why}.").format(name=path.name, why=why)
            )
            return
        if len(data) > MAX_DROPPED_FILE_BYTES:
            self._fail(
                lambda: self.tr(
                    "{name} is larger than 16 KB; drop a text file that holds one token."
                ).format(name=path.name)
            )
            return
        self.setPlainText(data.decode("utf-8-sig", errors="replace"))


_DIAGNOSE_TAB = 1
_COMPARE_TAB = 2
EMPTY_TEXT = (
    "This side reads tokens: paste or drop one above to see who it is for, what it allows and "
    "until when, with its signature checked against the App Certificate. The other side makes "
    "them: pick a token kind, fill in the form and press Generate."
)


class DecoderPane(QWidget):
    """Decodes the input as it changes; verifies with exactly the inputs its format needs."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, now: Clock | None = None) -> None:
        super().__init__(parent)
        self._now: Clock = now or _system_clock
        self._decoded: Decoded | None = None
        self._verification: Verification | None = None
        self._last_text: str | None = None
        self._error: str = ""  # the decoder's message (a core Text) while the text is no token
        self._refused = False  # the status says why a paste or drop was refused
        self._shared_app_id = ""
        self._shared_certificate = ""
        self._certificate_edited = False
        self._verify_state = ""  # "ok", "error" or "" (a prompt): picks the colour
        self._verify_wanted = False  # the decoded format can be verified: the box is due
        self._diagnose_dirty = False
        self._compare_pair: tuple[str, str] = ("", "")
        self._compare_dirty = False
        self._diagnose_text = ""

        self.input = _TokenInput()
        self.input.setPlaceholderText(
            "Paste or drop a token, dynamic key or a text file holding one; it is decoded as "
            "you type."
        )
        self.input.setAccessibleName("Token to decode")
        self.input.setTabChangesFocus(True)
        self.input.setFixedHeight(self.input.fontMetrics().lineSpacing() * 5 + 12)
        self.input.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.repair_note = QLabel()
        self.repair_note.setWordWrap(True)
        self.repair_note.setAccessibleName("Repairs made before decoding")
        make_selectable(self.repair_note)
        self.repair_note.hide()
        # Several tokens in the pasted text (issue #9): each is offered, none chosen silently.
        self.found_tokens = QComboBox()
        self.found_tokens.setAccessibleName("Tokens found in the pasted text")
        self.found_tokens.hide()
        self._candidates: tuple[Decoded, ...] = ()
        self.found_tokens.activated.connect(self._on_found_tokens_activated)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Decoder message")
        make_selectable(self.status)
        self.status.hide()

        self.tree = TokenTree()
        self.tree.hide()  # shown with the first token; until then the page explains the pane
        self.empty_note = hint_label(EMPTY_TEXT)
        self.empty_note.setAccessibleName("What the decoder does")
        fields_page = QWidget()
        fields_layout = QVBoxLayout(fields_page)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.tree, 1)
        fields_layout.addWidget(self.empty_note)
        fields_layout.addStretch(0)
        self._fields_layout = fields_layout
        # Diagnose and Compare are built when first shown: together they cost about 10 MiB and
        # most sessions only read the fields.
        self._diagnose: DiagnosePanel | None = None
        self._compare: CompareView | None = None
        self.details = QTabWidget()
        self.details.setAccessibleName("Decoded token details")
        # The tree and the note are children of the page, never pages themselves: showing a
        # tab's page while another tab is current would draw it over that tab.
        self.details.addTab(fields_page, "Fields")
        self.details.addTab(QWidget(), "Diagnose")
        self.details.addTab(QWidget(), "Compare")

        self.certificate = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.certificate.setPlaceholderText("32 hex characters (the window's certificate is used)")
        self.certificate.setAccessibleName("App Certificate for verification")
        self.show_certificate = QToolButton()
        self.show_certificate.setText("Show")
        self.show_certificate.setCheckable(True)
        self.show_certificate.setAccessibleName("Show the App Certificate")
        self.channel_name = QLineEdit()
        self.channel_name.setPlaceholderText("the channel the key was made for")
        self.channel_name.setAccessibleName("Channel name for verification")
        self.uid = QLineEdit()
        self.uid.setPlaceholderText("number; 0 = any user")
        self.uid.setAccessibleName("User ID (uid) for verification")
        # Digits only here; the 32-bit range check lives in the core.
        self.uid.setValidator(QRegularExpressionValidator(r"[0-9]{0,10}", self.uid))
        self.account = QLineEdit()
        self.account.setPlaceholderText("string user account")
        self.account.setAccessibleName("User account for verification")

        certificate_field = QWidget()
        certificate_row = QHBoxLayout(certificate_field)
        certificate_row.setContentsMargins(0, 0, 0, 0)
        certificate_row.addWidget(self.certificate, 1)
        certificate_row.addWidget(self.show_certificate)
        self._form = QFormLayout()
        self._form.addRow("App Certificate:", certificate_field)
        self._form.addRow("Channel name:", self.channel_name)
        self._form.addRow("uid:", self.uid)
        self._form.addRow("Account:", self.account)
        self._rows: dict[str, QWidget] = {
            "certificate": certificate_field,
            "channel_name": self.channel_name,
            "uid": self.uid,
            "account": self.account,
        }

        self.verify_icon = QLabel()
        self.verify_icon.setFixedWidth(20)
        self.verify_status = QLabel()
        self.verify_status.setWordWrap(True)
        self.verify_status.setAccessibleName("Signature check result")
        make_selectable(self.verify_status)
        self.verify_status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.verify_details = QLabel()
        self.verify_details.setWordWrap(True)
        self.verify_details.setAccessibleName("Signature check details")
        make_selectable(self.verify_details)
        self.verify_details.hide()
        icon_column = QVBoxLayout()  # the icon at the top of a wrapped message (no Qt.Alignment)
        icon_column.addWidget(self.verify_icon)
        icon_column.addStretch(1)
        result_row = QHBoxLayout()
        result_row.addLayout(icon_column)
        result_row.addWidget(self.verify_status, 1)

        self.verify_box = QGroupBox("Verify the signature")
        box_layout = QVBoxLayout(self.verify_box)
        box_layout.addLayout(self._form)
        box_layout.addLayout(result_row)
        box_layout.addWidget(self.verify_details)
        # Diagnose and Compare hide it (they need its room; see _sync_verify_area); on the
        # Fields tab the tree gives way to it, down to a few rows.
        self.verify_box.hide()

        self.copy_json_button = QPushButton("Copy decoded JSON")
        self.copy_json_button.setAccessibleName("Copy the decoded token as JSON")
        self.copy_json_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_json_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addWidget(self.repair_note)
        layout.addWidget(self.found_tokens)
        layout.addWidget(self.status)
        # The details take whatever room is left (at least a few rows): the verify box below
        # gets the height its text needs first.
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.verify_box)
        layout.addLayout(buttons)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_INTERVAL_MS)

        self.input.textChanged.connect(self._on_input_text_changed)
        self.input.drop_failed.connect(self._on_input_drop_failed)
        self.certificate.textEdited.connect(self._on_certificate_text_edited)
        self.show_certificate.toggled.connect(self._on_show_certificate_toggled)
        for edit in (self.certificate, self.channel_name, self.uid, self.account):
            edit.textChanged.connect(self._on_verify_input_changed)
        self.copy_json_button.clicked.connect(self._on_copy_json_button_clicked)
        self.details.currentChanged.connect(self._on_details_current_changed)
        self.refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self._show_needs(())
        # Last, so that a palette change has reached every other child when it calls back. (The
        # tree re-picks its own colours: it has a watcher of its own.)
        self._palette_watcher = PaletteWatcher(self, self._paint_verify_state)
        retranslatable(self, self._retranslate)

    def _retranslate(self) -> None:
        self.input.setPlaceholderText(
            self.tr(
                "Paste or drop a token, dynamic key or a text file holding one; it is decoded as "
                "you type."
            )
        )
        self.input.setAccessibleName(self.tr("Token to decode"))
        self.repair_note.setAccessibleName(self.tr("Repairs made before decoding"))
        self.found_tokens.setAccessibleName(self.tr("Tokens found in the pasted text"))
        self.status.setAccessibleName(self.tr("Decoder message"))
        self.empty_note.setText(
            self.tr(
                "This side reads tokens: paste or drop one above to see who it is for, what it "
                "allows and until when, with its signature checked against the App Certificate. "
                "The other side makes them: pick a token kind, fill in the form and press "
                "Generate."
            )
        )
        self.empty_note.setAccessibleName(self.tr("What the decoder does"))
        self.details.setAccessibleName(self.tr("Decoded token details"))
        self.details.setTabText(0, self.tr("Fields"))
        self.details.setTabText(_DIAGNOSE_TAB, self.tr("Diagnose"))
        self.details.setTabText(_COMPARE_TAB, self.tr("Compare"))
        self.show_certificate.setAccessibleName(self.tr("Show the App Certificate"))
        self._on_show_certificate_toggled(self.show_certificate.isChecked())
        self.channel_name.setPlaceholderText(self.tr("the channel the key was made for"))
        self.channel_name.setAccessibleName(self.tr("Channel name for verification"))
        self.uid.setPlaceholderText(self.tr("number; 0 = any user"))
        self.uid.setAccessibleName(self.tr("User ID (uid) for verification"))
        self.account.setPlaceholderText(self.tr("string user account"))
        self.account.setAccessibleName(self.tr("User account for verification"))
        for name, text in (
            ("channel_name", self.tr("Channel name:")),
            ("uid", self.tr("uid:")),
            ("account", self.tr("Account:")),
        ):
            label = self._form.labelForField(self._rows[name])
            if isinstance(label, QLabel):
                label.setText(text)
        self.verify_status.setAccessibleName(self.tr("Signature check result"))
        self.verify_details.setAccessibleName(self.tr("Signature check details"))
        self.verify_box.setTitle(self.tr("Verify the signature"))
        self.copy_json_button.setText(self.tr("Copy decoded JSON"))
        self.copy_json_button.setAccessibleName(self.tr("Copy the decoded token as JSON"))
        # What the core said, in the new language: the rows (the tree re-fills its own), the
        # repairs, the tokens offered, the decoder's message and the signature check.
        self._show_needs(NEEDS[self._decoded.format] if self._decoded is not None else ())
        self._name_candidates()
        if self._decoded is not None:
            self._show_repairs(self._decoded)
            self._verify()
        elif self._error:
            self.status.setText(localise(self._error))
        if self._refused and self.input.failure is not None:
            self.status.setText(self.input.failure())

    # --- the contract ----------------------------------------------------------------------

    def set_token(self, text: str) -> None:
        """Put ``text`` in the input and decode it now."""
        self.input.setPlainText(text)
        self._decode(self.input.toPlainText())  # a no-op if textChanged already decoded it

    def set_credentials(self, app_id: str, app_certificate: str) -> None:
        """The window's App ID and certificate; the certificate verifies unless one was typed."""
        self._shared_app_id = app_id.strip()
        self._shared_certificate = app_certificate.strip()
        if not self._certificate_edited:
            self.certificate.setText(self._shared_certificate)
        self._diagnose_dirty = True
        self._verify()
        self._sync_details()

    def verification(self) -> Verification | None:
        """The latest signature check, or None when it could not run (inputs missing)."""
        return self._verification

    def decoded(self) -> Decoded | None:
        """The token currently shown, or None."""
        return self._decoded

    def decoded_json(self) -> str:
        """What "Copy decoded JSON" copies ("" when there is no token)."""
        if self._decoded is None:
            return ""
        data = to_json(self._decoded)
        if self._verification is not None:
            data["signature"] = "valid" if self._verification.valid else "invalid"
        return json.dumps(data, indent=2, ensure_ascii=False)

    # --- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_input_text_changed(self) -> None:
        self._decode(self.input.toPlainText())

    @Slot(str)
    def _on_input_drop_failed(self, message: str) -> None:
        self._refused = True
        self.status.setText(localise(message))
        self.status.show()
        self.status_message.emit(message)

    @Slot(str)
    def _on_certificate_text_edited(self, text: str) -> None:
        # Typed by the user: from now on the window's certificate no longer overrides it,
        # unless the field is emptied again.
        self._certificate_edited = bool(text.strip())

    @Slot(bool)
    def _on_show_certificate_toggled(self, checked: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password
        self.certificate.setEchoMode(mode)
        self.show_certificate.setText(self.tr("Hide") if checked else self.tr("Show"))

    @Slot()
    def _on_verify_input_changed(self) -> None:
        self._diagnose_dirty = True
        self._verify()
        self._sync_details()

    @Slot()
    def _on_copy_json_button_clicked(self) -> None:
        text = self.decoded_json()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.status_message.emit(self.tr("Copied the decoded token as JSON."))

    @Slot(int)
    def _on_details_current_changed(self, index: int) -> None:
        self._sync_verify_area()
        self._sync_details()

    def _sync_verify_area(self) -> None:
        # Diagnose checks the signature itself and Compare needs none: they get the room.
        self.verify_box.setVisible(self._verify_wanted and self.details.currentIndex() == 0)

    @Slot()
    def _on_refresh_timer_timeout(self) -> None:
        if self._decoded is not None:
            self.tree.set_nodes(explain(self._decoded, self._now()))

    # --- work ------------------------------------------------------------------------------

    def _decode(self, text: str) -> None:
        if text == self._last_text:
            return
        self._last_text = text
        if not text.strip():
            self._show_nothing()
            return
        try:
            decoded = decode(text)
        except TokenError as exc:
            self._set_candidates(())
            self._show_error(message_of(exc))
            return
        first = Decoded(decoded.token, decoded.text, decoded.repairs)
        self._set_candidates((first, *decoded.alternatives) if decoded.alternatives else ())
        self._show_decoded(decoded)

    def _set_candidates(self, candidates: tuple[Decoded, ...]) -> None:
        self._candidates = candidates
        self.found_tokens.clear()
        self.found_tokens.addItems([""] * len(candidates))
        self._name_candidates()
        self.found_tokens.setVisible(len(candidates) > 1)

    def _name_candidates(self) -> None:
        """The texts of the 'Token n of N' list, in the current language."""
        for number, candidate in enumerate(self._candidates, 1):
            where = next((r.message for r in candidate.repairs if r.code == EXTRACTED), "")
            self.found_tokens.setItemText(
                number - 1,
                self.tr("Token {number} of {count}: {format} — {where}").format(
                    number=number,
                    count=len(self._candidates),
                    format=localise(candidate.format_name),
                    where=localise(where) if where else candidate.text[:24] + "…",
                ),
            )

    def candidates(self) -> tuple[Decoded, ...]:
        """The tokens found in the pasted text when there are several (else empty)."""
        return self._candidates

    def show_candidate(self, index: int) -> None:
        """Decode the ``index``-th token found in the pasted text instead of the first."""
        self.found_tokens.setCurrentIndex(index)
        self._show_decoded(self._candidates[index])

    @Slot(int)
    def _on_found_tokens_activated(self, index: int) -> None:
        if 0 <= index < len(self._candidates):
            self._show_decoded(self._candidates[index])

    def _show_nothing(self) -> None:
        self._decoded = None
        self._error = ""
        self._refused = False
        self.refresh_timer.stop()
        self.status.hide()
        self.repair_note.hide()
        self.tree.clear_nodes()
        self.tree.hide()
        self.empty_note.show()
        self.copy_json_button.setEnabled(False)
        self._show_needs(())
        self._verify()
        self._mark_details_dirty("")

    def _show_error(self, message: str) -> None:
        self._decoded = None
        self._error = message
        self._refused = False
        self.refresh_timer.stop()
        self.status.setText(localise(message))
        self.status.show()
        self.repair_note.hide()
        # Hidden, not cleared: when the next keystroke makes it a token again, rows of the same
        # shape are updated in place instead of rebuilt.
        self.tree.hide()
        self.empty_note.hide()
        self.copy_json_button.setEnabled(False)
        self._show_needs(())
        self._verify()
        self._mark_details_dirty(self.input.toPlainText())

    def _show_repairs(self, decoded: Decoded) -> None:
        if decoded.repairs:
            notes = " ".join(localise(r.message) for r in decoded.repairs)
            self.repair_note.setText(
                self.tr("ℹ Repaired before decoding: {notes}").format(notes=notes)
            )
            self.repair_note.show()
        else:
            self.repair_note.hide()

    def _show_decoded(self, decoded: Decoded) -> None:
        previous = self._decoded
        self._decoded = decoded
        self._error = ""
        self._refused = False
        self.status.hide()
        self._show_repairs(decoded)
        # Tokens of two formats are never equal; comparing them field by field would set a
        # 006 token's bytes against a 007 token's text (a BytesWarning under python -b).
        if previous is None or previous.format != decoded.format or previous.token != decoded.token:
            self.tree.set_nodes(explain(decoded, self._now()))
        self.empty_note.hide()
        self.tree.show()
        self.copy_json_button.setEnabled(True)
        if previous is None or previous.format != decoded.format:
            self._show_needs(NEEDS[decoded.format])
        self._verify()
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()
        if previous is None or previous.text != decoded.text:
            self._remember_for_compare(decoded.text)
        self._mark_details_dirty(decoded.text)

    def _show_needs(self, needs: tuple[str, ...]) -> None:
        wanted = {"certificate"} if needs else set()
        if "channel_name" in needs:
            wanted.add("channel_name")
        if "uid" in needs or "uid_or_account" in needs:
            wanted.add("uid")
        if "account" in needs or "uid_or_account" in needs:
            wanted.add("account")
        for name in _INPUT_FIELDS:
            self._form.setRowVisible(self._rows[name], name in wanted)
        if "uid_or_account" in needs:
            self.uid.setToolTip(
                self.tr("Give the numeric uid (0 = any user) or the account, not both.")
            )
            self.account.setToolTip(
                self.tr("Give the string account or the numeric uid, not both.")
            )
        else:
            self.uid.setToolTip("")
            self.account.setToolTip("")
        # A whiteboard token is signed with its project's Secret Access Key, not a certificate.
        whiteboard = "secret_access_key" in needs
        label = self._form.labelForField(self._rows["certificate"])
        if isinstance(label, QLabel):
            label.setText(
                self.tr("Secret Access Key:") if whiteboard else self.tr("App Certificate:")
            )
        self.certificate.setPlaceholderText(
            self.tr("the whiteboard project's SK (never saved)")
            if whiteboard
            else self.tr("32 hex characters (the window's certificate is used)")
        )
        self.certificate.setAccessibleName(
            self.tr("Secret Access Key for verification")
            if whiteboard
            else self.tr("App Certificate for verification")
        )
        self._verify_wanted = bool(needs)
        self._sync_verify_area()

    def _verify_inputs(self, needs: tuple[str, ...]) -> VerifyInputs | str:
        """The inputs the format needs, or a prompt saying which one is missing."""
        if "secret_access_key" in needs:  # whiteboard: never the window's certificate
            secret = self.certificate.text().strip()
            if not secret:
                return self.tr("Enter the Secret Access Key (SK) to check the signature.")
            return VerifyInputs(secret, secret_access_key=secret)
        certificate = self.certificate.text().strip() or self._shared_certificate
        if not certificate:
            return self.tr("Enter the App Certificate to check the signature.")
        channel = self.channel_name.text() if "channel_name" in needs else ""
        uid_text = self.uid.text().strip()
        account = self.account.text()
        wants_uid = "uid" in needs or "uid_or_account" in needs
        wants_account = "account" in needs or "uid_or_account" in needs
        if "uid_or_account" in needs and uid_text and account:
            return self.tr(
                "Give either the uid or the account, not both: the token holds only one."
            )
        return VerifyInputs(
            certificate,
            channel_name=channel or None,
            uid=int(uid_text) if wants_uid and uid_text else None,
            account=account if wants_account and account else None,
        )

    def _verify(self) -> None:
        decoded = self._decoded
        self._verification = None
        self.verify_details.hide()
        if decoded is None:
            self._set_verify_state("", "")
            return
        if isinstance(decoded.token, StreamKey):  # closed until a certificate opens it
            self.tree.set_nodes(explain(decoded, self._now()))
        inputs = self._verify_inputs(NEEDS[decoded.format])
        if isinstance(inputs, str):
            self._set_verify_state("", inputs)
            return
        try:
            result = verify(decoded, inputs)
        except TokenError as exc:
            self._set_verify_state("", localise(message_of(exc)))
            return
        self._verification = result
        self._set_verify_state("ok" if result.valid else "error", localise(result.message))
        lines = [f"• {localise(check)}" for check in result.checks]
        if isinstance(decoded.token, StreamKey):  # opened: show what the key holds
            opened = open_key(decoded.token, inputs.app_certificate).key_map
            rows = explain(decoded, self._now())[:1]
            self.tree.set_nodes((*rows, *stream_key_rows(decoded.token, opened, self._now(), None)))
        token_app_id = decoded.token.app_id
        uses_window_certificate = not self._certificate_edited
        if (
            uses_window_certificate
            and token_app_id  # whiteboard tokens and stream keys carry no App ID
            and self._shared_app_id
            and token_app_id.lower() != self._shared_app_id.lower()
        ):
            lines.append(
                "• "
                + self.tr(
                    "This token is for App ID {token}, but the certificate is the window's, for "
                    "App ID {window}."
                ).format(token=token_app_id, window=self._shared_app_id)
            )
        if lines:
            self.verify_details.setText("\n".join(lines))
            self.verify_details.show()

    def _set_verify_state(self, state: str, text: str) -> None:
        self._verify_state = state
        self.verify_status.setText(text)
        self._paint_verify_state()

    def _paint_verify_state(self) -> None:
        palette = self.palette()
        color = status_color(self, self._verify_state)
        if color is not None:
            palette.setColor(QPalette.ColorRole.WindowText, color)
        self.verify_status.setPalette(palette)
        icon = status_icon(self, self._verify_state)
        if icon.isNull():
            self.verify_icon.clear()
        else:
            self.verify_icon.setPixmap(icon.pixmap(16, 16))

    # --- the Diagnose and Compare tabs are fed lazily: only when they are shown -------------

    def _remember_for_compare(self, text: str) -> None:
        _, current = self._compare_pair
        if text != current:
            self._compare_pair = (current, text)
            self._compare_dirty = True

    def _mark_details_dirty(self, text: str) -> None:
        self._diagnose_text = text
        self._diagnose_dirty = True
        self._sync_details()

    @property
    def diagnose(self) -> DiagnosePanel:
        """The Diagnose tab's panel, built on first use."""
        if self._diagnose is None:
            from .diagnose_panel import DiagnosePanel

            panel = DiagnosePanel(now=self._now)
            panel.status_message.connect(self.status_message)
            self._replace_page(_DIAGNOSE_TAB, panel)
            self._diagnose = panel
        return self._diagnose

    @property
    def compare(self) -> CompareView:
        """The Compare tab's view, built on first use."""
        if self._compare is None:
            from .compare_view import CompareView

            view = CompareView(now=self._now)
            self._replace_page(_COMPARE_TAB, view)
            self._compare = view
        return self._compare

    def _replace_page(self, index: int, page: QWidget) -> None:
        current = self.details.currentIndex()
        title = self.details.tabText(index)
        old = self.details.widget(index)
        self.details.blockSignals(True)  # no currentChanged while the page is swapped
        try:
            self.details.removeTab(index)
            self.details.insertTab(index, page, title)
            self.details.setCurrentIndex(current)
        finally:
            self.details.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def _sync_details(self) -> None:
        index = self.details.currentIndex()
        if index == _DIAGNOSE_TAB and self._diagnose_dirty:
            self._diagnose_dirty = False
            uid_text = self.uid.text().strip()
            self.diagnose.set_context_defaults(
                self._shared_app_id,
                self.certificate.text().strip() or self._shared_certificate,
                self.channel_name.text() or None,
                int(uid_text) if uid_text else None,
                self.account.text() or None,
            )
            self.diagnose.set_token(self._diagnose_text)
        elif index == _COMPARE_TAB and self._compare_dirty:
            self._compare_dirty = False
            self.compare.set_tokens(*self._compare_pair)
