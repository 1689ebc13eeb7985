"""Where the program's own files are: the bundled fonts and their licence."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


class ResourceMissingError(FileNotFoundError):
    """A bundled file is not where the installation put it."""


@cache
def resource_path(relative: str) -> Path:
    """The path of a bundled resource such as `fonts/NotoSansSC-Regular.otf`.

    A source checkout (or an editable install) has `resources/` beside the `designer` package; a
    wheel install puts the files under `<prefix>/share/xplabel/`.
    """
    candidates = (
        Path(__file__).resolve().parent.parent / "resources" / relative,
        Path(sys.prefix) / "share" / "xplabel" / relative,
    )
    for path in candidates:
        if path.is_file():
            return path
    raise ResourceMissingError(
        f"bundled file {relative!r} is missing (looked in {', '.join(map(str, candidates))}); "
        "reinstall xplabel"
    )


CJK_FONT = "fonts/NotoSansSC-Regular.otf"
"""The bundled font (SIL OFL 1.1, licence in resources/fonts/OFL.txt) for CJK and Latin glyphs."""
