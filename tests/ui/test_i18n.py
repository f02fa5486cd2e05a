"""Which language the window speaks: --lang, View ▸ Language, the desktop; and loading it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from planner.cli import _normalise_argv, build_parser
from planner.ui import i18n

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("de_DE.UTF-8", "de_DE"),
        ("de_DE.UTF-8@euro", "de_DE"),
        ("pt-br", "pt_BR"),
        ("C", ""),
        ("POSIX", ""),
        ("C.UTF-8", ""),
        ("", ""),
        ("FR", "fr"),
    ],
)
def test_normalise_locale_names(raw: str, normal: str) -> None:
    assert i18n.normalise(raw) == normal


def test_language_list_comes_first_then_the_locale_variables() -> None:
    environ = {"LANGUAGE": "nl:de", "LC_ALL": "", "LC_MESSAGES": "pl_PL.UTF-8", "LANG": "C"}
    assert i18n.desktop_languages(environ, ["fr-FR"]) == ["nl", "de", "pl_PL", "fr_FR"]


@pytest.mark.parametrize(
    ("wanted", "spoken"),
    [
        (["de_AT"], "de"),  # a region falls back to its language
        (["pt_BR"], "pt_BR"),
        (["pt_PT"], "pt_BR"),  # ... and to the language's region we ship
        (["pt"], "pt_BR"),
        (["sv_SE", "cs_CZ"], "cs"),  # the first language we speak wins
        (["en_GB", "de"], "en"),  # English is the source: it stops the search
        (["sv", "fi"], "en"),  # nothing we speak: English
        ([], "en"),
    ],
)
def test_best_match(wanted: list[str], spoken: str) -> None:
    assert i18n.best_match(wanted) == spoken


def test_override_beats_the_saved_choice_which_beats_the_desktop() -> None:
    desktop = {"LANGUAGE": "fr"}
    assert i18n.choose(None, None, desktop, []) == i18n.Choice("fr", chosen=False)
    assert i18n.choose(None, "it", desktop, []) == i18n.Choice("it", chosen=True)
    assert i18n.choose("pl", "it", desktop, []) == i18n.Choice("pl", chosen=True)
    # A saved "" means "follow the desktop"; an unknown code falls back to English.
    assert i18n.choose(None, "", desktop, []) == i18n.Choice("fr", chosen=False)
    assert i18n.choose("xx", None, desktop, []) == i18n.Choice("en", chosen=True)


def test_arg_replaces_markers_in_one_pass() -> None:
    assert i18n.arg("%2 before %1", "a", "b") == "b before a"
    assert i18n.arg("%1 and %2", "100%2", "x") == "100%2 and x"
    assert i18n.arg("%1 of %3", "a") == "a of %3"


@pytest.mark.parametrize(
    ("argv", "parsed"),
    [
        (["--lang", "de"], ["gui", "--lang", "de"]),
        (["--lang=de", "x.json"], ["gui", "--lang=de", "x.json"]),
        (["--data-dir", "D", "--lang", "de"], ["--data-dir", "D", "gui", "--lang", "de"]),
        (["--lang", "de", "--smoke-test"], ["gui", "--lang", "de", "--smoke-test"]),
        (["gui", "--lang", "de"], ["gui", "--lang", "de"]),
        # Everything else exactly as before.
        (["x.json"], ["gui", "x.json"]),
        (["--smoke-test"], ["gui", "--smoke-test"]),
        (["sessions", "--json"], ["sessions", "--json"]),
        (["--data-dir", "D", "sessions"], ["--data-dir", "D", "sessions"]),
    ],
)
def test_lang_is_an_option_of_the_gui(argv: list[str], parsed: list[str]) -> None:
    parser = build_parser()
    normal = _normalise_argv(argv)
    assert normal == parsed
    args = parser.parse_args(normal)
    if "gui" in normal:
        assert args.command == "gui"
        assert args.lang == ("de" if any(a.startswith("--lang") for a in argv) else None)
        # The window's start reads them with the short parser: to the same arguments.
        assert build_parser(window_only=True).parse_args(normal) == args


@pytest.mark.usefixtures("restore_language")
def test_installing_a_language_loads_planners_and_qts_catalogs(qapp, tmp_path: Path) -> None:
    installed = i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    assert installed.language == "de"
    assert QCoreApplication.translate("LanguageMenu", "Lan&guage") == "&Sprache"
    # Qt's own strings too (qtbase ships German): the buttons of a message box.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    # Chosen in Planner: formats follow the language.
    assert QLocale().language() == QLocale.Language.German
    # A second install replaces the first.
    i18n.install(qapp, i18n.Choice("pl", chosen=True), tmp_path)
    assert QCoreApplication.translate("LanguageMenu", "Lan&guage") == "&Język"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"
    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path)
    assert QCoreApplication.translate("LanguageMenu", "Lan&guage") == "Lan&guage"


@pytest.mark.usefixtures("restore_language")
def test_english_has_its_plural_forms(qapp, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path)
    text = "%1 attends %Ln session(s)."
    assert QCoreApplication.translate("ColleagueTexts", text, None, 1) == "%1 attends 1 session."
    assert QCoreApplication.translate("ColleagueTexts", text, None, 3) == "%1 attends 3 sessions."
    i18n.install(qapp, i18n.Choice("cs", chosen=True), tmp_path)
    assert [QCoreApplication.translate("ColleagueTexts", text, None, n) for n in (1, 3, 5)] == [
        "%1 navštíví 1 přednášku.",
        "%1 navštíví 3 přednášky.",
        "%1 navštíví 5 přednášek.",
    ]


@pytest.mark.usefixtures("restore_language")
def test_a_checkout_compiles_each_language_once_into_the_cache(qapp, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice("cs", chosen=True), tmp_path)
    [compiled] = (tmp_path / "translations").glob("planner_cs-*.qm")
    stamp = compiled.stat().st_mtime_ns
    i18n.install(qapp, i18n.Choice("cs", chosen=True), tmp_path)
    assert compiled.stat().st_mtime_ns == stamp
    assert QCoreApplication.translate("LanguageMenu", "Lan&guage") == "&Jazyk"


def _language_menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "languageMenu")
    assert isinstance(menu, QMenu)
    return menu


def test_view_menu_offers_every_language_in_its_own_name(window: MainWindow) -> None:
    menu = _language_menu(window)
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names[0].startswith("System Language (")
    assert names[1:] == [
        "Čeština",
        "Deutsch",
        "English",
        "Español",
        "Français",
        "Italiano",
        "Nederlands",
        "Polski",
        "Português (Brasil)",
        "עברית",
    ]
    [view] = [a.menu() for a in window.menuBar().actions() if a.text() == "&View"]
    assert isinstance(view, QMenu)
    assert menu.menuAction() in view.actions()


def test_choosing_a_language_is_remembered_and_offers_a_restart(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    menu = _language_menu(window)
    german = menu.findChild(type(menu.actions()[0]), "action-language-de")
    assert german is not None
    german.trigger()
    assert german.isChecked()
    window.settings.sync()
    saved = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    assert saved.value(i18n.SETTING) == "de"
    assert asked == ["Planner will speak Deutsch from its next start. Restart now?"]
    desktop = menu.findChild(type(german), "action-language-desktop")
    assert desktop is not None
    desktop.trigger()
    saved.sync()
    assert saved.value(i18n.SETTING) == ""


def test_restart_keeps_the_data_folder_alone() -> None:
    # A one-run --lang is dropped, and so are the FILEs the first start imported: a restart
    # after a change of language must not import them again and show their conference.
    given = ["--lang", "de", "x.json", "--lang=fr", "--data-dir", "D", "gui", "y.xml"]
    assert i18n._restart_arguments(given) == ["--data-dir", "D"]
    assert i18n._restart_arguments(["--data-dir=E", "z.ics"]) == ["--data-dir=E"]
    assert i18n._restart_arguments(["a.json"]) == []


@pytest.mark.usefixtures("restore_language")
def test_pseudo_languages_mark_every_translated_text(qapp, tmp_path: Path) -> None:
    assert i18n.choose("pseudo", "de") == i18n.Choice("pseudo", chosen=True)
    i18n.install(qapp, i18n.choose("pseudo", None), tmp_path)
    shown = QCoreApplication.translate("LanguageMenu", "Lan&guage")
    assert shown.startswith("⟦Láñ&gúágé")
    assert shown.endswith("·⟧")
    # Placeholders, markup and plural numbers survive.
    assert QCoreApplication.translate("X", "<b>%1</b> has %Ln item(s)", None, 3) == (
        "⟦<b>%1</b> háš 3 ítém(š)········⟧"
    )
    # A plural message takes English's form for the number, then is accented.
    one = QCoreApplication.translate("CoreTexts", "%Ln session(s)", None, 1)
    many = QCoreApplication.translate("CoreTexts", "%Ln session(s)", None, 2)
    assert (one, many) == ("⟦1 šéššíóñ···⟧", "⟦2 šéššíóñš····⟧")
    verb = QCoreApplication.translate(
        "ResolveTexts", "%Ln clash(es) need(s) your decision.", None, 1
    )
    assert verb == "⟦1 çlášh ñéédš ýóúr déçíšíóñ.··········⟧"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    i18n.install(qapp, i18n.choose("pseudo-rtl", None), tmp_path)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("LanguageMenu", "Lan&guage") == "Lan&guage"
