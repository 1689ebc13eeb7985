"""`xplabel check` and `xplabel format`: output, exit codes, atomic writes, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from designer.cli import COMMAND_MODULES, build_parser, main, wants_window

BROKEN = '<PAGE w="40" l="30">\n<LABEL id="1">\n  <TEXT x="1" y="a">hi</TEXT>\n</LABEL>\n</PAGE>\n'


def test_check_prints_file_line_col_and_exits_0_with_warnings(fixtures: Path, capsys) -> None:
    path = fixtures / "spec_full_example.xml"
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:12:3: warning: BARC is partly outside")
    assert out[1].startswith(f"{path}:18:3: warning: BL is partly outside")


def test_check_exits_1_on_errors_and_checks_every_file(
    tmp_path: Path, fixtures: Path, capsys
) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(BROKEN, "utf-8")
    missing = tmp_path / "missing.xml"
    assert main(["check", str(bad), str(missing), str(fixtures / "spec_request_example.xml")]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:3:3: error: TEXT y: 'a' is not a number" in out
    assert f"{missing}: error: cannot read: No such file or directory" in out
    assert "spec_request_example.xml:9:5: warning" in out


def test_format_prints_canonical_xml(fixtures: Path, capsysbinary) -> None:
    assert main(["format", str(fixtures / "spec_request_example.xml")]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith('<PAGE w="50" l="40">\n  <LABEL id="1">\n    <TEXT x="1" y="1">宫保鸡丁')


def test_format_in_place_and_to_out(tmp_path: Path, fixtures: Path) -> None:
    src = tmp_path / "a.xml"
    src.write_bytes((fixtures / "spec_full_example.xml").read_bytes())
    src.chmod(0o640)
    out = tmp_path / "b.xml"
    assert main(["format", str(src), "-o", str(out)]) == 0
    assert main(["format", str(src), "--in-place"]) == 0
    assert src.read_bytes() == out.read_bytes()
    assert src.read_text("utf-8").startswith('<PAGE w="100" l="60">')
    assert src.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xml", "b.xml"]  # no temp files left


def test_format_refuses_a_broken_file_and_leaves_it_alone(tmp_path: Path, capsys) -> None:
    src = tmp_path / "bad.xml"
    src.write_text(BROKEN, "utf-8")
    assert main(["format", str(src), "--in-place"]) == 1
    assert src.read_text("utf-8") == BROKEN
    err = capsys.readouterr().err
    assert "bad.xml:3:3: error:" in err
    assert "not formatted: it has errors" in err


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["format"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["format", "a.xml", "-o", "b.xml", "--in-place"])
    assert exc.value.code == 2


def test_every_command_has_help() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    assert set(commands) == set(COMMAND_MODULES)  # the lazy table names every command
    for name in commands:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0


def test_the_installed_command_and_python_m_agree(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"\x00\x01 not xml at all")
    for argv in (["xplabel"], [sys.executable, "-m", "designer"]):
        version = subprocess.run([*argv, "--version"], capture_output=True, text=True)
        assert version.returncode == 0 and version.stdout.startswith("xplabel ")
        run = subprocess.run([*argv, "check", str(bad)], capture_output=True, text=True)
        assert run.returncode == 1
        assert "Traceback" not in run.stdout + run.stderr
        assert f"{bad}:1:1: error: not well-formed XML" in run.stdout


def test_no_command_or_just_a_file_means_the_window() -> None:
    assert wants_window([]) and wants_window(["label.xml"])
    assert not wants_window(["check", "a.xml"]) and not wants_window(["--version"])
    assert not wants_window(["print"])
