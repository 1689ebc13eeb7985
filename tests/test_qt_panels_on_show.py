"""What starts hidden is made when a person first reaches for it: the element list, the undo
history and the record table when their tabs are clicked, the print history's rows when it
shows, the data connection when a template names data or the Data menu asks for it. Each works
then as if it had been there from the start; and a start loads none of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWidget

from designer.labelxml import read
from designer.qt.app import application
from designer.qt.main_window import MainWindow
from tests.batch_helpers import make_template
from tests.qt_helpers import click, click_dock_tab, menu_item
from tests.test_qt_data import _connect, _template_without_data

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
TWO_BOXES = """<?xml version="1.0" encoding="UTF-8"?>
<PAGE w="60" l="40"><LABEL id="1">
<SQ x="5" y="5" xe="20" ye="15"/>
<SQ x="30" y="20" xe="50" ye="35"/>
</LABEL></PAGE>
"""


def _two_boxes(window, tmp_path: Path) -> None:
    path = tmp_path / "boxes.xml"
    path.write_text(TWO_BOXES, "utf-8")
    window.doc.reset(read(path), None)
    window.view.set_zoom(4.0)
    window.view.centerOn(30, 20)


def test_the_element_list_is_made_when_its_tab_is_clicked_and_follows_the_canvas(
    window, tmp_path
) -> None:
    _two_boxes(window, tmp_path)
    assert not window.panels_on_show["elements"].made  # behind the Labels tab: not made
    click(
        window.view, QPointF(30, 27.5)
    )  # the second box's left edge, selected before the list exists
    click_dock_tab(window, "Elements")
    assert window.panels_on_show["elements"].made
    listed = window.elements
    assert window.docks["elements"].widget() is listed and listed.isVisible()
    assert listed.topLevelItemCount() == 2
    assert listed.selected_indexes() == [1]  # what the canvas had selected
    first_box = next(
        listed.topLevelItem(r)
        for r in range(listed.topLevelItemCount())
        if listed.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole) == 0
    )
    QTest.mouseClick(listed.viewport(), LEFT, NO_MOD, listed.visualItemRect(first_box).center())
    assert window.scene.selected_indexes() == [0]  # and the canvas follows the list


def test_the_undo_history_is_made_when_its_tab_is_clicked_and_goes_back(window, tmp_path) -> None:
    _two_boxes(window, tmp_path)
    assert not window.panels_on_show["history"].made
    click(window.view, QPointF(5, 10))  # the first box's left edge
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert len(window.doc.label.elements) == 1
    click_dock_tab(window, "Undo history")
    history = window.history
    assert history.isVisible() and history.stack() is window.doc.undo_stack
    assert history.model().rowCount() == 2  # <empty> and the deletion
    start = history.visualRect(history.model().index(0, 0)).center()
    QTest.mouseClick(history.viewport(), LEFT, NO_MOD, start)
    assert len(window.doc.label.elements) == 2  # clicking the first step went back to it


def test_a_template_naming_data_connects_when_opened_and_its_table_shows_on_click(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    assert window.data.made is None  # a new label: no data, nothing of the merge loaded
    assert not window.data.navigator.isVisible()
    template, _data = make_template(tmp_path, 3)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(template), ""))
    menu_item(window, "File", "Open…")
    qtbot.waitUntil(lambda: window.data.made is not None and window.data.made.connected)
    assert window.data.navigator.isVisible()
    assert window.data.navigator.where.text() == "Row 1 of 3"
    assert not window.data.records_on_show.made  # behind the Problems tab
    click_dock_tab(window, "Record table")
    table = window.data.records
    assert table.isVisible() and table.model.rowCount() == 3
    assert table.summary.text() == "3 of 3 rows ticked"
    assert table.view.selectionModel().selectedRows()[0].row() == 0  # the record shown


def test_the_data_menu_shows_and_hides_the_record_navigator(window) -> None:
    navigator = window.data.navigator
    assert not navigator.isVisible()
    menu_item(window, "Data", "Record navigator")
    assert navigator.isVisible() and navigator.where.text() == "No data"
    assert window.data.made is None  # showing it needs no data machinery
    assert window.menus.actions["disconnect_data"].isEnabled() is False
    menu_item(window, "Data", "Record navigator")
    assert not navigator.isVisible()


def test_data_connected_after_a_text_is_selected_is_offered_by_its_right_click_menu(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    template, data = _template_without_data(tmp_path)
    window.files.load(template)
    window.scene.select_indexes([3])  # a TEXT: its content field made before any data
    _connect(window, qtbot, monkeypatch, data)
    edit = window.properties.findChild(QWidget, "content")
    edit.customContextMenuRequested.emit(QPoint(5, 5))  # what a right-click asks for
    fields = next(a.menu() for a in edit.field_menu.actions() if a.menu() is not None)
    assert {"{{name}}", "{{sku}}", "{{row}}"} <= {a.text() for a in fields.actions()}
    edit.field_menu.close()


def test_a_window_restored_with_the_record_table_in_front_shows_it(
    qtbot, app_dirs, no_modal_dialogs
) -> None:
    application()
    first = MainWindow()
    first.show()
    qtbot.waitExposed(first)
    click_dock_tab(first, "Record table")
    assert first.data.records_on_show.made
    first.close()  # the layout is kept: the record table in front
    second = MainWindow()
    second.show()
    qtbot.waitExposed(second)
    try:
        qtbot.waitUntil(lambda: second.data.records_on_show.made)
        assert second.data.records.isVisible()
        assert second.data.records.summary.text() == "No data connected (Data > Connect data…)"
    finally:
        second.close()


def test_the_record_navigator_comes_back_where_it_was_left(
    window, qtbot, app_dirs, tmp_path
) -> None:
    template, _data = make_template(tmp_path, 3)
    window.files.load(template)
    qtbot.waitUntil(lambda: window.data.navigator.isVisible())
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, window.data.navigator)  # moved
    window.close()
    again = MainWindow()
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.layout_keeper.first is not None)  # the saved layout is back
    try:
        again.files.load(template)
        qtbot.waitUntil(lambda: again.data.navigator.isVisible())
        assert again.toolBarArea(again.data.navigator) == Qt.ToolBarArea.BottomToolBarArea
    finally:
        again.doc.undo_stack.setClean()
        again.close()


def test_the_print_history_reads_its_rows_only_while_it_is_in_front(
    qtbot, env, world, no_modal_dialogs, fixtures
) -> None:
    from designer.cli import main
    from designer.qt.app import application
    from designer.qt.main_window import MainWindow
    from designer.services.store import Store

    application()
    window = MainWindow(store=Store.open_default())
    window.printing.orders.timer.setInterval(50)  # it looks for what others printed this often
    window.show()
    qtbot.waitExposed(window)
    try:
        table = window.printing.orders.table
        assert main(["print", str(fixtures / "spec_request_example.xml"), "--sn", "P1"]) == 0
        qtbot.wait(300)  # the history noticed the command line's print: behind its tab, unread
        assert table.rowCount() == 0 and window.printing.orders.stale
        click_dock_tab(window, "Print history")
        assert table.rowCount() == 1
        assert table.item(0, 4).text() == next(iter(world.orders))
        click_dock_tab(window, "Problems")  # behind a tab again: a second print waits
        assert (
            main(["print", str(fixtures / "spec_request_example.xml"), "--sn", "P1", "--again"])
            == 0
        )
        qtbot.wait(300)
        assert table.rowCount() == 1
        click_dock_tab(window, "Print history")
        assert table.rowCount() == 2
    finally:
        window.doc.undo_stack.setClean()
        window.close()


STARTED = """
import os, sys
from designer.cli import main
from designer.qt import app as app_module
import PySide6.QtWidgets as W
finish_start = app_module.finish_start
def finished(window, files):
    result = finish_start(window, files)
    window.repaint()
    print(" ".join(m for m in LATER if m in sys.modules), *["QStyle"] * ("QStyle" in W.__dict__))
    window.elements, window.history, window.data.records, window.data.connection
    print(" ".join(m for m in LATER if m not in sys.modules))
    app = app_module.QApplication.instance()
    print("icon before", app.windowIcon().isNull())

    def after() -> None:  # the next turns of the event loop: the deferred work done
        print("icon after", app.windowIcon().isNull())
        app.quit()

    app_module.QTimer.singleShot(100, after)
    return result
app_module.finish_start = finished
main([])
"""
LATER = (
    "designer.merge.settings",
    "designer.qt.data.connection",
    "designer.qt.data.records",
    "designer.qt.panels.elements",
)
"""What a start without data or a look at those panels does not load: made on demand."""
NEVER_AT_START = (
    "designer.merge.template",  # only for a template with placeholders
    "designer.merge.engine",
    "designer.merge.sources",
    "designer.services.journal",
    "designer.services.sending",
    "designer.cloud.client",
    "designer.labelxml.reader",  # a start without a file reads none
    "defusedxml",
    "designer.qt.canvas.dragging",
    "designer.qt.canvas.group_drag",
    "designer.qt.canvas.placing",
    "designer.qt.dialogs.add_printer",
    "requests",
    "keyring",
    "difflib",
    "decimal",
    "calendar",
    "hashlib",
    "socket",
    "uuid",
)
"""Loaded by a file, a print, data, a sign-in, a drag, a dialog: never by a start without them."""


def test_a_start_loads_nothing_of_what_it_does_not_show(app_dirs) -> None:
    """(Nor makes QStyle, whose enums PySide builds on first touch: the Problems panel's signs
    need it only when there is a problem.)"""
    code = f"LATER = {LATER + NEVER_AT_START!r}\n" + STARTED.replace(
        "if m not in sys.modules", f"if m in {LATER!r} and m not in sys.modules"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 0, run.stderr
    loaded_at_start, still_missing, icon_before, icon_after = [*run.stdout.splitlines(), *"    "][
        :4
    ]
    assert loaded_at_start == ""
    assert still_missing == ""  # each part loaded when asked for
    # in English the fonts are searched and the program's icon set once the window is built
    assert (icon_before, icon_after) == ("icon before True", "icon after False")
