"""Work off the GUI thread: reading a data file, planning a batch, a cloud request (through
`CloudLink`, on its own pool).

`run_in_background(owner, work, done)` runs `work()` on a thread pool (the global one unless
given) and calls `done(result, error)` on the GUI thread (a queued signal); the call is dropped
when `owner` is gone by then. Errors come back as the exception itself, never raised on the
worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object, object)  # result, error


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which says what it was
            self.relay.done.emit(None, exc)
        else:
            self.relay.done.emit(result, None)


def run_in_background(
    owner: QObject,
    work: Callable[[], Any],
    done: Callable[[Any, Exception | None], None],
    pool: QThreadPool | None = None,
) -> None:
    """Run `work()` on a worker; `done(result, error)` on the GUI thread, while `owner` lives."""
    relay = _Relay(owner)

    def finished(result: Any, error: Exception | None) -> None:
        relay.deleteLater()
        done(result, error)

    relay.done.connect(finished)
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))
