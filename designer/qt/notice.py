"""A warning the window shows without waiting for it: a message box opened, never exec'd, its
text plain (a file name or the user's data is never read as markup)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def notice(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Open a warning box over `parent` with `title` and `text`, and return it (open: the window
    stays responsive)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box
