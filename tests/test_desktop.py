"""Desktop integration: the icon, the desktop entry, the AppStream metainfo, install-desktop, the
licence metadata."""

from __future__ import annotations

import configparser
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from tests.conftest import need

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
APP_ID = "io.github.xplabel.Designer"
ENTRY = RESOURCES / "desktop" / f"{APP_ID}.desktop"
METAINFO = RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml"


def render_icons_module():
    """packaging/render-icons, imported (it is a script without a .py suffix)."""
    path = ROOT / "packaging" / "render-icons"
    loader = importlib.machinery.SourceFileLoader("render_icons", str(path))
    spec = importlib.util.spec_from_loader("render_icons", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def desktop_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group of a desktop file."""
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_icon_pngs_are_the_svg_rendered(qapp, tmp_path: Path) -> None:
    icons = render_icons_module()
    assert icons.APP_ID == APP_ID
    svg = RESOURCES / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    for size in icons.SIZES:
        fresh = tmp_path / f"{size}.png"
        assert icons.render(svg, size).save(str(fresh))
        committed = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(committed) as old, Image.open(fresh) as new:
            assert old.size == (size, size)
            difference = ImageChops.difference(old.convert("RGBA"), new.convert("RGBA"))
            assert max(ImageStat.Stat(difference).mean) < 2, (
                f"{committed}: run packaging/render-icons"
            )


def test_the_desktop_entry_names_the_icon_and_claims_no_file_type() -> None:
    entry = desktop_entry(ENTRY)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "xplabel %f" and entry["TryExec"] == "xplabel"
    assert entry["Categories"].split(";")[0] == "Office"
    assert "MimeType" not in entry  # label XML has no MIME type of its own; plain XML is not ours
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", ENTRY], check=True)


def test_the_metainfo_is_valid_appstream() -> None:
    text = METAINFO.read_text("utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    need(shutil.which("appstreamcli"), "appstreamcli (Debian: appstream)")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", METAINFO], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("checkout_venv", [False, True])
def test_install_desktop_puts_entry_icons_and_metainfo_in_place_and_removes_them(
    tmp_path: Path, checkout_venv: bool
) -> None:
    program = tmp_path / "bin dir" / "xplabel"  # a space: the entry must quote it
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    share = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(share)}
    script = ROOT / "packaging" / "install-desktop"
    args = [script] if checkout_venv else [script, "--exec", program]
    if checkout_venv:  # no --exec: the program on PATH
        env["PATH"] = f"{program.parent}{os.pathsep}{env['PATH']}"
        if (ROOT / ".venv" / "bin" / "xplabel").exists():
            program = ROOT / ".venv" / "bin" / "xplabel"  # the checkout's own comes first
    subprocess.run(args, env=env, check=True, capture_output=True)

    installed = share / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(installed)
    quoted = f'"{program}"' if " " in str(program) else str(program)
    assert entry["Exec"] == f"{quoted} %f" and entry["TryExec"] == str(program)
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", installed], check=True)
    icons = sorted(p.relative_to(share) for p in (share / "icons").rglob(f"{APP_ID}.*"))
    assert len(icons) == 10 and Path(f"icons/hicolor/scalable/apps/{APP_ID}.svg") in icons
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()

    subprocess.run([script, "--uninstall"], env=env, check=True, capture_output=True)
    assert not installed.exists() and not list((share / "icons").rglob(f"{APP_ID}.*"))


def test_the_licence_is_mit_with_the_fonts_ofl_and_the_icons_apache() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT AND OFL-1.1 AND Apache-2.0"
    assert project["license-files"] == [
        "LICENSE",
        "resources/fonts/OFL.txt",
        "resources/icons/LICENSE-Apache-2.0.txt",
    ]
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License\n")
    assert "SIL OPEN FONT LICENSE Version 1.1" in (RESOURCES / "fonts" / "OFL.txt").read_text()
    apache = (RESOURCES / "icons" / "LICENSE-Apache-2.0.txt").read_text()
    assert "Apache License" in apache and "Version 2.0" in apache
