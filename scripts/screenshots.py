"""Screenshots of the real window for the docs: python scripts/screenshots.py OUTPUT_FOLDER.

`make screenshots` runs this. Each picture is taken in a fresh process on a screen of its own
size: under Xvfb (``xvfb-run -s "-screen 0 WxHx24"``) when it is installed, else on Qt's offscreen
platform with the same screen size. The window fills the screen's available area, as a maximised
window does, with a throw-away settings file and the documentation's example App ID and
certificate at a pinned time and salt, so the same PNGs come out until the window changes:

- window-1366x768-light.png / -dark.png, window-1280x720-light.png / -dark.png: a 007 token
  generated and verified in the decoder pane;
- window-1280x720-2x.png: the same at 200 % scaling (a 2560x1440 screen, QT_SCALE_FACTOR=2);
- first-start-1366x768.png: the first start, nothing typed yet;
- diagnose-006-1280x720.png: a 006 token in the decoder with the Diagnose tab open;
- batch-1366x768.png: a small batch run;
- expired-privilege-1366x768.png: a log line pasted into the decoder, holding a 007 token whose
  publishing privileges lapsed while joining still works (issue #9: the effective expiry);
- compare-1366x768.png: Compare with uid 999 vs 1234, issued a second apart, one with a newline;
- whiteboard-1366x768.png: a whiteboard Room token generated, decoded and verified with its SK;
- stream-key-1366x768.png, convoai-1366x768.png, rest-1366x768.png, encryption-1366x768.png:
  the other pages of issue #11, filled in.

Dark and light use the app's own switch (View > Colour scheme), so the pictures show what a
desktop without a platform theme shows.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

APP_ID = "970CA35de60c44645bbae8a215061b33"
CERTIFICATE = "5CFd2fd1755d40ecb72977518be15d3b"
NOW = 1_795_892_400  # 2026-11-28 19:00:00 UTC


@dataclass(frozen=True)
class Shot:
    name: str
    width: int  # screen size in device pixels
    height: int
    scale: int
    scheme: str
    scene: str
    language: str = "en"  # "zh_CN": the window in Simplified Chinese (View > Language)


SHOTS = (
    Shot("window-1366x768-light", 1366, 768, 1, "light", "generated"),
    Shot("window-1366x768-dark", 1366, 768, 1, "dark", "generated"),
    Shot("window-1280x720-light", 1280, 720, 1, "light", "generated"),
    Shot("window-1280x720-dark", 1280, 720, 1, "dark", "generated"),
    Shot("window-1280x720-2x", 2560, 1440, 2, "light", "generated"),
    Shot("first-start-1366x768", 1366, 768, 1, "light", "first-start"),
    Shot("diagnose-006-1280x720", 1280, 720, 1, "light", "diagnose-006"),
    Shot("batch-1366x768", 1366, 768, 1, "light", "batch"),
    Shot("whiteboard-1366x768", 1366, 768, 1, "light", "whiteboard"),
    Shot("stream-key-1366x768", 1366, 768, 1, "light", "stream-key"),
    Shot("convoai-1366x768", 1366, 768, 1, "light", "convoai"),
    Shot("rest-1366x768", 1366, 768, 1, "light", "rest"),
    Shot("encryption-1366x768", 1366, 768, 1, "dark", "encryption"),
    Shot("zh-generator-1366x768", 1366, 768, 1, "light", "generated", "zh_CN"),
    Shot("zh-diagnose-006-1366x768", 1366, 768, 1, "light", "diagnose-006", "zh_CN"),
    Shot("zh-batch-1366x768", 1366, 768, 1, "light", "batch", "zh_CN"),
    Shot("expired-privilege-1366x768", 1366, 768, 1, "light", "expired-privilege"),
    Shot("compare-1366x768", 1366, 768, 1, "light", "compare"),
)
WHITEBOARD_AK = "WBak3nXcB8Yq0LtV2rQm"
WHITEBOARD_SK = "WBsk7Hs9LpQ2vX4cZ1mN8bR5tY0uIo3e"


def run_all(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("note: xvfb-run not found; using Qt's offscreen platform with the same screen sizes")
    failed = 0
    for shot in SHOTS:
        env = dict(os.environ, QT_SCALE_FACTOR=str(shot.scale), TZ=os.environ.get("TZ", "UTC"))
        env.pop("QT_QPA_PLATFORM", None)
        command = [sys.executable, str(Path(__file__).resolve()), "--shot", shot.name, str(out)]
        with tempfile.TemporaryDirectory(prefix="agora-screenshot-") as folder:
            env["XDG_CONFIG_HOME"] = folder
            if xvfb is not None:
                screen = f"-screen 0 {shot.width}x{shot.height}x24"
                command = [xvfb, "-a", "-s", screen, *command]
            else:
                config = Path(folder) / "screen.json"
                config.write_text(
                    json.dumps(
                        {
                            "screens": [
                                {
                                    "name": "s",
                                    "x": 0,
                                    "y": 0,
                                    "width": shot.width,
                                    "height": shot.height,
                                }
                            ]
                        }
                    ),
                    encoding="utf-8",
                )
                env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
            done = subprocess.run(command, env=env, cwd=ROOT, check=False, timeout=180)
        failed += done.returncode != 0
    return 1 if failed else 0


def shoot(name: str, out: Path) -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from agora_token_gui.core.build import build
    from agora_token_gui.core.catalog import G007
    from agora_token_gui.ui.app import create_application
    from agora_token_gui.ui.main_window import MainWindow
    from agora_token_gui.ui.profiles import Keychain
    from agora_token_gui.ui.settings import Settings

    shot = next(s for s in SHOTS if s.name == name)
    app = create_application(["agora-token-gui-screenshots"])

    def settle(milliseconds: int = 200) -> None:
        """Let layouts, paints and queued signals finish."""
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()
        app.processEvents()

    def save(widget: QWidget) -> None:
        path = out / f"{shot.name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path}")

    folder = Path(os.environ.get("XDG_CONFIG_HOME", tempfile.mkdtemp()))
    store = QSettings(str(folder / "screenshots.ini"), QSettings.Format.IniFormat)
    # Pinned time and salts (as the tests pin them): the same PNGs on every run.
    pinned = functools.partial(build, now=NOW, randint=lambda low, high: low)
    window = MainWindow(
        settings=Settings(store), keychain=Keychain(backend=None), build=pinned, now=lambda: NOW
    )
    window.set_colour_scheme(shot.scheme)
    if shot.language != "en":
        window.set_language(shot.language)
    window.show()
    screen = window.screen()
    window.setGeometry(screen.availableGeometry())  # as a maximised window
    settle()
    if shot.scene == "first-start":
        settle()
        save(window)
        window.close()
        return 0

    window.app_id_edit.setText(APP_ID)
    window.certificate_edit.setText(CERTIFICATE)
    if shot.scene in KEY_SCENES:
        KEY_SCENES[shot.scene](window)
        settle()
        save(window)
        window.close()
        return 0
    window.show_page(G007)
    tab = window.generator_tab(G007)
    form = tab.select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("demo-channel")
    form.fields["uid"].set_value(2882341273)
    form.fields["issue_ts"].set_value(NOW)
    form.fields["salt"].set_value(12345678)
    result = form.generate()
    if result is None:
        raise SystemExit("the example form did not generate: " + str(form.problems))
    tab.output.inspect_button.click()
    verification = window.decoder_pane.verification()
    if verification is None or not verification.valid:
        raise SystemExit("the decoder pane did not verify the example token")

    if shot.scene == "diagnose-006":
        token = pinned(
            {
                "format": "006",
                "builder": "rtc_uid",
                "app_id": APP_ID,
                "app_certificate": CERTIFICATE,
                "channel_name": "demo-channel",
                "uid": 2882341273,
                "role": 1,
                "privilege_expired_ts": NOW - 600,
            }
        ).token
        window.decoder_pane.set_token(token)
        window.decoder_pane.channel_name.setText("demo-channel")
        window.decoder_pane.uid.setText("2882341273")
        window.decoder_pane.details.setCurrentIndex(1)
    elif shot.scene in ("expired-privilege", "compare"):
        _truth(window, pinned, shot.scene)
    elif shot.scene == "batch":
        window.show_page("Batch")
        batch = window.batch
        if batch is None:
            raise SystemExit("the batch page is missing")
        batch.set_kind("007", "rtc_uid")
        batch.uids.setPlainText("1000-1004")
        batch.channels.setPlainText("room-a\nroom-b")
        finished = QEventLoop()
        batch.batch_finished.connect(finished.quit)
        QTimer.singleShot(20_000, finished.quit)
        if not batch.start():
            raise SystemExit("the batch did not start")
        finished.exec()
    settle()
    save(window)
    window.close()
    del window
    QApplication.processEvents()
    return 0


def _truth(window: Any, pinned: Callable[..., Any], scene: str) -> None:
    """Issue #9: a token found in a log line with a lapsed privilege, or two tokens compared."""
    base = {"format": "007", "app_id": APP_ID, "app_certificate": CERTIFICATE}
    pane = window.decoder_pane
    if scene == "expired-privilege":
        token = pinned(
            {
                **base,
                "builder": "rtc_uid_privileges",
                "channel_name": "demo-channel",
                "uid": 2882341273,
                "issue_ts": NOW - 1200,
                "token_expire": 7200,
                "join_channel_privilege_expire": 7200,
                "pub_audio_privilege_expire": 600,
                "pub_video_privilege_expire": 600,
                "pub_data_stream_privilege_expire": 600,
            }
        ).token
        pane.set_token(f"2026-11-28 19:00:00 WARN rtc publish failed token={token} code=109")
        pane.channel_name.setText("demo-channel")
        pane.uid.setText("2882341273")
        return
    rtc = {**base, "builder": "rtc_uid", "channel_name": "demo-channel", "role": 1}
    rtc |= {"token_expire": 3600, "privilege_expire": 3600}
    works = pinned({**rtc, "uid": 999, "issue_ts": NOW - 60}).token
    fails = pinned({**rtc, "uid": 1234, "issue_ts": NOW - 59, "salt": 4242}).token
    pane.details.setCurrentIndex(2)
    pane.compare.set_tokens(works, fails + "\n")


# --- the pages of issue #11 (ui/keys_pages.py) ---------------------------------------------------


def _whiteboard(window: Any) -> None:
    from agora_token_gui.ui.keys_pages import WhiteboardPage

    window.show_page("Whiteboard")
    page = window.page("Whiteboard")
    assert isinstance(page, WhiteboardPage)
    page.access_key.setText(WHITEBOARD_AK)
    page.secret_key.setText(WHITEBOARD_SK)
    form = page.generator.select_kind("whiteboard/room")
    form.fields["uuid"].set_value("a9b4b2c0a0f111eb8b4f0f2d5e1c7a3b")
    form.fields["role"].set_value(1)
    form.fields["lifespan"].set_value(3_600_000)
    if form.generate() is None:
        raise SystemExit("the whiteboard form did not generate: " + str(form.problems))
    page.generator.output.inspect_button.click()
    pane = window.decoder_pane
    pane.certificate.setText(WHITEBOARD_SK)
    pane.certificate.textEdited.emit(WHITEBOARD_SK)
    verification = pane.verification()
    if verification is None or not verification.valid:
        raise SystemExit("the decoder pane did not verify the whiteboard token")


def _stream_key(window: Any) -> None:
    from agora_token_gui.ui.keys_pages import StreamKeyPage

    window.show_page("Stream key for OBS")
    page = window.page("Stream key for OBS")
    assert isinstance(page, StreamKeyPage)
    form = page.generator.current_form()
    form.fields["channel_name"].set_value("concert")
    form.fields["uid"].set_value("1001")
    if form.generate() is None:
        raise SystemExit("the stream key form did not generate: " + str(form.problems))
    page.domain.setText("live.example.com")
    page.port.setText("10080")
    window.pages["Stream key for OBS"].ensureWidgetVisible(page.srt_url)  # the URLs for OBS


def _convoai(window: Any) -> None:
    from agora_token_gui.ui.keys_pages import ConvoAIPage

    window.show_page("ConvoAI agent")
    page = window.page("ConvoAI agent")
    assert isinstance(page, ConvoAIPage)
    page.channel.setText("support")
    page.agent_uid.setText("1001")
    if page.generate() is None:
        raise SystemExit("the ConvoAI page did not generate")
    page.join_body.setPlainText(
        '{"name": "agent-1", "properties": {"channel": "support", "agent_rtc_uid": "1001",\n'
        ' "remote_rtc_uids": ["*"], "idle_timeout": 120}}'
    )
    page.check_join()


def _rest(window: Any) -> None:
    from agora_token_gui.ui.keys_pages import RestCredentialsPage

    window.show_page("REST credentials")
    page = window.page("REST credentials")
    assert isinstance(page, RestCredentialsPage)
    page.customer_id.setText("demo")
    page.customer_secret.setText("p@55w0rd")  # the example of Agora's REST docs


def _encryption(window: Any) -> None:
    from agora_token_gui.ui.keys_pages import EncryptionKeyPage

    window.show_page("Encryption key")
    page = window.page("Encryption key")
    assert isinstance(page, EncryptionKeyPage)
    page.random_bytes = lambda n: bytes(range(n))  # pinned, as the other pictures' salts
    page.generate()


KEY_SCENES: dict[str, Callable[[Any], None]] = {
    "whiteboard": _whiteboard,
    "stream-key": _stream_key,
    "convoai": _convoai,
    "rest": _rest,
    "encryption": _encryption,
}


def main(argv: list[str]) -> int:
    if len(argv) >= 4 and argv[1] == "--shot":
        return shoot(argv[2], Path(argv[3]))
    return run_all(Path(argv[1] if len(argv) > 1 else "docs/screenshots"))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
