"""Temporary entry point; replaced by the real window (issue 3)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    args = list(sys.argv if argv is None else argv)
    app = QApplication(args)
    window = QMainWindow()
    window.setWindowTitle("Agora Token GUI")
    window.show()
    if "--self-test" in args:
        return 0
    return app.exec()
