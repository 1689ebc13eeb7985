"""The main window: a frame that shows at once, filled with the canvas, docks, menus, toolbars and
status bar by `window_build` (canvas in the middle, toolbox, labels, properties, preview,
problems, printers and print history in docks).

The window can show before it is built (`MainWindow(deferred=True)`, then `build()`): its parts
are imported by `build()` itself, so `xplabel` puts a window on the screen in about the time a
bare Qt window takes and fills it as soon as that frame has been painted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
    from PySide6.QtWidgets import QUndoView

    from designer.qt.cloud_link import CloudLink
    from designer.qt.document import LabelDocument
    from designer.qt.panels.elements import ElementList
    from designer.qt.window_docks import PanelOnShow
    from designer.services.store import Store

APP_TITLE = "芯烨云标签设计器 — Xpyun Label Designer"
"""The program's name in the window's title, in both languages whatever the interface speaks,
so that it is known by either name (ending with the application's display name, Qt adds
nothing to it)."""
BUILD_AT_THE_LATEST_MS = 1000
"""A deferred window builds itself by then even if it was never painted (hidden, minimised)."""


class _Starting(QWidget):
    """What a deferred window shows until it is built (its empty background); says when it has
    been painted once. It touches no Qt enum: PySide makes a namespace's enums on first use, and
    the Qt namespace's hundred or so cost half a bare window's start-up time again."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: Callable[[], None] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted is not None:
            painted, self.painted = self.painted, None
            QTimer.singleShot(0, painted)  # after this frame reaches the screen


class MainWindow(QMainWindow):
    """One document's window."""

    panels_on_show: dict[str, PanelOnShow]  # docks whose panels are made on first show

    def __init__(
        self,
        doc: LabelDocument | None = None,
        parent: QWidget | None = None,
        link: CloudLink | None = None,
        store: Store | None = None,
        *,
        deferred: bool = False,
    ) -> None:
        """A window for `doc` (a new document by default). With `deferred` it is an empty frame
        until `build()`: it can show at once, and `xplabel` builds it right after."""
        super().__init__(parent)
        self.built = False
        self._given = (doc, link, store)
        self.setWindowTitle(APP_TITLE)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and screen.width() > 1440 and screen.height() > 900:
            self.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))
        else:
            self.resize(1280, 800)
        if deferred:
            self.setCentralWidget(_Starting())
        else:
            self.build()

    @property
    def elements(self) -> ElementList:
        """The element list (made when its dock first shows, or now)."""
        return self.panels_on_show["elements"].panel()

    @property
    def history(self) -> QUndoView:
        """The undo history (made when its dock first shows, or now)."""
        return self.panels_on_show["history"].panel()

    def when_first_painted(self, then: Callable[[], None]) -> None:
        """Call `then` once, as soon as this deferred window has been painted (so that it is
        on the screen before `then` builds it), or after BUILD_AT_THE_LATEST_MS if it never is;
        not at all if it was closed meanwhile."""
        done = False

        def finish() -> None:
            nonlocal done
            if not done and self.isVisible():
                done = True
                then()

        starting = self.centralWidget()
        if isinstance(starting, _Starting):
            starting.painted = finish
        QTimer.singleShot(BUILD_AT_THE_LATEST_MS, finish)

    def build(self) -> None:
        """Make the canvas, docks, menus and status bar (once)."""
        if self.built:
            return
        from designer.qt import window_build  # the window's parts: loaded once the frame is up

        doc, link, store = self._given
        del self._given
        window_build.build(self, doc, link, store)
        self.built = True

    # --- what the rest of the program asks of a window ---------------------------------------

    def set_account(self, name: str | None) -> None:
        """Show the account in use in the status bar."""
        self.account_label.setText(
            self.tr("Account: %s") % name if name else self.tr("Not signed in (File > Account…)")
        )

    def select_element(self, label: int, element: int) -> None:
        """Show label `label` and select its element `element` (-1: none)."""
        self.doc.select_label(label)
        self.scene.select_indexes([] if element < 0 else [element])

    def update_title(self) -> None:
        """The document's name, and a mark while it has unsaved changes."""
        self.setWindowTitle(f"{self.doc.name}[*] - {APP_TITLE}")
        self.setWindowModified(not self.doc.undo_stack.isClean())

    def open_file(self, path: Path) -> bool:
        """Open `path` in this window (no question: used at start)."""
        return self.files.load(path)

    def insert_image_file(self, path: Path | None = None) -> bool:
        """Embed an image file in the label (asking for it when `path` is None)."""
        return self.menus.insert_image_file(path)

    # --- events ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from designer.qt.canvas.scene import dropped_xml

        if self.built and dropped_xml(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from designer.qt.canvas.scene import dropped_xml

        path = dropped_xml(event.mimeData()) if self.built else None
        if path:
            event.acceptProposedAction()
            self.files.open(Path(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed before it was built: nothing to keep
            event.accept()
        elif self.files.ask_to_keep_changes():
            self.layout_keeper.save()
            self.autosaver.stop()
            self.printing.stop()
            event.accept()
        else:
            event.ignore()
