"""The cloud commands against the simulator: output, messages and exit codes (0, 1, 2, 3)."""

from __future__ import annotations

import io
import json
import socket
import time
from pathlib import Path

import pytest
from PIL import Image

from designer.cli import main
from designer.cloud.models import PrinterState
from designer.labelxml import read


def _image(path: Path, size: tuple[int, int] = (40, 20), fmt: str = "PNG") -> Path:
    Image.new("L", size, 0).save(path, format=fmt)
    return path


def test_printer_add_list_status_queue_clear(env, world, capsys) -> None:
    assert main(["printer", "add", "NEW1", "Front desk"]) == 0
    assert "NEW1 (Front desk) added" in capsys.readouterr().out
    assert main(["printer", "add", "P1", "Kitchen"]) == 0  # 1009: already ours, kept
    assert "already added" in capsys.readouterr().out
    assert main(["printer", "add", "P2", "Bar"]) == 0
    capsys.readouterr()
    assert main(["printer", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["sn"], p["name"], p["status"], p["state"], p["queue"]) for p in listed] == [
        ("NEW1", "Front desk", 1, "online", 0),
        ("P1", "Kitchen", 1, "online", 0),
        ("P2", "Bar", 0, "offline", 0),
    ]
    assert main(["printer", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["SN", "NAME", "STATE", "FIRMWARE", "QUEUE"]
    assert table[3].split()[:3] == ["P2", "Bar", "offline"]
    assert main(["printer", "status", "P2", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status == {
        "sn": "P2",
        "name": "Bar",
        "status": 0,
        "state": "offline",
        "version": "V1.2.7",
        "queue": 0,
    }
    assert (
        main(
            [
                "print",
                str(Path(__file__).parent / "fixtures/spec_request_example.xml"),
                "--sn",
                "P2",
                "--mode",
                "1",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["printer", "queue", "P2"]) == 0
    assert capsys.readouterr().out.strip() == "1"
    assert main(["printer", "clear", "P2"]) == 0
    assert "queue cleared" in capsys.readouterr().out
    assert main(["printer", "remove", "NEW1"]) == 0
    assert "list only" in capsys.readouterr().out
    assert main(["printer", "remove", "NEW1"]) == 1


def test_add_printer_errors_carry_the_guidance(env, capsys) -> None:
    assert main(["printer", "add", "P4", "Theirs"]) == 1
    assert capsys.readouterr().err.startswith(
        "error: SN_USER_NOT_MATCH (code 1001): the printer belongs to another account"
    )
    assert main(["printer", "add", "ZZZ", "x"]) == 1
    assert "SN_INVALID (code 1008)" in capsys.readouterr().err


def test_print_label_and_wait_until_printed(env, world, fixtures, capsys) -> None:
    assert (
        main(
            [
                "print",
                str(fixtures / "spec_full_example.xml"),
                "--sn",
                "P1",
                "--copies",
                "2",
                "--wait",
                "5",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    order_id = out[0].split()[1]
    assert out[-1] == f"order {order_id}: printed"
    order = world.orders[order_id]
    assert (order.kind, order.copies) == ("label", 2)
    assert read(order.content) == read(fixtures / "spec_full_example.xml")


def test_print_as_images_one_per_label_respecting_c(env, world, fixtures, capsys) -> None:
    assert (
        main(["print", str(fixtures / "spec_full_example.xml"), "--sn", "P1", "--as", "image"]) == 0
    )
    ids = [line.split()[1] for line in capsys.readouterr().out.splitlines()]
    orders = [world.orders[i] for i in ids]
    assert [(o.kind, o.copies) for o in orders] == [("image", 1), ("image", 1), ("image", 2)]
    import base64

    with Image.open(io.BytesIO(base64.b64decode(orders[0].content))) as image:
        assert (image.mode, image.size) == ("1", (800, 480))


def test_offline_printer_refuses_and_says_what_to_do(env, fixtures, capsys) -> None:
    assert main(["print", str(fixtures / "spec_full_example.xml"), "--sn", "P2"]) == 1
    last = capsys.readouterr().err.splitlines()[-1]  # after the file's warnings
    assert last.startswith("error: PRINTER_OFFLINE (code 1003): ")
    assert "mode 1" in last


def test_print_refuses_a_file_with_errors_before_sending(env, world, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(
        '<PAGE w="40" l="30"><LABEL id="1"><BARC x="1" y="1" ct="jan13a">12</BARC></LABEL></PAGE>'
    )
    assert main(["print", str(bad), "--sn", "P1"]) == 1
    assert "EAN-13 takes 12 digits" in capsys.readouterr().err
    assert world.orders == {}


def test_print_image_url_order_voice(env, world, tmp_path, capsys) -> None:
    assert main(["print-image", str(_image(tmp_path / "a.png")), "--sn", "P1"]) == 0
    order_id = capsys.readouterr().out.split()[1]
    assert world.orders[order_id].kind == "image"
    assert main(["order", order_id]) == 0
    assert capsys.readouterr().out.strip() == f"order {order_id}: printed"
    assert main(["print-url", "https://example.com/a.txt", "--sn", "P1"]) == 0
    capsys.readouterr()
    assert main(["print-url", "ftp://x", "--sn", "P1"]) == 1
    assert "not an http(s) URL" in capsys.readouterr().err
    (tmp_path / "x.gif").write_bytes(b"GIF89a")
    assert main(["print-image", str(tmp_path / "x.gif"), "--sn", "P1"]) == 1
    assert "must be a PNG, JPG or BMP" in capsys.readouterr().err
    assert main(["voice", "P1", "取餐号 42"]) == 0
    assert world.printers["P1"].voice == ["取餐号 42"]
    assert main(["order", "nope"]) == 1
    assert "ORDER_NOT_FOUND (code 1005): the order id is unknown" in capsys.readouterr().err


def test_logo_upload_checks_size_before_sending(env, world, tmp_path, capsys) -> None:
    big = tmp_path / "big.bmp"
    _image(big, (800, 800), "BMP")  # 640 KB
    assert main(["logo", "upload", str(big), "--sn", "P1"]) == 1
    assert "at most 500 KB" in capsys.readouterr().err
    assert world.printers["P1"].logo is None
    small = _image(tmp_path / "logo.png")
    assert main(["logo", "upload", str(small), "--sn", "P1", "--print", "--paper", "2"]) == 0
    out = capsys.readouterr().out
    assert "logo uploaded; proof order SIM" in out
    assert world.printers["P1"].logo == small.read_bytes()
    data_home = Path(__import__("os").environ["XDG_DATA_HOME"])
    assert (data_home / "xplabel" / "logos" / "P1.img").read_bytes() == small.read_bytes()


def test_unreachable_cloud_exits_3(app_dirs, monkeypatch, capsys) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("XPLABEL_BASE_URL", f"http://127.0.0.1:{port}/api")
    monkeypatch.setenv("XPYUN_USER", "demo")
    monkeypatch.setenv("XPYUN_USER_KEY", "k")
    assert main(["order", "x"]) == 3
    assert capsys.readouterr().err.startswith(f"error: cannot reach http://127.0.0.1:{port}/api")


def test_state_changes_reach_printer_status(env, world, capsys) -> None:
    world.set_state("P1", PrinterState.ABNORMAL)
    assert main(["printer", "status", "P1"]) == 0
    assert "abnormal" in capsys.readouterr().out


def test_usage_errors_exit_2(env) -> None:
    for argv in (
        ["print", "x.xml"],
        ["printer"],
        ["print", "x.xml", "--sn", "P1", "--copies", "0"],
        ["logo", "upload", "x.png", "--sn", "P1", "--paper", "4"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_the_simulator_command_serves_and_can_be_scripted(tmp_path) -> None:
    import subprocess
    import sys

    import requests

    from designer.cloud import XpyunClient

    command = [sys.executable, "-m", "designer", "simulator", "--printers", "3", "--key", "k1"]
    sim = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        first = sim.stdout.readline()
        assert first.startswith("simulated Xpyun cloud at http://127.0.0.1:")
        url = first.split(" at ", 1)[1].strip()
        assert "user demo, UserKEY k1" in sim.stdout.readline()
        client = XpyunClient("demo", "k1", url)
        client.verify_printer("XPSIM0000000002", "Bar")
        assert client.query_printer_status("XPSIM0000000002").state is PrinterState.OFFLINE
        control = url.split("/api/")[0] + "/simulator/printers/XPSIM0000000002"
        assert requests.post(control, json={"state": 1}, timeout=5).status_code == 200
        assert client.query_printer_status("XPSIM0000000002").state is PrinterState.ONLINE
        order = client.print_label("XPSIM0000000002", '<PAGE w="9" l="9"/>')
        deadline = time.monotonic() + 10
        printed = []
        while not printed and time.monotonic() < deadline:  # the simulator prints in a moment
            printed = requests.get(control + "/printed", timeout=5).json()
        assert [p["id"] for p in printed] == [order.order_id]
        client.close()
    finally:
        sim.terminate()
        sim.wait(5)
        sim.stdout.close()


def test_settings_keep_their_types_and_survive_nonsense(app_dirs) -> None:
    from designer.services.settings import Settings

    Settings(user="u", printer_refresh_seconds=30).save()
    assert Settings.load().printer_refresh_seconds == 30
    Settings.path().write_text('{"user": "u", "printer_refresh_seconds": "often", "x": 1}')
    loaded = Settings.load()
    assert (loaded.user, loaded.printer_refresh_seconds) == ("u", 10)
