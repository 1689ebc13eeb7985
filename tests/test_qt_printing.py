"""Printing from the window against the simulator: printer states arrive and follow the cloud,
prints become orders that the history follows until printed, offline printers refuse or queue,
and the window stays responsive while the cloud stalls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from designer.cloud import XpyunClient
from designer.cloud.models import PrinterState
from designer.labelxml import read
from designer.qt.app import application
from designer.qt.cloud_link import CloudLink
from designer.qt.main_window import MainWindow
from designer.services.history import PRINTED, PrintHistory
from designer.services.printing import PrintJob
from designer.services.store import Store
from tests.qt_helpers import EventLoopGaps, click_dock_tab

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot, app_dirs, no_modal_dialogs, simulator, tmp_path):
    application()
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01, read_timeout=3)
    w = MainWindow(link=CloudLink(client), store=Store(tmp_path / "x.sqlite3"))
    w.printing.orders.timer.setInterval(100)
    w.show()
    yield w
    w.doc.undo_stack.setClean()
    w.close()
    client.close()


def _state_text(window, sn: str) -> str:
    table = window.printing.printers.table
    for row in range(table.rowCount()):
        if table.item(row, 1).text() == sn:
            return table.item(row, 2).text()
    return ""


def test_add_a_printer_and_see_its_state_arrive(window, qtbot, world) -> None:
    panel = window.printing.printers
    panel.add_printer("NEW1", "Front desk")
    qtbot.waitUntil(lambda: _state_text(window, "NEW1") == "online", timeout=5000)
    assert world.printers["NEW1"].owner == "demo"
    assert [p.sn for p in panel.saved()] == ["NEW1"]
    assert panel.table.item(0, 3).text() == "V1.2.7"


def test_a_state_change_in_the_cloud_reaches_the_panel(window, qtbot, world) -> None:
    window.printing.printers.printers.add("P1", "Kitchen")
    window.printing.printers.refresh()
    qtbot.waitUntil(lambda: _state_text(window, "P1") == "online", timeout=5000)
    world.set_state("P1", PrinterState.ABNORMAL)
    window.printing.printers.refresh()
    qtbot.waitUntil(lambda: _state_text(window, "P1").startswith("abnormal"), timeout=5000)


def test_print_becomes_an_order_that_is_printed_in_the_history(
    window, qtbot, world, fixtures
) -> None:
    window.printing.printers.printers.add("P1", "Kitchen")
    window.doc.reset(read(fixtures / "spec_request_example.xml"), fixtures / "x.xml")
    window.printing.send(window.doc.page, PrintJob("P1", copies=2), "x.xml", "x.xml")
    assert window.printing.busy.isVisible()  # the job runs in the background, with progress
    history = window.printing.history
    qtbot.waitUntil(
        lambda: bool(history.entries) and history.entries[-1].state == PRINTED, timeout=5000
    )
    entry = history.entries[-1]
    assert (entry.printer, entry.copies, entry.order_id in world.orders) == ("Kitchen", 2, True)
    assert not window.printing.busy.isVisible()
    click_dock_tab(window, "Print history")
    assert window.printing.orders.table.item(0, 5).text() == "printed"
    again = PrintHistory(Store(history.store.path))
    assert again.entries == history.entries  # survives a restart
    window.doc.reset(read(fixtures / "spec_full_example.xml"), None)  # another document open
    window.printing.reprint(entry)
    qtbot.waitUntil(
        lambda: len(history.entries) == 2 and history.entries[-1].state == PRINTED, timeout=5000
    )
    reprinted = world.orders[history.entries[-1].order_id]
    assert read(reprinted.content) == read(fixtures / "spec_request_example.xml")


def test_an_offline_printer_refuses_or_queues(window, qtbot, world, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(window.printing, "_refuse", lambda title, text: shown.append(text))
    window.printing.printers.printers.add("P2", "Bar")
    page = window.doc.page
    window.printing.send(page, PrintJob("P2", mode=0), "a", "a")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "Bar is offline, so nothing was printed" in shown[0]
    assert "“Queue until it is back”" in shown[0]  # the dialog's own words, not "mode 1"
    assert window.printing.history.entries[-1].state == "refused"
    window.printing.send(page, PrintJob("P2", mode=1), "a", "a")
    qtbot.waitUntil(lambda: window.printing.history.entries[-1].order_id != "", timeout=5000)
    order_id = window.printing.history.entries[-1].order_id
    assert world.orders[order_id].state == "queued"
    world.set_state("P2", PrinterState.ONLINE)
    qtbot.waitUntil(lambda: window.printing.history.entries[-1].state == PRINTED, timeout=5000)


def test_print_dialog_counts_labels_and_builds_the_job(window, fixtures) -> None:
    window.printing.printers.printers.add("P1", "Kitchen")
    window.doc.reset(read(fixtures / "spec_full_example.xml"), None)
    dialog = window.printing.open_print_dialog("P1")
    assert dialog.count.text() == "Labels to print: 4"  # 1 + 1 + label 3 c=2
    dialog.copies.setValue(3)
    assert dialog.count.text() == "Labels to print: 8"
    dialog.queue.setChecked(True)
    dialog.as_image.setChecked(True)
    assert dialog.job() == PrintJob("P1", copies=3, mode=1, as_image=True)
    dialog.reject()


def test_the_window_stays_responsive_while_the_cloud_stalls(window, qtbot, simulator) -> None:
    window.printing.printers.printers.add("P1", "Kitchen")
    simulator.inject("queryPrinterStatus", "stall:1.5")
    gaps = EventLoopGaps()
    window.printing.printers.refresh()
    qtbot.waitUntil(lambda: _state_text(window, "P1") == "online", timeout=5000)  # after 1.5 s
    gaps.stop()
    assert len(gaps.gaps) > 100  # the loop ran all along, 5 ms ticks
    assert gaps.largest < 0.1, f"the GUI thread stalled {gaps.largest * 1000:.0f} ms"


def _wait_text(qtbot, label, contains: str) -> None:
    qtbot.waitUntil(lambda: contains in label.text(), timeout=5000)


def test_account_dialog_tells_wrong_key_unknown_user_and_unreachable(
    window, qtbot, simulator
) -> None:
    from designer.qt.dialogs.account import AccountDialog

    dialog = AccountDialog(window.printing.link, window)
    dialog.base_url.setText(simulator.base_url)
    dialog.user.setText("demo")
    dialog.key.setText("wrong")
    dialog.test()
    _wait_text(qtbot, dialog.result, "Wrong UserKEY")
    dialog.user.setText("nobody")
    dialog.test()
    _wait_text(qtbot, dialog.result, "Unknown user")
    dialog.user.setText("demo")
    dialog.key.setText("demo-key")
    dialog.test()
    _wait_text(qtbot, dialog.result, "Connected")
    dialog.base_url.setText("http://127.0.0.1:9/api")
    dialog.test()
    _wait_text(qtbot, dialog.result, "cannot be reached")
    assert "demo-key" not in dialog.result.text()
    dialog.reject()


def test_logo_dialog_refuses_oversized_and_uploads(window, qtbot, world, tmp_path) -> None:
    from PIL import Image

    from designer.model import Bitmap
    from designer.qt.dialogs.logo import LogoDialog
    from designer.services.logos import LogoStore

    logos = LogoStore(window.printing.store, tmp_path / "logos")
    window.printing.logos = logos
    dialog = LogoDialog(window.printing.link, logos, "P1", window)
    big = tmp_path / "big.bmp"
    Image.new("L", (800, 800), 0).save(big)
    assert not dialog.choose(big)
    assert "at most 500 KB" in dialog.status.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    small = tmp_path / "logo.png"
    Image.new("L", (40, 40), 0).save(small)  # square: unlike the 2:1 placeholder
    assert dialog.choose(small)
    assert "5 of today's 5 uploads left" in dialog.status.text()
    assert dialog.preview.pixmap().width() == 200
    window.doc.set_elements((Bitmap(x=1, y=1, w=80),), "logo")
    placeholder = window.scene.items_by_index[0].pixmap().height()
    dialog.uploaded.connect(window.printing._logo_uploaded)
    dialog.upload()
    qtbot.waitUntil(lambda: world.printers["P1"].logo == small.read_bytes(), timeout=5000)
    qtbot.waitUntil(lambda: logos.uploads_today("P1") == 1, timeout=5000)
    assert window.scene.items_by_index[0].pixmap().height() != placeholder  # the real logo now


def test_voice_reply_from_the_panel(window, qtbot, world) -> None:
    window.printing.printers.send_voice("P1", "取餐 42")
    qtbot.waitUntil(lambda: world.printers["P1"].voice == ["取餐 42"], timeout=5000)


def test_the_demo_prints_refuses_and_shows_what_printed(
    qtbot, app_dirs, no_modal_dialogs, monkeypatch
) -> None:
    from designer.qt.app import demo_window
    from designer.qt.demo import Weather, start_demo

    application()
    demo = start_demo()
    window = demo_window(demo)
    try:
        panel = window.printing.printers
        qtbot.waitUntil(
            lambda: (
                [_state_text(window, p.sn) for p in panel.saved()]
                == ["online", "offline", "abnormal (out of paper?)"]
            ),
            timeout=5000,
        )
        assert window.doc.page.labels and window.account_label.text().startswith("Account: demo")
        kitchen, bar = (p.sn for p in panel.saved()[:2])
        window.printing.send(window.doc.page, PrintJob(kitchen), "sample", "sample")
        history = window.printing.history
        qtbot.waitUntil(
            lambda: bool(history.entries) and history.entries[-1].state == PRINTED, timeout=8000
        )
        panel.fill()
        assert "Orders printed: 1" in panel.table.item(0, 0).toolTip()
        refused = []
        monkeypatch.setattr(window.printing, "_refuse", lambda t, text: refused.append(text))
        window.printing.send(window.doc.page, PrintJob(bar), "sample", "sample")
        qtbot.waitUntil(lambda: bool(refused), timeout=5000)
        assert "is offline, so nothing was printed" in refused[0]
        world = demo.simulator.world
        before = [world.printers[p.sn].state for p in panel.saved()]
        Weather(demo, window, interval_ms=3_600_000).change()
        after = [world.printers[p.sn].state for p in panel.saved()]
        assert before[0] == after[0] and before[1:] != after[1:]  # one of the other two changed
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        demo.stop()


def test_an_unknown_outcome_shows_in_the_history_and_the_retry_never_prints_twice(
    window, qtbot, world, simulator, fixtures
) -> None:
    window.printing.printers.printers.add("P1", "Kitchen")
    window.doc.reset(read(fixtures / "spec_request_example.xml"), None)
    simulator.inject("printLabel", "drop", "drop", "drop")  # accepted; every answer lost
    window.printing.send(window.doc.page, PrintJob("P1"), "x.xml", "x.xml")
    printing = window.printing
    qtbot.waitUntil(lambda: printing.question is not None and printing.question.isVisible())
    history = printing.history
    assert history.entries[-1].state == "unknown"
    click_dock_tab(window, "Print history")
    assert printing.orders.table.item(0, 5).text() == "unknown: check the printer and its queue"
    assert "outcome unknown" in printing.question.text()
    retry = next(b for b in printing.question.buttons() if b.text() == "Try again")
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.entries[-1].state == PRINTED, timeout=5000)
    assert len(world.orders) == 1 and len(history.entries) == 1
    assert "already accepted earlier" in window.statusBar().currentMessage()


def test_reprint_from_the_history_prints_again_the_same_way(window, qtbot, world, fixtures) -> None:
    window.doc.reset(read(fixtures / "spec_full_example.xml"), None)
    window.printing.send(window.doc.page, PrintJob("P2", mode=1, as_image=True), "a", "a")
    history = window.printing.history
    qtbot.waitUntil(lambda: len(history.entries) == 3, timeout=5000)
    qtbot.waitUntil(lambda: history.entries[-1].order_id != "", timeout=5000)
    window.printing.reprint(history.entries[0])  # printed on purpose again: a new job
    qtbot.waitUntil(lambda: len(world.orders) == 6, timeout=5000)
    assert {(o.kind, o.mode) for o in world.orders.values()} == {("image", 1)}


def test_the_history_shows_what_the_command_line_printed(
    qtbot, env, world, no_modal_dialogs, fixtures
) -> None:
    from designer.cli import main

    application()
    client = XpyunClient("demo", "demo-key", env.base_url, backoff=0.01)
    w = MainWindow(link=CloudLink(client), store=Store.open_default())
    w.printing.orders.timer.setInterval(50)
    w.show()
    click_dock_tab(w, "Print history")  # the history fills when it shows
    try:
        assert main(["print", str(fixtures / "spec_request_example.xml"), "--sn", "P1"]) == 0
        table = w.printing.orders.table
        qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
        assert table.item(0, 4).text() == next(iter(world.orders))
    finally:
        w.doc.undo_stack.setClean()
        w.close()
        client.close()


def test_account_dialog_refuses_a_bad_base_url(window, qtbot) -> None:
    from designer.qt.dialogs.account import AccountDialog
    from designer.services.settings import Settings

    dialog = AccountDialog(window.printing.link, window)
    dialog.user.setText("demo")
    dialog.key.setText("k")
    dialog.base_url.setText("http://127.0.0.1:PORT/api/openapi/sprinter")
    dialog.test()
    assert "port 'PORT'" in dialog.result.text()
    dialog.save()
    assert "port 'PORT'" in dialog.result.text()
    assert Settings.load().base_url == "" and Settings.load().user == ""
    dialog.reject()


def test_adding_a_printer_the_cloud_did_not_add_says_so(window, qtbot, simulator) -> None:
    panel = window.printing.printers
    said: list[str] = []
    panel.message.connect(said.append)
    simulator.inject("verifyPrinter", 'answer:{"code":0,"msg":"ok","data":false}')
    panel.add_printer("NEW1", "Front desk")
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "did not add printer NEW1" in said[0]
    assert panel.saved() == []
