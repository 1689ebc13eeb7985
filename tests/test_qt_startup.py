"""`xplabel` puts its window on the screen first and builds it on the event loop's first turn."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from designer.labelxml import read
from designer.qt import app as app_module
from designer.qt import main_window
from designer.qt.main_window import APP_TITLE, MainWindow

SAMPLE = Path(__file__).parent.parent / "resources" / "samples" / "price_label.xml"


def test_xplabel_shows_the_window_then_builds_it_and_opens_the_file(
    qtbot, app_dirs, no_modal_dialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "price.xml"
    path.write_bytes(SAMPLE.read_bytes())
    seen: dict[str, object] = {}

    def event_loop(app: QApplication) -> int:
        (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and not w.built]
        seen["shown before built"] = window.isVisible() and not window.built
        seen["frame title"] = window.windowTitle()
        qtbot.waitUntil(lambda: window.built and window.doc.path == path, timeout=10_000)
        qtbot.waitUntil(lambda: window.view.viewport().width() > 300)  # laid out
        seen["window"] = window
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    gc.disable()  # as `xplabel` starts the window (designer/cli): no collection while loading
    try:
        assert app_module.main([str(path)]) == 0
        assert gc.isenabled()  # on again once the window is built
    finally:
        gc.enable()
    assert seen["shown before built"] is True
    assert seen["frame title"] == APP_TITLE
    window = seen["window"]
    assert isinstance(window, MainWindow)
    assert window.doc.page == read(SAMPLE)
    assert window.windowTitle() == f"price.xml[*] - {APP_TITLE}"
    assert set(window.docks) >= {"labels", "properties", "preview", "problems", "printers"}
    assert window.findChild(type(window.canvas_area)) is window.canvas_area
    # fitted to the view as laid out in the built window, not to a widget not yet laid out
    label = window.view.mapFromScene(window.scene.label_rect()).boundingRect()
    viewport = window.view.viewport().rect()
    assert viewport.contains(label)
    page = window.doc.page  # the limiting side fills the view but for 3 mm of margin each way
    fitted = min(viewport.width() / (page.w + 6), viewport.height() / (page.l + 6))
    assert window.view.zoom * window.view.pixels_per_mm() == pytest.approx(fitted, rel=0.02)


def test_xplabel_with_a_broken_file_shows_why_and_opens_nothing(
    qtbot, app_dirs, no_modal_dialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<PAGE w="60" l="40">\n  <LABEL id="1">\n    <SQ x="1"/>\n', "utf-8")
    seen: dict[str, object] = {}

    def event_loop(app: QApplication) -> int:
        (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and not w.built]
        qtbot.waitUntil(lambda: window.built and bool(window.files.last_error), timeout=10_000)
        seen["error"], seen["path"] = window.files.last_error, window.doc.path
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.main([str(path)]) == 0
    assert seen["path"] is None  # nothing half-read
    assert f"{path}:4:1: error: not well-formed XML: no element found" in str(seen["error"])
    assert f"{path}:3:5: error: SQ is missing its required attribute y" in str(seen["error"])


def test_a_start_up_failure_is_said_and_ends_the_program(
    qtbot, app_dirs, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    exits: list[int] = []

    def broken(window: MainWindow, files: list[str]) -> list[MainWindow]:
        raise RuntimeError("a bug")

    def event_loop(app: QApplication) -> int:
        (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and not w.built]
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
        window.close()
        return exits[-1]

    monkeypatch.setattr(app_module, "finish_start", broken)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    monkeypatch.setattr(QApplication, "exit", lambda *args: exits.append(args[-1]))
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.main([]) == 1
    assert said == ["The window could not be built: a bug"]


def _past_the_deadline(qtbot) -> None:
    """Run the event loop until the deferred build's deadline has passed: a timer started now
    for longer than the deadline fires after the deadline's own timer (Qt fires timers in the
    order they fall due)."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        timer.start(main_window.BUILD_AT_THE_LATEST_MS + 20)


@pytest.fixture
def deferred(qtbot, app_dirs, monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, list[str]]:
    """A deferred window set to build once painted (at the latest after 30 ms), and the list
    its `then` callback appends to."""
    app_module.application()
    monkeypatch.setattr(main_window, "BUILD_AT_THE_LATEST_MS", 30)
    calls: list[str] = []
    window = MainWindow(deferred=True)
    qtbot.addWidget(window)
    window.when_first_painted(lambda: (window.build(), calls.append("built")))
    return window, calls


def test_a_window_closed_before_it_is_built_is_never_built(qtbot, deferred) -> None:
    window, calls = deferred
    assert window.close()  # nothing to save yet: no question
    _past_the_deadline(qtbot)
    assert not window.built and calls == []


def test_a_deferred_window_builds_once_even_if_painted_and_late(qtbot, deferred) -> None:
    window, calls = deferred
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=5000)
    _past_the_deadline(qtbot)  # the first paint and the deadline both came: built once
    assert calls == ["built"]
    window.doc.undo_stack.setClean()


def test_zoom_to_fit_holds_through_resizes_until_another_zoom(window, qtbot) -> None:
    view = window.view
    window.resize(1280, 800)
    view.zoom_fit()
    fitted = view.zoom
    window.resize(900, 600)
    qtbot.waitUntil(lambda: abs(view.zoom - fitted) > 0.05)
    narrow = view.viewport().width()
    assert view.zoom < fitted  # smaller window: fitted again, smaller
    view.zoom_in()
    chosen = view.zoom
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: view.viewport().width() > narrow)  # laid out at the new size
    assert view.zoom == chosen and not view.fitting
