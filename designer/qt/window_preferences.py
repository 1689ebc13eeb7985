"""Edit > Preferences: the dialog, and each setting taking effect in the window at once."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from designer.qt.panels.length_spin import LengthSpin
from designer.services.settings import Settings

if TYPE_CHECKING:
    from designer.qt.main_window import MainWindow


def apply_preferences(window: MainWindow, settings: Settings) -> None:
    """Make `settings` take effect in `window` (grid, snapping, units, timers, printing)."""
    scene = window.scene
    scene.grid_mm = settings.grid_mm
    actions = window.menus.actions
    actions["snap"].setChecked(settings.snap)  # the View menu's toggle follows, and sets it
    scene.snap_to_grid = settings.snap
    scene.update()
    if LengthSpin.shown_in != settings.units:
        LengthSpin.shown_in = settings.units
        window.properties.rebuild()
    printers = window.printing.printers
    printers.interval_ms = max(2, settings.printer_refresh_seconds) * 1000
    printers.timer.setInterval(printers.interval_ms)
    window.printing.orders.poll_for = timedelta(minutes=settings.history_poll_minutes)
    window.autosaver.timer.setInterval(max(5, settings.autosave_seconds) * 1000)


def open_preferences(window: MainWindow) -> QDialog:
    """Show the Preferences; on OK they are saved and take effect."""
    from designer.qt.dialogs.preferences import PreferencesDialog  # on demand

    dialog = PreferencesDialog(Settings.load(), window.printing.printers.saved(), window)

    def accepted() -> None:
        settings = dialog.chosen()
        settings.save()
        apply_preferences(window, settings)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
