"""Which language the window speaks: the one chosen (`xplabel --lang`, Preferences; kept in the
settings), else the system's, else English. The command line always speaks English (see the
README: scripts read what it prints).

The interface is in English (the language of the sources) and Simplified Chinese. Any Chinese
system locale (zh_CN, zh_SG, zh_TW, zh_HK, zh_Hans...) gets the Chinese interface: a reader of
Traditional characters reads Simplified ones far more easily than English. Any other language
gets English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}
"""The interface's languages, each by its code and its own name (for a language menu)."""
FOLLOW_SYSTEM = ""
"""The setting's value (and `--lang system`'s) for "speak the system's language"."""
CHOICES = (*LANGUAGES, "system")
"""What `xplabel --lang` takes."""


def supported(code: str | None) -> str | None:
    """The interface language for a locale or language code (`zh_CN.UTF-8`, `zh-Hans-CN`, `zh`,
    `en_GB`, `C`), or None when the interface has no such language."""
    if not code:
        return None
    base = code.split(".")[0].split("@")[0].replace("-", "_")
    language = base.split("_")[0].lower()
    if language == "zh":
        return CHINESE
    if language == "en" or base in ("C", "POSIX"):
        return ENGLISH
    return None


def posix_languages(env: Mapping[str, str]) -> list[str]:
    """The languages a POSIX system asks for, most wanted first, as gettext reads them: the
    LANGUAGE list (unless the locale is C), else LC_ALL, else LC_MESSAGES, else LANG."""
    locale = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    wanted = []
    if env.get("LANGUAGE") and locale.split(".")[0] not in ("C", "POSIX", ""):
        wanted = [part for part in env["LANGUAGE"].split(":") if part]
    return [*wanted, locale] if locale else wanted


def system_language(wanted: Iterable[str]) -> str:
    """The first of the system's languages (`wanted`, most wanted first) that the interface
    speaks; English when none is."""
    for code in wanted:
        language = supported(code)
        if language is not None:
            return language
    return ENGLISH


def effective_language(chosen: str, wanted: Iterable[str]) -> str:
    """The language in force: `chosen` (a setting or `--lang`) unless it is empty (or unknown),
    else the system's (`wanted`, most wanted first)."""
    return supported(chosen) or system_language(wanted)


def parse_choice(value: str) -> str:
    """The setting for a `--lang` value: a language's code, or FOLLOW_SYSTEM for `system`;
    ValueError naming the values it takes otherwise."""
    if value == "system":
        return FOLLOW_SYSTEM
    language = supported(value)
    if language is None:
        raise ValueError(f"--lang takes {', '.join(CHOICES)}, not {value!r}")
    return language


def remember(choice: str) -> str | None:
    """Keep `choice` (a language's code, or FOLLOW_SYSTEM) in the settings; None when kept,
    else why it could not be (the choice still holds for this run)."""
    from designer.services.settings import Settings, SettingsError  # only when asked: start-up

    try:
        settings = Settings.load()
        if settings.language != choice:
            settings.language = choice
            settings.save()
    except (SettingsError, OSError) as exc:
        return f"the language is not remembered: {exc}"
    return None
