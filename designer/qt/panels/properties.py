"""The property panel, built from the schema table: every attribute of the selected element, or
of the current label and the page when nothing is selected. Ranges and allowed words are
enforced by the widgets; barcode data is checked as you type with the reason shown. Edits go
through the undo stack, and typing in one field merges into one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.model import Page
from designer.model.kinds import kind_of
from designer.model.presets import PAGE_PRESETS
from designer.model.schema import LABEL, PAGE, Attr, Content, Tag, ValueKind
from designer.model.units import DOTS_PER_MM
from designer.qt.canvas.tools import kind_title
from designer.qt.data.fields import add_field_menu
from designer.qt.document import LabelDocument
from designer.qt.i18n.messages import say, schema_word
from designer.qt.panels.length_spin import LengthSpin

Setter = Callable[[object], None]


def attr_widget(attr: Attr, value: object, apply: Setter) -> QWidget:
    """An editor for one attribute, holding `value`, calling `apply(new)` on every change."""
    if attr.choices:
        return _choice_widget(attr, value, apply)
    if attr.kind in (ValueKind.MM, ValueKind.DOTS):
        return _length_widget(attr, value, apply)
    spin = QSpinBox()
    spin.setRange(int(attr.lo), int(attr.hi))
    spin.setValue(int(value))
    spin.valueChanged.connect(apply)
    return spin


def _length_widget(attr: Attr, value: object, apply: Setter) -> LengthSpin:
    """A length in mm, or a dot count shown in mm with its dots beside (see LengthSpin)."""
    dots = attr.kind is ValueKind.DOTS
    spin = LengthSpin(dots)
    step = 1 / DOTS_PER_MM
    low = attr.lo * step if dots else attr.lo
    if attr.may_be_none:  # unset: the field's lowest value, shown as "auto"
        low -= step
        spin.setSpecialValueText(QCoreApplication.translate("PropertyPanel", "auto"))
    spin.setRange(low, attr.hi * step if dots else attr.hi)
    spin.setValue(low if value is None else (value * step if dots else float(value)))

    def changed(mm: float) -> None:
        if attr.may_be_none and mm <= low + step / 2:
            apply(None)
        else:
            apply(round(mm * DOTS_PER_MM) if dots else mm)

    spin.valueChanged.connect(changed)
    return spin


def _choice_widget(attr: Attr, value: object, apply: Setter) -> QComboBox:
    """A list of the attribute's allowed values by their titles: a code's title alone, with the
    code in its tooltip (`EAN-13`, tooltip `jan13b`), a number with its title (`7: 24 × 24
    dots, Chinese`). Codes that share a title (the platform's a/b pairs, which print the same)
    are listed once, as the code the element has or else the first."""
    combo = QComboBox()
    titles = attr.choice_titles or tuple(str(c) for c in attr.choices)
    by_title: dict[str, object] = {}
    for choice, title in zip(attr.choices, titles, strict=True):
        if title not in by_title or choice == value:
            by_title[title] = choice
    for title, choice in by_title.items():
        if not attr.choice_titles:
            text = title
        elif attr.kind is ValueKind.WORD or title.startswith(str(choice)):
            text = schema_word(title)
        else:
            text = f"{choice}: {schema_word(title)}"
        combo.addItem(text, choice)
        if attr.kind is ValueKind.WORD and attr.choice_titles:
            combo.setItemData(combo.count() - 1, str(choice), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    combo.currentIndexChanged.connect(lambda _i: apply(combo.currentData()))
    return combo


class PropertyPanel(QScrollArea):
    """Edits the selection, or the label and page."""

    def __init__(self, doc: LabelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWidgetResizable(True)
        self.target: tuple[int, int] | None = None  # (label, element) being shown
        self._shown_key: object = None
        self.data_status: QLabel | None = None  # the content's check, in the form shown
        doc.page_changed.connect(self.refresh)
        doc.current_label_changed.connect(lambda _i: self.refresh())
        self.refresh()

    def show_selection(self, indexes: list[int]) -> None:
        """Show the one selected element, or the label and page."""
        self.target = (self.doc.current_label, indexes[0]) if len(indexes) == 1 else None
        self.refresh()

    def rebuild(self) -> None:
        """Build the form again (the units to show lengths in changed)."""
        self._shown_key = None
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the form for what is shown (values as the document has them now)."""
        doc = self.doc
        if self.target is not None:
            li, ei = self.target
            if li != doc.current_label or ei >= len(doc.label.elements):
                self.target = None
        key = (self.target, doc.current_label, doc.page)
        if key == self._shown_key:
            return
        self._shown_key = key
        body = QWidget()
        layout = QVBoxLayout(body)
        self.data_status = None
        if self.target is not None:
            element = doc.label.elements[self.target[1]]
            layout.addWidget(self._group(element.TAG, element, self._element_setter))
        else:
            layout.addWidget(self._group(LABEL, doc.label, self._label_setter))
            layout.addWidget(self._group(PAGE, doc.page, self._page_setter))
        layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()  # not now: one of its widgets may be the one whose signal got us here
        self.setWidget(body)

    def _group(self, tag: Tag, node: object, setter: Callable[[str, object], None]) -> QGroupBox:
        title = schema_word(tag.title) if tag in (LABEL, PAGE) else kind_title(kind_of(node), node)
        box = QGroupBox(title)
        form = QFormLayout(box)
        if tag is PAGE:
            form.addRow(self.tr("Preset"), self._preset_widget(node))
        for attr in tag.attrs:
            widget = attr_widget(
                attr, getattr(node, attr.name), lambda v, name=attr.name: setter(name, v)
            )
            widget.setToolTip(schema_word(attr.help))
            widget.setObjectName(f"attr_{attr.name}")
            form.addRow(schema_word(attr.title), widget)
        if tag.content is Content.TEXT:
            content = schema_word(tag.content_field.capitalize())
            form.addRow(content, self._content_widget(node, setter))
            if tag not in (LABEL, PAGE) and kind_of(node).content_status is not None:
                self.data_status = QLabel()
                self.data_status.setObjectName("content_status")
                self.data_status.setWordWrap(True)
                self.data_status.setTextFormat(Qt.TextFormat.RichText)
                self._show_data_status(node)
                form.addRow(self.data_status)
        return box

    def _preset_widget(self, page: Page) -> QComboBox:
        """Common sizes: choosing one sets width, length, gap and paper type in one step."""
        combo = QComboBox()
        combo.setObjectName("preset")
        combo.addItem(self.tr("Custom"), None)
        for preset in PAGE_PRESETS:
            combo.addItem(schema_word(preset.name), preset)
            if (page.w, page.l) == (preset.w, preset.l):  # the size; gap and paper may differ
                combo.setCurrentIndex(combo.count() - 1)

        def chosen(_index: int) -> None:
            preset = combo.currentData()
            if preset is not None:
                page_now = self.doc.page
                new = page_now.replace(w=preset.w, l=preset.l, ld=preset.ld, pt=preset.pt)
                self.doc.set_page(new, self.tr("Page size %s") % schema_word(preset.name))

        combo.currentIndexChanged.connect(chosen)
        return combo

    def _content_widget(self, node: object, setter: Callable[[str, object], None]) -> QWidget:
        field = node.TAG.content_field
        if kind_of(node).multiline:
            edit = QPlainTextEdit(getattr(node, field))
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)
            edit.textChanged.connect(lambda: setter(field, edit.toPlainText()))
        else:
            edit = QLineEdit(getattr(node, field))
            edit.textEdited.connect(lambda text: setter(field, text))
        edit.setObjectName("content")
        # right-click: insert a data field (the names asked when the menu opens: data may be
        # connected after the field is made)
        add_field_menu(edit, lambda: self.doc.field_names())
        return edit

    def _show_data_status(self, element: object) -> None:
        """What the element's content check says: the problem in red, or the rule it meets."""
        status = kind_of(element).content_status
        if self.data_status is None or status is None:
            return
        from html import escape  # here: html's entity table loads on the first selection

        if "{{" in (getattr(element, element.TAG.content_field, None) or ""):  # a template:
            note = self.tr("Placeholders: each record's values are checked as they fill them")
            self.data_status.setText(escape(note))  # (issue 14; see Problems)
            return
        problem, rule = status(element)
        if problem:
            self.data_status.setText(f"<span style='color:#c81e1e'>{escape(say(problem))}</span>")
        else:
            self.data_status.setText(escape(say(rule)))

    # --- edits -------------------------------------------------------------------------------

    def _element_setter(self, name: str, value: object) -> None:
        li, ei = self.target
        elements = list(self.doc.label.elements)
        elements[ei] = elements[ei].replace(**{name: value})
        self._push(
            self.doc.replace_label(li, self.doc.label.replace(elements=tuple(elements))),
            name,
            (li, ei),
        )
        self._show_data_status(elements[ei])

    def _label_setter(self, name: str, value: object) -> None:
        li = self.doc.current_label
        self._push(
            self.doc.replace_label(li, self.doc.label.replace(**{name: value})), name, (li, None)
        )

    def _page_setter(self, name: str, value: object) -> None:
        self._push(self.doc.page.replace(**{name: value}), name, (None, None))

    def _push(self, page: Page, name: str, where: tuple) -> None:
        self._shown_key = (self.target, self.doc.current_label, page)  # keep the form (and focus)
        text = self._change_text(name, where)
        self.doc.set_page(page, text, merge_key=("property", where, name))

    def _change_text(self, name: str, where: tuple) -> str:
        """The undo step's name in a person's words: "Change barcode data"."""
        li, ei = where
        if ei is not None:
            node = self.doc.page.labels[li].elements[ei]
            owner = kind_title(kind_of(node), node)
        else:
            node = self.doc.label if li is not None else self.doc.page
            owner = schema_word(node.TAG.title)
        tag = node.TAG
        title = name.capitalize() if name == tag.content_field else tag.attr(name).title
        what = schema_word(title)
        if what.lower().startswith(owner.lower()):
            return self.tr("Change %s") % what.lower()
        return self.tr("Change %s %s") % (owner.lower(), what.lower())
