"""Opening, saving and starting documents, with the questions a user expects.

A file with errors opens nothing: every problem is listed with its line. Saving writes the
canonical label XML atomically. Unsaved changes are never dropped without asking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from designer import labelxml  # its reader and writer load when a file is read or written
from designer.merge import check_template
from designer.model import Label, Page
from designer.model.presets import PAGE_PRESETS
from designer.model.schema import PAGE, Attr
from designer.qt.document import LabelDocument
from designer.qt.i18n.messages import say, schema_word, source_problem_text
from designer.services.files import atomic_write_bytes


class NewPageDialog(QDialog):
    """Choose the label size: a preset, or width, length, gap and paper type by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New label"))
        self.setMinimumWidth(420)  # room for the title bar's text, not only the fields
        form = QFormLayout(self)
        self.preset = QComboBox()
        for preset in PAGE_PRESETS:
            self.preset.addItem(schema_word(preset.name))
        self.width = self._spin(PAGE.attr("w"))
        self.length = self._spin(PAGE.attr("l"))
        self.gap = self._spin(PAGE.attr("ld"))
        self.paper = QComboBox()
        paper = PAGE.attr("pt")
        for choice, title in zip(paper.choices, paper.choice_titles, strict=True):
            self.paper.addItem(schema_word(title), choice)
        form.addRow(self.tr("Preset"), self.preset)
        for attr, widget in (
            (PAGE.attr("w"), self.width),
            (PAGE.attr("l"), self.length),
            (PAGE.attr("ld"), self.gap),
            (paper, self.paper),
        ):
            form.addRow(schema_word(attr.title), widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.preset.currentIndexChanged.connect(self._use_preset)
        self.preset.setCurrentIndex(2)
        self._use_preset(2)

    def _spin(self, attr: Attr) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(attr.lo, attr.hi)
        spin.setDecimals(3)
        spin.setSingleStep(0.125)
        spin.setSuffix(" mm")
        return spin

    def _use_preset(self, index: int) -> None:
        preset = PAGE_PRESETS[index]
        self.width.setValue(preset.w)
        self.length.setValue(preset.l)
        self.gap.setValue(preset.ld)
        self.paper.setCurrentIndex(self.paper.findData(preset.pt))

    def page(self) -> Page:
        """The page chosen."""
        return Page(
            w=self.width.value(),
            l=self.length.value(),
            ld=self.gap.value(),
            pt=self.paper.currentData(),
            labels=(Label(id=1),),
        )


class FileActions(QObject):
    """New, Open, Save and Save As for one window's document."""

    def __init__(self, doc: LabelDocument, window: QWidget) -> None:
        super().__init__(window)
        self.doc = doc
        self.window = window
        self.last_error: str | None = None
        self._errors_accepted: tuple[str, ...] = ()  # asked about these; the answer was save

    def xml_filter(self) -> str:
        """The file dialogs' filter: label XML files, or any file."""
        return self.tr("Label XML (*.xml);;All files (*)")

    def ask_to_keep_changes(self) -> bool:
        """True when it is fine to drop the document (saved, discarded); False to cancel."""
        if self.doc.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("%s has unsaved changes. Save them?") % self.doc.name,
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

    def close(self) -> bool:
        """File > Close: put the document away (after asking about unsaved changes). The last
        window stays, with a new untitled label; any other window closes."""
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self.window and type(w) is type(self.window) and w.isVisible()
        ]
        if others:
            return self.window.close()
        if not self.ask_to_keep_changes():
            return False
        from designer.qt.document import default_page

        self.doc.reset(default_page(), None)
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open a label file; a file with errors shows them all and opens nothing."""
        if not self.ask_to_keep_changes():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open label"), "", self.xml_filter()
            )
            if not name:
                return False
            path = Path(name)
        return self.load(path)

    def load(self, path: Path) -> bool:
        """Read `path` into the document. A file with problems opens with them listed (it will
        not print until they are fixed); only a file that is not label XML at all is refused,
        with the cause at its line. False when nothing was opened."""
        try:
            result = labelxml.parse(path, check=check_template)  # a template opens clean
        except OSError as exc:
            reason = self.tr("%s: cannot read: %s") % (path, exc.strerror or exc)
            return self._refuse(path, self.tr("The file cannot be read."), [reason])
        if result.draft is None:
            return self._refuse(
                path,
                self.tr("This is not a label file that can be opened."),
                [source_problem_text(p) for p in result.errors or result.problems],
            )
        problems = [p for p in result.problems if p.is_error] if result.page is None else []
        self.doc.reset(
            result.draft,
            path,
            result.instructions,
            positions=result.positions,
            problems=result.problems if result.damaged else [],
        )
        if problems:
            self._opened_with_problems(path, problems, result.damaged)
        return True

    def _opened_with_problems(self, path: Path, problems: list, damaged: bool) -> None:
        text = (
            self.tr(
                "%s has errors: it is open so that you can fix them (see Problems); it will not "
                "print until they are fixed."
            )
            % path.name
        )
        if damaged:
            text += " " + self.tr(
                "Parts of it could not be read and were left out or set to their defaults; "
                "saving writes the file without them."
            )
        self.last_error = "\n".join(source_problem_text(p) for p in problems)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("%s has errors") % path.name,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("opened_with_problems")
        box.setDetailedText(self.last_error)
        box.setWindowModality(Qt.WindowModality.NonModal)  # the window and its problem list
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # are what the user needs now
        box.show()

    def _refuse(self, path: Path, why: str, lines: list[str]) -> bool:
        self.last_error = "\n".join(lines)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Cannot open %s") % path.name,
            why,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("cannot_open")
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
            self.window, self.tr("Save label"), str(self.doc.path or "label.xml"), self.xml_filter()
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".xml":
            path = path.with_suffix(".xml")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the canonical label XML to `path` atomically; a page with errors only after
        saying what will not print (once for the same errors)."""
        if not self._fine_to_save_with_errors(path):
            return False
        data = labelxml.write_bytes(self.doc.page, self.doc.file_instructions())
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            QMessageBox.critical(
                self.window,
                self.tr("Cannot save"),
                self.tr("%s: %s") % (path, exc.strerror or exc),
            )
            return False
        # read back only for where each element now stands (checked before saving, not again)
        positions = labelxml.parse(data, filename=str(path), check=lambda _page: []).positions
        self.doc.mark_saved(path, positions)
        return True

    def _fine_to_save_with_errors(self, path: Path) -> bool:
        errors = [p.message for p in check_template(self.doc.page) if p.is_error]
        if not errors or tuple(errors) == self._errors_accepted:
            return True
        shown = "\n".join(f"• {say(e)}" for e in errors[:8])
        more = len(errors) - 8
        if more > 0:
            shown += "\n" + self.tr("… and %d more") % more
        answer = QMessageBox.question(
            self.window,
            self.tr("Save with errors?"),
            self.tr("%s has errors; it will not print until they are fixed:\n\n%s\n\nSave anyway?")
            % (path.name, shown),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return False
        self._errors_accepted = tuple(errors)
        return True
