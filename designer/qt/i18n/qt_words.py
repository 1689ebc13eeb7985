"""Qt's own words that the Chinese qtbase catalogue PySide6 ships leaves in English: it predates
them (Qt 6 gave the file dialog's labels a shortcut key: "&Look in:" where the catalogue has
"Look in:"). Listed here in Qt's own context, they are translated in the program's catalogue,
which is installed after Qt's and so asked first. tests/test_i18n_window.py finds any other."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
