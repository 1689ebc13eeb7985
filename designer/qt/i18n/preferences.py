"""The language, as a Preferences dialog offers it: the choices (the system's language, then each
language in its own name), the one saved, and choosing one. A choice takes effect the next time
the program starts (every widget is made in its language; none is retranslated): the dialog
says so with `restart_note()`.

    combo = QComboBox()
    for value, title in language_choices():
        combo.addItem(title, value)
    combo.setCurrentIndex(combo.findData(saved_language()))
    ... on accept: problem = choose_language(combo.currentData())  # None, or why not kept
    note = QLabel(restart_note())
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.qt.i18n.translator import current_language, system_languages
from designer.services.language import FOLLOW_SYSTEM, LANGUAGES, remember, system_language


def language_choices() -> list[tuple[str, str]]:
    """(setting value, title) of each choice: the system's language first ("" as its value,
    its title naming the language it means now), then each language in its own name."""
    system = LANGUAGES[system_language(system_languages())]
    follow = QCoreApplication.translate("LanguagePreference", "System language (%s)") % system
    return [(FOLLOW_SYSTEM, follow), *LANGUAGES.items()]


def saved_language() -> str:
    """The choice saved in the settings: a language's code, or "" for the system's."""
    from designer.services.settings import Settings, SettingsError

    try:
        return Settings.load().language
    except SettingsError:
        return FOLLOW_SYSTEM


def choose_language(value: str) -> str | None:
    """Save the choice (a value of `language_choices`) for the next start; None when saved,
    else why it could not be (in English, as the settings' errors are)."""
    return remember(value)


def restart_note() -> str:
    """What the dialog says beside the choice."""
    return QCoreApplication.translate(
        "LanguagePreference",
        "The new language is used the next time Xpyun Label Designer starts.",
    )


def language_in_use() -> str:
    """The language the interface speaks now (a code of LANGUAGES)."""
    return current_language()
