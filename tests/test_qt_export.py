"""File > Export as PNG and as PDF, used as a person does (the menu bar, the dialog's buttons and
fields; the system file dialog and yes/no questions answered by stand-ins, since a native dialog
cannot be driven offscreen): the files hold exactly the dots `xplabel render` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from designer.cli import main
from designer.model import Barcode, Label, Page, Text
from designer.qt.dialogs.export import ExportDialog
from designer.render import RenderOptions, render_label
from tests.pdf_pages import MM, dots, png_info, read_pdf
from tests.qt_menus import choose

pytestmark = pytest.mark.qt
LEFT = Qt.MouseButton.LeftButton


def open_export(qtbot, window, entry: str) -> ExportDialog:
    """File > `entry`, and the export dialog it opens."""
    choose(qtbot, window, "File", entry)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ExportDialog)))
    return next(d for d in window.findChildren(ExportDialog) if d.isVisible())


def type_path(qtbot, dialog: ExportDialog, path: Path) -> None:
    """Replace the dialog's file name by typing."""
    dialog.path_edit.selectAll()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.path_edit, str(path))


def click_export(qtbot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, LEFT)


def pick(qtbot, choice: QRadioButton) -> None:
    """Click a radio button on its indicator, where a person clicks it."""
    style = choice.style()
    option = QStyleOptionButton()
    option.initFrom(choice)
    box = style.subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, choice)
    qtbot.mouseClick(choice, LEFT, pos=box.center())
    assert choice.isChecked()


@pytest.fixture
def turned(tmp_path: Path, fixtures: Path) -> Path:
    """The spec's example with label 2 mirrored and turned (m=1, d=0): as printed differs."""
    text = (fixtures / "spec_full_example.xml").read_text("utf-8")
    path = tmp_path / "turned.xml"
    path.write_text(text.replace('<LABEL id="2">', '<LABEL id="2" m="1" d="0">'), "utf-8")
    return path


def test_export_png_of_every_label_is_what_render_writes(
    window, qtbot, tmp_path: Path, fixtures: Path, monkeypatch
) -> None:
    source = fixtures / "spec_full_example.xml"
    assert window.open_file(source)
    dialog = open_export(qtbot, window, "Export as PNG")
    chosen = tmp_path / "shop.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    qtbot.mouseClick(dialog.findChild(type(dialog.export_button), "browse"), LEFT)
    assert dialog.path_edit.text() == str(chosen)
    assert "shop-1.png, shop-2.png, shop-3.png" in dialog.files.text()
    assert not dialog.errors.isVisible()
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert main(["render", str(source), "-o", str(tmp_path / "cli.png")]) == 0
    for label_id in (1, 2, 3):
        exported = tmp_path / f"shop-{label_id}.png"
        by_render = tmp_path / f"cli-{label_id}.png"
        assert exported.read_bytes() == by_render.read_bytes()
        assert png_info(exported)[0] == "1"
    assert window.statusBar().currentMessage().startswith(f"Exported 3 files to {tmp_path}: ")


def test_export_the_current_label_as_printed_and_the_choices_are_kept(
    window, qtbot, tmp_path: Path, turned: Path
) -> None:
    assert window.open_file(turned)
    window.doc.select_label(1)  # label id 2, mirrored and turned
    dialog = open_export(qtbot, window, "Export as PNG")
    pick(qtbot, dialog.current_label)
    pick(qtbot, dialog.as_printed)
    type_path(qtbot, dialog, tmp_path / "two")  # the .png is added
    assert dialog.files.text().startswith("two.png in ")
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["two.png"]
    assert window.statusBar().currentMessage() == f"Exported {tmp_path / 'two.png'}"
    args = ["--label", "2", "--as-printed"]
    assert main(["render", str(turned), "-o", str(tmp_path / "cli.png"), *args]) == 0
    assert (tmp_path / "two.png").read_bytes() == (tmp_path / "cli.png").read_bytes()
    as_designed = tmp_path / "designed.png"
    assert main(["render", str(turned), "-o", str(as_designed), "--label", "2"]) == 0
    assert dots(tmp_path / "two.png") != dots(as_designed)

    again = open_export(qtbot, window, "Export as PNG")
    assert again.current_label.isChecked() and again.as_printed.isChecked()
    assert Path(again.path_edit.text()).parent == tmp_path  # the folder of the last export
    qtbot.mouseClick(again.buttons.button(again.buttons.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not again.isVisible())


def test_export_pdf_has_a_page_per_label_at_true_size_with_render_dots(
    window, qtbot, tmp_path: Path, turned: Path
) -> None:
    assert window.open_file(turned)
    dialog = open_export(qtbot, window, "Export as PDF")
    assert "exactly 100 x 60 mm" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.files))
    )
    pick(qtbot, dialog.as_printed)
    type_path(qtbot, dialog, tmp_path / "labels.pdf")
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    pages = read_pdf((tmp_path / "labels.pdf").read_bytes())
    assert len(pages) == 3
    assert main(["render", str(turned), "-o", str(tmp_path / "cli.png"), "--as-printed"]) == 0
    for label_id, page in zip((1, 2, 3), pages, strict=True):
        assert page.media_box == pytest.approx((0, 0, 100 * MM, 60 * MM), abs=1e-4)
        assert dots(page.image) == dots(tmp_path / f"cli-{label_id}.png")


def test_a_page_with_errors_says_what_cannot_be_drawn_and_exports_the_rest(
    window, qtbot, tmp_path: Path
) -> None:
    bad = Barcode(x=2, y=2, ct="jan13a", data="12AB")
    page = Page(w=40, l=30, labels=(Label(id=7, elements=(Text(x=1, y=20, text="ok"), bad)),))
    window.doc.reset(page, None)
    dialog = open_export(qtbot, window, "Export as PNG")
    assert dialog.errors.isVisible()
    assert "crossed frame" in dialog.errors.text()
    assert "label 7, element 2: BARC" in dialog.errors.text()
    type_path(qtbot, dialog, tmp_path / "bad.png")
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    marked = render_label(page, page.labels[0], RenderOptions(mark_errors=True))
    assert dots(tmp_path / "bad.png") == dots(marked)


def test_replacing_a_file_is_asked_and_a_file_that_cannot_be_written_is_said(
    window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "e.png"
    target.write_bytes(b"keep me")
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_export(qtbot, window, "Export as PNG")
    type_path(qtbot, dialog, target)
    click_export(qtbot, dialog)
    assert asked == ["e.png already exists. Replace it?"]
    assert dialog.isVisible() and target.read_bytes() == b"keep me"  # No: nothing written
    answers.append(QMessageBox.StandardButton.Yes)
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert png_info(target) == ("1", (480, 320))

    (tmp_path / "folder.png").mkdir()  # a name that cannot be written as a file
    dialog = open_export(qtbot, window, "Export as PNG")
    type_path(qtbot, dialog, tmp_path / "folder.png")
    answers.append(QMessageBox.StandardButton.Yes)
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "export_failed") is not None)
    box = window.findChild(QMessageBox, "export_failed")
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith("folder.png cannot be written: ")
    box.accept()

    dialog = open_export(qtbot, window, "Export as PNG")
    type_path(qtbot, dialog, tmp_path / "nowhere" / "x.png")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    click_export(qtbot, dialog)
    assert warned == [f"The folder {tmp_path / 'nowhere'} does not exist."]
    assert dialog.isVisible()
    dialog.reject()


def test_a_long_export_shows_its_progress_and_can_be_cancelled(window, qtbot, tmp_path: Path):
    labels = tuple(Label(id=i, elements=(Text(x=1, y=1, text=f"№ {i}"),)) for i in range(1, 301))
    window.doc.reset(Page(w=40, l=30, labels=labels), None)
    window.exporter.progress_after_ms = 0  # show it at once (it waits half a second otherwise)
    seen: list[int] = []

    def cancel_when_shown() -> None:
        shown = [
            p for p in window.findChildren(QProgressDialog, "export_progress") if p.isVisible()
        ]
        if shown and not seen:
            seen.append(shown[0].value())
            qtbot.mouseClick(shown[0].findChild(QPushButton), LEFT)

    timer = QTimer()
    timer.timeout.connect(cancel_when_shown)
    timer.start(5)
    for entry, name in (("Export as PDF", "all.pdf"), ("Export as PNG", "each.png")):
        seen.clear()
        dialog = open_export(qtbot, window, entry)
        type_path(qtbot, dialog, tmp_path / name)
        click_export(qtbot, dialog)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        assert seen, "the progress was never shown"
        assert window.statusBar().currentMessage().startswith("Export cancelled; ")
    timer.stop()
    assert not (tmp_path / "all.pdf").exists()  # a cancelled PDF is not written at all
    pngs = sorted(tmp_path.glob("each-*.png"))
    assert 0 < len(pngs) < 300 and len(pngs) == len(window.exporter.last_written)
