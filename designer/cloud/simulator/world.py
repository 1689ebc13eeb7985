"""The simulated cloud's state: accounts, printers, queues and orders, and what each endpoint does.

Time moves lazily: every request first brings the world up to `clock()`, so queues drain at the
printing rate, orders become printed and queued orders expire without a background thread.
Each endpoint method takes the already checked request fields and returns the answer's `data`,
or raises `Refusal` with the platform's code.
"""

from __future__ import annotations

import base64
import binascii
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from designer.cloud.limits import (
    IDEMPOTENCY_SECONDS,
    IDEMPOTENT_MAX_LENGTH,
    LOGO_MAX_BYTES,
    LOGO_UPLOADS_PER_DAY,
)
from designer.cloud.models import PrinterState

DEFAULT_EXPIRES_IN = 86_400
ORDER_CONTENT_BYTES = 65_535
"""The platform stores an order's label XML in a database text field of this many bytes."""
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"BM")


class Refusal(Exception):
    """The platform refuses the request with `code`."""

    def __init__(self, code: int, data: object = None) -> None:
        super().__init__(code)
        self.code = code
        self.data = data


@dataclass
class Order:
    """One print order and what became of it."""

    id: str
    sn: str
    user: str
    kind: str  # label, image, url or logo
    content: str
    copies: int
    mode: int
    created: float
    expires_at: float
    ready_at: float
    state: str = "queued"  # queued, printed, expired, deleted
    printed_at: float | None = None


@dataclass
class SimPrinter:
    """One printer in the simulated world."""

    sn: str
    version: str = "V1.2.7"
    state: PrinterState = PrinterState.ONLINE
    owner: str | None = None
    name: str = ""
    free_at: float = 0.0
    queue: deque[Order] = field(default_factory=deque)
    printed: list[Order] = field(default_factory=list)
    logo: bytes | None = None
    logo_uploads: dict[tuple[str, str], int] = field(default_factory=dict)  # (user, day) -> n
    voice: list[str] = field(default_factory=list)


class World:
    """Everything the simulated cloud knows. Thread-safe: one lock around every change."""

    def __init__(
        self, *, clock: Callable[[], float] = time.monotonic, print_seconds: float = 0.5
    ) -> None:
        self.clock = clock
        self.print_seconds = print_seconds
        self.accounts: dict[str, str] = {}
        self.printers: dict[str, SimPrinter] = {}
        self.orders: dict[str, Order] = {}
        self.idempotency: dict[tuple[str, str], tuple[str, float]] = {}
        self.lock = threading.RLock()
        self._counter = 0

    # --- scripting -------------------------------------------------------------------------

    def add_account(self, user: str, key: str) -> None:
        """An account the platform knows."""
        with self.lock:
            self.accounts[user] = key

    def add_printer(
        self,
        sn: str,
        *,
        state: PrinterState = PrinterState.ONLINE,
        owner: str | None = None,
        name: str = "",
        version: str = "V1.2.7",
    ) -> None:
        """A printer that exists (and, with `owner`, is already added to that account)."""
        with self.lock:
            self.printers[sn] = SimPrinter(sn, version, state, owner, name, self.clock())

    def set_state(self, sn: str, state: PrinterState) -> None:
        """Turn a printer online, offline or abnormal (out of paper)."""
        with self.lock:
            self.advance()
            printer = self.printers[sn]
            if state is PrinterState.ONLINE and printer.state is not PrinterState.ONLINE:
                printer.free_at = max(printer.free_at, self.clock())
            printer.state = state

    def printed(self, sn: str) -> list[Order]:
        """What the printer has printed, oldest first."""
        with self.lock:
            self.advance()
            return list(self.printers[sn].printed)

    # --- time --------------------------------------------------------------------------------

    def advance(self) -> None:
        """Bring queues up to now: print what has had time to print, expire what waited too long."""
        now = self.clock()
        for printer in self.printers.values():
            if printer.state is PrinterState.ONLINE:
                while printer.queue:
                    order = printer.queue[0]
                    start = max(printer.free_at, order.ready_at)
                    done = start + self.print_seconds * order.copies
                    if done > now:
                        break
                    printer.queue.popleft()
                    order.state, order.printed_at = "printed", done
                    printer.printed.append(order)
                    printer.free_at = done
            else:
                for order in [o for o in printer.queue if o.expires_at <= now]:
                    printer.queue.remove(order)
                    order.state = "expired"

    # --- helpers -----------------------------------------------------------------------------

    def _owned(self, user: str, sn: str) -> SimPrinter:
        printer = self.printers.get(sn)
        if printer is None or printer.owner is None:
            raise Refusal(1002)
        if printer.owner != user:
            raise Refusal(1001)
        return printer

    def _new_order_id(self) -> str:
        self._counter += 1
        return f"SIM{datetime.now():%y%m%d%H%M%S}{self._counter:08d}"

    def _place(self, user: str, fields: dict, kind: str, content: str) -> str:
        printer = self._owned(user, fields["sn"])
        idem = fields.get("idempotent")
        now = self.clock()
        if idem is not None:
            if len(idem) > IDEMPOTENT_MAX_LENGTH:
                raise Refusal(1014)
            earlier = self.idempotency.get((user, idem))
            if earlier is not None and now - earlier[1] < IDEMPOTENCY_SECONDS:
                raise Refusal(1013, earlier[0])
        mode = fields.get("mode", 0)
        if mode == 0 and printer.state is PrinterState.OFFLINE:
            raise Refusal(1003)
        if len(content) > 4 * 1024 * 1024 or (
            kind == "label" and len(content.encode("utf-8")) > ORDER_CONTENT_BYTES
        ):
            raise Refusal(1004)  # the platform keeps label XML in a 65,535-byte text field
        expires = fields.get("expiresIn") or DEFAULT_EXPIRES_IN
        order = Order(
            self._new_order_id(),
            printer.sn,
            user,
            kind,
            content,
            fields.get("copies", 1),
            mode,
            now,
            now + expires,
            now,
        )
        self.orders[order.id] = order
        printer.queue.append(order)
        if idem is not None:
            self.idempotency[(user, idem)] = (order.id, now)
        return order.id

    # --- endpoints ---------------------------------------------------------------------------

    def verify_printer(self, user: str, fields: dict) -> bool:
        sn = fields["sn"]
        printer = self.printers.get(sn)
        if printer is None:
            raise Refusal(1008)
        if printer.owner is not None:
            raise Refusal(1009 if printer.owner == user else 1001)
        printer.owner, printer.name = user, fields["name"]
        return True

    def print(self, user: str, fields: dict) -> str:
        return self._place(user, fields, "url", fields["content"])

    def print_image(self, user: str, fields: dict) -> str:
        if _image_bytes(fields["content"]) is None:
            raise Refusal(-2)
        return self._place(user, fields, "image", fields["content"])

    def print_label(self, user: str, fields: dict) -> str:
        content = fields["content"]
        if "<PAGE" not in content:
            raise Refusal(-2)
        return self._place(user, fields, "label", content)

    def del_printer_queue(self, user: str, fields: dict) -> bool:
        printer = self._owned(user, fields["sn"])
        wanted = fields.get("orderId")
        ids = {i.strip() for i in wanted.split(",") if i.strip()} if wanted else None
        if ids is not None and len(ids) > 10:
            raise Refusal(-2)
        dropped = [o for o in printer.queue if ids is None or o.id in ids]
        for order in dropped:
            printer.queue.remove(order)
            order.state = "deleted"
        return bool(dropped)

    def query_order_state(self, user: str, fields: dict) -> bool:
        order = self.orders.get(fields["orderId"])
        if order is None or order.user != user:
            raise Refusal(1005)
        return order.state == "printed"

    def query_printer_status(self, user: str, fields: dict) -> dict:
        printer = self._owned(user, fields["sn"])
        if not printer.version:
            raise Refusal(1011)
        return {"status": int(printer.state), "version": printer.version}

    def get_await_tasks(self, user: str, fields: dict) -> int:
        return len(self._owned(user, fields["sn"]).queue)

    def send_voice(self, user: str, fields: dict) -> str:
        printer = self._owned(user, fields["sn"])
        if printer.state is PrinterState.OFFLINE:
            raise Refusal(1003)
        printer.voice.append(fields["content"])
        return ""

    def upload_logo(self, user: str, fields: dict) -> str:
        printer = self._owned(user, fields["sn"])
        raw = _image_bytes(fields["content"])
        if raw is None:
            raise Refusal(1016)
        if len(raw) > LOGO_MAX_BYTES:
            raise Refusal(1017)
        if printer.state is PrinterState.OFFLINE:
            raise Refusal(1003)
        day = (user, datetime.now().strftime("%Y-%m-%d"))
        if printer.logo_uploads.get(day, 0) >= LOGO_UPLOADS_PER_DAY:
            raise Refusal(1018)
        printer.logo_uploads[day] = printer.logo_uploads.get(day, 0) + 1
        printer.logo = raw
        if fields.get("printLogo"):
            return self._place(user, {"sn": printer.sn, "mode": 0}, "logo", fields["content"])
        return ""


def _image_bytes(content: str) -> bytes | None:
    """The bytes of a bare base64 PNG/JPEG/BMP, or None."""
    try:
        raw = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if raw.startswith(_IMAGE_MAGIC) else None
