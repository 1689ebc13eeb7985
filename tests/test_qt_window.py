"""The designer window (pytest-qt, offscreen): every element, drag, resize, properties, undo,
clipboard, arrange, files, problems, and a canvas that shows exactly the printed dots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QTransform
from PySide6.QtWidgets import QDoubleSpinBox, QPlainTextEdit

from designer.labelxml import read, write
from designer.model import Box, Label, Page, Reverse, Text
from designer.model.edit import extent
from designer.qt.canvas.rulers import RULER
from designer.qt.canvas.tools import TOOL_KINDS
from designer.qt.main_window import APP_TITLE, MainWindow
from designer.render import render_label
from tests.qt_helpers import canvas_dots, click, drag

pytestmark = pytest.mark.qt


def test_title_shows_name_and_modified(window) -> None:
    assert window.windowTitle() == f"Untitled[*] - {APP_TITLE}"
    assert not window.isWindowModified()
    window.scene.add_element("SQ", QPointF(15, 10))  # a 20 x 10 box from (5, 5)
    assert window.isWindowModified()


def test_every_tool_adds_its_element_centred_where_clicked(window) -> None:
    tags = [kind.tag.name for kind in TOOL_KINDS]
    for n, tag in enumerate(tags):
        window.tool_actions[tag].trigger()
        assert window.scene.tool == tag
        click(window.view, QPointF(20 + n, 15 + n))
        assert window.scene.tool is None
        assert not window.tool_actions[tag].isChecked()
    elements = window.doc.label.elements
    assert [e.TAG.name for e in elements] == tags
    for n, element in enumerate(elements):
        box = extent(element)
        assert box.center == pytest.approx((20 + n, 15 + n), abs=0.125), element
    assert window.doc.undo_stack.count() == len(tags)


def test_drag_moves_the_selection_in_one_undo_step(window) -> None:
    window.scene.add_element("SQ", QPointF(15, 10))  # a 20 x 10 box from (5, 5)
    before = window.doc.undo_stack.count()
    drag(window.view, QPointF(5.1, 10), QPointF(15.1, 18), steps=8)
    box = window.doc.label.elements[0]
    assert (box.x, box.y, box.xe, box.ye) == (15, 13, 35, 23)
    assert window.doc.undo_stack.count() == before + 1
    window.doc.undo_stack.undo()
    assert window.doc.label.elements[0] == Box(x=5, y=5, xe=25, ye=15)


def test_resize_with_a_handle(window) -> None:
    window.scene.add_element("SQ", QPointF(15, 10))  # a 20 x 10 box from (5, 5)
    item = window.scene.items_by_index[0]
    corner = item.handles()["br"]
    drag(window.view, corner, corner + QPointF(10, 5))
    box = window.doc.label.elements[0]
    assert (box.x, box.y) == (5, 5)
    assert box.xe == pytest.approx(35.125, abs=0.25) and box.ye == pytest.approx(20.125, abs=0.25)
    assert window.doc.undo_stack.undoText() == "Resize"


def test_text_grows_by_magnification_steps_when_resized(window) -> None:
    window.doc.set_elements((Text(x=5, y=5, text="价格"),), "add")
    window.scene.select_indexes([0])
    item = window.scene.items_by_index[0]
    rect = item.content_rect()
    drag(window.view, item.handles()["br"], rect.bottomRight() + QPointF(rect.width(), 0.4))
    text = window.doc.label.elements[0]
    assert (text.xw, text.yh) == (2, 2)  # twice as wide: twice as large, proportions kept


def test_property_edits_apply_live_and_typing_merges(window, qtbot) -> None:
    window.doc.set_elements((Text(x=5, y=5, text="a"),), "add")
    window.scene.select_indexes([0])
    editor = window.properties.findChild(QPlainTextEdit, "content")
    assert editor is not None and editor.toPlainText() == "a"
    steps = window.doc.undo_stack.count()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "bc")
    assert window.doc.label.elements[0].text == "abc"
    assert window.doc.undo_stack.count() == steps + 1  # one step for the typing
    x_spin = window.properties.findChild(QDoubleSpinBox, "attr_x")
    x_spin.setValue(7.5)
    assert window.doc.label.elements[0].x == 7.5
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert window.doc.label.elements[0] == Text(x=5, y=5, text="a")


def test_barcode_data_is_checked_as_you_type(window) -> None:
    window.scene.add_element("BARC", QPointF(5, 5))
    combo = window.properties.findChild(object, "attr_ct")
    combo.setCurrentIndex(combo.findText("EAN-13"))
    assert window.doc.label.elements[0].ct == "jan13b"
    assert "EAN-13 takes 12 digits" in window.properties.data_status.text()
    window.properties.findChild(object, "content").textEdited.emit("692012345678")
    assert window.doc.label.elements[0].data == "692012345678"
    assert "EAN-13 takes" in window.properties.data_status.text()
    assert "color" not in window.properties.data_status.text()


def test_undo_and_redo_everything(window) -> None:
    start = window.doc.page
    window.scene.add_element("TEXT", QPointF(2, 2))
    window.scene.add_element("QRC", QPointF(30, 2))
    window.scene.select_indexes([0, 1])
    window.editing.align("top")
    window.scene.nudge(1, 0)
    end = window.doc.page
    while window.doc.undo_stack.canUndo():
        window.doc.undo_stack.undo()
    assert window.doc.page == start
    while window.doc.undo_stack.canRedo():
        window.doc.undo_stack.redo()
    assert window.doc.page == end


def test_nudges_merge_and_move_by_a_dot(window, qtbot) -> None:
    window.scene.add_element("SQ", QPointF(15, 10))  # a 20 x 10 box from (5, 5)
    steps = window.doc.undo_stack.count()
    window.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    box = window.doc.label.elements[0]
    assert (box.x, box.y) == (5.375, 6)
    assert window.doc.undo_stack.count() == steps + 1  # consecutive nudges are one step


def test_copy_paste_between_labels_as_label_xml(window) -> None:
    window.scene.insert(Text(x=2, y=2, text="Text 文本"))
    window.editing.copy()
    clip = QGuiApplication.clipboard().text()
    assert clip.startswith('<PAGE w="60" l="40">') and "<TEXT" in clip
    window.labels.add_label()
    assert window.doc.current_label == 1
    assert window.editing.paste()
    pasted = window.doc.label.elements[0]
    assert (pasted.TAG.name, pasted.x, pasted.y) == ("TEXT", 4, 4)
    QGuiApplication.clipboard().setText("not xml")
    assert not window.editing.paste()


def test_align_distribute_order_rotate(window) -> None:
    window.doc.set_elements(
        (Box(x=5, y=5, xe=10, ye=10), Box(x=20, y=8, xe=30, ye=12), Box(x=50, y=2, xe=55, ye=4)),
        "add",
    )
    window.scene.select_indexes([0, 1, 2])
    window.editing.align("left")
    assert [e.x for e in window.doc.label.elements] == [5, 5, 5]
    window.scene.select_indexes([2])
    window.editing.align("right")  # one element: to the label
    assert window.doc.label.elements[2].xe == 60
    window.editing.to_back()
    assert window.doc.label.elements[0].xe == 60
    window.doc.set_elements((Text(x=5, y=5, text="a"),), "text")
    window.scene.select_indexes([0])
    window.editing.rotate()
    assert window.doc.label.elements[0].r == 90


def test_save_reopen_compare(window, tmp_path: Path, fixtures: Path) -> None:
    assert window.files.load(fixtures / "spec_full_example.xml")
    assert window.windowTitle() == f"spec_full_example.xml[*] - {APP_TITLE}"
    window.scene.add_element("BL", QPointF(3, 50))
    target = tmp_path / "saved.xml"
    assert window.files.save_to(target)
    assert not window.isWindowModified()
    assert target.read_text("utf-8") == write(window.doc.page)
    again = MainWindow()
    assert again.files.load(target)
    assert again.doc.page == window.doc.page == read(target)
    again.close()


def test_a_file_with_problems_opens_with_them_listed(window, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(
        '<PAGE w="40" l="30">\n<LABEL id="1">\n<TEXT x="a" y="1">t</TEXT>\n'
        '<BARC x="1" y="1" ct="itfa">123</BARC>\n</LABEL>\n</PAGE>\n'
    )
    assert window.files.load(bad)
    assert window.doc.path == bad and window.doc.label.elements[1].data == "123"
    assert "bad.xml:3:1: error: TEXT x: 'a' is not a number" in window.files.last_error
    assert "bad.xml:4:1: error: BARC Interleaved 2 of 5" in window.files.last_error
    window.problems.refresh()
    listed = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any(t.startswith("Barcode Interleaved 2 of 5 '123' (line 4): ") for t in listed)
    assert any("File, line 3: TEXT x: 'a' is not a number" in t for t in listed)


def test_what_is_not_label_xml_opens_nothing_and_says_why(window, tmp_path: Path) -> None:
    original = window.doc.page
    not_xml = tmp_path / "x.xml"
    not_xml.write_bytes(b"\xff\xfe garbage")
    assert not window.files.load(not_xml)
    assert "not UTF-8" in window.files.last_error
    missing = tmp_path / "missing.xml"
    assert not window.files.load(missing)
    assert f"{missing}: cannot read" in window.files.last_error
    assert window.doc.page == original


def test_problems_panel_lists_warnings_and_selects_the_element(window, qtbot) -> None:
    window.doc.set_elements((Box(x=1, y=1, xe=5, ye=5), Box(x=50, y=30, xe=70, ye=50)), "add")
    qtbot.waitUntil(lambda: window.problems.count() == 1)
    item = window.problems.item(0)
    assert "partly outside" in item.text()
    window.problems.itemClicked.emit(item)
    assert window.scene.selected_indexes() == [1]


def test_in_place_editing(window, qtbot) -> None:
    window.doc.set_elements((Text(x=5, y=5, text="old"),), "add")
    editor = window.scene.edit_in_place(window.scene.items_by_index[0])
    editor.setText("new 新")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.doc.label.elements[0].text == "new 新"
    editor = window.scene.edit_in_place(window.scene.items_by_index[0])
    editor.setText("dropped")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.doc.label.elements[0].text == "new 新"


def test_labels_panel_adds_duplicates_reorders_deletes(window, qtbot) -> None:
    window.scene.add_element("SQ", QPointF(15, 10))  # a 20 x 10 box from (5, 5)
    window.labels.duplicate_label()
    assert [la.id for la in window.doc.page.labels] == [1, 2]
    assert window.doc.page.labels[1].elements == window.doc.page.labels[0].elements
    window.labels.move_label(-1)
    assert [la.id for la in window.doc.page.labels] == [2, 1]
    window.labels.delete_label()
    assert [la.id for la in window.doc.page.labels] == [1]
    qtbot.waitUntil(lambda: window.labels.list.count() == 1)


@pytest.mark.parametrize("fixture", ["spec_full_example.xml", "benchmark_label.xml"])
def test_the_canvas_shows_exactly_the_printed_dots(window, fixtures: Path, fixture: str) -> None:
    window.files.load(fixtures / fixture)
    window.scene.show_grid = False
    for index, label in enumerate(window.doc.page.labels):
        window.doc.select_label(index)
        expected = render_label(window.doc.page, label).convert("L").tobytes()
        assert canvas_dots(window.scene) == expected, f"label {label.id}"


def test_preview_shows_the_label_as_printed(window, qtbot) -> None:
    page = Page(w=10, l=5, labels=(Label(id=1, m=1, elements=(Reverse(x=0, y=0, w=1, h=1),)),))
    window.doc.reset(page, None)
    qtbot.waitUntil(lambda: window.preview.note.text() == "80 x 40 dots")
    image = window.preview.image.pixmap().toImage()
    assert image.pixelColor(image.width() - 1, 0).black() == 255  # mirrored: ink top right
    assert image.pixelColor(0, 0).black() == 0


def test_dragging_snaps_to_another_elements_edge(window) -> None:
    window.doc.set_elements((Box(x=5, y=5, xe=15, ye=10), Box(x=5, y=20, xe=10, ye=25)), "add")
    window.scene.select_indexes([1])
    drag(window.view, QPointF(5.1, 22), QPointF(15.4, 22.6), steps=6)  # left edge near x=15
    moved_box = window.doc.label.elements[1]
    assert moved_box.x == 15 and moved_box.xe == 20


def test_rulers_follow_the_view(window) -> None:
    window.view.set_zoom(2)
    window.view.centerOn(30, 20)
    top = window.canvas_area.top
    assert top._to_pixel(10) - top._to_pixel(0) == pytest.approx(
        window.view.pixels_per_mm() * 2 * 10, abs=1
    )
    for ruler in (top, window.canvas_area.left):  # a long tick at 10 mm, paper beside it
        image = ruler.grab().toImage()
        if not ruler.horizontal:
            image = image.transformed(QTransform(0, 1, 1, 0, 0, 0))  # columns become rows
        at = round(ruler._to_pixel(10))
        edge = image.height() - 2
        assert image.pixelColor(at, edge).lightness() < 160
        assert image.pixelColor(at, edge - RULER // 2).lightness() < 160
        assert image.pixelColor(at + 3, edge).lightness() > 200


def test_page_size_presets_in_the_page_settings(window) -> None:
    from PySide6.QtWidgets import QComboBox

    preset = window.properties.findChild(QComboBox, "preset")
    assert preset.currentText() == "60 x 40 mm label"  # the new document's size
    preset.setCurrentIndex(preset.findText("80 mm receipt"))
    page = window.doc.page
    assert (page.w, page.l, page.ld, page.pt) == (80, 160, 0, 2)
    window.doc.undo_stack.undo()
    assert (window.doc.page.w, window.doc.page.l) == (60, 40)
