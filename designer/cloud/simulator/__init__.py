"""A simulated Xpyun cloud: a real HTTP server that behaves like the platform (tests, --demo)."""

from designer.cloud.simulator.server import Simulator
from designer.cloud.simulator.world import Order, Refusal, SimPrinter, World

__all__ = ["Order", "Refusal", "SimPrinter", "Simulator", "World"]
