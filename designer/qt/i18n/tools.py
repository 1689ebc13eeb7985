"""Making the translation files: Qt Linguist's lupdate and lrelease as PySide6 ships them (what
`pyside6-lupdate` and `pyside6-lrelease` run), over the one list of sources. Used by
`packaging/update-translations` and by the tests that hold the files to the sources.

- lupdate reads every Python file of `designer/qt` (the generated `table_strings.py` brings the
  model's words), keeps no obsolete entries (a string gone from the sources leaves the file)
  and writes no source locations: line numbers change with every edit anywhere, and would make
  each branch's `.ts` conflict with every other's.
- lrelease compiles each `.ts` into the `.qm` the program loads; entries not yet translated are
  left out, so the interface shows them in English.

Run as `python -m designer.qt.i18n.tools` to update every `.ts` and `.qm`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from designer.qt.i18n import catalogue

QT_SOURCES = catalogue.PACKAGE / "qt"
TRANSLATIONS = catalogue.PACKAGE.parent / "resources" / "i18n"
"""The checkout's translation files (resources/i18n: the data package designer.resources.i18n)."""


def tool(name: str) -> Path:
    """The path of PySide6's Qt tool `name` (lupdate, lrelease)."""
    folder = Path(PySide6.__file__).parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def sources() -> list[Path]:
    """Every Python file lupdate reads, in a stable order."""
    return sorted(p for p in QT_SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def catalogues() -> list[Path]:
    """The `.ts` files of the program's translations."""
    return sorted(TRANSLATIONS.glob("xplabel_*.ts"))


def lupdate(ts: Path) -> str:
    """Bring `ts` up to date with the sources (new strings added unfinished, strings gone
    removed, translations kept); lupdate's summary."""
    command = [str(tool("lupdate")), *map(str, sources()), "-no-obsolete", "-locations", "none"]
    done = subprocess.run([*command, "-ts", str(ts)], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def lrelease(ts: Path, qm: Path) -> str:
    """Compile `ts` into `qm`; lrelease's summary."""
    done = subprocess.run(
        [str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def update() -> list[str]:
    """Regenerate table_strings.py, then update every `.ts` and compile its `.qm`; what the
    tools said."""
    catalogue.GENERATED.write_text(catalogue.table_strings_source(), "utf-8")
    said = []
    for ts in catalogues():
        said.append(f"{ts.name}: {lupdate(ts)}")
        lrelease(ts, ts.with_suffix(".qm"))
    return said


if __name__ == "__main__":
    print("\n".join(update()))
