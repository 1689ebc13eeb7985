"""The cloud's errors in the window's language: a platform code in Chinese with the spec's own
status and guidance, in English with the code's digest; a refused connection, a garbled answer
and a missing account translated by template; the printer panel's Add… refused by the cloud,
and a cloud that cannot be reached, seen in the status bar and the printer table as a person
sees them, in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QToolButton

from designer.cloud import XpyunClient
from designer.cloud.codes import RESULT_CODES
from designer.cloud.errors import CredentialsError, platform_error
from designer.cloud.transport import _mapped
from designer.qt.app import application
from designer.qt.cloud_link import CloudLink
from designer.qt.cloud_words import describe, headline
from designer.qt.i18n.translator import install_language, remove_language
from designer.qt.main_window import MainWindow
from designer.services.store import Store

pytestmark = pytest.mark.qt
CJK = "\u4e00-\u9fff"


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp) -> Iterator[str]:
    app = application()
    assert install_language(app, request.param)
    yield request.param
    remove_language(app)


def test_every_platform_code_in_chinese_is_the_specs_and_in_english_the_digest(language):
    for code in RESULT_CODES.values():
        if code.code == 0:
            continue
        error = platform_error(code.code, code.msg, "print")
        said = describe(error)
        if language == "en":
            assert said == str(error) and code.guidance in said
            continue
        assert said.startswith(f"{code.zh_status}（{code.code} {code.msg}）"), said
        for part in (code.zh_guidance, code.zh_hint):
            assert part.rstrip("。") in said
        assert code.guidance not in said


def test_transport_errors_and_a_missing_account_are_translated(language) -> None:
    class Watch:
        sending, stopped = False, None

    refused = _mapped(ConnectionRefusedError(), Watch(), "http://127.0.0.1:9/api", 0.0)
    signed_out = CredentialsError("no platform account is set up", signed_out=True)
    if language == "en":
        assert describe(refused) == str(refused)
        assert "cannot reach http://127.0.0.1:9/api" in describe(refused)
        assert "File > Account…" in describe(signed_out)
        assert headline(refused) == "cannot reach http://127.0.0.1:9/api"
        return
    assert describe(refused) == "无法连接 http://127.0.0.1:9/api：请检查网络连接和接口地址"
    assert headline(refused) == "无法连接 http://127.0.0.1:9/api"
    assert "“文件 > 账号…”" in describe(signed_out)


def _window(simulator, tmp_path, base_url: str | None = None) -> MainWindow:
    client = XpyunClient(
        "demo", "demo-key", base_url or simulator.base_url, backoff=0.01, read_timeout=3
    )
    window = MainWindow(link=CloudLink(client), store=Store(tmp_path / "x.sqlite3"))
    window.client = client
    window.show()
    return window


def _add_through_the_button(qtbot, window: MainWindow, sn: str, name: str) -> None:
    """Click the printer panel's Add… and fill in the dialog as a person does."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        fields = dialog.findChildren(QLineEdit)
        qtbot.keyClicks(fields[0], sn)
        qtbot.keyClicks(fields[1], name)
        dialog.accept()

    QTimer.singleShot(100, fill)
    button = window.printing.printers.findChild(QToolButton, "add")
    qtbot.mouseClick(button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)


def test_an_unknown_sn_added_from_the_panel_is_refused_in_the_users_words(
    language, qtbot, app_dirs, no_modal_dialogs, simulator, tmp_path
) -> None:
    window = _window(simulator, tmp_path)
    _add_through_the_button(qtbot, window, "NOSUCHSN", "Front desk")
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "SN_INVALID" in bar.currentMessage(), timeout=5000)
    said = bar.currentMessage()
    if language == "zh_CN":
        assert said.startswith("打印机编号无效（1008 SN_INVALID）：打印机编号不是云打印机编号")
    else:
        assert said.startswith("SN_INVALID (code 1008): this is not an Xpyun cloud printer")
    assert window.printing.printers.saved() == []
    window.printing.stop()
    window.close()
    window.client.close()


def test_a_cloud_that_cannot_be_reached_shows_in_the_printer_table(
    language, qtbot, app_dirs, no_modal_dialogs, simulator, tmp_path
) -> None:
    window = _window(simulator, tmp_path, "http://127.0.0.1:9/api/openapi/sprinter")
    panel = window.printing.printers
    panel.printers.add("P1", "Kitchen")
    qtbot.mouseClick(
        panel.findChild(QToolButton, "refresh"),
        __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton,
    )
    state = lambda: panel.table.item(0, 2)  # noqa: E731
    qtbot.waitUntil(lambda: state() is not None and state().toolTip() != "", timeout=10000)
    tip = state().toolTip()
    if language == "zh_CN":
        assert "无法连接 http://127.0.0.1:9/api/openapi/sprinter" in tip
        assert state().text() != "unknown (cloud unreachable)"
    else:
        assert "cannot reach http://127.0.0.1:9/api/openapi/sprinter" in tip
    window.printing.stop()
    window.close()
    window.client.close()
