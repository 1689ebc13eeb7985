"""Problems: every error and warning of the page, in a person's words ("Barcode 'SKU…' (line
12): check digit …"); clicking one selects its element. What reading the file reported but the
page no longer shows (a left-out attribute) stays listed until the file is saved. A template's
placeholders are checked as a template (merge.check_template): the content of an element with
placeholders is checked record by record, by what connected data adds (`extra`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from designer.merge import check_template
from designer.model import Problem
from designer.qt.canvas.tools import element_words
from designer.qt.document import LabelDocument
from designer.qt.i18n.messages import say
from designer.qt.images import Debounced


class ProblemsPanel(QListWidget):
    """The page's problems, re-checked on every change."""

    element_chosen = Signal(int, int)  # label index, element index
    problems_changed = Signal(list)  # the page's problems (validation), after each check

    def __init__(self, doc: LabelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWordWrap(True)
        self.itemActivated.connect(self._choose)
        self.itemClicked.connect(self._choose)
        self.schedule = Debounced(self, self.refresh)  # once per burst of edits
        doc.page_changed.connect(self.schedule)
        doc.path_changed.connect(self.schedule)
        self.problems: list[Problem] = []
        self.extra: list[Callable[[], list[Problem]]] = []  # more checks: connected data's
        self.refresh()

    def describe(self, problem: Problem) -> str:
        """Where the problem is and what it is, as a person reads it."""
        page = self.doc.page
        where = ""
        message = say(problem.message)
        if problem.label is not None and problem.label < len(page.labels):
            label = page.labels[problem.label]
            if len(page.labels) > 1:
                where = self.tr("Label %s") % label.id
            if problem.element is not None and problem.element < len(label.elements):
                element = label.elements[problem.element]
                words = element_words(element)
                where = f"{where} · {words}" if where else words
                message = message.removeprefix(f"{element.TAG.name} ")
            elif not where:
                where = self.tr("Label %s") % label.id
        else:
            where = self.tr("Page")
        line = self._line(problem)
        if line:
            where += " " + self.tr("(line %d)") % line
        return f"{where}: {message}"

    def _line(self, problem: Problem) -> int:
        positions = self.doc.positions
        if positions is None:
            return 0
        return positions.of(problem.label, problem.element)[0]

    def refresh(self) -> None:
        """Validate the page and list what it says (and what reading the file said)."""
        self.clear()
        self.problems = check_template(self.doc.page)  # a placeholder's content: per record
        for more in self.extra:
            self.problems = self.problems + more()
        shown = {(p.label, p.element, p.message) for p in self.problems}
        entries = [(p, self.describe(p)) for p in self.problems]
        for p in self.doc.read_problems:  # from the file: with their own lines
            if p.is_error and (p.label, p.element, p.message) not in shown:
                where = self.tr("File, line %d") % p.line
                entries.append((p, f"{where}: {say(p.message)}"))
        if entries:  # QStyle (made on first touch, with its hundreds of enum values) only then
            from PySide6.QtWidgets import QStyle

            critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem, text in entries:
            item = QListWidgetItem(text)
            item.setIcon(critical if problem.is_error else warning)
            item.setData(Qt.ItemDataRole.UserRole, (problem.label, problem.element))
            self.addItem(item)
        self.problems_changed.emit(self.problems)

    def _choose(self, item: QListWidgetItem) -> None:
        label, element = item.data(Qt.ItemDataRole.UserRole)
        if label is not None:
            self.element_chosen.emit(label, -1 if element is None else element)
