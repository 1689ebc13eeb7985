"""A PDF of 1-bit pages at true size: each page exactly the label's width x length in mm, with
the label's dots as a 1-bit image at the printer's resolution (8 dots per mm: 203.2 dpi) in its
top-left corner, so that printing it without scaling gives the label at its real size.

Written here rather than by Pillow's PDF writer, for three reasons: the page is exactly w x l mm
even when the label is not a whole number of dots wide (Pillow makes the page the image's size);
the dots are stored losslessly (Flate) whatever Pillow was built with (without libtiff Pillow
stores a 1-bit image as JPEG); and a test can read the dots back from the file.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

POINTS_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class PdfPage:
    """One page: `image` (any mode; stored as 1 bit) drawn at `dpmm` dots per mm on a page
    `width_mm` x `height_mm`."""

    image: Image.Image
    width_mm: float
    height_mm: float
    dpmm: int = 8


def _number(value: float) -> str:
    """A PDF number: at most four decimals (a hundred-thousandth of a point), no needless zeros."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _text_string(text: str) -> str:
    """A PDF text string of any characters: UTF-16BE with its byte order mark, in hex."""
    return "<" + ("\ufeff" + text).encode("utf-16-be").hex().upper() + ">"


def _image_stream(image: Image.Image) -> tuple[str, bytes]:
    """The image XObject dictionary (without /Length) and its compressed 1-bit rows (PDF's
    DeviceGray: 0 black, 1 white, which is Pillow's mode '1' packing)."""
    one_bit = image if image.mode == "1" else image.convert("1")
    data = zlib.compress(one_bit.tobytes("raw", "1"), 6)
    header = (
        f"/Type /XObject /Subtype /Image /Width {one_bit.width} /Height {one_bit.height} "
        "/ColorSpace /DeviceGray /BitsPerComponent 1 /Interpolate false /Filter /FlateDecode"
    )
    return header, data


def one_bit_pdf(pages: Sequence[PdfPage], *, title: str = "", creator: str = "") -> bytes:
    """A PDF with one page per item of `pages`; ValueError when there is none."""
    if not pages:
        raise ValueError("a PDF needs at least one page")
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    first_page = 4  # 1 catalog, 2 page tree, 3 information; then page, contents, image each
    kids = " ".join(f"{first_page + 3 * i} 0 R" for i in range(len(pages)))
    add(
        b"<< /Type /Catalog /Pages 2 0 R "
        b"/ViewerPreferences << /PrintScaling /None >> >>"  # print at true size, not fitted
    )
    add(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    info = f"/Title {_text_string(title)} " if title else ""
    info += f"/Creator {_text_string(creator)} /Producer {_text_string(creator)}" if creator else ""
    add(f"<< {info} >>".encode())
    for page in pages:
        width, height = page.width_mm * POINTS_PER_MM, page.height_mm * POINTS_PER_MM
        dot = POINTS_PER_MM / page.dpmm
        image_w, image_h = page.image.width * dot, page.image.height * dot
        number = len(objects) + 1
        add(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_number(width)} {_number(height)}] "
                f"/Resources << /XObject << /Label {number + 2} 0 R >> /ProcSet [/PDF /ImageB] >> "
                f"/Contents {number + 1} 0 R >>"
            ).encode()
        )
        content = (
            f"q {_number(image_w)} 0 0 {_number(image_h)} 0 {_number(height - image_h)} cm "
            "/Label Do Q\n"
        ).encode()
        add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        header, data = _image_stream(page.image)
        add(f"<< {header} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream")
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
