"""The fields of a print order, all but its idempotency value: one source for the client's
print methods, the window's and the command line's prints, and a batch's orders.

The print journal digests these fields (an order's identity, its job's key), so a rerun finds
its earlier run by them: keep every key as it is, an unset one included. Plain Python: importing
it does not load the HTTP stack.
"""

from __future__ import annotations

from typing import Any


def label_fields(
    sn: str,
    label_xml: str,
    *,
    copies: int = 1,
    mode: int = 0,
    direct: bool = False,
    expires_in: int | None = None,
) -> dict[str, Any]:
    """The fields of a printLabel order (`expiresIn` is there even when None)."""
    return {
        "sn": sn,
        "content": label_xml,
        "copies": copies,
        "mode": mode,
        "direct": direct,
        "expiresIn": expires_in,
    }


def image_fields(
    sn: str,
    image_base64: str,
    *,
    copies: int = 1,
    mode: int = 0,
    compress: bool = True,
    paper_type: str = "N",
    paper_width: int = 384,
    black_offset_length: int | None = None,
    direct: bool = False,
    expires_in: int | None = None,
) -> dict[str, Any]:
    """The fields of a printImage order. `blackOffsetLength` is there only when set (an unset
    field is not sent anyway, and the digests of earlier image orders have no such key)."""
    fields: dict[str, Any] = {
        "sn": sn,
        "content": image_base64,
        "copies": copies,
        "compress": compress,
        "paperType": paper_type,
        "paperWidth": paper_width,
        "mode": mode,
        "direct": direct,
        "expiresIn": expires_in,
    }
    if black_offset_length is not None:
        fields["blackOffsetLength"] = black_offset_length
    return fields
