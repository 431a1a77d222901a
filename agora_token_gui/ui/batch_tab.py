"""Batch tab: many tokens at once, from a users x channels grid or a CSV / JSON Lines file.

Every row goes through the injected ``build`` (``core.build.build`` by default: the CLI's
path) on a worker thread; results arrive in chunks, bad rows are shown inline.

Every text is set in the current language and again after a language switch: the fixed ones in
``_retranslate``, and each sentence that depends on the state (the grid's help, the row
summary, the file, the last problem, the run's summary) through ``_say``, which remembers how to
write it again. The core's sentences (a SourceError, the template summary) go through
``localise``.
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
from agora_token_gui.ui.i18n import localise, message_of, retranslatable

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
        # label -> how to write its current sentence again in the current language (``_say``)
        self._sentences: dict[QLabel, Callable[[], str]] = {}

        self._init_sources()
        self._init_table()
        self._init_layout()
        self._init_signals()
        self._apply_status_style()
        retranslatable(self, self._retranslate)
        self._on_kind_current_index_changed(self.kind.currentIndex())
        self._on_use_form_toggled(self.use_form.isChecked())

    def _retranslate(self) -> None:
        """The fixed texts in the current language, then every remembered sentence again."""
        self.kind.setAccessibleName(self.tr("Key kind"))
        self._translate_kinds()
        self.use_form.setText(self.tr("&Use the generator form (key kind, role, lifetimes)"))
        self.use_form.setToolTip(
            self.tr(
                "Every row is the request of the form you last used on a generator page, with "
                "the user and channel from the lists below. Untick to edit the template as JSON."
            )
        )
        self.form_summary.setAccessibleName(self.tr("What each row takes from the generator form"))
        self.template.setAccessibleName(self.tr("Request template (JSON)"))
        self.template.setToolTip(
            self.tr(
                "The request every row starts from (requests.md keys). App ID and certificate "
                "come from the window unless you add app_id / app_certificate here."
            )
        )
        self.uids.setAccessibleName(self.tr("Users, one per line"))
        self.uids.setPlaceholderText(self.tr("one per line; 1000-1099 = 100 numbers"))
        self.channels.setAccessibleName(self.tr("Channels, one per line"))
        self.channels.setPlaceholderText(self.tr("one per line; 1-10 = channels 1 to 10"))
        self.uids_label.setText(self.tr("Users:"))
        self.channels_label.setText(self.tr("Channels:"))
        self.kind_label.setText(self.tr("&Key kind:"))
        self.template_label.setText(self.tr("Te&mplate:"))
        self.open_button.setText(self.tr("&Open CSV or JSON Lines…"))
        self.open_button.setAccessibleName(self.tr("Open a CSV or JSON Lines file of requests"))
        self.sources.setAccessibleName(self.tr("Batch source"))
        self.sources.setTabText(0, self.tr("&Grid"))
        self.sources.setTabText(1, self.tr("Fi&le"))
        self.run_button.setText(self.tr("&Run batch"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.progress.setAccessibleName(self.tr("Batch progress"))
        self.error.setAccessibleName(self.tr("Batch problem"))
        self.table.setAccessibleName(self.tr("Batch results"))
        self.copy_button.setText(self.tr("Copy &selected tokens"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Save the results as CSV or JSON Lines; the App Certificate is never written.")
        )
        self.open_export_button.setText(self.tr("Open"))
        self.open_export_button.setAccessibleName(self.tr("Open the exported file"))
        self.show_export_button.setText(self.tr("Show in folder"))
        self.show_export_button.setAccessibleName(self.tr("Show the exported file's folder"))
        for label, sentence in self._sentences.items():
            label.setText(sentence())

    def _say(self, label: QLabel, sentence: Callable[[], str]) -> str:
        """Show ``sentence()`` on ``label`` and write it again after a language switch."""
        self._sentences[label] = sentence
        text = sentence()
        label.setText(text)
        return text

    # --- building the tab (called once, from __init__) ------------------------------------------

    def _init_grid(self) -> QWidget:
        """Source 1: a key kind, a template and the users x channels lists."""
        self.kind = QComboBox()
        self._fill_kinds()
        self.kind_help = QLabel()
        self.kind_help.setWordWrap(True)
        # The template is the generator form the user last filled in (issue #9: a batch needs no
        # hand-written JSON); editing it as JSON is the advanced choice.
        self.use_form = QCheckBox()
        self.use_form.setChecked(self._form_request is not None)
        self.use_form.setVisible(self._form_request is not None)
        self.form_summary = QLabel()
        self.form_summary.setWordWrap(True)
        self.template = QPlainTextEdit()
        self.template.setTabChangesFocus(True)
        self.template.setFont(QFont("monospace"))
        self.uids = QPlainTextEdit()
        self.uids.setTabChangesFocus(True)
        self.channels = QPlainTextEdit()
        self.channels.setTabChangesFocus(True)
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
        self.uids_label = QLabel()
        self.uids_label.setBuddy(self.uids)
        users_box.addWidget(self.uids_label)
        users_box.addWidget(self.uids)
        channels_box = QVBoxLayout()
        self.channels_label = QLabel()
        self.channels_label.setBuddy(self.channels)
        channels_box.addWidget(self.channels_label)
        channels_box.addWidget(self.channels)
        lists.addLayout(users_box)
        lists.addLayout(channels_box)
        grid_page = QWidget()
        grid_form = QFormLayout(grid_page)
        grid_form.addRow(self.use_form)
        grid_form.addRow(self.form_summary)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        grid_form.addRow(self.kind_label, self.kind)
        grid_form.addRow("", self.kind_help)
        self.template_label = QLabel()
        self.template_label.setBuddy(self.template)
        grid_form.addRow(self.template_label, self.template)
        self._grid_form = grid_form
        grid_form.addRow(lists)
        grid_form.addRow(self.grid_help)
        return grid_page

    def _init_file(self) -> QWidget:
        """Source 2: a CSV or JSON Lines file."""
        self.open_button = QPushButton()
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        self._say(self.file_info, self._file_help)
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.addWidget(self.open_button)
        file_layout.addWidget(self.file_info)
        file_layout.addStretch(1)
        return file_page

    def _file_help(self) -> str:
        return self.tr(
            "CSV: the first row names the request keys (format, builder, channel_name, uid, …; "
            "app_id and app_certificate columns are optional, empty cells use the window's "
            "values or the defaults). JSON Lines: one request object per line."
        )

    def _init_sources(self) -> None:
        """Both sources, as tabs."""
        self.sources = QTabWidget()
        self.sources.addTab(self._init_grid(), "")
        self.sources.addTab(self._init_file(), "")

    def _init_run_row(self) -> QHBoxLayout:
        """Run, Cancel and the progress bar."""
        self.run_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        return run_row

    def _init_table(self) -> None:
        """The results table and its model."""
        self.model = BatchModel(self)
        self.table = QTableView()
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
        self.copy_button = QPushButton()
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        # After an export (issue #9): open the file, or its folder, with the desktop's apps.
        self.last_export: Path | None = None
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        self.open_export_button = QPushButton()
        self.show_export_button = QPushButton()
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
            reason = exc.strerror or str(exc)
            self._show_error(
                lambda: self.tr("Could not read {name}: {reason}.").format(
                    name=path.name, reason=reason
                )
            )
            return False
        except SourceError as exc:
            self._show_error(message_of(exc))
            return False
        self._loaded = loaded
        self._say(self.file_info, lambda: self._file_text(loaded))
        self.sources.setCurrentIndex(1)
        self.error.hide()
        return True

    def _file_text(self, loaded: LoadedFile) -> str:
        columns = (
            self.tr("; columns: {columns}").format(columns=", ".join(loaded.columns))
            if loaded.columns
            else ""
        )
        certificate = (
            self.tr("from the file where given, else the window's")
            if "app_certificate" in loaded.columns or loaded.kind == "JSON Lines"
            else self.tr("the window's")
        )
        return self.tr(
            "{name}: {count} requests ({kind}{columns}). App Certificate: {certificate}."
        ).format(
            name=loaded.name,
            count=loaded.count,
            kind=loaded.kind,
            columns=columns,
            certificate=certificate,
        )

    def start(self) -> bool:
        """Run the current source; False (and a message) if it cannot start."""
        if self.is_running():
            return False
        try:
            items, total = self._source()
        except SourceError as exc:
            self._show_error(message_of(exc))
            return False
        app_id, certificate = self._credentials()
        self.error.hide()
        self.model.clear()
        self._total = total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self._say(
            self.summary, lambda: self.tr("Building {count} tokens…").format(count=f"{total:,}")
        )
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
            self._say(self.summary, lambda: self.tr("Cancelling…"))

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
            reason = exc.strerror or str(exc)
            self._show_error(
                lambda: self.tr("Could not write {name}: {reason}.").format(
                    name=path.name, reason=reason
                )
            )
            return False
        self.last_export = path
        for button in (self.open_export_button, self.show_export_button):
            button.setVisible(True)
        rows = self.model.rowCount()
        message = self._say(
            self.summary,
            lambda: self.tr(
                "Exported {count} rows to {path} (without the App Certificate)."
            ).format(count=f"{rows:,}", path=path),
        )
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
                self._say(
                    self.form_summary,
                    lambda: self.tr(
                        "Fill in a generator page first (for example AccessToken2 → RTC by uid): "
                        "its key kind, role and lifetimes become every row's."
                    ),
                )
            return False
        kind, request = form
        if kind.key not in self._kinds:
            self._say(
                self.form_summary,
                lambda: self.tr(
                    "{kind} needs credentials of its own and cannot be built from the grid; "
                    "choose a key kind below, or use a CSV or JSON Lines file."
                ).format(kind=localise(kind.title)),
            )
            self.form_summary.show()
            self.kind.setEnabled(True)
            return False
        if self.current_kind().key != kind.key:
            self.set_kind(kind.format, kind.builder)
        self.kind.setEnabled(False)
        summary = describe_template(kind, template_from_form(kind, request))
        self._say(
            self.form_summary,
            lambda: self.tr("Each row: {summary}").format(summary=localise(summary)),
        )
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
        self._say(self.kind_help, lambda: localise(kind.description))
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
            message = message_of(exc)
            self._say(self.error, lambda: localise(message))
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
            self.tr("Open requests"),
            "",
            self.tr("Requests (*.csv *.jsonl *.ndjson *.json *.txt);;All files (*)"),
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
            self.status_message.emit(self.tr("Select rows with tokens to copy them."))
            return
        QGuiApplication.clipboard().setText("\n".join(tokens))
        self.status_message.emit(self.tr("Copied {count} tokens.").format(count=f"{len(tokens):,}"))

    @Slot()
    def _on_export_button_clicked(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export results"),
            "tokens.csv",
            self.tr("CSV (*.csv);;JSON Lines (*.jsonl)"),
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
            self._show_error(
                lambda: self.tr("The batch stopped because of an internal error; see the details.")
            )
            self.batch_finished.emit(True)
            raise RuntimeError(f"The batch worker failed:\n{self._failure}")
        seconds = time.monotonic() - self._started_at
        done, total = self.model.rowCount(), self._total
        errors = self.model.error_count
        text = self._say(
            self.summary, lambda: self._run_summary(done, errors, total, cancelled, seconds)
        )
        self.progress.setValue(done if cancelled else self.progress.maximum())
        self.status_message.emit(text)
        self.batch_finished.emit(cancelled)

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self.shutdown()

    # --- helpers ------------------------------------------------------------------------------

    def _run_summary(
        self, done: int, errors: int, total: int, cancelled: bool, seconds: float
    ) -> str:
        built, failed, time_taken = f"{done - errors:,}", f"{errors:,}", f"{seconds:.1f}"
        if errors:
            text = self.tr(
                "{built} tokens built; {errors} rows have errors (shown in the table) in "
                "{seconds} s."
            ).format(built=built, errors=failed, seconds=time_taken)
        else:
            text = self.tr("{built} tokens built in {seconds} s.").format(
                built=built, seconds=time_taken
            )
        if cancelled:
            return self.tr("Cancelled after {done} of {total} rows: {result}").format(
                done=f"{done:,}", total=f"{total:,}", result=text
            )
        return text

    def _fill_kinds(self) -> None:
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel)
        self._group_rows: dict[int, str] = {}  # the headings' rows and groups
        for group in GROUPS:
            if not any(kind.group == group for kind in GRID_KINDS):
                continue
            self._group_rows[model.rowCount()] = group
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

    def _translate_kinds(self) -> None:
        """The group headings (the sidebar's page names) and the kinds' titles, translated."""
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(model.rowCount()):
            key = self.kind.itemData(row)
            item = model.item(row)
            if isinstance(key, str) and key in self._kinds:
                item.setText(f"    {localise(self._kinds[key].title)}")
            elif row in self._group_rows:
                group = self._group_rows[row]
                item.setText(QCoreApplication.translate("Pages", group))

    def _source(self) -> tuple[Iterator[BatchItem], int]:
        if self.sources.currentIndex() == 1:
            if self._loaded is None:
                raise SourceError(self.tr("Open a CSV or JSON Lines file first."))
            return self._loaded.iter_items(), self._loaded.count
        template = self._template()
        plan = GridPlan.for_kind(self.current_kind())
        users = parse_list(self.uids.toPlainText(), self.tr("Users")) if plan.user_keys else []
        channels = (
            parse_list(self.channels.toPlainText(), self.tr("Channels")) if plan.channel_key else []
        )
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
        try:
            users = parse_list(self.uids.toPlainText(), self.tr("Users")) if plan.user_keys else []
            channels = (
                parse_list(self.channels.toPlainText(), self.tr("Channels"))
                if plan.channel_key
                else []
            )
        except SourceError as exc:
            message = message_of(exc)
            self._say(self.grid_help, lambda: localise(message))
            return
        n_users, n_channels = list_size(users), list_size(channels)
        self._say(self.grid_help, lambda: self._grid_text(plan, n_users, n_channels))

    def _grid_text(self, plan: GridPlan, n_users: int, n_channels: int) -> str:
        """What the lists fill for the kind, and how many requests they make."""
        parts: list[str] = []
        if plan.user_keys:
            quoted = [self.tr("“{key}”").format(key=key) for key in plan.user_keys]
            keys = self.tr(" and ").join(quoted)
            if plan.numeric_users:
                line = self.tr("Each user line fills {keys} (numbers; 1000-1099 = 100 values).")
            else:
                line = self.tr("Each user line fills {keys} (text; 1000-1099 = 100 values).")
            parts.append(line.format(keys=keys))
        else:
            parts.append(self.tr("This key kind has no user field; the Users list is not used."))
        if plan.channel_key:
            key = self.tr("“{key}”").format(key=plan.channel_key)
            parts.append(self.tr("Each channel line fills {key}.").format(key=key))
        else:
            parts.append(self.tr("This key kind has no channel; the Channels list is not used."))
        if plan.user_keys and plan.channel_key:
            parts.append(
                self.tr("{users} users × {channels} channels = {total} requests.").format(
                    users=f"{n_users:,}",
                    channels=f"{n_channels:,}",
                    total=f"{n_users * n_channels:,}",
                )
            )
        elif plan.user_keys or plan.channel_key:
            count = f"{max(n_users, n_channels):,}"
            parts.append(self.tr("{count} requests.").format(count=count))
        else:
            parts.append(self.tr("1 request."))
        text = parts[0]
        for part in parts[1:]:  # sentences follow each other as the language writes them
            text = self.tr("{sentence} {next}").format(sentence=text, next=part)
        return text

    def _show_error(self, message: str | Callable[[], str]) -> None:
        """Show a problem: a core sentence (a Text, localised) or a function writing ours."""
        if isinstance(message, str):
            text = message
            sentence: Callable[[], str] = lambda: localise(text)  # noqa: E731
        else:
            sentence = message
        shown = self._say(self.error, sentence)
        self.error.show()
        self.status_message.emit(shown)

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
