"""Small helpers for the benchmarks (not part of the test run): timing, a simulator process."""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def median_seconds(
    fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> float:
    """Median wall time of `fn` over `repeat` runs (`setup` runs untimed before each)."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def alternate(
    fns: dict[str, Callable[[], object]],
    repeat: int,
    setup: Callable[[], object] | None = None,
    gc_off: bool = True,
) -> dict[str, float]:
    """Median wall time of each function, run in turn (a, b, a, b, ...) so noise hits all alike.

    As timeit does, the garbage collector is off while a function runs (and a collection runs
    before each), so one function's garbage is not collected on another's time; `gc_off=False`
    leaves it on, as in a running program.
    """
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            if setup is not None:
                setup()
            gc.collect()
            if gc_off:
                gc.disable()
            try:
                start = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - start)
            finally:
                gc.enable()
    return {name: statistics.median(values) for name, values in times.items()}


@contextmanager
def simulator_process(printers: int, key: str, latency: float) -> Iterator[str]:
    """`xplabel simulator` in its own process, as a remote cloud would be; yields its URL."""
    command = [sys.executable, "-m", "designer", "simulator", "--printers", str(printers)]
    command += ["--key", key, "--latency", str(latency)]
    sim = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        yield sim.stdout.readline().split(" at ", 1)[1].strip()
    finally:
        sim.terminate()
        sim.wait(5)
        sim.stdout.close()
