"""Label XML: the reader (with every problem at its line) and the canonical writer."""

from designer.labelxml.problems import Instruction, LabelXmlError, SourceProblem
from designer.labelxml.reader import ReadResult, parse, read
from designer.labelxml.writer import write, write_bytes

__all__ = [
    "Instruction",
    "LabelXmlError",
    "ReadResult",
    "SourceProblem",
    "parse",
    "read",
    "write",
    "write_bytes",
]
