"""The plain layers never load Qt: each is imported in a fresh interpreter and checked."""

from __future__ import annotations

import subprocess
import sys

import pytest

PLAIN = [
    "designer.model",
    "designer.labelxml",
    "designer.merge",
    "designer.merge.spreadsheets",
    "designer.render",
    "designer.cloud",
    "designer.cloud.simulator",
    "designer.services.printing",
    "designer.services.sending",
    "designer.services.store",
    "designer.services.account",
    "designer.services.history",
    "designer.services.credentials",
    "designer.services.fleet",
    "designer.services.export",
    "designer.services.about",
    "designer.cli",
    "designer.display",
    "designer.paths",
]


@pytest.mark.parametrize("package", PLAIN)
def test_importing_loads_no_pyside6(package: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({package!r}); "
        "import designer.model.validate; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_window_and_the_command_line_do_not_import_each_other() -> None:
    code = (
        "import sys, designer.qt.demo, designer.qt.cloud_link, designer.qt.printing_ui; "
        "bad = [m for m in sys.modules if m.startswith('designer.cli')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
