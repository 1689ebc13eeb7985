"""The other Xpyun platform's label markup, recognised so the reader can say so in one line.

Most public "Xpyun label XML" belongs to the receipt cloud (`/api/openapi/xprinter/`): `<PAGE>`s
without a size (or with its own `n`, `l`), `<SIZE>40,30</SIZE>`, `<TEXT x y font w h r>` in dots,
`<BC128>`, `<BC39>`, `<IMG>`, and the unclosed `<SEQ ...>` box and `<L ...>` line. Read as this
platform's label XML it gives a dozen generic errors; named, it gives one line that says what
it is.
"""

from __future__ import annotations

import re

_RECEIPT_TAG = re.compile(r"<(SIZE|BC128(?:_[ABC])?|BC39|IMG|SEQ|L)(?=[\s/>])")
_PAGE = re.compile(r"<PAGE(\s[^>]*)?/?>")
_HAS_WIDTH = re.compile(r"\sw\s*=")

RECEIPT_CLOUD_MESSAGE = (
    "this is label markup for Xpyun's receipt cloud (it has {marker}), not label XML for the "
    "barcode cloud this program prints to: the receipt cloud's <SIZE>, <BC128>, <SEQ>, <L> and "
    'size-less <PAGE>s measure in dots, ours is <PAGE w="mm" l="mm"> with <LABEL>s of TEXT, '
    "BARC, QRC, SQ, BL, BMP and REV in mm; lay the label out again in the designer"
)


def receipt_cloud_markup(text: str) -> tuple[int, int, str] | None:
    """(line, column, message) at the first sign that `text` is the receipt cloud's label
    markup, or None when it shows none."""
    if "<LABEL" in text:  # ours, however damaged: its own errors say more
        return None
    found = _RECEIPT_TAG.search(text)
    marker = f"<{found.group(1)}>" if found else ""
    if found is None:
        page = _PAGE.search(text)
        if page is None or _HAS_WIDTH.search(page.group(1) or ""):
            return None
        found, marker = page, "a <PAGE> without a width and no <LABEL>"
    start = found.start()
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, col, RECEIPT_CLOUD_MESSAGE.format(marker=marker)
