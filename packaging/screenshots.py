"""The README's screenshots, in one language: the demo window (signed in to its simulated cloud,
the sample label loaded) and what each shot opens in it. Run by `packaging/screenshots`, which
starts an X server of 1280 x 800 for it; also runs offscreen (QT_QPA_PLATFORM=offscreen: each
shot is then the window or dialog alone, not the screen), as the tests do.

    python packaging/screenshots.py LANG OUT_DIR [SHOT ...]

writes OUT_DIR/SHOT-LANG.png for each shot (default: README_SHOTS). To add a shot, add a
function to SHOTS: it gets the window, arranges what to show, and returns the widget to take
(or None for the whole screen); `close` undoes what it opened and closes its dialogs.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from designer.qt.app import application, demo_window, load_fonts
from designer.qt.demo import Weather, start_demo
from designer.qt.i18n.translator import install_language
from designer.qt.main_window import MainWindow

Shot = Callable[[MainWindow], QWidget | None]


def wait(ms: int, until: Callable[[], bool] | None = None) -> None:
    """Let the window work for `ms` milliseconds, or until `until()` is true."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end and not (until is not None and until()):
        QApplication.processEvents()
        # what an event loop would delete (Qt's spent dock tab bars): processEvents() does not
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def window_shot(window: MainWindow) -> QWidget | None:
    """The whole window: the sample label on the canvas, its properties, the printers below."""
    window.scene.select_indexes([])
    window.docks["printers"].raise_()
    return None


def print_dialog_shot(window: MainWindow) -> QWidget | None:
    """File > Print over the window, the first printer chosen."""
    dialog = window.printing.open_print_dialog()
    return dialog if offscreen() else None


def printers_shot(window: MainWindow) -> QWidget | None:
    """The printers dock alone: three demo printers, online, offline and out of paper."""
    dock = window.docks["printers"]
    dock.raise_()
    return dock


def problems_shot(window: MainWindow) -> QWidget | None:
    """The window with a barcode whose check digit is wrong: the problems and the property."""
    from designer.model import Barcode

    label = window.doc.label
    barcode = next(i for i, e in enumerate(label.elements) if isinstance(e, Barcode))
    wrong = label.elements[barcode].replace(ct="jan13a", data="6920123456780")
    elements = list(label.elements)
    elements[barcode] = wrong
    window.doc.set_elements(tuple(elements), "screenshot")
    window.scene.select_indexes([barcode])
    window.docks["problems"].raise_()
    return None


def dialog_shot(open_it: Callable[[MainWindow], QWidget]) -> Shot:
    """A shot of the dialog `open_it` opens from the window (the dialog alone)."""

    def shot(window: MainWindow) -> QWidget | None:
        dialog = open_it(window)
        dialog.show()
        return dialog

    return shot


def _new_label(window: MainWindow) -> QWidget:
    from designer.qt.files import NewPageDialog

    return NewPageDialog(window)


def _add_printer(window: MainWindow) -> QWidget:
    from designer.qt.panels.printers import AddPrinterDialog

    return AddPrinterDialog(parent=window)


def _preferences(window: MainWindow) -> QWidget:
    from designer.qt.window_preferences import open_preferences

    return open_preferences(window)


SHOTS: dict[str, Shot] = {
    "window": window_shot,
    "print-dialog": print_dialog_shot,
    "printers": printers_shot,
    "problems": problems_shot,
    "account": dialog_shot(lambda w: w.printing.open_account_dialog()),
    "export-pdf": dialog_shot(lambda w: w.exporter.open("pdf")),
    "export-png": dialog_shot(lambda w: w.exporter.open("png")),
    "about": dialog_shot(lambda w: w.help_menu.show_about()),
    "shortcuts": dialog_shot(lambda w: w.help_menu.show_shortcuts()),
    "logo": dialog_shot(lambda w: w.printing.open_logo_dialog(w.printing.printers.saved()[0].sn)),
    "new-label": dialog_shot(_new_label),
    "add-printer": dialog_shot(_add_printer),
    "preferences": dialog_shot(_preferences),
}
"""Each shot by its name (the file is NAME-LANG.png)."""
README_SHOTS = ("window", "print-dialog", "printers")
"""The shots taken when none is named: the README's."""


def offscreen() -> bool:
    """True without a real screen (the offscreen platform): shots are of widgets alone."""
    return QGuiApplication.platformName() == "offscreen"


def close(window: MainWindow) -> None:
    """Close the dialogs a shot opened and undo its edits."""
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.reject()
    while window.doc.undo_stack.canUndo():
        window.doc.undo_stack.undo()
    window.doc.undo_stack.clear()


def take(window: MainWindow, name: str, path: Path) -> None:
    """Arrange shot `name` and save it at `path`."""
    widget = SHOTS[name](window)
    wait(600)  # painted, and the printers' states in
    if widget is None:
        pixmap: QPixmap = (
            window.grab() if offscreen() else QGuiApplication.primaryScreen().grabWindow(0)
        )
    else:
        pixmap = widget.grab()
    if not pixmap.save(str(path)):
        raise OSError(f"cannot write {path}")
    close(window)


def main(argv: list[str]) -> int:
    """Take the shots named in `argv` (LANG OUT_DIR [SHOT ...]); prints each file written."""
    if len(argv) < 2 or any(name not in SHOTS for name in argv[2:]):
        print(f"usage: screenshots.py LANG OUT_DIR [{' '.join(SHOTS)}]", file=sys.stderr)
        return 2
    language, out, names = argv[0], Path(argv[1]), argv[2:] or list(README_SHOTS)
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_language(app, language)
    demo = start_demo()
    try:
        load_fonts()
        window = demo_window(demo)
        weather = Weather(demo, window)
        weather.timer.stop()  # the printers keep their first states: the same shots each time
        window.move(0, 0)
        window.show()
        window.view.zoom_fit()
        table = window.printing.printers.table
        wait(5000, lambda: all(table.item(r, 4) and table.item(r, 4).text() for r in range(3)))
        for name in names:
            path = out / f"{name}-{language}.png"
            take(window, name, path)
            print(path)
        window.printing.stop()
        window.close()
    finally:
        demo.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
