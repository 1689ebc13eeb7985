"""The language, as the Preferences dialog offers it: the choices (the system's language, then
each language in its own name). A choice, saved with the other settings, takes effect the next
time the program starts (every widget is made in its language; none is retranslated): the
dialog says so with `restart_note()`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.qt.i18n.translator import system_languages
from designer.services.language import FOLLOW_SYSTEM, LANGUAGES, system_language


def language_choices() -> list[tuple[str, str]]:
    """(setting value, title) of each choice: the system's language first ("" as its value,
    its title naming the language it means now), then each language in its own name."""
    system = LANGUAGES[system_language(system_languages())]
    follow = QCoreApplication.translate("LanguagePreference", "System language (%s)") % system
    return [(FOLLOW_SYSTEM, follow), *LANGUAGES.items()]


def restart_note() -> str:
    """What the dialog says beside the choice."""
    return QCoreApplication.translate(
        "LanguagePreference",
        "The new language is used the next time Xpyun Label Designer starts.",
    )
