"""Inserting a data field (`{{name}}`) at the cursor of a text field: the properties' content
field and the canvas's in-place editor offer the connected data's columns on right-click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget


def placeholder(name: str) -> str:
    """The placeholder that names `name`: `{{name}}`, or `{{[name]}}` for a header that holds a
    `:` or `}` (or brackets), which the plain form cannot say."""
    if any(c in name for c in ":}[]") or name != name.strip():
        return "{{[" + name.strip() + "]}}"
    return "{{" + name + "}}"


def insert_field(edit: QWidget, name: str) -> None:
    """Insert the placeholder of `name` at the cursor of `edit`, as if typed (one edit)."""
    text = name if name.startswith("{{") else placeholder(name)
    edit.blockSignals(False)  # (the menu that asked has closed)
    if isinstance(edit, QLineEdit):
        edit.insert(text)  # emits textEdited, as typing does
    elif isinstance(edit, QPlainTextEdit):
        edit.insertPlainText(text)


def field_menu(edit: QWidget, names: list[str], parent: QWidget | None = None) -> QMenu:
    """A menu of the fields `names`, each inserting itself into `edit`."""
    menu = QMenu(QCoreApplication.translate("Fields", "Insert field"), parent)
    menu.setObjectName("insert_field_menu")
    for name in names:
        action = menu.addAction(placeholder(name) if not name.startswith("{{") else name)
        action.setData(name)
        action.triggered.connect(lambda _=False, n=name: insert_field(edit, n))
    menu.setEnabled(bool(names))
    return menu


def add_field_menu(edit: QLineEdit | QPlainTextEdit, fields: Callable[[], list[str]]) -> None:
    """Give `edit` a right-click menu: its usual entries, then Insert field with `fields()`
    (the connected data's columns, counters, row and date; greyed without data)."""
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(at: QPoint) -> None:
        # making the menu and showing it take the focus: that is not the end of the edit (the
        # in-place editor would keep what is typed so far, and close); signals flow again
        # once the menu closes
        edit.blockSignals(True)
        menu = edit.createStandardContextMenu()
        menu.setParent(edit, menu.windowFlags())
        menu.addSeparator()
        menu.addMenu(field_menu(edit, fields(), menu))
        edit.field_menu = menu  # what is open (tests pick from it)
        menu.aboutToHide.connect(lambda: edit.blockSignals(False))
        menu.popup(edit.mapToGlobal(at))

    edit.customContextMenuRequested.connect(show)
