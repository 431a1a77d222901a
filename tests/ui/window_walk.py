"""Walk the real window through every state and report what lies outside the screen.

Run in a subprocess whose offscreen screen has the size under test (see test_window_fit.py):
``python -m tests.ui.window_walk MODE FOLDER``. Prints one JSON object: the screen, the states
walked and every problem found, as sentences. Modes: ``walk`` (everything below; ``walk-zh_CN``
the same in Simplified Chinese), ``restore`` (a
size and place remembered on a bigger screen come back inside this one), ``navigation`` (the
sidebar with the pages other issues will add shows every row without scrolling). A state is
checked for:

- the window's frame inside the screen's available geometry;
- every visible widget that is not inside a scroll area's viewport inside the screen (inside a
  scroll area it can be scrolled to, so only the scroll area itself is checked);
- every visible button and one-line label at least as large as its minimum size hint, and
  every wrapped label as tall as its text needs, so no text is cut (inside scroll areas too);
- no two visible widgets placed by the same layout overlapping;
- the sidebar showing all its rows without a scroll bar;
- the current page fitting the width beside the decoder (it may scroll down, not sideways).

Every page the window registers is walked, so pages added later are covered without a change
here; generator pages are walked with each of their key kinds.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QThread
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLayout,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # pragma: no cover - run as a script
    sys.path.insert(0, str(ROOT))

from agora_token_gui.ui.app import create_application  # noqa: E402
from agora_token_gui.ui.batch_tab import BatchTab  # noqa: E402
from agora_token_gui.ui.dialogs import AboutDialog, ShortcutsDialog, shortcut_rows  # noqa: E402
from agora_token_gui.ui.i18n import current_language  # noqa: E402
from agora_token_gui.ui.main_window import MainWindow  # noqa: E402
from agora_token_gui.ui.navigation import PRODUCTS, TOOLS  # noqa: E402
from agora_token_gui.ui.profiles import Keychain  # noqa: E402
from agora_token_gui.ui.settings import Settings  # noqa: E402
from tests.tokens import APP, CERT, T, make, rtc  # noqa: E402
from tests.ui.words import problems as untranslated_in  # noqa: E402


def _inside_scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    child = widget
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        child = item.widget()
        if child is not None:
            found.append(child)
        else:
            inner = item.layout()
            if inner is not None:
                found += _layout_widgets(inner)
    return found


def _overlapping_children(widget: QWidget) -> str:
    """Two visible widgets placed by the same layout whose rectangles intersect, or ""."""
    layout = widget.layout()
    if layout is None:
        return ""
    placed = [w for w in _layout_widgets(layout) if w.isVisible() and not w.geometry().isEmpty()]
    for index, first in enumerate(placed):
        for second in placed[index + 1 :]:
            if first.geometry().intersects(second.geometry()):
                return f"{_name(first)} and {_name(second)}"
    return ""


def _numbers(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _name(widget: QWidget) -> str:
    label = widget.accessibleName() or widget.objectName()
    text = getattr(widget, "text", None)
    if not label and callable(text):
        value = text()
        label = value if isinstance(value, str) else ""
    return f"{type(widget).__name__}({label!r})" if label else type(widget).__name__


def check(window: MainWindow, state: str, problems: list[str]) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    screen = window.screen()
    available = screen.availableGeometry()
    whole = screen.geometry()
    frame = window.frameGeometry()
    if not available.contains(frame):
        problems.append(
            f"{state}: the window frame {frame.getRect()} leaves the available area "
            f"{available.getRect()}"
        )
    off_screen = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        rect = _global_rect(widget)
        if rect.isEmpty():
            continue
        # Inside a scroll area a control may lie beyond the screen (it scrolls into view), but
        # it must still not be cut or overlapped.
        if not _inside_scroll_viewport(widget) and not whole.contains(rect):
            off_screen.append(f"{_name(widget)} at {rect.getRect()}")
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.text() and not widget.wordWrap()
        ):
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                problems.append(
                    f"{state}: {_name(widget)} is {widget.width()}x{widget.height()}, smaller "
                    f"than its text needs ({hint.width()}x{hint.height()})"
                )
        elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height():
                problems.append(
                    f"{state}: {_name(widget)} wraps to {needed} px but has {widget.height()}"
                )
        overlaps = _overlapping_children(widget)
        if overlaps:
            problems.append(f"{state}: in {_name(widget)}, {overlaps} overlap")
    if off_screen:
        more = f" and {len(off_screen) - 3} more" if len(off_screen) > 3 else ""
        problems.append(f"{state}: off screen: {'; '.join(off_screen[:3])}{more}")
    page = window.stack.currentWidget()
    if isinstance(page, QAbstractScrollArea) and page.horizontalScrollBar().maximum() > 0:
        problems.append(f"{state}: the page needs sideways scrolling at the default divider")
    bar = window.sidebar.verticalScrollBar()
    if bar.isVisible() or bar.maximum() > 0:
        problems.append(f"{state}: the sidebar needs a scroll bar to show its pages")


def walk_decoder(window: MainWindow, name: str, token: str, seen: Walk) -> None:
    pane = window.decoder_pane
    window.inspect_token(token)
    details: QTabWidget = pane.details
    for index in range(details.count()):
        if details.widget(index) is pane.compare:
            continue  # walked once, with two tokens
        details.setCurrentIndex(index)
        seen.look(f"{name} decoded, decoder tab {details.tabText(index)!r}")
    details.setCurrentIndex(0)


# The pages other issues are adding (#10, #11), for the navigation check until they exist.
PLANNED_PAGES = (
    (PRODUCTS, "Whiteboard"),
    (PRODUCTS, "Stream key for OBS"),
    (PRODUCTS, "ConvoAI agent"),
    (PRODUCTS, "REST credentials"),
    (PRODUCTS, "Encryption key"),
    (TOOLS, "Token server"),
)


def make_window(folder: Path) -> MainWindow:
    store = QSettings(str(folder / "walk.ini"), QSettings.Format.IniFormat)
    return MainWindow(settings=Settings(store), keychain=Keychain(backend=None), now=lambda: T)


def report(
    window: MainWindow, states: list[str], problems: list[str], words: list[str] | None = None
) -> None:
    screen = window.screen()
    print(
        json.dumps(
            {
                "screen": _numbers(screen.geometry()),
                "available": _numbers(screen.availableGeometry()),
                "ratio": screen.devicePixelRatio(),
                "frame": _numbers(window.frameGeometry()),
                "pages": window.page_titles(),
                "states": states,
                "problems": problems,
                "untranslated": words or [],
            }
        )
    )


def navigation(folder: Path) -> MainWindow:
    window = make_window(folder)
    for section, title in PLANNED_PAGES:
        if title not in window.page_titles():
            window.add_page(section, title, QLabel(f"{title} (placeholder)"))
    for number in range(1, 5):  # room for a few more pages still
        window.add_page(TOOLS, f"Spare page {number}", QLabel("placeholder"))
    window.show()
    problems: list[str] = []
    check(window, "sidebar with the planned pages", problems)
    report(window, ["sidebar with the planned pages"], problems)
    return window


def restore(folder: Path) -> MainWindow:
    window = make_window(folder)
    window.show()
    window.resize(1900, 1150)  # as if remembered on a 1920x1200 screen, placed low and right
    window.move(900, 700)
    window.save_settings()
    window.close()
    again = make_window(folder)
    again.show()
    problems: list[str] = []
    check(again, "remembered on a larger screen", problems)
    report(again, ["remembered on a larger screen"], problems)
    return again


def vector_tokens() -> dict[str, str]:
    """One official or reference-made token per format (tests/data: the vendored vectors)."""
    found: dict[str, str] = {}
    for name in ("vectors.json", "more-vectors.json"):
        data = json.loads((ROOT / "tests" / "data" / name).read_text("utf-8"))
        for vector in data["vectors"]:
            token = vector.get("expected_token")
            form = str(vector.get("format", ""))
            if isinstance(token, str) and token and form and form not in found:
                found[form] = token
    return found


class Walk:
    """The states walked, the layout problems and (in a translated language) untranslated words."""

    def __init__(self, window: MainWindow, language: str) -> None:
        self.window = window
        self.language = language
        self.states: list[str] = []
        self.problems: list[str] = []
        self.words: dict[str, str] = {}  # untranslated text -> the first state it was seen in

    def look(self, state: str, widget: QWidget | None = None) -> None:
        """Check the window (or a dialog) in ``state``."""
        if widget is None:
            check(self.window, state, self.problems)
        else:
            check_dialog(widget, state, self.problems)
        self.states.append(state)
        if self.language:
            for problem in untranslated_in(widget or self.window, items=True):
                self.words.setdefault(problem, state)

    def untranslated(self) -> list[str]:
        return [f"{state}: {problem}" for problem, state in self.words.items()]


def check_dialog(dialog: QWidget, state: str, problems: list[str]) -> None:
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    available = dialog.screen().availableGeometry()
    if not available.contains(dialog.frameGeometry()):
        problems.append(
            f"{state}: the dialog {dialog.frameGeometry().getRect()} leaves the available area "
            f"{available.getRect()}"
        )


def walk(folder: Path, language: str = "") -> MainWindow:
    window = make_window(folder)
    if language:
        window.set_language(language)
    window.show()
    spoken = current_language()  # the language the window started in (settings), or the one set
    seen = Walk(window, "" if spoken == "en" else spoken)
    seen.look("first start")
    window.app_id_edit.setText(APP)
    window.certificate_edit.setText(CERT)
    for title in window.page_titles():
        window.show_page(title)
        seen.look(f"page {title!r}")
        tab = window.generators.get(title)
        if tab is None:
            continue
        for kind in tab.kinds:
            form = tab.select_kind(kind.key)
            form.advanced.set_expanded(True)
            seen.look(f"page {title!r}, {kind.title}")
    walk_results(window, seen)
    token_006 = make(
        {
            "format": "006",
            "builder": "privileges",
            "channel_name": "demo",
            "uid": "123",
            "privileges": {"1": T + 3600, "2": T + 3600, "3": T + 3600, "4": T + 3600},
            "ts": T + 86_400,
        }
    )
    walk_decoder(window, "007", rtc(), seen)
    walk_decoder(window, "006", token_006, seen)
    for format_, token in vector_tokens().items():
        walk_decoder(window, f"vector {format_}", token, seen)
    pasted = {
        "a link with a token": f"https://example.com/join?channel=demo&token={rtc()}&x=1",
        "two tokens": f"{rtc()}\n{rtc(salt=2, uid=7)}",
        "an expired token": rtc(token_expire=60, privilege_expire=60, issue_ts=T - 7200),
        "a cut token": rtc()[:-12],
        "text without a token": "the customer says it does not work",
    }
    for name, text in pasted.items():
        walk_decoder(window, name, text, seen)
    compare = window.decoder_pane.compare
    compare.set_tokens(rtc(), rtc(salt=2, uid=7, role=2))
    window.decoder_pane.details.setCurrentWidget(compare)
    seen.look("two tokens compared")
    window.decoder_pane.details.setCurrentIndex(0)
    window.toggle_decoder_action.setChecked(False)
    seen.look("decoder hidden")
    window.toggle_decoder_action.setChecked(True)
    seen.look("decoder shown again")
    walk_dialogs(window, seen)
    report(window, seen.states, seen.problems, seen.untranslated())
    return window


def walk_results(window: MainWindow, seen: Walk) -> None:
    """A generated token, the batch built from the form, and the history they leave."""
    title = window.page_titles()[0]
    window.show_page(title)
    tab = window.generators[title]
    form = tab.select_kind("007/rtc_uid")
    form.fields["channel_name"].set_value("demo")
    form.fields["uid"].set_value(42)
    if form.generate() is None:
        seen.problems.append("generated: the 007 form did not build a token")
    seen.look("generated a 007 token")
    batches = [n for n in window.page_titles() if isinstance(window.page(n), BatchTab)]
    if not batches:
        seen.problems.append("batch: no batch page found")
        return
    window.show_page(batches[0])
    batch = window.page(batches[0])
    assert isinstance(batch, BatchTab)
    batch.follow_form()
    batch.uids.setPlainText("1\n2\n4294967296")
    batch.channels.setPlainText("demo")
    seen.look("batch following the form")
    if batch.start():
        app = QApplication.instance()
        assert app is not None
        for _ in range(2000):
            if not batch.is_running():
                break
            app.processEvents()
            QThread.msleep(5)
    seen.look("batch run with a bad row")
    for name in window.page_titles():
        if window.page(name) is window.history:
            window.show_page(name)
            seen.look("history with an entry")


def walk_dialogs(window: MainWindow, seen: Walk) -> None:
    about = AboutDialog(window)
    about.show()
    seen.look("About dialog", about)
    about.close()
    shortcuts = ShortcutsDialog(shortcut_rows(window.shortcut_actions()), window)
    shortcuts.show()
    seen.look("Shortcuts dialog", shortcuts)
    shortcuts.close()


def main(argv: list[str]) -> int:
    app = create_application(["window-walk"])
    mode = argv[1] if len(argv) > 1 else "walk"
    folder = Path(argv[2]) if len(argv) > 2 else Path.cwd()
    modes = {
        "walk": walk,
        "walk-zh_CN": lambda folder: walk(folder, "zh_CN"),
        "restore": restore,
        "navigation": navigation,
    }
    window = modes[mode](folder)
    window.close()
    del window
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
