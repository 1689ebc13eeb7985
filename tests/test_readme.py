"""README.md is honest: every fenced shell command in it runs as written.

Each block runs as one bash script in a scratch folder that sees this checkout's files, with
private settings and offscreen Qt. Placeholders (`<PORT>`, `<KEY>`) are filled in the way a user
fills them in: from what `xplabel simulator` printed. Every file a command names with `-o` must
exist afterwards. The Quick start is run by `.ci/run` on a fresh machine (through
tests/readme.py), and `packaging/build` by tests/test_bundle.py; the tests here check that.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import need
from tests.readme import PLACEHOLDER, README, Block, blocks, section_commands

ROOT = Path(__file__).resolve().parent.parent
QUICK_START = "Quick start"
RUN_ELSEWHERE = {
    "packaging/build": "tests/test_bundle.py",
    "packaging/run-tests": ".ci/run (the Quick start)",
}
"""Commands too long to run again here, and the test that runs them."""

SIMULATOR = re.compile(r"^xplabel simulator\b[^&#]*&")
FROM_THE_SIMULATOR = {
    "PORT": r'$(grep -o "127\.0\.0\.1:[0-9]*" simulator.out | head -1 | cut -d: -f2)',
    "KEY": r'$(sed -n "s/.*UserKEY \([0-9A-Za-z_-]*\).*/\1/p" simulator.out | head -1)',
}
"""How a user fills in each placeholder: from the simulator's printout."""

BLOCKS = [b for b in blocks(README.read_text("utf-8")) if b.section != QUICK_START]


def script(block: Block) -> str:
    """The block as a bash script: a simulator started with `&` is read the way a user reads it,
    and placeholders are the values read."""
    lines = ["set -euo pipefail"]
    for command in block.commands:
        if command.split()[0] in RUN_ELSEWHERE:
            continue
        if SIMULATOR.match(command):
            started = command.split("&")[0].strip()
            lines += [
                f"{started} > simulator.out 2>&1 &",
                "trap 'kill $! 2>/dev/null || true' EXIT",
                "for _ in $(seq 400); do grep -q UserKEY simulator.out && break; sleep 0.05; done",
                *(f"{name}={value}" for name, value in FROM_THE_SIMULATOR.items()),
            ]
            continue
        for name in PLACEHOLDER.findall(command):
            if name not in FROM_THE_SIMULATOR:
                pytest.fail(
                    f"README.md line {block.line}: tests/test_readme.py does not know how a user "
                    f"fills in <{name}>: add it to FROM_THE_SIMULATOR"
                )
        lines.append(PLACEHOLDER.sub(lambda m: f'"${m.group(1)}"', command))
    return "\n".join(lines) + "\n"


def scratch(tmp_path: Path) -> Path:
    """A folder that sees this checkout's files (by links) and keeps what the commands write."""
    work = tmp_path / "work"
    work.mkdir()
    for entry in ROOT.iterdir():
        if entry.name not in {".git", ".venv", "build", "dist"} and not entry.name.startswith("."):
            (work / entry.name).symlink_to(entry)
    return work


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: f"line{b.line}")
def test_every_command_of_the_readme_runs_as_written(block: Block, tmp_path: Path) -> None:
    work = scratch(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XPYUN_", "XPLABEL_"))}
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}",  # this run's xplabel
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        XPLABEL_QUIT_AFTER_MS="0",  # a command that opens the window closes it again
    )
    done = subprocess.run(
        ["bash", "-c", script(block)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, f"README.md line {block.line}:\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr
    for command in block.commands:
        for named in re.findall(r"(?:^|\s)-o\s+(\S+)", command):
            assert (work / named).is_file(), f"README.md line {block.line}: {named} not written"


def test_the_readme_has_commands_beyond_the_quick_start() -> None:
    assert any(SIMULATOR.match(c) for b in BLOCKS for c in b.commands)
    assert any(" -o " in c for b in BLOCKS for c in b.commands)


def test_the_quick_start_is_what_ci_runs() -> None:
    apt, install, tests = section_commands(QUICK_START)
    assert apt.startswith("sudo apt-get install ")
    assert install.startswith("python3 -m venv .venv && ") and install.endswith("xplabel --demo")
    assert tests == "packaging/run-tests"
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert 'tests/readme.py commands "Quick start"' in ci
    for index in range(3):
        assert f'"${{quick_start[{index}]}}"' in ci
    assert "packaging/build" in (ROOT / "tests" / "test_bundle.py").read_text("utf-8")


def test_the_apt_line_names_packages_debian_has() -> None:
    need(shutil.which("apt-get"), "apt-get")
    apt = section_commands(QUICK_START)[0]
    packages = apt.removeprefix("sudo apt-get install ").split()
    assert "python3-venv" in packages and "gnome-keyring" in packages
    done = subprocess.run(
        ["apt-get", "install", "--simulate", "--no-install-recommends", *packages],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
    )
    assert done.returncode == 0, done.stderr


def test_every_picture_and_file_the_readme_links_to_is_there() -> None:
    text = README.read_text("utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)\)", text)
    assert any(t.endswith(".png") for t in targets)
    for target in targets:
        if "://" not in target:
            assert (ROOT / target).is_file(), target
    for name in ("window", "print-dialog", "printers"):
        for language in ("en", "zh_CN"):
            assert (ROOT / "docs" / "screenshots" / f"{name}-{language}.png").is_file()
