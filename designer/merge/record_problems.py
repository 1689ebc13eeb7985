"""A record's problems, named by its row and the fields concerned ("row 57, column barcode:
EAN-13 check digit ..."), and the same problem on many rows said once ("rows 1-40, 52, ...").
Their words are messages (`designer.model.messages`): the command line prints their English,
the window says them in its language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from designer.merge.sources import row_ranges
from designer.model import Severity
from designer.model.messages import Message, message
from designer.model.quote import Verbatim


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A problem of one record: its row, how bad, what, and the template element concerned."""

    row: int
    severity: Severity
    message: str  # a Message: the window says it in its language
    label: int  # the template label's index
    element: int  # the element's index in that label
    fields: str  # 'column barcode', 'columns name, price', 'counter serial' (a Message)

    @property
    def is_error(self) -> bool:
        """True for an error (the row cannot print as meant), False for a warning."""
        return self.severity is Severity.ERROR

    @property
    def text(self) -> Message:
        """The problem with its row and fields: 'row 57, column barcode: ...'."""
        return message(
            "row {row}, {fields}: {problem}",
            row=self.row,
            fields=_whole(self.fields),
            problem=_whole(self.message),
        )

    def __str__(self) -> str:
        return f"row {self.row}, {self.fields}: {self.message}"


def grouped(problems: Iterable[RecordProblem]) -> list[tuple[Severity, Message]]:
    """Record problems as lines, the same message on many rows once: (severity,
    'rows 1-40, 52, column barcode: message')."""
    groups: dict[tuple, list[int]] = {}
    firsts: dict[tuple, RecordProblem] = {}
    for p in problems:
        key = (p.severity, p.fields, p.message, p.label, p.element)
        groups.setdefault(key, []).append(p.row)
        firsts.setdefault(key, p)
    out = []
    for key, rows in groups.items():
        p = firsts[key]  # its fields and message keep their templates
        if len(set(rows)) == 1:
            text = p.text
        else:
            text = message(
                "rows {rows}, {fields}: {problem}",
                rows=Verbatim(row_ranges(rows)),
                fields=_whole(p.fields),
                problem=_whole(p.message),
            )
        out.append((p.severity, text))
    return out


def _whole(text: str) -> str:
    """`text` put into a message whole: a Message as it is (it is never clipped), any other
    text as Verbatim (a problem's words are the program's, not a quote of the user's)."""
    return text if isinstance(text, Message) else Verbatim(text)
