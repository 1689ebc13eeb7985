"""Benchmark `xplabel`'s start-up against an earlier commit: both trees started alternately in
the same run (the machine's noise falls on both), each timed as its own bench_window measures
it: the window on the screen, then built, fitted and painted.

Target (issue 13): built, fitted and painted stays where it was at the round's start (3d35cca).
Run: python -m tests.bench.bench_startup_against [REV] [ROUNDS]   (REV: 3d35cca by default)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
ROUND_START = "3d35cca"


def start_code(tree: Path) -> str:
    """The tree's own start-up timing script (its bench_window's), with no arguments."""
    source = (tree / "tests" / "bench" / "bench_window.py").read_text("utf-8")
    begin = source.index('OURS = """') + len('OURS = """')
    code = source[begin : source.index('"""', begin)]
    return ("ARGS = []\n" if "main(ARGS)" in code else "") + code


def run_once(tree: Path, code: str, home: str) -> tuple[float, float]:
    """(visible, built and painted) seconds of one start of `tree`'s xplabel."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(tree),
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: with bytecode
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tree,
        timeout=120, check=True,
    )  # fmt: skip
    visible, ready = (float(t) for t in run.stdout.strip().splitlines()[-1].split())
    return visible, ready


def compare(rev: str, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        old = Path(scratch) / "old"
        subprocess.run(
            ["git", "-C", str(HERE), "worktree", "add", "--detach", str(old), rev],
            check=True, capture_output=True,
        )  # fmt: skip
        try:
            trees = {rev: old, "now": HERE}
            codes = {name: start_code(tree) for name, tree in trees.items()}
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            for round_ in range(rounds + 1):  # the first round warms up (bytecode, caches)
                order = list(trees.items())
                # ABBA: neither tree always starts first, so neither gains from the order
                for name, tree in order if round_ % 2 else reversed(order):
                    home = f"{scratch}/home-{name}"
                    measured = run_once(tree, codes[name], home)
                    if round_:
                        times[name].append(measured)
        finally:
            subprocess.run(
                ["git", "-C", str(HERE), "worktree", "remove", "--force", str(old)],
                check=False, capture_output=True,
            )  # fmt: skip
    before = sorted(r for _v, r in times[rev])
    print(f"{rounds} rounds, alternating (ABBA); built, fitted and painted:")
    for name, measured in times.items():
        ready = sorted(r for _v, r in measured)
        visible = statistics.median(v for v, _r in measured)
        q1, median = ready[len(ready) // 4], statistics.median(ready)
        print(
            f"  {name:8} visible {visible * 1000:5.0f} ms   built and painted median "
            f"{median * 1000:5.0f} ms ({median / statistics.median(before):.2f}x)"
            f", lower quartile {q1 * 1000:5.0f} ms ({q1 / before[len(before) // 4]:.2f}x)"
            f", best {ready[0] * 1000:5.0f} ms ({ready[0] / before[0]:.2f}x)"
        )


if __name__ == "__main__":
    compare(
        sys.argv[1] if len(sys.argv) > 1 else ROUND_START,
        int(sys.argv[2]) if len(sys.argv) > 2 else 25,
    )
