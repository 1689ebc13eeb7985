"""Help > Keyboard shortcuts: every action of the window that has a key, grouped by its menu (the
toolbox's tools on their own), then the canvas's keys; listed afresh from the actions each time,
and searchable by name or key."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

CANVAS_KEYS = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selection by one dot"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+Arrow keys"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selection by 1 mm"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Shift (while dragging)"),
        QT_TRANSLATE_NOOP("Shortcuts", "Do not snap"),
    ),
    (QT_TRANSLATE_NOOP("Shortcuts", "Escape"), QT_TRANSLATE_NOOP("Shortcuts", "Put the tool down")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Wheel"),
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom in or out"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Double-click"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit text in place"),
    ),
)
"""The canvas's keys that are not actions (handled by the canvas view and scene itself), as
(keys, what they do); translated in the context "Shortcuts"."""


@dataclass(frozen=True)
class Shortcut:
    """One line of the list: what a person does, and the keys that do it."""

    title: str
    keys: str


def plain_title(text: str) -> str:
    """An action's text as a person reads it: without mnemonic marks (`&`, or the `(&N)` of
    a Chinese menu) or a trailing `…`."""
    return re.sub(r"&(.)", r"\1", re.sub(r"\(&[^&)]\)", "", text)).rstrip(".…").strip()


def keys_text(action: QAction) -> str:
    """The action's shortcuts as this system writes them (`Ctrl+R`), comma separated."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())


def _menu_shortcuts(menu: QMenu, skip: set[QAction], prefix: str = "") -> list[Shortcut]:
    found = []
    for action in menu.actions():
        if action.isSeparator() or action in skip:
            continue
        sub = action.menu()
        if sub is not None:
            found += _menu_shortcuts(sub, skip, f"{prefix}{plain_title(action.text())} > ")
            continue
        keys = keys_text(action)
        if keys:
            found.append(Shortcut(prefix + plain_title(action.text()), keys))
        skip.add(action)
    return found


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[Shortcut]]]:
    """Every shortcut of `window`, as (group title, shortcuts): a group per menu of its menu
    bar, in order; the toolbox's tools; then any other action of the window with a key; then
    the canvas's own keys."""

    def canvas_word(text: str) -> str:  # marked for translation in CANVAS_KEYS
        return QCoreApplication.translate("Shortcuts", text)

    tools = [a for a in getattr(window, "tool_actions", {}).values()]
    seen: set[QAction] = set(tools)
    groups = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if menu is not None:
            found = _menu_shortcuts(menu, seen)
            if found:
                groups.append((plain_title(entry.text()), found))
    toolbox = [Shortcut(plain_title(a.text()), keys_text(a)) for a in tools if keys_text(a)]
    if toolbox:
        groups.append((QCoreApplication.translate("Shortcuts", "Toolbox"), toolbox))
    other = [
        Shortcut(plain_title(a.text()), keys_text(a))
        for a in window.actions()
        if a not in seen and keys_text(a) and a.text()
    ]
    if other:
        groups.append((QCoreApplication.translate("Shortcuts", "Other"), other))
    canvas = [Shortcut(canvas_word(what), canvas_word(keys)) for keys, what in CANVAS_KEYS]
    groups.append((QCoreApplication.translate("Shortcuts", "Canvas"), canvas))
    return groups


class ShortcutsDialog(QDialog):
    """The window's shortcuts in a list that a search box filters."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name or key (e.g. rotate, Ctrl+R)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 300)
        self.nothing = QLabel(self.tr("No shortcut matches."))
        self.nothing.setObjectName("nothing")
        self.nothing.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.nothing)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def fill(self) -> None:
        """List the window's shortcuts as they are now, filtered by the search."""
        self.tree.clear()
        for title, shortcuts in shortcut_groups(self.window_):
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for shortcut in shortcuts:
                group.addChild(QTreeWidgetItem([shortcut.title, shortcut.keys]))
            group.setExpanded(True)
        self.filter(self.search.text())

    def filter(self, text: str) -> None:
        """Show only the lines whose name or keys hold every word of `text` (any case)."""
        words = text.lower().split()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            visible = 0
            for j in range(group.childCount()):
                item = group.child(j)
                haystack = f"{item.text(0)} {item.text(1)} {group.text(0)}".lower()
                match = all(word in haystack for word in words)
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
            shown += visible
        self.nothing.setVisible(shown == 0)

    def visible_shortcuts(self) -> list[tuple[str, str, str]]:
        """What the list shows now: (group, action, keys) for each line not filtered out."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group.isHidden():
                continue
            for j in range(group.childCount()):
                item = group.child(j)
                if not item.isHidden():
                    out.append((group.text(0), item.text(0), item.text(1)))
        return out
