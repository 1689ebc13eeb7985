"""The translation files hold every string the program shows, each translated, with the same
placeholders, in the context the code translates it in; and they are what the tools make of
the sources (lupdate, lrelease, the generated table_strings.py)."""

from __future__ import annotations

import ast
import re
import shutil
import string
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest

from designer.qt.i18n import catalogue, tools

CATALOGUES = tools.catalogues()


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    translations: tuple[str, ...]  # one, or the numerus forms


def entries(ts: Path) -> list[Entry]:
    """Every message of `ts`."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.get("numerus") == "yes",
                    translation.get("type", ""),
                    texts,
                )
            )
    return found


def test_there_is_a_chinese_translation() -> None:
    assert [ts.name for ts in CATALOGUES] == ["xplabel_zh_CN.ts"]
    root = ElementTree.parse(CATALOGUES[0]).getroot()
    assert (root.get("language"), root.get("sourcelanguage")) == ("zh_CN", "en")
    assert len(entries(CATALOGUES[0])) > 500


def test_the_model_words_are_listed_as_the_tables_and_sources_have_them() -> None:
    """table_strings.py is what the generator makes now (else: packaging/update-translations)."""
    assert catalogue.GENERATED.read_text("utf-8") == catalogue.table_strings_source(), (
        "designer/qt/i18n/table_strings.py is out of date: run packaging/update-translations"
    )


def test_every_message_template_is_a_literal_the_catalogue_can_list() -> None:
    found = list(catalogue.message_templates())
    assert len(found) > 60
    assert ("Messages", "TEXT is empty: it prints nothing") in found
    assert ("Kinds", "Image") in found  # a literal term


def test_a_message_template_that_is_not_literal_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "bad.py"
    source.write_text('template = "x {y}"\nmessage(template, y=1)\nmessage("ok")\n', "utf-8")
    assert [(c, t) for c, t, _line in catalogue.message_calls(source)] == [
        ("Messages", None),
        ("Messages", "ok"),
    ]


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_string_is_translated(ts: Path) -> None:
    left = [e for e in entries(ts) if e.kind or not all(e.translations)]
    assert not left, "untranslated: " + "; ".join(f"{e.context}: {e.source!r}" for e in left)


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_the_translation_holds_every_string_of_the_sources_and_no_other(
    ts: Path, tmp_path: Path
) -> None:
    """lupdate run now on a copy changes nothing: a new string in the code (unfinished) or one
    gone from it fails here, until packaging/update-translations and a translation."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    tools.lupdate(copy)
    now = {(e.context, e.source, e.numerus): e for e in entries(copy)}
    kept = {(e.context, e.source, e.numerus): e for e in entries(ts)}
    new = sorted(k[:2] for k in now.keys() - kept.keys())
    gone = sorted(k[:2] for k in kept.keys() - now.keys())
    assert not new, f"new strings, not yet in {ts.name} (run packaging/update-translations): {new}"
    assert not gone, f"strings no longer in the sources (run packaging/update-translations): {gone}"
    assert copy.read_bytes() == ts.read_bytes(), "run packaging/update-translations"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_the_compiled_translation_is_the_translation(ts: Path, tmp_path: Path) -> None:
    qm = tmp_path / ts.with_suffix(".qm").name
    tools.lrelease(ts, qm)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is not compiled from {ts.name}: run "
        "packaging/update-translations"
    )


QT_ARGS = re.compile(r"%(?:L?\d{1,2}|n)")  # %1 .. %99, %L1, %n
PRINTF = re.compile(r"%[-+#0]*\d*(?:\.\d+)?[sdifgxXr]")  # what Python's % fills, in order
BRACES = re.compile(r"\{[^{}]*\}")


def placeholders(text: str, context: str) -> tuple[list[str], list[str]]:
    """(the placeholders whose order may change: %1, %n, {name}; those that must keep their
    order: %s, %d, %.2f)."""
    free = sorted(QT_ARGS.findall(text))
    if context in ("Messages",):  # str.format templates: {name}, {size:g}, {text!r}
        fields = [f"{n}!{c}:{s}" for _t, n, s, c in string.Formatter().parse(text) if n is not None]
        free += sorted(fields)
    else:
        free += sorted(BRACES.findall(text))
    ordered = PRINTF.findall(QT_ARGS.sub("", text).replace("%%", ""))
    return free, ordered


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_placeholders_match_between_source_and_translation(ts: Path) -> None:
    wrong = []
    for e in entries(ts):
        expected = placeholders(e.source, e.context)
        for text in e.translations:
            if placeholders(text, e.context) != expected:
                wrong.append(f"{e.context}: {e.source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_plural_forms_use_n(ts: Path) -> None:
    plural = [e for e in entries(ts) if e.numerus]
    assert len(plural) >= 4
    for e in plural:
        assert "%n" in e.source and all("%n" in t for t in e.translations), e


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_menu_mnemonics_are_kept(ts: Path) -> None:
    """A menu entry with a key (&File) keeps one in its translation (文件(&F))."""
    for e in entries(ts):
        marked = re.search(r"&[^&\s]", e.source.replace("&&", ""))
        if marked and ";;" not in e.source:
            assert all(re.search(r"&[^&\s]", t.replace("&&", "")) for t in e.translations), e


# --- the sources: what lupdate must find, and in which context --------------------------------


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translation_calls(path: Path) -> list[tuple[str | None, str | None, str, int]]:
    """(context, text, how, line) of each tr(), translate() and QT_TRANSLATE_NOOP call in
    `path`: tr()'s context is its class, None when it is not called on self."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "tr" and isinstance(func, ast.Attribute):
                on_self = isinstance(func.value, ast.Name) and func.value.id == "self"
                text = _literal(args[0]) if args else None
                found.append((cls if on_self else None, text, "tr", node.lineno))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                found.append((_literal(args[0]), _literal(args[1]), name, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, None)
    return found


ALL_CALLS = [
    (path, *call)
    for path in tools.sources()
    if path.name != "table_strings.py"
    for call in translation_calls(path)
]
WORD_HELPERS = {"messages.py"}  # designer/qt/i18n/messages.py translates listed model words


def test_tr_is_called_on_self_with_a_literal_string() -> None:
    """`window.tr("x")` is looked up in the window's class at run time but filed under
    "window" by lupdate: never found. `self.tr(text)` with a variable is never listed."""
    wrong = [
        f"{path.relative_to(tools.QT_SOURCES)}:{line}"
        for path, context, text, how, line in ALL_CALLS
        if how == "tr" and (context is None or text is None)
    ]
    assert not wrong, f"tr() not on self, or not with a literal string: {wrong}"


def test_translate_names_its_context_literally() -> None:
    wrong = [
        f"{path.relative_to(tools.QT_SOURCES)}:{line}"
        for path, context, text, how, line in ALL_CALLS
        if how != "tr" and context is None and path.name not in WORD_HELPERS
    ]
    assert not wrong, f"translate() with a context that is not a literal string: {wrong}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_lupdate_found_every_string_of_the_sources(ts: Path) -> None:
    """lupdate's Python reader skips some calls without a word (a tr() inside an f-string,
    a numerus translate() whose count is a call): each literal of a tr(), translate() or
    QT_TRANSLATE_NOOP call must be in the catalogue, in the call's context."""
    listed = {(e.context, e.source) for e in entries(ts)}
    missed = [
        f"{path.relative_to(tools.QT_SOURCES)}:{line}: {context}: {text!r}"
        for path, context, text, _how, line in ALL_CALLS
        if context is not None and text is not None and (context, text) not in listed
    ]
    assert not missed, "\n".join(missed)


def qobject_classes() -> set[str]:
    """The names of the QObject classes defined in designer.qt (tr()'s run-time contexts)."""
    import importlib
    import pkgutil

    from PySide6.QtCore import QObject

    import designer.qt

    for module in pkgutil.walk_packages(designer.qt.__path__, "designer.qt."):
        importlib.import_module(module.name)
    names, todo = set(), [QObject]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("designer.qt."):
                names.add(sub.__name__)
    return names


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_each_context_is_one_the_program_translates_in(ts: Path) -> None:
    """A context is a QObject class of designer.qt (self.tr's) or one named in a translate()
    or QT_TRANSLATE_NOOP call; any other (a variable's name) is never looked up."""
    named = {context for _p, context, _t, how, _l in ALL_CALLS if how != "tr" and context}
    named |= {context for context, _text in catalogue.entries()}
    contexts = {e.context for e in entries(ts)}
    stray = contexts - named - qobject_classes()
    assert not stray, f"contexts nothing translates in: {sorted(stray)}"
