"""The renderer: exact dots for shapes, every symbology scanning back, text cells, rotation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from designer.labelxml import read
from designer.model import Barcode, Bitmap, Box, Label, Line, Page, QRCode, Reverse, Text
from designer.model.fonts import PRINTER_FONTS
from designer.model.kinds import element_rect
from designer.model.symbology import SYMBOLOGIES, BarcodeDataError, normalized, upce_to_upca
from designer.render import RenderOptions, png_base64, png_bytes, render_label
from tests.strategies import _TINY_PNG


def _render(*elements: object, w: float = 60, l: float = 40, **opts) -> Image.Image:  # noqa: E741
    page = Page(w=w, l=l, labels=(Label(id=1, elements=elements),))
    return render_label(page, page.labels[0], RenderOptions(**opts))


def _ink(image: Image.Image) -> set[tuple[int, int]]:
    """The inked dots (black, 0) of a rendered label."""
    width = image.width
    return (
        {(i % width, i // width) for i, v in enumerate(image.tobytes("raw", "L")) if v == 0}
        if image.mode == "L"
        else _ink(image.convert("L"))
    )


def _ink_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    """The bounding box (x0, y0, x1, y1 exclusive) of the ink."""
    from PIL import ImageChops

    return ImageChops.invert(image.convert("L")).getbbox()


def test_size_mode_and_colours() -> None:
    image = _render(w=100, l=60)
    assert (image.mode, image.size) == ("1", (800, 480))
    assert _render(w=100, l=60, dpmm=12).size == (1200, 720)
    assert _ink_box(image) is None


def test_a_box_at_5mm_with_lt_8_inks_dots_40_to_47() -> None:
    image = _render(Box(x=5, y=5, xe=15, ye=10, lt=8))
    dots = _ink(image)
    row = sorted(x for x, y in dots if y == 60)  # a row through the box's middle
    assert row == [*range(40, 48), *range(112, 120)]
    assert _ink_box(image) == (40, 40, 120, 80)
    assert len(dots) == 80 * 40 - 64 * 24


def test_a_line_is_a_filled_bar_and_thin_lines_print_one_dot() -> None:
    assert _ink(_render(Line(x=1, y=2, w=3, h=0.25))) == {
        (x, y) for x in range(8, 32) for y in range(16, 18)
    }
    assert _ink_box(_render(Line(x=1, y=2, w=0.05, h=10))) == (8, 16, 9, 96)


def test_reverse_inverts_what_is_drawn_before_it_only() -> None:
    image = _render(
        Line(x=0, y=0, w=2, h=1), Reverse(x=1, y=0, w=2, h=1), Line(x=10, y=0, w=1, h=1)
    )
    dots = _ink(image)
    assert {(x, 0) for x in range(0, 8)} <= dots  # before the reverse: untouched
    assert not {(x, 0) for x in range(8, 16)} & dots  # drawn, then inverted: white
    assert {(x, 0) for x in range(16, 24)} <= dots  # blank, then inverted: black
    assert {(x, 0) for x in range(80, 88)} <= dots  # after the reverse: drawn normally


def test_elements_are_clipped_to_the_label() -> None:
    image = _render(Box(x=-5, y=-5, xe=100, ye=100, lt=8), w=10, l=10)
    assert image.size == (80, 80)
    assert _ink_box(image) is None  # the outline lies wholly outside


@pytest.mark.parametrize("font", sorted(PRINTER_FONTS))
def test_text_fills_exactly_its_cells(font: int) -> None:
    pf = PRINTER_FONTS[font]
    text = "HH" if not pf.chinese else "国H"
    image = _render(Text(x=2, y=3, f=font, text=text))
    box = _ink_box(image)
    assert box is not None
    width = pf.line_width(text)
    assert 16 <= box[0] and box[2] <= 16 + width  # inside the cells across
    assert 24 <= box[1] and box[3] <= 24 + pf.cell_h  # and down
    assert box[2] - box[0] >= width * 0.6  # and fills most of them
    rect = element_rect(Text(x=2, y=3, f=font, text=text))
    assert (rect.x1 - rect.x0) * 8 == width


def test_magnification_replicates_dots() -> None:
    one = _render(Text(x=0, y=0, text="价A"))
    two = _render(Text(x=0, y=0, xw=2, yh=3, text="价A"))
    expected = {(2 * x + dx, 3 * y + dy) for x, y in _ink(one) for dx in (0, 1) for dy in (0, 1, 2)}
    assert _ink(two) == expected


def test_multi_line_text_stacks_lines_one_cell_apart() -> None:
    image = _render(Text(x=0, y=0, text="国\n国"))
    top = {(x, y) for x, y in _ink(image) if y < 24}
    bottom = {(x, y - 24) for x, y in _ink(image) if y >= 24}
    assert top == bottom and top


@pytest.mark.parametrize(("anchor", "x0"), [("left", 80), ("center", 80 - 24), ("right", 80 - 48)])
def test_text_anchor(anchor: str, x0: int) -> None:
    box = _ink_box(_render(Text(x=10, y=0, a=anchor, text="国国")))
    assert x0 <= box[0] < x0 + 4 and box[2] <= x0 + 48


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_rotation_turns_clockwise_about_x_y(rotation: int) -> None:
    el = Text(x=30, y=20, r=rotation, text="国国国")
    box = _ink_box(_render(el))
    rect = element_rect(el)
    assert rect.x0 * 8 <= box[0] and box[2] <= rect.x1 * 8
    assert rect.y0 * 8 <= box[1] and box[3] <= rect.y1 * 8
    expected = {0: (240, 160), 90: (240 - 24, 160), 180: (240 - 72, 160 - 24), 270: (240, 160 - 72)}
    assert (rect.x0 * 8, rect.y0 * 8) == expected[rotation]


def _decode(image: Image.Image, formats: object = None) -> list[zxingcpp.Barcode]:
    grey = image.convert("L")
    padded = Image.new("L", (grey.width + 80, grey.height + 80), 255)
    padded.paste(grey, (40, 40))
    if formats is None:
        return zxingcpp.read_barcodes(padded)
    return zxingcpp.read_barcodes(padded, formats=formats)


SCANS = {
    "code128": ("Xpyun-128 abc", "Xpyun-128 abc"),
    "code93": ("CODE93 test-1", "CODE93 test-1"),
    "codabar": ("A40156-$:/.+B", "A40156-$:/.+B"),
    "itf": ("12345670", "12345670"),
    "code39": ("XPYUN-39 $/+%.", "XPYUN-39 $/+%."),
    "ean8": ("1234567", "12345670"),
    "ean13": ("692012345678", "6920123456789"),
    "upce": ("123456", "0012345000065"),  # zxing reports UPC-E 01234565 expanded, as EAN-13
    "upca": ("12345678901", "0123456789012"),  # and UPC-A with EAN-13's leading 0
}


@pytest.mark.parametrize("symbology", SYMBOLOGIES, ids=lambda s: s.key)
@pytest.mark.parametrize("code_index", [0, 1])
def test_every_symbology_scans_back_at_its_smallest_module(symbology, code_index: int) -> None:
    ct = symbology.codes[min(code_index, len(symbology.codes) - 1)]
    data, expected = SCANS[symbology.key]
    n = 1 if symbology.key not in ("codabar", "itf", "code39") else 2
    el = Barcode(x=2, y=2, ct=ct, n=n, w=3, h=80, a="left", s=2, data=data)
    image = _render(el, w=100, l=20)
    fmt = {"upce": zxingcpp.BarcodeFormat.UPCE, "upca": zxingcpp.BarcodeFormat.UPCA}
    results = _decode(image, fmt.get(symbology.key))
    assert [r.text for r in results] == [expected], results
    if symbology.key in fmt:
        assert results[0].format == fmt[symbology.key]
    # the drawn width is the width the validator computes
    box = _ink_box(image)
    rect = element_rect(el)
    assert box[2] - box[0] == round((rect.x1 - rect.x0) * 8)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_barcodes_scan(rotation: int) -> None:
    el = Barcode(x=30, y=30, r=rotation, data="ROTATED-1")
    assert [r.text for r in _decode(_render(el, w=60, l=60))] == ["ROTATED-1"]


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_qr_codes_scan_at_each_level_with_chinese_text(level: str) -> None:
    data = "宫保鸡丁 ¥28.00 https://www.xpyun.net/open/index.html"
    el = QRCode(x=1, y=1, s=3, e=level, data=data)
    image = _render(el, w=60, l=60)
    results = _decode(image)
    assert [(r.text, r.format) for r in results] == [(data, zxingcpp.BarcodeFormat.QRCode)]
    assert results[0].ec_level == level
    rect = element_rect(el)  # the validator's size is the drawn size, quiet zone included
    box = _ink_box(image)
    assert (rect.x1 - rect.x0) * 8 == box[2] - box[0] + 2 * 4 * 3
    assert box[0] == 8 + 4 * 3


def test_qr_module_size_is_s_dots() -> None:
    small = _ink_box(_render(QRCode(x=0, y=0, s=1, data="12345")))
    big = _ink_box(_render(QRCode(x=0, y=0, s=5, data="12345")))
    assert (small[2] - small[0]) * 5 == big[2] - big[0] == 21 * 5


def test_inline_image_and_logo_placeholder() -> None:
    image = _render(Bitmap(x=1, y=1, w=16, image=_TINY_PNG))  # a 1x1 black pixel, 16 dots wide
    assert _ink_box(image) == (8, 8, 24, 24)
    placeholder = _render(Bitmap(x=0, y=0, w=120))
    assert _ink_box(placeholder) == (0, 0, 120, 60)
    assert _ink_box(_render(Bitmap(x=0, y=0, w=120), placeholders=False)) is None
    logo = Image.new("L", (10, 5), 0)
    assert _ink_box(_render(Bitmap(x=0, y=0, w=40), logo=logo)) == (0, 0, 40, 20)


def test_as_printed_applies_mirror_and_direction() -> None:
    page = Page(w=10, l=5, labels=(Label(id=1, m=1, d=0, elements=(Line(x=0, y=0, w=1, h=1),)),))
    label = page.labels[0]
    assert _ink_box(render_label(page, label)) == (0, 0, 8, 8)
    mirrored_and_turned = render_label(page, label, RenderOptions(as_printed=True))
    assert _ink_box(mirrored_and_turned) == (0, 32, 8, 40)  # mirror, then 180 degrees
    only_turned = page.labels[0].replace(m=0)
    assert _ink_box(render_label(page, only_turned, RenderOptions(as_printed=True))) == (
        72,
        32,
        80,
        40,
    )


def test_print_image_png_is_small_one_bit_and_bare_base64(fixtures: Path, tmp_path: Path) -> None:
    page = read(fixtures / "benchmark_label.xml")
    image = render_label(page, page.labels[0])
    data = png_bytes(image)
    assert data[24:26] == b"\x01\x00"  # IHDR: bit depth 1, greyscale
    rgb = tmp_path / "rgb.png"
    image.convert("RGB").save(rgb, format="PNG")
    # Pillow's default RGB PNG of a mostly white label compresses well too; the 1-bit PNG is
    # still less than half of it, and 1/10 of it saved at Pillow's fastest level (see the note)
    assert len(data) * 2 <= rgb.stat().st_size
    image.convert("RGB").save(rgb, format="PNG", compress_level=1)
    assert len(data) * 4 <= rgb.stat().st_size
    with Image.open(__import__("io").BytesIO(data)) as back:
        assert back.mode == "1" and back.size == (800, 480)
    encoded = png_base64(image)
    assert not encoded.startswith("data:") and encoded.startswith("iVBORw0KGgo")


def test_the_spec_example_renders(fixtures: Path) -> None:
    page = read(fixtures / "spec_full_example.xml")
    first = render_label(page, page.labels[0])
    assert [r.text for r in _decode(first)] == ["https://www.xpyun.net/open/index.html"]
    # the reversed caption: the REV rectangle 2..15 x 2..6 mm is mostly black
    region = first.crop((16, 16, 120, 48)).convert("L")
    assert sum(1 for v in region.tobytes() if v == 0) > 0.6 * region.width * region.height


def test_importing_the_renderer_loads_no_pyside6() -> None:
    code = (
        "import sys, designer.render; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_png_decodes_to_exactly_the_rendered_dots(fixtures: Path) -> None:
    import io

    page = read(fixtures / "spec_full_example.xml")
    for label in page.labels:
        image = render_label(page, label, RenderOptions(as_printed=True))
        with Image.open(io.BytesIO(png_bytes(image))) as back:
            assert back.mode == "1"
            assert back.tobytes() == image.tobytes()
    odd = _render(Line(x=0, y=0, w=0.5, h=0.5), w=1.125, l=1)  # 9 dots wide: a padded row
    with Image.open(io.BytesIO(png_bytes(odd))) as back:
        assert back.size == (9, 8) and back.tobytes() == odd.tobytes()


def test_element_images_compose_to_the_label_render(fixtures: Path) -> None:
    """Each element drawn alone, placed at its dots and OR-ed (REV: inverted), is the label."""
    from PIL import ImageChops

    from designer.render import element_image

    for name in ("spec_full_example.xml", "benchmark_label.xml"):
        page = read(fixtures / name)
        for label in page.labels:
            ink = Image.new("1", (round(page.w * 8), round(page.l * 8)), 0)
            for el in label.elements:
                mask, x, y = element_image(el)
                if isinstance(el, Reverse):
                    box = (x, y, x + mask.width, y + mask.height)
                    region = ink.crop(box)
                    ink.paste(ImageChops.logical_xor(region, mask), box)
                else:
                    ink.paste(255, (x, y), mask)
            assert ImageChops.invert(ink).tobytes() == render_label(page, label).tobytes()


def test_element_image_reports_what_cannot_be_drawn() -> None:
    from designer.render import ElementRenderError, element_image

    with pytest.raises(ElementRenderError, match="EAN-13"):
        element_image(Barcode(x=1, y=1, ct="jan13a", data="12"))
    mask, x, y = element_image(Bitmap(x=2, y=3, w=100))
    assert (mask.size, x, y) == ((100, 50), 16, 24)


def test_what_cannot_be_drawn_is_said_by_a_message_the_window_translates() -> None:
    """Why an element cannot be drawn keeps its Message (template and arguments), alone on the
    canvas and in a marked label alike, whatever the kind: barcode, QR code or image."""
    from designer.model.messages import Message
    from designer.render import ElementRenderError, RenderOptions, element_image, render_marked

    wrong = (
        Barcode(x=1, y=1, ct="jan13a", data="12"),
        QRCode(x=1, y=1, data=""),
        Bitmap(x=1, y=1, image="AAAA"),
    )
    templates = []
    for el in wrong:
        with pytest.raises(ElementRenderError) as raised:
            element_image(el)
        assert isinstance(raised.value.message, Message) and raised.value.message == str(
            raised.value
        )
        templates.append(raised.value.message.template)
    assert templates[1:] == [
        "an empty QR code has nothing to draw",
        "the image cannot be read: {reason}",
    ]
    page = Page(w=40, l=30, labels=(Label(id=1, elements=wrong),))
    _, failures = render_marked(page, page.labels[0], RenderOptions(mark_errors=True))
    assert [i for i, _ in failures] == [0, 1, 2]
    assert [why.template for _, why in failures] == templates
    with pytest.raises(BarcodeDataError):  # unmarked, the first one stops the drawing
        render_label(page, page.labels[0])


@pytest.mark.parametrize("last", range(10))
def test_upc_e_expands_as_a_scanner_does_for_every_last_digit(last: int) -> None:
    """Our UPC-E expansion (which gives the check digit) agrees with zxing-cpp's for each of the
    ten expansion rules: the scanner reads back the UPC-A our expansion predicts."""
    body = f"034685{last}"  # number system 0, five digits, and the digit that picks the rule
    normalized_data, problem = normalized("upcea", body)
    assert problem is None
    predicted = "0" + upce_to_upca(body) + normalized_data[-1]  # as EAN-13, as zxing reports it
    el = Barcode(x=2, y=2, ct="upcea", n=2, h=80, a="left", s=0, data=body)
    results = _decode(_render(el, w=60, l=20), zxingcpp.BarcodeFormat.UPCE)
    assert [r.text for r in results] == [predicted]
