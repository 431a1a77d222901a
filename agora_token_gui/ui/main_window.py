"""The main window: a sidebar of pages, shared credentials and profiles, the decoder pane.

Adding a page (for other parts of the app): one line in ``MainWindow._register_pages``::

    self.add_page(PRODUCTS, "Whiteboard", self._create_whiteboard_page,
                  "Interactive Whiteboard (Netless) SDK, room and task tokens")

where ``_create_whiteboard_page`` imports its module and returns the page widget.

``add_page(section, title, page, tooltip)`` takes a section heading of the sidebar (``TOKENS``,
``LEGACY``, ``PRODUCTS``, ``TOOLS`` from ``ui.navigation``, or a new one), the title shown in the
sidebar (plain words; it is also the page's key for ``show_page``/``page`` and the saved "last
page"), the page (a QWidget, or a zero-argument callable that builds it the first time the page
is shown: keep start-up fast), and a tooltip with the full name. Title and tooltip are English
keys that the sidebar shows translated: write them as ``QT_TRANSLATE_NOOP("Pages", "…")`` (from
``ui.i18n``) so that ``make translations-update`` finds them. Every page sits in a scroll area,
so a tall page scrolls inside the window instead of growing it beyond the screen; the window-fit
tests (tests/ui/test_window_fit.py) walk every registered page at 1366x768, 1280x720 and 2x.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.ui.i18n import (
    LANGUAGES,
    NATIVE_NAMES,
    QT_TRANSLATE_NOOP,
    install_language,
    localise,
    message_of,
    missing_font,
    retranslatable,
    retranslate,
)
from agora_token_gui.ui.profiles import Keychain, KeychainUnavailable, Profiles
from agora_token_gui.ui.resources import app_icon
from agora_token_gui.ui.settings import Settings
from agora_token_gui.ui.widgets import MessageLabel, set_enum_property

if TYPE_CHECKING:  # imported for real by complete(), after the first frame
    from PySide6.QtGui import QCloseEvent

    from agora_token_gui.core.build import BuildResult
    from agora_token_gui.core.catalog import KeyKind
    from agora_token_gui.ui.batch_tab import BatchTab
    from agora_token_gui.ui.decoder_pane import DecoderPane
    from agora_token_gui.ui.form import GeneratorTab
    from agora_token_gui.ui.history_tab import HistoryTab
    from agora_token_gui.ui.navigation import Sidebar
    from agora_token_gui.ui.output_panel import OutputPanel
    from agora_token_gui.ui.theme import SchemeSwitch

Clock = Callable[[], int]
Build = Callable[[Mapping[str, object]], "BuildResult"]
BATCH_TAB = QT_TRANSLATE_NOOP("Pages", "Batch")
HISTORY_TAB = QT_TRANSLATE_NOOP("Pages", "History")
SERVE_TAB = QT_TRANSLATE_NOOP("Pages", "Token server")
NO_PROFILE = "(no profile)"
STATUS_TIMEOUT_MS = 6000
# The size a first start asks for; never more than the screen's available area (fit_to_screen).
DEFAULT_SIZE = (1400, 860)
# Room for a window manager's frame while it is not known yet (before the window is shown).
FRAME_ALLOWANCE = (16, 40)
# The sidebar section of each catalogue group (a group not listed goes under "More products";
# the names are navigation.TOKENS and navigation.LEGACY).
GROUP_SECTIONS: dict[str, str] = {
    "AccessToken2 (007)": "Tokens",
    "AccessToken (006)": "Tokens",
    "DynamicKey5": "Legacy keys",
    "DynamicKey4": "Legacy keys",
    "DynamicKey 3 / 2 / 1": "Legacy keys",
    "Signaling": "Legacy keys",
}
# Catalogue group names that are words rather than Agora's identifiers: shown translated.
_TRANSLATED_GROUPS = (
    QT_TRANSLATE_NOOP("Pages", "Signaling"),
    QT_TRANSLATE_NOOP("Pages", "Interactive Whiteboard"),
    QT_TRANSLATE_NOOP("Pages", "Media Gateway"),
)


def _system_clock() -> int:
    return int(time.time())


def _default_build(data: Mapping[str, object]) -> BuildResult:
    from agora_token_gui.core.build import build

    return build(data)


def _group_tooltip(group: str) -> str:
    """The sidebar tooltip of a catalogue group: what its pages make (in the current language)."""
    from agora_token_gui.core.catalog import KINDS

    titles = [localise(k.title) for k in KINDS if k.group == group]
    return QCoreApplication.translate("Pages", "{group}: {kinds}").format(
        group=group, kinds=QCoreApplication.translate("Pages", ", ").join(titles)
    )


def _page_text(key: str) -> str:
    """A sidebar title, tooltip or heading in the current language (keys are English)."""
    if key.startswith(_GROUP_TOOLTIP):
        return _group_tooltip(key[len(_GROUP_TOOLTIP) :])
    return QCoreApplication.translate("Pages", key)


_GROUP_TOOLTIP = "group-tooltip:"


class _LazyPage(QScrollArea):
    """A page whose content is built the first time it is shown, in a scroll area.

    The scroll area is what keeps the window inside the screen whatever a page holds: a page
    taller or wider than the room left for it scrolls instead of raising the window's minimum
    size (a stacked widget is as large as its largest page, shown or not).
    """

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.content: QWidget | None = None
        self.setWidgetResizable(True)
        set_enum_property(self, "frameShape", "NoFrame")

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self._factory()
            self.setWidget(self.content)
        return self.content


class MainWindow(QMainWindow):
    """Sidebar, credentials at the top, the current page beside the decoder pane, status bar."""

    decoder_pane: DecoderPane

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        keychain: Keychain | None = None,
        build: Build = _default_build,
        now: Clock | None = None,
        deferred: bool = False,
    ) -> None:
        """Build the window; with ``deferred`` only its frame, and ``complete()`` does the rest.

        ``main()`` defers so that the window is on screen before the catalogue, the forms and
        the decoder pane are imported and built (in the first turn of the event loop).
        """
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.profiles = Profiles(self.settings, keychain if keychain is not None else Keychain())
        self._build = build
        self._now = now or _system_clock
        self._session_certificates: dict[str, str] = {}  # memory only, for this session
        self._forgotten = False
        self._last_output: OutputPanel | None = None
        self.generators: dict[str, GeneratorTab] = {}
        self._last_generator: GeneratorTab | None = None  # what the batch grid follows
        self.batch: BatchTab | None = None
        self._history: HistoryTab | None = None
        # Tokens generated before the History tab was first shown, with their creation times.
        self._unlisted: list[tuple[BuildResult, int]] = []
        self.pages: dict[str, _LazyPage] = {}
        self.ready = False
        self._pending_profile = ""
        self._settings_problems_shown = 0
        self._schemes: SchemeSwitch | None = None  # made on the first switch away from "system"
        self._language = "system"
        # Credentials the user typed in: their errors show from then on (or after Generate).
        self._touched_credentials: set[str] = set()
        self.setWindowTitle("Agora Token GUI")

        self._create_credentials()
        # The sidebar is made with the pages, after the first frame (its Qt classes cost ~10 ms
        # of start-up): see the ``sidebar`` property.
        self._sidebar: Sidebar | None = None
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName("Page")
        # Horizontal by default. The keyword matters: QSplitter(self) makes PySide6 weigh the
        # (Qt.Orientation, parent) overload, which loads the whole Qt namespace (~40 ms).
        self.splitter = QSplitter(parent=self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(QWidget(self.splitter))  # the decoder pane's place
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        central = QWidget(self)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.credentials_box)
        right.addWidget(self.splitter, 1)
        layout = QHBoxLayout(central)
        layout.addLayout(right, 1)
        self._central_layout = layout
        self.setCentralWidget(central)
        self._create_actions()
        self._create_menus()
        self._restore_window()
        if not deferred:
            self.complete()

    def complete(self) -> None:
        """Build the pages and the decoder pane (once); ``main()`` calls it after one frame."""
        if self.ready:
            return
        icon = app_icon()  # PNG files: read after the first frame
        QGuiApplication.setWindowIcon(icon)
        self.setWindowIcon(icon)
        from agora_token_gui.ui.decoder_pane import DecoderPane

        self._register_pages()

        self.decoder_pane = DecoderPane(self, now=self._now)
        retranslatable(
            self.decoder_pane, lambda: self.decoder_pane.setAccessibleName(self.tr("Decoder"))
        )
        self.decoder_pane.status_message.connect(self.show_status)
        placeholder = self.splitter.replaceWidget(1, self.decoder_pane)
        if placeholder is not None:
            placeholder.deleteLater()
        self.decoder_pane.setVisible(self.toggle_decoder_action.isChecked())
        # Minimums that keep both sides usable while dragging the divider (the pages scroll
        # below theirs); hiding the decoder is a click away, at the right of the status bar.
        self.decoder_pane.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.stack.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.decoder_button = QToolButton(self)
        self.decoder_button.setDefaultAction(self.toggle_decoder_action)
        self.decoder_button.setAutoRaise(True)
        retranslatable(
            self.decoder_button,
            lambda: self.decoder_button.setToolTip(
                self.tr("Show or hide the decoder pane (Ctrl+Shift+D)")
            ),
        )
        self.statusBar().addPermanentWidget(self.decoder_button)

        titles = self.sidebar.titles()
        last = self.settings.last_tab
        self.sidebar.page_selected.connect(self._on_sidebar_page_selected)
        self._reload_profiles("")
        last_profile = self.settings.last_profile
        if last_profile in self.profiles.names():
            self.select_profile(last_profile)  # its certificate: just below, once ready
        self.ready = True
        if self._pending_profile and self._pending_profile == self.current_profile():
            self._apply_profile(self._pending_profile)
        self._pending_profile = ""
        if titles:
            self.sidebar.select(last if last in titles else titles[0])
        # Where the credentials come from, in the rows their messages use (so nothing moves
        # when a message replaces the hint).
        retranslatable(self.app_id_message, self._retranslate_credential_hints)
        self._on_credentials_changed()
        self.fit_to_screen()  # the frame is known now
        self.focus_first_input()
        self.statusBar().showMessage(self.tr("Ready"), STATUS_TIMEOUT_MS)
        self._settings_problems_shown = 0  # said now, after "Ready"
        self._report_settings_problems()

    # --- construction -------------------------------------------------------------------------

    def _create_credentials(self) -> None:
        box = QWidget(self)
        self.credentials_box = box
        self.profile_combo = QComboBox(box)
        self.profile_combo.setAccessibleName("Profile")
        self.profile_combo.setMinimumContentsLength(16)
        # Text set afterwards (and QAction(text=..., parent=...) below): given text and parent,
        # PySide6 weighs the (QIcon, text, parent) overloads and creates the QIcon and QPixmap
        # classes (~1.5 ms) before the first frame, which shows no icon.
        self.save_profile_button = QPushButton(box)
        self.save_profile_button.setText("Save profile…")
        self.save_profile_button.setAccessibleName("Save profile")
        self.delete_profile_button = QPushButton(box)
        self.delete_profile_button.setText("Delete profile")
        self.delete_profile_button.setAccessibleName("Delete profile")
        self.remember_certificate_check = QCheckBox("Remember certificate in system keychain", box)
        self.remember_certificate_check.setAccessibleName("Remember certificate in system keychain")
        self.app_id_edit = QLineEdit(box)
        self.app_id_edit.setAccessibleName("App ID")
        self.app_id_edit.setPlaceholderText("32 hexadecimal characters")
        self.certificate_edit = QLineEdit(box)
        self.certificate_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.certificate_edit.setAccessibleName("App Certificate")
        self.certificate_edit.setPlaceholderText("32 hexadecimal characters; never saved to disk")
        self.show_certificate_button = QToolButton(box)
        self.show_certificate_button.setText("Show")
        self.show_certificate_button.setCheckable(True)
        self.show_certificate_button.setAccessibleName("Show certificate")
        self.show_certificate_button.setToolTip("Show or hide the App Certificate")
        self.app_id_message = MessageLabel(box)
        self.certificate_message = MessageLabel(box)
        self.profile_message = MessageLabel(box)

        profile_label = QLabel("&Profile", box)
        profile_label.setBuddy(self.profile_combo)
        app_id_label = QLabel("App &ID", box)
        app_id_label.setBuddy(self.app_id_edit)
        certificate_label = QLabel("App Cer&tificate", box)
        certificate_label.setBuddy(self.certificate_edit)
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.certificate_edit, 1)
        certificate_row.addWidget(self.show_certificate_button)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(self.save_profile_button)
        profile_row.addWidget(self.delete_profile_button)
        profile_row.addWidget(self.remember_certificate_check)

        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(profile_label, 0, 0)
        grid.addLayout(profile_row, 0, 1, 1, 3)
        grid.addWidget(self.profile_message, 1, 1, 1, 3)
        grid.addWidget(app_id_label, 2, 0)
        grid.addWidget(self.app_id_edit, 2, 1)
        grid.addWidget(certificate_label, 2, 2)
        grid.addLayout(certificate_row, 2, 3)
        grid.addWidget(self.app_id_message, 3, 1)
        grid.addWidget(self.certificate_message, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        def retranslate_credentials() -> None:
            self.profile_combo.setAccessibleName(self.tr("Profile"))
            self.save_profile_button.setText(self.tr("Save profile…"))
            self.save_profile_button.setAccessibleName(self.tr("Save profile"))
            self.delete_profile_button.setText(self.tr("Delete profile"))
            self.delete_profile_button.setAccessibleName(self.tr("Delete profile"))
            remember = self.tr("Remember certificate in system keychain")
            self.remember_certificate_check.setText(remember)
            self.remember_certificate_check.setAccessibleName(remember)
            self.app_id_edit.setAccessibleName(self.tr("App ID"))
            self.app_id_edit.setPlaceholderText(self.tr("32 hexadecimal characters"))
            self.certificate_edit.setAccessibleName(self.tr("App Certificate"))
            self.certificate_edit.setPlaceholderText(
                self.tr("32 hexadecimal characters; never saved to disk")
            )
            self.show_certificate_button.setToolTip(self.tr("Show or hide the App Certificate"))
            self._on_show_certificate_button_toggled(self.show_certificate_button.isChecked())
            profile_label.setText(self.tr("&Profile"))
            app_id_label.setText(self.tr("App &ID"))
            certificate_label.setText(self.tr("App Cer&tificate"))
            self.profile_combo.setItemText(0, self.tr("(no profile)"))

        retranslatable(box, retranslate_credentials)

        # The saved profiles are read in complete(): reading them imports json (~10 ms) and the
        # first frame needs only "(no profile)".
        self.profile_combo.addItem(NO_PROFILE, "")
        self.delete_profile_button.setEnabled(False)
        self.profile_combo.currentIndexChanged.connect(self._on_profile_combo_current_index_changed)
        self.save_profile_button.clicked.connect(self._on_save_profile_button_clicked)
        self.delete_profile_button.clicked.connect(self._on_delete_profile_button_clicked)
        self.app_id_edit.textChanged.connect(self._on_credentials_changed)
        self.certificate_edit.textChanged.connect(self._on_credentials_changed)
        self.app_id_edit.textEdited.connect(self._on_app_id_edit_text_edited)
        self.certificate_edit.textEdited.connect(self._on_certificate_edit_text_edited)
        self.show_certificate_button.toggled.connect(self._on_show_certificate_button_toggled)

    @property
    def sidebar(self) -> Sidebar:
        """The navigation list (made on first use, at the latest by ``complete()``)."""
        if self._sidebar is None:
            from agora_token_gui.ui.navigation import Sidebar

            sidebar = self._sidebar = Sidebar(self)
            self._central_layout.insertWidget(0, sidebar)
            retranslatable(sidebar, lambda: sidebar.retranslate(_page_text))
        return self._sidebar

    def _register_pages(self) -> None:
        """Every page of the sidebar, in order within each section: one ``add_page`` each."""
        from agora_token_gui.core.catalog import GROUPS
        from agora_token_gui.ui import keys_pages
        from agora_token_gui.ui.navigation import PRODUCTS, TOOLS

        for group in GROUPS:
            if group in keys_pages.OWN_GROUPS:  # pages of their own, below
                continue
            section = GROUP_SECTIONS.get(group, PRODUCTS)
            tooltip = _GROUP_TOOLTIP + group  # made in the current language by _page_text
            self.add_page(section, group, self._generator_factory(group), tooltip)
        keys_pages.register(self, PRODUCTS)
        self.add_page(
            TOOLS,
            BATCH_TAB,
            self._create_batch_tab,
            QT_TRANSLATE_NOOP("Pages", "Generate many tokens at once, as CSV"),
        )
        # Built when first shown, like the others: its table alone loads a bold font (the header
        # sizes its sections for highlighting), all for a page that starts empty.
        self.add_page(
            TOOLS,
            HISTORY_TAB,
            self._create_history_tab,
            QT_TRANSLATE_NOOP("Pages", "Tokens generated in this session"),
        )
        self.add_page(
            TOOLS,
            SERVE_TAB,
            self._create_serve_tab,
            QT_TRANSLATE_NOOP("Pages", "A local token server for test builds"),
        )

    def add_page(
        self,
        section: str,
        title: str,
        page: QWidget | Callable[[], QWidget],
        tooltip: str = "",
    ) -> None:
        """Add a page to the sidebar under ``section`` (see the module docstring).

        ``page`` is the widget, or a callable that builds it when the page is first shown.
        """
        factory: Callable[[], QWidget] = (lambda: page) if isinstance(page, QWidget) else page
        lazy = _LazyPage(factory, self.stack)
        self.pages[title] = lazy
        self.stack.addWidget(lazy)
        self.sidebar.add_entry(section, title, tooltip)
        self.sidebar.retranslate(_page_text)
        if isinstance(page, QWidget):
            lazy.ensure()

    def _generator_factory(self, group: str) -> Callable[[], QWidget]:
        def create() -> QWidget:
            from agora_token_gui.ui.form import GeneratorTab

            tab = GeneratorTab(
                group,
                credentials=self.credentials,
                build=self._build,
                now=self._now,
                settings=self.settings,
            )
            return self.attach_generator(group, tab)

        return create

    def attach_generator(self, group: str, tab: GeneratorTab) -> GeneratorTab:
        """Connect a group's generator (on a page of its own or not) to history and status."""
        self.generators[group] = tab
        tab.token_generated.connect(self._on_generator_token_generated)
        tab.validated.connect(self._on_generator_validated)
        tab.status_message.connect(self.show_status)
        tab.inspect_requested.connect(self.inspect_token)
        return tab

    @property
    def build_function(self) -> Build:
        """How the window's pages build tokens (injectable for tests)."""
        return self._build

    def clock(self) -> int:
        return self._now()

    @Slot(object)
    def record_token(self, result: BuildResult) -> None:
        """Add a token made outside a generator tab (a preset) to the history."""
        if self._history is None:
            self._unlisted.append((result, self._now()))
        else:
            self._history.add(result)
        self.show_status(
            self.tr("Token generated ({count} characters).").format(count=len(result.token))
        )

    def _create_batch_tab(self) -> QWidget:
        try:
            from agora_token_gui.ui.batch_tab import BatchTab
        except ImportError:
            return QLabel(self.tr("The batch tab is not available in this build."))
        tab = BatchTab(
            credentials=self.credentials, build=self._build, form_request=self._batch_form_request
        )
        tab.status_message.connect(self.show_status)
        self.batch = tab
        return tab

    def _batch_form_request(self) -> tuple[KeyKind, dict[str, object]] | None:
        """The generator form the batch grid follows: the last one shown (issue #9)."""
        tab = self._last_generator
        if tab is None:
            return None
        form = tab.current_form()
        return form.kind, form.request_data()

    def _create_serve_tab(self) -> QWidget:
        from agora_token_gui.ui.serve_tab import ServeTab

        tab = ServeTab(self.credentials)
        tab.status_message.connect(self.show_status)
        tab.inspect_requested.connect(self.inspect_token)
        return tab

    def _create_history_tab(self) -> QWidget:
        from agora_token_gui.ui.history_tab import HistoryTab

        tab = HistoryTab(now=self._now)
        tab.status_message.connect(self.show_status)
        tab.inspect_requested.connect(self.inspect_token)
        for result, created in self._unlisted:  # oldest first: each goes on top
            tab.add(result, created=created)
        self._unlisted.clear()
        self._history = tab
        return tab

    def _create_actions(self) -> None:
        # QAction(text=..., parent=...): see save_profile_button in _create_credentials.
        self.forget_action = QAction(text="&Forget saved data…", parent=self)
        self.quit_action = QAction(text="&Quit", parent=self)
        # setShortcuts([...]) rather than setShortcut(...): the latter's overloads make PySide6
        # load the whole Qt namespace (~40 ms) before the first frame.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.generate_action = QAction(text="&Generate token", parent=self)
        self.generate_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.copy_token_action = QAction(text="&Copy token", parent=self)
        self.copy_token_action.setShortcuts([QKeySequence("Ctrl+Shift+C")])
        self.copy_json_action = QAction(text="Copy as request &JSON (no certificate)", parent=self)
        self.copy_command_action = QAction(text="Copy as command &line", parent=self)
        self.copy_export_action = QAction(text="Copy as &export AGORA_TOKEN=…", parent=self)
        self.inspect_action = QAction(text="&Inspect token in decoder", parent=self)
        self.inspect_action.setShortcuts([QKeySequence("Ctrl+I")])
        self.toggle_decoder_action = QAction(text="&Decoder pane", parent=self)
        self.toggle_decoder_action.setCheckable(True)
        self.toggle_decoder_action.setChecked(True)
        self.toggle_decoder_action.setShortcuts([QKeySequence("Ctrl+Shift+D")])
        self.next_page_action = QAction(text="&Next page", parent=self)
        self.next_page_action.setShortcuts([QKeySequence("Ctrl+PgDown")])
        self.previous_page_action = QAction(text="&Previous page", parent=self)
        self.previous_page_action.setShortcuts([QKeySequence("Ctrl+PgUp")])
        self.scheme_actions: dict[str, QAction] = {}
        self.scheme_group = QActionGroup(self)
        for key, text in (("system", "Follow &system"), ("light", "&Light"), ("dark", "&Dark")):
            action = QAction(text=text, parent=self)
            action.setCheckable(True)
            action.setData(key)
            self.scheme_group.addAction(action)
            self.scheme_actions[key] = action
        self.scheme_actions["system"].setChecked(True)
        self.language_actions: dict[str, QAction] = {}
        self.language_group = QActionGroup(self)
        for key in LANGUAGES:
            action = QAction(text=NATIVE_NAMES.get(key, ""), parent=self)
            action.setCheckable(True)
            action.setData(key)
            self.language_group.addAction(action)
            self.language_actions[key] = action
        self.language_actions["system"].setChecked(True)
        system = self.language_actions["system"]
        retranslatable(system, lambda: system.setText(self.tr("&System language")))
        self.shortcuts_action = QAction(text="&Keyboard shortcuts", parent=self)
        self.shortcuts_action.setShortcuts([QKeySequence("F1")])
        self.about_action = QAction(text="&About Agora Token GUI", parent=self)
        for action in self.shortcut_actions():
            self.addAction(action)
        retranslatable(self, self._retranslate_actions)

        self.forget_action.triggered.connect(self._on_forget_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.generate_action.triggered.connect(self._on_generate_action_triggered)
        self.copy_token_action.triggered.connect(self._on_copy_token_action_triggered)
        self.copy_json_action.triggered.connect(self._on_copy_json_action_triggered)
        self.copy_command_action.triggered.connect(self._on_copy_command_action_triggered)
        self.copy_export_action.triggered.connect(self._on_copy_export_action_triggered)
        self.inspect_action.triggered.connect(self._on_inspect_action_triggered)
        self.toggle_decoder_action.toggled.connect(self._on_toggle_decoder_action_toggled)
        self.next_page_action.triggered.connect(self._on_next_page_action_triggered)
        self.previous_page_action.triggered.connect(self._on_previous_page_action_triggered)
        self.scheme_group.triggered.connect(self._on_scheme_group_triggered)
        self.language_group.triggered.connect(self._on_language_group_triggered)
        self.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def _retranslate_credential_hints(self) -> None:
        self.app_id_message.set_placeholder(
            self.tr("Agora Console → Projects: the App ID of your project.")
        )
        self.certificate_message.set_placeholder(
            self.tr("Same project → Configure: the Primary Certificate. Kept in memory only.")
        )

    def _retranslate_actions(self) -> None:
        self.forget_action.setText(self.tr("&Forget saved data…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.generate_action.setText(self.tr("&Generate token"))
        self.copy_token_action.setText(self.tr("&Copy token"))
        self.copy_json_action.setText(self.tr("Copy as request &JSON (no certificate)"))
        self.copy_command_action.setText(self.tr("Copy as command &line"))
        self.copy_export_action.setText(self.tr("Copy as &export AGORA_TOKEN=…"))
        self.inspect_action.setText(self.tr("&Inspect token in decoder"))
        self.toggle_decoder_action.setText(self.tr("&Decoder pane"))
        self.next_page_action.setText(self.tr("&Next page"))
        self.previous_page_action.setText(self.tr("&Previous page"))
        self.scheme_actions["system"].setText(self.tr("Follow &system"))
        self.scheme_actions["light"].setText(self.tr("&Light"))
        self.scheme_actions["dark"].setText(self.tr("&Dark"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Agora Token GUI"))
        self.stack.setAccessibleName(self.tr("Page"))
        self.setWindowTitle(self.tr("Agora Token GUI"))

    def shortcut_actions(self) -> tuple[QAction, ...]:
        return (
            self.generate_action,
            self.copy_token_action,
            self.inspect_action,
            self.toggle_decoder_action,
            self.next_page_action,
            self.previous_page_action,
            self.shortcuts_action,
            self.quit_action,
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.forget_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.generate_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_token_action)
        copy_as = QMenu("Copy &as", edit_menu)
        for action in (self.copy_json_action, self.copy_command_action, self.copy_export_action):
            copy_as.addAction(action)
        edit_menu.addMenu(copy_as)
        edit_menu.addAction(self.inspect_action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.toggle_decoder_action)
        view_menu.addAction(self.next_page_action)
        view_menu.addAction(self.previous_page_action)
        view_menu.addSeparator()
        scheme_menu = QMenu("&Colour scheme", view_menu)
        for action in self.scheme_actions.values():
            scheme_menu.addAction(action)
        view_menu.addMenu(scheme_menu)
        language_menu = QMenu(view_menu)

        def title_language_menu() -> None:
            # Also in English when translated: someone who cannot read the language finds it.
            title = self.tr("&Language")
            language_menu.setTitle(title if "Language" in title else f"{title} (Language)")

        retranslatable(language_menu, title_language_menu)
        for action in self.language_actions.values():
            language_menu.addAction(action)
        view_menu.addMenu(language_menu)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        def retranslate_menus() -> None:
            file_menu.setTitle(self.tr("&File"))
            edit_menu.setTitle(self.tr("&Edit"))
            copy_as.setTitle(self.tr("Copy &as"))
            view_menu.setTitle(self.tr("&View"))
            scheme_menu.setTitle(self.tr("&Colour scheme"))
            help_menu.setTitle(self.tr("&Help"))

        retranslatable(bar, retranslate_menus)

    # --- public API ---------------------------------------------------------------------------

    def credentials(self) -> tuple[str, str]:
        """The App ID and certificate every tab uses (surrounding spaces dropped)."""
        return self.app_id_edit.text().strip(), self.certificate_edit.text().strip()

    def generator_tab(self, group: str) -> GeneratorTab:
        """The generator tab of a catalogue group (built on first use)."""
        from agora_token_gui.ui.keys_pages import GROUP_PAGES

        self.pages[GROUP_PAGES.get(group, group)].ensure()
        return self.generators[group]

    def page(self, title: str) -> QWidget:
        """The content of a page (a group name, "Batch", "History", ...), built on first use."""
        return self.pages[title].ensure()

    def page_titles(self) -> list[str]:
        """Every page's title, in the sidebar's order."""
        return self.sidebar.titles()

    def current_page_title(self) -> str:
        return self.sidebar.current_title()

    @property
    def history(self) -> HistoryTab:
        """The History tab (built on first use, with every token generated until then)."""
        self.pages[HISTORY_TAB].ensure()
        assert self._history is not None
        return self._history

    def current_generator(self) -> GeneratorTab | None:
        page = self.stack.currentWidget()
        if isinstance(page, _LazyPage) and page.content is not None:
            content = page.content
            return next(
                (t for t in self.generators.values() if t is content or content.isAncestorOf(t)),
                None,
            )
        return None

    def show_page(self, title: str) -> None:
        """Show the page called ``title`` (building it if needed); unknown titles are ignored."""
        if title in self.pages:
            self.sidebar.select(title)
            self._on_sidebar_page_selected(title)

    show_tab = show_page  # the name used before the sidebar replaced the tabs

    def generate_current(self) -> BuildResult | None:
        tab = self.current_generator()
        return tab.generate() if tab is not None else None

    def active_output(self) -> OutputPanel | None:
        """The output panel of the current generator tab, else of the last one used."""
        tab = self.current_generator()
        if tab is not None and tab.output.result is not None:
            return tab.output
        return self._last_output

    def focus_first_input(self) -> None:
        """Focus what a person fills in first: the App ID, the certificate, else the form."""
        app_id, certificate = self.credentials()
        if not app_id:
            self.app_id_edit.setFocus()
        elif not certificate:
            self.certificate_edit.setFocus()
        else:
            tab = self.current_generator()
            form = tab.current_form() if tab is not None else None
            if form is not None and form.fields:
                next(iter(form.fields.values())).focus_widget().setFocus()

    @Slot(str)
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    @Slot(str)
    def inspect_token(self, token: str) -> None:
        """Open a token in the decoder pane (showing the pane if it was hidden)."""
        self.toggle_decoder_action.setChecked(True)
        self.decoder_pane.set_token(token)

    def set_colour_scheme(self, key: str) -> None:
        """Light, dark or "system": the platform's switch, else Fusion with our own palette."""
        from agora_token_gui.ui.theme import SchemeSwitch

        if self._schemes is None:
            self._schemes = SchemeSwitch()
        self._schemes.apply(key)
        action = self.scheme_actions.get(key)
        if action is not None:
            action.setChecked(True)

    def set_language(self, key: str) -> None:
        """Speak ``key`` ("system", "en", "zh_CN") from now on; what was typed stays.

        Qt's own widgets retranslate on the LanguageChange event Qt sends; ours here.
        """
        try:
            language = install_language(key)
        except FileNotFoundError as exc:
            self.show_status(
                self.tr("The translation file {path} is missing (run make translations).").format(
                    path=exc
                )
            )
            language = "en"
        action = self.language_actions.get(key)
        if action is not None:
            action.setChecked(True)
        self._language = key
        retranslate(self)
        if missing_font(language):
            # In English on purpose: without a font the translated sentence cannot be read.
            self.show_status(
                "No installed font can show Chinese text; install a CJK font (on Debian and "
                "Ubuntu: sudo apt install fonts-noto-cjk) and restart the app."
            )
            print(
                "agora-token-gui: no installed font covers Chinese; install fonts-noto-cjk",
                file=sys.stderr,
            )

    # --- profiles -----------------------------------------------------------------------------

    def current_profile(self) -> str:
        data = self.profile_combo.currentData()
        return data if isinstance(data, str) else ""

    def select_profile(self, name: str) -> None:
        index = self.profile_combo.findData(name)
        self.profile_combo.setCurrentIndex(max(index, 0))

    def save_profile(self, name: str) -> None:
        """Save the App ID under ``name``; the certificate too if "Remember…" is ticked."""
        name = name.strip()
        if not name:
            return
        app_id, certificate = self.credentials()
        remember = self.remember_certificate_check.isChecked() and bool(certificate)
        if certificate:
            self._session_certificates[name] = certificate
        try:
            self.profiles.save(name, app_id, certificate if remember else None)
        except KeychainUnavailable as exc:
            self.remember_certificate_check.setChecked(False)
            self.profile_message.set_lines([("warning", message_of(exc))])
            self.show_status(localise(message_of(exc)))
        else:
            self.profile_message.set_lines([])
            if remember:
                saved = self.tr(
                    "Profile {name} saved (App ID and its certificate in the keychain)."
                )
            else:
                saved = self.tr("Profile {name} saved (App ID).")
            self.show_status(saved.format(name=repr(name)))
        self._reload_profiles(name)

    def delete_profile(self, name: str) -> None:
        self._session_certificates.pop(name, None)
        try:
            self.profiles.delete(name)
        except KeychainUnavailable as exc:
            self.profile_message.set_lines([("warning", message_of(exc))])
        self._reload_profiles("")
        self.show_status(self.tr("Profile {name} deleted.").format(name=repr(name)))

    def _reload_profiles(self, select: str) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("(no profile)"), "")
        for name in self.profiles.names():
            self.profile_combo.addItem(name, name)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(select), 0))
        self.profile_combo.blockSignals(False)
        self.delete_profile_button.setEnabled(bool(self.current_profile()))

    def _apply_profile(self, name: str) -> None:
        self.delete_profile_button.setEnabled(bool(name))
        if not name:
            return
        self.app_id_edit.setText(self.profiles.app_id(name))
        certificate = self._session_certificates.get(name)
        remembered = self.profiles.certificate_remembered(name)
        if certificate is None and remembered and not self.ready:
            # The keychain (and importing keyring) can be slow: after the first frame.
            self._pending_profile = name
        elif certificate is None and remembered:
            try:
                certificate = self.profiles.certificate(name)
            except KeychainUnavailable as exc:
                self.profile_message.set_lines([("warning", message_of(exc))])
            else:
                self.profile_message.set_lines([])
        self.remember_certificate_check.setChecked(remembered)
        self.certificate_edit.setText(certificate or "")

    # --- forgetting -----------------------------------------------------------------------

    def forget_saved_data(self) -> None:
        """Delete every profile's keychain entry and all settings; nothing is saved on close."""
        failed = self.profiles.forget_all()
        self.settings.clear()
        self._forgotten = True
        # Certificates that came from profiles go too (the decoder's Diagnose copy follows).
        self._session_certificates.clear()
        self.certificate_edit.clear()
        self._reload_profiles("")
        if failed:
            self.show_status(
                self.tr(
                    "Settings forgotten; the keychain entries of {names} could not be deleted."
                ).format(names=", ".join(failed))
            )
        else:
            self.show_status(self.tr("Saved settings, profiles and keychain entries forgotten."))

    # --- settings -------------------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """Keep the window, frame included, inside its screen's available area.

        Larger than that area (a size remembered on a bigger screen, or the default on a small
        one): shrink to it; partly outside: move in. The window's own minimum size stays below
        every supported screen (1280x720 logical), which tests/ui/test_window_fit.py checks.
        """
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        inner = self.geometry()
        extra_w = frame.width() - inner.width()
        extra_h = frame.height() - inner.height()
        if not self.isVisible() or (extra_w <= 0 and extra_h <= 0 and not self.ready):
            extra_w, extra_h = max(extra_w, FRAME_ALLOWANCE[0]), max(extra_h, FRAME_ALLOWANCE[1])
        width = min(inner.width(), area.width() - extra_w)
        height = min(inner.height(), area.height() - extra_h)
        if (width, height) != (inner.width(), inner.height()):
            self.resize(width, height)
        left = min(max(frame.left(), area.left()), area.right() + 1 - (width + extra_w))
        top = min(max(frame.top(), area.top()), area.bottom() + 1 - (height + extra_h))
        if (left, top) != (frame.left(), frame.top()):
            self.move(max(left, area.left()), max(top, area.top()))

    def _restore_window(self) -> None:
        settings = self.settings
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
        else:
            screen = self.screen()
            width, height = DEFAULT_SIZE
            if screen is not None:
                area = screen.availableGeometry()
                width = min(width, area.width() - FRAME_ALLOWANCE[0])
                height = min(height, area.height() - FRAME_ALLOWANCE[1])
                self.move(
                    area.left() + (area.width() - width - FRAME_ALLOWANCE[0]) // 2,
                    area.top() + (area.height() - height - FRAME_ALLOWANCE[1]) // 2,
                )
            self.resize(width, height)
        self.fit_to_screen()
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        if not settings.splitter_state.isEmpty():
            self.splitter.restoreState(settings.splitter_state)
        else:
            # The decoder takes two fifths of the room beside the sidebar.
            room = max(self.width() - 200, 600)
            self.splitter.setSizes([room * 3 // 5, room * 2 // 5])
        self.toggle_decoder_action.setChecked(settings.decoder_visible)
        if settings.colour_scheme != "system":
            self.set_colour_scheme(settings.colour_scheme)
        self.set_language(settings.language)
        self.app_id_edit.setText(settings.app_id)

    def save_settings(self) -> None:
        if not self.ready:
            return
        settings = self.settings
        settings.window_geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        settings.splitter_state = self.splitter.saveState()
        settings.decoder_visible = self.toggle_decoder_action.isChecked()
        settings.last_tab = self.current_page_title()
        settings.app_id = self.credentials()[0]
        settings.last_profile = self.current_profile()
        checked = self.scheme_group.checkedAction()
        data = checked.data() if checked is not None else "system"
        settings.colour_scheme = data if isinstance(data, str) else "system"
        settings.language = self._language
        for tab in self.generators.values():
            tab.save_settings(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.batch is not None:
            self.batch.shutdown()  # its worker thread must end before the window goes
        if not self._forgotten:
            self.save_settings()
        super().closeEvent(event)

    # --- slots ----------------------------------------------------------------------------------

    @Slot(str)
    def _on_sidebar_page_selected(self, title: str) -> None:
        page = self.pages.get(title)
        if page is None:
            return
        page.ensure()
        self.stack.setCurrentWidget(page)
        self._last_generator = self.current_generator() or self._last_generator
        self._on_generator_validated()
        self._report_settings_problems()

    def _report_settings_problems(self) -> None:
        """Say (once) which saved settings could not be read and were ignored (issue 14)."""
        problems = self.settings.problems
        if len(problems) > self._settings_problems_shown:
            self._settings_problems_shown = len(problems)
            self.show_status(" ".join(localise(problem) for problem in problems[-3:]))

    @Slot()
    def _on_credentials_changed(self) -> None:
        app_id, certificate = self.credentials()
        for tab in self.generators.values():
            tab.revalidate()
        if self.ready:
            self.decoder_pane.set_credentials(app_id, certificate)
        self._on_generator_validated()

    @Slot()
    def _on_generator_validated(self) -> None:
        tab = self.current_generator()
        if tab is None:
            self.app_id_message.set_lines([])
            self.certificate_message.set_lines([])
            return
        form = tab.current_form()
        for name, edit, message in (
            ("app_id", self.app_id_edit, self.app_id_message),
            ("app_certificate", self.certificate_edit, self.certificate_message),
        ):
            problems = form.problems_for(name)
            if not (form.attempted or name in self._touched_credentials or edit.text()):
                problems = [p for p in problems if p.severity != "error"]
            message.set_problems(problems)

    @Slot(object)
    def _on_generator_token_generated(self, result: BuildResult) -> None:
        tab = next((t for t in self.generators.values() if t is self.sender()), None)
        if tab is not None:
            self._last_output = tab.output
        if self._history is None:
            self._unlisted.append((result, self._now()))
        else:
            self._history.add(result)
        self.show_status(
            self.tr("Token generated ({count} characters).").format(count=len(result.token))
        )

    @Slot()
    def _on_app_id_edit_text_edited(self) -> None:
        self._touched_credentials.add("app_id")

    @Slot()
    def _on_certificate_edit_text_edited(self) -> None:
        self._touched_credentials.add("app_certificate")

    @Slot()
    def _on_profile_combo_current_index_changed(self) -> None:
        self._apply_profile(self.current_profile())

    @Slot()
    def _on_save_profile_button_clicked(self) -> None:
        from agora_token_gui.ui.dialogs import ask_profile_name

        name = ask_profile_name(self, self.current_profile())
        if name is not None:
            self.save_profile(name)

    @Slot()
    def _on_delete_profile_button_clicked(self) -> None:
        name = self.current_profile()
        from agora_token_gui.ui.dialogs import confirm_delete_profile

        if name and confirm_delete_profile(self, name):
            self.delete_profile(name)

    @Slot(bool)
    def _on_show_certificate_button_toggled(self, shown: bool) -> None:
        self.certificate_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_certificate_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.show_certificate_button.setAccessibleName(
            self.tr("Hide certificate") if shown else self.tr("Show certificate")
        )

    @Slot()
    def _on_forget_action_triggered(self) -> None:
        from agora_token_gui.ui.dialogs import confirm_forget

        if confirm_forget(self):
            self.forget_saved_data()

    @Slot()
    def _on_generate_action_triggered(self) -> None:
        tab = self.current_generator()
        if tab is None:
            self.show_status(self.tr("Open a generator tab to generate a token."))
            return
        if tab.generate() is None:
            self.show_status(self.tr("Fix the marked fields first."))

    def _with_output(self, use: Callable[[OutputPanel], None]) -> None:
        output = self.active_output()
        if output is None or output.result is None:
            self.show_status(self.tr("Nothing to copy yet: generate a token first."))
            return
        use(output)

    @Slot()
    def _on_copy_token_action_triggered(self) -> None:
        self._with_output(lambda o: o.copy_token_action.trigger())

    @Slot()
    def _on_copy_json_action_triggered(self) -> None:
        self._with_output(lambda o: o.copy_json_action.trigger())

    @Slot()
    def _on_copy_command_action_triggered(self) -> None:
        self._with_output(lambda o: o.copy_command_action.trigger())

    @Slot()
    def _on_copy_export_action_triggered(self) -> None:
        self._with_output(lambda o: o.copy_export_action.trigger())

    @Slot()
    def _on_inspect_action_triggered(self) -> None:
        self._with_output(lambda o: self.inspect_token(o.token_text()))

    @Slot(bool)
    def _on_toggle_decoder_action_toggled(self, visible: bool) -> None:
        pane = self.splitter.widget(1)
        if pane is not None:
            pane.setVisible(visible)

    @Slot()
    def _on_next_page_action_triggered(self) -> None:
        self.sidebar.step(1)

    @Slot()
    def _on_previous_page_action_triggered(self) -> None:
        self.sidebar.step(-1)

    @Slot(QAction)
    def _on_scheme_group_triggered(self, action: QAction) -> None:
        data = action.data()
        self.set_colour_scheme(data if isinstance(data, str) else "system")

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        data = action.data()
        self.set_language(data if isinstance(data, str) else "system")

    @Slot()
    def _on_shortcuts_action_triggered(self) -> None:
        from agora_token_gui.ui.dialogs import ShortcutsDialog, shortcut_rows

        ShortcutsDialog(shortcut_rows(self.shortcut_actions()), self).exec()

    @Slot()
    def _on_about_action_triggered(self) -> None:
        from agora_token_gui.ui.dialogs import AboutDialog

        AboutDialog(self).exec()
