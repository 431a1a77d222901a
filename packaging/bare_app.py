"""A bare PySide6 main window: the baseline that benchmarks/bundle.py packages like the app.

It honours the same start-up contract as agora_token_gui.ui.app: with
AGORA_TOKEN_GUI_EXIT_AFTER_SHOWN=1 it prints "shown <ms>" once the window is on screen (<ms>:
milliseconds since this script started) and quits with status 0.
"""

import os
import sys
import time

_STARTED = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402  (imported after the clock starts)
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare Qt")
    window.resize(800, 600)
    window.show()
    if os.environ.get("AGORA_TOKEN_GUI_EXIT_AFTER_SHOWN") == "1":

        def report() -> None:
            # A zero timer fires once the events queued by show() (expose, paint) are handled.
            print(f"shown {(time.perf_counter() - _STARTED) * 1000:.0f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
