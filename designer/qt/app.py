"""The desktop application: builds everything and shows the window (`xplabel [FILE.xml]`)."""

from __future__ import annotations

import gc
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from designer import __version__
from designer.paths import resource_path
from designer.qt.main_window import MainWindow

if TYPE_CHECKING:
    from designer.qt.demo import Demo

QUIT_AFTER_ENV = "XPLABEL_QUIT_AFTER_MS"
"""For smoke tests of installs and of the bundle (and start-up timing): with XPLABEL_QUIT_AFTER_MS=N
set, the program says which window it showed and exits with code 0 N ms after the window is shown
and built. Nothing else reads it."""


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), with the bundled CJK font loaded."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("xplabel")
    app.setApplicationDisplayName("Xpyun Label Designer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("xplabel")
    return app


def load_fonts() -> None:
    """Where the system has no font with Chinese glyphs, the bundled one for the interface's
    Chinese (the canvas does not need it: it shows the renderer's dots); and the program's icon
    for its windows and the taskbar. Called once the window is on the screen: in Chinese before
    it is filled, so that no widget is measured without it; in English once it is built and
    painted (looking through the system's fonts takes a while, and only a label's own Chinese
    needs it then: it may show a frame late where the system has no Chinese font)."""
    from designer.qt.i18n.translator import install_chinese_font

    app = QApplication.instance()
    if app is not None:
        install_chinese_font(app)
        if app.windowIcon().isNull():
            app.setWindowIcon(app_icon())


APP_ID = "io.github.xplabel.Designer"
"""The program's id: its desktop file's and icon's name (resources/desktop, resources/icons)."""


def app_icon() -> QIcon:
    """The program's icon at every size it is drawn in."""
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")))
    return icon


def quit_for_smoke_test(app: QApplication, window: MainWindow) -> None:
    """With XPLABEL_QUIT_AFTER_MS=N set, leave the event loop N ms from now (see QUIT_AFTER_ENV)."""
    delay = os.environ.get(QUIT_AFTER_ENV, "")
    if delay.isdigit():

        def leave() -> None:
            print(f"smoke test: {window.windowTitle()!r} shown: {window.isVisible()}", flush=True)
            app.exit(0)

        QTimer.singleShot(int(delay), leave)


def offer_recoveries(window: MainWindow) -> list[MainWindow]:
    """Ask about each autosave a crashed session left; recovered work opens in its own window
    (the first in `window`). Returns the windows opened besides `window`."""
    from designer.qt.session import pending_recoveries, recover

    extra: list[MainWindow] = []
    target: MainWindow | None = window
    for recovery in pending_recoveries():
        name = (
            recovery.original.name
            if recovery.original
            else QCoreApplication.translate("App", "an untitled label")
        )
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("App", "Recover unsaved work?"),
            QCoreApplication.translate(
                "App",
                "Xpyun Label Designer did not close normally. Unsaved work on %s from %s "
                "was kept. Recover it?",
            )
            % (name, recovery.saved_at or "?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            recovery.discard()
            continue
        if target is None:
            target = MainWindow()
            target.show()
            extra.append(target)
        recover(target.doc, recovery)
        target = None
    return extra


def main(files: list[str], demo: bool = False, language: str | None = None) -> int:
    """Open a window (with the first file, if any), offer crash recovery, run until closed.
    With `demo`, the window works against an in-process simulated cloud. The window speaks
    `language` (a code, or "" for the system's; remembered), by default the settings'."""
    app = application()
    if demo:
        start_language(app, language)
        return demo_main(app, files)
    window = MainWindow(deferred=True)
    windows = [window]

    def start() -> None:
        try:
            start_language(app, language)  # the frame shown has no words: its title is both names
            windows.extend(finish_start(window, files))
            quit_for_smoke_test(app, window)
        except Exception as exc:  # a bug: say so rather than leave an empty window behind
            traceback.print_exc()
            QMessageBox.critical(
                window,
                QCoreApplication.translate("App", "Xpyun Label Designer cannot start"),
                QCoreApplication.translate("App", "The window could not be built: %s") % exc,
            )
            app.exit(1)

    window.when_first_painted(start)
    window.show()  # on the screen at once; built as soon as it has been painted
    code = app.exec()
    windows.clear()
    return code


def start_language(app: QApplication, language: str | None) -> None:
    """Remember `language` when given (None: as the settings say) and speak the language in
    force in every widget made from now on."""
    from designer.qt.i18n.translator import chosen_language, install_language
    from designer.services.language import remember

    if language is not None:
        problem = remember(language)
        if problem:
            print(f"warning: {problem}", file=sys.stderr)
    install_language(app, chosen_language(language))


def collect_again() -> None:
    """The start-up is over: what it made lives as long as the program, so it is set aside
    from the cyclic garbage collector's passes (`gc.freeze`), which are turned back on."""
    gc.freeze()
    gc.enable()


def finish_start(window: MainWindow, files: list[str]) -> list[MainWindow]:
    """Build the shown window and open the first file in it; load the fonts and offer crash
    recovery. Returns the windows recovery opened besides `window`."""
    from designer.qt.i18n.translator import current_language
    from designer.services.language import ENGLISH

    if current_language() == ENGLISH:
        QTimer.singleShot(0, window, load_fonts)  # after this turn: built, fitted and painted
    else:
        load_fonts()
    try:
        window.build()
    finally:
        collect_again()
    if files:
        window.open_file(Path(files[0]))
    window.view.zoom_fit()
    # a batch a crash or a closed window interrupted: asked once the window is up (reading the
    # batches loads the batch services, which a start without one need not wait for)
    QTimer.singleShot(0, window.batches, window.batches.offer_unfinished)
    return offer_recoveries(window)


def demo_window(demo: Demo) -> MainWindow:
    """The window of a demo: signed in to its simulated cloud, the sample label loaded."""
    from designer.labelxml import read
    from designer.qt.cloud_link import CloudLink

    window = MainWindow(link=CloudLink(demo.client), store=demo.store)
    window.printing.logos.folder = Path(demo.folder.name) / "logos"
    window.printing.printers.printed_info = demo.printed_info
    window.set_account(QCoreApplication.translate("App", "demo (simulated cloud)"))
    title = QCoreApplication.translate("App", "%s (sample)") % demo.sample.name
    window.doc.reset(read(demo.sample), None, title=title)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "App", "Demo: a simulated cloud with three printers; nothing is really printed"
        )
    )
    window.docks["printers"].raise_()
    window.printing.printers.refresh()
    return window


def demo_main(app: QApplication, files: list[str] | None = None) -> int:
    """`xplabel --demo [FILE]`: the window signed in to a simulated cloud, a sample label (or
    FILE) loaded."""
    from designer.qt.demo import Weather, start_demo

    demo = start_demo()
    load_fonts()  # the window is built at once: its Chinese needs the font first
    window = demo_window(demo)
    collect_again()
    if files:
        window.open_file(Path(files[0]))
    weather = Weather(demo, window)
    window.show()
    window.view.zoom_fit()
    quit_for_smoke_test(app, window)
    try:
        return app.exec()
    finally:
        weather.timer.stop()
        window.printing.stop()
        demo.stop()
