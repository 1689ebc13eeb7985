"""Journeys through the window as a person makes them: mouse clicks and drags at real positions
on the canvas (label millimetres mapped through the view), toolbox buttons, menus opened from
the menu bar, keys typed into the properties dock. Nothing here calls the method a click would
call. A Qt warning or an exception in any slot fails the test (pyproject: qt_log_level_fail)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from designer.labelxml import parse
from designer.model import Barcode, Bitmap, Box, Label, Line, Page, QRCode, Text
from designer.model.edit import extent
from designer.model.kinds import kind_of
from designer.qt.canvas.tools import TOOL_KINDS
from designer.qt.toolbox import ToolButton
from tests.qt_helpers import click, drag, menu_item, move, press, release

pytestmark = pytest.mark.qt

TAGS = [kind.tag.name for kind in TOOL_KINDS]


def _big_label(window) -> None:
    """A 100 x 80 mm label filling the view at 2x, so every place is on the screen."""
    window.doc.reset(Page(w=100, l=80, labels=(Label(id=1),)), None)
    window.view.set_zoom(1.5)
    window.view.centerOn(50, 40)


def _tool_button(window, tag: str) -> ToolButton:
    return next(b for b in window.findChildren(ToolButton) if b.tag == tag)


def _centre(window, index: int) -> QPointF:
    box = extent(window.doc.label.elements[index])
    return QPointF(*box.center)


def _grip(window, index: int) -> QPointF:
    """Where a person takes hold of an element: its middle, or a frame by its left side."""
    element = window.doc.label.elements[index]
    box = extent(element)
    if kind_of(element).hollow is not None:
        return QPointF(box.x0, box.center[1])
    return QPointF(*box.center)


def test_place_each_kind_by_a_click_then_move_resize_and_turn_it(window, qtbot) -> None:
    _big_label(window)
    for n, tag in enumerate(TAGS):
        qtbot.mouseClick(_tool_button(window, tag), Qt.MouseButton.LeftButton)
        assert window.scene.tool == tag
        spot = QPointF(20 + 10 * (n % 4), 20 + 30 * (n // 4))
        click(window.view, spot)
        assert window.scene.tool is None and window.tool_actions[tag].isChecked() is False
        assert len(window.doc.label.elements) == n + 1
        assert _centre(window, n).x() == pytest.approx(spot.x(), abs=0.125)
        assert window.scene.selected_indexes() == [n]  # the new element is selected
        # move it by dragging
        before = extent(window.doc.label.elements[n])
        drag(window.view, _grip(window, n), _grip(window, n) + QPointF(3, 2), steps=6)
        after = extent(window.doc.label.elements[n])
        assert (after.x0 - before.x0, after.y0 - before.y0) == pytest.approx((3, 2), abs=1), tag
        # resize it by its bottom-right handle
        item = window.scene.items_by_index[n]
        corner = item.handles()["br"]
        drag(window.view, corner, corner + QPointF(8, 6), steps=4)
        grown = extent(window.doc.label.elements[n])
        assert grown.width * grown.height > after.width * after.height, tag
        # turn it with the keyboard, about its centre
        element = window.doc.label.elements[n]
        centre = extent(element).center
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        turned = window.doc.label.elements[n]
        if hasattr(element, "r"):
            assert turned.r == (element.r + 90) % 360
            assert extent(turned).center == pytest.approx(centre, abs=0.2)
        else:
            assert turned == element


@pytest.mark.parametrize("tag", ["SQ", "BL", "REV"])
def test_box_line_and_reverse_are_drawn_by_dragging(window, qtbot, tag: str) -> None:
    _big_label(window)
    qtbot.mouseClick(_tool_button(window, tag), Qt.MouseButton.LeftButton)
    press(window.view, QPointF(10, 10))
    for step in range(1, 6):
        move(window.view, QPointF(10 + 6 * step, 10 + 3 * step))
    preview = [i for i in window.scene.items() if getattr(i, "index", None) == -1]
    assert len(preview) == 1  # what a release would draw, shown while dragging
    release(window.view, QPointF(40, 25))
    [element] = window.doc.label.elements
    box = extent(element)
    assert (box.x0, box.y0) == (10, 10)  # the press, exactly; the release as the mouse maps
    assert (box.x1, box.y1) == pytest.approx((40, 25 if tag != "BL" else 10.25), abs=0.13)
    assert [i for i in window.scene.items() if getattr(i, "index", None) == -1] == []


def test_escape_puts_the_tool_down(window, qtbot) -> None:
    _big_label(window)
    qtbot.mouseClick(_tool_button(window, "TEXT"), Qt.MouseButton.LeftButton)
    assert window.scene.tool == "TEXT"
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.scene.tool is None and not window.tool_actions["TEXT"].isChecked()
    click(window.view, QPointF(30, 30))
    assert window.doc.label.elements == ()


def _type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_select_each_kind_and_edit_it_in_the_properties(window, qtbot) -> None:
    _big_label(window)
    window.doc.set_elements(
        (
            Text(x=5, y=5, text="价格 Price"),
            Barcode(x=5, y=20, a="left", h=64, data="12345678"),
            QRCode(x=60, y=5, s=3, data="https://www.xpyun.net"),
            Box(x=60, y=50, xe=90, ye=70),
            Line(x=5, y=60, w=30, h=0.5),
        ),
        "add",
    )
    # the barcode, then the QR code, then the barcode again: the form follows every time
    for index in (1, 2, 1, 0, 3, 4, 1):
        click(window.view, _grip(window, index))
        assert window.scene.selected_indexes() == [index]
        spin = window.properties.findChild(QDoubleSpinBox, "attr_x")
        assert spin.value() == pytest.approx(window.doc.label.elements[index].x)
    before = window.doc.label.elements
    _type_into(qtbot, window.properties.findChild(QDoubleSpinBox, "attr_x"), "20")
    after = window.doc.label.elements
    assert after[1].x == 20 and after[0] == before[0] and after[2:] == before[2:]
    assert window.doc.undo_stack.undoText() == "Change barcode x"
    data = window.properties.findChild(QLineEdit, "content")
    _type_into(qtbot, data, "6920123456780")
    combo = window.properties.findChild(object, "attr_ct")
    combo.setCurrentIndex(combo.findText("EAN-13"))
    status = window.properties.findChild(object, "content_status")
    assert "EAN-13 check digit of 692012345678 is 9, not 0" in status.text()


def test_typing_text_in_the_properties_changes_the_selected_text(window, qtbot) -> None:
    _big_label(window)
    window.doc.set_elements((Text(x=5, y=5, text="a"), Text(x=5, y=30, text="b")), "add")
    click(window.view, _grip(window, 1))
    editor = window.properties.findChild(QPlainTextEdit, "content")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "cd")
    assert [e.text for e in window.doc.label.elements] == ["a", "bcd"]
    assert window.doc.undo_stack.undoText() == "Change text"


def test_insert_an_image_from_a_file_through_the_menu(window, qtbot, tmp_path, monkeypatch):
    _big_label(window)
    picture = tmp_path / "logo.png"
    Image.linear_gradient("L").resize((64, 32)).save(picture)
    asked = []

    def choose(*args, **kwargs):
        asked.append(args[1])
        return str(picture), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    menu_item(window, "Insert", "Image from file…")
    assert asked == ["Insert image"]
    [image] = window.doc.label.elements
    assert isinstance(image, Bitmap) and image.image and image.w == 200
    assert window.doc.undo_stack.undoText() == "Add Image"


def test_a_click_inside_a_frame_reaches_what_is_in_it(window) -> None:
    _big_label(window)
    window.doc.set_elements((Box(x=10, y=10, xe=90, ye=70), Text(x=40, y=35, text="x")), "add")
    click(window.view, QPointF(20, 55))  # inside the frame, on nothing
    assert window.scene.selected_indexes() == []
    click(window.view, QPointF(10, 40))  # on the frame's left side
    assert window.scene.selected_indexes() == [0]
    drag(window.view, QPointF(30, 30), QPointF(60, 50))  # a rubber band inside the frame
    assert window.scene.selected_indexes() == [1]


def test_select_everything_and_align_and_distribute_from_the_toolbar(window, qtbot) -> None:
    _big_label(window)
    window.doc.set_elements(
        (
            Text(x=5, y=5, text="价格"),
            Barcode(x=20, y=20, a="left", h=40, s=0, data="1234"),
            QRCode(x=50, y=10, s=2, data="x"),
            Box(x=70, y=30, xe=80, ye=40),
            Line(x=10, y=60, w=20, h=0.5),
            Bitmap(x=40, y=50, w=80),
        ),
        "add",
    )
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.selected_indexes() == list(range(6))
    toolbar = window.toolbar.toolbar
    qtbot.mouseClick(
        toolbar.widgetForAction(window.menus.actions["align_left"]), Qt.MouseButton.LeftButton
    )
    lefts = {round(extent(e).x0, 3) for e in window.doc.label.elements}
    assert lefts == {5}  # the logo too
    qtbot.mouseClick(
        toolbar.widgetForAction(window.menus.actions["distribute_v"]), Qt.MouseButton.LeftButton
    )
    boxes = sorted((extent(e) for e in window.doc.label.elements), key=lambda b: b.y0)
    gaps = [b.y0 - a.y1 for a, b in itertools.pairwise(boxes)]
    assert max(gaps) - min(gaps) < 0.3  # evenly spaced, to a dot or two


def test_edit_actions_follow_the_selection(window) -> None:
    _big_label(window)
    actions = window.menus.actions
    assert not actions["cut"].isEnabled() and not actions["delete"].isEnabled()
    window.doc.set_elements((Box(x=10, y=10, xe=20, ye=20),), "add")
    click(window.view, QPointF(10, 15))
    assert actions["cut"].isEnabled() and actions["delete"].isEnabled()
    assert not actions["distribute_h"].isEnabled()  # it takes three
    click(window.view, QPointF(50, 50))
    assert not actions["copy"].isEnabled()


def test_save_with_an_error_reopen_and_fix_it(window, qtbot, tmp_path, monkeypatch) -> None:
    _big_label(window)
    window.doc.set_elements(
        (Barcode(x=5, y=5, ct="jan13a", a="left", data="6920123456780"),), "add"
    )
    target = tmp_path / "shelf.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    questions = []

    def answer(parent, title, text, *args):
        questions.append(title)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert questions == ["Save with errors?"] and target.exists()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert questions == ["Save with errors?"]  # asked once for the same errors
    assert parse(target).page is None  # it will not print as saved
    # reopen: it opens, its problem listed, so that it can be fixed
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.doc.reset(Page(w=40, l=30, labels=(Label(id=1),)), None)
    menu_item(window, "File", "Open…")
    assert window.doc.path == target
    told = window.findChild(QMessageBox, "opened_with_problems")
    assert told.isVisible() and "shelf.xml has errors" in told.text()
    qtbot.mouseClick(told.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    window.activateWindow()  # what a window manager does when the message closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.problems.count() == 1)
    assert "(line 3)" in window.problems.item(0).text()
    assert not window.problems.item(0).icon().isNull()  # the style's error sign beside it
    # fix it in the properties
    click(window.view, _centre(window, 0))
    _type_into(qtbot, window.properties.findChild(QLineEdit, "content"), "6920123456789")
    qtbot.waitUntil(lambda: window.problems.count() == 0)
    data = window.properties.findChild(QLineEdit, "content")
    qtbot.keyClick(data, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saved from there
    assert parse(target).page is not None and questions == ["Save with errors?"]


def test_open_a_broken_file_and_see_why(window, tmp_path, monkeypatch) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text('<PAGE w="40" l="30">\n  <LABEL id="1">\n    <TEXT x="1" y="1">abc\n')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    before = window.doc.page
    menu_item(window, "File", "Open…")
    box = window.findChild(QMessageBox, "cannot_open")
    assert box is not None and box.isVisible()
    assert (
        "broken.xml:3:5: error: <TEXT>" in box.detailedText()
        or "not well-formed" in box.detailedText()
    )
    assert window.doc.page == before and window.doc.path is None
    box.close()


def test_an_opened_label_is_fitted_to_the_view(window, tmp_path: Path) -> None:
    small = tmp_path / "small.xml"
    small.write_text('<PAGE w="40" l="30"><LABEL id="1"/></PAGE>')
    large = tmp_path / "large.xml"
    large.write_text('<PAGE w="100" l="60"><LABEL id="1"/></PAGE>')
    window.files.load(small)
    small_zoom = window.view.zoom
    window.files.load(large)
    assert window.view.zoom < small_zoom and window.view.fitting


def test_small_things_a_first_hour_finds(window, qtbot, tmp_path) -> None:
    """Each of the first hour's small defects, as a person meets it."""
    from PySide6.QtWidgets import QComboBox, QLabel

    _big_label(window)
    # placing a logo makes a "Logo", and the status bar's hint goes once it is placed
    qtbot.mouseClick(_tool_button(window, "BMP"), Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Click on the label to place it"
    click(window.view, QPointF(50, 40))
    assert window.doc.undo_stack.undoText() == "Add Logo"
    assert window.statusBar().currentMessage() == ""
    # the cursor readout says when it is off the label
    readout = window.status_widgets.cursor_label
    move(window.view, QPointF(150, 40))  # beyond the 100 mm label
    assert readout.text() == "outside the label"
    move(window.view, QPointF(40, 30))
    assert "(320 dots)" in readout.text() and "(240 dots)" in readout.text()
    # a 100 x 60 label is its preset, whatever its paper type
    window.doc.reset(Page(w=100, l=60, labels=(Label(id=1),)), None)
    preset = window.properties.findChild(QComboBox, "preset")
    assert preset.currentText() == "100 x 60 mm label"
    assert isinstance(readout, QLabel)


def test_one_bad_barcode_leaves_the_rest_of_the_preview(window, qtbot) -> None:
    window.doc.set_elements(
        (Text(x=2, y=2, text="价格"), Barcode(x=2, y=10, ct="jan13a", a="left", data="12")),
        "add",
    )
    preview = window.preview
    qtbot.waitUntil(lambda: bool(preview.failures))
    assert "Cannot be drawn yet (crossed out): 1" in preview.note.text()
    image = preview.image.pixmap().toImage()
    assert not image.isNull() and image.width() > 100  # drawn, not "Cannot be drawn yet"
    thumb = window.labels.list.item(0).icon().pixmap(96, 64).toImage()
    shades = [
        thumb.pixelColor(x, y).lightness()
        for y in range(thumb.height())
        for x in range(thumb.width())
    ]
    paper, ink = sum(v > 245 for v in shades), sum(v < 200 for v in shades)
    assert paper > 1000 and ink > 20  # white paper with the text and the crossed frame on it


def test_clearing_a_qr_codes_data_in_the_properties_says_why_and_keeps_going(window, qtbot):
    _big_label(window)
    window.doc.set_elements((QRCode(x=20, y=20, s=4, data="https://www.xpyun.net"),), "add")
    click(window.view, _centre(window, 0))
    data = window.properties.findChild(QLineEdit, "content")
    data.setFocus()
    data.selectAll()
    qtbot.keyClick(data, Qt.Key.Key_Delete)
    qtbot.keyClick(data, Qt.Key.Key_Tab)
    assert window.doc.label.elements[0].data == ""
    qtbot.waitUntil(lambda: bool(window.preview.failures))
    status = window.properties.findChild(object, "content_status")
    assert "QR code is empty" in status.text() or "needs data" in status.text()
    window.view.viewport().repaint()  # the canvas draws the empty code as a crossed frame
    _type_into(qtbot, data, "again")
    assert window.doc.label.elements[0].data == "again"
    qtbot.waitUntil(lambda: not window.preview.failures)


def test_ctrl_wheel_zooms_about_the_point_under_the_pointer(window, qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    _big_label(window)
    view = window.view
    view.set_zoom(1.0)
    view.centerOn(50, 40)
    at = view.mapFromScene(QPointF(30, 25))
    for delta in (120, 120, -120):
        before = view.mapToScene(at)
        zoom = view.zoom
        wheel = QWheelEvent(
            QPointF(at),
            QPointF(view.viewport().mapToGlobal(at)),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), wheel)
        assert (view.zoom > zoom) == (delta > 0)
        after = view.mapToScene(at)
        assert abs(after.x() - before.x()) < 0.5 and abs(after.y() - before.y()) < 0.5


def test_file_close_puts_the_label_away_and_keeps_the_window(window, qtbot) -> None:
    _big_label(window)
    window.doc.set_elements((Text(x=5, y=5, text="keep?"),), "add")
    window.doc.undo_stack.setClean()
    menu_item(window, "File", "Close")
    assert window.isVisible()
    assert window.doc.label.elements == () and window.doc.path is None
    redo = window.menus.actions["redo"]
    assert "Ctrl+Y" in [k.toString() for k in redo.shortcuts()]
