"""How large a QR code a QRC's data makes: its version and modules, without drawing it.

The renderer encodes the data as one segment in the densest single mode that holds it (numeric,
alphanumeric, else bytes: ISO-8859-1 when it can, else UTF-8 behind an ECI header) at the QRC's
level, in the smallest version that fits; this module
predicts that version from the standard's capacity table, fast enough to validate thousands of
codes. A test checks the prediction against the encoder for many data.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

QUIET_ZONE_MODULES = 4
"""Modules of quiet zone around the symbol: (x, y) is the top-left of the quiet zone."""

_ALPHANUMERIC = re.compile(r"[0-9A-Z $%*+\-./:]*")
MODE_NUMERIC, MODE_ALPHANUMERIC, MODE_BYTES = 1, 2, 4  # the standard's mode indicators


@lru_cache(maxsize=1)
def _data_bits_table() -> dict[str, tuple[int, ...]]:
    """Data capacity in bits of versions 1..40 at each level (from qrcode's block table)."""
    from qrcode import base, constants

    levels = {
        "L": constants.ERROR_CORRECT_L,
        "M": constants.ERROR_CORRECT_M,
        "Q": constants.ERROR_CORRECT_Q,
        "H": constants.ERROR_CORRECT_H,
    }
    return {
        name: tuple(
            8 * sum(block.data_count for block in base.rs_blocks(version, level))
            for version in range(1, 41)
        )
        for name, level in levels.items()
    }


def mode_of(data: str) -> int:
    """The densest single mode that holds `data`."""
    if data.isascii() and data.isdigit():
        return MODE_NUMERIC
    if _ALPHANUMERIC.fullmatch(data):
        return MODE_ALPHANUMERIC
    return MODE_BYTES


def _bits(data: str, mode: int, version: int) -> int:
    band = 0 if version < 10 else 1 if version < 27 else 2
    if mode == MODE_NUMERIC:
        n = len(data)
        count_bits = (10, 12, 14)[band]
        body = 10 * (n // 3) + (0, 4, 7)[n % 3]
    elif mode == MODE_ALPHANUMERIC:
        n = len(data)
        count_bits = (9, 11, 13)[band]
        body = 11 * (n // 2) + 6 * (n % 2)
    else:
        count_bits = (8, 16, 16)[band]
        try:
            body = 8 * len(data.encode("latin-1"))  # ISO-8859-1, the QR default: no ECI needed
        except UnicodeEncodeError:
            body = 8 * len(data.encode("utf-8")) + 12  # UTF-8 behind an ECI header (4 + 8 bits)
    return 4 + count_bits + body


@lru_cache(maxsize=4096)
def qr_version(data: str, level: str) -> int | None:
    """The smallest version (1..40) that holds `data` at `level`, or None when none does.

    Remembered: validation, sizing and drawing each ask it of the same data.
    """
    capacity = _data_bits_table()[level]
    mode = mode_of(data)
    for first, last in ((1, 9), (10, 26), (27, 40)):  # the bands where count bits are constant
        need = _bits(data, mode, first)
        if need <= capacity[last - 1]:
            return bisect_left(capacity, need, first - 1, last) + 1
    return None


def qr_modules(version: int) -> int:
    """Modules across a symbol of `version`, without the quiet zone."""
    return 17 + 4 * version


def qr_size_dots(data: str, level: str, module_dots: int) -> int | None:
    """Width (= height) in dots of the QRC with its quiet zone, or None when data is too long."""
    version = qr_version(data, level)
    if version is None:
        return None
    return (qr_modules(version) + 2 * QUIET_ZONE_MODULES) * module_dots
