"""A template file as the command line and the window open it: the page read with the template
check, its merge settings, and every problem at its line in the file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from designer.labelxml import ReadResult, SourceProblem, parse
from designer.merge.check import check_template
from designer.merge.settings import MergeSettings, read_settings
from designer.merge.template import Template, compile_template
from designer.model import Page, Problem, Severity


@dataclass
class TemplateFile:
    """A template read from a file: its page (None when it has errors), settings, problems."""

    name: str  # the file as the user named it
    result: ReadResult
    settings: MergeSettings
    problems: list[SourceProblem] = field(default_factory=list)  # the reader's and the settings'
    template: Template | None = None

    @property
    def page(self) -> Page | None:
        """The template's page, or None when it has errors."""
        return self.result.page if self.ok else None

    @property
    def ok(self) -> bool:
        """True when the template has no error."""
        return self.result.page is not None and not any(p.is_error for p in self.problems)

    def data_path(self) -> Path | None:
        """The data file its settings name, relative to the template's folder."""
        if not self.settings.data:
            return None
        data = Path(os.path.expanduser(self.settings.data))
        return data if data.is_absolute() else Path(self.name).parent / data

    def located(self, problems: list[Problem]) -> list[SourceProblem]:
        """`problems` (by label and element of the page) at their line and column in the file."""
        out = []
        for p in problems:
            line, col = self.result.positions.of(p.label, p.element)
            out.append(
                SourceProblem(self.name, line, col, p.severity, p.message, p.label, p.element)
            )
        return out


def load_template(
    source: str | os.PathLike[str] | bytes, *, name: str | None = None
) -> TemplateFile:
    """Read a template (a path or the file's bytes): OSError only when a path cannot be read."""
    if isinstance(source, (str, os.PathLike)):
        name = name or os.fspath(source)
        source = Path(source)
    name = name or "<template>"
    result = parse(source, filename=name, check=check_template)
    settings, settings_problems = read_settings(result.instructions)
    problems = list(result.problems)
    for sp in settings_problems:
        ins = sp.instruction
        problems.append(SourceProblem(name, ins.line, ins.col, Severity.ERROR, sp.message))
    problems.sort(key=lambda p: (p.line, p.col))
    template = compile_template(result.page) if result.page is not None else None
    return TemplateFile(name, result, settings, problems, template)
