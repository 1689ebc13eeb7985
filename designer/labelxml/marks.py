"""Design marks in a label file: one processing instruction per label that has any, before the
`<PAGE>`, which the platform never sees (see `Instruction`):

    <?xplabel-design label="1" locked="0 3" hidden="2" groups="0 1;4 5"?>

`label` is the label's place in the file (1 for the first), the numbers are elements' places
in that label (0 for the first), and each group lists its members, groups separated by `;`.
An instruction that cannot be read is dropped (the marks are an editing aid, not content).
"""

from __future__ import annotations

from collections.abc import Iterable

from designer.labelxml.problems import Instruction
from designer.model.marks import PLAIN, LabelMarks, Marks

TARGET = "xplabel-design"


def marks_from(instructions: Iterable[Instruction], sizes: list[int]) -> tuple[LabelMarks, ...]:
    """Each label's marks (for labels of `sizes` elements) from a file's instructions."""
    out = [[PLAIN] * n for n in sizes]
    for ins in instructions:
        if ins.target != TARGET:
            continue
        values = ins.attributes() or {}
        try:
            li = int(values.get("label", "")) - 1
            label = out[li] if li >= 0 else None
            if label is None:
                continue
            locked = _numbers(values.get("locked", ""))
            hidden = _numbers(values.get("hidden", ""))
            groups = [_numbers(g) for g in values.get("groups", "").split(";") if g.strip()]
        except (ValueError, IndexError):
            continue  # written by hand, wrongly: the marks are only an aid
        for i in range(len(label)):
            group = next((n + 1 for n, members in enumerate(groups) if i in members), 0)
            label[i] = Marks(i in locked, i in hidden, group)
    return tuple(tuple(label) for label in out)


def _numbers(text: str) -> set[int]:
    return {int(part) for part in text.split()}


def marks_instructions(marks: tuple[LabelMarks, ...]) -> list[Instruction]:
    """The instructions that keep `marks` (none for labels without any)."""
    out = []
    for li, label in enumerate(marks):
        if all(m == PLAIN for m in label):
            continue
        groups: dict[int, list[int]] = {}
        for i, m in enumerate(label):
            if m.group:
                groups.setdefault(m.group, []).append(i)
        out.append(
            Instruction.of(
                TARGET,
                {
                    "label": str(li + 1),
                    "locked": " ".join(str(i) for i, m in enumerate(label) if m.locked),
                    "hidden": " ".join(str(i) for i, m in enumerate(label) if m.hidden),
                    "groups": ";".join(" ".join(map(str, g)) for g in groups.values()),
                },
            )
        )
    return out


def without_marks(instructions: Iterable[Instruction]) -> list[Instruction]:
    """A file's other instructions (a data merge's settings, ...)."""
    return [ins for ins in instructions if ins.target != TARGET]
