"""Which language the window speaks: `xplabel --lang` (remembered), else the setting, else the
system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as gettext reads them), else English; the command
line stays English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from designer.cli import main as cli_main
from designer.cli import take_language
from designer.services.language import (
    CHINESE,
    ENGLISH,
    effective_language,
    parse_choice,
    posix_languages,
    supported,
)
from designer.services.settings import Settings


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("zh_CN.UTF-8", CHINESE),
        ("zh_CN", CHINESE),
        ("zh-Hans-CN", CHINESE),
        ("zh", CHINESE),
        ("zh_TW.Big5", CHINESE),
        ("zh_SG.GB18030@stroke", CHINESE),
        ("en_GB.UTF-8", ENGLISH),
        ("C", ENGLISH),
        ("POSIX", ENGLISH),
        ("C.UTF-8", ENGLISH),
        ("de_DE.UTF-8", None),
        ("", None),
    ],
)
def test_a_locale_names_the_interface_language(code: str, language: str | None) -> None:
    assert supported(code) == language


@pytest.mark.parametrize(
    ("env", "wanted"),
    [
        ({"LANG": "zh_CN.UTF-8"}, ["zh_CN.UTF-8"]),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, ["zh_CN.UTF-8"]),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, ["en_US.UTF-8"]),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:zh_CN:en"}, ["fr", "zh_CN", "en", "de_DE.UTF-8"]),
        ({"LANG": "C", "LANGUAGE": "zh_CN"}, ["C"]),  # gettext ignores LANGUAGE in the C locale
        ({}, []),
    ],
)
def test_the_system_languages_are_read_as_gettext_reads_them(
    env: dict[str, str], wanted: list[str]
) -> None:
    assert posix_languages(env) == wanted


def test_the_choice_wins_over_the_system_and_english_is_the_default() -> None:
    assert effective_language("", ["fr", "zh_CN", "en"]) == CHINESE  # the first it speaks
    assert effective_language("en", ["zh_CN.UTF-8"]) == ENGLISH
    assert effective_language("zh_CN", ["en_US"]) == CHINESE
    assert effective_language("", ["de_DE", "ja_JP"]) == ENGLISH
    assert effective_language("", []) == ENGLISH


def test_lang_takes_a_language_or_system() -> None:
    assert parse_choice("zh_CN") == CHINESE and parse_choice("en") == ENGLISH
    assert parse_choice("zh") == CHINESE and parse_choice("system") == ""
    with pytest.raises(ValueError, match="--lang takes en, zh_CN, system, not 'de'"):
        parse_choice("de")


def test_lang_before_the_command_is_taken_off() -> None:
    assert take_language(["--lang", "zh_CN", "--demo"]) == ("zh_CN", ["--demo"])
    assert take_language(["--lang=en", "label.xml"]) == ("en", ["label.xml"])
    assert take_language(["check", "--lang", "x.xml"]) == (None, ["check", "--lang", "x.xml"])
    assert take_language([]) == (None, [])


def _settings_file() -> dict:
    return json.loads(Settings.path().read_text("utf-8"))


def test_lang_is_remembered_and_the_command_line_stays_english(
    app_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = app_dirs / "empty.xml"
    empty.write_text("", "utf-8")
    assert cli_main(["--lang", "zh_CN", "check", str(empty)]) == 1
    assert (
        "error: the file is empty; a label file holds a <PAGE> element" in capsys.readouterr().out
    )
    assert _settings_file()["language"] == "zh_CN"
    assert cli_main(["--lang", "system", "check", str(empty)]) == 1
    assert Settings.load().language == ""


def test_an_unknown_language_is_a_usage_error(
    app_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--lang", "klingon"]) == 2
    assert "--lang takes en, zh_CN, system, not 'klingon'" in capsys.readouterr().err
    assert not Settings.path().exists()


def test_help_names_the_lang_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main(["--help"])
    out = capsys.readouterr().out
    assert "--lang LANG" in out and "The command line speaks English." in " ".join(out.split())


# --- the window ---------------------------------------------------------------------------------


@pytest.fixture
def started(qtbot, app_dirs, no_modal_dialogs, monkeypatch: pytest.MonkeyPatch):
    """Run `designer.qt.app.main` until its window is built; the window's menu titles."""
    from designer.qt import app as app_module
    from designer.qt.i18n.translator import remove_language
    from designer.qt.main_window import MainWindow

    seen: dict[str, object] = {}

    def event_loop(app: QApplication) -> int:
        (window,) = [
            w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        qtbot.waitUntil(lambda: window.built, timeout=10_000)
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        seen["title"] = window.windowTitle()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)

    def run(*, language: str | None = None, env: dict[str, str] | None = None) -> dict:
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        try:
            assert app_module.main([], language=language) == 0
        finally:
            remove_language(QApplication.instance())
        return seen

    return run


def test_the_window_follows_the_system_language(started) -> None:
    assert started(env={"LANG": "zh_CN.UTF-8"})["menus"][0] == "文件(&F)"
    assert started(env={"LANG": "en_US.UTF-8"})["menus"][0] == "&File"
    assert started(env={"LANG": "de_DE.UTF-8"})["menus"][0] == "&File"


def test_the_setting_and_lang_override_the_system(started) -> None:
    settings = Settings()
    settings.language = "zh_CN"
    settings.save()
    shown = started(env={"LANG": "en_US.UTF-8"})
    assert shown["menus"][0] == "文件(&F)"
    assert "芯烨云标签设计器" in shown["title"] and "Xpyun Label Designer" in shown["title"]
    assert started(language="en", env={"LANG": "zh_CN.UTF-8"})["menus"][0] == "&File"
    assert started(language="", env={"LANG": "en_GB.UTF-8"})["menus"][0] == "&File"


def test_the_title_carries_both_names_in_english_too(started) -> None:
    title = started(language="en")["title"]
    assert "芯烨云标签设计器" in title and "Xpyun Label Designer" in title


def test_the_preferences_offer_the_languages_for_the_next_start(window, qtbot) -> None:
    from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel

    from tests.qt_helpers import menu_item

    menu_item(window, "Edit", "Preferences…")
    dialog = window.findChild(QDialog, "preferences")
    combo = dialog.findChild(QComboBox, "language")
    choices = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert [value for value, _title in choices] == ["", "en", "zh_CN"]
    assert choices[0][1] == "System language (English)" and choices[2][1] == "简体中文"
    assert combo.currentData() == ""  # nothing saved: the system's
    assert "next time" in dialog.findChild(QLabel, "language_note").text()
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert Settings.load().language == "zh_CN"
    assert window.menuBar().actions()[0].text() == "&File"  # this run stays as it started
