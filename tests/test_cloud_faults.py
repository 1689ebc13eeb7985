"""The client against a hostile or broken cloud: the simulator's injected faults, and a tiny
recording server where the simulator cannot play the part (another host of a redirect)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
import requests

from designer.cloud import XpyunClient
from designer.cloud import errors as E

LABEL = '<PAGE w="40" l="30"><LABEL id="1"><TEXT x="1" y="1">hi</TEXT></LABEL></PAGE>'


@pytest.fixture
def quick(simulator):
    """A client with quick retries and a short whole-request deadline."""
    c = XpyunClient(
        "demo", "demo-key", simulator.base_url, backoff=0.01, read_timeout=2, request_timeout=2
    )
    yield c
    c.close()


class _Recorder(BaseHTTPRequestHandler):
    """Another host: records every request that reaches it."""

    seen: ClassVar[list[tuple[str, bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).seen.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def other_host():
    """A server on 127.0.0.2 (another host than the simulator's 127.0.0.1)."""
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.2", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.2:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_cut_off_answer_is_retried_and_never_prints_twice(quick, simulator, world) -> None:
    simulator.inject("printLabel", "cut")
    result = quick.print_label("P1", LABEL)
    assert result.retried and result.order_id == next(iter(world.orders))
    assert len(world.orders) == 1


def test_answers_cut_every_time_end_as_an_unknown_outcome(quick, simulator, world) -> None:
    simulator.inject("printLabel", "cut", "cut", "cut")
    with pytest.raises(E.OutcomeUnknownError, match="outcome unknown") as exc:
        quick.print_label("P1", LABEL)
    assert "printer queue P1" in exc.value.guidance
    assert len(world.orders) == 1  # accepted once; the retries were recognised as the same


def test_a_dripping_answer_is_cut_at_the_deadline(simulator, world) -> None:
    simulator.inject("printLabel", "drip:0.3", "drip:0.3", "drip:0.3")
    client = XpyunClient(
        "demo", "demo-key", simulator.base_url, request_timeout=0.8, attempts=3, backoff=0.01
    )
    client.deadline = time.monotonic() + 2.0  # the command's deadline
    start = time.monotonic()
    with pytest.raises(E.OutcomeUnknownError, match="no complete answer"):
        client.print_label("P1", LABEL)
    assert time.monotonic() - start < 3.0  # not the ~20 s a byte every 0.3 s would take
    assert len(world.orders) == 1
    client.close()


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirects_to_another_host_are_never_followed(simulator, world, other_host, status):
    simulator.inject("printLabel", f"redirect:{status}:{other_host}/steal")
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01)
    with pytest.raises(E.CloudRedirectError) as exc:
        client.print_label("P1", LABEL, copies=5)
    assert f"{other_host}/steal" in str(exc.value) and "not followed" in str(exc.value)
    assert _Recorder.seen == []  # the signed body went nowhere else
    assert world.orders == {}


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirects_on_the_same_host_are_not_followed_either(simulator, world, status) -> None:
    simulator.inject("getAwaitTasks", f"redirect:{status}:{simulator.base_url}/getAwaitTasks")
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01)
    with pytest.raises(E.CloudRedirectError, match=f"HTTP {status}"):
        client.get_await_tasks("P1")


def test_garbage_huge_and_broken_answers_are_errors_not_tracebacks(quick, simulator) -> None:
    for fault in ("garbage", "huge:1073741824", "bad-gzip", "bad-chunks"):
        simulator.inject("getAwaitTasks", fault, fault, fault)
        with pytest.raises(E.CloudProtocolError):
            quick.get_await_tasks("P1")


def test_a_gigabyte_answer_is_refused_after_a_megabyte(quick, simulator, world) -> None:
    simulator.inject("printLabel", "huge:1073741824", "huge:1073741824", "huge:1073741824")
    start = time.monotonic()
    with pytest.raises(E.OutcomeUnknownError, match="refused unread past 1 MB"):
        quick.print_label("P1", LABEL)
    assert time.monotonic() - start < 5


@pytest.mark.parametrize(
    ("answer", "call"),
    [
        ('{"code":0,"msg":"ok"}', "print"),  # no data: was `order None`, exit 0
        ('{"code":0,"msg":"ok","data":{"id":"X"}}', "print"),  # a dict as the order id
        ('{"code":0,"msg":"ok","data":{"x":1}}', "order"),  # a dict called "printed"
        ('{"code":0,"msg":"ok","data":"yes"}', "order"),
        ('{"code":0,"msg":"ok","data":-3}', "queue"),
        ('{"code":0,"msg":"ok","data":{"status":7}}', "status"),
        ('{"code":0,"msg":"ok","data":"' + "A" * 500 + '"}', "print"),
    ],
)
def test_data_of_the_wrong_type_is_refused(quick, simulator, answer, call) -> None:
    endpoint, run = {
        "print": ("printLabel", lambda: quick.print_label("P1", LABEL)),
        "order": ("queryOrderState", lambda: quick.query_order_state("X")),
        "queue": ("getAwaitTasks", lambda: quick.get_await_tasks("P1")),
        "status": ("queryPrinterStatus", lambda: quick.query_printer_status("P1")),
    }[call]
    simulator.inject(endpoint, *[f"replace:{answer}"] * 3)
    expected = E.OutcomeUnknownError if call == "print" else E.CloudProtocolError
    with pytest.raises(expected, match="where the platform sends"):
        run()


@pytest.mark.parametrize("code", ["1e999", "0.5", "true", '"0"'])
def test_codes_that_are_not_whole_numbers_are_not_success(quick, simulator, code) -> None:
    simulator.inject("queryOrderState", *[f'replace:{{"code":{code},"msg":"ok","data":true}}'] * 3)
    with pytest.raises(E.CloudProtocolError):
        quick.query_order_state("X")


def test_the_receipt_clouds_token_error_is_named_and_not_retried(quick, simulator) -> None:
    simulator.inject("queryOrderState", 'answer:{"status":40301,"msg":"Token Forbidden"}')
    with pytest.raises(E.WrongPlatformError, match="receipt cloud") as exc:
        quick.check_credentials()
    assert "base URL" not in str(exc.value).split(":")[0]
    assert quick.query_order_state  # the next request is not hit by a leftover fault
    simulator.inject("queryOrderState", "http:403")
    with pytest.raises(E.CloudForbiddenError, match="403"):
        quick.query_order_state("X")


def _queued(simulator, endpoint: str) -> list[str]:
    return list(simulator._server.faults[endpoint])


def test_403_is_final_and_429_waits_as_asked(simulator) -> None:
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=5, attempts=3)
    simulator.inject("getAwaitTasks", "http:403", "http:500")
    with pytest.raises(E.CloudForbiddenError):
        client.get_await_tasks("P1")
    assert _queued(simulator, "getAwaitTasks") == ["http:500"]  # not retried
    simulator._server.faults["getAwaitTasks"].clear()
    simulator.inject("getAwaitTasks", "http:429:0.4")
    start = time.monotonic()
    assert client.get_await_tasks("P1") == 0
    assert 0.3 < time.monotonic() - start < 2  # Retry-After, not the 5 s backoff
    assert _queued(simulator, "getAwaitTasks") == []
    simulator.inject("getAwaitTasks", "http:429:1", "http:429:1", "http:429:1")
    with pytest.raises(E.CloudRateLimitedError, match="too many requests"):
        client.get_await_tasks("P1")
    client.deadline = time.monotonic() + 0.5  # a wait past the deadline is not started
    simulator.inject("getAwaitTasks", "http:429:30")
    start = time.monotonic()
    with pytest.raises(E.CloudRateLimitedError, match="wait 30 s"):
        client.get_await_tasks("P1")
    assert time.monotonic() - start < 1


def test_verify_printer_answering_false(quick, simulator) -> None:
    simulator.inject("verifyPrinter", 'answer:{"code":0,"msg":"ok","data":false}')
    assert quick.verify_printer("NEW1", "x") is False


def test_the_control_api_queues_faults(simulator, world) -> None:
    root = simulator.base_url.split("/api/")[0]
    ok = requests.post(
        f"{root}/simulator/faults", json={"endpoint": "printLabel", "faults": ["drop"]}, timeout=5
    )
    assert ok.status_code == 200
    bad = requests.post(
        f"{root}/simulator/faults", json={"endpoint": "printLabel", "faults": ["nope"]}, timeout=5
    )
    assert bad.status_code == 400
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01)
    assert client.print_label("P1", LABEL).retried  # the queued drop happened
    assert json.loads(ok.text)["faults"] == ["drop"]


def test_the_simulator_checks_signatures_with_its_own_code(simulator, monkeypatch) -> None:
    import designer.cloud.client as client_module

    def wrong_order(user: str, key: str, ts: str) -> str:
        import hashlib

        return hashlib.sha1(f"{user}{ts}{key}".encode()).hexdigest()

    monkeypatch.setattr(client_module, "sign", wrong_order)
    client = XpyunClient("demo", "demo-key", simulator.base_url, attempts=1)
    with pytest.raises(E.RequestSignFailedError):
        client.check_credentials()


def test_cancel_stops_a_stalled_request_at_once(simulator) -> None:
    simulator.inject("getAwaitTasks", "stall:5")
    client = XpyunClient("demo", "demo-key", simulator.base_url, attempts=3)
    errors: list[Exception] = []

    def ask() -> None:
        try:
            client.get_await_tasks("P1")
        except E.CloudError as exc:
            errors.append(exc)

    worker = threading.Thread(target=ask)
    worker.start()
    time.sleep(0.3)  # the request is on its way (the stall is the server's)
    start = time.monotonic()
    client.cancel()
    worker.join(2)
    assert not worker.is_alive() and time.monotonic() - start < 1
    assert isinstance(errors[0], E.CloudCancelledError)
