"""Benchmark: render one 100 x 60 mm label; render and encode 1,000 distinct labels; QR encoders.

Targets (issue 3): one label with text, a Code 128 barcode and a QR code renders in at most
5 ms (median); 1,000 distinct such labels render and encode to printImage-ready PNG in at most
5 s. Run: python -m tests.bench.bench_render
"""

from __future__ import annotations

import time
from pathlib import Path

from designer.labelxml import read
from designer.model import Barcode, QRCode, Text
from designer.render import png_base64, render_label
from designer.render.marks import qr_matrix
from tests.bench.timing import median_seconds

FIXTURE = Path(__file__).parent.parent / "fixtures" / "benchmark_label.xml"


def distinct_label(page, i: int):
    """The benchmark label with data of its own: a new name, price, barcode and QR code."""
    label = page.labels[0]
    elements = []
    for el in label.elements:
        if isinstance(el, Barcode):
            el = el.replace(data=f"XP-2026-{i:06d}")
        elif isinstance(el, QRCode):
            el = el.replace(data=f"https://shop.example.com/p/{i:06d}?lot=20261129")
        elif isinstance(el, Text) and el.text.startswith("¥"):
            el = el.replace(text=f"¥{10 + i % 90}.{i % 100:02d}")
        elements.append(el)
    return label.replace(id=i, elements=tuple(elements))


def qr_encoders(n: int = 100) -> dict[str, float]:
    """Median ms per QR code of each encoder on distinct 45-byte URLs at level M."""
    import qrcode
    import segno
    import zxingcpp
    from qrcode.util import MODE_8BIT_BYTE, QRData

    def with_qrcode(i: int) -> None:
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
        qr.add_data(QRData(f"https://shop.example.com/p/{i:06d}?lot=1".encode(), MODE_8BIT_BYTE))
        qr.make(fit=True)
        qr.get_matrix()

    def with_segno(i: int) -> None:
        segno.make_qr(f"https://shop.example.com/p/{i:06d}?lot=1", error="m", boost_error=False)

    def with_zxing(i: int) -> None:
        zxingcpp.create_barcode(
            f"https://shop.example.com/p/{i:06d}?lot=1", zxingcpp.BarcodeFormat.QRCode, ec_level="M"
        )

    out = {}
    for name, fn in (("qrcode", with_qrcode), ("segno", with_segno), ("zxing-cpp", with_zxing)):
        counter = iter(range(10**9))
        out[name] = median_seconds(lambda fn=fn, counter=counter: fn(next(counter)), n) * 1000
    return out


def main() -> None:
    page = read(FIXTURE)
    label = page.labels[0]
    render_label(page, label)  # load the font and glyphs once, as the app does at start
    counter = iter(range(1, 10**9))
    cold = median_seconds(lambda: render_label(page, distinct_label(page, next(counter))), 300)
    warm = median_seconds(lambda: render_label(page, label), 300)
    start = time.perf_counter()
    sizes = 0
    for i in range(100_000, 101_000):
        sizes += len(png_base64(render_label(page, distinct_label(page, i))))
    batch = time.perf_counter() - start
    blank = median_seconds(lambda: png_base64(render_label(page, label.replace(elements=()))), 300)
    qr_matrix.cache_clear()
    print("100 x 60 mm label: text, Code 128, QR code (tests/fixtures/benchmark_label.xml)")
    print(f"render, distinct data each time (median) {cold * 1000:7.2f} ms")
    print(f"render, same label again (median)        {warm * 1000:7.2f} ms")
    print(f"baseline: blank label render + PNG       {blank * 1000:7.2f} ms")
    print(
        f"1,000 distinct labels render + PNG/base64 {batch:6.2f} s "
        f"({batch / 1000 * 1000:.2f} ms each, {sizes / 1000 / 1024:.1f} KiB base64 each)"
    )
    for name, ms in qr_encoders().items():
        print(f"QR encoder {name:10s} (median per code)   {ms:7.2f} ms")


if __name__ == "__main__":
    main()
