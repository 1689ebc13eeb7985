"""The cloud's errors in the window's language: a platform code in Chinese with the spec's own
status and guidance, in English with the code's digest; a refused connection, a garbled answer
and a missing account translated by template; the printer panel's Add… refused by the cloud,
and a cloud that cannot be reached, seen in the status bar and the printer table as a person
sees them, in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton

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


def _add_through_the_button(qtbot, window: MainWindow, sn: str, name: str):
    """Click the printer panel's Add…, fill in the dialog and click its Add, as a person does;
    the dialog, which stays open until the cloud has answered."""
    panel = window.printing.printers
    qtbot.mouseClick(panel.findChild(QToolButton, "add"), Qt.MouseButton.LeftButton)
    dialog = panel.add_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.findChild(QLineEdit, "sn"), sn)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "name"), name)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return dialog


def test_an_unknown_sn_added_from_the_panel_is_refused_in_the_users_words(
    language, qtbot, app_dirs, no_modal_dialogs, simulator, tmp_path
) -> None:
    window = _window(simulator, tmp_path)
    dialog = _add_through_the_button(qtbot, window, "NOSUCHSN", "Front desk")
    status = dialog.findChild(QLabel, "add_status")
    qtbot.waitUntil(lambda: "SN_INVALID" in status.text(), timeout=5000)
    said = status.text()
    if language == "zh_CN":
        assert said.startswith("打印机编号无效（1008 SN_INVALID）：打印机编号不是云打印机编号")
    else:
        assert said.startswith("SN_INVALID (code 1008): this is not an Xpyun cloud printer")
    assert dialog.isVisible() and dialog.values() == ("NOSUCHSN", "Front desk")  # kept
    assert window.printing.printers.saved() == []
    field = dialog.findChild(QLineEdit, "sn")  # corrected, and added this time
    field.selectAll()
    qtbot.keyClicks(field, "NEW1")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert [p.sn for p in window.printing.printers.saved()] == ["NEW1"]
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
        Qt.MouseButton.LeftButton,
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
