"""Edit-menu operations on the selection: delete, duplicate, clipboard, order, align, distribute,
and the design marks: lock, hide, group. A locked element is left where it is by every move,
alignment and distribution; a group aligns and distributes as one.

The clipboard carries label XML (a PAGE with one LABEL holding the copied elements), so elements
can be pasted between labels, windows and other programs.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication

from designer import labelxml  # its reader and writer load on the first copy or paste
from designer.model import Label, Page, arrange, marks
from designer.model.edit import moved, rotated
from designer.model.geometry import Rect
from designer.qt.canvas.scene import LabelScene
from designer.qt.document import LabelDocument

PASTE_OFFSET_MM = 2.0


ALIGNMENTS = (
    ("left", QT_TRANSLATE_NOOP("Editing", "Align left"), "Ctrl+Shift+Left"),
    ("center", QT_TRANSLATE_NOOP("Editing", "Align centre"), "Ctrl+Shift+H"),
    ("right", QT_TRANSLATE_NOOP("Editing", "Align right"), "Ctrl+Shift+Right"),
    ("top", QT_TRANSLATE_NOOP("Editing", "Align top"), "Ctrl+Shift+Up"),
    ("middle", QT_TRANSLATE_NOOP("Editing", "Align middle"), "Ctrl+Shift+M"),
    ("bottom", QT_TRANSLATE_NOOP("Editing", "Align bottom"), "Ctrl+Shift+Down"),
)
"""Each alignment: how (arrange.align's word), its name (menu entry and undo step), its key."""


def align_title(how: str) -> str:
    """The name of alignment `how`, in the interface's language."""
    title = next((t for h, t, _key in ALIGNMENTS if h == how), how)
    return QCoreApplication.translate("Editing", title)


class Editing(QObject):
    """The edit operations of one window."""

    def __init__(self, doc: LabelDocument, scene: LabelScene) -> None:
        super().__init__(scene)
        self.doc = doc
        self.scene = scene

    def _chosen(self) -> set[int]:
        return set(self.scene.selected_indexes())

    def _movable(self) -> set[int]:
        """The selected elements that are not locked."""
        marks = self.doc.label_marks()
        return {i for i in self._chosen() if not marks[i].locked}

    def _units(self, chosen: set[int]) -> list[list[int]]:
        """The chosen elements, a group as one unit (its members among `chosen`)."""
        marks = self.doc.label_marks()
        units: dict[object, list[int]] = {}
        for i in sorted(chosen):
            units.setdefault(marks[i].group or ("alone", i), []).append(i)
        return list(units.values())

    def select_all(self) -> None:
        """Select every element of the label."""
        self.scene.select_indexes(list(range(len(self.doc.label.elements))))

    def delete(self) -> None:
        """Delete the selected elements."""
        chosen = self._chosen()
        if chosen:
            kept = tuple(e for i, e in enumerate(self.doc.label.elements) if i not in chosen)
            self.doc.set_elements(kept, self.tr("Delete"))

    def duplicate(self) -> None:
        """Copies of the selected elements, a little offset, selected."""
        chosen = sorted(self._chosen())
        if chosen:
            self._insert([self.doc.label.elements[i] for i in chosen], self.tr("Duplicate"))

    def _insert(self, new: list, text: str) -> None:
        elements = self.doc.label.elements
        copies = [moved(e, PASTE_OFFSET_MM, PASTE_OFFSET_MM) for e in new]
        self.doc.set_elements((*elements, *copies), text)
        self.scene.select_indexes(list(range(len(elements), len(elements) + len(copies))))

    def copy(self) -> None:
        """Put the selected elements on the clipboard as label XML."""
        chosen = sorted(self._chosen())
        if not chosen:
            return
        page = self.doc.page
        label = Label(id=1, elements=tuple(self.doc.label.elements[i] for i in chosen))
        QGuiApplication.clipboard().setText(
            labelxml.write(Page(w=page.w, l=page.l, labels=(label,)))
        )

    def cut(self) -> None:
        """Copy, then delete."""
        self.copy()
        self.delete()

    def paste(self) -> bool:
        """Paste label XML from the clipboard into the current label; False when it holds none."""
        result = labelxml.parse(QGuiApplication.clipboard().text() or "", filename="clipboard")
        if result.page is None or not result.page.labels:
            return False
        new = [e for label in result.page.labels for e in label.elements]
        if not new:
            return False
        self._insert(new, self.tr("Paste"))
        return True

    def rotate(self) -> None:
        """Turn the selected texts and barcodes 90 degrees clockwise, each about its centre."""
        chosen = self._movable()
        elements = tuple(
            rotated(e) if i in chosen else e for i, e in enumerate(self.doc.label.elements)
        )
        self._rearrange(elements, self.tr("Rotate"), sorted(chosen))

    def _rearrange(self, elements: tuple, text: str, reselect: list[int] | None = None) -> None:
        if elements != self.doc.label.elements:
            self.doc.set_elements(elements, text)
            if reselect is not None:
                self.scene.select_indexes(reselect)

    def to_front(self) -> None:
        """Bring the selection to the front."""
        chosen = self._chosen()
        n = len(self.doc.label.elements)
        self._rearrange(
            arrange.to_front(self.doc.label.elements, chosen),
            self.tr("To front"),
            list(range(n - len(chosen), n)),
        )

    def to_back(self) -> None:
        """Send the selection to the back."""
        chosen = self._chosen()
        self._rearrange(
            arrange.to_back(self.doc.label.elements, chosen),
            self.tr("To back"),
            list(range(len(chosen))),
        )

    def align(self, how: str) -> None:
        """Align the selection (or one element, or one group, to the label)."""
        page = self.doc.page
        label = Rect(0.0, 0.0, float(page.w), float(page.l))
        chosen = self._movable()
        self._rearrange(
            arrange.align(self.doc.label.elements, chosen, how, label, self._units(chosen)),
            align_title(how),
            sorted(self._chosen()),
        )

    def distribute(self, horizontal: bool) -> None:
        """Space the selection evenly."""
        chosen = self._movable()
        self._rearrange(
            arrange.distribute(self.doc.label.elements, chosen, horizontal, self._units(chosen)),
            self.tr("Distribute"),
            sorted(self._chosen()),
        )

    # --- design marks -----------------------------------------------------------------------

    def set_locked(self, on: bool, indexes: list[int] | None = None) -> None:
        """Lock the selection (or these elements) against moves, or unlock them."""
        chosen = sorted(self._chosen()) if indexes is None else indexes
        if chosen:
            text = self.tr("Lock") if on else self.tr("Unlock")
            self.doc.set_marks(marks.with_flag(self.doc.label_marks(), chosen, "locked", on), text)
            if indexes is None:
                self.scene.select_indexes(chosen)

    def reorder(self, order: list[int]) -> None:
        """Draw the elements in `order` (old indexes, the first drawn first), the selection
        kept."""
        elements = self.doc.label.elements
        chosen = self._chosen()
        self._rearrange(
            tuple(elements[i] for i in order),
            self.tr("Reorder"),
            [new for new, old in enumerate(order) if old in chosen],
        )

    def set_hidden(self, indexes: list[int], on: bool) -> None:
        """Hide elements from the canvas while editing (never from print), or show them."""
        text = self.tr("Hide") if on else self.tr("Show")
        self.doc.set_marks(marks.with_flag(self.doc.label_marks(), indexes, "hidden", on), text)

    def group(self) -> None:
        """Make the selection one group: it is chosen, moved and aligned as one."""
        chosen = sorted(self._chosen())
        if len(chosen) >= 2:
            self.doc.set_marks(marks.grouped(self.doc.label_marks(), chosen), self.tr("Group"))
            self.scene.select_indexes(chosen)

    def ungroup(self) -> None:
        """Dissolve the groups of the selection."""
        chosen = sorted(self._chosen())
        if chosen:
            self.doc.set_marks(marks.ungrouped(self.doc.label_marks(), chosen), self.tr("Ungroup"))
            self.scene.select_indexes(chosen)
