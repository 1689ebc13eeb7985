"""Where the program's own files are: the one place resources (fonts, icons, samples...) are found.

The files live in the source folder `resources/`, which every install carries as the data package
`designer.resources` (setup.py maps it), so `importlib.resources` finds them in a wheel, a
`pip install --user`, `--prefix` or `--target` install, an editable install and the PyInstaller
bundle alike. A source checkout used without installing (`PYTHONPATH=checkout`) has no such
package, so the checkout's own `resources/` beside `designer/` is tried first: it is the same
folder an editable install maps, and it keeps a checkout from reading another checkout's files.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import designer

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

PACKAGE = "designer.resources"
"""The data package: the source folder `resources/`, installed inside `designer/`."""

CJK_FONT = "fonts/NotoSansSC-Regular.otf"
"""The bundled font (SIL OFL 1.1, licence in resources/fonts/OFL.txt) for CJK and Latin glyphs."""

_extracted = ExitStack()  # files copied out of a zip import; removed when the program ends
atexit.register(_extracted.close)


class ResourceMissingError(FileNotFoundError):
    """A bundled file is not where the installation put it."""


def checkout_resources() -> Path | None:
    """The `resources/` folder of the source checkout `designer` runs from, if it runs from one."""
    root = Path(designer.__file__).resolve().parent.parent
    folder = root / "resources"
    if (folder / "__init__.py").is_file() and (root / "pyproject.toml").is_file():
        return folder
    return None


@cache
def resource_root() -> Traversable:
    """The folder of the program's data files (a real folder, or a folder in a zip import),
    found once: where the program runs from does not change while it runs."""
    checkout = checkout_resources()
    if checkout is not None:
        return checkout
    import importlib.resources  # here: importing this module must stay cheap for the CLI

    try:
        return importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        raise ResourceMissingError(
            f"xplabel's data files (the package {PACKAGE}) are not installed beside "
            f"{Path(designer.__file__).parent}: this copy of the program is incomplete. "
            "Install it with pip (pip install --force-reinstall xpyun-label-designer, or "
            "pip install . in a source checkout), or run a source checkout with its resources/ "
            "folder beside designer/"
        ) from None


@cache
def resource_path(relative: str) -> Path:
    """The path on disk of a bundled file such as `fonts/NotoSansSC-Regular.otf`.

    Raises ResourceMissingError, saying where it looked and how to repair the install, when the
    file is not there.
    """
    import importlib.resources

    root = resource_root()
    resource = root.joinpath(*relative.split("/"))
    if not resource.is_file():
        raise ResourceMissingError(
            f"bundled file {relative!r} is missing from {root}: this installation of xplabel is "
            "incomplete. Reinstall it (pip install --force-reinstall xpyun-label-designer, or "
            "pip install . in a source checkout); in a source checkout, check that "
            f"resources/{relative} is there (git status)"
        )
    return _extracted.enter_context(importlib.resources.as_file(resource))
