"""Reading back the PDFs the program writes, as a PDF reader does: the cross-reference table to
find each object, the page tree from the catalog, each page's MediaBox and the 1-bit image it
draws (decoded to a Pillow image), and the matrix it is drawn with; and the dots of the PNGs it
writes, to compare with `xplabel render`'s."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

MM = 72 / 25.4  # points per mm


def dots(image: Image.Image | Path) -> bytes:
    """An image's dots (or a PNG file's), one byte each (0 ink)."""
    if isinstance(image, Path):
        with Image.open(image) as opened:
            return dots(opened)
    return image.convert("1").tobytes("raw", "L")


def png_info(path: Path) -> tuple[str, tuple[int, int]]:
    """A PNG file's mode and size."""
    with Image.open(path) as image:
        return image.mode, image.size


@dataclass
class PdfPageRead:
    """One page: its MediaBox in points, its image, and where the image is drawn (a, d, e, f of
    the `cm` matrix: width, height, x, y in points)."""

    media_box: tuple[float, ...]
    image: Image.Image
    placement: tuple[float, float, float, float]


def _objects(data: bytes) -> dict[int, bytes]:
    """Each object's body (dictionary and stream), found through the xref table."""
    start = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[start:].startswith(b"xref"), "startxref does not point at the xref table"
    lines = data[start:].split(b"\n")
    first, count = map(int, lines[1].split())
    bodies = {}
    for n, line in enumerate(lines[2 : 2 + count], start=first):
        offset, _generation, kind = line.split()
        if kind != b"n":
            continue
        offset = int(offset)
        header = f"{n} 0 obj".encode()
        assert data[offset:].startswith(header), f"xref entry {n} points at the wrong place"
        end = data.index(b"endobj", offset)
        bodies[n] = data[offset + len(header) : end].strip()
    return bodies


def _ref(body: bytes, key: str) -> int:
    return int(re.search(rb"/" + key.encode() + rb"\s+(\d+) 0 R", body).group(1))


def _stream(body: bytes) -> tuple[bytes, bytes]:
    """(dictionary, stream data by its /Length)."""
    head, _, rest = body.partition(b"stream\n")
    length = int(re.search(rb"/Length (\d+)", head).group(1))
    assert rest[length:].strip() == b"endstream"
    return head, rest[:length]


def read_pdf(data: bytes) -> list[PdfPageRead]:
    """The pages of a PDF made of 1-bit images (FlateDecode, DeviceGray)."""
    assert data.startswith(b"%PDF-1.")
    objects = _objects(data)
    trailer = data[data.rindex(b"trailer") :]
    catalog = objects[_ref(trailer, "Root")]
    assert b"/Type /Catalog" in catalog
    tree = objects[_ref(catalog, "Pages")]
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", tree)[1])]
    assert int(re.search(rb"/Count (\d+)", tree)[1]) == len(kids)
    pages = []
    for kid in kids:
        page = objects[kid]
        box = tuple(float(v) for v in re.search(rb"/MediaBox \[([^\]]*)\]", page)[1].split())
        name, image_ref = re.search(rb"/XObject << /(\w+) (\d+) 0 R >>", page).groups()
        _, content = _stream(objects[_ref(page, "Contents")])
        matrix = re.search(
            rb"q ([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm /" + name + rb" Do Q", content
        )
        head, raw = _stream(objects[int(image_ref)])
        assert b"/Subtype /Image" in head and b"/BitsPerComponent 1" in head
        assert b"/ColorSpace /DeviceGray" in head and b"/Filter /FlateDecode" in head
        width = int(re.search(rb"/Width (\d+)", head)[1])
        height = int(re.search(rb"/Height (\d+)", head)[1])
        image = Image.frombytes("1", (width, height), zlib.decompress(raw), "raw", "1")
        pages.append(PdfPageRead(box, image, tuple(float(v) for v in matrix.groups())))
    return pages
