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

The names are loaded on first use (as `designer.cloud`'s are): the window asks for
`check_template` while it is built, and need not load the merge engine and the spreadsheet
readers until data is connected.
"""

from __future__ import annotations

from designer.lazy_names import names_on_first_use

_EXPORTS = {
    "Binding": "designer.merge.template",
    "CounterSpec": "designer.merge.settings",
    "DataSourceError": "designer.merge.sources",
    "DataTable": "designer.merge.sources",
    "MergeError": "designer.merge.engine",
    "MergeResult": "designer.merge.engine",
    "MergeSettings": "designer.merge.settings",
    "MergedRecord": "designer.merge.engine",
    "Merger": "designer.merge.engine",
    "Pattern": "designer.merge.placeholders",
    "PlaceholderError": "designer.merge.placeholders",
    "Record": "designer.merge.sources",
    "RecordProblem": "designer.merge.record_problems",
    "Slot": "designer.merge.placeholders",
    "SlotKind": "designer.merge.placeholders",
    "Template": "designer.merge.template",
    "TemplateFile": "designer.merge.templatefile",
    "bind": "designer.merge.template",
    "check_template": "designer.merge.check",
    "compile_template": "designer.merge.template",
    "grouped": "designer.merge.record_problems",
    "load_template": "designer.merge.templatefile",
    "parse_pattern": "designer.merge.placeholders",
    "parse_rows": "designer.merge.sources",
    "read_settings": "designer.merge.settings",
    "read_table": "designer.merge.sources",
    "row_ranges": "designer.merge.sources",
    "select_rows": "designer.merge.sources",
    "settings_instructions": "designer.merge.settings",
    "table_from_rows": "designer.merge.sources",
    "with_settings": "designer.merge.settings",
}
__all__ = sorted(_EXPORTS)
__getattr__ = names_on_first_use(__name__, _EXPORTS)
