"""Printing as a person does it, against the simulated cloud: File > Print, the dialog's live
printer states and offline warning, each printer state of the demo, Copy as command, and the
right-click menus of the printers and the print history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu, QMessageBox

from designer.cloud import XpyunClient
from designer.cloud.models import PrinterState
from designer.labelxml import read
from designer.qt.app import application
from designer.qt.cloud_link import CloudLink
from designer.qt.main_window import MainWindow
from designer.services.history import PRINTED
from designer.services.store import Store
from tests.qt_helpers import click_dock_tab, menu_item

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot, app_dirs, no_modal_dialogs, simulator, tmp_path, fixtures):
    application()
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01, read_timeout=3)
    w = MainWindow(link=CloudLink(client), store=Store(tmp_path / "x.sqlite3"))
    w.printing.orders.timer.setInterval(100)
    for sn, name in (("P1", "Kitchen"), ("P2", "Bar"), ("P3", "Store")):
        w.printing.printers.printers.add(sn, name)
    w.printing.printers.refresh()  # what the panel's timer does
    saved = tmp_path / "label.xml"
    saved.write_bytes((fixtures / "spec_request_example.xml").read_bytes())
    w.files.load(saved)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()
    w.close()
    client.close()


def _open_print_dialog(window, qtbot):
    menu_item(window, "File", "Print…")
    dialog = window.findChild(QDialog, "print_dialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: all(sn in dialog.panel.reports for sn in ("P1", "P2", "P3")))
    return dialog


def _choose_printer(qtbot, dialog, name: str) -> None:
    combo = dialog.printer
    combo.setFocus()
    for _ in range(combo.count()):  # as a person does with the keyboard: down until it is there
        if combo.currentText().startswith(name):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(name)


def _print(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Print"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_print_to_the_online_printer(window, qtbot, world) -> None:
    dialog = _open_print_dialog(window, qtbot)
    assert [dialog.printer.itemText(i) for i in range(3)] == [
        "Kitchen — online",
        "Bar — offline",
        "Store — abnormal (out of paper?)",
    ]
    _choose_printer(qtbot, dialog, "Kitchen")
    assert dialog.state.text() == "Kitchen is online: it prints at once."  # no warning
    _print(qtbot, dialog)
    history = window.printing.history
    qtbot.waitUntil(lambda: bool(history.entries) and history.entries[-1].state == PRINTED)
    assert history.entries[-1].printer == "Kitchen" and len(world.orders) == 1


def test_an_offline_printer_is_warned_about_and_its_order_queued(window, qtbot, world) -> None:
    dialog = _open_print_dialog(window, qtbot)
    _choose_printer(qtbot, dialog, "Bar")
    assert dialog.refuse.isChecked()  # as Preferences say (refuse, by default)
    assert dialog.state.isVisible()
    assert dialog.state.text().startswith("Bar is offline: the order will be refused")
    qtbot.mouseClick(
        dialog.queue, Qt.MouseButton.LeftButton, pos=QPoint(6, dialog.queue.height() // 2)
    )
    assert dialog.queue.isChecked()
    assert dialog.state.text() == "Bar is offline: the order waits until it is back."
    _print(qtbot, dialog)
    history = window.printing.history
    qtbot.waitUntil(lambda: bool(history.entries) and history.entries[-1].order_id != "")
    assert world.orders[history.entries[-1].order_id].state == "queued"
    world.set_state("P2", PrinterState.ONLINE)
    qtbot.waitUntil(lambda: history.entries[-1].state == PRINTED, timeout=8000)


def test_an_offline_printer_refuses_in_the_dialogs_words(window, qtbot, world, monkeypatch) -> None:
    said = []
    monkeypatch.setattr(window.printing, "_refuse", lambda title, text: said.append(text))
    dialog = _open_print_dialog(window, qtbot)
    _choose_printer(qtbot, dialog, "Bar")
    _print(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("Bar is offline, so nothing was printed")
    assert "mode 1" not in said[0] and not world.orders


def test_the_out_of_paper_printer_is_named_and_warned_about(window, qtbot, world) -> None:
    dialog = _open_print_dialog(window, qtbot)
    _choose_printer(qtbot, dialog, "Store")
    assert dialog.state.text().startswith("Store needs attention (out of paper?)")
    _print(qtbot, dialog)
    history = window.printing.history
    qtbot.waitUntil(lambda: bool(history.entries) and history.entries[-1].state != "sending")
    assert history.entries[-1].printer == "Store"


def test_the_dialog_follows_the_printers_live_state(window, qtbot, world) -> None:
    dialog = _open_print_dialog(window, qtbot)
    _choose_printer(qtbot, dialog, "Kitchen")
    print_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    where = print_button.mapTo(dialog, print_button.rect().center())
    world.set_state("P1", PrinterState.OFFLINE)
    window.printing.printers.refresh()
    qtbot.waitUntil(lambda: dialog.printer.currentText() == "Kitchen — offline")
    assert dialog.state.text().startswith("Kitchen is offline")
    qtbot.wait(50)  # laid out again
    # the warning is whole (its two lines have room) and Print did not move from the pointer
    assert dialog.state.heightForWidth(dialog.state.width()) <= dialog.state.height()
    assert print_button.mapTo(dialog, print_button.rect().center()) == where
    dialog.reject()


def test_a_preference_queues_offline_orders_and_names_the_default_printer(window, qtbot) -> None:
    from designer.services.settings import Settings

    settings = Settings.load()
    settings.queue_when_offline = True
    settings.default_printer = "P3"
    settings.save()
    dialog = _open_print_dialog(window, qtbot)
    assert dialog.queue.isChecked() and dialog.printer.currentData() == "P3"
    dialog.reject()


def test_copy_as_command(window, qtbot) -> None:
    dialog = _open_print_dialog(window, qtbot)
    _choose_printer(qtbot, dialog, "Bar")
    dialog.copies.setFocus()
    dialog.copies.selectAll()
    qtbot.keyClicks(dialog.copies, "3")
    qtbot.mouseClick(dialog.copy_command, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == (
        f"xplabel print {window.doc.path} --sn P2 --copies 3"
    )
    dialog.reject()


def _right_click(table, row: int) -> QMenu:
    at = table.visualItemRect(table.item(row, 0)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.RightButton, pos=at)
    QApplication.sendEvent(
        table.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, table.viewport().mapToGlobal(at)),
    )
    menu = table.parent().menu
    assert menu is not None and menu.isVisible()
    return menu


def _choose(menu: QMenu, name: str) -> None:
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled(), name
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_right_click_a_printer_for_its_state_and_to_print_there(window, qtbot) -> None:
    panel = window.printing.printers
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3)
    _choose(_right_click(panel.table, 0), "printer_status")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Kitchen: online"))
    assert "firmware V1.2.7, orders waiting: 0" in window.statusBar().currentMessage()
    _choose(_right_click(panel.table, 1), "printer_print")
    dialog = window.findChild(QDialog, "print_dialog")
    assert dialog.printer.currentData() == "P2"
    dialog.reject()


def test_right_click_an_order_to_copy_its_id_and_ask_its_state(window, qtbot, world) -> None:
    dialog = _open_print_dialog(window, qtbot)
    _print(qtbot, dialog)
    history = window.printing.history
    qtbot.waitUntil(lambda: bool(history.entries) and history.entries[-1].state == PRINTED)
    click_dock_tab(window, "Print history")
    table = window.printing.orders.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    _choose(_right_click(table, 0), "order_copy_id")
    order_id = history.entries[-1].order_id
    assert QGuiApplication.clipboard().text() == order_id
    _choose(_right_click(table, 0), "order_state")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Order {order_id}: printed")
    _choose(_right_click(table, 0), "order_reprint")
    qtbot.waitUntil(lambda: len(world.orders) == 2)


def test_printing_a_label_with_errors_is_refused_with_them(window, qtbot, monkeypatch) -> None:
    from designer.model import Barcode

    window.doc.set_elements((Barcode(x=5, y=5, ct="jan13a", data="123"),), "bad")
    said = []
    monkeypatch.setattr(window.printing, "_refuse", lambda title, text: said.append(text))
    menu_item(window, "File", "Print…")
    assert said and "EAN-13 takes 12 digits" in said[0]
    assert (
        window.findChild(QDialog, "print_dialog") is None
        or not window.findChild(QDialog, "print_dialog").isVisible()
    )
    assert QMessageBox  # (the refusal is a message box; replaced here to read it)
    assert read
