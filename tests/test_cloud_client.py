"""The cloud client against the simulator over loopback: every endpoint, success and errors."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import requests
from PIL import Image

from designer.cloud import XpyunClient
from designer.cloud import errors as E
from designer.cloud.models import PrinterState
from designer.cloud.signing import sign, timestamp

LABEL = '<PAGE w="40" l="30"><LABEL id="1"><TEXT x="1" y="1">hi</TEXT></LABEL></PAGE>'


def _png(size: tuple[int, int] = (8, 8)) -> str:
    buffer = io.BytesIO()
    Image.new("L", size, 0).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_signing_is_sha1_of_user_key_timestamp() -> None:
    assert sign("acc", "abc", "acbc") == hashlib.sha1(b"accabcacbc").hexdigest()
    assert len(sign("acc", "abc", "acbc")) == 40
    assert len(timestamp()) == 10 and timestamp(1565417654.9) == "1565417654"


def test_verify_printer(client, world) -> None:
    assert client.verify_printer("NEW1", "Front desk") is True
    assert world.printers["NEW1"].owner == "demo"
    with pytest.raises(E.PrinterExistError) as exc:
        client.verify_printer("NEW1", "again")
    assert exc.value.code == 1009
    with pytest.raises(E.PLATFORM_ERRORS[1001]):
        client.verify_printer("P4", "not mine")
    with pytest.raises(E.PLATFORM_ERRORS[1008]):
        client.verify_printer("NOSUCH", "x")
    with pytest.raises(E.RequestParamInvalidError):
        client.verify_printer("bad sn!", "x")


def test_print_label_is_queued_then_printed(client, world) -> None:
    result = client.print_label("P1", LABEL, copies=2)
    assert result.order_id and not result.retried and len(result.idempotent) <= 50
    order = world.orders[result.order_id]
    assert (order.kind, order.copies, order.content) == ("label", 2, LABEL)
    assert client.query_order_state(result.order_id) is True  # instant printing
    assert world.printed("P1")[-1].id == result.order_id


def test_print_image_and_url(client, world) -> None:
    image = client.print_image("P1", _png(), paper_type="M", paper_width=800)
    assert world.orders[image.order_id].kind == "image"
    url = client.print_url("P1", "https://example.com/order.txt")
    assert world.orders[url.order_id].content == "https://example.com/order.txt"
    with pytest.raises(E.RequestParamInvalidError):
        client.print_image("P1", "data:image/png;base64," + _png())
    with pytest.raises(E.RequestParamInvalidError):
        client.print_image("P1", _png(), paper_type="X")


def test_offline_printer_refuses_mode_0_and_queues_mode_1(client, world) -> None:
    with pytest.raises(E.PrinterOfflineError) as exc:
        client.print_label("P2", LABEL)
    assert "mode 1" in exc.value.guidance
    queued = client.print_label("P2", LABEL, mode=1)
    assert client.query_order_state(queued.order_id) is False
    assert client.get_await_tasks("P2") == 1
    world.set_state("P2", PrinterState.ONLINE)
    assert client.query_order_state(queued.order_id) is True
    assert client.get_await_tasks("P2") == 0


def test_printing_to_printers_not_ours(client) -> None:
    with pytest.raises(E.PrinterNotRegisterError):
        client.print_label("NEW1", LABEL)
    with pytest.raises(E.PLATFORM_ERRORS[1001]):
        client.print_label("P4", LABEL)


def test_idempotency_refuses_duplicates_and_long_values(client, world) -> None:
    first = client.print_label("P1", LABEL, idempotent="job-1")
    with pytest.raises(E.OrderIdempotentError):
        client.print_label("P1", LABEL, idempotent="job-1")
    with pytest.raises(E.PLATFORM_ERRORS[1014]):
        client.print_label("P1", LABEL, idempotent="x" * 51)
    assert [o.id for o in world.orders.values()] == [first.order_id]


def test_a_print_whose_answer_is_lost_is_retried_and_prints_once(client, simulator, world) -> None:
    simulator.inject("printLabel", "drop")
    result = client.print_label("P1", LABEL)
    assert result.retried
    assert len(world.orders) == 1
    assert result.order_id == next(iter(world.orders))
    assert len(world.printed("P1")) == 1


def test_a_print_that_times_out_is_retried_once_accepted(simulator, world) -> None:
    simulator.inject("printImage", "stall:0.6")
    c = XpyunClient("demo", "demo-key", simulator.base_url, read_timeout=0.3, backoff=0.5)
    result = c.print_image("P1", _png())
    c.close()
    assert len(world.orders) == 1 and result.order_id in world.orders


def test_queries_retry_transport_errors(client, simulator) -> None:
    simulator.inject("getAwaitTasks", "http500", "drop")
    assert client.get_await_tasks("P1") == 0
    simulator.inject("getAwaitTasks", "http500", "http500", "http500")
    with pytest.raises(E.CloudHTTPError) as exc:
        client.get_await_tasks("P1")
    assert exc.value.status == 500


def test_delete_queue(client, world) -> None:
    orders = [client.print_label("P2", LABEL, mode=1).order_id for _ in range(3)]
    assert client.del_printer_queue("P2", orders[:1]) is True
    assert client.get_await_tasks("P2") == 2
    assert client.del_printer_queue("P2") is True
    assert client.del_printer_queue("P2") is False
    assert world.orders[orders[1]].state == "deleted"
    with pytest.raises(E.RequestParamInvalidError):
        client.del_printer_queue("P2", [f"o{i}" for i in range(11)])


def test_order_state_of_unknown_order(client) -> None:
    with pytest.raises(E.OrderNotFoundError):
        client.query_order_state("NOPE")


def test_printer_status(client, world) -> None:
    assert client.query_printer_status("P1").state is PrinterState.ONLINE
    assert client.query_printer_status("P2").state is PrinterState.OFFLINE
    status = client.query_printer_status("P3")
    assert (status.state, status.version) == (PrinterState.ABNORMAL, "V1.2.7")
    world.printers["P1"].version = ""
    with pytest.raises(E.PLATFORM_ERRORS[1011]):
        client.query_printer_status("P1")


def test_voice(client, world) -> None:
    client.send_voice("P1", "您的订单已完成")
    assert world.printers["P1"].voice == ["您的订单已完成"]
    with pytest.raises(E.PrinterOfflineError):
        client.send_voice("P2", "hello")


def test_upload_logo_limits(client, world) -> None:
    assert client.upload_logo("P1", _png()) is None
    proof = client.upload_logo("P1", _png(), print_logo=True, paper_type=2)
    assert world.orders[proof].kind == "logo"
    with pytest.raises(E.PLATFORM_ERRORS[1016]):
        client.upload_logo("P1", base64.b64encode(b"GIF89a....").decode())
    big = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * (501 * 1024)).decode()
    with pytest.raises(E.PLATFORM_ERRORS[1017]):
        client.upload_logo("P1", big)
    for _ in range(3):
        client.upload_logo("P1", _png())
    with pytest.raises(E.PLATFORM_ERRORS[1018]):
        client.upload_logo("P1", _png())
    with pytest.raises(E.PrinterOfflineError):
        client.upload_logo("P2", _png())


def test_wrong_key_unknown_user_and_check_credentials(simulator) -> None:
    wrong = XpyunClient("demo", "not-the-key", simulator.base_url)
    with pytest.raises(E.RequestSignFailedError) as exc:
        wrong.check_credentials()
    assert "UserKEY" in exc.value.guidance
    assert "not-the-key" not in str(exc.value) + repr(wrong) + repr(exc.value)
    with pytest.raises(E.RequestUserNotRegisterError):
        XpyunClient("nobody", "k", simulator.base_url).check_credentials()
    XpyunClient("  demo ", " demo-key\n", simulator.base_url).check_credentials()  # trimmed


def _raw(simulator, body: object, content_type: str = "application/json;charset=UTF-8") -> dict:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    url = f"{simulator.base_url}/getAwaitTasks"
    return requests.post(url, data=data, headers={"Content-Type": content_type}, timeout=5).json()


def test_the_simulator_checks_requests_as_the_platform_does(simulator) -> None:
    ts = timestamp()
    good = {"user": "demo", "timestamp": ts, "sign": sign("demo", "demo-key", ts), "sn": "P1"}
    assert _raw(simulator, good)["code"] == 0
    assert _raw(simulator, good, "application/x-www-form-urlencoded")["code"] == -1
    assert _raw(simulator, good, "application/json; charset=utf-8")["code"] == 0
    assert _raw(simulator, b"not json")["code"] == -2
    assert _raw(simulator, {**good, "timestamp": "123"})["code"] == -2
    assert _raw(simulator, {**good, "sn": 12})["code"] == -2
    assert _raw(simulator, {k: v for k, v in good.items() if k != "sn"})["code"] == -2
    assert _raw(simulator, {**good, "sign": "0" * 40})["code"] == -3
    old = str(int(ts) - 3600)
    assert (
        _raw(simulator, {**good, "timestamp": old, "sign": sign("demo", "demo-key", old)})["code"]
        == -3
    )
    answer = _raw(simulator, {**good, "user": "nobody"})
    assert (answer["code"], answer["msg"]) == (-4, "REQUEST_USER_NOT_REGISTER")
    assert set(answer) == {"code", "msg", "data", "serverExecutedTime"}


def test_transport_errors_are_typed(simulator) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: nothing listens there
    refused = XpyunClient("demo", "k", f"http://127.0.0.1:{port}/api", backoff=0.01)
    with pytest.raises(E.CloudConnectionError) as exc:
        refused.get_await_tasks("P1")
    assert exc.value.unreachable and "cannot reach" in str(exc.value)
    tls = XpyunClient("demo", "k", simulator.base_url.replace("http:", "https:"), attempts=1)
    with pytest.raises(E.CloudTLSError):
        tls.get_await_tasks("P1")
    simulator.inject("queryOrderState", "stall:1")
    slow = XpyunClient("demo", "demo-key", simulator.base_url, read_timeout=0.2, attempts=1)
    with pytest.raises(E.CloudTimeoutError):
        slow.query_order_state("x")


def test_an_answer_that_is_not_the_platforms_json() -> None:
    class Html(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            body = b"<html>captive portal</html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Html)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        c = XpyunClient("demo", "k", f"http://127.0.0.1:{server.server_port}/x", attempts=1)
        with pytest.raises(E.CloudProtocolError):
            c.get_await_tasks("P1")
    finally:
        server.shutdown()
        server.server_close()


def test_base_url_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("XPLABEL_BASE_URL", "http://127.0.0.1:9/api/")
    assert XpyunClient("u", "k").base_url == "http://127.0.0.1:9/api"
    monkeypatch.delenv("XPLABEL_BASE_URL")
    assert XpyunClient("u", "k").base_url.startswith("https://open-barcode.xpyun.net/")
