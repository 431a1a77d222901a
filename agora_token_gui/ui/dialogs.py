"""Small dialogs: About (versions and licences), Keyboard shortcuts, and confirmations."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui import __version__
from agora_token_gui.ui.resources import resource_path

# Shortcuts that Qt provides without a QAction of ours.
BUILT_IN_SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Next / previous tab of the decoder pane", "Ctrl+Tab / Ctrl+Shift+Tab"),
    ("Move to the next / previous input", "Tab / Shift+Tab"),
    ("Jump to a labelled input", "Alt + the underlined letter"),
    ("Open a menu", "Alt+F, Alt+E, Alt+V, Alt+H"),
)


def about_html() -> str:
    licences = resource_path("licenses")
    where = (
        f"<p>Licence texts: <code>{html.escape(str(licences))}</code></p>"
        if licences.is_dir()
        else ""
    )
    return (
        f"<h3>Agora Token GUI {html.escape(__version__)}</h3>"
        "<p>Generate, decode, verify and explain Agora tokens and legacy dynamic keys.</p>"
        f"<p>Qt {html.escape(qVersion())}, PySide6 {html.escape(pyside_version)}</p>"
        "<p>Agora Token GUI is free software under the MIT licence.<br>"
        "Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General "
        "Public License, version 3 (LGPLv3).</p>"
        f"{where}"
        "<p>Certificates are never written to settings, history or logs.</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Agora Token GUI")
        self.text = QLabel(about_html(), self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(480, 0)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut, then Qt's built-in ones."""
    rows = []
    for action in actions:
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…."), " or ".join(keys)))
    return rows + list(BUILT_IN_SHORTCUTS)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)


def confirm_forget(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        "Forget saved data",
        "Forget every saved setting (window layout, form values, profiles) and delete the "
        "certificates this app stored in the system keychain?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_delete_profile(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        "Delete profile",
        f"Delete the profile {name!r} and any certificate kept for it in the keychain?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
