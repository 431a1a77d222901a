"""Start the desktop app: QApplication, names, excepthook, the main window.

Options: ``--self-test`` builds and verifies one token through the real window and exits (the
bundle smoke test runs it offscreen). With ``AGORA_TOKEN_GUI_EXIT_AFTER_SHOWN=1`` the app prints
``shown <ms>`` (milliseconds since the process started) once the window is on screen, then quits
with status 0; the start-up benchmarks rely on exactly that line. The window's frame is shown
first and its tabs and decoder pane are built in the first turn of the event loop after it;
``AGORA_TOKEN_GUI_EXIT_AFTER_READY=1`` prints ``ready <ms>`` once that is done (and painted).
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # fallback clock where /proc is not available

import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Mapping, Sequence  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agora_token_gui import __version__  # noqa: E402

if TYPE_CHECKING:
    from types import TracebackType

ORGANIZATION = "agora-token-gui"
APPLICATION = "agora-token-gui"
DISPLAY_NAME = "Agora Token GUI"
EXIT_AFTER_SHOWN = "AGORA_TOKEN_GUI_EXIT_AFTER_SHOWN"
EXIT_AFTER_READY = "AGORA_TOKEN_GUI_EXIT_AFTER_READY"
SELF_TEST_APP_ID = "970CA35de60c44645bbae8a215061b33"
SELF_TEST_CERTIFICATE = "5CFd2fd1755d40ecb72977518be15d3b"


def elapsed_ms() -> float:
    """Milliseconds since this process started (from /proc where it exists)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat_file:
            stat = stat_file.read()
        start_ticks = int(stat[stat.rindex(")") + 2 :].split()[19])  # field 22: starttime
        ticks_per_second = os.sysconf("SC_CLK_TCK")
        uptime = time.clock_gettime(time.CLOCK_BOOTTIME)
        value = (uptime - start_ticks / ticks_per_second) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _STARTED) * 1000
    return value if value >= 0 else (time.perf_counter() - _STARTED) * 1000


class _ExceptHook:
    """Unexpected exceptions: the traceback to stderr, then a dialog; the app keeps running."""

    def __init__(self, interactive: bool) -> None:
        self.interactive = interactive
        self.failures = 0
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        import traceback

        self.failures += 1
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if not self.interactive or self._showing or QApplication.instance() is None:
            return
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        self._showing = True
        try:
            # The error itself stays as Python wrote it: it is what a bug report needs.
            QMessageBox.critical(
                None,
                QCoreApplication.translate("ExceptHook", "Unexpected error"),
                QCoreApplication.translate(
                    "ExceptHook",
                    "Something went wrong inside Agora Token GUI:\n\n{error}\n\nThe details "
                    "were printed to the terminal (stderr). You can carry on; please report the "
                    "problem with those details.",
                ).format(error=f"{exc_type.__name__}: {exc}"),
            )
        finally:
            self._showing = False


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    # Before any QSettings() exists: these names choose where settings live.
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("agora-token-gui")  # matches resources/agora-token-gui.desktop
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    return app


def self_test() -> int:
    """Generate a 007 RTC token in the real window and check the decoder pane calls it valid."""
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from agora_token_gui.core.catalog import G007
    from agora_token_gui.ui.main_window import MainWindow
    from agora_token_gui.ui.profiles import Keychain
    from agora_token_gui.ui.settings import Settings

    with tempfile.TemporaryDirectory(prefix="agora-token-gui-self-test-") as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=Settings(store), keychain=Keychain(backend=None))
        try:
            window.show()
            window.app_id_edit.setText(SELF_TEST_APP_ID)
            window.certificate_edit.setText(SELF_TEST_CERTIFICATE)
            window.show_tab(G007)
            form = window.generator_tab(G007).select_kind("007/rtc_uid")
            form.fields["channel_name"].set_value("self-test")
            form.fields["uid"].set_value(2882341273)
            result = form.generate()
            if result is None:
                problems = "; ".join(p.message for p in form.problems)
                print(f"self-test FAILED: the form did not generate: {problems}", file=sys.stderr)
                return 1
            window.inspect_token(result.token)
            verification = window.decoder_pane.verification()
            if verification is None or not verification.valid:
                why = verification.message if verification else "no verification ran"
                print(f"self-test FAILED: the decoder pane says: {why}", file=sys.stderr)
                return 1
            print(
                f"self-test ok: {form.kind.group} {form.kind.title} token "
                f"({len(result.token)} characters) generated and verified valid in the decoder "
                f"pane; Agora Token GUI {__version__}"
            )
            return 0
        finally:
            window.close()
            window.deleteLater()
            del store


def display_problem(environ: Mapping[str, str], platform: str) -> str:
    """Why Qt cannot open a window here, in words, or "" when it can.

    Without a display Qt aborts (status 134) with a message about xcb-cursor0 that sends people
    looking for a missing library; on Linux and the BSDs we can tell the real cause first.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return ""
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a "
        "desktop session, through 'xvfb-run -a agora-token-gui' on a server, or with "
        "QT_QPA_PLATFORM=offscreen for a check without a window; the agora-token command needs "
        "no display."
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if not args:
        args = ["agora-token-gui"]
    if "--version" in args[1:]:
        print(f"Agora Token GUI {__version__}")
        return 0
    testing = "--self-test" in args[1:]
    problem = display_problem(os.environ, sys.platform)
    if problem:
        print(f"agora-token-gui: {problem}", file=sys.stderr)
        return 2
    exit_after_shown = os.environ.get(EXIT_AFTER_SHOWN) == "1"
    exit_after_ready = os.environ.get(EXIT_AFTER_READY) == "1"
    measuring = exit_after_shown or exit_after_ready
    app = create_application([a for a in args if a != "--self-test"])
    hook = _ExceptHook(interactive=not (testing or measuring))
    sys.excepthook = hook
    if testing:
        try:
            status = self_test()
        except Exception as exc:  # the smoke test wants one line and status 1, not a crash
            import traceback

            traceback.print_exc()
            print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        return 1 if hook.failures else status

    from agora_token_gui.ui.main_window import MainWindow

    window = MainWindow(deferred=True)
    window.show()
    if exit_after_shown:

        def report_shown() -> None:
            # A zero timer runs once the events queued by show() (expose, paint) are handled.
            print(f"shown {elapsed_ms():.0f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report_shown)

    def complete() -> None:
        window.complete()
        if exit_after_ready:
            QTimer.singleShot(0, report_ready)

    def report_ready() -> None:
        print(f"ready {elapsed_ms():.0f}", flush=True)
        app.quit()

    QTimer.singleShot(0, complete)
    status = app.exec()
    return 1 if measuring and hook.failures else status
