"""What a designer reaches for without thinking: the toolbar and its zoom box, right-click menus,
the element list, lock, group, hide, smart guides, the status bar's sizes. Driven with real
mouse and key events; menus are chosen where they show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu

from designer.labelxml import parse
from designer.model import Box, Label, Line, Page, Text
from designer.model.edit import extent
from designer.model.marks import Marks
from tests.qt_helpers import click, drag, menu_item, move, press, release

pytestmark = pytest.mark.qt


def _label(window, *elements) -> None:
    window.doc.reset(Page(w=100, l=80, labels=(Label(id=1, elements=elements),)), None)
    window.view.set_zoom(1.5)
    window.view.centerOn(50, 40)


def _viewport_point(window, mm: QPointF) -> QPoint:
    return window.view.mapFromScene(mm)


def _choose(menu: QMenu, text: str) -> None:
    """Click the entry `text` of a menu that is showing."""
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled(), text
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _context_click(widget, at: QPoint) -> None:
    """A right click as the platform delivers it: the button, then the context-menu event."""
    QTest.mouseClick(widget, Qt.MouseButton.RightButton, pos=at)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
    QApplication.sendEvent(widget, event)


def _right_click(window, mm: QPointF) -> QMenu:
    _context_click(window.view.viewport(), _viewport_point(window, mm))
    menu = window.context_menus.menu
    assert menu is not None and menu.isVisible()
    return menu


def test_toolbar_buttons_have_icons_and_say_their_shortcut(window, qtbot) -> None:
    bar = window.toolbar.toolbar
    save = window.menus.actions["save"]
    assert not save.icon().isNull() and save.toolTip() == f"Save ({save.shortcut().toString()})"
    _label(window, Box(x=10, y=10, xe=30, ye=20), Box(x=50, y=40, xe=70, ye=50))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(
        bar.widgetForAction(window.menus.actions["align_top"]), Qt.MouseButton.LeftButton
    )
    assert [e.y for e in window.doc.label.elements] == [10, 10]
    for kind in ("TEXT", "BARC", "QRC", "SQ", "BL", "BMP", "REV"):
        assert not window.tool_actions[kind].icon().isNull()


def test_the_zoom_box_shows_and_sets_the_zoom(window, qtbot) -> None:
    box = window.toolbar.zoom
    window.view.set_zoom(2)
    assert box.currentText() == "200 %"
    box.lineEdit().setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "350")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert window.view.zoom == pytest.approx(3.5)
    assert box.currentText() == "350 %"
    box.setCurrentIndex(box.findText("Fit"))
    box.activated.emit(box.findText("Fit"))  # what choosing it in the list sends
    assert window.view.fitting


def test_right_click_an_element_then_delete_it(window) -> None:
    _label(window, Box(x=10, y=10, xe=30, ye=20), Text(x=50, y=50, text="价格"))
    menu = _right_click(window, QPointF(10, 15))
    assert window.scene.selected_indexes() == [0]  # the element under the mouse, selected
    names = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert {"Cut", "Copy", "Paste", "Duplicate", "Delete", "Rotate 90°", "Lock", "Group"} <= set(
        names
    )
    _choose(menu, "Delete")
    assert [e.TAG.name for e in window.doc.label.elements] == ["TEXT"]


def test_right_click_on_empty_label_offers_paste_and_the_label(window) -> None:
    _label(window, Box(x=10, y=10, xe=30, ye=20))
    click(window.view, QPointF(10, 15))
    menu = _right_click(window, QPointF(60, 60))
    assert window.scene.selected_indexes() == []
    names = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert names == ["Paste", "Select All", "Label Properties"]
    _choose(menu, "Select All")
    assert window.scene.selected_indexes() == [0]


def test_right_click_a_label_in_the_list_to_duplicate_it(window) -> None:
    _label(window, Box(x=10, y=10, xe=30, ye=20))
    lst = window.labels.list
    _context_click(lst.viewport(), lst.visualItemRect(lst.item(0)).center())
    menu = window.context_menus.menu
    _choose(menu, "Duplicate the label")
    assert [la.id for la in window.doc.page.labels] == [1, 2]


def test_a_locked_element_stays_put(window, qtbot) -> None:
    _label(window, Box(x=10, y=10, xe=30, ye=20))
    click(window.view, QPointF(10, 15))
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.label_marks()[0].locked
    drag(window.view, QPointF(10, 15), QPointF(40, 40))
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.doc.label.elements[0] == Box(x=10, y=10, xe=30, ye=20)
    assert window.scene.items_by_index[0].handle_at(QPointF(30, 20)) is None  # no resizing
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    drag(window.view, QPointF(10, 15), QPointF(20, 25))
    assert window.doc.label.elements[0].x == 20


def test_a_group_is_chosen_moved_and_aligned_as_one(window, qtbot) -> None:
    _label(
        window,
        Box(x=10, y=10, xe=20, ye=20),
        Box(x=30, y=10, xe=40, ye=20),
        Line(x=10, y=60, w=5, h=1),
    )
    click(window.view, QPointF(10, 15))
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        _viewport_point(window, QPointF(30, 15)),
    )
    assert window.scene.selected_indexes() == [0, 1]
    qtbot.keyClick(window.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    click(window.view, QPointF(50, 70))  # nothing
    click(window.view, QPointF(30, 15))  # one member: the whole group
    assert window.scene.selected_indexes() == [0, 1]
    menu_item(window, "Edit", "Select All")
    menu_item(window, "Arrange", "Align right")
    boxes = [extent(e) for e in window.doc.label.elements]
    assert boxes[1].x1 == boxes[2].x1 == 40  # the group as one: its right edge
    assert boxes[1].x0 - boxes[0].x1 == 10  # kept apart as they were
    path = window.doc.file_instructions()
    assert [str(i) for i in path] == ['<?xplabel-design label="1" groups="0 1"?>']


def test_marks_survive_saving_and_opening(window, tmp_path) -> None:
    _label(window, Box(x=10, y=10, xe=20, ye=20), Text(x=40, y=40, text="a"))
    window.scene.select_indexes([0])
    window.editing.set_locked(True)
    window.editing.set_hidden([1], True)
    target = tmp_path / "marked.xml"
    assert window.files.save_to(target)
    text = target.read_text()
    assert text.startswith('<?xplabel-design label="1" locked="0" hidden="1"?>\n<PAGE')
    assert parse(target).page.labels[0].elements[0] == Box(x=10, y=10, xe=20, ye=20)
    window.doc.reset(Page(w=40, l=30, labels=(Label(id=1),)), None)
    window.files.load(target)
    assert window.doc.label_marks() == (Marks(locked=True), Marks(hidden=True))
    assert not window.scene.items_by_index[1].isVisible()


def test_the_element_list_selects_hides_locks_and_reorders(window, qtbot) -> None:
    _label(
        window,
        Box(x=10, y=10, xe=20, ye=20),
        Text(x=40, y=40, text="a"),
        Line(x=5, y=70, w=30, h=1),
    )
    window.docks["elements"].raise_()
    lst = window.elements
    qtbot.waitUntil(lambda: lst.topLevelItemCount() == 3)
    rows = [lst.topLevelItem(r).text(0) for r in range(3)]
    assert rows[0].startswith("Line") and rows[2].startswith("Box")  # the topmost first
    rect = lst.visualItemRect(lst.topLevelItem(1))
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.scene.selected_indexes() == [1]
    eye = lst.visualRect(lst.indexFromItem(lst.topLevelItem(1), 1)).center()
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=eye)
    assert window.doc.label_marks()[1].hidden
    qtbot.waitUntil(lambda: not window.scene.items_by_index[1].isVisible())
    lock = lst.visualRect(lst.indexFromItem(lst.topLevelItem(0), 2)).center()
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lock)
    assert window.doc.label_marks()[2].locked
    # drag the box (bottom row) above the top row: drawn last, on top of the others
    qtbot.waitUntil(lambda: lst.topLevelItemCount() == 3)
    box_row = lst.topLevelItem(2)
    QTest.mouseClick(
        lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(box_row).center()
    )
    top = lst.visualItemRect(lst.topLevelItem(0))
    drop_at = QPointF(top.center().x(), top.top() + 1)  # on the top row's upper edge: above it
    mime = lst.model().mimeData([lst.indexFromItem(box_row, 0)])
    actions = Qt.DropAction.MoveAction
    for kind in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(
            lst.viewport(),
            kind(
                drop_at.toPoint(),
                actions,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    QApplication.sendEvent(
        lst.viewport(),
        QDropEvent(
            drop_at, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    )
    assert [e.TAG.name for e in window.doc.label.elements] == ["TEXT", "BL", "SQ"]
    assert window.doc.label_marks()[0].hidden and window.doc.label_marks()[1].locked


def test_dragging_shows_a_guide_where_edges_meet(window, qtbot) -> None:
    _label(window, Box(x=10, y=10, xe=30, ye=20), Box(x=50, y=40, xe=60, ye=50))
    start = QPointF(50, 45)  # the second box's left side
    press(window.view, start)
    move(window.view, QPointF(30.6, 45))  # its left edge near the first box's right edge (30)
    xs, _ys = window.scene._drag.lines()
    assert 30 in xs
    release(window.view, QPointF(30.6, 45))
    assert window.doc.label.elements[1].x == 30
    assert window.scene._drag is None


def test_shift_drags_by_whole_dots_without_grid_or_guides(window, qtbot) -> None:
    _label(window, Box(x=10, y=10, xe=30, ye=20), Box(x=50, y=40, xe=60, ye=50))
    shift = Qt.KeyboardModifier.ShiftModifier
    press(window.view, QPointF(50, 45))
    move(window.view, QPointF(40, 45.2), shift)
    move(window.view, QPointF(30.6, 45.2), shift)  # near the first box's edge: no pull to it
    assert window.scene._drag.lines() == ([], [])
    release(window.view, QPointF(30.6, 45.2))
    moved = window.doc.label.elements[1]
    for mm in (moved.x, moved.y):  # whole dots, off the 1 mm grid and not pulled to x = 30
        assert (mm * 8).is_integer() and not mm.is_integer()
    move(window.view, QPointF(20, 20))  # Shift let go: the grid again
    assert not window.scene.free_drag


def test_the_status_bar_tells_the_label_size_and_the_selection(window) -> None:
    _label(window, Box(x=10, y=10, xe=30, ye=20))
    size = window.findChild(QLabel, "label_size")
    selection = window.findChild(QLabel, "selection_geometry")
    assert size.text() == "Label 100 × 80 mm" and selection.text() == ""
    click(window.view, QPointF(10, 15))
    assert selection.text() == "Selection x 10 y 10 mm, 20 × 10 mm"


def test_the_window_has_the_programs_icon(window) -> None:
    from designer.qt.app import load_fonts

    load_fonts()
    assert not QApplication.windowIcon().isNull()


def test_sizes_show_in_mm_with_dots_beside_and_take_either(window, qtbot) -> None:
    from designer.model import Barcode
    from designer.qt.panels.length_spin import LengthSpin

    _label(window, Barcode(x=5, y=5, a="left", n=2, h=120, data="123"))
    click(window.view, QPointF(extent(window.doc.label.elements[0]).center[0], 10))
    module = window.properties.findChild(LengthSpin, "attr_n")
    height = window.properties.findChild(LengthSpin, "attr_h")
    assert module.text() == "0.25 mm (2 dots)" and height.text() == "15 mm (120 dots)"

    def type_into(field, text: str) -> None:
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)

    type_into(window.properties.findChild(LengthSpin, "attr_n"), "3 dots")
    assert window.doc.label.elements[0].n == 3
    type_into(window.properties.findChild(LengthSpin, "attr_h"), "20")  # mm, the unit shown
    assert window.doc.label.elements[0].h == 160
    type_into(window.properties.findChild(LengthSpin, "attr_x"), "100 dots")
    assert window.doc.label.elements[0].x == 12.5
    x = window.properties.findChild(LengthSpin, "attr_x")
    assert x.valueFromText("80 点") == 10 and x.valueFromText("7,5 毫米") == 7.5  # typed by IME


def test_each_preference_takes_effect(window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QSpinBox

    from designer.model import Barcode
    from designer.qt.panels.length_spin import LengthSpin
    from designer.services.settings import Settings

    monkeypatch.setattr(LengthSpin, "shown_in", "mm")  # whatever an earlier test chose
    _label(window, Barcode(x=5, y=5, a="left", n=2, h=120, data="123"))
    menu_item(window, "Edit", "Preferences…")
    dialog = window.findChild(QDialog, "preferences")
    assert dialog.isVisible()
    dialog.findChild(QComboBox, "units").setCurrentIndex(1)
    grid = dialog.findChild(QDoubleSpinBox, "grid")
    grid.setValue(2.5)
    dialog.findChild(QCheckBox, "snap").setChecked(False)
    dialog.findChild(QSpinBox, "refresh").setValue(30)
    dialog.findChild(QSpinBox, "follow").setValue(45)
    dialog.findChild(QSpinBox, "autosave").setValue(90)
    dialog.findChild(QComboBox, "offline").setCurrentIndex(1)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    saved = Settings.load()
    assert (saved.units, saved.grid_mm, saved.snap) == ("dots", 2.5, False)
    assert (saved.printer_refresh_seconds, saved.history_poll_minutes) == (30, 45)
    assert (saved.autosave_seconds, saved.queue_when_offline) == (90, True)
    # and each is in force
    assert window.scene.grid_mm == 2.5 and not window.scene.snap_to_grid
    assert not window.menus.actions["snap"].isChecked()
    assert window.printing.printers.timer.interval() == 30_000
    assert window.printing.orders.poll_for.total_seconds() == 45 * 60
    assert window.autosaver.timer.interval() == 90_000
    click(window.view, QPointF(extent(window.doc.label.elements[0]).center[0], 10))
    assert window.properties.findChild(LengthSpin, "attr_n").text() == "2 dots (0.25 mm)"
    drag(window.view, QPointF(6, 10), QPointF(6.3, 10.2))  # no snapping: a fraction of a mm
    assert 5 < window.doc.label.elements[0].x < 5.5  # not on the 2.5 mm grid: by dots


def test_the_window_remembers_its_layout(window, qtbot) -> None:
    from designer.qt.main_window import MainWindow

    window.docks["preview"].close()
    qtbot.waitUntil(lambda: window.layout_keeper.first is not None)
    window.close()
    again = MainWindow()
    again.show()
    qtbot.waitUntil(lambda: again.layout_keeper.first is not None)
    assert not again.docks["preview"].isVisible()
    menu_item(again, "View", "Reset layout")
    assert again.docks["preview"].isVisible()
    again.close()
