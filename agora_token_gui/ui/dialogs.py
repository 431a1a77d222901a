"""Small dialogs: About (versions and licences), Keyboard shortcuts, and confirmations."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agora_token_gui import __version__
from agora_token_gui.ui.i18n import QT_TRANSLATE_NOOP
from agora_token_gui.ui.resources import resource_path

# Shortcuts that Qt provides without a QAction of ours (translated when shown).
BUILT_IN_SHORTCUTS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous tab of the decoder pane"),
        "Ctrl+Tab / Ctrl+Shift+Tab",
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Move to the next / previous input"), "Tab / Shift+Tab"),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Jump to a labelled input"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt + the underlined letter"),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a menu"), "Alt+F, Alt+E, Alt+V, Alt+H"),
)
# A translated action's access key, "生成(&G)": dropped from the shortcut list with its brackets.
_ACCESS_KEY = re.compile(r"\s*[(（]&\w[)）]")


# Room a window manager's title bar takes besides the title text (icon, buttons, padding).
TITLE_BAR_EXTRA = 140


def fit_dialog(dialog: QDialog, width: int = 0) -> None:
    """Size a dialog to its content, at least as wide as its title, never larger than the screen.

    ``width``: a preferred width (for wrapping text), used when the content allows it.
    """
    dialog.adjustSize()
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA
    wanted_width = max(dialog.sizeHint().width(), dialog.minimumSizeHint().width(), title, width)
    layout = dialog.layout()
    height = dialog.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(wanted_width))
    screen = dialog.screen()
    if screen is not None:
        area = screen.availableGeometry()
        wanted_width = min(wanted_width, area.width() - 40)
        height = min(height, area.height() - 80)
    dialog.resize(wanted_width, height)


def about_html() -> str:
    """The About text, in the current language."""
    licences = resource_path("licenses")
    where = (
        "<p>"
        + QCoreApplication.translate("AboutDialog", "Licence texts: {folder}").format(
            folder=f"<code>{html.escape(str(licences))}</code>"
        )
        + "</p>"
        if licences.is_dir()
        else ""
    )
    return (
        f"<h3>Agora Token GUI {html.escape(__version__)}</h3>"
        "<p>"
        + QCoreApplication.translate(
            "AboutDialog",
            "Generate, decode, verify and explain Agora tokens and legacy dynamic keys.",
        )
        + "</p>"
        f"<p>Qt {html.escape(qVersion())}, PySide6 {html.escape(pyside_version)}</p>"
        "<p>"
        + QCoreApplication.translate(
            "AboutDialog", "Agora Token GUI is free software under the MIT licence."
        )
        + "<br>"
        + QCoreApplication.translate(
            "AboutDialog",
            "Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General "
            "Public License, version 3 (LGPLv3).",
        )
        + f"</p>{where}<p>"
        + QCoreApplication.translate(
            "AboutDialog", "Certificates are never written to settings, history or logs."
        )
        + "</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Agora Token GUI"))
        self.text = QLabel(about_html(), self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_dialog(self, width=self.fontMetrics().averageCharWidth() * 64)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut, then Qt's built-in ones."""
    rows = []
    separator = QCoreApplication.translate("ShortcutsDialog", " or ")
    for action in actions:
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
        keys = list(dict.fromkeys(keys))  # Qt's Chinese names Return and Enter both "回车"
        if keys:
            what = _ACCESS_KEY.sub("", action.text()).replace("&", "").rstrip("….")
            rows.append((what, separator.join(keys)))
    translate = QCoreApplication.translate  # the texts are marked above (QT_TRANSLATE_NOOP)
    built_in = [
        (translate("ShortcutsDialog", what), translate("ShortcutsDialog", keys))
        for what, keys in BUILT_IN_SHORTCUTS
    ]
    return rows + built_in


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
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
        # Every row and both columns visible without scrolling, when the screen allows.
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        frame = 2 * self.table.frameWidth()
        columns = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumSize(columns + frame + 4, min(height + header + frame + 4, 480))
        fit_dialog(self)


class ProfileNameDialog(QDialog):
    """Asks for the name to save the App ID under: says what is saved, sized to its text."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save profile"))
        explanation = QLabel(
            self.tr(
                "Save the App ID under a name to pick it again from the Profile list. The App "
                "Certificate is kept only if “Remember certificate in system keychain” is "
                "ticked, and then only in the keychain."
            ),
            self,
        )
        explanation.setWordWrap(True)
        label = QLabel(self.tr("Profile &name:"), self)
        self.name_edit = QLineEdit(current, self)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. staging project"))
        self.name_edit.selectAll()
        label.setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self._on_name_edit_text_changed(current)
        fit_dialog(self, width=self.fontMetrics().averageCharWidth() * 56)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _on_name_edit_text_changed(self, text: str) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(bool(text.strip()))


def ask_profile_name(parent: QWidget, current: str) -> str | None:
    """The name to save a profile under, or None when cancelled."""
    dialog = ProfileNameDialog(current, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    name = dialog.name()
    dialog.deleteLater()
    return name if accepted and name else None


def confirm_forget(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Confirmations", "Forget saved data"),
        QCoreApplication.translate(
            "Confirmations",
            "Forget every saved setting (window layout, form values, profiles) and delete the "
            "certificates this app stored in the system keychain?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_delete_profile(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Confirmations", "Delete profile"),
        QCoreApplication.translate(
            "Confirmations",
            "Delete the profile {name} and any certificate kept for it in the keychain?",
        ).format(name=repr(name)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
