from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from agora_token_gui import __version__
from agora_token_gui.core.catalog import G007, GROUPS
from agora_token_gui.ui import app as app_module
from agora_token_gui.ui import keys_pages
from agora_token_gui.ui.dialogs import AboutDialog, ShortcutsDialog, about_html, shortcut_rows
from agora_token_gui.ui.form import GeneratorTab
from agora_token_gui.ui.main_window import MainWindow
from agora_token_gui.ui.navigation import PRODUCTS
from agora_token_gui.ui.profiles import Keychain
from agora_token_gui.ui.settings import Settings

from .helpers import APP_ID, CERTIFICATE, pinned_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return pinned_window(qtbot, tmp_path / "settings.ini")


def rtc_tab(window: MainWindow) -> GeneratorTab:
    window.show_tab(G007)
    tab = window.generator_tab(G007)
    form = tab.select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("demo")
    form.fields["uid"].set_value(42)
    return tab


def test_one_page_per_group_plus_batch_and_history(window: MainWindow) -> None:
    generic = [g for g in GROUPS if g not in keys_pages.OWN_GROUPS]
    titles = [*generic, *keys_pages.PAGE_TITLES, "Batch", "History", "Token server"]
    assert window.page_titles() == titles
    assert window.sidebar.sections() == ["Tokens", "Legacy keys", PRODUCTS, "Tools"]


def test_ctrl_enter_generates(qtbot: QtBot, window: MainWindow) -> None:
    tab = rtc_tab(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = tab.current_form().fields["channel_name"].focus_widget()
    with qtbot.waitSignal(tab.token_generated):
        QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.output.token_edit.text().startswith("007")
    assert window.generate_action.shortcuts()[0].toString() == "Ctrl+Return"


def test_generate_action_reports_what_blocks_it(window: MainWindow) -> None:
    tab = rtc_tab(window)
    tab.current_form().fields["uid"].set_value(None)
    window.generate_action.trigger()
    assert window.statusBar().currentMessage() == "Fix the marked fields first."
    assert tab.output.result is None


def test_bad_app_id_message_shows_under_the_app_id(window: MainWindow) -> None:
    tab = rtc_tab(window)
    window.app_id_edit.setText("abc")
    assert window.app_id_message.plain_text() == (
        "The App ID must be exactly 32 hexadecimal characters; this one has 3 characters."
    )
    assert tab.current_form().has_errors()
    window.app_id_edit.setText(APP_ID)
    assert window.app_id_message.plain_text() == ""
    assert not tab.current_form().has_errors()


def test_certificate_is_masked_with_a_show_toggle(window: MainWindow) -> None:
    assert window.certificate_edit.echoMode() == QLineEdit.EchoMode.Password
    assert window.show_certificate_button.accessibleName() == "Show certificate"
    window.show_certificate_button.click()
    assert window.certificate_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert window.show_certificate_button.accessibleName() == "Hide certificate"
    window.show_certificate_button.click()
    assert window.certificate_edit.echoMode() == QLineEdit.EchoMode.Password


def test_inspect_opens_the_token_in_the_decoder_pane(window: MainWindow) -> None:
    tab = rtc_tab(window)
    window.toggle_decoder_action.setChecked(False)
    result = tab.generate()
    assert result is not None
    tab.output.inspect_button.click()
    assert window.toggle_decoder_action.isChecked()
    assert not window.decoder_pane.isHidden()
    verification = window.decoder_pane.verification()
    assert verification is not None
    assert verification.valid


def test_credentials_reach_the_decoder_pane(window: MainWindow) -> None:
    tab = rtc_tab(window)
    result = tab.generate()
    assert result is not None
    window.certificate_edit.setText(CERTIFICATE.replace("5", "6"))
    window.inspect_token(result.token)
    verification = window.decoder_pane.verification()
    assert verification is not None
    assert not verification.valid
    window.certificate_edit.setText(CERTIFICATE)
    verification = window.decoder_pane.verification()
    assert verification is not None
    assert verification.valid


def test_decoder_pane_is_in_a_splitter_and_can_be_hidden(window: MainWindow) -> None:
    assert window.splitter.widget(0) is window.stack
    assert window.splitter.widget(1) is window.decoder_pane
    assert window.toggle_decoder_action.shortcuts()[0].toString() == "Ctrl+Shift+D"
    window.toggle_decoder_action.trigger()
    assert window.decoder_pane.isHidden()
    window.toggle_decoder_action.trigger()
    assert not window.decoder_pane.isHidden()


def test_decoder_status_messages_reach_the_status_bar(window: MainWindow) -> None:
    window.decoder_pane.status_message.emit("decoded")
    assert window.statusBar().currentMessage() == "decoded"


def test_edit_menu_copies_from_the_current_output(window: MainWindow) -> None:
    tab = rtc_tab(window)
    window.copy_token_action.trigger()
    assert window.statusBar().currentMessage() == "Nothing to copy yet: generate a token first."
    result = tab.generate()
    assert result is not None
    window.copy_token_action.trigger()
    assert QGuiApplication.clipboard().text() == result.token
    assert window.statusBar().currentMessage() == (
        f"Token copied ({len(result.token)} characters)."
    )
    window.copy_json_action.trigger()
    assert QGuiApplication.clipboard().text().startswith('{"format": "007"')
    window.copy_command_action.trigger()
    assert QGuiApplication.clipboard().text().startswith("agora-token build 007 ")  # issue 14
    window.copy_export_action.trigger()
    assert QGuiApplication.clipboard().text() == f"export AGORA_TOKEN={result.token}"
    window.show_tab("History")  # still copies the last token generated
    window.copy_token_action.trigger()
    assert QGuiApplication.clipboard().text() == result.token


def test_generated_tokens_go_to_the_history(window: MainWindow) -> None:
    tab = rtc_tab(window)
    first = tab.generate()
    second = tab.generate()
    assert first is not None
    assert second is not None
    assert [e.token for e in window.history.entries] == [second.token, first.token]
    window.history.inspect_button.click()
    assert window.decoder_pane.decoded() is not None


def test_batch_tab_gets_the_credentials(window: MainWindow) -> None:
    page = window.page("Batch")
    assert isinstance(page, QWidget)
    window.show_page("Batch")
    current = window.stack.currentWidget()
    assert current is not None
    assert current.isAncestorOf(page)
    assert window.current_page_title() == "Batch"


def test_deferred_window_builds_its_tabs_on_complete(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, keychain=Keychain(), deferred=True)
    qtbot.addWidget(window)
    assert window.page_titles() == []
    assert not window.ready
    window.close()  # closing before complete() saves nothing
    assert settings.store.allKeys() == []
    window.complete()
    pages = len(GROUPS) - len(keys_pages.OWN_GROUPS) + len(keys_pages.PAGE_TITLES) + 3
    assert len(window.page_titles()) == pages
    assert window.splitter.widget(1) is window.decoder_pane
    window.complete()  # once only
    assert len(window.page_titles()) == pages


def test_every_window_input_has_an_accessible_name(window: MainWindow) -> None:
    for group in GROUPS:
        window.generator_tab(group)
    for widget in window.findChildren(QLineEdit):
        parent = widget.parentWidget()
        if parent is not None and parent.inherits("QComboBox"):
            continue
        if parent is not None and parent.inherits("QAbstractSpinBox"):
            continue
        assert widget.accessibleName(), widget


def test_colour_scheme_menu(window: MainWindow) -> None:
    try:
        window.scheme_actions["dark"].trigger()
        assert window.scheme_actions["dark"].isChecked()
        window.save_settings()
        assert window.settings.colour_scheme == "dark"
    finally:
        window.scheme_actions["system"].trigger()
    assert window.scheme_actions["system"].isChecked()


def test_about_names_versions_and_licences(qtbot: QtBot) -> None:
    text = about_html()
    assert f"Agora Token GUI {__version__}" in text
    assert f"Qt {qVersion()}" in text
    assert f"PySide6 {pyside_version}" in text
    assert "MIT" in text
    assert "LGPLv3" in text
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.text.text() == text


def test_shortcuts_dialog_lists_every_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    rows = dict(shortcut_rows(window.shortcut_actions()))
    assert rows["Generate token"] == "Ctrl+Return or Ctrl+Enter"
    assert rows["Copy token"] == "Ctrl+Shift+C"
    assert rows["Decoder pane"] == "Ctrl+Shift+D"
    assert rows["Keyboard shortcuts"] == "F1"
    dialog = ShortcutsDialog(list(rows.items()))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)


def test_excepthook_prints_and_shows_a_dialog(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []

    def critical(*args: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    hook = app_module._ExceptHook(interactive=True)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(RuntimeError, exc, exc.__traceback__)
    assert "RuntimeError: boom" in capsys.readouterr().err
    assert len(shown) == 1
    assert "RuntimeError: boom" in shown[0]
    assert hook.failures == 1


def test_self_test_passes(qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    assert app_module.self_test() == 0
    out = capsys.readouterr().out
    assert out.startswith("self-test ok: AccessToken2 (007) RTC by uid token")
    assert CERTIFICATE not in out


def test_elapsed_ms_counts_from_process_start() -> None:
    assert 0 < app_module.elapsed_ms() < 3_600_000


def run_python(
    tmp_path: Path,
    *argv: str,
    env: dict[str, str] | None = None,
    drop: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """Run this Python offscreen with settings under tmp_path; ``env`` adds, ``drop`` removes."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    environment.update(env or {})
    for name in drop:
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, *argv],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def run_app(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run_python(tmp_path, "-m", "agora_token_gui", env=env)


def test_exit_after_shown_contract(tmp_path: Path) -> None:
    done = run_app(tmp_path, AGORA_TOKEN_GUI_EXIT_AFTER_SHOWN="1")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    word, number = lines[0].split()
    assert word == "shown"
    assert int(number) > 0


def test_exit_after_ready(tmp_path: Path) -> None:
    done = run_app(tmp_path, AGORA_TOKEN_GUI_EXIT_AFTER_READY="1")
    assert done.returncode == 0, done.stderr
    word, number = done.stdout.split()
    assert word == "ready"
    assert int(number) > 0


def test_first_frame_needs_neither_the_core_nor_the_qt_namespace(tmp_path: Path) -> None:
    # Start-up budget: the window frame is shown before the catalogue, the forms and the decoder
    # pane are imported, and before PySide6 builds its ~40 ms `Qt` enum namespace.
    code = (
        "import sys, PySide6.QtCore as core\n"
        "from agora_token_gui.ui.app import create_application\n"
        "app = create_application(['x'])\n"
        "from agora_token_gui.ui.main_window import MainWindow\n"
        "window = MainWindow(deferred=True)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "loaded = [m for m in sys.modules if m.startswith('agora_token_gui.core')]\n"
        "print(loaded, 'Qt' in vars(core))\n"
    )
    done = run_python(tmp_path, "-c", code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "False"]


def test_first_frame_creates_no_icon_font_palette_or_size_policy_classes(tmp_path: Path) -> None:
    # Start-up budget: PySide6 creates each class on first use (~0.5-1.5 ms each); the frame
    # draws no icon and needs no font, palette or size policy object of its own.
    code = (
        "import PySide6.QtGui as gui, PySide6.QtWidgets as widgets\n"
        "from agora_token_gui.ui.app import create_application\n"
        "app = create_application(['x'])\n"
        "from agora_token_gui.ui.main_window import MainWindow\n"
        "window = MainWindow(deferred=True)\n"
        "window.show()\n"
        "names = ('QIcon', 'QPixmap', 'QFont', 'QFontDatabase', 'QPalette')\n"
        "print([name for name in names if name in vars(gui)], 'QSizePolicy' in vars(widgets))\n"
    )
    done = run_python(tmp_path, "-c", code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "False"]


def test_ready_window_creates_no_qt_namespace_qstyle_or_event_classes(tmp_path: Path) -> None:
    # Idle memory budget (benchmarks/startup.py): PySide6 creates these classes, with all their
    # enums, on first use: `Qt` ~1.2 MiB, QStyle ~0.5 MiB, and the ~58 QEvent subclasses ~0.8 MiB
    # (the first Python event handler that runs converts its event). The ready window, with its
    # generator tab and decoder pane, needs none of them. Checked when the app asks to quit, as
    # quitting closes the window (its closeEvent, saving settings) and that may use them.
    code = (
        "import os, sys, runpy\n"
        "import PySide6.QtCore as core, PySide6.QtGui as gui, PySide6.QtWidgets as widgets\n"
        "def report():\n"
        "    print('Qt' in vars(core), 'QStyle' in vars(widgets), 'QMouseEvent' in vars(gui),\n"
        "          'QGraphicsSceneEvent' in vars(widgets), flush=True)\n"
        "    os._exit(0)\n"
        "core.QCoreApplication.quit = staticmethod(report)\n"
        "sys.argv = ['agora-token-gui']\n"
        "runpy.run_module('agora_token_gui', run_name='__main__')\n"
    )
    done = run_python(tmp_path, "-c", code, env={"AGORA_TOKEN_GUI_EXIT_AFTER_READY": "1"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-4:] == ["False", "False", "False", "False"], done.stdout


def test_no_display_is_explained_before_qt_aborts() -> None:
    problem = app_module.display_problem({}, "linux")
    assert "no display" in problem
    assert "xvfb-run" in problem
    assert app_module.display_problem({"DISPLAY": ":0"}, "linux") == ""
    assert app_module.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert app_module.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert app_module.display_problem({}, "win32") == ""
    assert app_module.display_problem({}, "darwin") == ""


def test_the_app_says_why_it_cannot_start_without_a_display(tmp_path: Path) -> None:
    done = run_python(
        tmp_path,
        "-m",
        "agora_token_gui",
        drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"),
    )
    assert done.returncode == 2
    assert "no display" in done.stderr
