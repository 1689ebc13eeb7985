"""Connecting data and printing a batch in Chinese: a placeholder that names no column, a row
with a wrong check digit and a data file that cannot be read are said in Chinese in the Problems
panel, the batch dialog, the Connect data dialog and the Records panel, with no English sentence
left (the merge layer's messages are translated by their templates, nested parts and all)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from designer.cloud import XpyunClient
from designer.qt.app import application
from designer.qt.cloud_link import CloudLink
from designer.qt.i18n.messages import say
from designer.qt.i18n.translator import install_language, remove_language
from designer.qt.main_window import MainWindow
from designer.services.store import Store
from tests.batch_helpers import make_template
from tests.i18n_walk import ALLOWED_WORDS, CJK
from tests.qt_helpers import menu_item

pytestmark = pytest.mark.qt
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
COLUMNS = {"name", "size", "origin", "price", "barcode", "sku", "orign"}
"""The data's own words (its column headers, and the misspelt one the template names)."""
FORMATS = {"CSV", "TSV", "GBK", "NUL"}
"""File formats and the NUL character: written in Latin letters in Chinese too."""


def english_left(text: str, *own: str) -> list[str]:
    """The English words of `text` once the user's own words are taken out: quoted values,
    placeholders, the data's columns, `own` (a file's path), and what a Chinese interface
    writes in Latin letters too (tests/i18n_walk.py). Empty for a Chinese sentence."""
    for word in own:
        text = text.replace(word, " ")
    text = re.sub(r"'[^']*'|\{\{[^}]*\}\}|\b0x[0-9A-F]+", " ", text)
    words = re.findall(r"[A-Za-z][A-Za-z0-9]*", text)
    return [
        w
        for w in words
        if len(w) > 1
        and w not in ALLOWED_WORDS | COLUMNS | FORMATS
        and not re.fullmatch(r"[A-Z]+\d\w*", w)
    ]


def assert_chinese(text: str, *own: str) -> None:
    """`text` is a Chinese sentence: it has Chinese characters and no English word."""
    assert CJK.search(text), text
    assert english_left(text, *own) == [], text


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The interface in Chinese for the widgets made during the test."""
    app = application()
    assert install_language(app, "zh_CN")
    yield
    remove_language(app)


@pytest.fixture
def window(qtbot, app_dirs, no_modal_dialogs, simulator, tmp_path, chinese):
    """A window in Chinese with one printer, printing to the simulated cloud."""
    client = XpyunClient("demo", "demo-key", simulator.base_url, backoff=0.01, read_timeout=3)
    w = MainWindow(link=CloudLink(client), store=Store(tmp_path / "store.sqlite3"))
    w.printing.printers.printers.add("P1", "Kitchen")
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()
    w.close()


def _click(widget) -> None:
    QTest.mouseClick(widget, LEFT, NO_MOD, widget.rect().center())


def _answer_file_dialog(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _open_connect_dialog(window, qtbot, monkeypatch, data: Path):
    _answer_file_dialog(monkeypatch, data)
    menu_item(window, "数据(D)", "连接数据(C)…")
    qtbot.waitUntil(lambda: window.data.dialog is not None and window.data.dialog.isVisible())
    qtbot.waitUntil(lambda: window.data.dialog.path == data)
    qtbot.waitUntil(lambda: not window.data.dialog.reading)  # read on a worker
    return window.data.dialog


def _template_with_problems(folder: Path) -> tuple[Path, Path]:
    """The sample template without its data setting and with {{orign}} for {{origin}}, and
    products whose row 5 has a wrong EAN-13 check digit."""
    template, data = make_template(folder, 8)
    text = template.read_text("utf-8").replace('<?xplabel-merge data="products.csv"?>\n', "")
    template.write_text(text.replace("{{origin}}", "{{orign}}"), "utf-8")
    lines = data.read_text("utf-8").splitlines()
    lines[5] = lines[5].replace(",6920", ",6921")
    data.write_text("\n".join(lines) + "\n", "utf-8")
    return template, data


def _problem_rows(window) -> list[str]:
    panel = window.problems
    return [panel.item(i).text() for i in range(panel.count())]


def _batch_dialog(window, qtbot):
    menu_item(window, "文件(F)", "打印(P)…")
    qtbot.waitUntil(lambda: window.batches.dialog is not None and window.batches.dialog.isVisible())
    dialog = window.batches.dialog
    qtbot.waitUntil(
        lambda: dialog.total.text() and "正在检查" not in dialog.total.text(), timeout=10000
    )
    return dialog


def test_a_placeholder_naming_no_column_and_a_bad_row_are_said_in_chinese(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    template, data = _template_with_problems(tmp_path)
    assert window.files.load(template)
    dialog = _open_connect_dialog(window, qtbot, monkeypatch, data)
    with qtbot.waitSignal(window.data.connection.data_changed, timeout=5000):
        _click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: any("orign" in row for row in _problem_rows(window)))
    (placeholder,) = [row for row in _problem_rows(window) if "orign" in row]
    assert "数据中没有 'orign' 列" in placeholder and "是不是要写 {{origin}}" in placeholder
    assert_chinese(placeholder)

    for _ in range(4):  # to row 5, as the navigator's button goes
        _click(window.data.navigator.next)
    assert window.data.navigator.where.text() == "第 5 行，共 8 行"
    qtbot.waitUntil(lambda: any("第 5 行" in row for row in _problem_rows(window)))
    (record,) = [row for row in _problem_rows(window) if "第 5 行" in row]
    assert "barcode 列" in record and "校验位" in record, record
    for row in _problem_rows(window):
        assert_chinese(row)
    for problem in window.data.connection.problems():
        assert_chinese(say(problem.message))

    dialog = _batch_dialog(window, qtbot)  # the template cannot merge: it says why
    assert dialog.total.text().startswith("模板无法合并数据：")
    assert_chinese(dialog.total.text())
    dialog.reject()

    elements = list(window.doc.label.elements)
    elements[3] = elements[3].replace(text=elements[3].text.replace("{{orign}}", "{{origin}}"))
    window.doc.set_elements(tuple(elements), "fix the placeholder")
    dialog = _batch_dialog(window, qtbot)  # every row merged and checked: row 5 is wrong
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(listed) == 1 and listed[0].startswith("错误: 第 5 行，barcode 列："), listed
    assert "校验位" in listed[0]
    assert_chinese(listed[0])
    assert_chinese(dialog.total.text())
    assert not dialog.print_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"name,price\napple,\x001\n", "含有 NUL 字符，不是文本文件"),
        (b"name,price\n\x81\x20\x81,1\n", "既不是 UTF-8 编码，也不是 GB18030/GBK 编码"),
    ],
    ids=["nul", "encoding"],
)
def test_a_data_file_that_cannot_be_read_says_why_in_chinese(
    window, qtbot, monkeypatch, tmp_path, content: bytes, said: str
) -> None:
    template, _ = _template_with_problems(tmp_path)
    window.files.load(template)
    bad = tmp_path / "订单.csv"
    bad.write_bytes(content)
    dialog = _open_connect_dialog(window, qtbot, monkeypatch, bad)
    summary = dialog.summary.text()
    assert said in summary, summary
    assert_chinese(summary, str(bad))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_a_template_whose_data_is_gone_says_so_in_chinese(window, qtbot, tmp_path) -> None:
    template, data = make_template(tmp_path, 3)
    data.unlink()
    window.files.load(template)
    connection = window.data.connection
    qtbot.waitUntil(lambda: bool(connection.error), timeout=5000)
    assert "无法读取：文件或文件夹不存在" in connection.error, connection.error
    assert_chinese(connection.error, str(data.resolve()), str(data))
    assert window.data.records.summary.text() == connection.error
