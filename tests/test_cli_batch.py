"""`xplabel print TEMPLATE --data FILE`: a batch from the command line, as a user runs it against
the simulated cloud; a process killed half way and run again prints each label exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from designer.cli import main
from designer.services.store import Store
from tests.batch_helpers import make_template, printed_labels, printed_serials


def _accepted_orders() -> int:
    rows = Store.open_default().query(
        "SELECT COUNT(*) FROM print_orders WHERE state IN ('accepted', 'printed')"
    )
    return rows[0][0]


def test_print_with_data_prints_a_label_per_row_and_serials_go_on(env, world, tmp_path, capsys):
    template, data = make_template(tmp_path, 5)
    assert main(["print", str(template), "--data", str(data), "--sn", "P1"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("order SIM") and out.rstrip().endswith("rows 1-5")
    assert "5 rows, 5 labels in 1 order to P1" in err and "5 labels sent in 1 order" in err
    assert main(["print", str(template), "--sn", "P1", "--rows", "2-3", "--copies", "2"]) == 0
    assert printed_serials(world, "P1") == list(range(1, 10))  # the next batch goes on at 6
    names = printed_labels(world, "P1")
    assert names[5:] == ["Item 00002", "Item 00002", "Item 00003", "Item 00003"]


def test_an_invalid_row_sends_nothing_unless_skipped(env, world, tmp_path, capsys) -> None:
    template, data = make_template(tmp_path, 6)
    lines = data.read_text("utf-8").splitlines()
    lines[3] = lines[3].replace(",6920", ",6921")  # row 3: a wrong check digit
    data.write_text("\n".join(lines) + "\n", "utf-8")
    assert main(["print", str(template), "--sn", "P1"]) == 1
    err = capsys.readouterr().err
    assert "row 3, column barcode: error: BARC EAN-13: EAN-13 check digit" in err
    assert "nothing sent: row 3 has errors" in err and not world.orders
    assert main(["print", str(template), "--sn", "P1", "--skip-invalid"]) == 0
    assert "note: left out row 3" in capsys.readouterr().err
    assert [n[-1] for n in printed_labels(world, "P1")] == ["1", "2", "4", "5", "6"]
    assert printed_serials(world, "P1") == [1, 2, 3, 4, 5]  # unbroken


def test_a_copies_column_gives_each_row_its_copies(env, world, tmp_path, capsys) -> None:
    template, _data = make_template(tmp_path, 6, copies=True)  # qty: 1, 2, 0, 1, 2, 0
    argv = ["print", str(template), "--sn", "P1", "--copies-column", "qty"]
    assert main(argv) == 0
    names = [n[-1] for n in printed_labels(world, "P1")]
    assert names == ["1", "2", "2", "4", "5", "5"]
    assert printed_serials(world, "P1") == [1, 2, 3, 4, 5, 6]  # each copy its own serial
    assert main([*argv, "--copies-column", "nope"]) == 1
    assert "no column 'nope' for the copies" in capsys.readouterr().err


def test_without_a_counter_copies_go_in_the_label_c_attribute(env, world, tmp_path) -> None:
    template, _data = make_template(tmp_path, 3)
    text = template.read_text("utf-8").replace("{{serial}}", "{{sku}}")
    template.write_text(text, "utf-8")
    assert main(["print", str(template), "--sn", "P1", "--copies", "3"]) == 0
    (order,) = world.printed("P1")
    assert order.content.count('c="3"') == 3 and order.content.count("<LABEL") == 3
    assert len(printed_labels(world, "P1")) == 9


def test_a_lost_answer_exits_3_and_the_same_command_resumes(env, world, tmp_path, capsys):
    template, _data = make_template(tmp_path, 900, long=True)
    env.inject("printLabel", "ok", "ok", "drop", "drop", "drop")
    argv = ["print", str(template), "--sn", "P1"]
    assert main(argv) == 3
    err = capsys.readouterr().err
    assert "outcome unknown" in err and "run the same command again" in err
    assert "xplabel printer clear P1" in err
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert "resuming batch" in err and "labels already sent" in err
    assert out.count("accepted in an earlier run; not sent again") == 2
    assert printed_serials(world, "P1") == list(range(1, 901))


def test_again_discards_an_unfinished_batch(env, world, tmp_path, capsys) -> None:
    template, _ = make_template(tmp_path, 900, long=True)
    env.inject("printLabel", "ok", "http:403")
    argv = ["print", str(template), "--sn", "P1"]
    assert main(argv) == 1
    capsys.readouterr()
    assert main([*argv, "--again", "--rows", "1-3"]) == 0  # another batch: serials go on
    assert main([*argv, "--again"]) == 0  # the first, discarded: a new batch of every row
    assert "resuming" not in capsys.readouterr().err
    serials = printed_serials(world, "P1")
    assert len(serials) == len(set(serials))  # never the same number twice


def test_a_batch_killed_half_way_and_run_again_prints_each_label_once(env, world, tmp_path):
    env._server.latency = 0.03  # a distant cloud: the batch takes a while
    template, _data = make_template(tmp_path, 2500, long=True)
    command = [sys.executable, "-m", "designer", "print", str(template), "--sn", "P1"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _accepted_orders() < 12 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    proc.stderr.close()
    sent_before = len(world.orders)
    assert 12 <= sent_before < 40
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "resuming batch" in rerun.stderr
    names = printed_labels(world, "P1")
    assert len(names) == 2500 and len(set(names)) == 2500  # each label exactly once
    assert printed_serials(world, "P1") == list(range(1, 2501))  # in order, unbroken


def test_plain_files_print_as_before_and_a_template_needs_its_data(
    env, world, tmp_path, capsys
) -> None:
    plain = Path(__file__).parent / "fixtures" / "spec_request_example.xml"
    assert main(["print", str(plain), "--sn", "P1"]) == 0
    template, data = make_template(tmp_path, 2)
    data.unlink()
    assert main(["print", str(template), "--sn", "P1"]) == 1
    assert "products.csv: cannot read" in capsys.readouterr().err
    assert main(["print", str(template), "--sn", "P1", "--data", "x.csv", "--as", "image"]) == 2
    assert len(world.orders) == 1


def test_ctrl_c_stops_a_batch_that_the_same_command_resumes(env, world, tmp_path) -> None:
    env._server.latency = 0.03
    template, _ = make_template(tmp_path, 2500, long=True)
    command = [sys.executable, "-m", "designer", "print", str(template), "--sn", "P1"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while _accepted_orders() < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "run the same command again to resume" in err
    assert "xplabel printer clear P1" in err and "Traceback" not in err
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0 and "resuming batch" in rerun.stderr
    assert printed_serials(world, "P1") == list(range(1, 2501))


def test_progress_shows_on_a_terminal(env, world, tmp_path) -> None:
    import pty

    template, _ = make_template(tmp_path, 600, long=True)
    command = [sys.executable, "-m", "designer", "print", str(template), "--sn", "P1"]
    master, slave = pty.openpty()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the command ended: the terminal closed
            break
        if not chunk:
            break
        shown += chunk
    proc.wait(60)
    proc.stdout.close()
    os.close(master)
    assert proc.returncode == 0
    text = shown.decode("utf-8", "replace")
    assert "\rlabels 600/600 sent · orders " in text and " accepted · " in text


def test_an_unknown_outcome_past_the_platforms_window_is_never_resent(
    env, world, tmp_path, capsys
) -> None:
    template, _ = make_template(tmp_path, 900, long=True)
    env.inject("printLabel", "ok", "drop", "drop", "drop")  # order 2 taken, its answer lost
    argv = ["print", str(template), "--sn", "P1"]
    assert main(argv) == 3
    capsys.readouterr()
    with Store.open_default().transaction() as db:  # the platform's 5 minutes have passed
        db.execute("UPDATE print_orders SET first_sent = first_sent - 400")
    assert main(argv) == 3
    err = capsys.readouterr().err
    assert "the 5 minutes in which resending is safe have passed" in err
    assert "this batch cannot go on by itself" in err and "--again --rows" in err
    assert len(world.orders) == 2  # order 2 was not sent again
