"""Restoring a saved Services form: time per service at 100 and 400 services (issue 14 item 9).

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/restore.py

The baseline is the same restore at 100 services, in the same run: linear work gives a ratio of
time-per-service near 1 between 400 and 100 services; the quadratic restore it replaced gave
about 4 (every added service refreshed every title and revalidated the whole form).
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from agora_token_gui.core.catalog import KINDS
from agora_token_gui.core.detect import JSONValue
from agora_token_gui.ui.form import Form

APP = "970CA35de60c44645bbae8a215061b33"
CERT = "5CFd2fd1755d40ecb72977518be15d3b"


def restore_seconds(count: int) -> float:
    kind = next(k for k in KINDS if k.key == "007/services")
    form = Form(kind, credentials=lambda: (APP, CERT), now=lambda: 1_700_000_000)
    value: list[JSONValue] = [
        {"type": 1, "privileges": {"1": 3600}, "channel_name": f"c{i}", "uid": str(i)}
        for i in range(count)
    ]
    start = time.perf_counter()
    form.restore_field_values({"services": value})
    elapsed = time.perf_counter() - start
    form.deleteLater()
    return elapsed


def main() -> None:
    app = QApplication.instance() or QApplication([])
    restore_seconds(10)  # warm-up: imports, first widgets
    base = restore_seconds(100)
    large = restore_seconds(400)
    print(f"100 services: {base:.2f} s ({base / 100 * 1000:.1f} ms each)")
    print(f"400 services: {large:.2f} s ({large / 400 * 1000:.1f} ms each)")
    print(
        f"time per service, 400 vs 100: {large / 400 / (base / 100):.2f}x (linear ~1, quadratic ~4)"
    )
    del app


if __name__ == "__main__":
    main()
