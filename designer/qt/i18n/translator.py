"""Putting the interface in its language: the program's translation (resources/i18n), Qt's own
(standard buttons, file dialogs, text fields' context menus: the qtbase catalogue PySide6 ships)
and a font that has Chinese glyphs.

`install_language(app, language)` runs before any window is built, so every widget is made in
its language (nothing is retranslated later); loading both catalogues takes about a
millisecond; English loads none, nor any of the Qt classes they need. `install_chinese_font()`
costs a look through the system's fonts (about 5 ms here): a Chinese start does it once the
first window is on the screen, before it is filled; an English one once it is built (app.py).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from designer.paths import CJK_FONT, ResourceMissingError, resource_path
from designer.services.language import ENGLISH, effective_language, posix_languages

if TYPE_CHECKING:  # PySide makes each Qt class on first touch: loaded where used
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtGui import QGuiApplication

CATALOGUE = "i18n/xplabel_{language}.qm"
"""The program's compiled translation for a language, in the program's resources."""
QT_CATALOGUES = ("qtbase",)
"""Qt's own catalogues the interface uses (in PySide6's translations folder)."""

_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)
_language = ENGLISH


def system_languages() -> list[str]:
    """The languages the system asks for, most wanted first: LANGUAGE, LC_ALL, LC_MESSAGES
    and LANG on Linux and other POSIX systems (as gettext reads them), the OS setting on
    Windows and macOS."""
    import os

    if sys.platform.startswith(("win", "darwin")):
        from PySide6.QtCore import QLocale

        return [name.replace("-", "_") for name in QLocale.system().uiLanguages()]
    return posix_languages(os.environ)


def chosen_language(setting: str | None = None) -> str:
    """The language in force: `setting` (None: the saved setting), else the system's."""
    if setting is None:
        from designer.services.settings import Settings, SettingsError

        try:
            setting = Settings.load().language
        except SettingsError:
            setting = ""
    return effective_language(setting, system_languages())


def install_language(app: QCoreApplication, language: str) -> bool:
    """Speak `language` (a code of designer.services.language.LANGUAGES) in every widget made
    from now on: the program's catalogue and Qt's. English needs none. False when the
    program's catalogue for it is missing (the interface then stays English)."""
    global _language
    remove_language(app)
    if language == ENGLISH:
        return True
    try:
        ours = resource_path(CATALOGUE.format(language=language))
    except ResourceMissingError:
        return False
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator(app)
    if not translator.load(str(ours)):
        return False
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES:
        qt = QTranslator(app)
        if qt.load(f"{name}_{language}", folder):  # absent from a trimmed bundle: Qt's English
            app.installTranslator(qt)
            _installed.append(qt)
    app.installTranslator(translator)
    _installed.append(translator)
    _language = language
    return True


def remove_language(app: QCoreApplication) -> None:
    """Back to English (the sources' language) for widgets made from now on."""
    global _language
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = ENGLISH


def current_language() -> str:
    """The language installed (`ENGLISH` when none is)."""
    return _language


def has_chinese_font() -> bool:
    """True when some font family of the system (or loaded by the program) has Chinese glyphs."""
    from PySide6.QtGui import QFontDatabase

    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def install_chinese_font(app: QGuiApplication) -> bool:
    """Where the system has no font with Chinese glyphs, load the bundled Noto Sans SC and make
    it the interface font's fallback, so that Chinese never shows as boxes. True when it had
    to."""
    if has_chinese_font():
        return False
    from PySide6.QtGui import QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(resource_path(CJK_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return False
    font = app.font()
    font.setFamilies([font.family(), *families])
    app.setFont(font)
    return True
