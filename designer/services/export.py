"""Exporting labels as files, for the window's File > Export and `xplabel render`: 1-bit PNGs at
printer resolution (one label: the file named; several: `OUT-<id>.png` each) or one PDF at true
size (a page per label, exactly w x l mm, the dots at the printer's resolution). Both are the
renderer's dots, as designed or as printed (mirror and direction applied).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from designer import __version__
from designer.model import Label, Page
from designer.model.units import DOTS_PER_MM
from designer.render import Dither, RenderOptions, png_bytes, render_label
from designer.services.files import atomic_write_bytes
from designer.services.pdf import PdfPage, one_bit_pdf

Progress = Callable[[int, int], object]
"""Told (labels drawn, labels in all) after each label is drawn; it may raise to stop."""


class ExportFormat(enum.Enum):
    """What an export writes."""

    PNG = "png"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        """The file name suffix, with its dot."""
        return f".{self.value}"

    @classmethod
    def of(cls, path: str | Path) -> ExportFormat:
        """The format a file name asks for: PDF for `.pdf` (any case), else PNG."""
        return cls.PDF if Path(path).suffix.lower() == ".pdf" else cls.PNG


@dataclass(frozen=True)
class ExportOptions:
    """How to draw the labels: `as_printed` applies each label's mirror and direction;
    `mark_errors` draws an element that cannot be drawn as a crossed frame instead of failing."""

    as_printed: bool = False
    dpmm: int = DOTS_PER_MM
    dither: Dither = Dither.FLOYD_STEINBERG
    mark_errors: bool = False

    def render_options(self) -> RenderOptions:
        """The renderer's options for these."""
        return RenderOptions(
            dpmm=self.dpmm,
            as_printed=self.as_printed,
            dither=self.dither,
            mark_errors=self.mark_errors,
        )


class ExportError(Exception):
    """A file that could not be written, said in one line (`PATH: cannot write: reason`)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: cannot write: {reason}")
        self.path = path
        self.reason = reason


def png_paths(out: str | Path, keys: Sequence[int | str]) -> list[Path]:
    """Where each label's PNG goes, as `xplabel render` names them: OUT for one label,
    OUT-<key>.png for several (OUT without its .png), a label's key being its id (or, for merged
    rows, `render --data` gives its row, or row-id). A key met again (a page with errors can have
    an id twice, a row can be chosen twice) gets OUT-<key>-2.png, and so on, so no export
    overwrites its own file."""
    path = Path(out)
    if len(keys) == 1:
        return [path]
    stem = path.with_suffix("") if path.suffix.lower() == ".png" else path
    seen: dict[int | str, int] = {}
    paths = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        repeat = f"-{seen[key]}" if seen[key] > 1 else ""
        paths.append(stem.with_name(f"{stem.name}-{key}{repeat}.png"))
    return paths


def planned_paths(
    fmt: ExportFormat,
    out: str | Path,
    labels: Sequence[Label],
    keys: Sequence[int | str] | None = None,
) -> list[Path]:
    """Every file an export of `labels` to `out` writes (PNGs named by `keys`, one a label;
    default: the labels' ids)."""
    if fmt is ExportFormat.PDF:
        return [Path(out)]
    return png_paths(out, [label.id for label in labels] if keys is None else keys)


def pdf_bytes(
    page: Page,
    labels: Sequence[Label],
    options: ExportOptions,
    title: str = "",
    progress: Progress | None = None,
) -> bytes:
    """A PDF with a page per label of `labels`, each exactly the page's w x l mm with the
    label's dots at `options.dpmm` dots per mm."""
    render = options.render_options()
    pages = []
    for label in labels:
        pages.append(PdfPage(render_label(page, label, render), page.w, page.l, options.dpmm))
        if progress is not None:
            progress(len(pages), len(labels))
    return one_bit_pdf(pages, title=title, creator=f"Xpyun Label Designer {__version__}")


def _write(path: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise ExportError(path, str(exc.strerror or exc)) from None


def export_labels(
    page: Page,
    labels: Sequence[Label],
    out: str | Path,
    fmt: ExportFormat,
    options: ExportOptions,
    written: Callable[[Path], object] | None = None,
    progress: Progress | None = None,
    keys: Sequence[int | str] | None = None,
) -> list[Path]:
    """Write `labels` of `page` to `out` as `fmt`; the paths written, in order (`written` is
    told each as soon as it is there, `progress` each label drawn; PNGs are named by `keys`, as
    `png_paths` says, default the labels' ids). Each file is written
    atomically; ExportError names the first that could not be (those before it stay written;
    so do they when `progress` raises, and a PDF is then not written at all). ValueError when
    `labels` is empty; an element that cannot be drawn raises unless `options.mark_errors`."""
    if not labels:
        raise ValueError("there is no label to export")
    if fmt is ExportFormat.PDF:
        path = Path(out)
        _write(path, pdf_bytes(page, labels, options, path.stem, progress))
        if written is not None:
            written(path)
        return [path]
    render = options.render_options()
    paths = planned_paths(fmt, out, labels, keys)
    for n, (label, path) in enumerate(zip(labels, paths, strict=True), start=1):
        data = png_bytes(render_label(page, label, render))
        if progress is not None:
            progress(n, len(labels))
        _write(path, data)
        if written is not None:
            written(path)
    return paths
