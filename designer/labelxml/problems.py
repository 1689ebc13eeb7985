"""Problems tied to a place in a file, the error the reader raises when a file has errors, and the
processing instructions a file carries for this program (kept by the reader, written back by the
writer, never sent to a printer)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from designer.model.problems import Severity


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A problem at a line and column (1-based; 0 when it concerns the whole file)."""

    file: str
    line: int
    col: int
    severity: Severity
    message: str
    label: int | None = None  # index of the label concerned, when there is one
    element: int | None = None  # index of the element within that label

    @property
    def is_error(self) -> bool:
        """True for an error, False for a warning."""
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}" if self.line else self.file
        return f"{where}: {self.severity.value}: {self.message}"


class LabelXmlError(Exception):
    """A label XML file that cannot be read as a page: every problem found, errors and warnings."""

    def __init__(self, problems: list[SourceProblem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        super().__init__("\n".join(str(p) for p in errors or problems))

    @property
    def errors(self) -> list[SourceProblem]:
        """The errors alone."""
        return [p for p in self.problems if p.is_error]


@dataclass(frozen=True, slots=True)
class Instruction:
    """A processing instruction `<?target data?>` of a label file, and where it stood.

    The platform never sees one: the reader keeps them beside the page (`ReadResult.instructions`)
    and only `write(page, instructions)` writes them back, before the `<PAGE>`. A data merge keeps
    its settings in them (`designer.merge.settings`). Equality ignores the position.
    """

    target: str
    data: str = ""
    line: int = field(default=0, compare=False)
    col: int = field(default=0, compare=False)

    def __str__(self) -> str:
        return f"<?{self.target} {self.data}?>" if self.data else f"<?{self.target}?>"

    def attributes(self) -> dict[str, str] | None:
        """The data's pseudo-attributes (`a="1" b='x'`, as `<?xml-stylesheet?>` has them), or
        None when the data is not written that way."""
        values: dict[str, str] = {}
        data, at = self.data, 0
        while at < len(data.rstrip()):
            m = _PSEUDO.match(data, at)
            if m is None:
                return None
            name, double, single = m.groups()
            values[name] = _REF.sub(_unref, double if double is not None else single)
            at = m.end()
        return values

    @classmethod
    def of(cls, target: str, values: dict[str, str | None]) -> Instruction:
        """An instruction whose data is `values` as pseudo-attributes (empty values left out)."""
        data = " ".join(f'{k}="{v.translate(_ESCAPES)}"' for k, v in values.items() if v)
        return cls(target, data)


_PSEUDO = re.compile(r"""\s*([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ESCAPES = str.maketrans({"&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;"})


def _unref(m: re.Match[str]) -> str:
    name, decimal, hexadecimal = m.groups()
    if name:
        return _ENTITIES[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF else m.group()
