"""Batch printing as a service (issue 14, phase 2), against the simulated cloud as a real server:
orders under the platform's limit and in row order, idempotency values derived from the batch,
resume after a failure mid-batch, cancel, serial numbers that persist, are never burnt and
never printed twice."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from designer.cloud import XpyunClient
from designer.cloud.errors import AddOrderFailedError
from designer.cloud.models import PrinterState
from designer.labelxml import read, write
from designer.merge import bind, load_template, read_table
from designer.services.batch_plan import (
    ORDER_BUDGET_BYTES,
    BatchOptions,
    identity,
    make_source,
    plan_batch,
)
from designer.services.batch_send import poll_printed, send_batch
from designer.services.batches import (
    CANCELLED,
    DONE,
    BatchBusyError,
    Batches,
    commit_plan,
    find_or_plan,
)
from designer.services.store import Store
from tests.batch_helpers import idempotent_values, make_template, printed_labels, printed_serials


def _source(folder: Path, rows: int, **kwargs):
    template_path, data = make_template(folder, rows, **kwargs)
    template = load_template(template_path)
    table = read_table(data)
    binding = bind(template.template, table, template.settings)
    return make_source(
        binding,
        table.records,
        template.result.instructions,
        template_path=str(template_path),
        data_path=data,
    )


def _start(batches: Batches, source, options: BatchOptions):
    found, planned = find_or_plan(batches, source, options)
    if found is not None:
        return found
    assert planned.plan is not None, planned.problems
    return commit_plan(batches, source, options, planned.plan)


@pytest.fixture
def batches(tmp_path: Path) -> Batches:
    store = Store(tmp_path / "store.sqlite3")
    yield Batches(store)
    store.close()


def test_a_big_batch_is_cut_under_the_limit_in_row_order_and_prints_once(
    tmp_path, batches, client, world
) -> None:
    source = _source(tmp_path, 1500, long=True)
    info = _start(batches, source, BatchOptions("P1"))
    orders = batches.orders(info.id)
    assert len(orders) > 10
    assert all(len(o.content.encode("utf-8")) <= ORDER_BUDGET_BYTES for o in orders)
    for order in orders:  # each order is plain label XML, as the writer writes it
        assert write(read(order.content)) == order.content
    outcome = send_batch(client, batches, info.id)
    assert outcome.complete and outcome.progress.labels_sent == 1500
    assert printed_labels(world, "P1") == [f"Item {i:05d}" + " with a rather long description" * 3
                                           for i in range(1, 1501)]  # fmt: skip
    assert printed_serials(world, "P1") == list(range(1, 1501))
    assert batches.get(info.id).state == DONE


def test_the_simulator_refuses_an_order_over_the_platforms_field(client, world) -> None:
    page = read(_big_label_xml())
    with pytest.raises(AddOrderFailedError):
        client.print_label("P1", write(page))
    assert not world.orders


def _big_label_xml() -> str:
    labels = "".join(
        f'<LABEL id="{i}"><TEXT x="1" y="1">{"x" * 200}</TEXT></LABEL>' for i in range(1, 400)
    )
    return f'<PAGE w="60" l="40">{labels}</PAGE>'


def test_idempotency_values_come_from_the_batch_and_the_order(
    tmp_path, batches, client, world
) -> None:
    source = _source(tmp_path, 600, long=True)
    info = _start(batches, source, BatchOptions("P1"))
    send_batch(client, batches, info.id)
    values = idempotent_values(world)
    assert values == [f"xpl-{info.id}-{n}" for n in range(info.orders)]
    assert all(len(v) <= 50 for v in values)


def test_orders_read_without_content_are_the_same_orders(tmp_path, batches) -> None:
    info = _start(batches, _source(tmp_path, 600, long=True), BatchOptions("P1"))
    full, light = batches.orders(info.id), batches.orders(info.id, content=False)
    assert len(full) > 1 and all(o.content for o in full)
    assert light == [replace(o, content="") for o in full]


def test_the_same_rows_plan_the_same_bytes_and_the_same_identity(tmp_path, batches) -> None:
    source = _source(tmp_path, 300)
    options = BatchOptions("P1", copies=2)
    plans = [plan_batch(source, options, {"serial": 41}).plan for _ in range(2)]
    assert [o.content for o in plans[0].orders] == [o.content for o in plans[1].orders]
    assert identity(source, options) == identity(_source(tmp_path / "b", 300), options)
    assert identity(source, options) != identity(source, BatchOptions("P1", copies=3))
    assert identity(source, options) != identity(source, BatchOptions("P2", copies=2))


def test_a_failure_mid_batch_then_a_resume_prints_each_label_once(
    tmp_path, batches, client, world, simulator
) -> None:
    source = _source(tmp_path, 900, long=True)
    info = _start(batches, source, BatchOptions("P1"))
    simulator.inject("printLabel", "ok", "ok", "ok", "drop", "drop", "drop")  # order 4 lost
    first = send_batch(client, batches, info.id)
    assert not first.complete and first.failed.state == "unknown"
    assert first.progress.orders_accepted == 3
    assert batches.get(info.id).state == "open"
    again = _start(batches, source, BatchOptions("P1"))  # the same batch is found again
    assert again.id == info.id
    second = send_batch(client, batches, info.id)
    assert second.complete
    assert [s.note for s in second.job.sent][:4] == ["earlier"] * 3 + ["found"]
    assert printed_serials(world, "P1") == list(range(1, 901))


def test_cancel_stops_sending_and_burns_no_serial_number(tmp_path, batches, client, world) -> None:
    source = _source(tmp_path, 900, long=True)
    info = _start(batches, source, BatchOptions("P1"))
    seen = []

    def stop_after_two() -> bool:  # the user clicks Cancel once two orders are accepted
        return seen[-1].orders_accepted >= 2

    outcome = send_batch(client, batches, info.id, cancelled=stop_after_two, progress=seen.append)
    assert outcome.cancelled and outcome.progress.orders_accepted == 2
    assert batches.get(info.id).state == CANCELLED
    sent = outcome.progress.labels_sent
    assert printed_serials(world, "P1") == list(range(1, sent + 1))
    rerun = _start(batches, source, BatchOptions("P1"))  # a new batch: it goes on from there
    assert rerun.id != info.id and rerun.counter_starts["serial"][0] == sent + 1


def test_a_refused_batch_burns_no_number_and_resumes_with_the_same_serials(
    tmp_path, batches, client, world
) -> None:
    world.set_state("P1", PrinterState.OFFLINE)
    source = _source(tmp_path, 20)
    info = _start(batches, source, BatchOptions("P1"))
    outcome = send_batch(client, batches, info.id)
    assert outcome.failed.state == "refused" and not world.orders
    assert batches.store.query("SELECT * FROM counters") == []  # nothing advanced
    world.set_state("P1", PrinterState.ONLINE)
    assert send_batch(client, batches, _start(batches, source, BatchOptions("P1")).id).complete
    assert printed_serials(world, "P1") == list(range(1, 21))
    assert batches.store.query("SELECT next FROM counters")[0]["next"] == 21


def test_two_concurrent_batches_of_one_template_never_share_a_serial(
    tmp_path, simulator, world
) -> None:
    source = _source(tmp_path, 400, long=True)
    store_path = tmp_path / "shared.sqlite3"
    outcomes = []

    def worker(rows: slice) -> None:
        store = Store(store_path)
        batches = Batches(store)
        mine = type(source)(**{**source.__dict__, "records": source.records[rows]})
        client = XpyunClient("demo", "demo-key", simulator.base_url)
        info = _start(batches, mine, BatchOptions("P1"))
        outcomes.append((info, send_batch(client, batches, info.id)))
        client.close()

    threads = [threading.Thread(target=worker, args=(s,)) for s in (slice(0, 200), slice(200, 400))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(outcomes) == 2 and all(o.complete for _, o in outcomes)
    serials = printed_serials(world, "P1")
    assert sorted(serials) == list(range(1, 401))  # every number once, none twice
    starts = sorted(info.counter_starts["serial"][0] for info, _ in outcomes)
    assert starts == [1, 201]


def test_printed_progress_follows_query_order_state(tmp_path, batches, client, world) -> None:
    source = _source(tmp_path, 300, long=True)
    info = _start(batches, source, BatchOptions("P1"))
    send_batch(client, batches, info.id)
    state = poll_printed(client, batches, info.id)
    assert state.orders_printed == info.orders and state.labels_printed == 300


def test_a_request_cut_off_by_closing_the_client_is_unknown_and_never_printed_twice(
    tmp_path, batches, simulator, world
) -> None:
    simulator._server.latency = 0.3  # the order is on its way when the window closes
    source = _source(tmp_path, 300, long=True)
    info = _start(batches, source, BatchOptions("P1"))
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01)
    timer = threading.Timer(0.45, client.cancel)  # during the second order
    timer.start()
    outcome = send_batch(client, batches, info.id)
    timer.join()
    assert outcome.failed is not None and outcome.failed.state == "unknown"
    simulator._server.latency = 0.0
    fresh = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01)
    assert send_batch(fresh, batches, info.id).complete
    assert printed_serials(world, "P1") == list(range(1, 301))  # none twice


def test_one_batch_is_sent_by_one_sender_at_a_time(tmp_path, batches, simulator, world) -> None:
    simulator._server.latency = 0.05
    source = _source(tmp_path, 400, long=True)
    info = _start(batches, source, BatchOptions("P1"))
    results: list[object] = []

    def sender() -> None:  # a second window of the same program, say
        client = XpyunClient("demo", "demo-key", simulator.base_url)
        try:
            results.append(send_batch(client, batches, info.id))
        except BatchBusyError as exc:
            results.append(exc)
        client.close()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(type(r).__name__ for r in results) == ["BatchBusyError", "BatchOutcome"]
    assert printed_serials(world, "P1") == list(range(1, 401))
