"""The window in Chinese: every menu, action, toolbar tooltip, dock, panel and dialog it opens
shows Chinese (words a Chinese interface also writes in Latin letters aside: see
tests/i18n_walk.py); Qt's own buttons, file dialog and text fields' menus too; the model's
problems and rules are translated by their templates."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QWidget,
)

from designer.model import Barcode, Text
from designer.model.kinds import KINDS
from designer.qt.app import application, demo_window
from designer.qt.i18n.messages import say
from designer.qt.i18n.translator import install_chinese_font, install_language, remove_language
from designer.qt.main_window import APP_TITLE, MainWindow
from tests.i18n_walk import clipped, english, is_english

pytestmark = pytest.mark.qt

ABOUT_DATA = {"licences", "licence_text", *(f"version_{k}" for k in ("program", "qt", "pyside6"))}
ABOUT_DATA |= {"version_python", "version_pillow", "version_system"}
"""The About box's data: versions, and the licences' own names and texts (legal texts are not
translated)."""


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The interface in Chinese for the widgets made during the test."""
    app = application()
    assert install_language(app, "zh_CN")
    install_chinese_font(app)
    yield
    remove_language(app)


@pytest.fixture
def demo(qtbot, app_dirs, no_modal_dialogs, chinese) -> Iterator[MainWindow]:
    """`xplabel --demo` in Chinese: signed in, three printers with their states, the sample."""
    from designer.qt.demo import start_demo

    running = start_demo()
    window = demo_window(running)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table = window.printing.printers.table
    qtbot.waitUntil(
        lambda: all(table.item(r, 4) is not None and table.item(r, 4).text() for r in range(3)),
        timeout=8000,
    )
    yield window
    for widget in QCoreApplication.instance().topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    window.printing.stop()
    window.doc.undo_stack.setClean()
    window.close()
    running.stop()


def test_the_walk_tells_english_from_chinese() -> None:
    assert is_english("Print preview") and is_english("&File") and is_english("Fit")
    assert not is_english("打印预览") and not is_english("文件(&F)")
    for fine in ("Code 128", "EAN-13", "100 %", "XPSIM0000000001", "V1.2.7", "Ctrl+Shift+S",
                 "203 dpi", "x", "12.5 mm", "", "…", "UserKEY", "01:55:03"):  # fmt: skip
        assert not is_english(fine), fine


def test_the_demo_window_is_chinese_throughout(demo: MainWindow) -> None:
    assert "芯烨云标签设计器" in demo.windowTitle() and "Xpyun Label Designer" in APP_TITLE
    assert demo.windowTitle().endswith(APP_TITLE)
    assert english(demo) == []
    assert [a.text() for a in demo.menuBar().actions()][:2] == ["文件(&F)", "编辑(&E)"]
    for name, dock in demo.docks.items():  # tabbed docks show their insides when raised
        dock.raise_()
        assert english(dock) == [], name
    for bar in demo.findChildren(QToolBar):
        for action in bar.actions():
            assert not is_english(action.toolTip()), action.objectName()
    states = [demo.printing.printers.table.item(r, 2).text() for r in range(3)]
    assert states == ["在线", "离线", "在线异常（缺纸？）"]


def test_every_element_kind_and_its_properties_are_chinese(demo: MainWindow, qtbot) -> None:
    elements = [k.tool.sample for k in KINDS if k.tool is not None]
    demo.doc.set_elements(tuple(elements), "all kinds")
    demo.docks["elements"].raise_()
    for index, element in enumerate(elements):
        demo.scene.select_indexes([index])
        panel = demo.properties
        assert panel.target is not None
        assert english(panel.widget()) == [], type(element).__name__
    assert english(demo.elements) == []


def test_problems_and_content_rules_are_chinese(demo: MainWindow, qtbot) -> None:
    wrong = [
        Barcode(x=3, y=3, ct="jan13a", data="6920123456780"),
        Text(x=3, y=20, text=" "),
        Barcode(x=3, y=30, ct="code39b", w=1, a="left", data="A1"),
        Text(x=500, y=3, text="far"),
    ]
    demo.doc.set_elements(tuple(wrong), "problems")
    problems = demo.problems
    qtbot.waitUntil(lambda: problems.count() == 4)
    rows = [problems.item(i).text() for i in range(problems.count())]
    assert rows[0].endswith("692012345678 的 EAN-13 校验位应为 9，而不是 0"), rows[0]
    assert all(not is_english(row) for row in rows), rows
    demo.scene.select_indexes([0])
    status = demo.properties.findChild(QLabel, "content_status")
    assert "校验位" in status.text()


def test_qts_own_words_are_chinese(demo: MainWindow) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "x",
        "x",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        demo,
    )
    assert {b.text() for b in box.buttons()} == {"保存", "丢弃", "取消"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert buttons.buttons()[0].text() == "确定"
    menu = QLineEdit(demo).createStandardContextMenu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts and not any(is_english(t) for t in texts), texts
    dialog = QFileDialog(demo, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    assert labels and not any(is_english(t) for t in labels), labels


def _dialogs(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every dialog the window opens, each open in turn."""
    from designer.qt.dialogs.add_printer import AddPrinterDialog
    from designer.qt.files import NewPageDialog

    sn = window.printing.printers.saved()[0].sn
    for name, opened in (
        ("new", lambda: NewPageDialog(window)),
        ("print", window.printing.open_print_dialog),
        ("account", window.printing.open_account_dialog),
        ("export png", lambda: window.exporter.open("png")),
        ("export pdf", lambda: window.exporter.open("pdf")),
        ("about", window.help_menu.show_about),
        ("shortcuts", window.help_menu.show_shortcuts),
        ("logo", lambda: window.printing.open_logo_dialog(sn)),
        ("add printer", lambda: AddPrinterDialog(parent=window)),
    ):
        dialog = opened()
        dialog.show()
        yield name, dialog
        dialog.close()


def test_every_dialog_is_chinese(demo: MainWindow, qtbot) -> None:
    seen = []
    for name, dialog in _dialogs(demo):
        qtbot.waitExposed(dialog)
        assert not is_english(dialog.windowTitle()), name
        assert english(dialog, ABOUT_DATA) == [], name
        seen.append(name)
    assert len(seen) == 9


def test_an_export_of_a_page_with_errors_names_them_in_chinese(demo: MainWindow) -> None:
    demo.doc.set_elements((Barcode(x=3, y=3, ct="jan13a", data="6920123456780"),), "wrong")
    dialog = demo.exporter.open("pdf")
    try:
        errors = dialog.findChild(QLabel, "errors").text()
        assert "校验位" in errors and "标签 1" in errors
    finally:
        dialog.close()


def test_text_no_label_can_hold_is_refused_in_chinese(chinese) -> None:
    """The too-long TEXT error is a message the window translates, its counts kept."""
    from designer.model import Label, Page, validate
    from designer.model.kinds.text import MAX_TEXT_CHARS

    text = Text(x=1, y=1, text="A" * (MAX_TEXT_CHARS + 1))
    page = Page(w=40, l=30, labels=(Label(id=1, elements=(text,)),))
    (problem,) = [p for p in validate(page) if p.is_error]
    assert problem.message == (
        f"TEXT holds {MAX_TEXT_CHARS + 1:,} characters; no label can print more than "
        f"{MAX_TEXT_CHARS:,} (the largest label filled with the smallest font)"
    )
    said = say(problem.message)
    assert f"{MAX_TEXT_CHARS + 1:,} 个字符" in said and not is_english(said), said


def test_the_canvas_says_why_an_element_cannot_be_drawn_in_chinese(chinese) -> None:
    """A crossed-out element's tooltip text (why it cannot be drawn) is translated."""
    from designer.model import QRCode
    from designer.qt.canvas.items import ElementItem
    from designer.render import RenderOptions

    item = ElementItem(0, QRCode(x=1, y=1, data=""), RenderOptions())
    assert item.error is not None and not is_english(item.error), item.error


def test_say_is_english_without_a_translation(qapp) -> None:
    """No translator (the English interface): a message reads exactly as the command line's."""
    from designer.model import Page, validate

    remove_language(application())
    page = Page(w=40, l=30, labels=())
    (problem,) = validate(page)
    assert say(problem.message) == problem.message == "the PAGE has no LABEL: nothing prints"


def test_nothing_is_cut_short_at_1280_by_800(demo: MainWindow, qtbot) -> None:
    """The window as it opens on a 1280 x 800 screen, each dock raised in turn, and every
    dialog: no Chinese label, button, tab, column or hint narrower than its text."""
    assert (demo.width(), demo.height()) == (1280, 800)
    assert clipped(demo) == []
    for name, dock in demo.docks.items():
        dock.raise_()
        assert clipped(dock) == [], name
    for name, dialog in _dialogs(demo):
        qtbot.waitExposed(dialog)
        assert clipped(dialog) == [], name


NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""
FONT_CHECK = """
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel
from designer.qt.app import application, load_fonts
from designer.qt.i18n.translator import has_chinese_font
app = application()
before = has_chinese_font()
load_fonts()
layout = QTextLayout("文件 打印机", QLabel().font())
layout.beginLayout()
layout.createLine()
layout.endLayout()
runs = layout.glyphRuns()
print(before, has_chinese_font(), sorted({r.rawFont().familyName() for r in runs}),
      all(0 not in r.glyphIndexes() for r in runs))
"""


def test_without_a_chinese_font_the_bundled_one_draws_the_interface(tmp_path) -> None:
    """A system with no font for Chinese (fontconfig knowing none at all here): the window's
    Chinese is drawn with the bundled Noto Sans SC, every glyph found (none a box)."""
    import os
    import subprocess
    import sys

    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS.format(cache=tmp_path / "cache"), "utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", FONT_CHECK], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[0] == "False True ['Noto Sans SC'] True"


def test_the_data_menu_stands_before_help_in_chinese_too(demo: MainWindow) -> None:
    menus = [a.menu().objectName() for a in demo.menuBar().actions() if a.menu()]
    assert menus[-2:] == ["menu_data", "menu_help"], menus
    titles = [a.text() for a in demo.menuBar().actions()]
    assert titles[-2:] == ["数据(&D)", "帮助(&H)"], titles
