"""CSV and TSV files as people save them: the encoding and the delimiter are found out.

Encodings: a byte order mark says UTF-8, UTF-16 (Excel's "Unicode text") or UTF-32; without one,
UTF-8 when the bytes are valid UTF-8, else GB18030 (the superset of GBK and GB2312 that Chinese
Excel and WPS save CSV in). Delimiter: a first line `sep=;` (Excel writes it) says it; otherwise
the one of `,` `;` tab that splits the first rows into the same number of columns, more than
one. Quoted fields may hold delimiters, quotes ("") and line breaks.
"""

from __future__ import annotations

import codecs
import csv
import io

from designer.merge.sources import DataSourceError
from designer.model.messages import message
from designer.model.quote import Verbatim

DELIMITERS = (",", ";", "\t")
_SNIFF_ROWS = 20
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(raw: bytes, name: str) -> str:
    """The text of a data file's bytes; DataSourceError when no known encoding reads them."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DataSourceError(
                    message(
                        "{name}: not valid {encoding}: {reason}",
                        name=Verbatim(name),
                        encoding=encoding.upper(),
                        reason=Verbatim(exc.reason),
                    )
                ) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DataSourceError(
            message(
                "{name}: neither UTF-8 nor GB18030/GBK (byte 0x{byte:02X} at offset {offset}); "
                "save it as CSV UTF-8",
                name=Verbatim(name),
                byte=raw[exc.start],
                offset=exc.start,
            )
        ) from None


def read_text_rows(raw: bytes, name: str, *, prefer_tab: bool = False) -> list[list[str]]:
    """The rows of a CSV or TSV file's bytes."""
    text = decode(raw, name)
    if "\x00" in text:
        raise DataSourceError(
            message("{name}: holds NUL characters: it is not a text file", name=Verbatim(name))
        )
    delimiter = None
    first, _, rest = text.partition("\n")
    marker = first.rstrip("\r")
    if marker.lower().startswith("sep=") and len(marker) == 5:
        delimiter, text = marker[4], rest
    if delimiter is None:
        delimiter = sniff_delimiter(text, prefer_tab=prefer_tab)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))
    except csv.Error as exc:
        raise DataSourceError(
            message(
                "{name}: cannot read as CSV: {reason}", name=Verbatim(name), reason=Verbatim(exc)
            )
        ) from None


def sniff_delimiter(text: str, *, prefer_tab: bool = False) -> str:
    """The delimiter of `text` among `,` `;` tab: the one giving most of the first rows the
    header's column count (above 1); ties go to tab for a .tsv, else to `,` then `;`."""
    order = ("\t", ",", ";") if prefer_tab else (",", ";", "\t")
    best, best_score = order[0], (0, 0)
    sample = _sample(text)
    for delimiter in order:
        try:
            rows = [
                r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r
            ]
        except csv.Error:
            continue
        rows = rows[:_SNIFF_ROWS]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        score = (sum(1 for r in rows if len(r) == width), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _sample(text: str) -> str:
    """The start of `text`: enough lines for the first rows, even with quoted line breaks."""
    end = 0
    for _ in range(_SNIFF_ROWS * 4):
        end = text.find("\n", end) + 1
        if end == 0:
            return text
    return text[:end]
