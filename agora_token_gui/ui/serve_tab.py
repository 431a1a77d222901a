"""The Serve page: run the local token server (``agora-token serve``) from the app.

Start and stop it with the credentials at the top of the window, choose who may connect and the
limits, copy the URL for a test build (or scan its QR code with a phone), and watch every token
it issues; selecting a row opens the token in the decoder pane.

The server runs on its own thread (``serve.server.ServerThread``, an asyncio loop); its listener
only appends to a deque, which a timer drains into the table four times a second, so a burst of
requests never floods the event loop. Closing the window stops the server.
"""

from __future__ import annotations

import collections
import errno
import re
import time
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core.errors import InvalidInputError
from agora_token_gui.serve import config
from agora_token_gui.serve.contract import Limits, TokenService
from agora_token_gui.serve.log import identity_text, shorten
from agora_token_gui.serve.server import Record, ServerOptions, ServerThread, local_addresses
from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP, localise, retranslatable
from agora_token_gui.ui.widgets import MessageLabel, hint_label

Credentials = Callable[[], tuple[str, str]]
LOOPBACK: Final = "127.0.0.1"
ALL_INTERFACES: Final = "0.0.0.0"
MAX_ROWS: Final = 5000  # the table keeps the newest rows; memory stays bounded
# The table's column titles, translated when shown (context "IssuedModel").
COLUMNS: Final = (
    QT_TRANSLATE_NOOP("IssuedModel", "Time"),
    QT_TRANSLATE_NOOP("IssuedModel", "Client"),
    QT_TRANSLATE_NOOP("IssuedModel", "Request"),
    QT_TRANSLATE_NOOP("IssuedModel", "Status"),
    QT_TRANSLATE_NOOP("IssuedModel", "Issued to"),
    QT_TRANSLATE_NOOP("IssuedModel", "Token"),
)
QR_PIXELS: Final = 160
LAN_WARNING: Final = QT_TRANSLATE_NOOP(
    "ServeTab",
    "Anyone on this network can get tokens for this App ID while the server runs. Use it on "
    "a network you trust, set limits, and stop the server when the test is done.",
)
# errno values with a sentence of ours (the OS's strerror is English whatever the language).
_EADDRINUSE: Final = frozenset({errno.EADDRINUSE, 10048})  # 10048: WSAEADDRINUSE
_EACCES: Final = frozenset({errno.EACCES, errno.EPERM, 10013})  # 10013: WSAEACCES


def split_patterns(text: str) -> tuple[str, ...]:
    """``qa-*, demo  lab?`` -> ("qa-*", "demo", "lab?")."""
    return tuple(p for p in re.split(r"[,\s]+", text) if p)


def qr_image(text: str, pixels: int = QR_PIXELS) -> QImage:
    """A QR code of ``text`` (dark on white whatever the theme, 4-module quiet zone)."""
    import segno  # the gui extra; imported when a URL is first shown

    code = segno.make(text, error="m")
    matrix = code.matrix
    modules = len(matrix) + 8
    scale = max(1, pixels // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        black = QColor("black")
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale, black)
    finally:
        painter.end()
    return image


class IssuedModel(QAbstractTableModel):
    """One row per request the server answered (newest last, at most ``MAX_ROWS``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[tuple[str, ...], str, Record]] = []  # (cells, token, record)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        cells, token, record = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 5 and token:
                return self.tr("Select the row to open the token in the decoder pane.")
            warnings = record.answer.warnings
            if warnings:  # the core's Texts (the server's log says them in English)
                return "\n".join([self.tr("Built, with warnings:"), *map(localise, warnings)])
            return record.answer.error or cells[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IssuedModel", COLUMNS[section])
        return None

    def retranslate(self) -> None:
        """Show the column titles and tooltips again in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.ToolTipRole])

    def add(self, records: list[Record]) -> None:
        if not records:
            return
        records = records[-MAX_ROWS:]
        overflow = len(self.rows) + len(records) - MAX_ROWS
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self.rows[:overflow]
            self.endRemoveRows()
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(records) - 1)
        self.rows.extend(_row(r) for r in records)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows.clear()
        self.endResetModel()

    def token(self, row: int) -> str:
        return self.rows[row][1] if 0 <= row < len(self.rows) else ""


def _row(record: Record) -> tuple[tuple[str, ...], str, Record]:
    answer = record.answer
    token = answer.issued[0].token if answer.issued else ""
    issued = " + ".join(i.key for i in answer.issued)
    cells = (
        time.strftime("%H:%M:%S", time.localtime(record.time)),
        record.client,
        f"{record.method} {record.target}",
        str(answer.status) + (" ⚠" if answer.warnings else ""),
        identity_text(record),
        f"{issued}: {shorten(token)}" if token else "",
    )
    return cells, token, record


class ServeTab(QWidget):
    """Start/stop the token server, its URLs and QR code, its limits, and what it issued."""

    status_message = Signal(str)
    inspect_requested = Signal(str)

    def __init__(
        self,
        credentials: Credentials,
        parent: QWidget | None = None,
        *,
        lan_addresses: Callable[[], list[str]] = local_addresses,
    ) -> None:
        super().__init__(parent)
        self._credentials = credentials
        self._lan_addresses = lan_addresses
        self._thread: ServerThread | None = None
        self._pending: collections.deque[Record] = collections.deque()
        self._watched: QWidget | None = None
        self.urls: list[str] = []
        # What the state line and the error line say, made again after a language change.
        self._serving: tuple[bool, int] | None = None  # (on the LAN, port) while running
        self._problem: Callable[[], str] | None = None

        self.start_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.stop_button.setEnabled(False)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.message = MessageLabel(self)

        # --- where ---
        self.local_radio = QRadioButton(self)
        self.lan_radio = QRadioButton(self)
        self.local_radio.setChecked(True)
        self._where = QButtonGroup(self)
        self._where.addButton(self.local_radio)
        self._where.addButton(self.lan_radio)
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(0, 65535)
        self.port_spin.setValue(config.DEFAULT_PORT)
        self.cors_edit = QLineEdit(self)
        self.lan_warning = MessageLabel(self)

        # --- limits ---
        self.channels_edit = QLineEdit(self)
        self.users_edit = QLineEdit(self)
        self.lifetime_spin = QSpinBox(self)
        self.lifetime_spin.setRange(0, 7 * 86_400)
        self.bearer_edit = QLineEdit(self)
        self.bearer_edit.setEchoMode(QLineEdit.EchoMode.Password)

        # --- URLs and QR ---
        self.url_list = QListWidget(self)
        self.url_list.setMaximumHeight(64)
        self.copy_button = QPushButton(self)
        self.copy_button.setEnabled(False)
        self.example_label = QLabel(self)
        self.example_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.example_label.setWordWrap(True)
        self.qr_label = QLabel(self)
        self.qr_label.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # --- issued tokens ---
        self.model = IssuedModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        for column, width in enumerate((70, 120, 250, 55, 230)):
            self.table.setColumnWidth(column, width)
        self.clear_button = QPushButton(self)
        self.count_label = QLabel(self)

        self._layout()
        retranslatable(self, self._retranslate)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._drain)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.lan_radio.toggled.connect(self._on_lan_radio_toggled)
        self.url_list.currentTextChanged.connect(self._show_url)
        self.copy_button.clicked.connect(self._copy_url)
        self.clear_button.clicked.connect(self._clear)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.state_label, 1)

        self.where_box = QGroupBox(self)
        where_form = QFormLayout(self.where_box)
        radios = QVBoxLayout()
        radios.addWidget(self.local_radio)
        radios.addWidget(self.lan_radio)
        where_form.addRow(radios)
        where_form.addRow(self.lan_warning)
        self.port_label = QLabel(self.where_box)
        self.port_label.setBuddy(self.port_spin)
        where_form.addRow(self.port_label, self.port_spin)
        self.cors_label = QLabel(self.where_box)
        self.cors_label.setBuddy(self.cors_edit)
        where_form.addRow(self.cors_label, self.cors_edit)

        self.limits_box = QGroupBox(self)
        limits_form = QFormLayout(self.limits_box)
        self.limit_labels: list[QLabel] = []
        for widget in (self.channels_edit, self.users_edit, self.lifetime_spin, self.bearer_edit):
            label = QLabel(self.limits_box)
            label.setBuddy(widget)
            limits_form.addRow(label, widget)
            self.limit_labels.append(label)

        settings = QHBoxLayout()
        settings.addWidget(self.where_box, 1)
        settings.addWidget(self.limits_box, 1)

        self.urls_box = QGroupBox(self)
        url_column = QVBoxLayout()
        url_column.addWidget(self.url_list)
        url_row = QHBoxLayout()
        url_row.addWidget(self.copy_button)
        url_row.addStretch(1)
        url_column.addLayout(url_row)
        url_column.addWidget(self.example_label)
        url_column.addStretch(1)
        url_box = QHBoxLayout(self.urls_box)
        url_box.addLayout(url_column, 1)
        url_box.addWidget(self.qr_label)

        self.issued_box = QGroupBox(self)
        issued_box = QVBoxLayout(self.issued_box)
        issued_box.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.clear_button)
        issued_box.addLayout(footer)

        self.intro = hint_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(settings)
        layout.addWidget(self.urls_box)
        layout.addWidget(self.issued_box, 1)
        self.url_list.setEnabled(False)

    def _retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A drop-in for the community token server: point a test build's token URL here "
                "(routes such as /rtc/CHANNEL/publisher/uid/UID/). Uses the App ID and "
                "certificate above."
            )
        )
        self.start_button.setText(self.tr("&Start server"))
        self.start_button.setAccessibleName(self.tr("Start server"))
        self.stop_button.setText(self.tr("Stop serve&r"))
        self.stop_button.setAccessibleName(self.tr("Stop server"))
        self.state_label.setAccessibleName(self.tr("Server state"))
        self._show_state()
        if self._problem is not None:
            self.message.set_lines([("error", self._problem())])
        self.where_box.setTitle(self.tr("Who can connect"))
        self.local_radio.setText(self.tr("This computer &only (127.0.0.1)"))
        self.lan_radio.setText(self.tr("Local &network, for phones (0.0.0.0)"))
        self.port_label.setText(self.tr("Port nu&mber"))
        self.port_spin.setAccessibleName(self.tr("Port"))
        self.port_spin.setToolTip(self.tr("TCP port; 0 picks any free port."))
        self.cors_label.setText(self.tr("Bro&wsers"))
        self.cors_edit.setAccessibleName(self.tr("Allowed browser origins"))
        self.cors_edit.setPlaceholderText(
            self.tr("empty: no browsers; * for any; or exact origins")
        )
        self.lan_warning.setAccessibleName(self.tr("Network warning"))
        self._on_lan_radio_toggled(self.lan_radio.isChecked())
        self.limits_box.setTitle(self.tr("Limits (none by default)"))
        texts = (
            self.tr("Ch&annels"),
            self.tr("&Users"),
            self.tr("Ma&x lifetime"),
            self.tr("&Bearer secret"),
        )
        for label, text in zip(self.limit_labels, texts, strict=True):
            label.setText(text)
        self.channels_edit.setAccessibleName(self.tr("Allowed channels"))
        self.channels_edit.setPlaceholderText(self.tr("any; or patterns such as qa-*, demo"))
        self.users_edit.setAccessibleName(self.tr("Allowed users"))
        self.users_edit.setPlaceholderText(self.tr("any; or uids and accounts such as 1??, alice"))
        self.lifetime_spin.setSuffix(self.tr(" s"))
        self.lifetime_spin.setSpecialValueText(self.tr("no limit"))
        self.lifetime_spin.setAccessibleName(self.tr("Maximum lifetime"))
        self.bearer_edit.setAccessibleName(self.tr("Bearer secret"))
        self.bearer_edit.setPlaceholderText(
            self.tr("none; clients then send Authorization: Bearer …")
        )
        self.urls_box.setTitle(self.tr("Token URL for your test build"))
        self.url_list.setAccessibleName(self.tr("Token server URLs"))
        self.copy_button.setText(self.tr("&Copy URL"))
        self.copy_button.setAccessibleName(self.tr("Copy URL"))
        self.qr_label.setAccessibleName(self.tr("QR code of the selected URL"))
        item = self.url_list.currentItem()
        if item is not None:
            self._show_url(item.text())
        self.issued_box.setTitle(self.tr("Issued tokens (select one to decode it)"))
        self.table.setAccessibleName(self.tr("Issued tokens"))
        self.clear_button.setText(self.tr("For&get list"))
        self.clear_button.setAccessibleName(self.tr("Clear issued tokens"))
        self._show_count()
        self.model.retranslate()

    # --- running --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.running

    @Slot()
    def start(self) -> bool:
        """Start the server with the current credentials and settings.

        Returns False, with a message, when they are not usable or the port cannot be opened.
        """
        if self.running:
            return True
        app_id, certificate = self._credentials()
        try:
            credentials = config.resolve_credentials(
                {}, app_id=app_id or None, app_certificate=certificate or None
            )
        except InvalidInputError as exc:
            # The server's sentences name its command-line options: the page says its own.
            field = exc.field
            self._fail(lambda: self._credentials_problem(field, app_id, certificate))
            return False
        host = ALL_INTERFACES if self.lan_radio.isChecked() else LOOPBACK
        limits = Limits(
            channels=split_patterns(self.channels_edit.text()),
            identities=split_patterns(self.users_edit.text()),
            max_lifetime=self.lifetime_spin.value() or None,
            bearer=self.bearer_edit.text() or None,
        )
        service = TokenService(
            credentials.app_id,
            credentials.app_certificate,
            cors_allow_origin=self.cors_edit.text().strip() or None,
            limits=limits,
        )
        thread = ServerThread(
            service,
            ServerOptions(host=host, port=self.port_spin.value()),
            listeners=(self._pending.append,),
        )
        port = self.port_spin.value()
        try:
            addresses = thread.start()
        except OSError as exc:
            thread.stop()
            error = exc  # `exc` is unbound after the except clause; the message is made again
            self._fail(lambda: self._listen_problem(host, port, error))
            return False
        self._thread = thread
        lan = self._lan_addresses() if host == ALL_INTERFACES else []
        self.urls = config.base_urls(addresses, lan)
        self.url_list.clear()
        self.url_list.addItems(self.urls)
        self.url_list.setEnabled(True)
        self.url_list.setCurrentRow(len(self.urls) - 1 if lan else 0)
        self._problem = None
        self.message.set_lines([])
        self._serving = (host != LOOPBACK, addresses[0][1])
        self._show_state()
        self._set_running(True)
        self._timer.start()
        self._watch_window()
        self.status_message.emit(
            self.tr("Token server started at {urls}.").format(urls=", ".join(self.urls))
        )
        return True

    @Slot()
    def stop(self) -> None:
        """Stop the server (and wait for its thread); the table keeps what was issued."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()
            self.status_message.emit(self.tr("Token server stopped."))
        self._timer.stop()
        self._drain()
        self._serving = None
        self._show_state()
        self.url_list.clear()
        self.url_list.setEnabled(False)
        self.urls = []
        self.qr_label.clear()
        self.qr_label.setProperty("url", "")
        self.qr_label.setToolTip("")
        self.example_label.clear()
        self.copy_button.setEnabled(False)
        self._set_running(False)

    shutdown = stop

    def _fail(self, text: Callable[[], str]) -> None:
        """Show a problem (``text`` says it in the current language), also in the status bar."""
        self._problem = text
        self.message.set_lines([("error", text())])
        self.status_message.emit(text())

    def _credentials_problem(self, field: str | None, app_id: str, certificate: str) -> str:
        """Why the credentials at the top of the window cannot start the server."""
        if field == "app_certificate" and not certificate:
            return self.tr(
                "No App Certificate: type it in the App Certificate field at the top of the window."
            )
        if field == "app_certificate":
            return self.tr(
                "The App Certificate in the App Certificate field must be 32 hexadecimal "
                "characters; it has {count}."
            ).format(count=len(certificate))
        if not app_id:
            return self.tr("No App ID: type it in the App ID field at the top of the window.")
        return self.tr(
            "The App ID in the App ID field must be 32 hexadecimal characters; it has {count}."
        ).format(count=len(app_id))

    def _listen_problem(self, host: str, port: int, exc: OSError) -> str:
        if exc.errno in _EADDRINUSE:
            reason = self.tr("another program uses that port")
        elif exc.errno in _EACCES:
            reason = self.tr("the system does not allow it")
        else:
            reason = str(exc.strerror or exc)
        return self.tr(
            "Cannot listen on {host} port {port}: {reason}. Choose another port (0 = any free "
            "port)."
        ).format(host=host, port=port, reason=reason)

    def _show_state(self) -> None:
        if self._serving is None:
            self.state_label.setText(self.tr("Not running."))
        elif self._serving[0]:
            port = self._serving[1]
            self.state_label.setText(
                self.tr("Serving on the local network, port {port}.").format(port=port)
            )
        else:
            port = self._serving[1]
            self.state_label.setText(
                self.tr("Serving on this computer only, port {port}.").format(port=port)
            )

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        for widget in (
            self.local_radio,
            self.lan_radio,
            self.port_spin,
            self.cors_edit,
            self.channels_edit,
            self.users_edit,
            self.lifetime_spin,
            self.bearer_edit,
        ):
            widget.setEnabled(not running)

    def _watch_window(self) -> None:
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    @Slot(bool)
    def _on_lan_radio_toggled(self, lan: bool) -> None:
        self.lan_warning.set_lines([("warning", self.tr(LAN_WARNING))] if lan else [])

    # --- table and URLs -------------------------------------------------------------------------

    @Slot()
    def _drain(self) -> None:
        records: list[Record] = []
        pending = self._pending
        while pending:
            records.append(pending.popleft())
        if not records:
            return
        bar = self.table.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        self.model.add(records)
        if at_bottom:
            self.table.scrollToBottom()
        self._show_count()

    def _show_count(self) -> None:
        rows = self.model.rows
        if not rows:
            self.count_label.setText("")
            return
        tokens = sum(len(r[2].answer.issued) for r in rows)
        self.count_label.setText(
            self.tr("{requests} request(s), {tokens} token(s) listed.").format(
                requests=len(rows), tokens=tokens
            )
        )

    @Slot()
    def _clear(self) -> None:
        self.model.clear()
        self._show_count()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            token = self.model.token(indexes[0].row())
            if token:
                self.inspect_requested.emit(token)

    @Slot(str)
    def _show_url(self, url: str) -> None:
        if not url:
            return
        self.copy_button.setEnabled(True)
        self.example_label.setText(
            self.tr(
                "RTC token: {url}/rtc/CHANNEL/publisher/uid/UID/\n"
                "RTM token: {url}/rtm/USER/   ·   JSON API: POST {url}/getToken"
            ).format(url=url)
        )
        self.qr_label.setToolTip(self.tr("Scan with a phone: {url}").format(url=url))
        if self.qr_label.property("url") == url:
            return  # the same code (a language change): not drawn again
        try:
            image = qr_image(url)
        except ImportError:
            self.qr_label.setText(self.tr("QR codes need the segno package."))
            return
        self.qr_label.setProperty("url", url)
        self.qr_label.setPixmap(
            QPixmap.fromImage(image).scaled(
                QR_PIXELS, QR_PIXELS, Qt.AspectRatioMode.KeepAspectRatio
            )
        )

    @Slot()
    def _copy_url(self) -> None:
        item = self.url_list.currentItem()
        if item is not None:
            QGuiApplication.clipboard().setText(item.text())
            self.status_message.emit(self.tr("Copied {url}").format(url=item.text()))
