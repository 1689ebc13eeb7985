"""Opening, saving and starting documents, with the questions a user expects.

A file with errors opens nothing: every problem is listed with its line. Saving writes the
canonical label XML atomically. Unsaved changes are never dropped without asking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from designer.labelxml import parse, write_bytes
from designer.model import Label, Page
from designer.model.presets import PAGE_PRESETS
from designer.qt.document import LabelDocument
from designer.services.files import atomic_write_bytes

XML_FILTER = "Label XML (*.xml);;All files (*)"


class NewPageDialog(QDialog):
    """Choose the label size: a preset, or width, length, gap and paper type by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New label"))
        form = QFormLayout(self)
        self.preset = QComboBox()
        for preset in PAGE_PRESETS:
            self.preset.addItem(self.tr(preset.name))
        self.width = self._spin(1, 300)
        self.length = self._spin(1, 10000)
        self.gap = self._spin(0, 100)
        self.paper = QComboBox()
        for text in (
            self.tr("follow the gap"),
            self.tr("gap"),
            self.tr("continuous"),
            self.tr("black mark"),
        ):
            self.paper.addItem(text)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow(self.tr("Width"), self.width)
        form.addRow(self.tr("Length"), self.length)
        form.addRow(self.tr("Gap"), self.gap)
        form.addRow(self.tr("Paper"), self.paper)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.preset.currentIndexChanged.connect(self._use_preset)
        self.preset.setCurrentIndex(2)
        self._use_preset(2)

    def _spin(self, lo: float, hi: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(lo, hi)
        spin.setDecimals(3)
        spin.setSingleStep(0.125)
        spin.setSuffix(" mm")
        return spin

    def _use_preset(self, index: int) -> None:
        preset = PAGE_PRESETS[index]
        self.width.setValue(preset.w)
        self.length.setValue(preset.l)
        self.gap.setValue(preset.ld)
        self.paper.setCurrentIndex(preset.pt)

    def page(self) -> Page:
        """The page chosen."""
        return Page(
            w=self.width.value(),
            l=self.length.value(),
            ld=self.gap.value(),
            pt=self.paper.currentIndex(),
            labels=(Label(id=1),),
        )


class FileActions:
    """New, Open, Save and Save As for one window's document."""

    def __init__(self, doc: LabelDocument, window: QWidget) -> None:
        self.doc = doc
        self.window = window
        self.last_error: str | None = None

    def ask_to_keep_changes(self) -> bool:
        """True when it is fine to drop the document (saved, discarded); False to cancel."""
        if self.doc.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window,
            self.window.tr("Unsaved changes"),
            self.window.tr("%s has unsaved changes. Save them?") % self.doc.name,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> bool:
        """Start a new document after asking for its size."""
        if not self.ask_to_keep_changes():
            return False
        dialog = NewPageDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.doc.reset(dialog.page(), None)
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open a label file; a file with errors shows them all and opens nothing."""
        if not self.ask_to_keep_changes():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.window.tr("Open label"), "", XML_FILTER
            )
            if not name:
                return False
            path = Path(name)
        return self.load(path)

    def load(self, path: Path) -> bool:
        """Read `path` into the document; False (with the problems shown) when it cannot be."""
        try:
            result = parse(path)
        except OSError as exc:
            return self._refuse(path, [self.window.tr("cannot read: %s") % (exc.strerror or exc)])
        if result.page is None:
            return self._refuse(
                path, [str(p) for p in result.errors] or [str(p) for p in result.problems]
            )
        self.doc.reset(result.page, path, result.instructions)
        return True

    def _refuse(self, path: Path, lines: list[str]) -> bool:
        self.last_error = "\n".join(lines)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.window.tr("Cannot open %s") % path.name,
            self.window.tr("The file has errors; nothing was opened."),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setDetailedText(self.last_error)
        box.setInformativeText(lines[0] if lines else "")
        box.open()
        return False

    def save(self) -> bool:
        """Save to the document's file (asking for one when it has none)."""
        if self.doc.path is None:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.window.tr("Save label"), str(self.doc.path or "label.xml"), XML_FILTER
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".xml":
            path = path.with_suffix(".xml")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the canonical label XML to `path` atomically."""
        try:
            atomic_write_bytes(path, write_bytes(self.doc.page, self.doc.instructions))
        except OSError as exc:
            QMessageBox.critical(
                self.window,
                self.window.tr("Cannot save"),
                self.window.tr("%s: %s") % (path, exc.strerror or exc),
            )
            return False
        self.doc.mark_saved(path)
        return True
