"""The model's words in the interface's language: messages (`designer.model.messages.Message`:
a problem, a barcode rule) translated by their template, and words from the model's tables
(titles, help, choices, kinds) translated in their context.

Every template and table word is listed in `table_strings.py` (generated), so Qt's tools
find them; the calls here take them as variables on purpose, which is why the sources' other
calls to tr() must take literal strings (a test holds them to it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.model.messages import SCHEMA, Message
from designer.model.problems import Problem

KINDS = "Kinds"
"""The translation context of what a person calls each element kind, and of its tool's default
content."""


def say(text: object) -> str:
    """`text` in the interface's language: a `Message` by its template, its arguments (those
    that are messages or table words themselves) translated too; anything else as it is."""
    if not isinstance(text, Message):
        return str(text)
    translated = QCoreApplication.translate(text.context, text.template)
    if text.args is None:
        return translated
    args = {k: say(v) if isinstance(v, Message) else v for k, v in text.args.items()}
    try:
        return translated.format_map(args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: English
        return text.template.format_map(args)


def schema_word(text: str) -> str:
    """A word of the schema table (a title, a help text, a choice, a preset's name)."""
    return QCoreApplication.translate(SCHEMA, text) if text else text


def kind_word(text: str) -> str:
    """What a person calls an element kind, or its tool's default content."""
    return QCoreApplication.translate(KINDS, text) if text else text


def severity_word(problem: Problem | object) -> str:
    """ "error" or "warning", in the interface's language."""
    if getattr(problem, "is_error", True):
        return QCoreApplication.translate("Messages", "error")
    return QCoreApplication.translate("Messages", "warning")


def source_problem_text(problem: object) -> str:
    """A reading problem (`designer.labelxml.SourceProblem`) as the command line writes it,
    `FILE:LINE:COL: error: message`, in the interface's language."""
    line = getattr(problem, "line", 0)
    where = f"{problem.file}:{line}:{problem.col}" if line else str(problem.file)
    return f"{where}: {severity_word(problem)}: {say(problem.message)}"
