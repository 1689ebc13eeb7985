"""Exporting labels (designer.services.export) and `xplabel render` to PNG and PDF: file names as
render gives them, PDF pages exactly the label's size holding exactly the rendered dots (read back
as a PDF reader does, and by Ghostscript when it is installed), exit codes kept."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from designer.cli import main
from designer.labelxml import read
from designer.model import Barcode, Box, Label, Page, Text
from designer.render import RenderOptions, render_label
from designer.services.export import (
    ExportError,
    ExportFormat,
    ExportOptions,
    export_labels,
    pdf_bytes,
    planned_paths,
    png_paths,
)
from tests.pdf_pages import MM, dots, png_info, read_pdf


def test_png_paths_are_named_as_render_names_them() -> None:
    assert png_paths("out.png", [7]) == [Path("out.png")]
    assert png_paths("d/out.png", [1, 2]) == [Path("d/out-1.png"), Path("d/out-2.png")]
    assert png_paths("d/out.PNG", [3]) == [Path("d/out.PNG")]
    assert png_paths("d/out", [1, 2]) == [Path("d/out-1.png"), Path("d/out-2.png")]
    # a page with errors may repeat an id: the second file must not overwrite the first
    assert png_paths("o.png", [1, 1, 2]) == [Path("o-1.png"), Path("o-1-2.png"), Path("o-2.png")]
    labels = [Label(id=4), Label(id=5)]
    assert planned_paths(ExportFormat.PDF, "x.pdf", labels) == [Path("x.pdf")]
    assert planned_paths(ExportFormat.PNG, "x.png", labels) == [Path("x-4.png"), Path("x-5.png")]
    assert ExportFormat.of("A.PDF") is ExportFormat.PDF and ExportFormat.of("a") is ExportFormat.PNG


def test_render_pdf_is_a_page_per_label_at_true_size_with_the_png_dots(
    fixtures: Path, tmp_path: Path, capsys
) -> None:
    source = fixtures / "spec_full_example.xml"
    page = read(source.read_bytes())
    assert main(["render", str(source), "-o", str(tmp_path / "a.png")]) == 0
    assert main(["render", str(source), "-o", str(tmp_path / "a.pdf")]) == 0
    out = capsys.readouterr().out.split()
    assert out[-1] == str(tmp_path / "a.pdf")  # the PDF's path on stdout, as PNGs' are
    pages = read_pdf((tmp_path / "a.pdf").read_bytes())
    assert len(pages) == len(page.labels) == 3
    for label, pdf_page in zip(page.labels, pages, strict=True):
        assert pdf_page.media_box == pytest.approx((0, 0, page.w * MM, page.l * MM), abs=1e-4)
        png = tmp_path / f"a-{label.id}.png"
        assert pdf_page.image.size == png_info(png)[1] == (800, 480)
        assert dots(pdf_page.image) == dots(png)
        # drawn at 8 dots per mm (203.2 dpi) from the page's top-left corner
        assert pdf_page.placement == pytest.approx((100 * MM, 60 * MM, 0, 0), abs=1e-4)


def test_a_label_not_a_whole_number_of_dots_wide_still_gets_its_exact_page(tmp_path) -> None:
    page = Page(w=50.3, l=30.06, labels=(Label(id=1, elements=(Box(x=1, y=1, xe=49, ye=29),)),))
    pages = read_pdf(pdf_bytes(page, page.labels, ExportOptions()))
    (only,) = pages
    assert only.media_box == pytest.approx((0, 0, 50.3 * MM, 30.06 * MM), abs=1e-4)
    assert only.image.size == (402, 240)  # the dots the printer prints: round(w * 8)
    dot = MM / 8
    expected = (402 * dot, 240 * dot, 0, 30.06 * MM - 240 * dot)  # top-left, at 8 dots per mm
    assert only.placement == pytest.approx(expected, abs=1e-4)


def test_pdf_options_as_printed_and_12_dots_per_mm(fixtures: Path, tmp_path: Path) -> None:
    source = str(fixtures / "spec_full_example.xml")
    args = ["--label", "2", "--as-printed", "--dpmm", "12"]
    assert main(["render", source, "-o", str(tmp_path / "b.png"), *args]) == 0
    assert main(["render", source, "-o", str(tmp_path / "b.bin"), "--pdf", *args]) == 0
    (pdf_page,) = read_pdf((tmp_path / "b.bin").read_bytes())
    assert pdf_page.media_box == pytest.approx((0, 0, 100 * MM, 60 * MM), abs=1e-4)
    assert pdf_page.image.size == (1200, 720)
    assert dots(pdf_page.image) == dots(tmp_path / "b.png")


@pytest.mark.skipif(shutil.which("gs") is None, reason="Ghostscript is not installed")
def test_ghostscript_prints_the_pdf_dot_for_dot_at_203_dpi(fixtures: Path, tmp_path: Path) -> None:
    """A real PDF reader, at the printer's resolution, draws exactly the rendered dots."""
    source = str(fixtures / "spec_full_example.xml")
    assert main(["render", source, "-o", str(tmp_path / "a.pdf"), "--as-printed"]) == 0
    assert main(["render", source, "-o", str(tmp_path / "a.png"), "--as-printed"]) == 0
    gs = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pngmono", "-r203.2"]
    subprocess.run(
        [*gs, f"-sOutputFile={tmp_path / 'gs-%d.png'}", str(tmp_path / "a.pdf")],
        check=True,
        timeout=60,
    )
    for n, label_id in enumerate((1, 2, 3), start=1):
        assert dots(tmp_path / f"gs-{n}.png") == dots(tmp_path / f"a-{label_id}.png")


def test_render_keeps_its_png_behaviour_and_exit_codes(
    fixtures: Path, tmp_path: Path, capsys
) -> None:
    source = str(fixtures / "spec_full_example.xml")
    assert main(["render", source, "-o", str(tmp_path / "p.png"), "--label", "3"]) == 0
    assert capsys.readouterr().out.split() == [str(tmp_path / "p.png")]
    broken = tmp_path / "bad.xml"
    broken.write_text('<PAGE w="40" l="30"><LABEL id="1"><TEXT x="a" y="1">x</TEXT></LABEL></PAGE>')
    for out in ("bad.png", "bad.pdf"):
        assert main(["render", str(broken), "-o", str(tmp_path / out)]) == 1
        assert "not rendered: it has errors" in capsys.readouterr().err
        assert not (tmp_path / out).exists()
    assert main(["render", source, "-o", str(tmp_path / "none" / "x.pdf")]) == 1
    assert f"{tmp_path / 'none' / 'x.pdf'}: cannot write:" in capsys.readouterr().err
    assert main(["render", source, "-o", str(tmp_path / "x.pdf"), "--label", "9"]) == 1
    assert "no label with id 9 (ids: 1, 2, 3)" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["render", source, "-o", str(tmp_path / "x.pdf"), "--dpmm", "9"])
    assert usage.value.code == 2


def test_an_element_that_cannot_be_drawn_is_a_crossed_frame_only_when_asked(tmp_path) -> None:
    bad = Barcode(x=2, y=2, ct="jan13a", data="12AB")  # not digits: cannot be drawn
    page = Page(w=40, l=30, labels=(Label(id=1, elements=(Text(x=1, y=20, text="ok"), bad)),))
    with pytest.raises(ValueError):
        export_labels(page, page.labels, tmp_path / "a.png", ExportFormat.PNG, ExportOptions())
    written = export_labels(
        page, page.labels, tmp_path / "a.png", ExportFormat.PNG, ExportOptions(mark_errors=True)
    )
    assert written == [tmp_path / "a.png"]
    marked = render_label(page, page.labels[0], RenderOptions(mark_errors=True))
    assert dots(written[0]) == dots(marked)
    assert dots(marked) != dots(render_label(page, page.labels[0].replace(elements=())))


def test_export_says_which_file_it_cannot_write_and_keeps_those_before(tmp_path) -> None:
    page = Page(w=20, l=10, labels=(Label(id=1), Label(id=2)))
    (tmp_path / "o-2.png").mkdir()  # a folder where the second file should go
    told: list[Path] = []
    with pytest.raises(ExportError) as failure:
        export_labels(
            page, page.labels, tmp_path / "o.png", ExportFormat.PNG, ExportOptions(), told.append
        )
    assert failure.value.path == tmp_path / "o-2.png"
    assert str(failure.value).startswith(f"{tmp_path / 'o-2.png'}: cannot write: ")
    assert told == [tmp_path / "o-1.png"] and (tmp_path / "o-1.png").is_file()
    with pytest.raises(ValueError, match="no label"):
        export_labels(page, [], tmp_path / "n.pdf", ExportFormat.PDF, ExportOptions())
