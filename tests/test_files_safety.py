"""Files under attack (issue 11, items 3 and 5): writes that respect what is at the path, inputs
that are not regular files or are too large refused without hanging or growing, and a kill that
leaves no temporary file behind."""

from __future__ import annotations

import io
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import main
from designer.services.files import UnsafePathError, atomic_write_bytes, read_input

FIXTURE = Path(__file__).parent / "fixtures" / "spec_full_example.xml"


def _formatted() -> bytes:
    from designer.labelxml import read, write_bytes

    return write_bytes(read(FIXTURE))


def _copy(tmp_path: Path, name: str = "a.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(FIXTURE.read_bytes())
    return path


def test_format_in_place_on_a_symlink_formats_the_target_and_keeps_the_link(tmp_path) -> None:
    real = _copy(tmp_path, "real.xml")
    link = tmp_path / "link.xml"
    link.symlink_to(real.name)
    assert main(["format", str(link), "--in-place"]) == 0
    assert link.is_symlink() and os.readlink(link) == "real.xml"
    assert real.read_bytes() == _formatted()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.xml", "real.xml"]


def test_output_to_a_device_writes_into_it_and_leaves_it_a_device(capsysbinary) -> None:
    assert main(["format", str(FIXTURE), "-o", os.devnull]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not [p for p in Path(os.devnull).parent.iterdir() if p.name.startswith(".null.")]


def test_output_to_a_fifo_is_written_through_or_refused_without_a_reader(tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UnsafePathError, match="nobody reads"):
        atomic_write_bytes(fifo, b"x")  # no reader: refused at once, never waiting for one
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader (the label is < 64 KB)
    try:
        assert main(["format", str(FIXTURE), "-o", str(fifo)]) == 0
        assert os.read(reader, 1 << 20) == _formatted()
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not replaced by a file


def test_a_read_only_file_is_refused_and_left_as_it_was(tmp_path, capsys) -> None:
    src = _copy(tmp_path)
    src.chmod(0o444)
    before = src.read_bytes()
    assert main(["format", str(src), "--in-place"]) == 1
    assert "is read-only" in capsys.readouterr().err
    assert src.read_bytes() == before and stat.S_IMODE(src.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xml"]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_the_owner_and_mode_are_kept(tmp_path) -> None:
    src = _copy(tmp_path)
    os.chown(src, 12345, 23456)
    src.chmod(0o640)
    assert main(["format", str(src), "--in-place"]) == 0
    info = src.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (12345, 23456, 0o640)
    assert src.read_bytes() == _formatted()


def test_a_folder_or_a_socket_as_output_is_refused(tmp_path) -> None:
    import socket

    with pytest.raises(IsADirectoryError):
        atomic_write_bytes(tmp_path, b"x")
    sock_path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        with pytest.raises(UnsafePathError, match="not a regular file"):
            atomic_write_bytes(sock_path, b"x")


_KILLED_WRITER = """
import os, sys
import designer.services.files as files
real_fsync = os.fsync
def fsync_then_wait(fd):
    real_fsync(fd)
    print("ready", flush=True)
    import time
    time.sleep(30)
files.os.fsync = fsync_then_wait
from designer.cli import main
sys.exit(main(["format", sys.argv[1], "-o", sys.argv[2]]))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_kill_while_writing_leaves_no_temporary_file(tmp_path, signum) -> None:
    out = tmp_path / "out.xml"
    out.write_bytes(b"the old content")
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(FIXTURE), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline() == "ready\n"  # the temporary file is written, not renamed
    assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=10)
    proc.stdout.close()
    assert proc.returncode in (130, 128 + signum) and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xml"]
    assert out.read_bytes() == b"the old content"


def test_a_fifo_as_input_is_refused_not_waited_on(tmp_path, capsys) -> None:
    fifo = tmp_path / "in.xml"
    os.mkfifo(fifo)
    assert main(["check", str(fifo)]) == 1  # it used to hang for ever
    assert "is not a regular file" in capsys.readouterr().out


def test_dev_zero_as_input_is_refused_not_read(capsys, tmp_path) -> None:
    assert main(["check", "/dev/zero"]) == 1
    assert "is not a regular file" in capsys.readouterr().out
    assert main(["print-image", "/dev/zero", "--sn", "P1"]) == 1
    assert "is not a regular file" in capsys.readouterr().err


def test_label_xml_over_64_mb_is_refused_before_reading(tmp_path, capsys) -> None:
    big = tmp_path / "big.xml"
    with open(big, "wb") as fh:
        fh.truncate(65 * 1024 * 1024)  # sparse: nothing to read, had it been read
    assert main(["check", str(big)]) == 1
    out = capsys.readouterr().out
    assert "is 65 MB; a label XML file may be at most 64 MB" in out


def test_standard_input_is_read_up_to_the_limit(monkeypatch) -> None:
    class Stdin:
        buffer = io.BytesIO(b"x" * 101)

    monkeypatch.setattr(sys, "stdin", Stdin)
    with pytest.raises(UnsafePathError, match="at most"):
        read_input("-", 100)
    Stdin.buffer = io.BytesIO(b"x" * 100)
    assert read_input("-", 100) == b"x" * 100


def test_a_folder_as_input_says_so(tmp_path, capsys) -> None:
    assert main(["check", str(tmp_path)]) == 1
    assert "is a directory" in capsys.readouterr().out
