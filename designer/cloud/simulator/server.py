"""The simulated cloud as a real HTTP server: the platform's checks, then the world's endpoints.

Every request is checked as the platform checks it: the content type (-1), the JSON body and its
fields (-2), the account (-4) and the signature (-3, computed here from the spec, not with the
client's code, so a client that signs wrongly is caught), then each endpoint's own fields.
Faults can be injected per endpoint for tests (`faults.py`: lost, cut, dripped or garbled
answers, redirects, HTTP 403/429/500, foreign JSON). A small control API lets scripts and tests
change printer states (`POST /simulator/printers/SN {"state": 0|1|2}`), queue faults
(`POST /simulator/faults {"endpoint": E, "faults": [...]}`) and see what each printer printed
(`GET /simulator/printers/SN/printed`).
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import sys
import threading
import time
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from designer.cloud.codes import RESULT_CODES
from designer.cloud.models import PrinterState
from designer.cloud.simulator import faults
from designer.cloud.simulator.world import Refusal, World

API_PREFIX = "/api/openapi/sprinter/"
CLOCK_SKEW = 600  # seconds
_SN = re.compile(r"[A-Za-z0-9]+")
_STR, _INT, _BOOL = "str", "int", "bool"

_PRINT_FIELDS = {
    "sn": (_STR, True),
    "content": (_STR, True),
    "copies": (_INT, False),
    "mode": (_INT, False),
    "idempotent": (_STR, False),
    "expiresIn": (_INT, False),
}
ENDPOINTS: dict[str, tuple[str, dict[str, tuple[str, bool]]]] = {
    "verifyPrinter": ("verify_printer", {"sn": (_STR, True), "name": (_STR, True)}),
    "print": ("print", _PRINT_FIELDS),
    "printImage": (
        "print_image",
        {
            **_PRINT_FIELDS,
            "compress": (_BOOL, False),
            "paperType": (_STR, False),
            "paperWidth": (_INT, False),
            "blackOffsetLength": (_INT, False),
            "direct": (_BOOL, False),
        },
    ),
    "printLabel": ("print_label", {**_PRINT_FIELDS, "direct": (_BOOL, False)}),
    "delPrinterQueue": ("del_printer_queue", {"sn": (_STR, True), "orderId": (_STR, False)}),
    "queryOrderState": ("query_order_state", {"orderId": (_STR, True)}),
    "queryPrinterStatus": ("query_printer_status", {"sn": (_STR, True)}),
    "getAwaitTasks": ("get_await_tasks", {"sn": (_STR, True)}),
    "sendTmallSpiritVoice": ("send_voice", {"sn": (_STR, True), "content": (_STR, True)}),
    "uploadLogo": (
        "upload_logo",
        {
            "sn": (_STR, True),
            "content": (_STR, True),
            "imageSize": (_INT, False),
            "printLogo": (_BOOL, False),
            "paperType": (_INT, False),
        },
    ),
}
_RANGES = {
    "copies": (1, 65535),
    "mode": (0, 1),
    "expiresIn": (1, 86400),
    "imageSize": (1, 2000),
    "paperType": (1, 3),
    "paperWidth": (8, 4000),
    "blackOffsetLength": (-240, 566),
}


def expected_sign(user: str, key: str, ts: str) -> str:
    """The signature the platform expects: SHA-1 of user, UserKEY, timestamp, in that order.

    Written here from the spec, not borrowed from the client, so a test catches a client that
    signs in another order.
    """
    return hashlib.sha1((user + key + ts).encode("utf-8")).hexdigest()


def check_fields(endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
    """The endpoint's fields, typed; Refusal(-2) when one is missing, mistyped or out of range."""
    fields: dict[str, Any] = {}
    for name, (kind, required) in ENDPOINTS[endpoint][1].items():
        value = body.get(name)
        if value is None or value == "":
            if required:
                raise Refusal(-2)
            continue
        if kind == _STR:
            if not isinstance(value, str):
                raise Refusal(-2)
        elif kind == _INT:
            if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
                value = int(value)
            if isinstance(value, bool) or not isinstance(value, int):
                raise Refusal(-2)
        elif kind == _BOOL:
            if value in ("true", "false"):
                value = value == "true"
            if not isinstance(value, bool):
                raise Refusal(-2)
        fields[name] = value
    if "sn" in fields and not _SN.fullmatch(fields["sn"]):
        raise Refusal(-2)
    for name, (lo, hi) in _RANGES.items():
        value = fields.get(name)
        if isinstance(value, int) and not lo <= value <= hi:
            raise Refusal(-2)
    if endpoint == "printImage" and fields.get("paperType", "N") not in ("N", "M"):
        raise Refusal(-2)
    if fields.get("direct") and len(fields.get("content", "")) >= 65535:
        raise Refusal(-2)
    return fields


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # headers and body go out as two writes: without this, Nagle's algorithm holds the body
        # until the client's delayed ACK, 40 ms per request
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: tests and the demo read the world, not an access log

    def _send(self, status: int, payload: object) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _answer(self, code: int, data: object, started: float) -> bytes:
        msg = RESULT_CODES[code].msg if code in RESULT_CODES else "ERROR"
        ms = int((time.perf_counter() - started) * 1000)
        answer = {"code": code, "msg": msg, "data": data, "serverExecutedTime": ms}
        return json.dumps(answer, ensure_ascii=False).encode("utf-8")

    def do_GET(self) -> None:
        match = re.fullmatch(r"/simulator/printers/([A-Za-z0-9]+)/printed", self.path)
        world = self.server.world
        if match and match.group(1) in world.printers:
            orders = world.printed(match.group(1))
            self._send(
                200,
                [
                    {"id": o.id, "kind": o.kind, "copies": o.copies, "content": o.content}
                    for o in orders
                ],
            )
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:
        started = time.perf_counter()
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if self.path == "/simulator/faults":
            self._queue_faults(raw)
            return
        control = re.fullmatch(r"/simulator/printers/([A-Za-z0-9]+)", self.path)
        if control:
            self._control(control.group(1), raw)
            return
        if not self.path.startswith(API_PREFIX) or self.path[len(API_PREFIX) :] not in ENDPOINTS:
            self._send(404, {"error": "no such endpoint"})
            return
        endpoint = self.path[len(API_PREFIX) :]
        if self.server.latency:
            time.sleep(self.server.latency)  # the network's round trip to a distant cloud
        fault = self.server.next_fault(endpoint)
        if faults.before(self, fault):
            return
        try:
            data = self.server.handle(endpoint, self.headers.get("Content-Type", ""), raw)
            code = 0
        except Refusal as refusal:
            code, data = refusal.code, refusal.data
        answer = self._answer(code, data, started)
        if faults.after(self, fault, answer):  # committed; the answer goes wrong on the way
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def _control(self, sn: str, raw: bytes) -> None:
        try:
            state = PrinterState(int(json.loads(raw)["state"]))
            self.server.world.set_state(sn, state)
        except (ValueError, KeyError, TypeError):
            self._send(400, {"error": 'send {"state": 0|1|2} for a known printer'})
            return
        self._send(200, {"sn": sn, "state": int(state)})

    def _queue_faults(self, raw: bytes) -> None:
        try:
            order = json.loads(raw)
            endpoint, queued = order["endpoint"], order["faults"]
            if endpoint not in ENDPOINTS or not all(isinstance(f, str) for f in queued):
                raise ValueError(endpoint)
            self.server.inject(endpoint, queued)
        except (ValueError, KeyError, TypeError):
            self._send(400, {"error": 'send {"endpoint": E, "faults": ["drop", ...]}'})
            return
        self._send(200, {"endpoint": endpoint, "faults": queued})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], world: World) -> None:
        super().__init__(address, _Handler)
        self.world = world
        self.faults: dict[str, deque[str]] = defaultdict(deque)
        self.latency = 0.0
        self.fault_lock = threading.Lock()

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return  # the client gave up (a timeout test, a closed app): nothing to report
        super().handle_error(request, client_address)

    def inject(self, endpoint: str, queued: list[str]) -> None:
        unknown = [f for f in queued if not faults.is_known(f)]
        if unknown:
            raise ValueError(f"unknown faults: {unknown}")
        with self.fault_lock:
            self.faults[endpoint].extend(queued)

    def next_fault(self, endpoint: str) -> str | None:
        with self.fault_lock:
            queue = self.faults.get(endpoint)
            return queue.popleft() if queue else None

    def handle(self, endpoint: str, content_type: str, raw: bytes) -> object:
        if content_type.replace(" ", "").lower() != "application/json;charset=utf-8":
            raise Refusal(-1)
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Refusal(-2) from None
        if not isinstance(body, dict):
            raise Refusal(-2)
        user, ts, signature = body.get("user"), body.get("timestamp"), body.get("sign")
        if not all(isinstance(v, str) and v for v in (user, ts, signature)):
            raise Refusal(-2)
        if not re.fullmatch(r"\d{10}", ts):
            raise Refusal(-2)
        world = self.world
        with world.lock:
            key = world.accounts.get(user)
            if key is None:
                raise Refusal(-4)
            if signature != expected_sign(user, key, ts) or abs(time.time() - int(ts)) > CLOCK_SKEW:
                raise Refusal(-3)
            fields = check_fields(endpoint, body)
            world.advance()
            return getattr(world, ENDPOINTS[endpoint][0])(user, fields)


class Simulator:
    """The simulated cloud on loopback: `with Simulator() as sim: sim.base_url ...`."""

    def __init__(
        self,
        world: World | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float = 0.0,
    ) -> None:
        self.world = world or World()
        self._server = _Server((host, port), self.world)
        self._server.latency = latency
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """The API base URL clients use."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{API_PREFIX.rstrip('/')}"

    def inject(self, endpoint: str, *queued: str) -> None:
        """Queue faults for the next requests to `endpoint` (see `faults.py`), one each."""
        self._server.inject(endpoint, list(queued))

    def start(self) -> Simulator:
        """Serve in a background thread."""
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            name="simulator",
            kwargs={"poll_interval": 0.05},
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted."""
        self._server.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
