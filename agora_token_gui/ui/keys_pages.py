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
from agora_token_gui.core.text import Text, msg
from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP, localise, message_of, retranslatable
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


class SecretRow(QWidget):
    """A masked line edit with a Show toggle, as the App Certificate has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_button = QToolButton(self)
        self.show_button.setCheckable(True)
        self._name = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.show_button.toggled.connect(self._on_show_button_toggled)

    def set_texts(self, name: str, placeholder: str) -> None:
        """The secret's name (accessible names) and placeholder, in the current language."""
        self._name = name
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(placeholder)
        self._show_state()

    def _show_state(self) -> None:
        if self.show_button.isChecked():
            self.show_button.setText(self.tr("Hide"))
            self.show_button.setAccessibleName(self.tr("Hide the {name}").format(name=self._name))
        else:
            self.show_button.setText(self.tr("Show"))
            self.show_button.setAccessibleName(self.tr("Show the {name}").format(name=self._name))

    @Slot(bool)
    def _on_show_button_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._show_state()


class OutputRow(QWidget):
    """A read-only line edit with a Copy button beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setReadOnly(True)
        self.copy_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.copy_button)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def set_name(self, name: str) -> None:
        """What the row holds (accessible names, the button's tooltip), in the current language."""
        self.edit.setAccessibleName(name)
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy {name}").format(name=name))
        self.copy_button.setToolTip(self.tr("Copy the {name} to the clipboard").format(name=name))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        value = self.edit.text()
        if value:
            QGuiApplication.clipboard().setText(value)


def _keychain_warning(reason: str) -> Text:
    """The REST page's note when the keychain cannot keep the secret.

    A Text (module level, so lupdate files it under the core's context) rather than a tr()
    string: the message label then shows it again in a new language by itself.
    """
    return msg("The keychain is not available ({reason}).", reason=reason)


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
        self.intro = hint_label("", self)
        self.access_key = QLineEdit(self)
        self.secret_row = SecretRow(self)
        self.secret_key = self.secret_row.edit
        self.access_key_message = MessageLabel(self)
        self.secret_key_message = MessageLabel(self)
        grid = QFormLayout()
        self.ak_label = QLabel(self)
        self.ak_label.setBuddy(self.access_key)
        self.sk_label = QLabel(self)
        self.sk_label.setBuddy(self.secret_key)
        grid.addRow(self.ak_label, self.access_key)
        grid.addRow("", self.access_key_message)
        grid.addRow(self.sk_label, self.secret_row)
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
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.generator, 1)
        retranslatable(self, self._retranslate)
        self.access_key.textChanged.connect(self._on_credentials_changed)
        self.secret_key.textChanged.connect(self._on_credentials_changed)
        self.generator.validated.connect(self._on_generator_validated)
        if window is not None:
            window.attach_generator(GWB, self.generator)
        self._on_generator_validated()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Whiteboard tokens"))
        self.intro.setText(
            self.tr(
                "Interactive Whiteboard (Netless, Fastboard) tokens. Find the Access Key (AK) "
                "and Secret Access Key (SK) in Agora Console > Whiteboard. Lifespans are "
                "milliseconds; the SK is never saved."
            )
        )
        self.access_key.setAccessibleName(self.tr("Access Key (AK)"))
        self.access_key.setPlaceholderText(self.tr("the whiteboard project's AK (not secret)"))
        self.secret_row.set_texts(
            self.tr("Secret Access Key (SK)"), self.tr("the whiteboard project's SK; never saved")
        )
        self.ak_label.setText(self.tr("Access Key (AK)"))
        self.sk_label.setText(self.tr("Secret Access Key (SK)"))
        self.access_key_message.retranslate()
        self.secret_key_message.retranslate()

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
        self.intro = hint_label("", self)
        self.unavailable = MessageLabel(self)
        if not stream_key.aes_available():
            missing = stream_key.CryptographyMissingError()
            self.unavailable.set_lines([("error", message_of(missing))])
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
        self.port = QLineEdit(self)
        self.port.setMaximumWidth(220)
        self.box = QGroupBox(self)
        self.rtmp_server_row = OutputRow(self.box)
        self.rtmp_url_row = OutputRow(self.box)
        self.srt_url_row = OutputRow(self.box)
        self.rtmp_server = self.rtmp_server_row.edit
        self.rtmp_url = self.rtmp_url_row.edit
        self.srt_url = self.srt_url_row.edit
        form = QFormLayout(self.box)
        self.labels = [QLabel(self.box) for _ in range(5)]
        rows = (self.domain, self.port, self.rtmp_server_row, self.rtmp_url_row, self.srt_url_row)
        for label, widget in zip(self.labels, rows, strict=True):
            label.setBuddy(widget.edit if isinstance(widget, OutputRow) else widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.unavailable)
        layout.addWidget(self.generator, 1)
        layout.addWidget(self.box)
        retranslatable(self, self._retranslate)
        self.domain.textChanged.connect(self._update_urls)
        self.port.textChanged.connect(self._update_urls)
        self.generator.token_generated.connect(self._update_urls)
        if window is not None:
            window.attach_generator(GMG, self.generator)
        self._update_urls()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Stream key for OBS"))
        self.intro.setText(
            self.tr(
                "A Media Gateway stream key for your own ingest domain, made here instead of by "
                "the REST API: AES-encrypted under the App Certificate above (the App ID is not "
                "in it). It carries no signature: a wrong certificate only shows as a key that "
                "does not open."
            )
        )
        self.unavailable.retranslate()
        self.domain.setAccessibleName(self.tr("Ingest domain"))
        self.domain.setPlaceholderText(self.tr("your custom ingest domain, e.g. live.example.com"))
        self.port.setAccessibleName(self.tr("SRT port"))
        self.port.setPlaceholderText(self.tr("the SRT port of your gateway set-up"))
        self.rtmp_server_row.set_name(self.tr("OBS server URL (RTMP)"))
        self.rtmp_url_row.set_name(self.tr("Full RTMP URL"))
        self.srt_url_row.set_name(self.tr("SRT URL"))
        self.box.setTitle(self.tr("Paste into OBS (Settings > Stream > Service: Custom)"))
        texts = (
            self.tr("Ingest domain"),
            self.tr("SRT port"),
            self.tr("Server (RTMP)"),
            self.tr("Full RTMP URL"),
            self.tr("SRT URL"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self._update_urls()

    def key(self) -> str:
        result = self.generator.output.result
        return result.token if result is not None else ""

    @Slot()
    def _update_urls(self) -> None:
        # Stand-ins for what is missing, shown in the URLs themselves.
        domain = self.domain.text().strip() or self.tr("<your-domain>")
        key = self.key()
        port_text = self.port.text().strip()
        port = port_text if port_text.isdigit() else self.tr("<port>")
        self.rtmp_server.setText(f"rtmp://{domain}/live")
        if not key:
            for edit in (self.rtmp_url, self.srt_url):
                edit.setText("")
                edit.setPlaceholderText(self.tr("generate a key first"))
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
        self._credentials = credentials
        self._build = build
        self._now = now
        # What the check result shows, made again in the current language (None: nothing yet).
        self._check_text: Callable[[], str] | None = None
        self.intro = hint_label("", self)
        self.channel = QLineEdit(self)
        self.agent_uid = QLineEdit(self)
        self.lifetime = QLineEdit("3600", self)
        self.generate_button = QPushButton(self)
        self.message = MessageLabel(self)
        self.token_row = OutputRow(self)
        self.token = self.token_row.edit
        form = QFormLayout()
        self.labels = []
        for widget in (self.channel, self.agent_uid, self.lifetime):
            label = QLabel(self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.labels.append(label)
        form.addRow("", self.generate_button)
        form.addRow("", self.message)
        self.token_label = QLabel(self)
        self.token_label.setBuddy(self.token)
        form.addRow(self.token_label, self.token_row)

        self.join_body = QPlainTextEdit(self)
        self.join_body.setPlaceholderText(
            '{"name": "agent", "properties": {"channel": "...", "token": "...", '
            '"agent_rtc_uid": "1001", ...}}'
        )
        self.join_body.setMaximumHeight(140)
        self.check_button = QPushButton(self)
        self.check_result = QLabel(self)
        self.check_result.setWordWrap(True)
        make_selectable(self.check_result)
        self.check_box = QGroupBox(self)
        check_layout = QVBoxLayout(self.check_box)
        check_layout.addWidget(self.join_body)
        check_layout.addWidget(self.check_button)
        check_layout.addWidget(self.check_result)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.check_box)
        layout.addStretch(1)
        retranslatable(self, self._retranslate)
        self.generate_button.clicked.connect(self.generate)
        self.check_button.clicked.connect(self.check_join)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("ConvoAI agent token"))
        self.intro.setText(
            self.tr(
                "A Conversational AI agent joins with an RTC+RTM token (007) whose account is "
                "the agent's uid as text, valid at most 24 h. Paste your /join body below to "
                "check it against the token."
            )
        )
        self.channel.setAccessibleName(self.tr("Channel name"))
        self.agent_uid.setAccessibleName(self.tr("Agent uid"))
        self.agent_uid.setPlaceholderText(self.tr("agent_rtc_uid of the /join body, e.g. 1001"))
        self.lifetime.setAccessibleName(self.tr("Token lifetime in seconds"))
        texts = (self.tr("Channel name"), self.tr("Agent uid"), self.tr("Lifetime (s, ≤ 86400)"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.generate_button.setText(self.tr("Generate agent token"))
        self.generate_button.setAccessibleName(self.tr("Generate agent token"))
        self.message.retranslate()
        self.token_row.set_name(self.tr("Agent token"))
        self.token_label.setText(self.tr("Token"))
        self.join_body.setAccessibleName(self.tr("/join request body"))
        self.check_button.setText(self.tr("Check /join body against the token"))
        self.check_button.setAccessibleName(self.tr("Check the /join body against the token"))
        self.check_result.setAccessibleName(self.tr("/join check result"))
        self.check_box.setTitle(self.tr("Diagnose: /join body"))
        if self._check_text is not None:
            self.check_result.setText(self._check_text())

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
            self.message.set_lines([("error", message_of(exc))])
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
            self._show_check(
                lambda: self.tr("Generate the agent token first, or paste a body with one.")
            )
            return
        try:
            checks = presets.check_join_body(body, token, self._now())
        except TokenError as exc:
            problem = message_of(exc)
            self._show_check(lambda: f"✗ {localise(problem)}")
            return
        marks = {presets.OK: "✓", presets.WARNING: "⚠", presets.ERROR: "✗"}
        self._show_check(
            lambda: "\n".join(f"{marks[c.status]} {localise(c.message)}" for c in checks)
        )

    def _show_check(self, text: Callable[[], str]) -> None:
        self._check_text = text
        self.check_result.setText(text())


# --- REST credentials ----------------------------------------------------------------------------


class RestCredentialsPage(QWidget):
    """``Authorization: Basic …`` from a customer ID and secret (the secret is never saved)."""

    def __init__(self, parent: QWidget | None = None, *, profiles: Profiles | None = None) -> None:
        super().__init__(parent)
        self._profiles = profiles  # its keychain keeps the secret on request; Forget removes it
        self.intro = hint_label("", self)
        self.customer_id = QLineEdit(self)
        self.secret_row = SecretRow(self)
        self.customer_secret = self.secret_row.edit
        self.remember = QCheckBox(self)
        self.message = MessageLabel(self)
        self.header_row = OutputRow(self)
        self.curl_row = OutputRow(self)
        self.header = self.header_row.edit
        self.curl = self.curl_row.edit
        # The header is the secret in Base64: masked with it, shown with it (Copy works either way).
        for edit in (self.header, self.curl):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_row.show_button.toggled.connect(self._on_show_toggled)
        form = QFormLayout()
        self.id_label = QLabel(self)
        self.id_label.setBuddy(self.customer_id)
        self.secret_label = QLabel(self)
        self.secret_label.setBuddy(self.customer_secret)
        self.header_label = QLabel(self)
        self.header_label.setBuddy(self.header)
        curl_label = QLabel("curl", self)  # the command's name
        curl_label.setBuddy(self.curl)
        form.addRow(self.id_label, self.customer_id)
        form.addRow(self.secret_label, self.secret_row)
        form.addRow("", self.remember)
        form.addRow("", self.message)
        form.addRow(self.header_label, self.header_row)
        form.addRow(curl_label, self.curl_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        retranslatable(self, self._retranslate)
        self.customer_id.textChanged.connect(self._on_customer_id_changed)
        self.customer_secret.textChanged.connect(self._update)
        self.remember.toggled.connect(self._on_remember_toggled)
        self._update()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("REST credentials"))
        self.intro.setText(
            self.tr(
                "Cloud Recording, Media Push, Media Gateway, STT and the other RESTful APIs "
                "take HTTP Basic authentication with the customer ID and secret from Agora "
                "Console > RESTful API. The secret is masked and never written to settings or "
                "history."
            )
        )
        self.customer_id.setAccessibleName(self.tr("Customer ID"))
        self.secret_row.set_texts(
            self.tr("Customer secret"), self.tr("never saved, except in the keychain if you ask")
        )
        self.remember.setText(self.tr("Remember the secret in the system keychain"))
        self.remember.setAccessibleName(
            self.tr("Remember the customer secret in the system keychain")
        )
        self.header_row.set_name(self.tr("Authorization header"))
        self.curl_row.set_name(self.tr("curl option"))
        self.id_label.setText(self.tr("Customer ID"))
        self.secret_label.setText(self.tr("Customer secret"))
        self.header_label.setText(self.tr("Header"))
        self.message.retranslate()

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
            self.message.set_lines([("warning", _keychain_warning(message_of(exc)))])

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
            self.message.set_lines([("error", message_of(exc))])
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
        self.random_bytes = random_bytes  # None: the secrets module (screenshots pin it)
        self.intro = hint_label("", self)
        self.generate_button = QPushButton(self)
        self.key_row = OutputRow(self)
        self.salt_row = OutputRow(self)
        self.key = self.key_row.edit
        self.salt = self.salt_row.edit
        form = QFormLayout()
        self.key_label = QLabel(self)
        self.key_label.setBuddy(self.key)
        self.salt_label = QLabel(self)
        self.salt_label.setBuddy(self.salt)
        form.addRow("", self.generate_button)
        form.addRow(self.key_label, self.key_row)
        form.addRow(self.salt_label, self.salt_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        retranslatable(self, self._retranslate)
        self.generate_button.clicked.connect(self.generate)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Encryption key and salt"))
        self.intro.setText(
            self.tr(
                "For the SDK's built-in media stream encryption (AES_128_GCM2 / AES_256_GCM2): "
                "a 32-byte key as 64 hex digits (encryptionKey) and a 32-byte salt in Base64 "
                "(encryptionKdfSalt). Drawn from the operating system's secure random source; "
                "share them with every user of the channel, and nothing here is saved."
            )
        )
        self.generate_button.setText(self.tr("Generate key and salt"))
        self.generate_button.setAccessibleName(self.tr("Generate key and salt"))
        self.key_row.set_name(self.tr("Encryption key (hex)"))
        self.salt_row.set_name(self.tr("Salt (Base64)"))
        self.key_label.setText(self.tr("Key (hex)"))
        self.salt_label.setText(self.tr("Salt (Base64)"))

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
