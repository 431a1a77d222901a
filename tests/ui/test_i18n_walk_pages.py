"""In Simplified Chinese: the product pages (Whiteboard, Stream key for OBS, ConvoAI agent, REST
credentials, Encryption key), the Token server page, the About and Shortcuts dialogs, the message
boxes and the status bar, in each of their states (empty, filled, result shown, error).

Identifiers allowed here beyond tests/ui/words.py (:data:`MORE_IDENTIFIERS`): the names of
protocols, headers and encodings these pages show (HTTP Basic, Authorization, Bearer, Base64,
curl, RESTful, URL, TCP, QR), Agora's product names (Netless, Fastboard, STT, ConvoAI, AI), the
SDK's encryption modes (AES_128_GCM2), the HTTP method POST, the examples of the server's limits
(``qa-*, demo``, ``alice``), the keys of shortcuts (Tab, Alt), the names and licences of the
libraries in About (Qt for Python, PySide6, shiboken6, MIT, GNU, LGPLv3), the crash dialog's
stderr, the /join body's fields (``properties.agent_rtc_uid``), and paths and URLs (``/join``,
``/rtc/CHANNEL/...``, ``rtmp://``, ``live.example.com``).

Nothing is hidden: the catalogue's reference line under the forms, the output panel's summary
(its pinned values are named by their request keys, ``nonce = ...``, which stay) and the expiry
tooltip are checked too.
"""

# ruff: noqa: F811  (the `window` fixture is imported, and named by the tests that use it)
from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from agora_token_gui.ui.app import _ExceptHook
from agora_token_gui.ui.dialogs import (
    AboutDialog,
    ProfileNameDialog,
    ShortcutsDialog,
    confirm_delete_profile,
    confirm_forget,
    shortcut_rows,
)
from agora_token_gui.ui.i18n import localise
from agora_token_gui.ui.keys_pages import (
    CONVOAI_PAGE,
    ENCRYPTION_PAGE,
    REST_PAGE,
    STREAM_KEY_PAGE,
    WHITEBOARD_PAGE,
    ConvoAIPage,
    EncryptionKeyPage,
    RestCredentialsPage,
    StreamKeyPage,
    WhiteboardPage,
)
from agora_token_gui.ui.main_window import SERVE_TAB, MainWindow
from agora_token_gui.ui.serve_tab import ServeTab
from agora_token_gui.ui.settings import Settings
from agora_token_gui.ui.widgets import MessageLabel

from .helpers import APP_ID, CERTIFICATE
from .test_i18n_walk import catalogues, window  # noqa: F401
from .words import problems, texts, untranslated

MORE_IDENTIFIERS = re.compile(
    r"(?<![A-Za-z0-9_])(?:AI|ConvoAI|Netless|Fastboard|STT|HTTP|Basic|RESTful|Authorization|Bearer|Base64|"
    r"curl|URL|TCP|QR|POST|Tab|Alt|PgUp|PgDown|MIT|GNU|LGPLv3|Qt for Python|Qt|PySide6|"
    r"shiboken6|stderr|AES_\d+_GCM\d?|qa-\*|demo|alice)(?![A-Za-z0-9_])"
    r"|(?:[a-z]+://|/)[\w.:/<>?=#!,{}-]*[\w/>}]"  # URLs and paths (/join, /rtc/CHANNEL/uid/UID/)
    r"|\{.*\}"  # a JSON example (the /join body's placeholder)
    r"|\bproperties\.\w+"  # a field of the /join body
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:com|org|net)\b"  # domains
)


def left(text: str) -> str:
    """:func:`untranslated`, with this file's identifiers taken out too."""
    return untranslated(text, MORE_IDENTIFIERS)


def assert_translated(root: QWidget) -> None:
    found = problems(root, items=True, extra=MORE_IDENTIFIERS)
    assert found == [], "\n".join(found)


def shows_core_lines(*labels: MessageLabel) -> None:
    """The message labels show the core's sentences (core/presets.py, core/request.py ...),
    through localise(): the walk then checks that they are in Chinese."""
    for label in labels:
        assert label.isVisible()
        assert label.plain_text() == "\n".join(localise(text) for _, text in label._lines)


def shown(window: MainWindow, title: str) -> QWidget:
    window.show_page(title)
    QApplication.processEvents()
    return window.page(title)


# --- product pages -------------------------------------------------------------------------------


def test_the_whiteboard_page_is_translated_empty_and_with_a_token(window: MainWindow) -> None:
    page = shown(window, WHITEBOARD_PAGE)
    assert isinstance(page, WhiteboardPage)
    form = page.generator.select_kind("whiteboard/sdk")
    shows_core_lines(page.access_key_message, page.secret_key_message)  # no AK / SK yet
    assert_translated(page)
    assert page.generator.generate() is None
    QApplication.processEvents()
    shows_core_lines(page.access_key_message, page.secret_key_message)
    assert_translated(page)
    page.access_key.setText("WBak3nXcB8Yq0LtV2rQm")
    page.secret_key.setText("WBsk7Hs9LpQ2vX4cZ1mN8bR5tY0uIo3e")
    page.secret_row.show_button.setChecked(True)
    form.advanced.set_expanded(True)
    assert page.generator.generate() is not None
    QApplication.processEvents()
    assert_translated(page)


def test_the_stream_key_page_is_translated_empty_and_with_urls(window: MainWindow) -> None:
    page = shown(window, STREAM_KEY_PAGE)
    assert isinstance(page, StreamKeyPage)
    assert_translated(page)
    assert page.rtmp_server.text() == "rtmp://<你的域名>/live"
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    form = page.generator.current_form()
    form.fields["channel_name"].set_value("live")
    form.fields["uid"].set_value("1001")
    assert page.generator.generate() is not None
    page.domain.setText("live.example.com")
    QApplication.processEvents()
    assert page.srt_url.text().startswith("srt://live.example.com:<端口>?streamid=")
    assert_translated(page)


def test_the_convoai_page_is_translated_in_every_state(window: MainWindow) -> None:
    page = shown(window, CONVOAI_PAGE)
    assert isinstance(page, ConvoAIPage)
    assert_translated(page)
    page.check_join()  # nothing to check yet
    assert page.check_result.text() == "请先生成智能体 Token，或粘贴一个带有 Token 的请求体。"
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    page.channel.setText("support")
    page.agent_uid.setText("1001")
    assert page.generate() is not None
    page.join_body.setPlainText('{"properties": {"channel": "support", "agent_rtc_uid": "1001"}}')
    page.check_join()
    QApplication.processEvents()
    assert page.check_result.text().count("✓") == 3
    assert_translated(page)
    page.lifetime.setText("90000")
    assert page.generate() is None  # more than 24 h: a core message
    QApplication.processEvents()
    shows_core_lines(page.message)
    assert_translated(page)


def test_the_rest_page_is_translated_empty_filled_and_refused(window: MainWindow) -> None:
    page = shown(window, REST_PAGE)
    assert isinstance(page, RestCredentialsPage)
    assert_translated(page)
    page.customer_id.setText("demo")
    QApplication.processEvents()
    shows_core_lines(page.message)  # no secret yet
    assert_translated(page)
    page.customer_secret.setText("p@55w0rd")
    page.secret_row.show_button.setChecked(True)
    QApplication.processEvents()
    assert page.header.text() == "Authorization: Basic ZGVtbzpwQDU1dzByZA=="
    assert_translated(page)


def test_the_encryption_page_is_translated_before_and_after(window: MainWindow) -> None:
    page = shown(window, ENCRYPTION_PAGE)
    assert isinstance(page, EncryptionKeyPage)
    assert_translated(page)
    page.generate_button.click()
    assert len(page.key.text()) == 64
    assert_translated(page)


def test_a_page_switches_language_live_and_keeps_its_input(window: MainWindow) -> None:
    page = shown(window, REST_PAGE)
    assert isinstance(page, RestCredentialsPage)
    page.customer_id.setText("demo")
    page.customer_secret.setText("p@55w0rd")
    assert page.id_label.text() == "客户 ID"
    window.set_language("en")
    QApplication.processEvents()
    assert page.id_label.text() == "Customer ID"
    assert page.secret_row.show_button.text() == "Show"
    assert page.customer_secret.text() == "p@55w0rd"
    assert page.header.text().endswith("ZGVtbzpwQDU1dzByZA==")
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert page.secret_row.show_button.text() == "显示"


# --- the Token server page -----------------------------------------------------------------------


def serve_page(window: MainWindow) -> ServeTab:
    page = shown(window, SERVE_TAB)
    assert isinstance(page, ServeTab)
    page.port_spin.setValue(0)  # any free port
    return page


def test_the_token_server_page_is_translated_stopped_and_refusing(window: MainWindow) -> None:
    page = serve_page(window)
    assert_translated(page)
    assert page.state_label.text() == "未运行。"
    assert not page.start()  # no credentials yet
    QApplication.processEvents()
    assert page.message.plain_text() == "没有 App ID：请在窗口顶部的 App ID 输入框中填写。"
    assert_translated(page)
    assert left(window.statusBar().currentMessage()) == ""
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE[:-1])
    assert not page.start()
    assert CERTIFICATE[:-1] not in page.message.plain_text()
    assert_translated(page)
    page.lan_radio.setChecked(True)
    QApplication.processEvents()
    assert page.lan_warning.isVisible()
    assert_translated(page)


def test_the_token_server_page_is_translated_while_running(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    page = serve_page(window)
    assert page.start()
    try:
        QApplication.processEvents()
        (url,) = page.urls
        assert page.state_label.text().startswith("正在本机提供服务，端口 ")
        assert left(window.statusBar().currentMessage()) == ""
        with urllib.request.urlopen(f"{url}/rtc/demo/publisher/uid/42/", timeout=10) as answer:
            assert answer.status == 200
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
        QApplication.processEvents()
        assert_translated(page)
        model = page.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
        assert headers == ["时间", "客户端", "请求", "状态", "签发给", "Token"]
        tip = model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole)
        assert left(tip) == ""
        # A token built with a warning (more than 24 h): the row's tooltip says it in Chinese.
        with urllib.request.urlopen(f"{url}/rtc/demo/publisher/uid/42/?expiry=90000") as answer:
            assert answer.status == 200
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
        warned = model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole)
        assert warned.startswith("已生成，但有警告：\n")
        assert left(warned) == "", warned
        assert left(page.count_label.text()) == ""
        # A live switch to English and back: the state, the example and the headers follow.
        window.set_language("en")
        QApplication.processEvents()
        assert page.state_label.text().startswith("Serving on this computer only, port ")
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
        assert page.example_label.text().startswith("RTC token: http://127.0.0.1:")
        window.set_language("zh_CN")
        QApplication.processEvents()
        assert page.url_list.count() == 1  # the server went on running
        assert_translated(page)
    finally:
        page.stop()
    QApplication.processEvents()
    assert left(window.statusBar().currentMessage()) == ""
    assert_translated(page)


# --- dialogs, message boxes and the status bar ---------------------------------------------------


def test_the_about_and_shortcuts_dialogs_are_translated(window: MainWindow) -> None:
    about = AboutDialog(window)
    about.show()
    assert about.windowTitle() == "关于 Agora Token GUI"
    assert_translated(about)
    about.close()
    shortcuts = ShortcutsDialog(shortcut_rows(window.shortcut_actions()), window)
    shortcuts.show()
    assert shortcuts.windowTitle() == "键盘快捷键"
    assert_translated(shortcuts)
    table = shortcuts.table
    model = table.model()
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(table.rowCount())]
    assert ("生成 Token", "Ctrl+回车") in rows  # "生成 Token(&G)"; Return and Enter are both 回车
    assert ("打开菜单", "Alt+F, Alt+E, Alt+V, Alt+H") in rows
    for what, keys in rows:
        assert "&" not in what, what  # no access key "(&G)" left
        assert "(" not in what, what
        assert left(what) == "", what
        assert left(keys) == "", keys
    shortcuts.close()


def test_the_profile_dialog_and_the_confirmations_are_translated(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ProfileNameDialog("", window)
    dialog.show()
    assert dialog.windowTitle() == "保存配置"
    assert_translated(dialog)
    dialog.close()
    asked: list[tuple[str, str, QMessageBox.StandardButton]] = []

    def question(
        parent: QWidget,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
    ) -> QMessageBox.StandardButton:
        asked.append((title, text, buttons))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not confirm_forget(window)
    assert not confirm_delete_profile(window, "staging")
    assert [title for title, _, _ in asked] == ["清除保存的数据", "删除配置"]
    for title, text, buttons in asked:
        assert left(title) == ""
        assert left(text) == ""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, window)
        labels = sorted(button.text() for button in box.buttons())  # Qt's own catalogue
        assert labels == ["取消", "是(&Y)"]
        box.deleteLater()
    assert "'staging'" in asked[1][1]


def test_the_crash_dialog_is_translated(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown_boxes: list[tuple[str, str]] = []

    def critical(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
        shown_boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    error = ValueError("boom")
    _ExceptHook(interactive=True)(ValueError, error, None)
    ((title, text),) = shown_boxes
    assert title == "意外错误"
    assert "ValueError: boom" in text  # the error itself, as Python wrote it
    assert left(text.replace("ValueError: boom", "")) == ""
    assert "boom" in capsys.readouterr().err


def test_status_bar_messages_are_translated(window: MainWindow) -> None:
    bar = window.statusBar()
    window.app_id_edit.setText(APP_ID)
    window.save_profile("staging")
    assert bar.currentMessage() == "已保存配置 'staging'（App ID）。"
    window.delete_profile("staging")
    assert left(bar.currentMessage()) == ""
    page = shown(window, CONVOAI_PAGE)
    assert isinstance(page, ConvoAIPage)
    window.certificate_edit.setText(CERTIFICATE)
    page.channel.setText("support")
    page.agent_uid.setText("1001")
    assert page.generate() is not None  # record_token says so in the status bar
    assert bar.currentMessage().startswith("已生成 Token")
    window.forget_saved_data()
    assert left(bar.currentMessage()) == ""
    window.decoder_button.setVisible(True)
    assert_translated(window.decoder_button)


def test_keychain_and_settings_problems_are_translated(window: MainWindow, tmp_path: Path) -> None:
    window.remember_certificate_check.setChecked(True)
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    window.save_profile("no-keychain")  # the test keychain has no backend
    QApplication.processEvents()
    assert window.statusBar().currentMessage() == "没有可用的系统钥匙串；证书只在本次会话中保留。"
    assert_translated(window.profile_message)
    store = QSettings(str(tmp_path / "broken.ini"), QSettings.Format.IniFormat)
    store.setValue("profiles/app_ids", "{not json")
    settings = Settings(store)
    assert settings.profiles() == {}
    (problem,) = settings.problems
    assert str(problem).startswith("The saved setting profiles/app_ids ")
    assert str(problem).endswith(" It was ignored.")
    shown_problem = localise(problem)
    assert shown_problem.startswith("保存的设置“profiles/app_ids”")
    assert shown_problem.endswith("已忽略此项。")
    assert left(shown_problem.replace("profiles/app_ids", "")) == "", shown_problem


CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def test_every_page_of_this_lane_switches_live_both_ways(window: MainWindow) -> None:
    """Filled and with results, each page speaks English after a switch (no Chinese left
    anywhere on it), then Chinese again (nothing untranslated), and keeps what was typed."""
    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    convoai = shown(window, CONVOAI_PAGE)
    assert isinstance(convoai, ConvoAIPage)
    convoai.channel.setText("support")
    convoai.agent_uid.setText("1001")
    assert convoai.generate() is not None
    convoai.join_body.setPlainText('{"properties": {"channel": "support"}}')
    convoai.check_join()
    rest = shown(window, REST_PAGE)
    assert isinstance(rest, RestCredentialsPage)
    rest.customer_id.setText("demo")  # no secret: a core message
    encryption = shown(window, ENCRYPTION_PAGE)
    assert isinstance(encryption, EncryptionKeyPage)
    encryption.generate_button.click()
    stream = shown(window, STREAM_KEY_PAGE)
    assert isinstance(stream, StreamKeyPage)
    whiteboard = shown(window, WHITEBOARD_PAGE)
    assert isinstance(whiteboard, WhiteboardPage)
    whiteboard.access_key.setText("WBak3nXcB8Yq0LtV2rQm")
    serve = serve_page(window)
    serve.lan_radio.setChecked(True)
    pages = [convoai, rest, encryption, stream, whiteboard, serve]
    for language in ("en", "zh_CN"):
        window.set_language(language)
        for page in pages:
            window.show_page(page_title(window, page))
            QApplication.processEvents()
            if language == "en":
                chinese = [f"{w}: {t!r}" for w, t in texts(page, items=True) if CJK.search(t)]
                assert chinese == [], "\n".join(chinese)
            else:
                assert_translated(page)
    assert convoai.check_result.text().startswith("✓")
    assert rest.customer_id.text() == "demo"
    assert whiteboard.access_key.text() == "WBak3nXcB8Yq0LtV2rQm"
    assert len(encryption.key.text()) == 64


def page_title(window: MainWindow, page: QWidget) -> str:
    return next(t for t in window.page_titles() if window.pages[t].content is page)
