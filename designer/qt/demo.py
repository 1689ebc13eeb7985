"""`xplabel --demo`: the simulated cloud in-process, a demo account with three printers (one
online, one offline, one out of paper, whose states change now and then) and a sample label,
so a newcomer can try everything without an Xpyun account. Nothing of the user's own account,
printer list or history is touched: the demo keeps its files in a temporary folder.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer

from designer.cloud.client import XpyunClient
from designer.cloud.models import PrinterState
from designer.cloud.simulator import Simulator
from designer.cloud.simulator.demo import (
    DEMO_USER,
    demo_key,
    demo_world,
    simulated_sn,
)
from designer.paths import resource_path
from designer.services.printers import PrinterList
from designer.services.store import Store

CHURN_MS = 20_000
NAMES = (
    QT_TRANSLATE_NOOP("Demo", "Kitchen"),
    QT_TRANSLATE_NOOP("Demo", "Bar"),
    QT_TRANSLATE_NOOP("Demo", "Store room"),
)
"""The demo printers' names (in the interface's language)."""
WHAT_PRINTED = {
    "label": QT_TRANSLATE_NOOP("Demo", "label XML"),
    "image": QT_TRANSLATE_NOOP("Demo", "an image"),
    "url": QT_TRANSLATE_NOOP("Demo", "a TXT file"),
    "logo": QT_TRANSLATE_NOOP("Demo", "a logo proof"),
}


@dataclass
class Demo:
    """A running demo: its cloud, client, and its own store (printers, journal, history)."""

    simulator: Simulator
    client: XpyunClient
    store: Store
    folder: tempfile.TemporaryDirectory
    sample: Path

    def printed_info(self, sn: str) -> str:
        """What printer `sn` printed last, for the panel's tooltip."""
        printed = self.simulator.world.printed(sn)
        if not printed:
            return QCoreApplication.translate("Demo", "Printed nothing yet")
        last = printed[-1]
        what, count = WHAT_PRINTED.get(last.kind), len(printed)
        text = QCoreApplication.translate(
            "Demo", "Orders printed: %n; the last, %1: %2, copies: %3", "", count
        )
        return (
            text.replace("%1", last.id)
            .replace("%2", QCoreApplication.translate("Demo", what) if what else last.kind)
            .replace("%3", str(last.copies))
        )

    def stop(self) -> None:
        """Shut the simulated cloud and remove the demo's files."""
        self.client.close()
        self.simulator.stop()
        self.store.close()
        self.folder.cleanup()


def start_demo() -> Demo:
    """Start the simulator with the demo account and its three printers already added."""
    key = demo_key()
    world = demo_world(key)
    folder = tempfile.TemporaryDirectory(prefix="xplabel-demo-")
    store = Store(Path(folder.name) / "demo.sqlite3")
    printers = PrinterList(store)
    for i, english in enumerate(NAMES, start=1):
        sn = simulated_sn(i)
        name = QCoreApplication.translate("Demo", english)
        world.printers[sn].name = name  # the cloud's name for it, as the user reads it
        printers.add(sn, name)
    simulator = Simulator(world).start()
    client = XpyunClient(DEMO_USER, key, simulator.base_url)
    return Demo(simulator, client, store, folder, resource_path("samples/price_label.xml"))


class Weather(QObject):
    """Now and then the offline printer comes back (or goes again) and paper runs out or is
    refilled, so the printer panel has something to show."""

    def __init__(self, demo: Demo, parent: QObject | None = None, interval_ms: int = CHURN_MS):
        super().__init__(parent)
        self.demo = demo
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.change)
        self.timer.start(interval_ms)

    def change(self) -> None:
        """Turn one of the second and third printers to another state."""
        sn = simulated_sn(random.choice((2, 3)))
        world = self.demo.simulator.world
        states = [s for s in PrinterState if s is not world.printers[sn].state]
        world.set_state(sn, random.choice(states))
