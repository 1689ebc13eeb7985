"""Label XML: the reader (with every problem at its line) and the canonical writer.

The names are loaded on first use (as `designer.merge`'s are): the window starts without a file
and need not load the reader (expat, defusedxml, the fast path) until it opens one.
"""

from __future__ import annotations

import importlib
from typing import Any

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'designer.labelxml' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # asked once
    return value
