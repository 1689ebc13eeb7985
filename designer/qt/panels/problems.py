"""Problems: every error and warning of the page; clicking one selects its element."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from designer.model import validate
from designer.qt.document import LabelDocument
from designer.qt.images import Debounced


class ProblemsPanel(QListWidget):
    """The page's problems, re-checked on every change."""

    element_chosen = Signal(int, int)  # label index, element index

    def __init__(self, doc: LabelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.itemActivated.connect(self._choose)
        self.itemClicked.connect(self._choose)
        self.schedule = Debounced(self, self.refresh)  # once per burst of edits
        doc.page_changed.connect(self.schedule)
        self.refresh()

    def refresh(self) -> None:
        """Validate the page and list what it says."""
        self.clear()
        style = self.style()
        for problem in validate(self.doc.page):
            where = ""
            if problem.label is not None:
                where = self.tr("label %s") % self.doc.page.labels[problem.label].id
                if problem.element is not None:
                    where += self.tr(", element %d") % (problem.element + 1)
                where += ": "
            item = QListWidgetItem(where + problem.message)
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if problem.is_error
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item.setIcon(style.standardIcon(icon))
            item.setData(Qt.ItemDataRole.UserRole, (problem.label, problem.element))
            self.addItem(item)

    def _choose(self, item: QListWidgetItem) -> None:
        label, element = item.data(Qt.ItemDataRole.UserRole)
        if label is not None:
            self.element_chosen.emit(label, -1 if element is None else element)
