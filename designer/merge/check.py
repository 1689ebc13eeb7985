"""A template's check, and where its placeholders are: light enough for the window to load at
start, since a page without placeholders needs nothing of the merge engine.

`check_template` is the reader's check for a template: the validator's problems, except those
about the content of an element with placeholders (each record's content is checked when it is
merged), and an error for each placeholder that cannot be read. For `labelxml.parse(...,
check=...)`.
"""

from __future__ import annotations

from collections.abc import Iterator

from designer.model import Element, Page, Problem, validate

SETTINGS_TARGET = "xplabel-merge"
"""The processing instruction that holds a template's merge settings (`settings.py` reads it;
the window asks whether a document has one before it loads any of the merge machinery)."""
CONTENT_FIELDS = ("text", "data")
"""The fields a placeholder can stand in: TEXT's text, BARC's and QRC's data."""


def variable_contents(page: Page) -> Iterator[tuple[int, int, Element, str]]:
    """(label index, element index, element, content) for each element whose content holds
    `{{` (a placeholder, or an escaped `\\{{`)."""
    for li, label in enumerate(page.labels):
        for ei, el in enumerate(label.elements):
            content_field = el.TAG.content_field
            content = getattr(el, content_field) if content_field in CONTENT_FIELDS else None
            if content and "{{" in content:
                yield li, ei, el, content


def check_template(page: Page) -> list[Problem]:
    """The problems of a template (see the module's docstring)."""
    problems = validate(page)
    if next(variable_contents(page), None) is None:
        return problems  # no placeholders: the validator's word is the whole of it
    from designer.merge.template import compile_template  # the placeholder parser, on demand

    template = compile_template(page)
    out = []
    for problem in problems:
        where = (problem.label, problem.element)
        if where in template.variables or where in template.broken:
            el = page.labels[problem.label].elements[problem.element]
            if problem.attr is None or problem.attr == el.TAG.content_field:
                continue
        out.append(problem)
    return out + template.syntax_problems()
