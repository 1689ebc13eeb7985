"""Data > Connect data: pick a CSV, TSV or spreadsheet, its sheet, whether the first row names
the columns, and see the first rows as they will fill the placeholders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.merge import DataTable
from designer.qt.background import run_in_background
from designer.qt.cloud_words import describe
from designer.qt.data.connection import read_data

PREVIEW_ROWS = 20


def ask_data_file(parent: QWidget, folder: str = "") -> Path | None:
    """The data file the user picks (None: cancelled)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ConnectDataDialog", "Connect data"),
        folder,
        QCoreApplication.translate(
            "ConnectDataDialog",
            "Data (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV and TSV (*.csv *.tsv *.txt);;"
            "Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)",
        ),
    )
    return Path(name) if name else None


class ConnectDataDialog(QDialog):
    """The chosen file read as a table, with its first rows shown."""

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        sheet: str | None = None,
        header: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect data"))
        self.setObjectName("connect_data")
        self.resize(720, 460)
        self.path = path
        self.table: DataTable | None = None
        self.digest = ""
        self.reading = 0  # a read is under way (its number), or 0
        self.file = QLineEdit(str(path))
        self.file.setReadOnly(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("choose_file")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.header = QCheckBox(self.tr("The first row names the columns"))
        self.header.setObjectName("header")
        self.header.setChecked(header)
        self.summary = QLabel()
        self.summary.setObjectName("data_summary")
        self.summary.setWordWrap(True)
        self.rows = QTableWidget()
        self.rows.setObjectName("data_preview")
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow("", self.header)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.buttons)
        self._wanted_sheet = sheet
        self.header.toggled.connect(lambda _on: self.read())
        self.sheet.activated.connect(lambda _i: self.read())
        self.read()

    @property
    def chosen_sheet(self) -> str | None:
        """The sheet chosen (None for a text file, or the first sheet)."""
        if not self.sheet.isEnabled() or self.sheet.currentIndex() <= 0:
            return None
        return self.sheet.currentText()

    def _choose(self) -> None:
        path = ask_data_file(self, str(self.path.parent))
        if path is not None:
            self.path = path
            self.file.setText(str(path))
            self._wanted_sheet = None
            self.sheet.clear()
            self.read()

    def read(self) -> None:
        """Read the file as chosen, on a worker (a big spreadsheet takes a while), then show its
        first rows (or why it cannot be read); OK waits for it."""
        sheet = self.chosen_sheet if self.sheet.count() else self._wanted_sheet
        path, header = self.path, self.header.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.reading += 1
        asked = self.reading
        self.summary.setText(self.tr("Reading %s…") % path.name)

        def done(result: tuple[DataTable, str] | None, error: Exception | None) -> None:
            if asked != self.reading:
                return  # another file, sheet or header was asked for meanwhile
            self.reading = 0
            self._show(result, error)

        run_in_background(self, lambda: read_data(path, sheet, header), done)

    def _show(self, result: tuple[DataTable, str] | None, error: Exception | None) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if error is not None or result is None:
            self.table = None
            self.summary.setText(describe(error))
            self.rows.clear()
            self.rows.setRowCount(0)
            self.rows.setColumnCount(0)
            ok.setEnabled(False)
            return
        self.table, self.digest = result
        self._show_sheets()
        table = self.table
        self.summary.setText(
            self.tr("%1 rows of data, %2 columns; the first rows:")
            .replace("%1", f"{len(table.records):,}")
            .replace("%2", str(table.width))
        )
        shown = table.records[:PREVIEW_ROWS]
        self.rows.clear()
        self.rows.setColumnCount(table.width)
        self.rows.setRowCount(len(shown))
        self.rows.setHorizontalHeaderLabels([table.column_title(i) for i in range(table.width)])
        self.rows.setVerticalHeaderLabels([str(r.row) for r in shown])
        for y, record in enumerate(shown):
            for x, cell in enumerate(record.cells):
                self.rows.setItem(y, x, QTableWidgetItem(cell))
        ok.setEnabled(bool(table.records))

    def _show_sheets(self) -> None:
        table = self.table
        if not table.sheets:
            self.sheet.clear()
            self.sheet.addItem(self.tr("(a text file has no sheets)"))
            self.sheet.setEnabled(False)
            return
        if self.sheet.count() != len(table.sheets) + 1:
            self.sheet.blockSignals(True)
            self.sheet.clear()
            self.sheet.addItem(self.tr("The first sheet"))
            self.sheet.addItems(list(table.sheets))
            self.sheet.setEnabled(True)
            if self._wanted_sheet in table.sheets:
                self.sheet.setCurrentIndex(table.sheets.index(self._wanted_sheet) + 1)
            self.sheet.blockSignals(False)
