"""A template merged with one record at a time, for the canvas and the preview.

Unlike a batch, the display never refuses: an element whose placeholder names no column (or
cannot be read) keeps its content as typed and is reported as a problem of that element (the
canvas marks it), while every other element shows the record's values. The merge itself is the
batch's (`Merger`), so what the canvas shows is what the batch prints.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from designer.merge import (
    DataTable,
    MergedRecord,
    MergeError,
    Merger,
    MergeSettings,
    Record,
    Template,
    bind,
    compile_template,
)
from designer.model import Label, Page, Problem

if TYPE_CHECKING:
    from designer.merge.template import Binding


class RecordDisplay:
    """One template page and one data table: each record's labels, and their problems."""

    def __init__(
        self,
        page: Page,
        table: DataTable,
        settings: MergeSettings,
        *,
        now: datetime | None = None,
        counters: dict[str, int] | None = None,
    ) -> None:
        self.page = page
        template = compile_template(page)
        binding = bind(template, table, settings)
        self.problems: list[Problem] = [*binding.problems, *template.syntax_problems()]
        bad = {(p.label, p.element) for p in self.problems if p.is_error}
        if bad:  # those elements show their placeholders, marked; the rest are merged
            kept = {w: v for w, v in template.variables.items() if w not in bad}
            binding = bind(Template(page, kept), table, settings)
        self.binding: Binding = binding
        self.merger: Merger | None
        try:
            self.merger = Merger(binding, now=now, counters=counters)
        except MergeError as exc:  # a date off the calendar: shown as typed, and said
            self.problems += exc.problems
            self.merger = None
        self._cache: dict[tuple[int, int], MergedRecord] = {}

    @property
    def counters(self) -> list:
        """The counters the template uses."""
        return self.binding.counters

    def merged(self, record: Record, ordinal: int) -> MergedRecord | None:
        """`record` merged as the `ordinal`-th of a batch (None when nothing can merge)."""
        if self.merger is None:
            return None
        key = (record.row, ordinal)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 256:
                self._cache.clear()
            found = self._cache[key] = self.merger.merge_one(record, ordinal)
        return found

    def label(self, record: Record, ordinal: int, index: int) -> Label | None:
        """Label `index` of the template with the record's values."""
        merged = self.merged(record, ordinal)
        if merged is None or index >= len(merged.labels):
            return None
        return merged.labels[index]

    def record_problems(self, record: Record, ordinal: int) -> list[Problem]:
        """What is wrong with this record's labels, at their elements: 'row 57, column
        barcode: ...'."""
        merged = self.merged(record, ordinal)
        if merged is None or self.merger is None:
            return []
        return [
            Problem(p.severity, p.text, p.label, p.element) for p in self.merger.check([merged])
        ]
