"""Which language the window speaks, and loading its translations (Planner's and Qt's).

Precedence: `--lang CODE` for one run, then View ▸ Language (remembered in the window's
settings), then the desktop: `LANGUAGE` (a colon-separated list, as gettext reads it),
`LC_ALL`, `LC_MESSAGES`, `LANG`, then `QLocale.system().uiLanguages()`. The first of
those that Planner speaks wins; English (the source language) stops the search, so
`LANGUAGE=en:de` means English. A region falls back to its language (`de_AT` → German)
and then to the language's other region we ship (`pt_PT` → Brazilian Portuguese).

Dates, times and numbers follow the desktop's locale (`LC_TIME`…, `QLocale.system()`)
unless the language was chosen in Planner, when they follow that language too.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from planner.ui import catalogs

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping
    from pathlib import Path

    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction

SETTING = "ui/language"
# Every language the window can speak: the source language first.
SPOKEN: tuple[str, ...] = (catalogs.SOURCE_LANGUAGE, *catalogs.LANGUAGES)
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


_MARKER = re.compile(r"%(\d)")


# First-strong isolate … pop directional isolate (Unicode's bidi algorithm, which Qt 6
# follows): the value inside takes its own direction and leaves the sentence's alone.
ISOLATE, POP = "\u2068", "\u2069"


def arg(template: str, *values: object) -> str:
    """Qt's `QString.arg` for Python strings: `%1`…`%9` replaced in one pass (a value that
    contains "%2" stays as it is), so translators may reorder them. An `int` is a count:
    it is written as the locale writes numbers ("1.234"), like Qt's `%L1`.

    In a right-to-left window each value is isolated: an English title in a Hebrew
    sentence ("מפנה מקום ל־"What's new?"") would otherwise lend its punctuation to the
    sentence around it and show as "?What's new"."""
    isolated = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if not 0 < number <= len(values):
            return match.group(0)
        text = _written(values[number - 1])
        return f"{ISOLATE}{text}{POP}" if isolated and text else text

    return _MARKER.sub(value, template)


def _written(value: object) -> str:
    """A value as `arg` writes it: a count in the locale's digits and grouping (1.234 in
    German, 1 234 in French); anything else as `str` (pass an identifier as text)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for lupdate under `context`, unchanged (Qt's own returns `object` to
    type checkers); `translated(context, source)` translates it where it is shown."""
    del context
    return source


def translated(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of a text marked where it is declared, away from any QObject
    (`QT_TRANSLATE_NOOP(context, "&File")` in a table of actions): lupdate finds the mark,
    this looks the text up when it is shown."""
    return QCoreApplication.translate(context, source, disambiguation, n)


class Translatable:
    """Qt's `tr` for a class that is not a QObject. lupdate files its strings under the
    class's name, so that is the context; a subclass would look in its own name's
    context - give each such class its own strings instead of inheriting them."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(type(self).__name__, source, disambiguation, n)


def normalise(code: str) -> str:
    """`de_DE.UTF-8@euro` → `de_DE`, `pt-br` → `pt_BR`; "" for C/POSIX."""
    code = code.split(".", 1)[0].split("@", 1)[0].strip().replace("-", "_")
    if code in ("", "C", "POSIX"):
        return ""
    language, _, region = code.partition("_")
    return f"{language.lower()}_{region.upper()}" if region else language.lower()


def desktop_languages(
    environ: Mapping[str, str] | None = None, system: Iterable[str] | None = None
) -> list[str]:
    """The desktop's languages in order of preference, normalised, without duplicates."""
    environ = os.environ if environ is None else environ
    wanted: list[str] = []
    for variable in _ENVIRONMENT:
        value = environ.get(variable, "")
        parts = value.split(":") if variable == "LANGUAGE" else [value]
        wanted += [normalise(part) for part in parts]
    if system is None:
        system = QLocale.system().uiLanguages()
    wanted += [normalise(code) for code in system]
    return [code for code in dict.fromkeys(wanted) if code]


def best_match(wanted: Iterable[str], spoken: Iterable[str] = SPOKEN) -> str:
    """The first of `wanted` that Planner speaks (see the module's rules); English if none."""
    spoken = tuple(spoken)
    for code in wanted:
        language = code.partition("_")[0]
        if code in spoken:
            return code
        if language in spoken:
            return language
        regional = [s for s in spoken if s.partition("_")[0] == language]
        if regional:
            return regional[0]
    return catalogs.SOURCE_LANGUAGE


# Records, so NamedTuples: a frozen dataclass's class costs ~5 M instructions to make on
# Python 3.11 (each generated method compiled on its own), before the window's first paint.
class Choice(NamedTuple):
    language: str  # one of SPOKEN
    chosen: bool  # by the user (--lang or the menu), not taken from the desktop


# Pseudo-languages for developers (`--lang pseudo`, `--lang pseudo-rtl`; not in the menu):
# every translated text comes out accented, bracketed and a third longer, so that text
# that is not through tr(), and layouts too tight for longer languages, stand out; the
# -rtl one also lays the window out right to left.
PSEUDO = ("pseudo", "pseudo-rtl")


def choose(
    override: str | None,
    saved: str | None,
    environ: Mapping[str, str] | None = None,
    system: Iterable[str] | None = None,
) -> Choice:
    if override in PSEUDO:
        return Choice(override, True)
    for explicit in (override, saved):
        if explicit and normalise(explicit):
            return Choice(best_match([normalise(explicit)]), True)
    return Choice(best_match(desktop_languages(environ, system)), False)


def saved_language(settings: QSettings) -> str:
    return str(settings.value(SETTING, "") or "")


class Installed(NamedTuple):
    language: str
    translators: list[QTranslator]


_installed: Installed | None = None


def install(app: QCoreApplication, choice: Choice, cache_dir: Path) -> Installed:
    """Load the chosen language's catalogs (Planner's, and Qt's own where Qt ships one)
    into `app`, replacing what an earlier call installed."""
    global _installed
    if _installed is not None:
        for translator in _installed.translators:
            app.removeTranslator(translator)
    if isinstance(app, QGuiApplication):
        # Auto: as the language's own translations say (Qt reads QT_LAYOUT_DIRECTION).
        direction = Qt.LayoutDirection.LayoutDirectionAuto
        if choice.language == "pseudo-rtl":
            direction = Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(direction)
    if choice.language in PSEUDO:
        QLocale.setDefault(QLocale.system())
        pseudo = PseudoTranslator(app)
        english = catalogs.compiled(catalogs.SOURCE_LANGUAGE, cache_dir)
        if english is not None:
            pseudo.plurals.load(str(english))
        app.installTranslator(pseudo)
        _installed = Installed(choice.language, [pseudo])
        return _installed
    locale = QLocale(choice.language)
    QLocale.setDefault(locale if choice.chosen else QLocale.system())
    translators: list[QTranslator] = []
    if choice.language != catalogs.SOURCE_LANGUAGE:
        from PySide6.QtCore import QLibraryInfo  # (making a Qt class makes its enums)

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", qt_dir):
            translators.append(qt)
    # English too: its catalog holds the plural forms ("1 session", "2 sessions").
    catalog = catalogs.compiled(choice.language, cache_dir)
    ours = QTranslator(app)
    if catalog is not None and ours.load(str(catalog)):
        translators.append(ours)
    else:
        print(f"planner: no {choice.language} translation could be loaded", file=sys.stderr)
    for translator in translators:
        app.installTranslator(translator)
    _installed = Installed(choice.language, translators)
    return _installed


_ACCENTED = str.maketrans("aeiouyAEIOUYcnszCNSZ", "áéíóúýÁÉÍÓÚÝçñšžÇÑŠŽ")
# What a pseudo-translation keeps: placeholders, markup, entities, accelerators.
_KEPT = re.compile(r"%L?\d|%L?n|<[^>]*>|&[a-zA-Z#0-9]+;|&(?=\S)")


class PseudoTranslator(QTranslator):
    """The pseudo-languages' translator (see PSEUDO). A plural message becomes its English
    form for the number ("1 session", "2 sessions", from `planner_en.ts`), then accented:
    a "(s)" left in a pseudo text is a plural that is not marked as one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plurals = QTranslator(self)  # English's forms; not installed in the app

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n >= 0:
            source = self.plurals.translate(context, source, disambiguation, n) or source
        pieces, last = [], 0
        for match in _KEPT.finditer(source):
            pieces += [source[last : match.start()].translate(_ACCENTED), match.group(0)]
            last = match.end()
        pieces.append(source[last:].translate(_ACCENTED))
        padding = "·" * max(1, len(source) // 3)
        return f"⟦{''.join(pieces)}{padding}⟧"

    def isEmpty(self) -> bool:
        return False


def current_language() -> str:
    return _installed.language if _installed is not None else catalogs.SOURCE_LANGUAGE


# Each language's name in itself, as a menu item and mid-sentence (CLDR's endonyms; Qt's
# nativeLanguageName() says "American English" and "español de España" for the bare codes).
_NAMES: dict[str, tuple[str, str]] = {
    "cs": ("Čeština", "čeština"),
    "de": ("Deutsch", "Deutsch"),
    "en": ("English", "English"),
    "es": ("Español", "español"),
    "fr": ("Français", "français"),
    "he": ("עברית", "עברית"),
    "it": ("Italiano", "italiano"),
    "nl": ("Nederlands", "Nederlands"),
    "pl": ("Polski", "polski"),
    "pt_BR": ("Português (Brasil)", "português (Brasil)"),
}


def language_name(code: str, *, title: bool = True) -> str:
    """The language's name in itself: "Deutsch", "Português (Brasil)" as a title, or
    mid-sentence ("français") with `title=False`."""
    if code in _NAMES:
        return _NAMES[code][0 if title else 1]
    return QLocale(code).nativeLanguageName() or code


def _sort_key(name: str) -> tuple[bool, str]:
    """Alphabetical regardless of accents ("Čeština" among the C's); names in other
    scripts ("עברית") after the Latin ones, as KDE and GNOME list them."""
    latin = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return (not latin, latin or name)


class LanguageMenu(QMenu):
    """View ▸ Language: the desktop's choice, or one of the languages Planner speaks.
    The choice is remembered and applies from the next start (offered at once). Its
    actions are the action registry's (`make_choices`: `Actions.make_choices` for
    `LANGUAGE_CHOICE`), which calls `choose`."""

    def __init__(
        self,
        settings: QSettings,
        make_choices: Callable[[list[tuple[str, str]], QObject], dict[str, QAction]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Lan&guage"), parent)
        self.setObjectName("languageMenu")
        self.settings = settings
        saved = saved_language(settings)
        desktop = best_match(desktop_languages())
        items = [("", arg(self.tr("System Language (%1)"), language_name(desktop)))]
        items += [
            (code, language_name(code))
            for code in sorted(SPOKEN, key=lambda c: _sort_key(language_name(c)))
        ]
        self.choices = make_choices(items, self)
        for code, action in self.choices.items():
            self.addAction(action)
            if not code:
                self.addSeparator()
            action.setChecked(code == saved)

    def choose(self, code: str) -> None:
        if code == saved_language(self.settings):
            return
        self.settings.setValue(SETTING, code)
        self.settings.sync()
        language = code or best_match(desktop_languages())
        if language == current_language():
            return
        from PySide6.QtWidgets import QMessageBox  # (making a Qt class makes its enums)

        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("Language"),
            arg(
                self.tr("Planner will speak %1 from its next start. Restart now?"),
                language_name(language, title=False),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            restart()


def restart() -> None:
    """Quit, and start again once the window has saved what it keeps: the same data
    folder, nothing else of this start's command (see `_restart_arguments`)."""
    from PySide6.QtCore import QProcess  # (not before the first paint: see install)

    app = QApplication.instance()
    if app is None:
        return
    arguments = _restart_arguments(sys.argv[1:])
    program = sys.executable
    if not getattr(sys, "frozen", False):
        arguments = [sys.argv[0], *arguments]
    app.aboutToQuit.connect(lambda: QProcess.startDetached(program, arguments))
    for window in QApplication.topLevelWidgets():
        window.close()
    QApplication.quit()


def _restart_arguments(arguments: list[str]) -> list[str]:
    """This start's `--data-dir` alone. Its FILEs were imported already (imported again,
    they would show their conference instead of the one last shown), and `--lang` was for
    that run only."""
    kept: list[str] = []
    given = iter(arguments)
    for argument in given:
        if argument == "--data-dir":
            kept += [argument, next(given, "")]
        elif argument.startswith("--data-dir="):
            kept.append(argument)
    return kept


def install_for_window(
    app: QCoreApplication, settings_path: Path, cache_dir: Path, override: str | None
) -> Installed:
    """What the app does at start: `--lang`, else the remembered choice, else the desktop."""
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    return install(app, choose(override, saved_language(settings)), cache_dir)
