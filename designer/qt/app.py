"""The desktop application: builds everything and shows the window (`xplabel [FILE.xml]`)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from designer import __version__
from designer.paths import CJK_FONT, resource_path
from designer.qt.main_window import MainWindow


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), with the bundled CJK font loaded."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("xplabel")
    app.setApplicationDisplayName("Xpyun Label Designer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("xplabel")
    QFontDatabase.addApplicationFont(str(resource_path(CJK_FONT)))
    return app


def main(files: list[str]) -> int:
    """Open a window (with the first file, if any) and run until it closes."""
    app = application()
    window = MainWindow()
    if files:
        window.open_file(Path(files[0]))
    window.show()
    window.view.zoom_fit()
    return app.exec()
