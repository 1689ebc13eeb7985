"""Faults the simulated cloud can play, for tests: a fault is queued per endpoint and spent by the
next request to it (`Simulator.inject`, or `POST /simulator/faults`).

Before the request is handled (nothing is committed):
- `ok`: no fault (a placeholder, so a later request gets the next one)
- `http:STATUS[:RETRY_AFTER]` (and `http500`): that HTTP status, e.g. `http:429:2`, `http:403`
- `redirect:STATUS:URL`: a redirect, e.g. `redirect:307:http://127.0.0.2:8000/api/x`
- `answer:JSON`: this body instead of the platform's, e.g. `answer:{"status":40301,...}`
- `stall:SECONDS`: wait, then handle the request as usual

After the request is handled (an order is placed; the answer goes wrong on the way back):
- `drop`: close the connection without an answer
- `cut`: announce the whole answer, send half of it, close
- `drip:SECONDS`: send the answer one byte at a time, SECONDS apart
- `garbage`: bytes that are not JSON
- `huge:BYTES`: an endless-looking answer of BYTES bytes, without a Content-Length
- `replace:JSON`: this body instead of the answer (a code of 1e999, data of the wrong type...)
- `bad-gzip`, `bad-chunks`: a body that claims gzip and is not, a broken chunked encoding
"""

from __future__ import annotations

import time
from contextlib import suppress
from http.server import BaseHTTPRequestHandler

BEFORE = ("ok", "http", "http500", "redirect", "answer", "stall")
AFTER = ("drop", "cut", "drip", "garbage", "huge", "replace", "bad-gzip", "bad-chunks")


def kind(fault: str) -> str:
    """The fault's name (what comes before the first colon)."""
    return fault.split(":", 1)[0]


def is_known(fault: str) -> bool:
    """True for a fault this module can play."""
    return kind(fault) in BEFORE + AFTER


def _arg(fault: str) -> str:
    return fault.split(":", 1)[1] if ":" in fault else ""


def _write(
    handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]
) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _json() -> dict[str, str]:
    return {"Content-Type": "application/json;charset=UTF-8"}


def before(handler: BaseHTTPRequestHandler, fault: str | None) -> bool:
    """Play a fault that comes before handling; True when it has answered (nothing committed)."""
    if fault is None or kind(fault) in AFTER or kind(fault) == "ok":
        return False
    name, arg = kind(fault), _arg(fault)
    if name == "stall":
        time.sleep(float(arg))
        return False
    if name in ("http", "http500"):
        status, _, wait = (arg or "500").partition(":")
        headers = _json()
        if wait:
            headers["Retry-After"] = wait
        _write(handler, int(status), b'{"error": "injected failure"}', headers)
    elif name == "redirect":
        status, _, location = arg.partition(":")
        _write(handler, int(status), b"", {"Location": location})
    elif name == "answer":
        _write(handler, 200, arg.encode("utf-8"), _json())
    return True


def after(handler: BaseHTTPRequestHandler, fault: str | None, answer: bytes) -> bool:
    """Play a fault on the way back, after the order is committed; True when it has answered."""
    if fault is None or kind(fault) not in AFTER:
        return False
    name, arg = kind(fault), _arg(fault)
    handler.close_connection = True
    with suppress(BrokenPipeError, ConnectionResetError):
        if name == "drop":
            pass
        elif name == "cut":
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json;charset=UTF-8")
            handler.send_header("Content-Length", str(len(answer)))
            handler.end_headers()
            handler.wfile.write(answer[: len(answer) // 2])
            handler.wfile.flush()
        elif name == "drip":
            handler.send_response(200)
            handler.send_header("Content-Length", str(len(answer)))
            handler.end_headers()
            handler.wfile.flush()
            for i in range(len(answer)):
                handler.wfile.write(answer[i : i + 1])
                handler.wfile.flush()
                time.sleep(float(arg or 1))
        elif name == "garbage":
            _write(handler, 200, b"\x00\xff<html>not json\x1b[31m", {})
        elif name == "huge":
            _huge(handler, int(arg or 2**30))
        elif name == "replace":
            _write(handler, 200, arg.encode("utf-8"), _json())
        elif name == "bad-gzip":
            _write(handler, 200, b"this is not gzip at all", {"Content-Encoding": "gzip"})
        elif name == "bad-chunks":
            _write(handler, 200, b"zz\r\nnot a chunk\r\n", {"Transfer-Encoding": "chunked"})
    with suppress(OSError):
        handler.connection.shutdown(2)
    return True


def _huge(handler: BaseHTTPRequestHandler, size: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json;charset=UTF-8")
    handler.send_header("Connection", "close")
    handler.end_headers()
    block = b'{"code":0,"msg":"ok","data":"' + b"A" * (64 * 1024 - 29)
    sent = 0
    while sent < size:
        piece = block[: size - sent]
        handler.wfile.write(piece)
        sent += len(piece)
        block = b"A" * len(block)
