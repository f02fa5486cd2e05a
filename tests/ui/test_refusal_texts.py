"""Why a program file is refused, in the window's language: every importer's refusal is a
`Refusal` (a code with values, its `str` the command line's English, unchanged), and
`CORE.error` says it. Real refused files: the hostile corpus and files of tests/data that
are not programs."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from planner.domain.display import size_text
from planner.domain.errors import BadInputError
from planner.domain.messages import PlaceKind, Where
from planner.domain.refusals import _ENGLISH, Field, Part, Refusal, RefusalCode
from planner.formats import read_program, read_program_file
from planner.formats.common import ReadOptions
from planner.ui import catalogs, i18n
from planner.ui.core_text import CORE

from ..formats.hostile import HOSTILE
from .test_error_texts import english_phrases

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow

DATA = Path(__file__).parents[1] / "data"
SOURCE = "/home/ana/program.json"


def sample(code: RefusalCode) -> Refusal:
    """The refusal with values for each of its places: a count where it is written as one,
    a part and a text of a program where it names them, a word of the file otherwise."""
    fields = [f for _, f, spec, _ in string.Formatter().parse(_ENGLISH[code]) if f is not None]
    values: list[object] = []
    for index, spec in enumerate(
        spec for _, f, spec, _ in string.Formatter().parse(_ENGLISH[code]) if f is not None
    ):
        if code is RefusalCode.TOO_BIG:
            values = [60_000_000, 50, "a conference program"]
            break
        if code is RefusalCode.NOT_A_FILE:
            values = ["a named pipe (FIFO)"]
            break
        if code is RefusalCode.TOO_LONG:
            values = [Where(PlaceKind.SESSION, "3"), Field.ABSTRACT, 123_456, 100_000]
            break
        values.append(12_345 if spec == "," else f"w{index}")
    assert len(values) == len(fields)
    return Refusal(code, *values)


def refusal_values(error: BadInputError) -> list[str]:
    problem = error.problem
    assert isinstance(problem, Refusal), f"no code: {error}"
    values = [error.source]
    for value in problem.values:
        if isinstance(value, Part | Field):
            continue  # words Planner says: translated
        if isinstance(value, Refusal):  # what is wrong at a place: said too, but its
            values += refusal_values(BadInputError(error.source, value))  # values kept
            continue
        values += [str(value), repr(value)] if isinstance(value, str) else [str(value)]
        if isinstance(value, int):
            values += [f"{value:,}", size_text(value)]  # a count, or a size ("9.4 MB")
    return values


# Words English shares with a language: not left untranslated.
SAME = {"nl": {"is XML", "is JSON"}}
# Kept as they are in every language: a command line's option, a program's name.
KEPT = {
    "--tz Europe/Brussels",
    "GNOME Keyring",
    "planner calendar add … --password-command CMD",
}


def english_left(error: BadInputError, shown: str, language: str) -> list[str]:
    phrases = english_phrases(error, *refusal_values(error))
    phrases = [p.strip("'“”\"<> ") for p in phrases]
    same = SAME.get(language, set())
    return [
        f"{p!r} in {shown!r}"
        for p in phrases
        if len(p.split()) >= 2 and p in shown and p not in same and p not in KEPT
    ]


def test_the_command_lines_english_is_unchanged() -> None:
    assert str(Refusal(RefusalCode.NO_SESSIONS)) == "contains no sessions"
    assert str(Refusal(RefusalCode.TOO_BIG, 60_000_000, 50, "a conference program")) == (
        "file is 60 MB, over the 50 MiB limit for a conference program"
    )
    assert str(Refusal(RefusalCode.FIELD_TOO_LONG, "sessions[0]", "title", 12_345, 300)) == (
        "sessions[0]: 'title' is 12,345 characters long (limit 300)"
    )
    ends = Refusal(RefusalCode.ENDS_BEFORE_START, Where(PlaceKind.EVENT, "12"), "Hello")
    assert str(BadInputError("a.xml", ends, line=3)) == (
        "a.xml: event 12 (“Hello”) ends before it starts (line 3)"
    )


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_every_refusal_in_the_language(qapp, tmp_path: Path, language: str) -> None:
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path)
    english = []
    for code in RefusalCode:
        error = BadInputError(SOURCE, sample(code), line=7, column=3)
        shown = CORE.error(error)
        english += english_left(error, shown, language)
        assert SOURCE in shown.replace(i18n.ISOLATE, "").replace(i18n.POP, "")
    assert english == []


def hostile_refusals() -> list[BadInputError]:
    refused = []
    for case in HOSTILE:
        with pytest.raises(BadInputError) as caught:
            read_program(case.data, case.filename, options=ReadOptions(time_zone=case.time_zone))
        refused.append(caught.value)
    return refused


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_the_hostile_corpus_is_refused_in_the_language(qapp, tmp_path: Path, language: str) -> None:
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path)
    english = []
    for error in hostile_refusals():
        english += english_left(error, CORE.error(error), language)
    assert english == []


@pytest.mark.usefixtures("restore_language")
def test_real_refused_files_in_german(qapp, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    said = {
        case.name: CORE.error(error)
        for case, error in zip(HOSTILE, hostile_refusals(), strict=True)
    }
    assert said["xml-billion-laughs"] == (
        "bomb.xml: deklariert XML-Entitäten, die Planner nicht auflöst (ein verbreiteter "
        "Angriff auf XML-Leser)"
    )
    assert re.fullmatch(
        r"bad\.xml: ist kein wohlgeformtes XML \(mismatched tag\) \(Zeile \d+, Spalte \d+\)",
        said["xml-malformed"],
    ), said["xml-malformed"]

    def refused(path: Path) -> str:
        with pytest.raises(BadInputError) as caught:
            read_program_file(path)
        return CORE.error(caught.value)

    favourites = DATA / "favourites" / "sojourner-fosdem-2025.csv"
    assert refused(favourites) == (
        f"{favourites}: ist kein Konferenzprogramm in einem Format, das Planner liest ({formats()})"
    )
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    assert refused(empty) == f"{empty}: Datei ist leer"
    assert refused(DATA / "schedules") == f"{DATA / 'schedules'}: ist ein Ordner, keine Datei"
    no_sessions = tmp_path / "none.json"
    no_sessions.write_text(
        '{"schedule": {"conference": {"title": "Leer", "days": []}}}', encoding="utf-8"
    )
    assert refused(no_sessions) == f"{no_sessions}: enthält keine Sessions"


def formats() -> str:
    from planner.formats import _modules

    return ", ".join(module.LABEL for module in _modules())


@pytest.mark.usefixtures("restore_language")
def test_a_refused_import_says_why_in_german(
    qapp, window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    program = tmp_path / "leer.xml"
    program.write_bytes(
        b'<?xml version="1.0"?><schedule><conference><title>Leer</title>'
        b"<time_zone_name>Europe/Berlin</time_zone_name></conference></schedule>"
    )
    with qtbot.waitSignal(window.imports.failed, timeout=10_000):
        window.imports.open_path(program)
    assert shown == [f"{program}: enthält keine Sessions (kein <event> in einem <day>)"]


@pytest.mark.usefixtures("german")
def test_a_position_in_the_file_is_written_as_digits() -> None:
    """An index in a JSON list and a byte's offset are places in the file, not counts: the
    locale's grouping made "rooms[1500]" "rooms[1.500]" (review 6 #8)."""
    room = CORE.error(BadInputError(SOURCE, Refusal(RefusalCode.NOT_A_ROOM_NAME, 1500)))
    byte = CORE.error(BadInputError(SOURCE, Refusal(RefusalCode.BAD_BYTE, "UTF-8", 1234567)))
    too_big = CORE.error(BadInputError(SOURCE, sample(RefusalCode.TOO_LONG)))
    assert "rooms[1500]" in room, room
    assert "1234567" in byte, byte
    assert "123.456" in too_big, too_big  # a count keeps its grouping


def said_in_german(error: BadInputError) -> str:
    """The refusal as a German window says it; fails if it has no code, or if English
    words of it are left (the file's own words and a library's aside). Call it with
    German installed (the `german` fixture)."""
    assert isinstance(error.problem, Refusal), f"no code: {error}"
    shown = CORE.error(error)
    assert english_left(error, shown, "de") == [], shown
    assert shown != str(error)
    return shown
