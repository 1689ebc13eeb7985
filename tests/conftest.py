"""Test setup shared by the whole suite: offscreen Qt, fixture paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt aborts without a display otherwise
# The window speaks English in tests whatever the machine's language (its messages are what they
# assert); a test of another language asks for it (test_language.py, test_i18n_window.py).
for _name in ("LANGUAGE", "LC_ALL"):
    os.environ.pop(_name, None)
os.environ["LC_MESSAGES"] = "C"

# Property tests run the same examples on every run and every machine: a divergence fails every
# run, not one in three. HYPOTHESIS_PROFILE=explore searches afresh (locally, to find new cases).
settings.register_profile("deterministic", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

FIXTURES = Path(__file__).parent / "fixtures"


def need(present: object, what: str) -> None:
    """Skip a test when `what` (a tool, an extra) is absent; in CI (CI=true), fail instead: CI
    installs everything the suite uses, so a skip there would hide a test that never ran."""
    if not present:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide {what}")
        pytest.skip(f"needs {what}")


@pytest.fixture
def fixtures() -> Path:
    """The folder of test fixture files."""
    return FIXTURES


@pytest.fixture
def app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Private config and data folders for the app (settings, printer list, logos)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for name in ("XPLABEL_BASE_URL", "XPYUN_USER", "XPYUN_USER_KEY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture
def world():
    """A simulated world: account demo/demo-key, printers P1 online, P2 offline, P3 out of
    paper, and P4 owned by someone else; instant printing unless a test says otherwise."""
    from designer.cloud.models import PrinterState
    from designer.cloud.simulator import World

    w = World(print_seconds=0.0)
    w.add_account("demo", "demo-key")
    w.add_account("other", "other-key")
    w.add_printer("P1", owner="demo", name="Kitchen")
    w.add_printer("P2", owner="demo", name="Bar", state=PrinterState.OFFLINE)
    w.add_printer("P3", owner="demo", name="Store", state=PrinterState.ABNORMAL)
    w.add_printer("P4", owner="other", name="Theirs")
    w.add_printer("NEW1")
    return w


@pytest.fixture
def simulator(world):
    """The simulated cloud serving `world` on loopback."""
    from designer.cloud.simulator import Simulator

    with Simulator(world) as sim:
        yield sim


@pytest.fixture
def client(simulator):
    """A client of the demo account against the simulator (quick retries)."""
    from designer.cloud import XpyunClient

    c = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01, read_timeout=2)
    yield c
    c.close()


@pytest.fixture
def env(app_dirs, simulator, monkeypatch):
    """The demo account from the environment (as commands and subprocesses see it), pointed at
    the simulator."""
    monkeypatch.setenv("XPLABEL_BASE_URL", simulator.base_url)
    monkeypatch.setenv("XPYUN_USER", "demo")
    monkeypatch.setenv("XPYUN_USER_KEY", "demo-key")
    return simulator


@pytest.fixture
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch):
    """Fail, instead of hanging, when code under test opens a modal dialog nobody answers."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("question", "critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse)


@pytest.fixture
def window(qtbot, app_dirs, no_modal_dialogs):
    """A designer window at 400 % centred on a new 60 x 40 mm label, closed without questions."""
    from designer.qt.app import application
    from designer.qt.main_window import MainWindow

    application()
    w = MainWindow()
    w.show()
    qtbot.waitExposed(w)
    w.view.set_zoom(4.0)
    w.view.centerOn(30, 20)
    yield w
    w.doc.undo_stack.setClean()  # no "save changes?" question when the test closes it
    w.close()
    w.deleteLater()
