"""Label XML: the reader (with every problem at its line) and the canonical writer.

The names are loaded on first use (as `designer.merge`'s are): the window starts without a file
and need not load the reader (expat, defusedxml, the fast path) until it opens one.
"""

from __future__ import annotations

from designer.lazy_names import names_on_first_use

_EXPORTS = {
    "Instruction": "designer.labelxml.problems",
    "LabelXmlError": "designer.labelxml.problems",
    "ReadResult": "designer.labelxml.reader",
    "SourceProblem": "designer.labelxml.problems",
    "parse": "designer.labelxml.reader",
    "read": "designer.labelxml.reader",
    "write": "designer.labelxml.writer",
    "write_bytes": "designer.labelxml.writer",
}
__all__ = sorted(_EXPORTS)
__getattr__ = names_on_first_use(__name__, _EXPORTS)
