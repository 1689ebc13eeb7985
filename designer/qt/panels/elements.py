"""The element list: every element of the current label in z-order (the topmost first), with
its kind's icon and a few words; a click selects it (Ctrl, Shift: more), a drag reorders, the
eye hides it from the canvas while editing (never from print), the lock stops it moving."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from designer.model.kinds import kind_of
from designer.qt.canvas.tools import element_words
from designer.qt.document import LabelDocument
from designer.qt.icons import icon
from designer.qt.images import Debounced

NAME, SEEN, LOCK = range(3)
ROWS_MIME = "application/x-qabstractitemmodeldatalist"  # what a drag of the rows carries
INDEX = Qt.ItemDataRole.UserRole


class ElementList(QTreeWidget):
    """The current label's elements, topmost first."""

    chosen = Signal(list)  # element indexes the user selected here
    hide_requested = Signal(int, bool)  # element index, hidden
    lock_requested = Signal(int, bool)  # element index, locked
    reorder_requested = Signal(list)  # the new order: old indexes, first drawn first

    def __init__(self, doc: LabelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("element_list")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Element"), "", ""])
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (SEEN, LOCK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 26)
        self.headerItem().setToolTip(SEEN, self.tr("Shown on the canvas (it always prints)"))
        self.headerItem().setToolTip(LOCK, self.tr("Locked against moves"))
        self._syncing = False
        self.itemSelectionChanged.connect(self._selection_made)
        self.itemClicked.connect(self._clicked)
        self.schedule = Debounced(self, self.refresh)
        doc.page_changed.connect(self.schedule)
        doc.current_label_changed.connect(self.schedule)
        self.refresh()

    def refresh(self) -> None:
        """List the current label's elements as the document has them."""
        self._syncing = True
        selected = self.selected_indexes()
        self.clear()
        elements = self.doc.label.elements
        marks = self.doc.label_marks()
        for index in reversed(range(len(elements))):
            element, mark = elements[index], marks[index]
            item = QTreeWidgetItem([element_words(element), "", ""])
            item.setIcon(NAME, icon(kind_of(element).icon))
            item.setData(NAME, INDEX, index)
            item.setIcon(SEEN, icon("eye-off-outline" if mark.hidden else "eye-outline"))
            item.setToolTip(
                SEEN,
                self.tr("Show on the canvas")
                if mark.hidden
                else self.tr("Hide from the canvas (it still prints)"),
            )
            item.setIcon(LOCK, icon("lock-outline" if mark.locked else "lock-open-variant-outline"))
            item.setToolTip(
                LOCK, self.tr("Unlock") if mark.locked else self.tr("Lock against moves")
            )
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            if mark.hidden:
                item.setForeground(NAME, self.palette().placeholderText())
            self.addTopLevelItem(item)
            item.setSelected(index in selected)
        self._syncing = False

    def selected_indexes(self) -> list[int]:
        """The element indexes selected in the list."""
        return sorted(item.data(NAME, INDEX) for item in self.selectedItems())

    def show_selection(self, indexes: list[int]) -> None:
        """Follow the canvas's selection."""
        self._syncing = True
        wanted = set(indexes)
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            item.setSelected(item.data(NAME, INDEX) in wanted)
        self._syncing = False

    def _selection_made(self) -> None:
        if not self._syncing:
            self.chosen.emit(self.selected_indexes())

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        index = item.data(NAME, INDEX)
        marks = self.doc.label_marks()
        if column == SEEN:
            self.hide_requested.emit(index, not marks[index].hidden)
        elif column == LOCK:
            self.lock_requested.emit(index, not marks[index].locked)

    def _ours(self, event: QDragMoveEvent) -> bool:
        """A drag of this list's own rows (elements of this label)."""
        return event.source() in (self, None) and event.mimeData().hasFormat(ROWS_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._ours(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # the drop indicator
        if self._ours(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A drag between rows: the dragged elements go there in the z-order (above the row
        under the mouse when in its upper half, else below it)."""
        moving = self.selected_indexes()
        point = event.position().toPoint()
        target = self.itemAt(point)
        rows = [self.topLevelItem(r).data(NAME, INDEX) for r in range(self.topLevelItemCount())]
        event.ignore()  # the document, not the widget, moves them
        if not moving:
            return
        rest = [i for i in rows if i not in moving]
        if target is None:
            at = len(rest)
        else:
            under = target.data(NAME, INDEX)
            if under in moving:
                return
            at = rest.index(under)
            at += 1 if point.y() > self.visualItemRect(target).center().y() else 0
        top_first = [*rest[:at], *[i for i in rows if i in moving], *rest[at:]]
        order = list(reversed(top_first))  # drawn first, first
        if order != sorted(order):
            self.reorder_requested.emit(order)
