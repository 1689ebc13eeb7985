"""Variable data: a template's placeholders filled from CSV or spreadsheet rows (no Qt).

    template = load_template("price.xml")            # settings from <?xplabel-merge ...?>
    table = read_table("products.csv")               # or .xlsx / .xls / .ods, sheet=...
    binding = bind(template.template, table, template.settings)   # binding.problems: no column
    merger = Merger(binding, now=..., counters={"serial": 101})
    result = merger.run(table.records, skip_invalid=False)        # result.problems: by row
    page = result.page()                              # plain labels, one per record and label

`Merger.merge` yields `MergedRecord`s one by one in row order (with the record and its place in
the batch), for a caller that prints in orders as it goes; counters are values passed in, and
`Merger.counters_after(n)` gives their next values once n records are done.
"""

from designer.merge.engine import MergedRecord, MergeError, Merger, MergeResult
from designer.merge.placeholders import Pattern, PlaceholderError, Slot, SlotKind, parse_pattern
from designer.merge.record_problems import RecordProblem, grouped
from designer.merge.settings import (
    CounterSpec,
    MergeSettings,
    read_settings,
    settings_instructions,
    with_settings,
)
from designer.merge.sources import (
    DataSourceError,
    DataTable,
    Record,
    parse_rows,
    read_table,
    row_ranges,
    select_rows,
    table_from_rows,
)
from designer.merge.template import Binding, Template, bind, check_template, compile_template
from designer.merge.templatefile import TemplateFile, load_template

__all__ = [
    "Binding",
    "CounterSpec",
    "DataSourceError",
    "DataTable",
    "MergeError",
    "MergeResult",
    "MergeSettings",
    "MergedRecord",
    "Merger",
    "Pattern",
    "PlaceholderError",
    "Record",
    "RecordProblem",
    "Slot",
    "SlotKind",
    "Template",
    "TemplateFile",
    "bind",
    "check_template",
    "compile_template",
    "grouped",
    "load_template",
    "parse_pattern",
    "parse_rows",
    "read_settings",
    "read_table",
    "row_ranges",
    "select_rows",
    "settings_instructions",
    "table_from_rows",
    "with_settings",
]
