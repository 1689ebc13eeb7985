"""A template's merge settings, kept in the label file as processing instructions.

    <?xplabel-merge data="products.csv" sheet="Sheet1" header="yes"?>
    <?xplabel-merge counter="serial" start="1" step="1" width="6"?>
    <PAGE w="100" l="60"> ...

A processing instruction is XML's own way to carry a note for one program: every XML reader
accepts it, none takes it for content, and the platform never sees one, because the reader keeps
it beside the page (`ReadResult.instructions`) and what is printed is written from the page alone.
So the template stays one file that any label tool can open, and its settings travel with it
(a side file would be lost when the template is copied or mailed). The data keeps its values in
pseudo-attributes, as `<?xml-stylesheet?>` does.

One instruction holds the data source: `data` (a path, relative to the template's folder),
`sheet` (a spreadsheet's sheet, by name; the first one when unset), `header` (`yes`, the
default: the first row names the columns; `no`: every row is a record) and `id` (the template's
own name for its serial numbers: batch printing keeps each counter's next value in the local
store under it, so it survives the file being moved or renamed; the window writes one when data
is connected; without it the file's absolute path is the key). Each counter has one of
its own: `counter` (its name, used as {{name}}), `start` (default 1), `step` (default 1, may be
negative) and `width` (digits, padded with zeros; default 0: as many as it takes). `serial` is a
counter even when undeclared (1, 1, 0). A counter's next value across batches is not kept here:
batch printing keeps it in the local store (services/counters.py) and passes it in
(`Merger(counters=...)`); `start` is where a new template begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from designer.labelxml.problems import Instruction
from designer.merge.check import SETTINGS_TARGET
from designer.merge.message_lists import listed
from designer.model.messages import message
from designer.model.quote import Verbatim

TARGET = SETTINGS_TARGET
"""The processing instruction's target."""

DEFAULT_COUNTER = "serial"
_SOURCE_KEYS = ("data", "sheet", "header", "id")
_COUNTER_KEYS = ("counter", "start", "step", "width")
_COUNTER_NAME = re.compile(r"[^\W\d][\w-]*")


@dataclass(frozen=True, slots=True)
class CounterSpec:
    """A counter: the value of record n (from 0) is start + n * step, `width` digits at least."""

    name: str
    start: int = 1
    step: int = 1
    width: int = 0

    def value(self, first: int, ordinal: int) -> int:
        """The value of the `ordinal`-th record merged (from 0) in a batch starting at `first`."""
        return first + ordinal * self.step

    def after(self, first: int, count: int) -> int:
        """The next value once `count` records starting at `first` are done: the value the
        record after them would have."""
        return self.value(first, count)


@dataclass(frozen=True, slots=True)
class MergeSettings:
    """Where a template's data comes from and its counters (all optional)."""

    data: str | None = None
    sheet: str | None = None
    header: bool = True
    counters: tuple[CounterSpec, ...] = field(default=())
    id: str | None = None  # the template's own key for its counters in the local store

    def counter(self, name: str) -> CounterSpec | None:
        """The counter called `name` (`serial` always exists), or None."""
        for spec in self.counters:
            if spec.name == name:
                return spec
        return CounterSpec(DEFAULT_COUNTER) if name == DEFAULT_COUNTER else None


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """A merge setting that cannot be read, and the instruction it stands in."""

    instruction: Instruction
    message: str  # a Message


def read_settings(
    instructions: Iterable[Instruction],
) -> tuple[MergeSettings, list[SettingsProblem]]:
    """The settings in a file's processing instructions (other targets are left alone) and the
    problems of those that cannot be read (they are left out of the settings)."""
    problems: list[SettingsProblem] = []
    source: dict[str, str] | None = None
    counters: dict[str, CounterSpec] = {}
    for ins in instructions:
        if ins.target != TARGET:
            continue
        values = ins.attributes()
        if values is None:
            text = message('cannot read {ins}: write name="value" pairs', ins=Verbatim(ins))
            problems.append(SettingsProblem(ins, text))
        elif "counter" in values:
            spec = _counter(ins, values, problems)
            if spec is not None and spec.name in counters:
                text = message("counter {name!r} is declared twice", name=spec.name)
                problems.append(SettingsProblem(ins, text))
            elif spec is not None:
                counters[spec.name] = spec
        elif source is not None:
            problems.append(SettingsProblem(ins, message("the data source is set twice")))
        elif _known(ins, values, _SOURCE_KEYS, problems):
            header = values.get("header", "yes").strip().lower()
            if header not in ("yes", "no"):
                text = message("header={value!r}: write yes or no", value=values["header"])
                problems.append(SettingsProblem(ins, text))
                continue
            source = values | {"header": header}
    source = source or {}
    settings = MergeSettings(
        data=source.get("data") or None,
        sheet=source.get("sheet") or None,
        header=source.get("header", "yes") == "yes",
        counters=tuple(counters.values()),
        id=(source.get("id") or "").strip() or None,
    )
    return settings, problems


def _known(
    ins: Instruction, values: dict[str, str], keys: tuple[str, ...], out: list[SettingsProblem]
) -> bool:
    unknown = [k for k in values if k not in keys]
    if unknown:
        text = message(
            "{target} has no setting {name!r} here (it takes {keys})",
            target=TARGET,
            name=unknown[0],
            keys=listed(keys),
        )
        out.append(SettingsProblem(ins, text))
    return not unknown


def _counter(
    ins: Instruction, values: dict[str, str], out: list[SettingsProblem]
) -> CounterSpec | None:
    if not _known(ins, values, _COUNTER_KEYS, out):
        return None
    name = values["counter"].strip()
    if not _COUNTER_NAME.fullmatch(name) or name in ("row", "date"):
        text = message(
            "counter={name!r}: a counter's name is a word (letters, digits, _ or -), not row or "
            "date",
            name=name,
        )
        out.append(SettingsProblem(ins, text))
        return None
    numbers: dict[str, int] = {}
    for key, lo, hi in (("start", -(10**15), 10**15), ("step", -(10**9), 10**9), ("width", 0, 30)):
        if key not in values:
            continue
        try:
            numbers[key] = int(values[key].strip())
        except ValueError:
            text = message(
                "counter {name}: {key}={value!r} is not a number",
                name=name,
                key=key,
                value=values[key],
            )
            out.append(SettingsProblem(ins, text))
            return None
        if not lo <= numbers[key] <= hi or (key == "step" and numbers[key] == 0):
            if key == "step":
                text = message(
                    "counter {name}: {key}={value} is out of range (not 0)",
                    name=name,
                    key=key,
                    value=numbers[key],
                )
            else:
                text = message(
                    "counter {name}: {key}={value} is out of range",
                    name=name,
                    key=key,
                    value=numbers[key],
                )
            out.append(SettingsProblem(ins, text))
            return None
    return CounterSpec(name, **numbers)


def settings_instructions(settings: MergeSettings) -> list[Instruction]:
    """The processing instructions that hold `settings` (none for the defaults)."""
    out = []
    source = {"data": settings.data, "sheet": settings.sheet}
    if not settings.header:
        source["header"] = "no"
    if settings.id:
        source["id"] = settings.id
    if any(source.values()):
        out.append(Instruction.of(TARGET, source))
    for spec in settings.counters:
        pairs = {"counter": spec.name}
        defaults = CounterSpec(spec.name)
        for key in ("start", "step", "width"):
            if getattr(spec, key) != getattr(defaults, key):
                pairs[key] = str(getattr(spec, key))
        out.append(Instruction.of(TARGET, pairs))
    return out


def with_settings(
    instructions: Iterable[Instruction], settings: MergeSettings
) -> list[Instruction]:
    """A file's instructions with its merge settings replaced by `settings` (others kept)."""
    others = [ins for ins in instructions if ins.target != TARGET]
    return settings_instructions(settings) + others
