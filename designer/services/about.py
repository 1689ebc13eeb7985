"""What Help > About tells: the program's version, the versions it runs on, and the licences
of what it ships (the program's own, MIT; the bundled font's, SIL OFL 1.1; and each library it
depends on, as that library's installed metadata says), with their texts where this
installation has them."""

from __future__ import annotations

import platform
import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import designer
from designer import __version__
from designer.model.messages import message
from designer.paths import resource_path

DISTRIBUTION = "xpyun-label-designer"
"""The program's name on the package index (its installed metadata is under this name)."""
LICENCE_NAMES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "COPYING")
"""What the program's licence file may be called."""
FONT_LICENCE = "fonts/OFL.txt"


@dataclass(frozen=True)
class Licence:
    """A licence under which something here is used; `text` is None when this installation does
    not carry the licence's text (then its name is all that can be shown)."""

    subject: str
    name: str
    text: str | None


def versions() -> dict[str, str]:
    """The program's version and the versions of what it runs on (Qt aside: the Qt layer adds
    those), by key: program, python, pillow, system."""
    import PIL

    return {
        "program": __version__,
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "pillow": PIL.__version__,
        "system": platform.platform(terse=True),
    }


def _checkout_root() -> Path | None:
    """The source checkout `designer` runs from (the folder with its pyproject.toml), if any."""
    root = Path(designer.__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def _checkout_licence() -> Path | None:
    """The licence file at the root of the source checkout `designer` runs from."""
    root = _checkout_root()
    if root is None:
        return None
    return next((root / n for n in LICENCE_NAMES if (root / n).is_file()), None)


def _installed_licence() -> str | None:
    """The licence text an install carries: a bundled resource, or a file of the installed
    distribution's metadata (a wheel keeps it in its .dist-info)."""
    for name in LICENCE_NAMES:
        try:
            return resource_path(name).read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            pass
    try:
        files = metadata.distribution(DISTRIBUTION).files or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name in LICENCE_NAMES and "dist-info" in str(file):
            try:
                return file.read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
    return None


def program_licence() -> Licence:
    """The program's own licence (MIT), with its text when this installation has it."""
    path = _checkout_licence()
    text = None
    if path is not None:
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            text = None
    if text is None:
        text = _installed_licence()
    return Licence("Xpyun Label Designer", "MIT License", text)


def font_licence() -> Licence:
    """The bundled font's licence (SIL Open Font License 1.1), from resources/fonts/OFL.txt."""
    try:
        text: str | None = resource_path(FONT_LICENCE).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        text = None
    return Licence(message("Noto Sans SC (the bundled font)"), "SIL Open Font License 1.1", text)


def dependencies() -> list[str]:
    """The names of the libraries the program needs to run: from the checkout's pyproject.toml
    when it runs from one, else from its installed metadata (none when neither is there)."""
    root = _checkout_root()
    requirements: list[str] = []
    if root is not None:
        try:
            project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
            requirements = list(project.get("dependencies", []))
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            requirements = []
    if not requirements:
        try:
            requirements = metadata.requires(DISTRIBUTION) or []
        except metadata.PackageNotFoundError:
            return []
    names = []
    for requirement in requirements:
        if ";" in requirement and "extra" in requirement.split(";", 1)[1]:
            continue  # only for tests or tools
        match = re.match(r"[A-Za-z0-9._-]+", requirement.strip())
        if match and match.group(0) not in names:
            names.append(match.group(0))
    return names


def _licence_name(meta: metadata.PackageMetadata) -> str:
    """A library's licence as its metadata names it: the SPDX expression, else a short License
    field, else the OSI classifier."""
    expression = meta.get("License-Expression")
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and len(field) <= 80 and "\n" not in field:
        return field
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            return classifier.rsplit(" :: ", 1)[1]
    return message("see its documentation")


def library_licence(name: str) -> Licence | None:
    """The licence of the installed library `name`, with its text when its metadata carries it
    (None when it is not installed)."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None
    text = None
    for file in dist.files or []:
        upper = file.name.upper()
        if ("LICEN" in upper or upper.startswith("COPYING")) and "dist-info" in str(file):
            try:
                text = file.read_text("utf-8")
                break
            except (OSError, UnicodeDecodeError):
                continue
    return Licence(f"{dist.metadata['Name']} {dist.version}", _licence_name(dist.metadata), text)


def licences() -> list[Licence]:
    """Every licence the About box shows: the program's, the bundled font's, then each
    library's."""
    libraries = [library_licence(name) for name in dependencies()]
    return [program_licence(), font_licence(), *(lib for lib in libraries if lib is not None)]
