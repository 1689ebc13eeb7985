"""Benchmark the app bundle against the installed program: start-up to a shown window, and size.

Target (issue 16): the bundle's `xplabel` reaches its window within 1.5x the time the installed
program takes, measured alternately in the same run. Each run starts the program with
XPLABEL_QUIT_AFTER_MS=0 (the smoke-test hook: it prints a line once the window is shown and built,
then quits) and times start -> that line. On Xvfb when it is installed, else offscreen.
Also prints the bundle's size on disk and its largest parts.

Run: python -m tests.bench.bench_bundle [BUNDLE_DIR] [INSTALLED_XPLABEL]
(defaults: dist/xplabel from packaging/build, and the checkout's .venv/bin/xplabel or `xplabel`).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7


def time_to_window(program: Path, env: dict[str, str]) -> float:
    """Seconds from starting `program` to its smoke-test line (window shown and built)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [program], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("smoke test:"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{program} never showed its window (exit {process.wait()})")
    process.wait(timeout=60)
    process.stdout.close()
    return elapsed


def size_report(bundle: Path) -> None:
    """Size on disk, the largest files and the largest groups of the bundle."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(f"bundle {bundle}: {total / 2**20:.0f} MiB in {len(files)} files")
    groups: Counter[str] = Counter()
    for path in files:
        parts = path.relative_to(bundle).parts
        if parts[0] != "_internal" or len(parts) == 1:
            key = parts[0]
        elif len(parts) == 2:
            key = "_internal/*.so* (shared libraries at the top)"
        else:
            key = "/".join(parts[:4] if parts[1:3] == ("PySide6", "Qt") else parts[:2])
        groups[key] += path.stat().st_size
    print("largest parts:")
    for name, size in groups.most_common(10):
        print(f"  {size / 2**20:6.1f} MiB  {name}")
    print("largest files:")
    for path in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:8]:
        print(f"  {path.stat().st_size / 2**20:6.1f} MiB  {path.relative_to(bundle)}")


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "xplabel"
    venv_xplabel = ROOT / ".venv" / "bin" / "xplabel"
    installed = Path(
        argv[1] if len(argv) > 1 else venv_xplabel if venv_xplabel.exists() else "xplabel"
    )
    if not (bundle / "xplabel").is_file():
        print(f"no bundle at {bundle}: run packaging/build first", file=sys.stderr)
        return 1
    installed = Path(shutil.which(str(installed)) or installed)
    size_report(bundle)
    with tempfile.TemporaryDirectory() as scratch:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env.update(
            XPLABEL_QUIT_AFTER_MS="0",
            XDG_CONFIG_HOME=f"{scratch}/config",
            XDG_DATA_HOME=f"{scratch}/data",
        )
        server = None
        if shutil.which("Xvfb"):
            server = subprocess.Popen(
                ["Xvfb", "-displayfd", "1", "-nolisten", "tcp"], stdout=subprocess.PIPE, text=True
            )
            env["DISPLAY"] = f":{server.stdout.readline().strip()}"
            env.pop("QT_QPA_PLATFORM", None)
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        try:
            programs = {"bundle": bundle / "xplabel", "installed": installed}
            times: dict[str, list[float]] = {name: [] for name in programs}
            for program in programs.values():  # warm the page cache once each
                time_to_window(program, env)
            for _ in range(RUNS):
                for name, program in programs.items():
                    times[name].append(time_to_window(program, env))
        finally:
            if server is not None:
                server.terminate()
                server.wait()
                server.stdout.close()
    where = "Xvfb" if server is not None else "offscreen"
    print(f"start-up to a shown, built window ({where}, {RUNS} alternate runs each):")
    for name, samples in times.items():
        print(
            f"  {name:9} median {statistics.median(samples) * 1000:.0f} ms "
            f"(min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f}): {programs[name]}"
        )
    ratio = statistics.median(times["bundle"]) / statistics.median(times["installed"])
    print(f"  bundle / installed: {ratio:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
