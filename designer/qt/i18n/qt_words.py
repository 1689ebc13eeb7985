"""Qt's own words that the Chinese qtbase catalogue PySide6 ships leaves in English: it predates
them (Qt 6 gave the file dialog's labels a shortcut key: "&Look in:" where the catalogue has
"Look in:"). Listed here in Qt's own context, they are translated in the program's catalogue,
which is installed after Qt's and so asked first. tests/test_i18n_window.py finds any other."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # the file dialog's Type column (Qt 6 moved these to a class the catalogue does not know)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    # with Qt's disambiguation (lupdate reads it from translate(), not from QT_TRANSLATE_NOOP3)
    QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)
