"""Every way of installing finds the program's files: wheel, editable, --user, --prefix, --target.

The sdist and the wheel (built from the sdist, as pip does) are built once per session. Each
install goes into a temporary folder with `--no-deps`; the dependencies (PySide6, Pillow...) come
from this test run's own environment through a `.pth` file, so nothing is downloaded but the build
backend. Each install then renders a label (the same dots as this checkout renders) and opens the
window offscreen, run from outside the checkout so that only the installed copy can be found.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from designer.labelxml import read
from designer.render import RenderOptions, png_bytes, render_label

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "spec_full_example.xml"
SMOKE = {"QT_QPA_PLATFORM": "offscreen", "XPLABEL_QUIT_AFTER_MS": "0"}
WHERE = (
    "import designer, designer.paths as p; "
    "print(designer.__file__); print(p.resource_path(p.CJK_FONT))"
)


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without what would find the checkout (PYTHONPATH, a venv)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return {**env, **extra}


def run(args: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    """Run a command; its stdout, or a failure that shows what it printed."""
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="session")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel) of this checkout: the wheel is built from the sdist, as pip would."""
    out = tmp_path_factory.mktemp("dist")
    run(
        [sys.executable, "-m", "build", "--outdir", out, ROOT],
        cwd=out,
        env=clean_env(),
        timeout=600,
    )
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="session")
def sdist_tree(dists: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist, unpacked."""
    out = tmp_path_factory.mktemp("sdist")
    with tarfile.open(dists[0]) as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later (Debian 12 has 3.11.2)
            archive.extractall(out, filter="data")
        else:
            archive.extractall(out)  # our own sdist, just built
    (tree,) = out.iterdir()
    return tree


def dependencies_pth(venv_python: Path) -> None:
    """Let the venv import this run's dependencies (appended to sys.path, after the install)."""
    purelib = run(
        [venv_python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        cwd=venv_python.parent,
        env=clean_env(),
    ).strip()
    ours = [*site.getsitepackages(), sysconfig.get_path("purelib")]
    if site.ENABLE_USER_SITE:
        ours.append(site.getusersitepackages())
    Path(purelib, "_xplabel_test_dependencies.pth").write_text(
        "\n".join(dict.fromkeys(ours)) + "\n"
    )


def venv(path: Path, system_site: bool = False) -> Path:
    """A new virtual environment without pip (pip runs from this run's environment); its python."""
    flags = ["--system-site-packages"] if system_site else []
    run(
        [sys.executable, "-m", "venv", "--without-pip", *flags, path],
        cwd=path.parent,
        env=clean_env(),
    )
    python = path / "bin" / "python"
    dependencies_pth(python)
    return python


def pip(python: Path, *args: str | Path, env: dict[str, str] | None = None) -> None:
    """pip, from this run's environment, installing for the interpreter `python`."""
    run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", *args],
        cwd=python.parent,
        env=env or clean_env(),
    )


@dataclass
class Installed:
    """An install to try: its `xplabel`, the environment it runs in, and where it lives."""

    xplabel: Path
    env: dict[str, str]
    home: Path


def install(kind: str, tmp: Path, wheel: Path, sdist_tree: Path) -> Installed:
    """Install the wheel (or, for `editable`, the unpacked sdist) the way `kind` says."""
    if kind == "wheel":
        python = venv(tmp / "venv")
        pip(python, wheel)
        return Installed(tmp / "venv" / "bin" / "xplabel", clean_env(), tmp / "venv")
    if kind == "editable":
        python = venv(tmp / "venv")
        pip(python, "-e", sdist_tree)
        return Installed(tmp / "venv" / "bin" / "xplabel", clean_env(), sdist_tree)
    if kind == "user":
        python = venv(tmp / "venv", system_site=True)  # a venv sees a user site only then
        env = clean_env(PYTHONUSERBASE=str(tmp / "userbase"))
        pip(python, "--user", wheel, env=env)
        return Installed(tmp / "userbase" / "bin" / "xplabel", env, tmp / "userbase")
    if kind == "prefix":
        python = venv(tmp / "venv")
        pip(python, "--prefix", tmp / "prefix", wheel)
        (package,) = (tmp / "prefix").glob("lib*/python*/*-packages/designer")
        env = clean_env(PYTHONPATH=str(package.parent))
        return Installed(tmp / "prefix" / "bin" / "xplabel", env, tmp / "prefix")
    assert kind == "target"
    python = venv(tmp / "venv")
    pip(python, "--target", tmp / "target", wheel)
    env = clean_env(PYTHONPATH=str(tmp / "target"))
    return Installed(tmp / "target" / "bin" / "xplabel", env, tmp / "target")


@pytest.mark.parametrize("kind", ["wheel", "editable", "user", "prefix", "target"])
def test_each_install_finds_its_files_renders_and_opens_the_window(
    kind: str, dists: tuple[Path, Path], sdist_tree: Path, tmp_path: Path
) -> None:
    installed = install(kind, tmp_path, dists[1], sdist_tree)
    python = installed.xplabel.read_text().splitlines()[0].removeprefix("#!")
    module, font = run([python, "-c", WHERE], cwd=tmp_path, env=installed.env).splitlines()
    assert Path(module).resolve().is_relative_to(installed.home.resolve()), module
    assert Path(font).resolve().is_relative_to(installed.home.resolve()), font

    out = tmp_path / "label.png"
    run([installed.xplabel, "render", FIXTURE, "--label", "1", "-o", out], tmp_path, installed.env)
    page = read(FIXTURE)
    assert out.read_bytes() == png_bytes(render_label(page, page.labels[0], RenderOptions()))

    data = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    shown = run([installed.xplabel, "--demo"], tmp_path, {**installed.env, **SMOKE, **data})
    assert "shown: True" in shown


def test_a_copy_without_its_data_package_says_how_to_repair_it(
    dists: tuple[Path, Path], tmp_path: Path
) -> None:
    python = venv(tmp_path / "venv")
    pip(python, "--target", tmp_path / "target", dists[1])
    env = clean_env(PYTHONPATH=str(tmp_path / "target"))
    fonts = tmp_path / "target" / "designer" / "resources" / "fonts"
    (fonts / "NotoSansSC-Regular.otf").unlink()
    xplabel = tmp_path / "target" / "bin" / "xplabel"
    done = subprocess.run(
        [xplabel, "render", FIXTURE, "-o", tmp_path / "x.png"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert (
        f"bundled file 'fonts/NotoSansSC-Regular.otf' is missing from {fonts.parent}" in done.stderr
    )
    assert "pip install --force-reinstall xpyun-label-designer" in done.stderr


def test_the_sdist_has_what_its_tests_need_and_they_pass_from_it(sdist_tree: Path) -> None:
    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in (root / "tests").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    assert files(sdist_tree) == files(ROOT)
    for name in ("LICENSE", "README.md", "resources/fonts/OFL.txt", "packaging/run-tests"):
        assert (sdist_tree / name).is_file(), name
    test = "tests/test_cli_files.py::test_check_prints_file_line_col_and_exits_0_with_warnings"
    out = run(
        [sys.executable, "-m", "pytest", "-q", test],
        cwd=sdist_tree,
        env=clean_env(PYTHONPATH=str(sdist_tree)),
    )
    assert "1 passed" in out


def test_the_wheel_carries_every_resource_and_the_licences(dists: tuple[Path, Path]) -> None:
    import zipfile

    names = set(zipfile.ZipFile(dists[1]).namelist())
    sources = [
        p for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    ]
    for path in sources:
        assert f"designer/resources/{path.relative_to(ROOT / 'resources').as_posix()}" in names
    licences = {n.split("/licenses/", 1)[1] for n in names if "/licenses/" in n}
    assert licences == {
        "LICENSE",
        "resources/fonts/OFL.txt",
        "resources/icons/LICENSE-Apache-2.0.txt",
    }
    metadata = next(n for n in names if n.endswith("/METADATA"))
    assert "License-Expression: MIT" in zipfile.ZipFile(dists[1]).read(metadata).decode()
