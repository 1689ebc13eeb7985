"""Benchmark: the printer panel refreshing 200 printers on the simulator (its own process, 20 ms
per answer), and the GUI thread's largest gap meanwhile.

Targets (issue 6): a full refresh completes in at most 2 s; the GUI thread never stalls for more
than 50 ms. Run: python -m tests.bench.bench_printer_panel
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from designer.cloud import XpyunClient
from designer.cloud.simulator.demo import simulated_sn
from designer.qt.app import application
from designer.qt.cloud_link import CloudLink
from designer.qt.panels.printers import PrinterPanel
from designer.services.printers import PrinterList
from designer.services.store import Store
from tests.bench.timing import simulator_process
from tests.qt_helpers import EventLoopGaps

PRINTERS = 200


def main() -> None:
    application()
    with simulator_process(PRINTERS, "k", 0.02) as url, tempfile.TemporaryDirectory() as folder:
        client = XpyunClient("demo", "k", url)
        printers = PrinterList(Store(Path(folder) / "bench.sqlite3"))
        for i in range(1, PRINTERS + 1):
            client.verify_printer(simulated_sn(i), f"p{i}")
            printers.add(simulated_sn(i), f"p{i}")
        panel = PrinterPanel(CloudLink(client), printers, interval_ms=3_600_000)
        panel.show()
        gaps = EventLoopGaps()
        start = time.perf_counter()
        panel.refresh()
        while panel.in_flight and time.perf_counter() - start < 30:
            QApplication.processEvents()
            time.sleep(0.001)
        took = time.perf_counter() - start
        gaps.stop()
        shown = sum(
            1
            for r in range(panel.table.rowCount())
            if panel.table.item(r, 2).text() in ("online", "offline")
            or panel.table.item(r, 2).text().startswith("abnormal")
        )
        print(f"{PRINTERS} printers, 20 ms per answer, 8 in flight")
        print(f"full panel refresh            {took:6.2f} s (target 2 s); {shown} rows live")
        print(f"largest GUI event-loop gap    {gaps.largest * 1000:6.1f} ms (target 50 ms)")
        panel.stop()
        panel.link.stop()


if __name__ == "__main__":
    main()
