"""The demo world: one account and a few printers (the 2nd offline, the 3rd out of paper), for
`xplabel simulator` and the window's `--demo` alike."""

from __future__ import annotations

import secrets

from designer.cloud.models import PrinterState
from designer.cloud.simulator.world import World

DEMO_USER = "demo"
DEMO_NAMES = ("Kitchen", "Bar", "Store room")
"""The names of the demo's first printers, already added to the demo account by `--demo`."""


def demo_key() -> str:
    """A fresh key for the demo account (a simulator key, not a secret)."""
    return secrets.token_hex(16)


def simulated_sn(i: int) -> str:
    """The serial number of the i-th simulated printer (15 characters, as real ones)."""
    return f"XPSIM{i:010d}"


def build_world(user: str, key: str, printers: int, print_seconds: float) -> World:
    """A world with one account and `printers` printers: the 2nd offline, the 3rd out of paper."""
    world = World(print_seconds=print_seconds)
    world.add_account(user, key)
    states = {2: PrinterState.OFFLINE, 3: PrinterState.ABNORMAL}
    for i in range(1, printers + 1):
        world.add_printer(simulated_sn(i), state=states.get(i, PrinterState.ONLINE))
    return world


def demo_world(key: str, print_seconds: float = 1.0) -> World:
    """The window's demo: the demo account with its three printers already added and named."""
    world = build_world(DEMO_USER, key, len(DEMO_NAMES), print_seconds)
    for i, name in enumerate(DEMO_NAMES, start=1):
        printer = world.printers[simulated_sn(i)]
        printer.owner, printer.name = DEMO_USER, name
    return world
