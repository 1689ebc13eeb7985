"""The simulated world's clockwork: queues drain at the printing rate, queued orders expire."""

from __future__ import annotations

import pytest

from designer.cloud.models import PrinterState
from designer.cloud.simulator import Refusal, World


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def w(clock: FakeClock) -> World:
    world = World(clock=clock, print_seconds=2.0)
    world.add_account("u", "k")
    world.add_printer("S1", owner="u")
    return world


def _order(w: World, copies: int = 1, **extra) -> str:
    with w.lock:
        w.advance()
        return w.print_label("u", {"sn": "S1", "content": "<PAGE/>", "copies": copies, **extra})


def test_queue_drains_at_the_printing_rate(w: World, clock: FakeClock) -> None:
    first, second = _order(w, copies=2), _order(w)
    clock.now += 3.9
    w.advance()
    assert [o.state for o in (w.orders[first], w.orders[second])] == ["queued", "queued"]
    clock.now += 0.1  # 4 s: two copies of the first order
    w.advance()
    assert w.orders[first].state == "printed" and w.orders[second].state == "queued"
    clock.now += 2
    w.advance()
    assert w.orders[second].state == "printed"
    assert [o.id for o in w.printed("S1")] == [first, second]


def test_out_of_paper_holds_the_queue_and_offline_orders_expire(w: World, clock: FakeClock) -> None:
    w.set_state("S1", PrinterState.ABNORMAL)
    held = _order(w)
    clock.now += 60
    w.advance()
    assert w.orders[held].state == "queued"
    w.set_state("S1", PrinterState.OFFLINE)
    with pytest.raises(Refusal) as exc:
        _order(w)
    assert exc.value.code == 1003
    short = _order(w, mode=1, expiresIn=30)
    clock.now += 31
    w.advance()
    assert w.orders[short].state == "expired"
    w.set_state("S1", PrinterState.ONLINE)
    clock.now += 2
    w.advance()
    assert w.orders[held].state == "printed"
    assert w.orders[short].state == "expired"


def test_idempotency_lasts_five_minutes(w: World, clock: FakeClock) -> None:
    first = _order(w, idempotent="a")
    with pytest.raises(Refusal) as exc:
        _order(w, idempotent="a")
    assert (exc.value.code, exc.value.data) == (1013, first)
    clock.now += 301
    assert _order(w, idempotent="a") != first
