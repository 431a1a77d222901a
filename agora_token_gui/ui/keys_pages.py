"""Pages for the keys beyond RTC/RTM/Chat (issue #11).

Whiteboard, Stream key for OBS, ConvoAI agent, REST credentials and Encryption key.

The Whiteboard and stream-key forms come from the catalogue like every other kind (a
``GeneratorTab`` of their group); these pages add what their users need around them: the
whiteboard's own Access Key / Secret Access Key, the OBS server URLs of a stream key. The three
presets call ``core.presets``. No format logic lives here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Final, Protocol

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core import presets, stream_key
from agora_token_gui.core.catalog import GMG, GWB
from agora_token_gui.core.errors import TokenError
from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP
from agora_token_gui.ui.widgets import MessageLabel, hint_label, make_selectable

if TYPE_CHECKING:
    from agora_token_gui.core.build import BuildResult
    from agora_token_gui.ui.form import GeneratorTab
    from agora_token_gui.ui.profiles import Profiles
    from agora_token_gui.ui.settings import Settings

# Page titles are keys (settings, show_page); the sidebar shows them translated ("Pages").
WHITEBOARD_PAGE: Final = QT_TRANSLATE_NOOP("Pages", "Whiteboard")
STREAM_KEY_PAGE: Final = QT_TRANSLATE_NOOP("Pages", "Stream key for OBS")
CONVOAI_PAGE: Final = QT_TRANSLATE_NOOP("Pages", "ConvoAI agent")
REST_PAGE: Final = QT_TRANSLATE_NOOP("Pages", "REST credentials")
ENCRYPTION_PAGE: Final = QT_TRANSLATE_NOOP("Pages", "Encryption key")
# The catalogue groups these pages show (the main window gives them no generic page).
GROUP_PAGES: Final = {GWB: WHITEBOARD_PAGE, GMG: STREAM_KEY_PAGE}
OWN_GROUPS: Final = frozenset(GROUP_PAGES)
PAGE_TITLES: Final = (WHITEBOARD_PAGE, STREAM_KEY_PAGE, CONVOAI_PAGE, REST_PAGE, ENCRYPTION_PAGE)
REST_KEYCHAIN_PREFIX: Final = "rest:"

Clock = Callable[[], int]
Build = Callable[[Mapping[str, object]], "BuildResult"]


class MainWindow(Protocol):
    """What these pages use of the main window (which imports this module, not the reverse)."""

    settings: Settings
    profiles: Profiles

    @property
    def build_function(self) -> Build: ...

    def clock(self) -> int: ...

    def credentials(self) -> tuple[str, str]: ...

    def record_token(self, result: BuildResult) -> None: ...

    def attach_generator(self, group: str, tab: GeneratorTab) -> GeneratorTab: ...

    def add_page(
        self, section: str, title: str, page: QWidget | Callable[[], QWidget], tooltip: str = ""
    ) -> None: ...


def _secret_edit(parent: QWidget, name: str, placeholder: str) -> tuple[QLineEdit, QWidget]:
    """A masked line edit with a Show toggle, as the App Certificate has."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    show = QToolButton(parent)
    show.setText("Show")
    show.setCheckable(True)
    show.setAccessibleName(f"Show the {name}")

    def toggled(shown: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        show.setText("Hide" if shown else "Show")

    show.toggled.connect(toggled)
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(show)
    return edit, row


def _copy_button(parent: QWidget, name: str, text: Callable[[], str]) -> QPushButton:
    button = QPushButton("Copy", parent)
    button.setAccessibleName(f"Copy {name}")
    button.setToolTip(f"Copy the {name} to the clipboard")

    def copy() -> None:
        value = text()
        if value:
            QGuiApplication.clipboard().setText(value)

    button.clicked.connect(copy)
    return button


def _output_row(parent: QWidget, name: str) -> tuple[QLineEdit, QWidget]:
    edit = QLineEdit(parent)
    edit.setReadOnly(True)
    edit.setAccessibleName(name)
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(_copy_button(parent, name, edit.text))
    return edit, row


# --- Whiteboard ----------------------------------------------------------------------------------


class WhiteboardPage(QWidget):
    """Whiteboard SDK / Room / Task tokens, signed with the project's AK and SK."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        build: Build | None = None,
        now: Clock | None = None,
        window: MainWindow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Whiteboard tokens")
        intro = hint_label(
            "Interactive Whiteboard (Netless, Fastboard) tokens. Find the Access Key (AK) and "
            "Secret Access Key (SK) in Agora Console > Whiteboard. Lifespans are milliseconds; "
            "the SK is never saved.",
            self,
        )
        self.access_key = QLineEdit(self)
        self.access_key.setAccessibleName("Access Key (AK)")
        self.access_key.setPlaceholderText("the whiteboard project's AK (not secret)")
        self.secret_key, secret_row = _secret_edit(
            self, "Secret Access Key (SK)", "the whiteboard project's SK; never saved"
        )
        self.access_key_message = MessageLabel(self)
        self.secret_key_message = MessageLabel(self)
        grid = QFormLayout()
        ak_label = QLabel("Access Key (AK)", self)
        ak_label.setBuddy(self.access_key)
        sk_label = QLabel("Secret Access Key (SK)", self)
        sk_label.setBuddy(self.secret_key)
        grid.addRow(ak_label, self.access_key)
        grid.addRow("", self.access_key_message)
        grid.addRow(sk_label, secret_row)
        grid.addRow("", self.secret_key_message)
        from agora_token_gui.ui.form import GeneratorTab

        kwargs: dict[str, object] = {}
        if build is not None:
            kwargs["build"] = build
        self.generator: GeneratorTab = GeneratorTab(
            GWB,
            self,
            credentials=self.credentials,
            now=now,
            settings=window.settings if window is not None else None,
            **kwargs,  # type: ignore[arg-type]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.generator, 1)
        self.access_key.textChanged.connect(self._on_credentials_changed)
        self.secret_key.textChanged.connect(self._on_credentials_changed)
        self.generator.validated.connect(self._on_generator_validated)
        if window is not None:
            window.attach_generator(GWB, self.generator)
        self._on_generator_validated()

    def credentials(self) -> tuple[str, str]:
        return self.access_key.text().strip(), self.secret_key.text().strip()

    @Slot()
    def _on_credentials_changed(self) -> None:
        self.generator.revalidate()

    @Slot()
    def _on_generator_validated(self) -> None:
        form = self.generator.current_form()
        self.access_key_message.set_problems(form.problems_for("access_key"))
        self.secret_key_message.set_problems(form.problems_for("secret_access_key"))


# --- Stream key for OBS --------------------------------------------------------------------------


class StreamKeyPage(QWidget):
    """A Media Gateway stream key and the server URL to paste into OBS."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        credentials: Callable[[], tuple[str, str]],
        build: Build | None = None,
        now: Clock | None = None,
        window: MainWindow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Stream key for OBS")
        intro = hint_label(
            "A Media Gateway stream key for your own ingest domain, made here instead of by "
            "the REST API: AES-encrypted under the App Certificate above (the App ID is not in "
            "it). It carries no signature: a wrong certificate only shows as a key that does "
            "not open.",
            self,
        )
        self.unavailable = MessageLabel(self)
        if not stream_key.aes_available():
            self.unavailable.set_lines([("error", str(stream_key.CryptographyMissingError()))])
        from agora_token_gui.ui.form import GeneratorTab

        kwargs: dict[str, object] = {}
        if build is not None:
            kwargs["build"] = build
        self.generator: GeneratorTab = GeneratorTab(
            GMG,
            self,
            credentials=credentials,
            now=now,
            settings=window.settings if window is not None else None,
            **kwargs,  # type: ignore[arg-type]
        )
        self.domain = QLineEdit(self)
        self.domain.setAccessibleName("Ingest domain")
        self.domain.setPlaceholderText("your custom ingest domain, e.g. live.example.com")
        self.port = QLineEdit(self)
        self.port.setAccessibleName("SRT port")
        self.port.setPlaceholderText("the SRT port of your gateway set-up")
        self.port.setMaximumWidth(220)
        self.rtmp_server, rtmp_row = _output_row(self, "OBS server URL (RTMP)")
        self.rtmp_url, rtmp_full_row = _output_row(self, "Full RTMP URL")
        self.srt_url, srt_row = _output_row(self, "SRT URL")
        box = QGroupBox("Paste into OBS (Settings > Stream > Service: Custom)", self)
        form = QFormLayout(box)
        domain_label = QLabel("Ingest domain", box)
        domain_label.setBuddy(self.domain)
        port_label = QLabel("SRT port", box)
        port_label.setBuddy(self.port)
        form.addRow(domain_label, self.domain)
        form.addRow(port_label, self.port)
        form.addRow("Server (RTMP)", rtmp_row)
        form.addRow("Full RTMP URL", rtmp_full_row)
        form.addRow("SRT URL", srt_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.unavailable)
        layout.addWidget(self.generator, 1)
        layout.addWidget(box)
        self.domain.textChanged.connect(self._update_urls)
        self.port.textChanged.connect(self._update_urls)
        self.generator.token_generated.connect(self._update_urls)
        if window is not None:
            window.attach_generator(GMG, self.generator)
        self._update_urls()

    def key(self) -> str:
        result = self.generator.output.result
        return result.token if result is not None else ""

    @Slot()
    def _update_urls(self) -> None:
        domain = self.domain.text().strip() or "<your-domain>"
        key = self.key()
        port_text = self.port.text().strip()
        port = port_text if port_text.isdigit() else "<port>"
        self.rtmp_server.setText(f"rtmp://{domain}/live")
        if not key:
            for edit in (self.rtmp_url, self.srt_url):
                edit.setText("")
                edit.setPlaceholderText("generate a key first")
            return
        self.rtmp_url.setText(stream_key.rtmp_url(domain, key))
        self.srt_url.setText(f"srt://{domain}:{port}?streamid=#!::r={key},h={domain}")


# --- ConvoAI agent -------------------------------------------------------------------------------


class ConvoAIPage(QWidget):
    """An RTC+RTM token for a Conversational AI agent, and a check of the /join body."""

    token_generated = Signal(object)  # BuildResult

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        credentials: Callable[[], tuple[str, str]],
        build: Build,
        now: Clock,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("ConvoAI agent token")
        self._credentials = credentials
        self._build = build
        self._now = now
        intro = hint_label(
            "A Conversational AI agent joins with an RTC+RTM token (007) whose account is the "
            "agent's uid as text, valid at most 24 h. Paste your /join body below to check it "
            "against the token.",
            self,
        )
        self.channel = QLineEdit(self)
        self.channel.setAccessibleName("Channel name")
        self.agent_uid = QLineEdit(self)
        self.agent_uid.setAccessibleName("Agent uid")
        self.agent_uid.setPlaceholderText("agent_rtc_uid of the /join body, e.g. 1001")
        self.lifetime = QLineEdit("3600", self)
        self.lifetime.setAccessibleName("Token lifetime in seconds")
        self.generate_button = QPushButton("Generate agent token", self)
        self.generate_button.setAccessibleName("Generate agent token")
        self.message = MessageLabel(self)
        self.token, token_row = _output_row(self, "Agent token")
        form = QFormLayout()
        for text, widget in (
            ("Channel name", self.channel),
            ("Agent uid", self.agent_uid),
            ("Lifetime (s, ≤ 86400)", self.lifetime),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.generate_button)
        form.addRow("", self.message)
        form.addRow("Token", token_row)

        self.join_body = QPlainTextEdit(self)
        self.join_body.setAccessibleName("/join request body")
        self.join_body.setPlaceholderText(
            '{"name": "agent", "properties": {"channel": "...", "token": "...", '
            '"agent_rtc_uid": "1001", ...}}'
        )
        self.join_body.setMaximumHeight(140)
        self.check_button = QPushButton("Check /join body against the token", self)
        self.check_button.setAccessibleName("Check the /join body against the token")
        self.check_result = QLabel(self)
        self.check_result.setWordWrap(True)
        self.check_result.setAccessibleName("/join check result")
        make_selectable(self.check_result)
        check_box = QGroupBox("Diagnose: /join body", self)
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(self.join_body)
        check_layout.addWidget(self.check_button)
        check_layout.addWidget(self.check_result)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(check_box)
        layout.addStretch(1)
        self.generate_button.clicked.connect(self.generate)
        self.check_button.clicked.connect(self.check_join)

    @Slot()
    def generate(self) -> BuildResult | None:
        app_id, certificate = self._credentials()
        lifetime = self.lifetime.text().strip()
        try:
            request = presets.convoai_request(
                app_id,
                certificate,
                self.channel.text(),
                self.agent_uid.text(),
                int(lifetime) if lifetime.isdigit() else -1,
            )
            result = self._build(request)
        except TokenError as exc:
            self.message.set_lines([("error", str(exc))])
            return None
        self.message.set_problems(result.warnings)
        self.token.setText(result.token)
        self.token_generated.emit(result)
        return result

    @Slot()
    def check_join(self) -> None:
        token = self.token.text()
        body = self.join_body.toPlainText()
        if not token:
            try:
                inner = json.loads(body).get("properties", {}).get("token", "")
            except (ValueError, AttributeError):
                inner = ""
            token = inner if isinstance(inner, str) else ""
        if not token:
            self.check_result.setText("Generate the agent token first, or paste a body with one.")
            return
        try:
            checks = presets.check_join_body(body, token, self._now())
        except TokenError as exc:
            self.check_result.setText(f"✗ {exc}")
            return
        marks = {presets.OK: "✓", presets.WARNING: "⚠", presets.ERROR: "✗"}
        self.check_result.setText("\n".join(f"{marks[c.status]} {c.message}" for c in checks))


# --- REST credentials ----------------------------------------------------------------------------


class RestCredentialsPage(QWidget):
    """``Authorization: Basic …`` from a customer ID and secret (the secret is never saved)."""

    def __init__(self, parent: QWidget | None = None, *, profiles: Profiles | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("REST credentials")
        self._profiles = profiles  # its keychain keeps the secret on request; Forget removes it
        intro = hint_label(
            "Cloud Recording, Media Push, Media Gateway, STT and the other RESTful APIs take "
            "HTTP Basic authentication with the customer ID and secret from Agora Console > "
            "RESTful API. The secret is masked and never written to settings or history.",
            self,
        )
        self.customer_id = QLineEdit(self)
        self.customer_id.setAccessibleName("Customer ID")
        self.customer_secret, secret_row = _secret_edit(
            self, "Customer secret", "never saved, except in the keychain if you ask"
        )
        self.remember = QCheckBox("Remember the secret in the system keychain", self)
        self.remember.setAccessibleName("Remember the customer secret in the system keychain")
        self.message = MessageLabel(self)
        self.header, header_row = _output_row(self, "Authorization header")
        self.curl, curl_row = _output_row(self, "curl option")
        # The header is the secret in Base64: masked with it, shown with it (Copy works either way).
        for edit in (self.header, self.curl):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        show = secret_row.findChild(QToolButton)
        assert show is not None
        show.toggled.connect(self._on_show_toggled)
        form = QFormLayout()
        id_label = QLabel("Customer ID", self)
        id_label.setBuddy(self.customer_id)
        secret_label = QLabel("Customer secret", self)
        secret_label.setBuddy(self.customer_secret)
        form.addRow(id_label, self.customer_id)
        form.addRow(secret_label, secret_row)
        form.addRow("", self.remember)
        form.addRow("", self.message)
        form.addRow("Header", header_row)
        form.addRow("curl", curl_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.customer_id.textChanged.connect(self._on_customer_id_changed)
        self.customer_secret.textChanged.connect(self._update)
        self.remember.toggled.connect(self._on_remember_toggled)
        self._update()

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.header, self.curl):
            edit.setEchoMode(mode)

    def _keychain_name(self) -> str:
        return REST_KEYCHAIN_PREFIX + self.customer_id.text().strip()

    @Slot()
    def _on_customer_id_changed(self) -> None:
        if self._profiles is not None and self.customer_id.text().strip():
            from agora_token_gui.ui.profiles import KeychainUnavailable

            try:
                stored = self._profiles.certificate(self._keychain_name())
            except KeychainUnavailable:
                stored = None  # nothing remembered: the secret is typed for this session
            if stored and not self.customer_secret.text():
                self.customer_secret.setText(stored)
                self.remember.setChecked(True)
        self._update()

    @Slot(bool)
    def _on_remember_toggled(self, remember: bool) -> None:
        if self._profiles is None or not self.customer_id.text().strip():
            return
        from agora_token_gui.ui.profiles import KeychainUnavailable

        try:
            if remember and self.customer_secret.text():
                self._profiles.remember_secret(self._keychain_name(), self.customer_secret.text())
            elif not remember:
                self._profiles.forget_secret(self._keychain_name())
        except KeychainUnavailable as exc:
            self.message.set_lines([("warning", f"The keychain is not available ({exc}).")])

    @Slot()
    def _update(self) -> None:
        customer_id = self.customer_id.text()
        secret = self.customer_secret.text()
        if not customer_id and not secret:
            self.message.set_lines([])
            self.header.setText("")
            self.curl.setText("")
            return
        try:
            value = presets.basic_authorization(customer_id, secret)
        except TokenError as exc:
            self.message.set_lines([("error", str(exc))])
            self.header.setText("")
            self.curl.setText("")
            return
        self.message.set_lines([])
        self.header.setText(f"Authorization: {value}")
        self.curl.setText(f"-H 'Authorization: {value}'")


# --- Encryption key ------------------------------------------------------------------------------


class EncryptionKeyPage(QWidget):
    """A media stream encryption key (hex) and salt (Base64), as ``openssl rand`` makes them."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        random_bytes: Callable[[int], bytes] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Encryption key and salt")
        self.random_bytes = random_bytes  # None: the secrets module (screenshots pin it)
        intro = hint_label(
            "For the SDK's built-in media stream encryption (AES_128_GCM2 / AES_256_GCM2): "
            "a 32-byte key as 64 hex digits (encryptionKey) and a 32-byte salt in Base64 "
            "(encryptionKdfSalt). Drawn from the operating system's secure random source; "
            "share them with every user of the channel, and nothing here is saved.",
            self,
        )
        self.generate_button = QPushButton("Generate key and salt", self)
        self.generate_button.setAccessibleName("Generate key and salt")
        self.key, key_row = _output_row(self, "Encryption key (hex)")
        self.salt, salt_row = _output_row(self, "Salt (Base64)")
        form = QFormLayout()
        form.addRow("", self.generate_button)
        form.addRow("Key (hex)", key_row)
        form.addRow("Salt (Base64)", salt_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.generate_button.clicked.connect(self.generate)

    @Slot()
    def generate(self) -> None:
        if self.random_bytes is None:
            key, salt = presets.encryption_key_and_salt()
        else:
            key, salt = presets.encryption_key_and_salt(self.random_bytes)
        self.key.setText(key)
        self.salt.setText(salt)


# --- registration --------------------------------------------------------------------------------


def register(window: MainWindow, section: str) -> None:
    """Add the five pages to ``window``'s sidebar under ``section`` (one add_page each)."""

    def whiteboard() -> QWidget:
        return WhiteboardPage(build=window.build_function, now=window.clock, window=window)

    def stream() -> QWidget:
        return StreamKeyPage(
            credentials=window.credentials,
            build=window.build_function,
            now=window.clock,
            window=window,
        )

    def convoai() -> QWidget:
        page = ConvoAIPage(
            credentials=window.credentials, build=window.build_function, now=window.clock
        )
        page.token_generated.connect(window.record_token)
        return page

    def rest() -> QWidget:
        return RestCredentialsPage(profiles=window.profiles)

    window.add_page(
        section,
        WHITEBOARD_PAGE,
        whiteboard,
        QT_TRANSLATE_NOOP("Pages", "Interactive Whiteboard tokens"),
    )
    window.add_page(
        section,
        STREAM_KEY_PAGE,
        stream,
        QT_TRANSLATE_NOOP("Pages", "Media Gateway stream key and OBS server URL"),
    )
    window.add_page(
        section,
        CONVOAI_PAGE,
        convoai,
        QT_TRANSLATE_NOOP("Pages", "Conversational AI agent RTC+RTM token"),
    )
    window.add_page(
        section,
        REST_PAGE,
        rest,
        QT_TRANSLATE_NOOP("Pages", "HTTP Basic header for Agora's RESTful APIs"),
    )
    window.add_page(
        section,
        ENCRYPTION_PAGE,
        EncryptionKeyPage,
        QT_TRANSLATE_NOOP("Pages", "Media stream encryption key and salt"),
    )
