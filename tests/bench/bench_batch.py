"""Benchmark: a 10,000-label batch against the simulator in its own process (20 ms per answer,
one printer), sent by the window (planned and committed on workers, sent on the CloudLink pool)
and by the service alone (the command line's path), alternating; and stepping through records
in the window.

Targets (issue 14): every order accepted within 5 s; every order under the content limit; the
GUI thread never stalled more than 50 ms while the window plans and sends; at most 16 ms per
record step (a click on the navigator's > until the canvas, preview and problems show it).
Run: python -m tests.bench.bench_batch
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from designer.cloud import XpyunClient
from designer.cloud.simulator.demo import simulated_sn
from designer.merge import bind, load_template, read_table
from designer.qt.app import application
from designer.qt.cloud_link import CloudLink
from designer.qt.main_window import MainWindow
from designer.services.batch_plan import ORDER_BUDGET_BYTES, BatchOptions, make_source
from designer.services.batch_send import send_batch
from designer.services.batches import Batches, commit_plan, find_or_plan
from designer.services.store import Store
from tests.bench.bench_merge import TEMPLATE, write_csv
from tests.bench.timing import simulator_process
from tests.qt_helpers import EventLoopGaps

LABELS = 10_000
SN = simulated_sn(1)
RUNS = 2


def _wait(condition, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise AssertionError("timed out")
        QApplication.processEvents()
        time.sleep(0.001)


def service_run(url: str, folder: Path, template: Path, data: Path) -> tuple[float, float, int]:
    """Plan, commit and send with the services alone: (plan s, send s, largest order)."""
    store = Store(folder / "service.sqlite3")
    batches = Batches(store)
    loaded = load_template(template)
    table = read_table(data)
    start = time.perf_counter()
    binding = bind(loaded.template, table, loaded.settings)
    source = make_source(
        binding, table.records, loaded.result.instructions, template_path=str(template),
        data_path=data,
    )  # fmt: skip
    _, planned = find_or_plan(batches, source, BatchOptions(SN))
    info = commit_plan(batches, source, BatchOptions(SN), planned.plan)
    planned_at = time.perf_counter()
    client = XpyunClient("demo", "k", url)
    outcome = send_batch(client, batches, info.id)
    sent_at = time.perf_counter()
    assert outcome.complete and outcome.progress.labels_sent == LABELS
    largest = max(len(o.content.encode("utf-8")) for o in planned.plan.orders)
    client.close()
    store.close()
    return planned_at - start, sent_at - planned_at, largest


def window_run(url: str, folder: Path, template: Path) -> tuple[float, float, float, int]:
    """The same through the window: (plan s, send s, largest GUI gap s, orders)."""
    client = XpyunClient("demo", "k", url)
    window = MainWindow(link=CloudLink(client), store=Store(folder / "window.sqlite3"))
    window.printing.printers.printers.add(SN, "Kitchen")
    window.show()
    window.files.load(template)
    _wait(lambda: window.data.connection.connected)
    gaps = EventLoopGaps()
    start = time.perf_counter()
    dialog = window.batches.open_dialog(SN)
    _wait(lambda: dialog.print_button.isEnabled())
    planned_at = time.perf_counter()
    QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    _wait(lambda: window.batches.progress is not None)
    progress = window.batches.progress
    _wait(
        lambda: (
            progress.accepted.value() == progress.accepted.maximum()
            and progress.accepted.maximum() > 1
        )
    )
    sent_at = time.perf_counter()
    gaps.stop()
    orders = progress.accepted.maximum()
    window.printing.stop()
    window.doc.undo_stack.setClean()
    window.close()
    client.close()
    return planned_at - start, sent_at - planned_at, gaps.largest, orders


def stepping(folder: Path, template: Path, steps: int = 200) -> list[float]:
    """Seconds per click on the navigator's >, until the window has shown the record."""
    window = MainWindow(store=Store(folder / "steps.sqlite3"))
    window.show()
    window.files.load(template)
    _wait(lambda: window.data.connection.connected)
    QApplication.processEvents()
    button = window.data.navigator.next
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        QApplication.processEvents()  # the debounced preview and problems run here
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    window.doc.undo_stack.setClean()
    window.close()
    return times


def main() -> None:
    application()
    with simulator_process(1, "k", 0.02) as url, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template, data = folder / "t.xml", folder / "products.csv"
        template.write_text(
            TEMPLATE.replace("<?xplabel", '<?xplabel-merge data="products.csv"?>\n<?xplabel', 1),
            "utf-8",
        )
        write_csv(data)
        XpyunClient("demo", "k", url).verify_printer(SN, "Kitchen")
        print(f"{LABELS:,}-label batch, simulator in its own process, 20 ms per answer")
        for run in range(RUNS):
            plan, send, largest = service_run(url, folder, template, data)
            print(
                f"run {run + 1} service: plan {plan:5.2f} s, send {send:5.2f} s "
                f"(target 5 s); largest order {largest:,} B (budget {ORDER_BUDGET_BYTES:,})"
            )
            plan_w, send_w, gap, orders = window_run(url, folder, template)
            print(
                f"run {run + 1} window:  plan {plan_w:5.2f} s, send {send_w:5.2f} s "
                f"({orders} orders, {send_w / send:.2f}x the service); largest GUI gap "
                f"{gap * 1000:5.1f} ms (target 50 ms)"
            )
        times = stepping(folder, template)
        print(
            f"record steps ({len(times)}): median {statistics.median(times) * 1000:5.1f} ms, "
            f"max {max(times) * 1000:5.1f} ms (target 16 ms)"
        )


if __name__ == "__main__":
    main()
