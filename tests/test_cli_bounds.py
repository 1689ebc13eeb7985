"""The command line under attack (issue 11, items 5 to 7): one deadline per command, Ctrl+C
within a second, every bad base URL and every strange answer a message with its exit code."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from designer.cli import main
from designer.services.printers import PrinterList
from designer.services.settings import Settings
from designer.services.store import Store

ONE_LABEL = str(Path(__file__).parent / "fixtures" / "spec_request_example.xml")


def test_a_dripping_cloud_cannot_hold_a_print_past_the_deadline(env, world, capsys) -> None:
    env.inject("printLabel", *["drip:0.5"] * 3)  # a byte every 0.5 s: ~40 s per answer
    start = time.monotonic()
    assert main(["print", ONE_LABEL, "--sn", "P1", "--timeout", "2"]) == 3
    assert time.monotonic() - start < 3.5
    assert "outcome unknown" in capsys.readouterr().err
    assert len(world.orders) == 1


def test_printer_list_of_50_against_a_stalling_cloud_ends_at_the_deadline(env, capsys) -> None:
    printers = PrinterList(Store.open_default())
    for i in range(50):
        printers.add(f"STALL{i:02d}", f"p{i}")
    env.inject("queryPrinterStatus", *["stall:30"] * 200)
    start = time.monotonic()
    assert main(["printer", "list", "--timeout", "2"]) == 3  # it took 325 s
    assert time.monotonic() - start < 4
    out = capsys.readouterr().out
    assert out.count("unknown") == 50


def test_ctrl_c_stops_printer_list_within_a_second(env) -> None:
    printers = PrinterList(Store.open_default())
    for i in range(50):
        printers.add(f"STALL{i:02d}", f"p{i}")
    env.inject("queryPrinterStatus", *["stall:30"] * 200)
    proc = subprocess.Popen(
        [sys.executable, "-m", "designer", "printer", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 15
    while len(env._server.faults["queryPrinterStatus"]) > 192 and time.monotonic() < deadline:
        time.sleep(0.02)  # until 8 requests are stalled in the cloud
    time.sleep(0.2)
    start = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    took = time.monotonic() - start
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    assert took < 1.0, f"Ctrl+C took {took:.2f} s to act"  # it took 44 s


@pytest.mark.parametrize(
    "url",
    [
        "notaurl",
        "ftp://x",
        "http://",
        "http://[::1",
        "http://127.0.0.1:99999/api",
        "http://127.0.0.1:PORT/api/openapi/sprinter",
        "htp:/typo",
    ],
)
def test_bad_base_urls_are_messages_not_tracebacks(app_dirs, monkeypatch, capsys, url) -> None:
    monkeypatch.setenv("XPYUN_USER", "demo")
    monkeypatch.setenv("XPYUN_USER_KEY", "k")
    monkeypatch.setenv("XPLABEL_BASE_URL", url)
    assert main(["order", "x"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: the base URL") and "(XPLABEL_BASE_URL)" in err
    assert "unexpected" not in err and err.count("\n") == 1


def test_a_bad_base_url_is_refused_at_login_and_never_saved(app_dirs, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("key\n"))
    with pytest.raises(SystemExit) as exc:
        main(["account", "login", "--user", "demo", "--base-url", "htp:/typo"])
    assert exc.value.code == 2
    assert "must start with https://" in capsys.readouterr().err
    assert Settings.load().base_url == ""


def test_a_failed_login_saves_neither_the_url_nor_the_key(app_dirs, simulator, monkeypatch):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("wrong-key\n"))
    url = simulator.base_url
    assert main(["account", "login", "--user", "demo", "--base-url", url]) == 1
    assert Settings.load().base_url == "" and Settings.load().user == ""


def test_a_bad_base_url_in_old_settings_is_named_with_the_fix(app_dirs, monkeypatch, capsys):
    monkeypatch.setenv("XPYUN_USER", "demo")
    monkeypatch.setenv("XPYUN_USER_KEY", "k")
    Settings(base_url="htp:/typo").save()
    assert main(["printer", "status", "P1"]) == 1
    err = capsys.readouterr().err
    assert str(Settings.path()) in err and "must start with https://" in err


def test_a_wrong_platform_account_is_named_as_such(env, capsys) -> None:
    env.inject("verifyPrinter", 'answer:{"status":40301,"msg":"Token Forbidden"}')
    start = time.monotonic()
    assert main(["printer", "add", "NEW1", "x"]) == 1
    assert time.monotonic() - start < 1  # not retried three times
    err = capsys.readouterr().err
    assert "receipt cloud" in err and "cannot reach" not in err


def test_verify_printer_false_is_a_failure_with_guidance(env, capsys) -> None:
    env.inject("verifyPrinter", 'answer:{"code":0,"msg":"ok","data":false}')
    assert main(["printer", "add", "NEW1", "Front"]) == 1
    err = capsys.readouterr().err
    assert "did not add printer NEW1" in err and "check the SN" in err
    assert PrinterList(Store.open_default()).load() == []


def test_429_and_403_have_their_own_messages(env, capsys) -> None:
    env.inject("getAwaitTasks", *["http:429:0.1"] * 3)
    assert main(["printer", "queue", "P1"]) == 3
    assert "too many requests (HTTP 429)" in capsys.readouterr().err
    env.inject("getAwaitTasks", "http:403")
    assert main(["printer", "queue", "P1"]) == 1
    assert "HTTP 403 Forbidden" in capsys.readouterr().err


def test_escape_sequences_from_the_server_never_reach_the_terminal(env, capsys) -> None:
    answer = {"code": 1001, "msg": "\x1b[2J\x1b]0;owned\x07EVIL\x1b[31m\r\x08", "data": None}
    env.inject("verifyPrinter", f"answer:{json.dumps(answer)}")
    assert main(["printer", "add", "NEW1", "x"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: EVIL (code 1001)") and not any(ord(c) < 32 for c in err[:-1])


def test_strange_answers_to_order_and_print_are_errors(env, world, capsys) -> None:
    env.inject("queryOrderState", *['replace:{"code":0,"msg":"ok","data":{"a":1}}'] * 3)
    assert main(["order", "X"]) == 3
    assert "printed" not in capsys.readouterr().out
    env.inject("printLabel", *['replace:{"code":0}'] * 3)
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 3
    out, err = capsys.readouterr()
    assert "order None" not in out and "outcome unknown" in err


def test_the_timeout_option_is_checked(env) -> None:
    for bad in ("0", "-1", "nan", "soon"):
        with pytest.raises(SystemExit) as exc:
            main(["printer", "list", "--timeout", bad])
        assert exc.value.code == 2


def test_check_names_the_receipt_clouds_markup_in_one_line(tmp_path, capsys) -> None:
    receipt = tmp_path / "receipt.xml"
    receipt.write_text(
        "<PAGE><SIZE>40,30</SIZE>\n"
        '<TEXT x="8" y="8" font="9" w="1" h="1" r="0">#001</TEXT>\n'
        '<BC128 x="16" y="32" h="32" s="1" n="2" w="2" r="0">12345678</BC128>\n'
        '</PAGE><PAGE><SEQ x="8" y="8" xe="296" ye="232" s="3">'
        '<L x="88" y="8" w="3" h="224"></PAGE>\n'
    )
    assert main(["check", str(receipt)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{receipt}:1:7: error: this is label markup for Xpyun's receipt")


def test_check_refuses_unprintably_long_text_and_quotes_at_most_80_characters(
    tmp_path, capsys
) -> None:
    huge = tmp_path / "huge.xml"
    huge.write_text(
        '<PAGE w="40" l="30">\n<LABEL id="1">\n<TEXT x="1" y="1">'
        + "A" * 20_000_000
        + "</TEXT>\n</LABEL>\n</PAGE>\n"
    )
    start = time.monotonic()
    assert main(["check", str(huge)]) == 1
    assert time.monotonic() - start < 10  # rendering it took 83 s and 5.7 GB
    out = capsys.readouterr().out
    assert f"{huge}:3:1: error: TEXT holds 20,000,000 characters" in out
    attr = tmp_path / "attr.xml"
    attr.write_text(
        '<PAGE w="40" l="30">\n<LABEL id="1">\n<TEXT x="'
        + "9" * 20_000_000
        + 'z" y="1">hi</TEXT>\n</LABEL>\n</PAGE>\n'
    )
    assert main(["check", str(attr)]) == 1
    out = capsys.readouterr().out
    assert len(max(out.splitlines(), key=len)) < 250
    assert "(20,000,001 characters) is not a number" in out
