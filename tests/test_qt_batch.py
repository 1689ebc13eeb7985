"""Batch printing from the window, driven with clicks against the simulator: File > Print with
data connected shows the total and the problems, prints 500 labels with the progress bars,
cancels, and resumes a batch that a closed window interrupted, each label printed once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from designer.cloud import XpyunClient
from designer.qt.app import application
from designer.qt.cloud_link import CloudLink
from designer.qt.main_window import MainWindow
from designer.services.store import Store
from tests.batch_helpers import make_template, printed_labels, printed_serials
from tests.qt_helpers import EventLoopGaps, menu_item

pytestmark = pytest.mark.qt
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def _window(simulator, store_path) -> MainWindow:
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01, read_timeout=3)
    w = MainWindow(link=CloudLink(client), store=Store(store_path))
    w.printing.printers.printers.add("P1", "Kitchen")
    w.show()
    return w


@pytest.fixture
def window(qtbot, app_dirs, no_modal_dialogs, simulator, tmp_path):
    application()
    w = _window(simulator, tmp_path / "x.sqlite3")
    yield w
    w.doc.undo_stack.setClean()
    w.close()


def _click(widget) -> None:
    QTest.mouseClick(widget, LEFT, NO_MOD, widget.rect().center())


def _open_with_data(window, qtbot, folder, rows: int, **kwargs):
    template, data = make_template(folder, rows, **kwargs)
    window.files.load(template)
    qtbot.waitUntil(lambda: window.data.connection.connected, timeout=5000)
    return template, data


def _print_dialog(window, qtbot):
    menu_item(window, "File", "Print…")
    qtbot.waitUntil(lambda: window.batches.dialog is not None and window.batches.dialog.isVisible())
    dialog = window.batches.dialog
    qtbot.waitUntil(lambda: "Checking" not in dialog.total.text(), timeout=10000)
    return dialog


def test_print_500_labels_with_progress_then_cancel_and_clear_the_queue(
    window, qtbot, simulator, world, tmp_path
) -> None:
    simulator._server.latency = 0.15  # a distant cloud: time to see progress and to cancel
    _open_with_data(window, qtbot, tmp_path, 500, long=True)
    dialog = _print_dialog(window, qtbot)
    assert re.fullmatch(r"500 rows × 1 copy = 500 labels \(orders: \d\)", dialog.total.text())
    assert dialog.print_button.isEnabled() and not dialog.result.errors
    gaps = EventLoopGaps()
    _click(dialog.print_button)
    qtbot.waitUntil(lambda: window.batches.progress is not None, timeout=5000)
    progress = window.batches.progress
    qtbot.waitUntil(lambda: progress.accepted.value() >= 2, timeout=10000)
    _click(progress.cancel)
    qtbot.waitUntil(lambda: progress.status.text().startswith("Cancelled"), timeout=10000)
    gaps.stop()
    sent = progress.sent.value()
    assert 0 < sent < 500 and f"{sent} of 500 labels were sent" in progress.status.text()
    assert sum(o.content.count("<LABEL") for o in world.orders.values()) == sent
    assert progress.clear.isVisible() and not progress.resume.isVisible()
    _click(progress.clear)
    qtbot.waitUntil(lambda: "Kitchen: queue cleared" in progress.status.text(), timeout=5000)
    assert not progress.clear.isEnabled()  # cleared once; the printer's name, not its SN
    assert gaps.largest < 0.2, f"the GUI thread stalled {gaps.largest * 1000:.0f} ms"
    dialog = _print_dialog(window, qtbot)  # printing again: a new batch, serials go on
    assert "did not finish" not in dialog.total.text()


def test_the_dialog_lists_row_problems_and_skips_those_rows(window, qtbot, world, tmp_path) -> None:
    template, data = make_template(tmp_path, 8)
    lines = data.read_text("utf-8").splitlines()
    lines[5] = lines[5].replace(",6920", ",6921")  # row 5: a wrong check digit
    data.write_text("\n".join(lines) + "\n", "utf-8")
    window.files.load(template)
    qtbot.waitUntil(lambda: window.data.connection.connected, timeout=5000)
    dialog = _print_dialog(window, qtbot)
    assert not dialog.print_button.isEnabled()
    assert "row 5, column barcode" in dialog.problems.item(0).text()
    assert dialog.fix.isEnabled()
    _click(dialog.skip)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=5000)
    assert "7 rows × 1 copy = 7 labels (orders: 1) · rows skipped: 1" in dialog.total.text()
    _click(dialog.print_button)
    qtbot.waitUntil(lambda: len(world.orders) == 1, timeout=5000)
    assert [n[-1] for n in printed_labels(world, "P1")] in ([], list("1234678"))
    assert "Item 00005" not in next(iter(world.orders.values())).content


def test_fix_shows_the_first_row_with_an_error(window, qtbot, tmp_path) -> None:
    template, data = make_template(tmp_path, 8)
    lines = data.read_text("utf-8").splitlines()
    lines[6] = lines[6].replace(",6920", ",6921")
    data.write_text("\n".join(lines) + "\n", "utf-8")
    window.files.load(template)
    qtbot.waitUntil(lambda: window.data.connection.connected, timeout=5000)
    dialog = _print_dialog(window, qtbot)
    _click(dialog.fix)
    assert not dialog.isVisible()
    assert window.data.navigator.where.text() == "Row 6 of 8"
    qtbot.waitUntil(lambda: any("row 6, column barcode" in p.message
                                for p in window.problems.problems))  # fmt: skip


def test_a_batch_interrupted_by_closing_the_window_resumes_after_a_restart(
    window, qtbot, simulator, world, tmp_path
) -> None:
    simulator._server.latency = 0.15
    _open_with_data(window, qtbot, tmp_path, 500, long=True)
    dialog = _print_dialog(window, qtbot)
    _click(dialog.print_button)
    qtbot.waitUntil(lambda: window.batches.progress is not None, timeout=5000)
    progress = window.batches.progress
    qtbot.waitUntil(lambda: progress.accepted.value() >= 2, timeout=10000)
    window.doc.undo_stack.setClean()
    window.close()  # the window goes; its request on the way is cut off
    assert len(world.orders) < 6
    again = _window(simulator, tmp_path / "x.sqlite3")  # the program started again
    try:
        box = again.batches.offer_unfinished()
        assert box is not None and "did not finish" in box.text()
        resume = next(b for b in box.buttons() if b.objectName() == "resume_unfinished")
        _click(resume)
        progress = again.batches.progress
        qtbot.waitUntil(lambda: progress.status.text().startswith("Every label"), timeout=20000)
        qtbot.waitUntil(lambda: len(printed_labels(world, "P1")) >= 500, timeout=5000)
        names = printed_labels(world, "P1")
        assert len(set(names)) == 500  # each label exactly once
        assert printed_serials(world, "P1") == list(range(1, 501))  # unbroken
        assert again.batches.offer_unfinished() is None
    finally:
        again.doc.undo_stack.setClean()
        again.close()
