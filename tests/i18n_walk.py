"""Walking a window or dialog for the words it shows, and telling which are still English.

A text with a Chinese character counts as Chinese. A text without one passes only when it is
made of what a Chinese interface writes in Latin letters too: units (mm, dpi), file formats
(XML, PNG), the platform's codes and tags (SN, UserKEY, BARC, x=), symbology names (Code 128,
EAN-13), key names (Ctrl+S), brand names (Xpyun, Qt), numbers, serials and punctuation.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
ALLOWED_WORDS = {
    # units, formats and the platform's own words
    "mm", "dpi", "KB", "QR", "SN", "XML", "PNG", "PDF", "JPG", "JPEG", "BMP", "TXT", "LOGO",
    "UTF", "URL", "UserKEY", "ASCII", "id", "ok",
    # the label XML's tags
    "PAGE", "LABEL", "TEXT", "BARC", "QRC", "SQ", "BL", "CUTTER", "REV", "OFF", "ON", "BARCH",
    # symbologies
    "Code", "Codabar", "EAN", "UPC", "ITF",
    # brand and product names
    "Xpyun", "Label", "Designer", "Qt", "PySide6", "Python", "Pillow", "Noto", "Sans", "SC",
    "XPSIM", "demo",
    # keys, as Qt names them
    "Ctrl", "Shift", "Alt", "Meta", "Del", "Delete", "Ins", "Esc", "Home", "End", "PgUp",
    "PgDown", "Left", "Right", "Up", "Down", "Backspace", "Tab", "Return", "Enter", "Space",
}  # fmt: skip
"""Latin words a Chinese interface shows as they are."""
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def is_english(text: str) -> bool:
    """True when `text` has no Chinese character and a word that is not on the allow-list
    (a single letter is an attribute or a coordinate: x, y, X, V1.2.7's V)."""
    text = re.sub(r"<[^>]+>|https?://\S+|(?:^|\s)/\S*", " ", text)  # tags, URLs, paths
    text = text.replace("&", "")  # mnemonics
    if not text.strip() or CJK.search(text):
        return False
    for word in _WORD.findall(text):
        if len(word) > 1 and word not in ALLOWED_WORDS and not re.fullmatch(r"[A-Z]+\d\w*", word):
            return True
    return False


def menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    """Every entry of `menu` and its submenus, with its tooltip."""
    found = [(f"{where} menu title", menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append((f"{where} > {action.objectName() or action.text()}", action.text()))
        if action.menu() is not None:
            found += menu_texts(action.menu(), f"{where} > {action.text()}")
    return found


def widget_texts(root: QWidget, skip: set[str] = frozenset()) -> list[tuple[str, str]]:
    """Every word `root` and its visible children show: titles, labels, buttons, group
    boxes, list entries, table headers and cells, placeholders, spin boxes' values with their
    units and suffixes, tooltips.
    Not what a person typed (a line edit's text): that is theirs. `skip`: object names whose
    content is data (versions, licence texts), not the interface's words."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.objectName() in skip or any(p.objectName() in skip for p in _parents(w, root)):
            continue
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}:{w.objectName()}"
        found.append((f"{name} tooltip", w.toolTip()))
        if w.isWindow() or isinstance(w, QDockWidget):
            found.append((f"{name} title", w.windowTitle()))
        if isinstance(w, QLabel):
            found.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QComboBox):
            found += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QAbstractSpinBox):
            found.append((f"{name} text", w.text()))  # a value, with the unit the field shows
            found.append((f"{name} suffix", getattr(w, "suffix", lambda: "")()))
            found.append((f"{name} special", w.specialValueText()))
        elif isinstance(w, QTabBar):
            found += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                found.append((f"{name} header", header.text() if header else ""))
                for r in range(w.rowCount()):
                    item = w.item(r, c)
                    found.append((f"{name} cell", item.text() if item else ""))
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            found += [(f"{name} header", header.text(c)) for c in range(w.columnCount())]
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                found.append((f"{name} item", item.text(0)))
                found += [(f"{name} item", item.child(j).text(0)) for j in range(item.childCount())]
        elif isinstance(w, QListWidget):
            found += [(f"{name} item", w.item(i).text()) for i in range(w.count())]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found += menu_texts(action.menu(), action.text())
    return found


def _parents(widget: QWidget, root: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def english(root: QWidget, skip: set[str] = frozenset()) -> list[str]:
    """The texts `root` shows in English (see `is_english`), each with where it is."""
    return [f"{where}: {text!r}" for where, text in widget_texts(root, skip) if is_english(text)]


def clipped(root: QWidget) -> list[str]:
    """What `root` shows cut short: a label, button, tab or table column narrower than its
    text, a combo box narrower than its shortest useful width, a placeholder wider than its
    field (word-wrapped labels and pictures aside)."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            if w.width() < w.sizeHint().width():
                found.append(f"label {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.sizeHint().width():
                found.append(f"button {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
        elif isinstance(w, QComboBox) and w.width() < w.minimumSizeHint().width():
            found.append(f"combo box {w.currentText()!r}")
        elif isinstance(w, QLineEdit) and w.placeholderText() and not w.text():
            if w.fontMetrics().horizontalAdvance(w.placeholderText()) > w.width() - 12:
                found.append(f"placeholder {w.placeholderText()!r}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() < w.tabSizeHint(i).width():
                    found.append(f"tab {w.tabText(i)!r}")
        elif isinstance(w, QTableWidget):
            header = w.horizontalHeader()
            for c in range(w.columnCount()):
                if header.sectionSize(c) < max(header.sectionSizeHint(c), w.sizeHintForColumn(c)):
                    title = w.horizontalHeaderItem(c).text() if w.horizontalHeaderItem(c) else c
                    found.append(f"table column {title!r}")
    return found
