"""Deadlines that hold: a request's sockets are shut when its time is up or when it is cancelled.

`requests` only bounds each read, so a server dripping a byte every few seconds could hold a
request for ever. Every request in flight is a `Watch` holding the sockets it uses; one daemon
thread per client shuts them when the request's deadline passes, and `cancel_all()` shuts every
one at once (Ctrl+C, a closing window), so a worker blocked in a read wakes within milliseconds.
Whether the request had started to go out (`sending`) tells an unknown outcome from a request
that never left.
"""

from __future__ import annotations

import heapq
import itertools
import socket
import threading
import time
from contextlib import suppress

DEADLINE, CANCELLED = "deadline", "cancelled"


class Watch:
    """One request in flight: its deadline (time.monotonic), sockets, and why it was stopped."""

    __slots__ = ("_lock", "deadline", "in_request", "sending", "sockets", "stopped")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.sockets: list[socket.socket] = []
        self.in_request = False  # the request's headers are about to be written
        self.sending = False  # connected and writing: from here on the cloud may have it
        self.stopped: str | None = None
        self._lock = threading.Lock()

    def add(self, sock: socket.socket | None) -> None:
        """Watch `sock` (shut at once if the request was already stopped)."""
        if sock is None:
            return
        with self._lock:
            if sock not in self.sockets:
                self.sockets.append(sock)
            if self.stopped is not None:
                _shut(sock)

    def stop(self, reason: str) -> None:
        """Shut the request's sockets: whatever reads or writes them fails at once."""
        with self._lock:
            if self.stopped is not None:
                return
            self.stopped = reason
            for sock in self.sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    # socket.socket's own shutdown, also for an SSLSocket: it only shuts the descriptor and
    # leaves the TLS object to the thread that is using it
    with suppress(OSError, ValueError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class Watchdog:
    """Stops each watch when its deadline passes; one daemon thread, started on first use."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Watch]] = []
        self._active: set[Watch] = set()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self.cancelled = threading.Event()

    def watch(self, deadline: float) -> Watch:
        """A new watch stopped at `deadline` unless `end`ed first."""
        watch = Watch(deadline)
        with self._cond:
            if self.cancelled.is_set():
                watch.stopped = CANCELLED
            self._active.add(watch)
            heapq.heappush(self._heap, (deadline, next(self._order), watch))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="deadlines", daemon=True)
                self._thread.start()
            elif self._heap[0][2] is watch:
                self._cond.notify()
        return watch

    def end(self, watch: Watch) -> None:
        """The request is over: its watch no longer matters."""
        with self._cond:
            self._active.discard(watch)

    def cancel_all(self) -> None:
        """Stop every request in flight, and every later one at once."""
        with self._cond:
            self.cancelled.set()
            active = list(self._active)
        for watch in active:
            watch.stop(CANCELLED)

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2] not in self._active:
                    heapq.heappop(self._heap)  # ended before its deadline
                if not self._heap:
                    self._cond.wait()
                    continue
                deadline, _, watch = self._heap[0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
                self._active.discard(watch)
                watch.stop(DEADLINE)
