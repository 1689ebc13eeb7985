"""Preferences: units shown, the grid and snapping, how often printers are asked and orders
followed, how often unsaved work is kept, what to do when a printer is offline, the default
printer, the language. Saved in the settings; `apply_preferences` makes them take effect in a
window at once (the language at the next start: every widget is made in its language)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from designer.qt.i18n.preferences import language_choices, restart_note
from designer.services.settings import Settings

if TYPE_CHECKING:
    from designer.services.printers import SavedPrinter


class PreferencesDialog(QDialog):
    """Edit the settings a person may want otherwise."""

    def __init__(
        self, settings: Settings, printers: list[SavedPrinter], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        form = QFormLayout(self)
        self.units = QComboBox()
        self.units.setObjectName("units")
        self.units.addItem(self.tr("Millimetres (dots beside)"), "mm")
        self.units.addItem(self.tr("Printer dots (mm beside)"), "dots")
        self.units.setCurrentIndex(max(0, self.units.findData(settings.units)))
        self.grid = QDoubleSpinBox()
        self.grid.setObjectName("grid")
        self.grid.setRange(0.125, 20)
        self.grid.setDecimals(3)
        self.grid.setSingleStep(0.125)
        self.grid.setSuffix(" mm")
        self.grid.setValue(settings.grid_mm)
        self.snap = QCheckBox(self.tr("Snap to the grid and to other elements' edges"))
        self.snap.setObjectName("snap")
        self.snap.setChecked(settings.snap)
        self.refresh = self._seconds(settings.printer_refresh_seconds, 2, 3600, "refresh")
        self.follow = QSpinBox()
        self.follow.setObjectName("follow")
        self.follow.setRange(1, 24 * 60)
        self.follow.setSuffix(self.tr(" min"))
        self.follow.setValue(settings.history_poll_minutes)
        self.autosave = self._seconds(settings.autosave_seconds, 5, 3600, "autosave")
        self.offline = QComboBox()
        self.offline.setObjectName("offline")
        self.offline.addItem(self.tr("Refuse the order"), False)
        self.offline.addItem(self.tr("Queue it until the printer is back"), True)
        self.offline.setCurrentIndex(1 if settings.queue_when_offline else 0)
        self.printer = QComboBox()
        self.printer.setObjectName("default_printer")
        self.printer.addItem(self.tr("(the first in the list)"), "")
        for saved in printers:
            self.printer.addItem(f"{saved.name} ({saved.sn})", saved.sn)
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.default_printer)))
        form.addRow(self.tr("Show lengths in"), self.units)
        form.addRow(self.tr("Grid"), self.grid)
        form.addRow("", self.snap)
        form.addRow(self.tr("Ask printers for their state every"), self.refresh)
        form.addRow(self.tr("Follow a sent order for"), self.follow)
        form.addRow(self.tr("Keep unsaved work every"), self.autosave)
        form.addRow(self.tr("When the printer is offline"), self.offline)
        form.addRow(self.tr("Default printer"), self.printer)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for value, title in language_choices():
            self.language.addItem(title, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(restart_note())
        note.setObjectName("language_note")
        note.setWordWrap(True)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _seconds(self, value: int, lo: int, hi: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(lo, hi)
        spin.setSuffix(self.tr(" s"))
        spin.setValue(value)
        return spin

    def chosen(self) -> Settings:
        """The settings as the dialog has them (the rest as they were)."""
        return replace(
            self.settings,
            units=self.units.currentData(),
            grid_mm=self.grid.value(),
            snap=self.snap.isChecked(),
            printer_refresh_seconds=self.refresh.value(),
            history_poll_minutes=self.follow.value(),
            autosave_seconds=self.autosave.value(),
            queue_when_offline=bool(self.offline.currentData()),
            default_printer=self.printer.currentData(),
            language=self.language.currentData(),
        )
