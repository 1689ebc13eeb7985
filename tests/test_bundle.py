"""The app bundle: packaging/build makes it, and it runs on its own (commands, render, window).

Built once per session into a temporary folder (about a minute); needs the `bundle` extra
(PyInstaller), skipped without it except in CI, which installs it.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from designer import __version__
from designer.cli import COMMAND_MODULES
from designer.labelxml import read
from designer.render import RenderOptions, png_bytes, render_label
from tests.conftest import need

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "spec_full_example.xml"


def bare_env(**extra: str) -> dict[str, str]:
    """A user's environment: nothing of this test run's Python (no PYTHONPATH, no venv)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, **extra}


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dist folder packaging/build made: xplabel/ and xplabel-VERSION-linux-ARCH.tar.gz."""
    need(importlib.util.find_spec("PyInstaller"), "PyInstaller: pip install -e '.[bundle]'")
    out = tmp_path_factory.mktemp("bundle")
    env = bare_env(XPLABEL_DIST=str(out / "dist"), XPLABEL_BUILD=str(out / "build"))
    if sys.prefix != sys.base_prefix:
        env["VIRTUAL_ENV"] = sys.prefix  # build with this run's environment
    done = subprocess.run(
        [ROOT / "packaging" / "build"], env=env, capture_output=True, text=True, timeout=1200
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out / "dist"


def xplabel(bundle: Path, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the bundle's xplabel from outside the checkout."""
    return subprocess.run(
        [bundle / "xplabel" / "xplabel", *map(str, args)],
        cwd=bundle,
        env=bare_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_bundle_runs_every_command(bundle: Path) -> None:
    version = xplabel(bundle, "--version")
    assert version.returncode == 0 and version.stdout == f"xplabel {__version__}\n"
    for command in COMMAND_MODULES:  # each command module is in the bundle
        done = xplabel(bundle, command, "--help")
        assert done.returncode == 0 and done.stdout.startswith("usage: xplabel"), done.stderr


def test_the_bundle_renders_the_same_dots(bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "label.png"
    done = xplabel(bundle, "render", FIXTURE, "--label", "1", "-o", out)
    assert done.returncode == 0, done.stderr
    page = read(FIXTURE)
    assert out.read_bytes() == png_bytes(render_label(page, page.labels[0], RenderOptions()))


@pytest.mark.parametrize("args", [[], ["--demo"]])
def test_the_bundle_opens_the_window_offscreen(
    bundle: Path, tmp_path: Path, args: list[str]
) -> None:
    done = xplabel(
        bundle,
        *args,
        QT_QPA_PLATFORM="offscreen",
        XPLABEL_QUIT_AFTER_MS="0",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    assert done.returncode == 0, done.stderr
    assert "Xpyun Label Designer' shown: True" in done.stdout


def test_the_bundle_without_a_display_says_so_in_one_line(bundle: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [bundle / "xplabel" / "xplabel"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.startswith("error: cannot open the window: there is no display")
    assert done.stderr.count("\n") == 1


def test_the_bundle_installs_its_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    done = subprocess.run(
        [bundle / "xplabel" / "install-desktop"],
        env=bare_env(XDG_DATA_HOME=str(share)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    entry = (share / "applications" / "io.github.xplabel.Designer.desktop").read_text("utf-8")
    assert f"\nExec={bundle / 'xplabel' / 'xplabel'} %f\n" in entry
    assert (share / "icons/hicolor/256x256/apps/io.github.xplabel.Designer.png").is_file()
    assert (share / "metainfo/io.github.xplabel.Designer.metainfo.xml").is_file()


def test_the_archive_holds_the_bundle_without_what_was_cut(bundle: Path) -> None:
    (archive,) = bundle.glob(f"xplabel-{__version__}-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"xplabel/xplabel", "xplabel/install-desktop"} <= names
    resources = ROOT / "resources"  # every data file (its modules are compiled into the app)
    for path in resources.rglob("*"):
        if path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts:
            relative = path.relative_to(resources).as_posix()
            assert f"xplabel/_internal/designer/resources/{relative}" in names
    for cut in ("numpy", "libgtk-3", "libQt6Network", "libqgtk3", "yaml", "_avif"):
        assert not [name for name in names if cut in name], cut
    translations = [n for n in names if "/Qt/translations/" in n and n.endswith(".qm")]
    assert translations and all(n.endswith("_zh_CN.qm") for n in translations)
    files = [p for p in (bundle / "xplabel").rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    assert size < 200 * 2**20, f"the bundle grew to {size / 2**20:.0f} MiB"
