"""Benchmark: `printer list` over 200 printers on the simulator, 8 in flight vs one by one.

Target (issue 4): at most 2 s with at most 8 requests in flight. The simulator runs in its own
process (`xplabel simulator`), as a remote cloud would, so client and server do not share a GIL;
it is measured with no added latency and with 20 ms per answer, like a distant cloud.
Run: python -m tests.bench.bench_printers
"""

from __future__ import annotations

import time

from designer.cloud import XpyunClient
from designer.cloud.simulator.demo import simulated_sn
from designer.services import fleet
from designer.services.printers import SavedPrinter
from tests.bench.timing import simulator_process

PRINTERS = 200
KEY = "bench-key"


def measure(latency: float) -> None:
    """Time the list with the simulator answering after `latency` seconds."""
    with simulator_process(PRINTERS, KEY, latency) as url:
        client = XpyunClient("demo", KEY, url)
        printers = [SavedPrinter(simulated_sn(i), f"p{i}", "") for i in range(1, PRINTERS + 1)]
        for p in printers:
            client.verify_printer(p.sn, p.name)
        fleet.reports(client, printers[:10])  # warm the connection pool
        start = time.perf_counter()
        sequential = fleet.reports(client, printers, max_in_flight=1)
        one_by_one = time.perf_counter() - start
        start = time.perf_counter()
        concurrent = fleet.reports(client, printers, max_in_flight=fleet.MAX_IN_FLIGHT)
        eight = time.perf_counter() - start
        assert all(r.error is None for r in sequential + concurrent)
        assert [r.sn for r in concurrent] == [p.sn for p in printers]
        print(f"network latency {latency * 1000:.0f} ms per answer:")
        print(f"  one by one     {one_by_one:6.2f} s   1.00x")
        print(f"  {fleet.MAX_IN_FLIGHT} in flight    {eight:6.2f} s   {eight / one_by_one:.2f}x")


def main() -> None:
    print(f"{PRINTERS} printers, 2 requests each (status + queue), simulator in its own process")
    for latency in (0.0, 0.02):
        measure(latency)


if __name__ == "__main__":
    main()
