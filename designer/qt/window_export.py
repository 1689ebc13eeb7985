"""File > Export as PNG and Export as PDF: the window's side of exporting. The dialog
(`dialogs/export.py`) says where and how; the files are written by `services/export.py`, the
same code as `xplabel render`, so the dots are the same."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QProgressDialog

from designer.model import Page, validate
from designer.qt.i18n.messages import say

if TYPE_CHECKING:
    from designer.qt.dialogs.export import ExportDialog
    from designer.qt.main_window import MainWindow
    from designer.qt.window_menus import WindowMenus
    from designer.services.export import ExportError, ExportFormat


PROGRESS_AFTER_MS = 500
"""An export that takes longer than this shows its progress."""


class _Cancelled(Exception):
    """The person cancelled an export under way."""


def _step(progress: QProgressDialog, done: int) -> None:
    """One more label drawn; the window stays responsive (a modal progress dialog lets events
    through); _Cancelled when the person has cancelled."""
    progress.setValue(done)
    if progress.wasCanceled():
        raise _Cancelled


def add_export_actions(menus: WindowMenus, menu: QMenu) -> Exporter:
    """Put File > Export as PNG… and Export as PDF… in `menu`; the window's exporter."""
    exporter = Exporter(menus.window)
    menu.addSeparator()
    png = QApplication.translate("Exporter", "Export as P&NG…")
    pdf = QApplication.translate("Exporter", "Export as P&DF…")
    menus.add(menu, "export_png", png, lambda: exporter.open("png"))
    menus.add(menu, "export_pdf", pdf, lambda: exporter.open("pdf"))
    menu.addSeparator()
    menus.window.exporter = exporter
    return exporter


def error_lines(page: Page) -> list[str]:
    """The page's errors, each with its label id and element number as the Problems panel says
    them."""
    lines = []
    for problem in validate(page):
        if not problem.is_error:
            continue
        where = ""
        if problem.label is not None:
            where = QApplication.translate("Exporter", "label %s") % page.labels[problem.label].id
            if problem.element is not None:
                where += QApplication.translate("Exporter", ", element %d") % (problem.element + 1)
            where += ": "
        lines.append(where + say(problem.message))
    return lines


class Exporter(QObject):
    """Exports one window's document; remembers the folder and the choices of the last export."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.folder: Path | None = None
        self.choices: tuple[bool, bool, int] | None = None
        self.last_written: list[Path] = []
        self.progress_after_ms = PROGRESS_AFTER_MS

    def default_path(self, fmt: ExportFormat) -> Path:
        """Where an export goes unless the person says otherwise: the document's name, in the
        folder of the last export, else the document's folder, else the home folder."""
        doc = self.window.doc
        folder = self.folder or (doc.path.parent if doc.path else Path.home())
        return folder / ((doc.path.stem if doc.path else "label") + fmt.suffix)

    def open(self, fmt: ExportFormat | str) -> ExportDialog:
        """Ask how to export the document as `fmt` (or its name: png, pdf), then export it."""
        from designer.qt.dialogs.export import ExportDialog  # on demand: quicker start-up
        from designer.services.export import ExportFormat

        fmt = ExportFormat(fmt)

        doc = self.window.doc
        page = doc.page
        dialog = ExportDialog(
            fmt, page, doc.current_label, self.default_path(fmt), error_lines(page), self.window
        )
        if self.choices is not None:
            dialog.set_choices(*self.choices)
        dialog.accepted.connect(lambda: self.export(dialog, page))
        dialog.open()
        return dialog

    def export(self, dialog: ExportDialog, page: Page) -> list[Path]:
        """Write what `dialog` chose; the paths written. Several labels show their progress
        (and can be cancelled: what is written stays, a PDF is not written); a file that cannot
        be written is said in a message box (with any written before it)."""
        from designer.services.export import ExportError, export_labels

        path = dialog.path()
        if path is None:
            return []
        self.folder = path.parent
        self.choices = dialog.choices()
        labels = dialog.labels()
        written: list[Path] = []
        progress = self._progress(len(labels))
        cancelled = False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # An element that cannot be drawn (the dialog said which) is a crossed frame.
            export_labels(
                page,
                labels,
                path,
                dialog.fmt,
                dialog.options(mark_errors=True),
                written.append,
                None if progress is None else lambda done, _total: _step(progress, done),
            )
        except ExportError as exc:
            self._failed(exc, written)
        except _Cancelled:
            cancelled = True
        finally:
            QApplication.restoreOverrideCursor()
            if progress is not None:
                progress.close()
                progress.deleteLater()
        self.last_written = written
        if cancelled:
            message = self.tr("Export cancelled; files written: %d") % len(written)
        elif len(written) == 1:
            message = self.tr("Exported %s") % written[0]
        else:
            names = ", ".join(p.name for p in written[:4]) + (", …" if len(written) > 4 else "")
            message = self.tr("Exported %d files to %s: %s") % (
                len(written),
                written[0].parent if written else "",
                names,
            )
        if written or cancelled:
            self.window.statusBar().showMessage(message, 10000)
        return written

    def _progress(self, labels: int) -> QProgressDialog | None:
        """A progress dialog for an export of several labels, shown only if it takes a while."""
        if labels < 2:
            return None
        progress = QProgressDialog(
            self.tr("Exporting %d labels…") % labels, self.tr("Cancel"), 0, labels, self.window
        )
        progress.setObjectName("export_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(self.progress_after_ms)
        progress.setValue(0)
        return progress

    def _failed(self, exc: ExportError, written: list[Path]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Not exported"),
            self.tr("%s cannot be written: %s") % (exc.path.name, exc.reason),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("export_failed")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(str(exc.path.parent))
        if written:
            box.setDetailedText(
                self.tr("Written before it:") + "\n" + "\n".join(str(p) for p in written)
            )
        box.open()
