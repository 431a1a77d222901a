"""Screenshots of the real window for the docs: python scripts/screenshots.py OUTPUT_FOLDER.

`make screenshots` runs this under xvfb-run. It opens the main window at a fixed size with a
throw-away settings file, fills the 007 "RTC by uid" form with the documentation's example App ID
and certificate at a pinned time, generates, inspects the token in the decoder pane, runs a small
batch, then switches to the dark colour scheme, saving generator.png, decoder.png, batch.png and
dark.png (QWidget.grab, so no window manager is needed).
"""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agora_token_gui.core.build import build  # noqa: E402
from agora_token_gui.core.catalog import G007  # noqa: E402
from agora_token_gui.ui.app import create_application  # noqa: E402
from agora_token_gui.ui.main_window import MainWindow  # noqa: E402
from agora_token_gui.ui.profiles import Keychain, KeyringBackend  # noqa: E402
from agora_token_gui.ui.settings import Settings  # noqa: E402

APP_ID = "970CA35de60c44645bbae8a215061b33"
CERTIFICATE = "5CFd2fd1755d40ecb72977518be15d3b"
NOW = 1_795_892_400  # 2026-11-28 19:00:00 UTC
SIZE = (1400, 860)


class NoKeyring:
    """The screenshots never touch the real keychain."""

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError("no keychain while taking screenshots")

    def delete_password(self, service: str, username: str) -> None:
        return None


def settle(app: QApplication, milliseconds: int = 150) -> None:
    """Let layouts, paints and queued signals finish."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def dark_palette() -> QPalette:
    """A dark palette for platforms whose theme ignores QStyleHints.setColorScheme."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3f3f3f",
        QPalette.ColorRole.Mid: "#2f2f2f",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    return palette


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["agora-token-gui-screenshots"])
    app.setStyle("Fusion")  # the same look on every machine that makes the docs
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        keyring: KeyringBackend = NoKeyring()
        # Pinned time and salts (as the tests pin them): the same PNGs on every run, so the
        # README's images change only when the window does.
        pinned = functools.partial(build, now=NOW, randint=lambda low, high: low)
        window = MainWindow(
            settings=Settings(store), keychain=Keychain(keyring), build=pinned, now=lambda: NOW
        )
        window.resize(*SIZE)
        window.show()
        window.splitter.setSizes([880, SIZE[0] - 880])
        window.app_id_edit.setText(APP_ID)
        window.certificate_edit.setText(CERTIFICATE)

        window.show_tab(G007)
        tab = window.generator_tab(G007)
        form = tab.select_kind("007/rtc_uid")
        form.fields["channel_name"].set_value("demo-channel")
        form.fields["uid"].set_value(2882341273)
        form.advanced.set_expanded(True)
        form.fields["issue_ts"].set_value(NOW)
        form.fields["salt"].set_value(12345678)
        result = form.generate()
        if result is None:
            raise SystemExit("the example form did not generate: " + str(form.problems))
        tab.output.inspect_button.click()
        verification = window.decoder_pane.verification()
        if verification is None or not verification.valid:
            raise SystemExit("the decoder pane did not verify the example token")
        settle(app)
        save(window, out / "generator.png")
        save(window.decoder_pane, out / "decoder.png")

        window.show_tab("Batch")
        batch = window.batch
        if batch is None:
            raise SystemExit("the batch tab is missing")
        batch.set_kind("007", "rtc_uid")
        batch.uids.setPlainText("1000-1004")
        batch.channels.setPlainText("room-a\nroom-b")
        finished = QEventLoop()
        batch.batch_finished.connect(finished.quit)
        QTimer.singleShot(20_000, finished.quit)
        if not batch.start():
            raise SystemExit("the batch did not start")
        finished.exec()
        settle(app)
        save(window, out / "batch.png")

        window.show_tab(G007)
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        settle(app)
        if window.palette().color(QPalette.ColorRole.Window).lightness() >= 128:
            app.setPalette(dark_palette())  # the platform theme did not follow the request
            print("note: the platform ignored the dark colour scheme; used a dark palette")
            settle(app)
        save(window, out / "dark.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
