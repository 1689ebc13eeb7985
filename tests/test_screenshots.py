"""packaging/screenshots.py takes the README's shots in each language (offscreen here: each shot
is then the window or dialog alone; packaging/screenshots runs it on a 1280 x 800 X server)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).parent.parent


def test_the_readme_shots_are_taken_in_chinese(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    out = tmp_path / "shots"
    run = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screenshots.py"), "zh_CN", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    names = ["window-zh_CN.png", "print-dialog-zh_CN.png", "printers-zh_CN.png"]
    assert run.stdout.split() == [str(out / name) for name in names]
    with Image.open(out / "window-zh_CN.png") as window:
        assert window.size == (1280, 800)
    for name in names[1:]:
        with Image.open(out / name) as shot:
            assert 200 < shot.width < 1280 and 100 < shot.height < 800


def test_an_unknown_shot_is_a_usage_error(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screenshots.py"), "zh_CN", str(tmp_path), "x"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert run.returncode == 2 and "usage: screenshots.py LANG OUT_DIR" in run.stderr
