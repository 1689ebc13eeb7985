"""The window's Data menu, driven as a person does: connect a data file through the menu (the
file dialog answered), see the first rows, step through records with the navigator's buttons
(the canvas and the preview show each record's values while the document keeps its
placeholders), tick rows, insert a field from the right-click menu, and a placeholder that
names no column stays visible as a marked problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

from tests.batch_helpers import make_template, product_rows
from tests.qt_helpers import menu_item

pytestmark = pytest.mark.qt
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def _template_without_data(folder: Path, rows: int = 12) -> tuple[Path, Path]:
    template, data = make_template(folder, rows)
    text = template.read_text("utf-8").replace('<?xplabel-merge data="products.csv"?>\n', "")
    template.write_text(text, "utf-8")
    return template, data


def _answer_file_dialog(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _click(widget) -> None:
    QTest.mouseClick(widget, LEFT, NO_MOD, widget.rect().center())


def _connect(window, qtbot, monkeypatch, data: Path):
    _answer_file_dialog(monkeypatch, data)
    menu_item(window, "Data", "Connect data…")
    qtbot.waitUntil(lambda: window.data.dialog is not None and window.data.dialog.isVisible())
    dialog = window.data.dialog
    qtbot.waitUntil(lambda: not dialog.reading)  # read on a worker
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.data.connection.data_changed, timeout=5000):
        _click(ok)
    return dialog


def _shown_texts(window) -> list[str]:
    return [getattr(i.shown, "text", None) for i in window.scene.items_by_index]


def test_connect_data_through_the_menu_shows_the_first_rows_and_the_record(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    template, data = _template_without_data(tmp_path)
    assert window.files.load(template)
    assert not window.problems.problems  # a template opens clean: {{barcode}} is not an error
    dialog = _connect(window, qtbot, monkeypatch, data)
    assert dialog.rows.rowCount() == 12 and dialog.rows.columnCount() == 6
    assert dialog.rows.horizontalHeaderItem(0).text() == "name"
    assert "12 rows of data, 6 columns" in dialog.summary.text()
    assert window.data.navigator.where.text() == "Row 1 of 12"
    settings = [str(i) for i in window.doc.instructions if i.target == "xplabel-merge"]
    assert any('data="products.csv"' in s and " id=" in s for s in settings)
    assert not window.doc.undo_stack.isClean()  # connecting is an edit, saved with the file
    assert "Item 00001" in _shown_texts(window)
    assert window.doc.label.elements[1].text == "{{name}}"  # the document keeps placeholders
    assert not [p for p in window.problems.problems if p.is_error]
    window.doc.undo_stack.undo()  # and it can be undone
    qtbot.waitUntil(lambda: not window.data.connection.connected)
    assert window.data.navigator.isHidden()


def test_the_navigator_steps_through_records_on_canvas_and_preview(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    template, data = _template_without_data(tmp_path)
    window.files.load(template)
    _connect(window, qtbot, monkeypatch, data)
    navigator = window.data.navigator
    assert not navigator.previous.isEnabled()
    before = window.preview._rendered.toImage()
    _click(navigator.next)
    _click(navigator.next)
    assert navigator.where.text() == "Row 3 of 12"
    texts = _shown_texts(window)
    assert "Item 00003" in texts and "LOT 000003  BEST BEFORE" in " ".join(map(str, texts))
    qtbot.waitUntil(lambda: window.preview._rendered.toImage() != before)
    _click(navigator.previous)
    assert navigator.where.text() == "Row 2 of 12" and "Item 00002" in _shown_texts(window)
    for _ in range(15):
        if navigator.next.isEnabled():
            _click(navigator.next)
    assert navigator.where.text() == "Row 12 of 12" and not navigator.next.isEnabled()


def test_ticking_rows_in_the_record_table_chooses_what_prints(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    template, data = _template_without_data(tmp_path)
    window.files.load(template)
    _connect(window, qtbot, monkeypatch, data)
    window.data.dock.show()
    window.data.dock.raise_()
    view = window.data.records.view
    qtbot.waitExposed(view)
    index = view.model().index(1, 0)  # row 2's tick box
    rect = view.visualRect(index)
    box = QPoint(rect.left() + 10, rect.center().y())
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, box)
    connection = window.data.connection
    if 2 in connection.chosen:  # the box is where the style draws it: try its exact spot
        QTest.mouseClick(view.viewport(), LEFT, NO_MOD, QPoint(rect.left() + 6, box.y()))
    assert 2 not in connection.chosen and len(connection.chosen) == 11
    assert window.data.records.summary.text() == "11 of 12 rows ticked"
    _click(window.data.records.none)
    assert connection.chosen == set()
    _click(window.data.records.all)
    assert len(connection.chosen) == 12
    cell = view.visualRect(view.model().index(4, 3)).center()
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, cell)
    assert window.data.navigator.where.text() == "Row 5 of 12"  # clicking a row shows it


def test_a_placeholder_naming_no_column_stays_visible_as_a_marked_problem(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    template, data = _template_without_data(tmp_path)
    text = template.read_text("utf-8").replace("{{origin}}", "{{orign}}")
    template.write_text(text, "utf-8")
    window.files.load(template)
    _connect(window, qtbot, monkeypatch, data)
    qtbot.waitUntil(lambda: any(p.is_error for p in window.problems.problems))
    (problem,) = [p for p in window.problems.problems if p.is_error]
    assert "no column 'orign'" in problem.message and "did you mean {{origin}}" in problem.message
    item = window.scene.items_by_index[problem.element]
    assert "{{orign}}" in item.shown.text and item.problem is not None  # marked, never blank
    assert "Item 00001" in _shown_texts(window)  # the rest shows the record


def test_insert_a_field_at_the_cursor_from_the_right_click_menu(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    template, data = _template_without_data(tmp_path)
    window.files.load(template)
    _connect(window, qtbot, monkeypatch, data)
    window.scene.select_indexes([3])  # the TEXT "规格 {{size}}  产地 {{origin}}"
    edit = window.properties.findChild(QLineEdit, "content") or window.properties.findChild(
        object, "content"
    )
    assert edit is not None
    edit.setFocus()
    if isinstance(edit, QLineEdit):
        edit.setCursorPosition(0)
    else:
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        edit.setTextCursor(cursor)
    edit.customContextMenuRequested.emit(QPoint(5, 5))  # what a right-click asks for
    menu = edit.field_menu
    fields = next(a.menu() for a in menu.actions() if a.menu() is not None)
    names = [a.text() for a in fields.actions()]
    assert names[:6] == ["{{name}}", "{{size}}", "{{origin}}", "{{price}}", "{{barcode}}",
                         "{{sku}}"]  # fmt: skip
    assert {"{{serial}}", "{{row}}", "{{date}}"} <= set(names)
    next(a for a in fields.actions() if a.text() == "{{sku}}").trigger()
    menu.close()
    assert window.doc.label.elements[3].text.startswith("{{sku}}规格 {{size}}")
    window.doc.undo_stack.undo()
    assert window.doc.label.elements[3].text.startswith("规格")


def test_a_template_that_names_its_data_connects_when_opened(window, qtbot, tmp_path) -> None:
    template, data = make_template(tmp_path, 3)
    with qtbot.waitSignal(window.data.connection.data_changed, timeout=5000):
        window.files.load(template)
    qtbot.waitUntil(lambda: window.data.connection.connected, timeout=5000)
    assert window.data.navigator.where.text() == "Row 1 of 3"
    assert window.doc.undo_stack.isClean()  # reading its data is not an edit
    data.write_text("\n".join(product_rows(5)) + "\n", "utf-8")
    with qtbot.waitSignal(window.data.connection.data_changed, timeout=5000):
        window.data.connection.reload()
    assert window.data.navigator.where.text() == "Row 1 of 5"


def test_a_gbk_csv_and_a_spreadsheets_sheet_connect_as_their_rows_read(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    template, _ = _template_without_data(tmp_path)
    window.files.load(template)
    gbk = tmp_path / "gbk.csv"  # as Chinese Excel saves a CSV
    gbk.write_bytes("\n".join(product_rows(3)).encode("gb18030"))
    _connect(window, qtbot, monkeypatch, gbk)
    assert window.data.dialog.rows.item(0, 2).text() == "四川成都"
    assert "Item 00001" in _shown_texts(window)
    sheets = Path(__file__).parent / "fixtures" / "products.xls"
    _answer_file_dialog(monkeypatch, sheets)
    menu_item(window, "Data", "Connect data…")
    qtbot.waitUntil(lambda: window.data.dialog.path == sheets)
    dialog = window.data.dialog
    qtbot.waitUntil(lambda: not dialog.reading)
    names = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
    assert names == ["The first sheet", "Products", "Prices 2027"]
    assert dialog.rows.rowCount() == 2 and dialog.rows.item(0, 1).text() == "6920123456789"
    dialog.sheet.setCurrentIndex(2)
    dialog.sheet.activated.emit(2)  # as choosing it in the list does
    qtbot.waitUntil(lambda: not dialog.reading)
    assert dialog.rows.columnCount() == 2 and dialog.chosen_sheet == "Prices 2027"
    dialog.sheet.setCurrentIndex(1)
    dialog.sheet.activated.emit(1)
    qtbot.waitUntil(lambda: not dialog.reading)
    with qtbot.waitSignal(window.data.connection.data_changed, timeout=5000):
        _click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    settings = window.data.connection.settings
    assert settings.sheet == "Products" and settings.data.endswith("products.xls")
    qtbot.waitUntil(
        lambda: any(
            p.is_error and "no column 'size'" in p.message for p in window.problems.problems
        )
    )


def test_the_in_place_editor_offers_the_fields_too(window, qtbot, monkeypatch, tmp_path) -> None:
    template, data = _template_without_data(tmp_path)
    window.files.load(template)
    _connect(window, qtbot, monkeypatch, data)
    item = window.scene.items_by_index[1]  # {{name}}, shown as "Item 00001"
    editor = window.scene.edit_in_place(item)
    assert editor.text() == "{{name}}"  # the template's content is edited, not the record's
    editor.setCursorPosition(len(editor.text()))
    QTest.keyClicks(editor, " / ")
    editor.customContextMenuRequested.emit(QPoint(5, 5))
    fields = next(a.menu() for a in editor.field_menu.actions() if a.menu() is not None)
    next(a for a in fields.actions() if a.text() == "{{size}}").trigger()
    editor.field_menu.close()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.doc.label.elements[1].text == "{{name}} / {{size}}"
    assert "Item 00001 / 500g" in _shown_texts(window)
