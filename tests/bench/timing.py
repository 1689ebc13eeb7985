"""Small timing helpers for the benchmarks (not part of the test run)."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


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
