"""The scene: the current label at 1 scene unit = 1 mm, mirroring the document.

The scene never changes the document except through its commands: a drag becomes one "Move" on
release, a click with a tool one "Add". It follows `page_changed` by re-syncing its items, and
keeps an item (and its cached dots) while its element is unchanged. Selection lives here only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QLineEdit,
    QWidget,
)

from designer.model import Label
from designer.model.edit import moved, resized
from designer.model.geometry import Rect
from designer.model.kinds import kind_of
from designer.model.marks import group_members
from designer.model.schema import Content
from designer.qt.canvas.backdrop import paint_label_and_grid, paint_veil_and_guides
from designer.qt.canvas.inplace import InPlaceEditor
from designer.qt.canvas.items import ElementItem
from designer.qt.canvas.tools import kind_title, tool_element
from designer.qt.document import LabelDocument
from designer.qt.i18n.messages import say
from designer.render import RenderOptions

if TYPE_CHECKING:  # made by a press or a drag (loaded then)
    from designer.qt.canvas.dragging import DragSnap
    from designer.qt.canvas.group_drag import GroupDrag
    from designer.qt.canvas.placing import Placing

TOOL_MIME = "application/x-xplabel-tool"
MARGIN_MM = 20


def dropped_xml(mime: QMimeData) -> str | None:
    """The local .xml file a drag carries, if any."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".xml"):
            return url.toLocalFile()
    return None


class LabelScene(QGraphicsScene):
    """The current label of a document, as canvas items."""

    tool_finished = Signal()
    file_dropped = Signal(str)
    selection_indexes_changed = Signal(list)

    def __init__(self, doc: LabelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.options = RenderOptions()
        self.tool: str | None = None
        self.grid_mm = 1.0
        self.show_grid = True
        self.snap_to_grid = True
        self.free_drag = False  # Shift held (the view says): drags by whole dots, no guides
        self.items_by_index: list[ElementItem] = []
        self.view_scale = 4.0
        self._resizing: tuple[ElementItem, str, QRectF, object] | None = None
        self.in_place = InPlaceEditor(self)
        self._group: GroupDrag | None = None
        self._placing: Placing | None = None
        self._drag: DragSnap | None = None  # the drag in progress: its snapping and guides
        self.merged: Callable[[int], Label | None] | None = None  # label index -> the label
        # with a data record's values, drawn instead of its placeholders (designer/qt/data)
        doc.page_changed.connect(self.sync)
        doc.current_label_changed.connect(lambda _index: self.sync())
        self.selectionChanged.connect(self._emit_selection)
        self.sync()

    # --- mirroring the document ----------------------------------------------------------

    def sync(self) -> None:
        """Bring the items in line with the current label, reusing unchanged ones."""
        page = self.doc.page
        self.setSceneRect(
            QRectF(-MARGIN_MM, -MARGIN_MM, page.w + 2 * MARGIN_MM, page.l + 2 * MARGIN_MM)
        )
        selected = set(self.selected_indexes())
        elements = self.doc.label.elements
        shown = self._shown(elements)
        self.blockSignals(True)
        kept: list[ElementItem] = []
        for index, element in enumerate(elements):
            old = self.items_by_index[index] if index < len(self.items_by_index) else None
            show = shown[index]
            if (
                (old is not None and old.element is element)
                or (
                    old is not None
                    and old.element == element
                    and type(old.element) is type(element)
                )
            ) and (old.shown is show or old.shown == show):
                if not old.pos().isNull():
                    old.setPos(0, 0)
                kept.append(old)
                continue
            if old is not None:
                self.removeItem(old)
            item = ElementItem(index, element, self.options, show)
            item.set_view_scale(self.view_scale)
            self.addItem(item)
            kept.append(item)
        for extra in self.items_by_index[len(elements) :]:
            self.removeItem(extra)
        self.items_by_index = kept
        marks = self.doc.label_marks()
        for item in kept:
            item.apply_marks(marks[item.index])
            item.setSelected(item.index in selected and item.isVisible())
        self.blockSignals(False)
        self._emit_selection()
        self.update()

    def _shown(self, elements: tuple) -> tuple:
        """What to draw for each element: a data record's values when one is shown."""
        label = self.merged(self.doc.current_label) if self.merged is not None else None
        if label is None or len(label.elements) != len(elements):
            return elements
        return label.elements

    def set_logo(self, logo: object) -> None:
        """Draw <BMP/> logos with this image (the printer's uploaded logo) from now on."""
        self.options = replace(self.options, logo=logo)
        for item in self.items_by_index:  # rare: redraw all rather than ask who shows the logo
            item.preview(item.element, self.options, item.shown)

    def mark_problems(self, problems: list) -> None:
        """Mark the current label's elements that have errors (they will not print); the
        item's tooltip says why."""
        label = self.doc.current_label
        errors: dict[int, str] = {}
        for p in problems:
            if p.is_error and p.label == label and p.element is not None:
                errors.setdefault(p.element, say(p.message))
        for item in self.items_by_index:
            problem = errors.get(item.index)
            if problem != item.problem:
                item.problem = problem
                item.setToolTip(problem or item.error or "")
                item.update()

    def selected_indexes(self) -> list[int]:
        """Indexes (in the current label) of the selected elements, in document order."""
        return sorted(i.index for i in self.selectedItems() if isinstance(i, ElementItem))

    def select_indexes(self, indexes: list[int]) -> None:
        """Select exactly these elements."""
        wanted = set(indexes)
        for item in self.items_by_index:
            item.setSelected(item.index in wanted)

    def _emit_selection(self) -> None:
        chosen = self.selected_indexes()
        whole = group_members(self.doc.label_marks(), chosen)
        if whole != chosen:  # a group is chosen as a whole
            self.blockSignals(True)
            for item in self.items_by_index:
                if item.index in whole and item.isVisible():
                    item.setSelected(True)
            self.blockSignals(False)
            chosen = self.selected_indexes()
        self.selection_indexes_changed.emit(chosen)

    # --- editing ---------------------------------------------------------------------------

    def add_element(self, tag: str, pos: QPointF) -> None:
        """Add a new element of kind `tag` centred on `pos` (mm), inside the label, and
        select it."""
        self.insert(tool_element(tag, pos.x(), pos.y(), self._label_box()))

    def insert(self, element: object) -> None:
        """Add `element` on top of the current label (one undo step) and select it."""
        elements = (*self.doc.label.elements, element)
        title = kind_title(kind_of(element), element)
        self.doc.set_elements(elements, self.tr("Add %s") % title)
        self.select_indexes([len(elements) - 1])

    def _label_box(self) -> Rect:
        page = self.doc.page
        return Rect(0.0, 0.0, float(page.w), float(page.l))

    def disarm(self) -> bool:
        """Put the armed tool down (Escape), dropping a press in progress; False when no tool
        was armed."""
        if self.tool is None and self._placing is None:
            return False
        if self._placing is not None:
            self._placing.cancel()
            self._placing = None
        self.tool = None
        self.tool_finished.emit()
        return True

    def commit_drag(self) -> bool:
        """Turn dragged items' offsets into one undoable move; True when something moved."""
        offsets = {
            item.index: item.offset_mm()
            for item in self.items_by_index
            if item.offset_mm() != (0.0, 0.0)
        }
        if not offsets:
            return False
        elements = tuple(
            moved(el, *offsets[i]) if i in offsets else el
            for i, el in enumerate(self.doc.label.elements)
        )
        self.doc.set_elements(elements, self.tr("Move"))
        return True

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selection by (dx, dy) mm; repeated nudges merge into one undo step."""
        marks = self.doc.label_marks()
        selected = {i for i in self.selected_indexes() if not marks[i].locked}
        if not selected:
            return
        elements = tuple(
            moved(el, dx, dy) if i in selected else el
            for i, el in enumerate(self.doc.label.elements)
        )
        key = ("nudge", self.doc.current_label, tuple(sorted(selected)))
        self.doc.set_elements(elements, self.tr("Nudge"), merge_key=key)

    def set_view_scale(self, pixels_per_mm: float) -> None:
        """The view's zoom, for the items' handles."""
        self.view_scale = pixels_per_mm
        for item in self.items_by_index:
            item.set_view_scale(pixels_per_mm)

    def _handle_hit(self, pos: QPointF) -> tuple[ElementItem, str] | None:
        for item in reversed(self.items_by_index):
            corner = item.handle_at(pos)
            if corner is not None:
                return item, corner
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            if self.tool is not None:
                from designer.qt.canvas.placing import Placing  # on the first press: start-up

                self._placing = Placing(self, self.tool, event.scenePos(), self.options)
                event.accept()
                return
            hit = self._handle_hit(event.scenePos())
            if hit is not None:
                item, corner = hit
                self._resizing = (item, corner, item.content_rect(), item.element)
                event.accept()
                return
        super().mousePressEvent(event)
        leader = self.mouseGrabberItem()
        if isinstance(leader, ElementItem) and leader.isSelected():
            from designer.qt.canvas.dragging import DragSnap  # loaded by the first drag
            from designer.qt.canvas.group_drag import GROUP_THRESHOLD, GroupDrag

            self._drag = DragSnap(self, leader)
            if len(self.selectedItems()) >= GROUP_THRESHOLD:
                self._group = GroupDrag(self, leader, event.scenePos(), self._drag)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._placing is not None:
            self._placing.move(event.scenePos(), self.view_scale)
            event.accept()
            return
        if self._resizing is not None:
            item, corner, old, original = self._resizing
            pos = event.scenePos()
            x0, y0, x1, y1 = old.left(), old.top(), old.right(), old.bottom()
            if "l" in corner:
                x0 = min(pos.x(), x1 - 0.125)
            else:
                x1 = max(pos.x(), x0 + 0.125)
            if "t" in corner:
                y0 = min(pos.y(), y1 - 0.125)
            else:
                y1 = max(pos.y(), y0 + 0.125)
            before = Rect(old.left(), old.top(), old.right(), old.bottom())
            item.preview(resized(original, before, Rect(x0, y0, x1, y1)), self.options)
            event.accept()
            return
        if self._group is not None:
            if event.buttons() & Qt.MouseButton.LeftButton:
                self._group.move_to(event.scenePos())
                self._show_guides()
            event.accept()
            return
        super().mouseMoveEvent(event)
        leader = self.mouseGrabberItem()
        if isinstance(leader, ElementItem) and event.buttons() & Qt.MouseButton.LeftButton:
            self._snap_drag(leader)

    def _snap_drag(self, leader: ElementItem) -> None:
        """Snap the dragged selection to the smart guides or the grid, all of it together."""
        if self._drag is None:
            return
        offset = leader.pos()
        delta = self._drag.snapped(offset) - offset
        if not delta.isNull():
            for item in self._drag.moving:
                item.setPos(item.pos() + delta)
        self._show_guides()

    def _show_guides(self) -> None:
        """Repaint for the guides when the drag's guides changed (the items repaint where
        they move; the whole scene only when a guide appears, moves or goes)."""
        if self._drag is not None and self._drag.guides_changed:
            self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._placing is not None:
            placing, self._placing = self._placing, None
            element = placing.finish(event.scenePos(), self.view_scale, self._label_box())
            self.tool = None
            self.insert(element)
            self.tool_finished.emit()
            event.accept()
            return
        if self._resizing is not None:
            item, _corner, _old, original = self._resizing
            self._resizing = None
            if item.element != original:
                elements = list(self.doc.label.elements)
                elements[item.index] = item.element
                self.doc.set_elements(tuple(elements), self.tr("Resize"))
            else:
                self.sync()
            event.accept()
            return
        dragged, self._drag = self._drag, None
        if dragged is not None:
            self.update()  # no more guides
        if self._group is not None:
            group, self._group = self._group, None
            group.finish()
            self.commit_drag()
            super().mouseReleaseEvent(event)
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.commit_drag()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, ElementItem) and item.element.TAG.content is Content.TEXT:
                self.edit_in_place(item)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def edit_in_place(self, item: ElementItem) -> QLineEdit:
        """An editor over the item for its text or data; Enter keeps, Escape drops the edit."""
        return self.in_place.open(item)

    # --- drag and drop: tools from the toolbox, label files from elsewhere --------------------

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(TOOL_MIME) or dropped_xml(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(TOOL_MIME):
            tag = bytes(mime.data(TOOL_MIME).data()).decode()
            self.add_element(tag, event.scenePos())
            event.acceptProposedAction()
        elif dropped_xml(mime):
            event.acceptProposedAction()
            self.file_dropped.emit(dropped_xml(mime))

    # --- painting ----------------------------------------------------------------------------

    def label_rect(self) -> QRectF:
        """The label, in mm."""
        return QRectF(0, 0, self.doc.page.w, self.doc.page.l)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        paint_label_and_grid(
            painter, rect, self.label_rect(), self.grid_mm if self.show_grid else 0
        )

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        guides = self._drag.lines() if self._drag is not None else ([], [])
        paint_veil_and_guides(painter, rect, self.label_rect(), guides)
