"""Can the designer window open here? Asked before Qt is loaded, because Qt cannot be asked.

When Qt finds no usable platform (no display, a library of its xcb plugin missing, an X server that
refuses the connection) it prints several lines, some of them misleading, and aborts the process
(exit code 134). `window_problem` answers the same question in plain Python, without importing
PySide6: it reads the platform plugin's ELF dependencies and checks that each one loads, and it
connects to the display the way Qt would. `xplabel` prints the answer in one line and exits 1.

When unsure (not Linux, a plugin it cannot read) it says nothing and lets Qt try.
"""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import sys
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import BinaryIO

HEADLESS = "set QT_QPA_PLATFORM=offscreen for scripted use"
NO_DISPLAY_SERVER = {
    "offscreen",
    "minimal",
    "minimalegl",
    "vnc",
    "linuxfb",
    "eglfs",
    "vkkhrdisplay",
}
"""Qt platforms that draw without a display server (into memory, a VNC client, the framebuffer)."""

DT_NULL, DT_NEEDED, DT_RPATH, DT_RUNPATH, SHT_DYNAMIC = 0, 1, 15, 29, 6


def window_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why the window cannot open, in one sentence with the remedy; None when it can (or when
    this cannot be told before Qt tries)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    problems = [platform_problem(name, env) for name in requested_platforms(env)]
    if any(problem is None for problem in problems):
        return None  # Qt tries the platforms in order and takes the first that starts
    return problems[0]


def requested_platforms(env: Mapping[str, str]) -> list[str]:
    """The Qt platforms Qt will try, in order: QT_QPA_PLATFORM's list, else Wayland in a Wayland
    session and X11 (xcb)."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [part.split(":")[0].strip() for part in chosen.split(";") if part.strip()]
    if env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def platform_problem(name: str, env: Mapping[str, str]) -> str | None:
    """Why the Qt platform `name` cannot start, or None."""
    if name == "xcb" and not env.get("DISPLAY"):
        if env.get("WAYLAND_DISPLAY"):
            return "cannot open the window: QT_QPA_PLATFORM=xcb but DISPLAY is not set"
        return (
            "cannot open the window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is "
            f"set); run xplabel in a desktop session, or {HEADLESS}"
        )
    if name == "wayland" and not wayland_socket(env):
        return (
            "cannot open the window: no Wayland display (WAYLAND_DISPLAY names no socket); "
            f"run xplabel in a desktop session, or {HEADLESS}"
        )
    plugin = platform_plugin(name, env)
    if plugin is None:
        return None if plugins_folders(env) == [] else unknown_platform(name, env)
    missing = missing_libraries(plugin, library_folders())
    if missing:
        packages = " ".join(dict.fromkeys(debian_package(soname) for soname in missing))
        remedy = "" if name in NO_DISPLAY_SERVER else f"; or {HEADLESS}"
        return (
            f"cannot open the window: Qt's {name} platform needs {spoken_list(missing)}, which "
            f"cannot be loaded; install the packages that provide them (Debian and Ubuntu: "
            f"sudo apt-get install {packages}){remedy}"
        )
    if name == "xcb" and not x11_reachable(env["DISPLAY"]):
        return (
            f"cannot open the window: the X display {env['DISPLAY']!r} (DISPLAY) does not accept "
            "a connection; check that the X server runs and that this user may use it "
            f"(XAUTHORITY), or {HEADLESS}"
        )
    return None


def spoken_list(items: list[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def unknown_platform(name: str, env: Mapping[str, str]) -> str:
    """The message for a QT_QPA_PLATFORM that names no installed plugin."""
    known = sorted(
        path.name[len("libq") : -len(".so")]
        for folder in plugins_folders(env)
        for path in folder.glob("libq*.so")
    )
    return (
        f"cannot open the window: Qt has no platform named {name!r} (QT_QPA_PLATFORM); "
        f"the installed ones are: {', '.join(known)}"
    )


def wayland_socket(env: Mapping[str, str]) -> bool:
    """Whether WAYLAND_DISPLAY names a socket that exists."""
    display = env.get("WAYLAND_DISPLAY", "")
    if not display:
        return False
    path = (
        Path(display)
        if display.startswith("/")
        else Path(env.get("XDG_RUNTIME_DIR", "/")) / display
    )
    return path.is_socket()


def x11_reachable(name: str) -> bool:
    """Whether the X display `name` (as in DISPLAY) accepts a connection, as Qt connects."""
    import ctypes  # here: loaded when there is an X display to ask (not offscreen, not Wayland)

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # cannot tell: let Qt try
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(name.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


@cache
def qt_folder() -> Path | None:
    """PySide6's `Qt` folder (plugins, lib), found without importing PySide6 (once: where the
    program's Qt is does not change while it runs)."""
    roots = [Path(sys._MEIPASS) / "PySide6"] if hasattr(sys, "_MEIPASS") else []
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        roots += [Path(location) for location in spec.submodule_search_locations]
    for root in roots:
        if (root / "Qt").is_dir():
            return root / "Qt"
    return None


def plugins_folders(env: Mapping[str, str]) -> list[Path]:
    """The folders Qt looks for platform plugins in."""
    folders = (
        [Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"])] if env.get("QT_QPA_PLATFORM_PLUGIN_PATH") else []
    )
    qt = qt_folder()
    if qt is not None:
        folders.append(qt / "plugins" / "platforms")
    return [folder for folder in folders if folder.is_dir()]


def platform_plugin(name: str, env: Mapping[str, str]) -> Path | None:
    """The plugin file of the Qt platform `name` (libq<name>.so), or None."""
    for folder in plugins_folders(env):
        if (folder / f"libq{name}.so").is_file():
            return folder / f"libq{name}.so"
    return None


def library_folders() -> list[Path]:
    """Where the program's own copies of Qt's libraries are (a pip install or the bundle)."""
    folders = [Path(sys._MEIPASS)] if hasattr(sys, "_MEIPASS") else []
    qt = qt_folder()
    if qt is not None:
        folders.append(qt / "lib")
    return folders


def missing_libraries(elf: Path, own_folders: Iterable[Path]) -> list[str]:
    """The libraries that `elf` needs, directly or through the program's own libraries, that
    neither the program ships nor the system can load (sonames, in the order met)."""
    own = list(own_folders)
    missing: list[str] = []
    seen: set[str] = set()
    pending = [elf]
    while pending:
        current = pending.pop()
        needed, runpath = dynamic_section(current)
        folders = [Path(p.replace("$ORIGIN", str(current.parent))) for p in runpath] + own
        for soname in needed:
            if soname in seen:
                continue
            seen.add(soname)
            shipped = next((f / soname for f in folders if (f / soname).is_file()), None)
            if shipped is not None:
                pending.append(shipped)
            elif not loadable(soname):
                missing.append(soname)
    return missing


def loadable(soname: str) -> bool:
    """Whether the dynamic loader can load the system library `soname`: listed in its cache or
    found on LD_LIBRARY_PATH (quick, loads nothing), else tried for real with dlopen."""
    folders = [Path(p) for p in os.environ.get("LD_LIBRARY_PATH", "").split(":") if p]
    if soname in loader_cache() or any((folder / soname).is_file() for folder in folders):
        return True
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


@cache
def loader_cache() -> frozenset[str]:
    """The sonames glibc's loader cache (/etc/ld.so.cache, made by ldconfig) lists; empty when
    there is none in that format (then every library is tried with dlopen)."""
    try:
        data = Path("/etc/ld.so.cache").read_bytes()
    except OSError:
        return frozenset()
    start = data.find(b"glibc-ld.so.cache1.1")
    if start < 0:
        return frozenset()
    try:
        (count,) = struct.unpack_from("<I", data, start + 20)
        keys = (struct.unpack_from("<iI", data, start + 48 + 24 * i)[1] for i in range(count))
        return frozenset(
            data[start + key : data.index(b"\0", start + key)].decode("utf-8", "replace")
            for key in keys
        )
    except (struct.error, ValueError):
        return frozenset()


def dynamic_section(path: Path) -> tuple[list[str], list[str]]:
    """The sonames an ELF file needs (DT_NEEDED) and its RUNPATH/RPATH folders; nothing when the
    file cannot be read as ELF (then nothing is reported missing). Reads only the headers, the
    dynamic section and its strings, not the whole library."""
    try:
        with path.open("rb") as file:
            return _read_dynamic(file)
    except (OSError, struct.error, IndexError, ValueError):
        return [], []


def _read_dynamic(file: BinaryIO) -> tuple[list[str], list[str]]:
    ident = file.read(16)
    if ident[:4] != b"\x7fELF":
        return [], []
    order = "<" if ident[5] == 1 else ">"
    if ident[4] == 2:  # 64-bit
        header, section, entry = order + "40xQ10xH", order + "IIQQQQIIQQ", order + "qQ"
    else:
        header, section, entry = order + "32xI10xH", order + "IIIIIIIIII", order + "iI"
    shoff, shentsize = struct.unpack(header, ident + file.read(struct.calcsize(header) - 16))
    shnum = struct.unpack(order + "H", file.read(2))[0]
    file.seek(shoff)
    table = file.read(shnum * shentsize)
    sections = [struct.unpack_from(section, table, i * shentsize) for i in range(shnum)]
    needed: list[str] = []
    paths: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind != SHT_DYNAMIC:
            continue
        file.seek(offset)
        entries = list(struct.iter_unpack(entry, file.read(size)))
        strings = sections[link][4]  # the string table: large (every symbol), so read by name
        for tag, value in entries:
            if tag == DT_NULL:
                break
            if tag not in (DT_NEEDED, DT_RPATH, DT_RUNPATH):
                continue
            file.seek(strings + value)
            raw = file.read(4096)
            text = raw[: raw.find(b"\0")].decode("utf-8", "replace")
            if tag == DT_NEEDED:
                needed.append(text)
            elif tag in (DT_RPATH, DT_RUNPATH):
                paths.extend(part for part in text.split(":") if part)
    return needed, paths


def debian_package(soname: str) -> str:
    """The Debian package that usually provides `soname`, by Debian's naming rule for library
    packages: libxcb-cursor.so.0 -> libxcb-cursor0, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0,
    libglib-2.0.so.0 -> libglib2.0-0."""
    match = re.fullmatch(r"(.+?)\.so\.(\d+).*", soname)
    if match is None:
        return soname
    name, version = re.sub(r"-(\d[\d.]*)$", r"\1", match.group(1).lower()), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"
