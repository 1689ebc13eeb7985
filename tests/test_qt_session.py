"""Autosave and crash recovery, recent files, dropping files and tools, embedding images."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from designer.labelxml import read
from designer.model.edit import extent
from designer.qt import app as app_module
from designer.qt.main_window import MainWindow
from designer.qt.session import pending_recoveries
from designer.qt.toolbox import tool_mime
from designer.render import element_image

pytestmark = pytest.mark.qt


def test_autosave_then_recovery_after_a_crash(window, qtbot, monkeypatch) -> None:
    window.scene.add_element("TEXT", QPointF(3, 3))
    window.autosaver.timer.setInterval(50)
    qtbot.waitUntil(lambda: window.autosaver.xml_path.exists(), timeout=3000)
    window.autosaver.timer.stop()  # the process dies here: no more autosaves
    assert read(window.autosaver.xml_path) == window.doc.page
    # the process dies here: nothing removes the autosave; the next start finds it
    [recovery] = pending_recoveries()
    assert recovery.page == window.doc.page and recovery.original is None
    fresh = MainWindow()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert app_module.offer_recoveries(fresh) == []
    assert fresh.doc.page == window.doc.page
    assert fresh.isWindowModified()  # recovered work is unsaved work
    assert pending_recoveries() == []  # recovered: the autosave is gone
    fresh.doc.undo_stack.setClean()
    fresh.close()


def test_saving_or_closing_removes_the_autosave(window, qtbot, tmp_path: Path) -> None:
    window.scene.add_element("SQ", QPointF(13, 8))
    assert window.autosaver.save_now()
    assert window.files.save_to(tmp_path / "a.xml")
    assert not window.autosaver.xml_path.exists()
    window.scene.add_element("SQ", QPointF(19, 14))
    assert window.autosaver.save_now()
    window.doc.undo_stack.setClean()
    window.close()
    assert pending_recoveries() == []


def test_declined_recovery_is_discarded(window, monkeypatch) -> None:
    window.scene.add_element("SQ", QPointF(13, 8))
    window.autosaver.save_now()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    other = MainWindow()
    app_module.offer_recoveries(other)
    assert other.doc.page != window.doc.page and pending_recoveries() == []
    other.close()


def test_recent_files(window, fixtures: Path) -> None:
    window.files.load(fixtures / "spec_request_example.xml")
    window.files.load(fixtures / "spec_full_example.xml")
    assert window.recent.paths()[:2] == [
        (fixtures / "spec_full_example.xml").resolve(),
        (fixtures / "spec_request_example.xml").resolve(),
    ]
    window.menus.fill_recent()
    assert [a.text() for a in window.recent_menu.actions()][:1] == [
        str((fixtures / "spec_full_example.xml").resolve())
    ]


def _drop(view, mime: QMimeData, scene_pos: QPointF) -> None:
    local = view.mapFromScene(scene_pos)
    pos = QPointF(local.x(), local.y())
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        enter = QDragEnterEvent(pos, *args)  # PySide6 6.12 and later take a QPointF
    except TypeError:
        enter = QDragEnterEvent(pos.toPoint(), *args)
    QApplication.sendEvent(view.viewport(), enter)
    QApplication.sendEvent(view.viewport(), QDropEvent(pos, *args))


def test_drag_a_tool_onto_the_canvas(window) -> None:
    window.view.set_zoom(4)
    window.view.centerOn(30, 20)
    _drop(window.view, tool_mime("QRC"), QPointF(10, 12))
    [qr] = window.doc.label.elements
    centre = extent(qr).center
    assert qr.TAG.name == "QRC" and abs(centre[0] - 10) <= 0.5 and abs(centre[1] - 12) <= 0.5


def test_drop_a_label_file_to_open_it(window, fixtures: Path) -> None:
    window.view.set_zoom(4)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fixtures / "spec_request_example.xml"))])
    _drop(window.view, mime, QPointF(10, 10))
    assert window.doc.page == read(fixtures / "spec_request_example.xml")


def test_embed_an_image_file_as_one_bit(window, tmp_path: Path) -> None:
    photo = tmp_path / "logo.jpg"
    Image.radial_gradient("L").convert("RGB").save(photo)
    assert window.insert_image_file(photo)
    bitmap = window.doc.label.elements[-1]
    assert bitmap.w == 200 and bitmap.image
    mask, _x, _y = element_image(bitmap)
    left, _top, right, _bottom = mask.getbbox()
    assert right - left <= 200  # the dithered gradient's ink, within the 200 dots
    assert 0 < mask.convert("L").histogram()[255] < 200 * 200
    (tmp_path / "nope.png").write_text("not an image")
    with pytest.raises(AssertionError, match="unexpected modal dialog"):
        window.insert_image_file(tmp_path / "nope.png")  # the warning box is where it stops
