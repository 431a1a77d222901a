"""Builds a batch off the UI thread and hands the rows over in chunks.

Used with a QThread (see ``BatchTab``): the worker object is moved to the thread, ``run`` is
connected to ``QThread.started``, and its signals reach the tab through queued connections.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from typing import Final, TypeAlias

from PySide6.QtCore import QObject, Signal, Slot

from agora_token_gui.core.batch import BatchItem
from agora_token_gui.core.build import BuildResult
from agora_token_gui.core.errors import TokenError, message_of
from agora_token_gui.core.request import request_to_json
from agora_token_gui.core.secrets import redact, secret_values

from .batch_model import BatchRow, without_certificate

Build: TypeAlias = Callable[..., BuildResult]

CHUNK_ROWS: Final = 100
CHUNK_SECONDS: Final = 0.05
YIELD_SECONDS: Final = 0.002


def build_row(number: int, request: Mapping[str, object] | str, build: Build) -> BatchRow:
    """One request through ``build`` (the CLI's path); a bad request becomes an error row."""
    if isinstance(request, str):  # a line that could not be read: its sentence quotes no value
        return BatchRow(number, error=request)
    raw_id = request.get("id")
    request_id = raw_id if isinstance(raw_id, str) else None
    try:
        result = build(request)
    except TokenError as exc:
        return BatchRow(
            number,
            without_certificate(request),
            error=_error_sentence(exc, request),
            field=getattr(exc, "field", None),
            id=request_id,
        )
    return BatchRow(
        number,
        request_to_json(result.request, pinned=result.pinned),
        token=result.token,
        warnings=tuple(w.message for w in result.warnings),
        id=request_id,
    )


def _error_sentence(exc: TokenError, request: Mapping[str, object]) -> str:
    """The error's sentence, kept translatable (the core's Text) unless a secret had to go.

    A sentence that quotes one of the request's secrets is shown redacted, as plain English: its
    parameters (which hold the secret) must not be formatted again in another language.
    """
    sentence = message_of(exc)
    redacted = redact(str(sentence), secret_values(request))
    return sentence if redacted == str(sentence) else redacted


class BatchWorker(QObject):
    """Turns items into rows; ``cancel`` may be called from any thread."""

    rows_ready = Signal(list)  # list[BatchRow], in input order
    failed = Signal(str)  # a traceback: something other than a TokenError was raised
    finished = Signal(bool)  # True when cancelled before the end

    def __init__(
        self,
        items: Iterable[BatchItem],
        build: Build,
        *,
        chunk_rows: int = CHUNK_ROWS,
        chunk_seconds: float = CHUNK_SECONDS,
    ) -> None:
        super().__init__()
        self._items = items
        self._build = build
        self._chunk_rows = chunk_rows
        self._chunk_seconds = chunk_seconds
        # A plain flag, not a queued signal: run() never returns to the thread's event loop.
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        chunk: list[BatchRow] = []
        last_emit = last_yield = time.monotonic()
        cancelled = False
        try:
            for number, request in self._items:
                if self._cancel.is_set():
                    cancelled = True
                    break
                chunk.append(build_row(number, request, self._build))
                now = time.monotonic()
                if len(chunk) >= self._chunk_rows or now - last_emit >= self._chunk_seconds:
                    self.rows_ready.emit(chunk)
                    chunk = []
                    last_emit = now
                if now - last_yield >= YIELD_SECONDS:
                    # Hand the GIL over if the UI thread is waiting for it; otherwise it waits a
                    # whole switch interval (5 ms) for every chunk and timer, and stutters.
                    time.sleep(0)
                    last_yield = now
            if chunk:
                self.rows_ready.emit(chunk)
        except Exception:
            # A bug, not a bad row: the tab re-raises it on the UI thread (the excepthook).
            self.failed.emit(traceback.format_exc())
        finally:
            # Even if a bug raises above, the tab learns that the run ended and stops its thread.
            self.finished.emit(cancelled)
