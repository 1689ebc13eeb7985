"""Help > About: the program's version and what it runs on (Qt, PySide6, Python, Pillow, the
system), with a button that copies them for a bug report; and the licences of what it ships
(the program's MIT licence, the bundled font's SIL OFL 1.1), each readable in full."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer import __version__
from designer.qt.i18n.messages import say
from designer.services.about import Licence, licences, versions


def all_versions() -> dict[str, str]:
    """The program's version and those of what it runs on, Qt's included, by key (program,
    qt, pyside6, python, pillow, system)."""
    found = versions()
    return {
        "program": found.pop("program"),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        **found,
    }


class AboutDialog(QDialog):
    """What this program is, its versions, and its licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Xpyun Label Designer"))
        name = self.tr("Xpyun Label Designer %s") % __version__
        title = QLabel(f"<h2>{html.escape(name)}</h2>")
        title.setObjectName("title")
        blurb = QLabel(
            self.tr(
                "Design labels for Xpyun (芯烨云) cloud label printers, dot for dot as they "
                "print, and print them through the cloud."
            )
        )
        blurb.setWordWrap(True)
        titles = {
            "program": self.tr("Version"),
            "qt": "Qt",
            "pyside6": "PySide6",
            "python": "Python",
            "pillow": "Pillow",
            "system": self.tr("System"),
        }
        self.versions = {titles.get(k, k): v for k, v in all_versions().items()}
        form = QFormLayout()
        for key, version in all_versions().items():
            value = QLabel(version)
            value.setObjectName(f"version_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(titles.get(key, key), value)
        self.licences = licences()
        self.licence_list = QListWidget()
        self.licence_list.setObjectName("licences")
        for licence in self.licences:
            self.licence_list.addItem(
                self.tr("%1: %2")
                .replace("%1", say(licence.subject))
                .replace("%2", say(licence.name))
            )
        self.licence_list.setMaximumHeight(self.licence_list.sizeHintForRow(0) * 5 + 8)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licence_text")
        self.licence_text.setReadOnly(True)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_list.currentRowChanged.connect(self.show_licence)
        copy = QPushButton(self.tr("Copy versions"))
        copy.setObjectName("copy_versions")
        copy.clicked.connect(self.copy_versions)
        about_qt = QPushButton(self.tr("About Qt"))
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(about_qt)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Licences")))
        layout.addWidget(self.licence_list)
        layout.addWidget(self.licence_text, 1)
        layout.addLayout(row)
        self.licence_list.setCurrentRow(0)
        self.resize(640, 600)

    def show_licence(self, row: int) -> None:
        """Show the text of licence `row` (or say that this installation lacks it)."""
        if not 0 <= row < len(self.licences):
            self.licence_text.clear()
            return
        licence: Licence = self.licences[row]
        self.licence_text.setPlainText(
            licence.text
            if licence.text is not None
            else self.tr(
                "%1 is released under the %2. The licence's text is not part of this installation."
            )
            .replace("%1", say(licence.subject))
            .replace("%2", say(licence.name))
        )

    def versions_text(self) -> str:
        """The versions as plain text, a line each (what Copy versions copies)."""
        return "\n".join(f"{name}: {version}" for name, version in self.versions.items())

    def copy_versions(self) -> None:
        """Put the versions on the clipboard, for a bug report."""
        QGuiApplication.clipboard().setText(self.versions_text())
