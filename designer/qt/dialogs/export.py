"""The export dialog (File > Export as PNG / as PDF): where to, which labels (all, or the current
one), as printed or as designed, at which printer resolution; the files it will write, and what
in the labels cannot be drawn (exported as a crossed frame) when the page has errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from designer.model import Label, Page
from designer.services.export import ExportFormat, ExportOptions, planned_paths

RESOLUTIONS = (
    (8, QT_TRANSLATE_NOOP("ExportDialog", "203 dpi (8 dots/mm)")),
    (12, QT_TRANSLATE_NOOP("ExportDialog", "300 dpi (12 dots/mm)")),
)
"""The printers' resolutions, in dots per mm, and what a person calls each."""
SHOWN_FILES = 4
"""How many of the files to be written the dialog names (then: and N more)."""


class ExportDialog(QDialog):
    """Choose how to export `page` (whose label `current` is being edited) as `fmt`."""

    def __init__(
        self,
        fmt: ExportFormat,
        page: Page,
        current: int,
        path: Path,
        errors: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fmt, self.page, self.current = fmt, page, current
        pdf = fmt is ExportFormat.PDF
        self.setWindowTitle(self.tr("Export as PDF") if pdf else self.tr("Export as PNG"))
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setObjectName("path")
        self.path_edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        n = len(page.labels)
        if n == 1:
            every = self.tr("The page's one label (id %d)") % page.labels[0].id
        elif pdf:
            every = self.tr("All %d labels, a page each") % n
        else:
            every = self.tr("All %d labels, a file each") % n
        self.all_labels = QRadioButton(every)
        self.all_labels.setObjectName("all_labels")
        self.current_label = QRadioButton(
            self.tr("Only the current label (id %d)") % page.labels[current].id
        )
        self.current_label.setObjectName("current_label")
        self.current_label.setVisible(n > 1)  # the same as all of them
        self.all_labels.setChecked(True)
        self._group(self.all_labels, self.current_label)
        self.as_designed = QRadioButton(self.tr("As designed (as on the canvas)"))
        self.as_designed.setObjectName("as_designed")
        self.as_printed = QRadioButton(
            self.tr("As printed (the label's mirror and direction applied)")
        )
        self.as_printed.setObjectName("as_printed")
        self.as_designed.setChecked(True)
        self._group(self.as_designed, self.as_printed)
        self.resolution = QComboBox()
        self.resolution.setObjectName("resolution")
        for dpmm, title in RESOLUTIONS:
            self.resolution.addItem(QCoreApplication.translate("ExportDialog", title), dpmm)
        self.files = QLabel()
        self.files.setObjectName("files")
        self.files.setWordWrap(True)
        self.files.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("File"), where)
        form.addRow(self.tr("Labels"), self.all_labels)
        form.addRow("", self.current_label)
        form.addRow(self.tr("Orientation"), self.as_designed)
        form.addRow("", self.as_printed)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.tr("Writes"), self.files)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if pdf:
            note = QLabel(
                self.tr(
                    "Each page is exactly %1 x %2 mm, the label's dots at the printer's "
                    "resolution: print it at 100\u00a0% (actual size), not fitted to the paper."
                )
                .replace("%1", f"{page.w:g}")
                .replace("%2", f"{page.l:g}")
            )
            note.setObjectName("pdf_note")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        if errors:
            shown = "\n".join(f"• {e}" for e in errors[:SHOWN_FILES])
            more = len(errors) - SHOWN_FILES
            if more > 0:
                shown += "\n" + self.tr("… and %n more", "", more)
            self.errors.setText(
                self.tr(
                    "The page has errors, so it would not print as it stands. What cannot be "
                    "drawn is exported as a crossed frame:"
                )
                + "\n"
                + shown
            )
            icon = QLabel()
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            icon.setPixmap(warning.pixmap(size, size))
            row = QHBoxLayout()
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self.errors, 1)
            layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path_edit.textChanged.connect(self._update)
        self.all_labels.toggled.connect(self._update)
        self._update()

    def _group(self, *buttons: QRadioButton) -> None:
        group = QButtonGroup(self)
        for button in buttons:
            group.addButton(button)

    # --- what was chosen -----------------------------------------------------------------------

    def path(self) -> Path | None:
        """The file named, with the format's suffix added when it has another (None: none)."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.name:
            return None
        if path.suffix.lower() != self.fmt.suffix:
            path = path.with_name(path.name + self.fmt.suffix)
        return path

    def labels(self) -> list[Label]:
        """The labels to export."""
        if self.current_label.isChecked():
            return [self.page.labels[self.current]]
        return list(self.page.labels)

    def choices(self) -> tuple[bool, bool, int]:
        """What the person chose besides the file: (current label only, as printed, dpmm)."""
        return (
            self.current_label.isChecked(),
            self.as_printed.isChecked(),
            self.resolution.currentData(),
        )

    def set_choices(self, current_only: bool, as_printed: bool, dpmm: int) -> None:
        """Start from earlier choices (see `choices`)."""
        (self.current_label if current_only else self.all_labels).setChecked(True)
        (self.as_printed if as_printed else self.as_designed).setChecked(True)
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(dpmm)))

    def options(self, mark_errors: bool = False) -> ExportOptions:
        """How to draw them."""
        return ExportOptions(
            as_printed=self.as_printed.isChecked(),
            dpmm=self.resolution.currentData(),
            mark_errors=mark_errors,
        )

    def paths(self) -> list[Path]:
        """Every file the export writes."""
        path = self.path()
        return [] if path is None else planned_paths(self.fmt, path, self.labels())

    # --- behaviour -----------------------------------------------------------------------------

    def _update(self) -> None:
        paths = self.paths()
        self.export_button.setEnabled(bool(paths))
        if not paths:
            self.files.setText(self.tr("(name a file)"))
            return
        names = ", ".join(_short(p.name) for p in paths[:SHOWN_FILES])
        if len(paths) > SHOWN_FILES:
            names += self.tr(" and %n more", "", len(paths) - SHOWN_FILES)
        self.files.setText(
            self.tr("%1 in %2").replace("%1", names).replace("%2", _short(str(paths[0].parent)))
        )

    def browse(self) -> None:
        """Choose the file with the system's file dialog."""
        pdf = self.fmt is ExportFormat.PDF
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            str(self.path() or ""),
            self.tr("PDF documents (*.pdf)") if pdf else self.tr("PNG images (*.png)"),
            "",
            QFileDialog.Option.DontConfirmOverwrite,  # asked on Export, for every file written
        )
        if name:
            self.path_edit.setText(name)

    def accept(self) -> None:
        """Export, after asking before any file is replaced; stay open when the folder is not
        there or the person would rather not replace a file."""
        paths = self.paths()
        if not paths:
            return
        folder = paths[0].parent
        if not _is(folder, Path.is_dir):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The folder %s does not exist.") % folder,
            )
            return
        existing = [p for p in paths if _is(p, Path.exists)]
        if existing:
            if len(existing) == 1:
                text = self.tr("%s already exists. Replace it?") % existing[0].name
            else:
                text = self.tr("%n files already exist (%1, …). Replace them?", "", len(existing))
                text = text.replace("%1", existing[0].name)
            answer = QMessageBox.question(
                self,
                self.tr("Replace files?"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()


def _short(text: str, most: int = 60) -> str:
    """`text`, with its middle left out when it is longer than `most` characters."""
    if len(text) <= most:
        return text
    half = (most - 1) // 2
    return text[:half] + "…" + text[-half:]


def _is(path: Path, test: Callable[[Path], bool]) -> bool:
    """`test(path)`, False when the path cannot even be looked at (too long a name, say)."""
    try:
        return test(path)
    except OSError:
        return False
