"""Never print twice: the print journal against lost, cut and interrupted answers, through the
command line as a user runs it (the attacks of issue 11, item 1)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from designer.cli import main
from designer.cloud.models import PrinterState
from designer.services.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
ONE_LABEL = str(FIXTURES / "spec_request_example.xml")
THREE_LABELS = str(FIXTURES / "spec_full_example.xml")  # labels 1 and 2, and 3 with c=2


def _store() -> Store:
    return Store.open_default()


def _age_journal(seconds: float) -> None:
    """Make every journaled order look `seconds` older (the platform's window has passed)."""
    with _store().transaction() as db:
        db.execute("UPDATE print_orders SET first_sent = first_sent - ?", (seconds,))


@pytest.mark.parametrize("trial", range(3))  # deterministic now; was 10 of 10 duplicated
def test_lost_answers_then_a_rerun_print_once(env, world, capsys, trial) -> None:
    env.inject("printLabel", "drop", "drop", "drop")  # the cloud accepts; every answer is lost
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 3
    err = capsys.readouterr().err
    assert "label XML: outcome unknown" in err and "xplabel printer queue P1" in err
    assert "within 5 minutes is safe" in err
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 0  # the rerun the message invites
    out = capsys.readouterr().out
    (order_id,) = world.orders
    assert out == f"order {order_id} (already accepted earlier; not printed again)\n"
    assert len(world.orders) == 1 and len(world.printed("P1")) == 1


@pytest.mark.parametrize("trial", range(2))  # was 5 of 5
def test_cut_off_answers_then_a_rerun_print_once(env, world, capsys, trial) -> None:
    env.inject("printLabel", "cut", "cut", "cut")  # ChunkedEncodingError and friends
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 3
    assert "Traceback" not in capsys.readouterr().err
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 0
    assert len(world.orders) == 1


def test_images_rerun_after_label_2_failed_sends_only_what_was_not_taken(
    env, world, capsys
) -> None:
    env.inject("printImage", "ok", "drop", "drop", "drop")  # label 2's answers are lost
    assert main(["print", THREE_LABELS, "--sn", "P1", "--as", "image"]) == 3
    out, err = capsys.readouterr()
    first = out.split()[1]
    assert "label 2 as an image: outcome unknown" in err
    assert "not sent: label 3 as an image" in err
    assert len(world.orders) == 2  # label 1, and label 2 (accepted, answer lost)
    assert main(["print", THREE_LABELS, "--sn", "P1", "--as", "image"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"order {first} (already accepted in an earlier run; not sent again)"
    assert lines[1].endswith("(already accepted earlier; not printed again)")
    assert len(lines) == 3 and len(world.orders) == 3
    contents = [o.content for o in world.orders.values()]
    assert len(set(contents)) == 3  # each label printed exactly once


def test_after_the_window_an_unknown_outcome_is_never_resent(env, world, capsys) -> None:
    env.inject("printLabel", "drop", "drop", "drop")
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 3
    capsys.readouterr()
    _age_journal(400)  # the platform no longer remembers the idempotency value
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 3
    err = capsys.readouterr().err
    assert "outcome unknown" in err and "5 minutes in which resending is safe have passed" in err
    assert "xplabel printer queue P1" in err and "--again" in err
    assert len(world.orders) == 1  # not sent again
    assert main(["print", ONE_LABEL, "--sn", "P1", "--again"]) == 0  # on purpose
    assert len(world.orders) == 2


def test_printing_the_same_label_again_on_purpose_prints_again(env, world, capsys) -> None:
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 0
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 0
    assert len(world.orders) == 2
    values = {v for (_, v) in world.idempotency}
    assert len(values) == 2  # a new job, a new idempotency value


def test_a_refused_print_is_sent_again_with_a_new_value(env, world, capsys) -> None:
    assert main(["print", ONE_LABEL, "--sn", "P2"]) == 1  # offline, mode 0: refused
    assert "PRINTER_OFFLINE" in capsys.readouterr().err
    world.set_state("P2", PrinterState.ONLINE)
    assert main(["print", ONE_LABEL, "--sn", "P2"]) == 0
    assert len(world.orders) == 1


def test_images_keep_the_jobs_mode_and_copies_unless_a_label_says_more(env, world, capsys):
    assert main(["print", THREE_LABELS, "--sn", "P2", "--as", "image", "--mode", "1"]) == 0
    assert [o.mode for o in world.orders.values()] == [1, 1, 1]  # queued, not refused
    assert main(["print", THREE_LABELS, "--sn", "P1", "--as", "image", "--copies", "3"]) == 0
    copies = [o.copies for o in world.orders.values() if o.sn == "P1"]
    assert copies == [3, 3, 2]  # c=1 is the default, not an override; c=2 overrides


def test_print_image_is_journaled_too(env, world, tmp_path, capsys) -> None:
    from PIL import Image

    image = tmp_path / "a.png"
    Image.new("L", (16, 8), 0).save(image)
    env.inject("printImage", "drop", "drop", "drop")
    assert main(["print-image", str(image), "--sn", "P1"]) == 3
    assert main(["print-image", str(image), "--sn", "P1"]) == 0
    assert len(world.orders) == 1


def test_the_journal_records_intent_and_outcome(env, world, capsys) -> None:
    env.inject("printLabel", "drop", "drop", "drop")
    main(["print", ONE_LABEL, "--sn", "P1", "--copies", "2"])
    rows = _store().query("SELECT state, copies, mode, idempotent, digest FROM print_orders")
    assert [(r["state"], r["copies"], r["mode"]) for r in rows] == [("unknown", 2, 0)]
    assert rows[0]["idempotent"] in {v for (_, v) in world.idempotency}
    assert len(rows[0]["digest"]) == 64


def test_ctrl_c_while_a_print_is_on_its_way_is_journaled_and_safe_to_rerun(
    env, world, capsys
) -> None:
    env.inject("printLabel", "drip:0.5")  # committed; the answer comes a byte at a time
    command = [sys.executable, "-m", "designer", "print", ONE_LABEL, "--sn", "P1"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 15
    while not world.orders and time.monotonic() < deadline:
        time.sleep(0.02)
    assert world.orders, proc.communicate()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=5)
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    rows = _store().query("SELECT state FROM print_orders")
    assert [r["state"] for r in rows] == ["unknown"]
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 0
    assert "already accepted earlier" in capsys.readouterr().out
    assert len(world.orders) == 1


def test_sigterm_while_a_print_is_on_its_way_is_journaled_too(env, world) -> None:
    env.inject("printLabel", "drip:0.5")
    command = [sys.executable, "-m", "designer", "print", ONE_LABEL, "--sn", "P1"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 15
    while not world.orders and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=5)
    assert proc.returncode == 143 and "terminated (SIGTERM)" in err
    assert [r["state"] for r in _store().query("SELECT state FROM print_orders")] == ["unknown"]


def test_a_print_killed_outright_is_recovered_by_the_rerun(env, world, capsys) -> None:
    env.inject("printLabel", "drip:0.5")
    command = [sys.executable, "-m", "designer", "print", ONE_LABEL, "--sn", "P1"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 15
    while not world.orders and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.kill()  # SIGKILL: no handler runs; the intent stays "sending"
    proc.communicate(timeout=5)
    assert [r["state"] for r in _store().query("SELECT state FROM print_orders")] == ["sending"]
    assert main(["print", ONE_LABEL, "--sn", "P1"]) == 0  # its writer is gone: unknown
    assert "already accepted earlier" in capsys.readouterr().out
    assert len(world.orders) == 1


def test_the_same_print_started_twice_at_once_prints_twice(env, world) -> None:
    import threading

    from designer.cloud import XpyunClient
    from designer.services.journal import PrintJournal
    from designer.services.sending import OrderRequest, send_job

    order = OrderRequest("printLabel", {"sn": "P1", "content": "<PAGE/>", "copies": 1}, "x")
    journal = PrintJournal(_store())
    client = XpyunClient("demo", "demo-key", env.base_url)
    env.inject("printLabel", "drip:0.02")  # the first is slow to answer (~2 s)
    first = threading.Thread(
        target=send_job, args=(client, journal, [order]), kwargs={"document": "", "printer": ""}
    )
    first.start()
    deadline = time.monotonic() + 10
    while not world.orders and time.monotonic() < deadline:
        time.sleep(0.01)
    second = send_job(client, journal, [order], document="", printer="")  # on purpose, again
    first.join(30)
    assert second.sent[0].note == "" and len(world.orders) == 2
