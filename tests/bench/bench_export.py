"""Benchmark: export 1,000 distinct 100 x 60 mm labels (text, Code 128, QR) as PNG files and as
one PDF, against a baseline measured in the same run: rendering and encoding the same labels to
PNG in memory (what `xplabel render` does before it writes). Runs alternate, three rounds; the
figures are the medians. Run: python -m tests.bench.bench_export
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from designer.labelxml import read
from designer.render import png_bytes, render_label
from designer.services.export import ExportFormat, ExportOptions, export_labels
from tests.bench.bench_render import FIXTURE, distinct_label

LABELS = 1000
ROUNDS = 3


def main() -> None:
    base = read(FIXTURE.read_bytes())
    page = base.replace(labels=tuple(distinct_label(base, i) for i in range(1, LABELS + 1)))
    options = ExportOptions()
    times: dict[str, list[float]] = {"baseline": [], "png": [], "pdf": []}
    sizes: dict[str, int] = {}
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        for _ in range(ROUNDS):
            start = time.perf_counter()
            for label in page.labels:
                png_bytes(render_label(page, label))
            times["baseline"].append(time.perf_counter() - start)
            for fmt in (ExportFormat.PNG, ExportFormat.PDF):
                out = folder / fmt.value
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                start = time.perf_counter()
                paths = export_labels(page, page.labels, out / f"l{fmt.suffix}", fmt, options)
                times[fmt.value].append(time.perf_counter() - start)
                sizes[fmt.value] = sum(p.stat().st_size for p in paths)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    baseline = statistics.median(times["baseline"])
    print(f"{LABELS} labels, median of {ROUNDS} alternating rounds")
    print(f"  baseline (render + PNG in memory): {baseline:.2f} s")
    for name in ("png", "pdf"):
        median = statistics.median(times[name])
        print(
            f"  export {name.upper()}: {median:.2f} s ({median / baseline:.2f}x baseline), "
            f"{sizes[name] / 1024:.0f} KiB written"
        )


if __name__ == "__main__":
    main()
