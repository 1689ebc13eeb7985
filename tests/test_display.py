"""No display, no abort: `xplabel` says in one line why the window cannot open, before Qt loads."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from designer import display

QT = display.qt_folder()
NO_QT_LOADED = (
    "import sys; from designer.cli import main; code = main(sys.argv[1:]); "
    "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]; "
    "print('Qt loaded:', loaded, file=sys.stderr); sys.exit(code)"
)


def xplabel(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `xplabel ARGS` in a fresh interpreter with exactly `env` (plus PATH and PYTHONPATH)."""
    base = {k: os.environ[k] for k in ("PATH", "PYTHONPATH", "HOME") if k in os.environ}
    return subprocess.run(
        [sys.executable, "-c", NO_QT_LOADED, *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def one_error_line(run: subprocess.CompletedProcess[str]) -> str:
    """The single `error:` line the run printed, checking it exited 1 without loading Qt."""
    lines = run.stderr.splitlines()
    assert run.returncode == 1, run.stderr
    assert lines[-1] == "Qt loaded: []"
    assert len(lines) == 2 and lines[0].startswith("error: cannot open the window: "), lines
    return lines[0]


@pytest.mark.parametrize(
    "args", [[], ["--demo"], ["label.xml"], ["--demo", "label.xml"], ["label.xml", "--demo"]]
)
def test_without_a_display_the_window_says_so_in_one_line(args: list[str]) -> None:
    line = one_error_line(xplabel(args, {}))
    assert "neither DISPLAY nor WAYLAND_DISPLAY is set" in line
    assert line.endswith("or set QT_QPA_PLATFORM=offscreen for scripted use")


def test_the_installed_command_without_a_display_exits_1_with_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    run = subprocess.run(["xplabel"], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and "no display" in run.stderr


def test_an_x_display_that_refuses_is_named() -> None:
    free = next(n for n in range(91, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    line = one_error_line(xplabel([], {"DISPLAY": f":{free}"}))
    assert f"the X display ':{free}' (DISPLAY) does not accept a connection" in line


def test_a_wayland_display_without_its_socket_is_named(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert "no Wayland display" in one_error_line(xplabel([], env))


def test_an_unknown_platform_lists_the_installed_ones() -> None:
    line = one_error_line(xplabel([], {"QT_QPA_PLATFORM": "nosuch"}))
    assert "Qt has no platform named 'nosuch'" in line
    assert "offscreen" in line and "xcb" in line


@pytest.fixture
def xcb_plugin_missing_a_library(tmp_path: Path) -> Path:
    """A copy of Qt's xcb plugin whose xcb support library asks for libxcb-cursXr.so.0 instead of
    libxcb-cursor.so.0 (the same length, patched in its string table): a library no system has."""
    assert QT is not None
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    shutil.copy(QT / "plugins" / "platforms" / "libqxcb.so", platforms)
    (tmp_path / "lib").mkdir()
    xcb_qpa = (QT / "lib" / "libQt6XcbQpa.so.6").read_bytes()
    assert xcb_qpa.count(b"libxcb-cursor.so.0\0") == 1
    patched = xcb_qpa.replace(b"libxcb-cursor.so.0\0", b"libxcb-cursXr.so.0\0")
    (tmp_path / "lib" / "libQt6XcbQpa.so.6").write_bytes(patched)  # found by $ORIGIN/../../lib
    return platforms


def test_a_missing_library_of_the_xcb_plugin_is_named_with_its_package(
    xcb_plugin_missing_a_library: Path,
) -> None:
    env = {"DISPLAY": ":0", "QT_QPA_PLATFORM_PLUGIN_PATH": str(xcb_plugin_missing_a_library)}
    line = one_error_line(xplabel([], env))
    assert "Qt's xcb platform needs libxcb-cursXr.so.0, which cannot be loaded" in line
    assert "(Debian and Ubuntu: sudo apt-get install libxcb-cursxr0); or set" in line


def test_the_real_plugins_need_nothing_missing() -> None:
    assert QT is not None
    for plugin in ("libqxcb.so", "libqoffscreen.so"):
        path = QT / "plugins" / "platforms" / plugin
        assert display.dynamic_section(path)[0], f"{plugin}: no DT_NEEDED read"
        assert display.missing_libraries(path, display.library_folders()) == []


def test_offscreen_needs_no_display() -> None:
    assert display.window_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display.window_problem({"QT_QPA_PLATFORM": "nosuch;offscreen"}) is None


def test_debian_package_names_follow_debians_rule() -> None:
    assert display.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert display.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert display.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert display.debian_package("libglib-2.0.so.0") == "libglib2.0-0"


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (CI installs it)")
def test_on_a_real_x_server_the_window_opens(tmp_path: Path) -> None:
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        number = server.stdout.readline().strip()  # written once the server accepts clients
        env = {
            "DISPLAY": f":{number}",
            "XPLABEL_QUIT_AFTER_MS": "0",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
        }
        assert display.window_problem(env) is None
        run = xplabel([], env)
        assert run.returncode == 0, run.stderr
        title = "Untitled[*] - 芯烨云标签设计器 — Xpyun Label Designer"
        assert f"smoke test: {title!r} shown: True" in run.stdout
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


def test_the_demo_opens_a_file_it_is_given(tmp_path: Path, fixtures: Path) -> None:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "XPLABEL_QUIT_AFTER_MS": "0",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    for args in (["--demo", str(fixtures / "spec_request_example.xml")], ["--demo"]):
        run = xplabel(args, env)
        assert run.returncode == 0, run.stderr
        opened = "spec_request_example.xml" in run.stdout
        assert opened == (len(args) == 2), run.stdout
