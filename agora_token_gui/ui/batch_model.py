"""Batch results: one immutable row per request, and the table model that shows them.

A row keeps its English words (``status()``, ``message()``, the exports) and the core's Texts
(errors, warnings); the model shows them in the current language, headers included, and shows
them again after a language switch.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from agora_token_gui.atomic import write_text_atomically
from agora_token_gui.core.batch import IDENTITY_KEYS
from agora_token_gui.core.detect import JSONValue, expiry_of
from agora_token_gui.core.secrets import strip_secrets
from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP, localise, retranslatable

CSV_COLUMNS: Final = (
    "row",
    "id",
    "format",
    "builder",
    "app_id",
    "user",
    "channel",
    "token",
    "expires_at",
    "effective_expires_at",
    "effective_expiry",
    "error",
    "field",
    "warnings",
)


def iso_utc(instant: int | None) -> str:
    """``2026-11-28T20:00:00Z``; "" for never or unknown."""
    if not instant:
        return ""
    try:
        moment = _dt.datetime.fromtimestamp(instant, _dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return ""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One request's outcome. ``request`` never holds the App Certificate."""

    number: int  # 1-based position in the input (the line number for a file)
    request: Mapping[str, JSONValue] = field(default_factory=dict)
    token: str = ""
    error: str = ""
    field: str | None = None
    warnings: tuple[str, ...] = ()
    id: str | None = None

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def user(self) -> str:
        for key in IDENTITY_KEYS:
            value = self.request.get(key)
            if value is not None:
                return str(value)
        return ""

    @property
    def channel(self) -> str:
        value = self.request.get("channel_name")
        return "" if value is None else str(value)

    def status(self) -> str:
        """The status word, in English: Error, Warning or OK (the table shows it translated)."""
        if self.error:
            return QT_TRANSLATE_NOOP("BatchModel", "Error")
        if self.warnings:
            return QT_TRANSLATE_NOOP("BatchModel", "Warning")
        return QT_TRANSLATE_NOOP("BatchModel", "OK")

    def message(self) -> str:
        """The token, or the error sentence (with the field it is about)."""
        if self.error:
            return f"{self.error} (field: {self.field})" if self.field else self.error
        return self.token

    def result_json(self) -> dict[str, JSONValue]:
        """The requests.md result object, plus the request (without its certificate)."""
        out: dict[str, JSONValue] = {"id": self.id, "line": self.number}
        if self.error:
            out["error"] = self.error
            if self.field:
                out["field"] = self.field
        else:
            out["token"] = self.token
            out.update(self.expiry_columns())
            if self.warnings:
                out["warnings"] = list(self.warnings)
        out["request"] = without_certificate(self.request)  # rows hold none; stripped again
        return out

    def expiry_columns(self) -> dict[str, str]:
        """The token's own expiry and its effective expiry (issue #9), ISO 8601 UTC."""
        found = expiry_of(self.token) if self.token else None
        if found is None:
            return {"expires_at": "", "effective_expires_at": "", "effective_expiry": ""}
        first = [c.name for c in found.capabilities if c.ends_at == found.at]
        what = "the token" if not found.limited_by_privilege else " and ".join(first)
        return {
            "expires_at": iso_utc(found.token_expires_at),
            "effective_expires_at": iso_utc(found.at),
            "effective_expiry": "never" if found.at is None else f"{what} ends first",
        }

    def csv_record(self) -> dict[str, str]:
        def text(key: str) -> str:
            value = self.request.get(key)
            return "" if value is None else str(value)

        return {
            "row": str(self.number),
            "id": self.id or "",
            "format": text("format"),
            "builder": text("builder"),
            "app_id": text("app_id"),
            "user": self.user,
            "channel": self.channel,
            "token": self.token,
            **self.expiry_columns(),
            "error": self.error,
            "field": self.field or "",
            "warnings": " | ".join(self.warnings),
        }


def without_certificate(request: Mapping[str, object]) -> dict[str, JSONValue]:
    """A JSON-safe copy of a raw request minus every secret, for display and export.

    Every key that names a certificate or another secret, in any spelling or typo and at any
    depth (``App_Certificate``, ``app_certificat``, ``customerSecret`` ...), is left out
    (core.secrets).
    """
    stripped = strip_secrets(request)
    assert isinstance(stripped, dict)
    return {str(key): _json_safe(value) for key, value in stripped.items()}


def _json_safe(value: object) -> JSONValue:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return repr(value)


def write_atomically(path: Path, rows: Sequence[BatchRow]) -> None:
    """Write rows as CSV (``.csv``) or JSON Lines (anything else), all or nothing.

    The file is written next to ``path`` under a temporary name and then renamed over it, so a
    crash or a full disk never leaves half a file, and readers never see one; a symlinked path
    stays a link and an existing file keeps its mode (``atomic.write_text_atomically``).

    Raises:
        OSError: the directory is not writable, the disk is full, ...
    """
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(row.csv_record() for row in rows)
        text = buffer.getvalue()
    else:
        text = "".join(json.dumps(row.result_json(), ensure_ascii=False) + "\n" for row in rows)
    write_text_atomically(path, text)


class BatchModel(QAbstractTableModel):
    """Rows are appended in chunks; the view asks only for what it draws (no per-row widgets)."""

    COLUMNS: Final = (
        "#",
        "ID",
        QT_TRANSLATE_NOOP("BatchModel", "User"),
        QT_TRANSLATE_NOOP("BatchModel", "Channel"),
        QT_TRANSLATE_NOOP("BatchModel", "Status"),
        QT_TRANSLATE_NOOP("BatchModel", "Token or problem"),
    )
    STATUS_COLUMN: Final = 4
    MESSAGE_COLUMN: Final = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BatchRow] = []
        self._error_count = 0
        self._colors: dict[str, QColor] = {}
        self._icons: dict[str, QIcon] = {}
        retranslatable(self, self._retranslate)

    def _retranslate(self) -> None:
        """Headers and rows again, in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )

    # --- our API ------------------------------------------------------------------------------

    def append(self, rows: Sequence[BatchRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._error_count += sum(1 for row in rows if row.error)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._error_count = 0
        self.endResetModel()

    def rows(self) -> Sequence[BatchRow]:
        return self._rows

    def row_at(self, index: int) -> BatchRow:
        return self._rows[index]

    @property
    def error_count(self) -> int:
        return self._error_count

    def set_status_style(self, colors: Mapping[str, QColor], icons: Mapping[str, QIcon]) -> None:
        """Colours and icons per status ("error", "warning"), picked by the view's palette."""
        self._colors = dict(colors)
        self._icons = dict(icons)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )

    # --- Qt overrides -------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate("BatchModel", self.COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MESSAGE_COLUMN or column == self.STATUS_COLUMN:
                warning = self.tr("Warning: {warning}")
                lines = [
                    self._message(row),
                    *(warning.format(warning=localise(w)) for w in row.warnings),
                ]
                return "\n".join(lines)
            return None
        status = "error" if row.error else ("warning" if row.warnings else "")
        if role == Qt.ItemDataRole.ForegroundRole and status and column >= self.STATUS_COLUMN:
            return self._colors.get(status)
        if role == Qt.ItemDataRole.DecorationRole and status and column == self.STATUS_COLUMN:
            return self._icons.get(status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: BatchRow, column: int) -> str:
        if column == 0:
            return str(row.number)
        if column == 1:
            return row.id or ""
        if column == 2:
            return row.user
        if column == 3:
            return row.channel
        if column == self.STATUS_COLUMN:
            return QCoreApplication.translate("BatchModel", row.status())
        return self._message(row)

    def _message(self, row: BatchRow) -> str:
        """The token, or the error sentence in the current language (with its field)."""
        if not row.error:
            return row.token
        error = localise(row.error)
        if row.field:
            return self.tr("{error} (field: {field})").format(error=error, field=row.field)
        return error
