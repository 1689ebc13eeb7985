"""Tables that fit their text: each column as wide as its content, one column taking the rest,
so nothing is cut at 1280 x 800 and the table fills its dock."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget


def fit_columns(table: QTableWidget, stretch: int) -> None:
    """Every column sized to its content, column `stretch` (and the last) taking what is left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(True)
    table.setWordWrap(False)
