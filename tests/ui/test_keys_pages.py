"""The Whiteboard, Stream key, ConvoAI, REST credentials and Encryption key pages (issue #11)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from agora_token_gui.core import stream_key, whiteboard
from agora_token_gui.core.catalog import GMG, GWB
from agora_token_gui.ui import keys_pages
from agora_token_gui.ui.decoder_pane import DecoderPane
from agora_token_gui.ui.keys_pages import (
    ConvoAIPage,
    EncryptionKeyPage,
    RestCredentialsPage,
    StreamKeyPage,
    WhiteboardPage,
)
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.profiles import Keychain, Profiles
from agora_token_gui.ui.settings import Settings

from .helpers import APP_ID, BUILD, CERTIFICATE, NOW, credentials

AK = "WBak3nXcB8Yq0LtV2rQm"
SK = "WBsk7Hs9LpQ2vX4cZ1mN8bR5tY0uIo3e"
ROOM = "a9b4b2c0a0f111eb8b4f0f2d5e1c7a3b"


class MemoryBackend:
    """A keyring backend in memory, with the module name of the Secret Service one."""

    __module__ = "keyring.backends.SecretService"

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


MemoryBackend.__qualname__ = MemoryBackend.__name__ = "Keyring"


def test_the_whiteboard_page_builds_what_the_core_builds(qtbot: QtBot) -> None:
    page = WhiteboardPage(build=BUILD, now=lambda: NOW)
    qtbot.addWidget(page)
    assert page.secret_key.echoMode() is QLineEdit.EchoMode.Password
    generator = page.generator
    form = generator.select_kind("whiteboard/room")
    page.access_key.setText(AK)
    form.fields["uuid"].set_value(ROOM)
    assert generator.generate() is None  # no SK yet: its problem shows under the SK field
    assert "Secret Access Key" in page.secret_key_message.text()
    page.secret_key.setText(SK)
    form.fields["role"].set_value(1)
    form.fields["lifespan"].set_value(600_000)
    form.fields["nonce"].set_value("n-1")
    result = generator.generate()
    assert result is not None
    expected = whiteboard.build("room", AK, SK, 1, 600_000, ROOM, nonce="n-1", now_ms=NOW * 1000)
    assert result.token == expected
    assert generator.output.token_edit.text() == expected
    assert SK not in str(form.field_values())


def test_the_stream_key_page_shows_the_obs_urls(qtbot: QtBot) -> None:
    page = StreamKeyPage(credentials=credentials, build=BUILD, now=lambda: NOW)
    qtbot.addWidget(page)
    assert page.rtmp_url.text() == ""
    form = page.generator.current_form()
    form.fields["channel_name"].set_value("live")
    form.fields["uid"].set_value("1001")
    form.fields["iv"].set_value("00" * 16)
    result = page.generator.generate()
    assert result is not None
    key = stream_key.build(CERTIFICATE, "live", "1001", 86_400, iv="00" * 16, now=NOW)
    assert result.token == key
    page.domain.setText("live.example.com")
    page.port.setText("10080")
    assert page.rtmp_server.text() == "rtmp://live.example.com/live"
    assert page.rtmp_url.text() == f"rtmp://live.example.com/live/{key}"
    assert page.srt_url.text() == (
        f"srt://live.example.com:10080?streamid=#!::r={key},h=live.example.com"
    )


def test_the_convoai_page_generates_and_checks_a_join_body(qtbot: QtBot) -> None:
    page = ConvoAIPage(credentials=credentials, build=BUILD, now=lambda: NOW)
    qtbot.addWidget(page)
    page.channel.setText("support")
    page.agent_uid.setText("1001")
    with qtbot.waitSignal(page.token_generated):
        result = page.generate()
    assert result is not None
    assert page.token.text().startswith("007")
    page.join_body.setPlainText('{"properties": {"channel": "support", "agent_rtc_uid": "1001"}}')
    page.check_join()
    assert page.check_result.text().count("✓") == 3
    page.join_body.setPlainText('{"properties": {"channel": "other", "agent_rtc_uid": "1001"}}')
    page.check_join()
    assert "✗" in page.check_result.text()
    page.lifetime.setText("90000")
    assert page.generate() is None
    assert "24 h" in page.message.text()


def test_rest_credentials_mask_the_secret_and_store_it_only_on_request(qtbot: QtBot) -> None:
    backend = MemoryBackend()
    profiles = Profiles(Settings(), Keychain(backend))
    page = RestCredentialsPage(profiles=profiles)
    qtbot.addWidget(page)
    assert page.customer_secret.echoMode() is QLineEdit.EchoMode.Password
    page.customer_id.setText("demo")
    page.customer_secret.setText("p@55w0rd")
    assert page.header.text() == "Authorization: Basic ZGVtbzpwQDU1dzByZA=="
    assert page.header.echoMode() is QLineEdit.EchoMode.Password  # it is the secret, encoded
    show = page.findChildren(QToolButton)[0]
    show.setChecked(True)
    assert page.header.echoMode() is QLineEdit.EchoMode.Normal
    assert page.customer_secret.echoMode() is QLineEdit.EchoMode.Normal
    assert page.curl.text() == "-H 'Authorization: Basic ZGVtbzpwQDU1dzByZA=='"
    assert backend.passwords == {}
    page.remember.setChecked(True)
    assert list(backend.passwords.values()) == ["p@55w0rd"]
    fresh = RestCredentialsPage(profiles=Profiles(Settings(), Keychain(backend)))
    qtbot.addWidget(fresh)
    fresh.customer_id.setText("demo")
    assert fresh.customer_secret.text() == "p@55w0rd"
    page.remember.setChecked(False)
    assert backend.passwords == {}
    page.customer_id.setText("de:mo")
    assert page.header.text() == ""
    assert "p@55w0rd" not in page.message.text()


def test_forget_saved_data_removes_a_remembered_rest_secret(qtbot: QtBot) -> None:
    backend = MemoryBackend()
    profiles = Profiles(Settings(), Keychain(backend))
    page = RestCredentialsPage(profiles=profiles)
    qtbot.addWidget(page)
    page.customer_id.setText("demo")
    page.customer_secret.setText("p@55w0rd")
    page.remember.setChecked(True)
    assert list(backend.passwords.values()) == ["p@55w0rd"]
    assert profiles.forget_all() == []
    assert backend.passwords == {}


def test_rest_credentials_without_a_keychain_keep_the_secret_for_the_session(
    qtbot: QtBot,
) -> None:
    page = RestCredentialsPage(profiles=Profiles(Settings(), Keychain(backend=None)))
    qtbot.addWidget(page)
    page.customer_id.setText("demo")  # looks for a remembered secret: none, no exception
    page.customer_secret.setText("p@55w0rd")
    page.remember.setChecked(True)
    assert "keychain is not available" in page.message.text()
    assert page.header.text().endswith("ZGVtbzpwQDU1dzByZA==")


def test_the_encryption_key_page_gives_hex_and_base64(qtbot: QtBot) -> None:
    page = EncryptionKeyPage(random_bytes=lambda n: bytes([7]) * n)
    qtbot.addWidget(page)
    page.generate_button.click()
    assert page.key.text() == "07" * 32
    assert base64.b64decode(page.salt.text()) == bytes([7]) * 32
    real = EncryptionKeyPage()
    qtbot.addWidget(real)
    real.generate()
    assert len(real.key.text()) == 64


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(settings=settings, keychain=Keychain(), build=BUILD, now=lambda: NOW)
    qtbot.addWidget(main)
    return main


def test_the_window_has_the_pages_and_their_generators(window: MainWindow) -> None:
    titles = window.page_titles()
    assert all(title in titles for title in keys_pages.PAGE_TITLES)
    assert GWB not in titles
    assert GMG not in titles
    window.show_page("Stream key for OBS")
    assert window.current_generator() is window.generator_tab(GMG)
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    tab = window.generator_tab(GMG)
    tab.current_form().fields["channel_name"].set_value("live")
    tab.current_form().fields["uid"].set_value("7")
    result = window.generate_current()
    assert result is not None
    window.show_page("ConvoAI agent")
    page = window.page("ConvoAI agent")
    assert isinstance(page, ConvoAIPage)
    page.channel.setText("c")
    page.agent_uid.setText("1")
    assert page.generate() is not None


def test_the_decoder_pane_shows_a_whiteboard_token_and_checks_it_with_the_sk(
    qtbot: QtBot,
) -> None:
    pane = DecoderPane(now=lambda: NOW)
    qtbot.addWidget(pane)
    token = whiteboard.build("room", AK, SK, 2, 600_000, ROOM, nonce="n", now_ms=NOW * 1000)
    pane.set_token(token)
    qtbot.waitUntil(lambda: pane.decoded() is not None)
    decoded = pane.decoded()
    assert decoded is not None
    assert decoded.format == "whiteboard"
    labels = {node.label: node.value for node in pane.tree.nodes()}
    assert labels["Access Key (AK)"] == AK
    assert labels["Room UUID"] == ROOM
    assert labels["Role"] == "2 (reader)"
    assert "1700000600000 ms" in labels["Expires (expireAt)"]
    assert "Secret Access Key" in pane.verify_status.text()
    pane.certificate.setText(SK)
    pane.certificate.textEdited.emit(SK)
    qtbot.waitUntil(lambda: pane.verification() is not None)
    verification = pane.verification()
    assert verification is not None
    assert verification.valid


def test_the_diagnose_panel_takes_the_whiteboard_sk_and_room(qtbot: QtBot) -> None:
    from agora_token_gui.ui.diagnose_panel import DiagnosePanel

    panel = DiagnosePanel(now=lambda: NOW)
    qtbot.addWidget(panel)
    token = whiteboard.build("room", AK, SK, 2, 600_000, ROOM, nonce="n", now_ms=NOW * 1000)
    panel.set_token(token)
    assert panel.diagnosis is not None
    assert panel.diagnosis.verdict == "unknown"  # no SK yet
    assert panel.secret_access_key.echoMode() is QLineEdit.EchoMode.Password
    panel.secret_access_key.setText(SK)
    panel.room_uuid.setText(ROOM)
    assert panel.diagnosis is not None
    assert panel.diagnosis.verdict == "accepted"
    panel.room_uuid.setText("another")
    assert panel.diagnosis.codes == ("room_mismatch",)
    assert SK not in panel.report_text()
