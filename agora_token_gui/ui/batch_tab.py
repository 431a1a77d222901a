"""Batch tab: many tokens at once, from a users x channels grid or a CSV / JSON Lines file.

Every row goes through the injected ``build`` (``core.build.build`` by default: the CLI's
path) on a worker thread; results arrive in chunks, bad rows are shown inline.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QIcon,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui.core.batch import (
    GRID_KINDS,
    BatchItem,
    GridPlan,
    LoadedFile,
    SourceError,
    describe_template,
    grid_items,
    grid_size,
    list_size,
    load_requests,
    parse_list,
    parse_template,
    template_for,
    template_from_form,
    with_credentials,
)
from agora_token_gui.core.build import BuildResult, build
from agora_token_gui.core.catalog import GROUPS, KINDS, KeyKind

from .batch_model import BatchModel, BatchRow, write_atomically
from .batch_worker import BatchWorker
from .token_tree import status_color, status_icon

Credentials = Callable[[], tuple[str, str]]
# The generator form the grid follows: its kind and request (credentials included), or None.
FormRequest = Callable[[], tuple[KeyKind, dict[str, object]] | None]

# --- the tab ---------------------------------------------------------------------------------


class BatchTab(QWidget):
    """Grid or file in, a table of tokens out; export without the certificate."""

    status_message = Signal(str)
    batch_finished = Signal(bool)  # True when cancelled

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        credentials: Credentials,
        build: Callable[..., BuildResult] = build,
        form_request: FormRequest | None = None,
    ) -> None:
        super().__init__(parent)
        self._credentials = credentials
        self._form_request = form_request
        self._build = build
        self._thread: QThread | None = None
        self._worker: BatchWorker | None = None
        self._loaded: LoadedFile | None = None
        self._total = 0
        self._started_at = 0.0
        self._failure = ""
        self._kinds: dict[str, KeyKind] = {kind.key: kind for kind in GRID_KINDS}

        self._init_sources()
        self._init_table()
        self._init_layout()
        self._init_signals()
        self._apply_status_style()
        self._on_kind_current_index_changed(self.kind.currentIndex())
        self._on_use_form_toggled(self.use_form.isChecked())

    # --- building the tab (called once, from __init__) ------------------------------------------

    def _init_grid(self) -> QWidget:
        """Source 1: a key kind, a template and the users x channels lists."""
        self.kind = QComboBox()
        self.kind.setAccessibleName("Key kind")
        self._fill_kinds()
        self.kind_help = QLabel()
        self.kind_help.setWordWrap(True)
        # The template is the generator form the user last filled in (issue #9: a batch needs no
        # hand-written JSON); editing it as JSON is the advanced choice.
        self.use_form = QCheckBox("&Use the generator form (key kind, role, lifetimes)")
        self.use_form.setToolTip(
            "Every row is the request of the form you last used on a generator page, with the "
            "user and channel from the lists below. Untick to edit the template as JSON."
        )
        self.use_form.setChecked(self._form_request is not None)
        self.use_form.setVisible(self._form_request is not None)
        self.form_summary = QLabel()
        self.form_summary.setWordWrap(True)
        self.form_summary.setAccessibleName("What each row takes from the generator form")
        self.template = QPlainTextEdit()
        self.template.setAccessibleName("Request template (JSON)")
        self.template.setTabChangesFocus(True)
        self.template.setFont(QFont("monospace"))
        self.template.setToolTip(
            "The request every row starts from (requests.md keys). App ID and certificate come "
            "from the window unless you add app_id / app_certificate here."
        )
        self.uids = QPlainTextEdit()
        self.uids.setAccessibleName("Users, one per line")
        self.uids.setTabChangesFocus(True)
        self.uids.setPlaceholderText("one per line; 1000-1099 = 100 numbers")
        self.channels = QPlainTextEdit()
        self.channels.setAccessibleName("Channels, one per line")
        self.channels.setTabChangesFocus(True)
        self.channels.setPlaceholderText("one per line; 1-10 = channels 1 to 10")
        self.grid_help = QLabel()
        self.grid_help.setWordWrap(True)
        lines = self.fontMetrics().lineSpacing()
        self.template.setMinimumHeight(lines * 4)
        self.template.setMaximumHeight(lines * 12)
        for box in (self.uids, self.channels):
            box.setMinimumHeight(lines * 3)
            box.setMaximumHeight(lines * 8)
        lists = QHBoxLayout()
        users_box = QVBoxLayout()
        self.uids_label = QLabel("Users:")
        self.uids_label.setBuddy(self.uids)
        users_box.addWidget(self.uids_label)
        users_box.addWidget(self.uids)
        channels_box = QVBoxLayout()
        self.channels_label = QLabel("Channels:")
        self.channels_label.setBuddy(self.channels)
        channels_box.addWidget(self.channels_label)
        channels_box.addWidget(self.channels)
        lists.addLayout(users_box)
        lists.addLayout(channels_box)
        grid_page = QWidget()
        grid_form = QFormLayout(grid_page)
        grid_form.addRow(self.use_form)
        grid_form.addRow(self.form_summary)
        grid_form.addRow("&Key kind:", self.kind)
        grid_form.addRow("", self.kind_help)
        grid_form.addRow("Te&mplate:", self.template)
        self._grid_form = grid_form
        grid_form.addRow(lists)
        grid_form.addRow(self.grid_help)
        return grid_page

    def _init_file(self) -> QWidget:
        """Source 2: a CSV or JSON Lines file."""
        self.open_button = QPushButton("&Open CSV or JSON Lines…")
        self.open_button.setAccessibleName("Open a CSV or JSON Lines file of requests")
        self.file_info = QLabel(
            "CSV: the first row names the request keys (format, builder, channel_name, uid, …; "
            "app_id and app_certificate columns are optional, empty cells use the window's "
            "values or the defaults). JSON Lines: one request object per line."
        )
        self.file_info.setWordWrap(True)
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.addWidget(self.open_button)
        file_layout.addWidget(self.file_info)
        file_layout.addStretch(1)
        return file_page

    def _init_sources(self) -> None:
        """Both sources, as tabs."""
        self.sources = QTabWidget()
        self.sources.setAccessibleName("Batch source")
        self.sources.addTab(self._init_grid(), "&Grid")
        self.sources.addTab(self._init_file(), "Fi&le")

    def _init_run_row(self) -> QHBoxLayout:
        """Run, Cancel and the progress bar."""
        self.run_button = QPushButton("&Run batch")
        self.cancel_button = QPushButton("&Cancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Batch progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Batch problem")
        self.error.hide()
        return run_row

    def _init_table(self) -> None:
        """The results table and its model."""
        self.model = BatchModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Batch results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed sizes: nothing is measured per row, so 10,000 rows cost what the screen shows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 90, 110, 110, 80)):
            self.table.setColumnWidth(column, width)

    def _init_bottom(self) -> QHBoxLayout:
        """The summary line, Copy and Export."""
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.copy_button = QPushButton("Copy &selected tokens")
        self.export_button = QPushButton("E&xport…")
        self.export_button.setToolTip(
            "Save the results as CSV or JSON Lines; the App Certificate is never written."
        )
        self.export_button.setEnabled(False)
        # After an export (issue #9): open the file, or its folder, with the desktop's apps.
        self.last_export: Path | None = None
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        self.open_export_button = QPushButton("Open")
        self.open_export_button.setAccessibleName("Open the exported file")
        self.show_export_button = QPushButton("Show in folder")
        self.show_export_button.setAccessibleName("Show the exported file's folder")
        for button in (self.open_export_button, self.show_export_button):
            button.setVisible(False)
        self.open_export_button.clicked.connect(self._on_open_export_button_clicked)
        self.show_export_button.clicked.connect(self._on_show_export_button_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.open_export_button)
        bottom.addWidget(self.show_export_button)
        return bottom

    @Slot()
    def _on_open_export_button_clicked(self) -> None:
        if self.last_export is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_export)))

    @Slot()
    def _on_show_export_button_clicked(self) -> None:
        if self.last_export is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_export.parent)))

    def _init_layout(self) -> None:
        """Sources above, results below, in a splitter."""
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addLayout(self._init_run_row())
        results_layout.addWidget(self.error)
        results_layout.addWidget(self.table, 1)
        results_layout.addLayout(self._init_bottom())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.sources)
        self.splitter.addWidget(results)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _init_signals(self) -> None:
        """Every signal to its slot."""
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.use_form.toggled.connect(self._on_use_form_toggled)
        self.template.textChanged.connect(self._on_template_text_changed)
        self.uids.textChanged.connect(self._on_uids_text_changed)
        self.channels.textChanged.connect(self._on_channels_text_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    # --- public API ---------------------------------------------------------------------------

    def current_kind(self) -> KeyKind:
        key = self.kind.currentData()
        return self._kinds[key] if isinstance(key, str) else KINDS[0]

    def set_kind(self, format_: str, builder: str) -> None:
        """Select a key kind (and reset the template to it)."""
        index = self.kind.findData(f"{format_}/{builder}")
        if index < 0:
            raise KeyError(f"{format_}/{builder}")
        self.kind.setCurrentIndex(index)

    def load_file(self, path: Path) -> bool:
        """Load a CSV / JSON Lines file as the source; False (and a message) if unusable."""
        try:
            loaded = load_requests(path.name, path.read_bytes())
        except OSError as exc:
            self._show_error(f"Could not read {path.name}: {exc.strerror or exc}.")
            return False
        except SourceError as exc:
            self._show_error(str(exc))
            return False
        self._loaded = loaded
        columns = f"; columns: {', '.join(loaded.columns)}" if loaded.columns else ""
        certificate = (
            "from the file where given, else the window's"
            if "app_certificate" in loaded.columns or loaded.kind == "JSON Lines"
            else "the window's"
        )
        self.file_info.setText(
            f"{loaded.name}: {loaded.count} requests ({loaded.kind}{columns}). App Certificate: "
            f"{certificate}."
        )
        self.sources.setCurrentIndex(1)
        self.error.hide()
        return True

    def start(self) -> bool:
        """Run the current source; False (and a message) if it cannot start."""
        if self.is_running():
            return False
        try:
            items, total = self._source()
        except SourceError as exc:
            self._show_error(str(exc))
            return False
        app_id, certificate = self._credentials()
        self.error.hide()
        self.model.clear()
        self._total = total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.summary.setText(f"Building {total:,} tokens…")
        self._started_at = time.monotonic()
        self._failure = ""

        worker = BatchWorker(
            with_credentials(items, app_id.strip(), certificate.strip()), self._build
        )
        thread = QThread()
        thread.setObjectName("batch-worker")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.rows_ready.connect(self._on_worker_rows_ready)
        worker.failed.connect(self._on_worker_failed)
        worker.finished.connect(self._on_worker_finished)
        self._worker, self._thread = worker, thread
        self._set_running(True)
        thread.start()
        return True

    def cancel(self) -> None:
        """Ask the running batch to stop; rows built so far stay."""
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText("Cancelling…")

    def is_running(self) -> bool:
        return self._thread is not None

    def shutdown(self) -> None:
        """Stop the worker thread and wait for it (call before the window goes away)."""
        if self._worker is not None:
            self._worker.cancel()
        self._stop_thread()
        self._set_running(False)

    def export_to(self, path: Path) -> bool:
        """Write the results atomically (CSV for .csv, else JSON Lines), never the certificate."""
        try:
            write_atomically(path, self.model.rows())
        except OSError as exc:
            self._show_error(f"Could not write {path.name}: {exc.strerror or exc}.")
            return False
        self.last_export = path
        for button in (self.open_export_button, self.show_export_button):
            button.setVisible(True)
        message = (
            f"Exported {self.model.rowCount():,} rows to {path} (without the App Certificate)."
        )
        self.summary.setText(message)
        self.status_message.emit(message)
        return True

    # --- Qt overrides -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.follow_form()
        super().showEvent(event)

    def follow_form(self) -> bool:
        """With *Use the generator form*: select its kind and say what each row takes from it.

        Returns whether the grid now follows a form (False: no form, or its kind has no grid).
        """
        form = self._current_form() if self.use_form.isChecked() else None
        if form is None:
            self.form_summary.setVisible(self.use_form.isChecked())
            if self.use_form.isChecked():
                self.form_summary.setText(
                    "Fill in a generator page first (for example AccessToken2 → RTC by uid): "
                    "its key kind, role and lifetimes become every row's."
                )
            return False
        kind, request = form
        if kind.key not in self._kinds:
            self.form_summary.setText(
                f"{kind.title} needs credentials of its own and cannot be built from the grid; "
                "choose a key kind below, or use a CSV or JSON Lines file."
            )
            self.form_summary.show()
            self.kind.setEnabled(True)
            return False
        if self.current_kind().key != kind.key:
            self.set_kind(kind.format, kind.builder)
        self.kind.setEnabled(False)
        template = template_from_form(kind, request)
        self.form_summary.setText("Each row: " + describe_template(kind, template))
        self.form_summary.show()
        return True

    def _current_form(self) -> tuple[KeyKind, dict[str, object]] | None:
        return None if self._form_request is None else self._form_request()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_status_style()
        super().changeEvent(event)

    # --- slots --------------------------------------------------------------------------------

    @Slot(int)
    def _on_kind_current_index_changed(self, index: int) -> None:
        kind = self.current_kind()
        self.kind_help.setText(kind.description)
        self.template.setPlainText(json.dumps(template_for(kind, int(time.time())), indent=2))
        plan = GridPlan.for_kind(kind)
        self.uids.setEnabled(bool(plan.user_keys))
        self.channels.setEnabled(plan.channel_key is not None)
        self._update_grid_help()

    @Slot(bool)
    def _on_use_form_toggled(self, checked: bool) -> None:
        self._grid_form.setRowVisible(self.template, not checked)
        self.kind.setEnabled(True)
        if not self.follow_form():
            self.form_summary.setVisible(checked)
        self._on_template_text_changed()

    @Slot()
    def _on_template_text_changed(self) -> None:
        # A problem shown for the template goes as soon as the template is fixed.
        if self.error.isHidden() or self.is_running():
            return
        if self.use_form.isChecked():
            self.error.hide()
            return
        try:
            parse_template(self.template.toPlainText())
        except SourceError as exc:
            self.error.setText(str(exc))
        else:
            self.error.hide()

    @Slot()
    def _on_uids_text_changed(self) -> None:
        self._update_grid_help()

    @Slot()
    def _on_channels_text_changed(self) -> None:
        self._update_grid_help()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Open requests",
            "",
            "Requests (*.csv *.jsonl *.ndjson *.json *.txt);;All files (*)",
        )
        if name:
            self.load_file(Path(name))

    @Slot()
    def _on_run_button_clicked(self) -> None:
        self.start()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        selection = self.table.selectionModel()
        rows = sorted({index.row() for index in selection.selectedRows()})
        tokens = [self.model.row_at(r).token for r in rows if self.model.row_at(r).token]
        if not tokens:
            self.status_message.emit("Select rows with tokens to copy them.")
            return
        QGuiApplication.clipboard().setText("\n".join(tokens))
        self.status_message.emit(f"Copied {len(tokens):,} tokens.")

    @Slot()
    def _on_export_button_clicked(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export results", "tokens.csv", "CSV (*.csv);;JSON Lines (*.jsonl)"
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".jsonl" if "jsonl" in chosen else ".csv")
        self.export_to(path)

    @Slot(list)
    def _on_worker_rows_ready(self, rows: list[BatchRow]) -> None:
        if self.sender() is not self._worker or self._worker is None:
            return  # a chunk still queued from a batch that was stopped
        self.model.append(rows)
        self.progress.setValue(min(self.model.rowCount(), self.progress.maximum()))

    @Slot(str)
    def _on_worker_failed(self, details: str) -> None:
        if self.sender() is self._worker and self._worker is not None:
            self._failure = details

    @Slot(bool)
    def _on_worker_finished(self, cancelled: bool) -> None:
        if self.sender() is not self._worker or self._worker is None:
            return
        self._stop_thread()
        self._set_running(False)
        if self._failure:
            self._show_error("The batch stopped because of an internal error; see the details.")
            self.batch_finished.emit(True)
            raise RuntimeError(f"The batch worker failed:\n{self._failure}")
        seconds = time.monotonic() - self._started_at
        done = self.model.rowCount()
        errors = self.model.error_count
        text = f"{done - errors:,} tokens built"
        if errors:
            text += f"; {errors:,} rows have errors (shown in the table)"
        text += f" in {seconds:.1f} s."
        if cancelled:
            text = f"Cancelled after {done:,} of {self._total:,} rows: " + text
        self.progress.setValue(done if cancelled else self.progress.maximum())
        self.summary.setText(text)
        self.status_message.emit(text)
        self.batch_finished.emit(cancelled)

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self.shutdown()

    # --- helpers ------------------------------------------------------------------------------

    def _fill_kinds(self) -> None:
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel)
        for group in GROUPS:
            if not any(kind.group == group for kind in GRID_KINDS):
                continue
            header = QStandardItem(group)
            header.setEnabled(False)  # a heading, not a choice
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for kind in GRID_KINDS:
                if kind.group == group:
                    self.kind.addItem(f"    {kind.title}", kind.key)
        self.kind.setCurrentIndex(1)

    def _source(self) -> tuple[Iterator[BatchItem], int]:
        if self.sources.currentIndex() == 1:
            if self._loaded is None:
                raise SourceError("Open a CSV or JSON Lines file first.")
            return self._loaded.iter_items(), self._loaded.count
        template = self._template()
        plan = GridPlan.for_kind(self.current_kind())
        users = parse_list(self.uids.toPlainText(), "Users") if plan.user_keys else []
        channels = parse_list(self.channels.toPlainText(), "Channels") if plan.channel_key else []
        total = grid_size(plan, users, channels)
        return grid_items(template, plan, users, channels), total

    def _template(self) -> dict[str, object]:
        """The request every grid row starts from: the generator form's, or the JSON."""
        if self.use_form.isChecked() and self.follow_form():
            form = self._current_form()
            assert form is not None
            return template_from_form(*form)
        if self.use_form.isChecked():
            raise SourceError(self.form_summary.text())
        return parse_template(self.template.toPlainText())

    def _update_grid_help(self) -> None:
        plan = GridPlan.for_kind(self.current_kind())
        parts: list[str] = []
        try:
            users = parse_list(self.uids.toPlainText(), "Users") if plan.user_keys else []
            channels = (
                parse_list(self.channels.toPlainText(), "Channels") if plan.channel_key else []
            )
        except SourceError as exc:
            self.grid_help.setText(str(exc))
            return
        if plan.user_keys:
            what = "numbers" if plan.numeric_users else "text"
            keys = " and ".join(f"“{key}”" for key in plan.user_keys)
            parts.append(f"Each user line fills {keys} ({what}; 1000-1099 = 100 values).")
        else:
            parts.append("This key kind has no user field; the Users list is not used.")
        if plan.channel_key:
            parts.append(f"Each channel line fills “{plan.channel_key}”.")
        else:
            parts.append("This key kind has no channel; the Channels list is not used.")
        n_users, n_channels = list_size(users), list_size(channels)
        if plan.user_keys and plan.channel_key:
            total = n_users * n_channels
            parts.append(f"{n_users:,} users × {n_channels:,} channels = {total:,} requests.")
        elif plan.user_keys or plan.channel_key:
            parts.append(f"{max(n_users, n_channels):,} requests.")
        else:
            parts.append("1 request.")
        self.grid_help.setText(" ".join(parts))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.status_message.emit(message)

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.sources.setEnabled(not running)
        self.export_button.setEnabled(not running and self.model.rowCount() > 0)

    def _stop_thread(self) -> None:
        # The worker is dropped only after the thread has ended: it must not be deleted while
        # its run() is still on the other thread.
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
        del worker

    def _apply_status_style(self) -> None:
        colors: dict[str, QColor] = {}
        icons: dict[str, QIcon] = {}
        for status in ("error", "warning"):
            color = status_color(self, status)
            if color is not None:
                colors[status] = color
            icons[status] = status_icon(self, status)
        self.model.set_status_style(colors, icons)
