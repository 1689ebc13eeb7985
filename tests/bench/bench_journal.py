"""Benchmark: what the print journal costs per print.

Target (issue 11): at most 2 ms per print request. 1,000 prints of a one-label document through
`send_job` against the simulator (its own process, no added latency), journaled (a SQLite store
in a temporary folder: look up the job, write the job, the intent, the outcome) and not
journaled, alternating in rounds of 50 so that noise falls on both alike; then the journal's
writes alone, without the network, over the same number of prints.
Run: python -m tests.bench.bench_journal
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from designer.cloud import XpyunClient
from designer.cloud.simulator.demo import simulated_sn
from designer.services.journal import ACCEPTED, PrintJournal
from designer.services.sending import OrderRequest, job_key, send_job
from designer.services.store import Store
from tests.bench.timing import simulator_process

PRINTS = 1000
ROUND = 50
KEY = "bench-key"
LABEL = '<PAGE w="40" l="30"><LABEL id="1"><TEXT x="1" y="1">{n}</TEXT></LABEL></PAGE>'


def _order(n: int) -> OrderRequest:
    fields = {"sn": simulated_sn(1), "content": LABEL.format(n=n), "copies": 1, "mode": 0}
    return OrderRequest("printLabel", fields, "label XML")


def main() -> None:
    with simulator_process(1, KEY, 0.0) as url, tempfile.TemporaryDirectory() as folder:
        client = XpyunClient("demo", KEY, url)
        client.verify_printer(simulated_sn(1), "bench")
        journal = PrintJournal(Store(Path(folder) / "bench.sqlite3"))
        times: dict[str, list[float]] = {"journaled": [], "plain": []}
        for n in range(20):  # warm up the connection, the store and the simulator
            send_job(client, journal, [_order(-n)], document="warm", printer="bench")
            send_job(client, None, [_order(-n)], document="warm", printer="bench")
        n = 0
        while n < PRINTS:
            for name, where in (("journaled", journal), ("plain", None)):
                start = time.perf_counter()
                for i in range(ROUND):
                    outcome = send_job(
                        client, where, [_order(n + i)], document="bench", printer="bench"
                    )
                    assert outcome.sent[0].state == ACCEPTED
                times[name].append((time.perf_counter() - start) / ROUND)
            n += ROUND
        journaled = statistics.median(times["journaled"]) * 1000
        plain = statistics.median(times["plain"]) * 1000
        print(f"{PRINTS} prints each way, simulator in its own process, no added latency")
        print(f"  without the journal   {plain:6.2f} ms per print   1.00x")
        print(f"  with the journal      {journaled:6.2f} ms per print   {journaled / plain:.2f}x")
        print(f"  journal overhead      {journaled - plain:6.2f} ms per print (target 2 ms)")

        start = time.perf_counter()
        for i in range(PRINTS):  # the journal's own work for one print, without the network
            order = _order(10**6 + i)
            key = job_key([order])
            journal.last_run(key)
            job = journal.new_job(key, order.fields["sn"], "bench", "bench", 1)
            row = journal.intent(job, 0, order.what, order.digest(), 1, 0, f"v{i}", time.time())
            journal.outcome(row, ACCEPTED, f"O{i}")
        alone = (time.perf_counter() - start) / PRINTS * 1000
        print(f"  journal writes alone  {alone:6.2f} ms per print (lookup, job, intent, outcome)")
        client.close()


if __name__ == "__main__":
    main()
