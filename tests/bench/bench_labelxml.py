"""Benchmark: read + validate + write a 1,000-label document vs a bare ElementTree parse.

Target (issue 2): at most 3x the bare `xml.etree.ElementTree` parse of the same bytes.
Run: python -m tests.bench.bench_labelxml
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from designer.labelxml import parse, write
from designer.labelxml.reader import read_with_expat
from designer.model.qrcapacity import qr_version
from designer.model.symbology import bar_pattern, normalized
from tests.bench.timing import alternate


def document(labels: int = 1000) -> bytes:
    """A data-merge style document: per label 10 elements, 5 of them with per-label data."""
    out = ['<PAGE w="100" l="60">']
    for i in range(labels):
        ean = f"69201{i:07d}"
        out += [
            f'  <LABEL id="{i + 1}">',
            '    <SQ x="1" y="1" xe="99" ye="59" lt="3"/>',
            f'    <TEXT x="3" y="3" xw="2" yh="2">宫保鸡丁 No.{i}</TEXT>',
            '    <REV x="2" y="2" w="96" h="7"/>',
            f'    <TEXT x="3" y="12">规格 {500 + i % 50}g 产地 四川成都</TEXT>',
            f'    <TEXT x="3" y="21" xw="3" yh="3">¥{10 + i % 90}.{i % 100:02d}</TEXT>',
            '    <BL x="1" y="31" w="98" h="0.5"/>',
            f'    <BARC x="3" y="34" ct="jan13a" n="2" h="100" a="left">{ean}</BARC>',
            f'    <QRC x="70" y="30" s="3" e="M">https://shop.example.com/p/{i:06d}</QRC>',
            '    <BMP x="40" y="50" w="160"/>',
            '    <CUTTER p="1"/>',
            "  </LABEL>",
        ]
    out.append("</PAGE>")
    return "\n".join(out).encode("utf-8")


def clear_caches() -> None:
    """Forget what earlier runs worked out about barcodes and QR codes."""
    bar_pattern.cache_clear()
    normalized.cache_clear()
    qr_version.cache_clear()


def distinct_document(labels: int = 1000) -> bytes:
    """The worst case for sharing: every element of every label has attributes of its own."""
    text = document(labels).decode("utf-8")
    out, label = [], 0
    for line in text.split("\n"):
        if "<LABEL" in line:
            label += 1
        else:  # move each element down by a fraction of a dot that no other label uses
            shift = label / 10_000
            line = _Y.sub(lambda m, shift=shift: f' y="{float(m.group(1)) + shift:g}"', line)
        out.append(line)
    return "\n".join(out).encode("utf-8")


_Y = re.compile(r' y="([0-9.]+)"')


def measure(data: bytes, repeat: int, gc_off: bool) -> dict[str, float]:
    """Median seconds of a bare ElementTree parse and of ours, run alternately."""
    result = parse(data)
    assert result.page is not None and not result.errors, result.problems[:3]

    def ours() -> None:
        page = parse(data).page
        write(page)

    return alternate(
        {"ElementTree parse": lambda: ET.fromstring(data), "read+validate+write": ours},
        repeat=repeat,
        setup=clear_caches,  # no help from an earlier run's barcodes and QR codes
        gc_off=gc_off,
    )


def main() -> None:
    for title, data in (
        ("data merge (target)", document()),
        ("every element distinct", distinct_document()),
    ):
        elements = data.count(b"/>") + sum(data.count(f"</{t}>".encode()) for t in _CONTENT)
        print(f"{title}: {len(data):,} bytes, 1,000 labels, {elements:,} elements")
        for gc_off in (True, False):
            times = measure(data, 15, gc_off)
            base = times["ElementTree parse"]
            collector = "collector off" if gc_off else "collector on "
            ours = times["read+validate+write"]
            print(
                f"  {collector}: ElementTree {base * 1000:6.1f} ms, ours {ours * 1000:6.1f} ms"
                f" = {ours / base:4.2f}x"
            )
    fast_path_worth()


_CONTENT = ("TEXT", "BARC", "QRC")


def fast_path_worth() -> None:
    """Whether the reader's fast path earns its place: reading (with validation) through it,
    against through the full expat reader alone, both on the data-merge document."""
    text = document().decode("utf-8")
    times = alternate(
        {"fast path": lambda: parse(text), "expat only": lambda: read_with_expat(text, "<s>")},
        repeat=15,
        setup=clear_caches,
        gc_off=True,
    )
    fast, full = times["fast path"], times["expat only"]
    print(
        f"reader, data merge: fast path {fast * 1000:6.1f} ms, expat only {full * 1000:6.1f} ms"
        f" = {fast / full:4.2f}x"
    )


if __name__ == "__main__":
    main()
