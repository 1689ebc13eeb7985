"""Editing a text's, barcode's or QR code's content right on the canvas (double-click)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsProxyWidget, QGraphicsScene, QLineEdit

from designer.qt.canvas.items import ElementItem
from designer.qt.data.fields import add_field_menu


class InPlaceEditor(QObject):
    """One line editor at a time over an item; Enter keeps, Escape drops, newlines as \\n."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self._editor: QGraphicsProxyWidget | None = None

    def open(self, item: ElementItem) -> QLineEdit:
        """An editor over the item for its text or data; Enter keeps, Escape drops the edit."""
        self.close()
        field = item.element.TAG.content_field
        editor = QLineEdit(getattr(item.element, field).replace("\n", "\\n"))
        editor.setMinimumWidth(220)
        editor.setObjectName("inplace_editor")
        add_field_menu(editor, lambda: self.scene.doc.field_names())  # asked when it opens
        editor.selectAll()
        proxy = self.scene.addWidget(editor)
        proxy.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        proxy.setZValue(1e6)
        proxy.setPos(item.content_rect().topLeft())
        self._editor = proxy
        index = item.index

        def commit() -> None:
            if self._editor is not proxy:
                return
            text = editor.text().replace("\\n", "\n")
            self.close()
            elements = list(self.scene.doc.label.elements)
            if index < len(elements) and getattr(elements[index], field) != text:
                elements[index] = elements[index].replace(**{field: text})
                self.scene.doc.set_elements(tuple(elements), self.tr("Edit text"))

        editor.returnPressed.connect(commit)
        editor.editingFinished.connect(commit)
        editor.installEventFilter(self)
        editor.setFocus()
        return editor

    def close(self) -> None:
        """Remove the in-place editor, if any, without applying it."""
        if self._editor is not None:
            proxy, self._editor = self._editor, None
            self.scene.removeItem(proxy)
            proxy.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self._editor is not None
        ):
            self.close()
            return True
        return False
