"""The open document: the page value, its file, the current label, and the undo stack.

The page is an immutable value; every change is a `PageCommand` on the undo stack that swaps
one page value for another, so undo/redo is exact and "modified" is the stack's clean state.
Views never change the page directly: they push commands, and follow `page_changed`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from designer.labelxml.marks import marks_from, marks_instructions, without_marks
from designer.labelxml.problems import Instruction
from designer.model import Label, Page
from designer.model.marks import LabelMarks, PageMarks, carried_page, padded
from designer.model.presets import PAGE_PRESETS


class PageCommand(QUndoCommand):
    """Replace the page (and its design marks) with another; consecutive commands with the same
    merge key merge."""

    MERGE_ID = 1001

    def __init__(
        self,
        doc: LabelDocument,
        before: Page,
        after: Page,
        text: str,
        merge_key: object = None,
        label: int | None = None,
        marks: PageMarks | None = None,
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.before, self.after = before, after
        self.marks_before = doc.marks
        self.marks_after = carried_page(before, after, doc.marks) if marks is None else marks
        self.merge_key = merge_key
        self.label_before = doc.current_label
        self.label_after = doc.current_label if label is None else label

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PageCommand) or other.merge_key != self.merge_key:
            return False
        self.after, self.label_after = other.after, other.label_after
        self.marks_after = other.marks_after
        return True

    def redo(self) -> None:
        self.doc._apply(self.after, self.label_after, self.marks_after)

    def undo(self) -> None:
        self.doc._apply(self.before, self.label_before, self.marks_before)


def default_page() -> Page:
    """A new document: one 60 x 40 mm label on gap paper (the common preset)."""
    preset = next(p for p in PAGE_PRESETS if (p.w, p.l) == (60, 40))
    return Page(w=preset.w, l=preset.l, ld=preset.ld, pt=preset.pt, labels=(Label(id=1),))


class LabelDocument(QObject):
    """The document being edited."""

    page_changed = Signal()
    current_label_changed = Signal(int)
    path_changed = Signal()
    replaced = Signal()  # another page was loaded (new, open, recovered): a fresh start

    def __init__(
        self, page: Page | None = None, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page or default_page()
        self.path = path
        self.title: str | None = None  # what to call a document that has no file (a sample)
        self.current_label = 0
        self.undo_stack = QUndoStack(self)
        self.positions: object = None  # where each label and element is in the file, while
        # the page is as read or saved (`.of(label, element)` -> (line, column))
        self.read_problems: list = []  # what the file's reading reported, until saved
        self.instructions: tuple[Instruction, ...] = ()  # the file's <?...?>: written back on save
        self.marks: PageMarks = tuple(() for _ in self.page.labels)  # locked, hidden, grouped
        self.field_names: Callable[[], list[str]] = list  # the {{fields}} connected data offers

    @property
    def label(self) -> Label:
        """The label being edited."""
        return self.page.labels[self.current_label]

    @property
    def name(self) -> str:
        """The file's name, or the document's title, or Untitled."""
        if self.path:
            return self.path.name
        return self.title or self.tr("Untitled")

    def set_page(
        self,
        page: Page,
        text: str,
        merge_key: object = None,
        label: int | None = None,
        marks: PageMarks | None = None,
    ) -> None:
        """Change the page through the undo stack (a no-op when nothing changes); its design
        marks go with the elements they belong to (see `carried`), or are `marks`."""
        if (
            page == self.page
            and (label is None or label == self.current_label)
            and (marks is None or marks == self.marks)
        ):
            return
        self.undo_stack.push(PageCommand(self, self.page, page, text, merge_key, label, marks))

    def label_marks(self, index: int | None = None) -> LabelMarks:
        """The marks of label `index` (the current one by default), one per element."""
        index = self.current_label if index is None else index
        count = len(self.page.labels[index].elements)
        return padded(self.marks[index] if index < len(self.marks) else (), count)

    def set_marks(self, marks: LabelMarks, text: str) -> None:
        """Change the current label's design marks (an undoable step)."""
        all_marks = list(self.label_marks(i) for i in range(len(self.page.labels)))
        all_marks[self.current_label] = marks
        self.set_page(self.page, text, marks=tuple(all_marks))

    def file_instructions(self) -> list[Instruction]:
        """What to write before the `<PAGE>`: the file's own instructions and the marks."""
        return [*without_marks(self.instructions), *marks_instructions(self.marks)]

    def set_elements(self, elements: tuple, text: str, merge_key: object = None) -> None:
        """Replace the current label's elements."""
        label = self.label.replace(elements=tuple(elements))
        self.set_page(self.replace_label(self.current_label, label), text, merge_key)

    def replace_label(self, index: int, label: Label) -> Page:
        """The page with label `index` replaced (a new value; the document is unchanged)."""
        labels = list(self.page.labels)
        labels[index] = label
        return self.page.replace(labels=tuple(labels))

    def select_label(self, index: int) -> None:
        """Make label `index` current (not an edit: not on the undo stack)."""
        index = max(0, min(index, len(self.page.labels) - 1))
        if index != self.current_label:
            self.current_label = index
            self.current_label_changed.emit(index)

    def reset(
        self,
        page: Page,
        path: Path | None,
        instructions: Iterable[Instruction] = (),
        *,
        title: str | None = None,
        positions: object = None,
        problems: list | None = None,
    ) -> None:
        """Load another page (open, new): a fresh undo history; the file's processing
        instructions (a data merge's settings), kept to be saved with the page; where its parts
        stand in the file and what reading it reported, when it was read from one."""
        self.undo_stack.clear()
        label_changed = self.current_label != 0
        self.page, self.path, self.current_label = page, path, 0
        self.instructions = tuple(instructions)
        self.marks = marks_from(self.instructions, [len(la.elements) for la in page.labels])
        self.title, self.positions, self.read_problems = title, positions, problems or []
        self.path_changed.emit()
        self.page_changed.emit()
        if label_changed:
            self.current_label_changed.emit(0)
        self.replaced.emit()

    def mark_saved(self, path: Path, positions: object = None) -> None:
        """The page is saved at `path` (its parts at `positions` there)."""
        self.path = path
        self.positions, self.read_problems = positions, []
        self.undo_stack.setClean()
        self.path_changed.emit()

    def _apply(self, page: Page, label: int, marks: PageMarks) -> None:
        if page is not self.page:
            self.positions = None  # lines in the file no longer match
        self.page, self.marks = page, marks
        label = max(0, min(label, len(page.labels) - 1))
        changed_label = label != self.current_label
        self.current_label = label
        self.page_changed.emit()
        if changed_label:
            self.current_label_changed.emit(label)
