"""What an import skipped or guessed (its warnings, "… and N more warnings" too) and the
favourites a phone's file could not place reach the window in its language: codes and
values from the core, said by `NoteTexts`; the English stays the command line's."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QLocale

from planner.domain.agenda import OverlayInfo
from planner.domain.messages import Note, NoteCode, PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.domain.updates import ImportReport
from planner.formats import read_program
from planner.services.sharing import AgendaImport
from planner.ui import catalogs, i18n
from planner.ui.core_text import NOTES
from planner.ui.dialogs.report import ImportReportDialog
from planner.ui.flows.colleagues import ColleagueTexts

if TYPE_CHECKING:
    from pathlib import Path

EVENT = Where(PlaceKind.EVENT, "12")
SESSION = Where(PlaceKind.SESSION, "#3")
DAY = Where(PlaceKind.DAY, "2024-03-31")
GAP = datetime(2024, 3, 31, 2, 30)
READ_AS = datetime(2024, 3, 31, 3, 30)
# One note of every kind, with values as the readers give them.
SAMPLES: dict[NoteCode, Note] = {
    code: Note(code, *values)
    for code, values in {
        NoteCode.SKIPPED_TIME: (EVENT, GAP, "Europe/Berlin", READ_AS),
        NoteCode.REPEATED_TIME: (SESSION, GAP, "Europe/Berlin"),
        NoteCode.END_MOVED: (SESSION, GAP, READ_AS, 45),
        NoteCode.DAY_OUT_OF_RANGE: (DAY,),
        NoteCode.UNTITLED: (SESSION, "Untitled session"),
        NoteCode.SKIPPED_BY_GAP: (EVENT, "Keynote", GAP, "Europe/Berlin", READ_AS),
        NoteCode.BEYOND_DATES: (EVENT, "Keynote", "Pacific/Kiritimati"),
        NoteCode.REPEATED_IDS: (12345,),
        NoteCode.REPEATED_UNNAMED: (2,),
        NoteCode.MORE_WARNINGS: (12345,),
        NoteCode.UNKNOWN_ZONE: ("Australia",),
        NoteCode.ZONE_ASKED: ("UTC", "Europe/Brussels"),
        NoteCode.ZONE_CONTRADICTED: ("UTC", "Etc/GMT-1"),
        NoteCode.NO_ZONE: ("Etc/GMT-1",),
        NoteCode.ZONE_KEPT: ("Europe/Brussels", "Asia/Tokyo"),
        NoteCode.CANCELLED: (EVENT, "Keynote"),
        NoteCode.NO_START: (EVENT, "Keynote"),
        NoteCode.REPEATS: (EVENT, "Keynote"),
        NoteCode.UNREADABLE_TIME: (EVENT, "Keynote", "bad DTSTART"),
        NoteCode.NOT_SCHEDULED: (SESSION, "Keynote"),
        NoteCode.OUT_OF_RANGE: (EVENT, "Keynote"),
        NoteCode.CONTROL_CHARACTERS: (3, "U+0001, U+001B", (4, 1200), 7),
        NoteCode.NO_CONFERENCE: (),
        NoteCode.LOCAL_AS_UTC: ("Europe/Berlin",),
        NoteCode.NO_DATE_OR_START: (EVENT, "Keynote"),
        NoteCode.UNREADABLE_DURATION: (EVENT, "ninety"),
        NoteCode.NO_DURATION: (EVENT, "Keynote"),
        NoteCode.DAY_NOT_OBJECT: (1234,),
        NoteCode.ROOMS_NOT_OBJECT: (0,),
        NoteCode.ROOM_NOT_LIST: (0, "K.1.105"),
        NoteCode.EVENT_NOT_OBJECT: ("K.1.105",),
        NoteCode.NO_USABLE_START: (EVENT, "Keynote"),
        NoteCode.TEXT_IDS: (3,),
        NoteCode.OFFLINE: ("the server answered 503", datetime(2026, 12, 1, 9, 15, tzinfo=UTC)),
        NoteCode.TRACK_BOOKMARKED: ("Embedded, Mobile and Automotive",),
        NoteCode.HIDDEN_EVENTS: (2,),
        NoteCode.AMBIGUOUS_FAVOURITE: ("Keynote",),
        NoteCode.UNMATCHED_FAVOURITE: (Where(PlaceKind.EVENT, "999998"),),
        NoteCode.SYNC_DELETED_THERE: ("Keynote",),
        NoteCode.SYNC_EDITED_THERE: ("Keynote",),
        NoteCode.SYNC_KEPT_YOURS: ("Keynote",),
        NoteCode.SYNC_CHANGED_DURING: ("Keynote",),
        NoteCode.SYNC_NOT_DELETED_EDITED: ("fosdem-2025-6210",),
        NoteCode.SYNC_NOT_DELETED_CHANGED: ("fosdem-2025-6210",),
        NoteCode.NOT_READ: (
            "/home/ana/events/x.ics",
            Refusal(RefusalCode.NOT_A_FILE, "a named pipe (FIFO)"),
        ),
    }.items()
}
VALUES = {"Keynote", "Europe/Berlin", "Untitled session", "Embedded, Mobile and Automotive"}


def english_phrases(note: Note) -> list[str]:
    """The runs of two or more English words in the command line's text of `note`,
    without its values (titles, zones, the reader's own words)."""
    text = str(note)
    for value in sorted((str(v) for v in note.values), key=len, reverse=True):
        text = text.replace(value, "|")
    for value in VALUES:
        text = text.replace(value, "|")
    runs = re.split(r"[|;:,.()“”'\[\]…<>0-9]+", text)
    return [run.strip() for run in runs if len(run.split()) >= 2]


def test_every_note_has_a_sample_and_the_english_of_the_command_line() -> None:
    assert set(SAMPLES) == set(NoteCode)
    assert str(SAMPLES[NoteCode.CANCELLED]) == "event 12 (“Keynote”) is marked cancelled; skipped"
    assert str(SAMPLES[NoteCode.MORE_WARNINGS]) == "… and 12345 more warnings"
    assert str(SAMPLES[NoteCode.UNMATCHED_FAVOURITE]) == "event 999998: not in this program"


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_every_note_is_said_in_the_language(qapp, tmp_path: Path, language: str) -> None:
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path)
    english = []
    for note in SAMPLES.values():
        shown = NOTES.say(note)
        english += [f"{note.code}: {p!r} in {shown!r}" for p in english_phrases(note) if p in shown]
    assert english == []
    # Counts are grouped as the language writes numbers; where in the file, translated.
    many = NOTES.say(SAMPLES[NoteCode.MORE_WARNINGS])
    assert QLocale().toString(12345) in many
    assert "event 12" not in NOTES.say(SAMPLES[NoteCode.CANCELLED])
    # A position in a JSON list is no count: never grouped.
    path = NOTES.say(SAMPLES[NoteCode.DAY_NOT_OBJECT]).replace(i18n.ISOLATE, "")
    assert "days[1234]" in path.replace(i18n.POP, "")


def test_in_english_the_window_says_what_the_command_line_says() -> None:
    for code in (NoteCode.CANCELLED, NoteCode.NO_ZONE, NoteCode.UNMATCHED_FAVOURITE):
        assert NOTES.say(SAMPLES[code]) == str(SAMPLES[code])
    assert NOTES.say("a text without a code") == "a text without a code"


def many_warnings() -> bytes:
    """A calendar file of 40 cancelled events, one that repeats, and one kept: 31 notes
    and the line that says how many more there are."""
    events = [
        f"BEGIN:VEVENT\r\nUID:c{n}\r\nSUMMARY:Cancelled {n}\r\nSTATUS:CANCELLED\r\n"
        f"DTSTART:20240601T{9 + n // 10:02d}{n % 10:d}0Z\r\nDTEND:20240601T200000Z\r\n"
        "END:VEVENT\r\n"
        for n in range(40)
    ]
    events.append(
        "BEGIN:VEVENT\r\nUID:kept\r\nSUMMARY:Kept\r\nDTSTART:20240601T100000Z\r\n"
        "DTEND:20240601T110000Z\r\nEND:VEVENT\r\n"
    )
    body = "".join(events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
        f"{body}END:VCALENDAR\r\n"
    ).encode()


@pytest.mark.usefixtures("restore_language")
def test_the_import_report_shows_the_warnings_in_german(qtbot, qapp, tmp_path: Path) -> None:
    program = read_program(many_warnings(), "many.ics")
    assert len(program.warnings) == 31
    assert program.warnings[-1] == "… and 10 more warnings"
    report = ImportReport(1, "Many", True, "ical", "many.ics", 1, 0, 0, 0, 1, (), program.warnings)
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    lines = [dialog.changes.item(row).text() for row in range(dialog.changes.count())]
    assert len(lines) == 31
    assert lines[0] == "Eintrag c0 („Cancelled 0“) ist als abgesagt markiert; übersprungen"
    assert lines[-1] == "… und 10 weitere Warnungen"
    english = [line for line in lines for note in program.warnings if str(note) in line]
    assert english == []


@pytest.mark.usefixtures("german")
def test_why_an_events_time_cannot_be_read_is_said_in_german() -> None:
    """Planner's own reasons for an unreadable iCalendar time keep their code inside the
    note (the English of the command line unchanged)."""
    body = (
        "BEGIN:VEVENT\r\nUID:far\r\nDTSTART:99991231T230000Z\r\nDURATION:P3D\r\n"
        "SUMMARY:Far\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20250201T100000Z\r\nDTEND:20250201T110000Z\r\n"
        "SUMMARY:Fine\r\nEND:VEVENT\r\n"
    )
    data = (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n"
    ).encode()
    [note] = read_program(data, "far.ics").warnings
    assert note == "event far (“Far”) has an unreadable time (date value out of range); skipped"
    assert isinstance(note, Note)
    said = note.values[2]
    assert isinstance(said, Refusal)
    assert said.code is RefusalCode.DATE_VALUE_OUT_OF_RANGE
    assert NOTES.say(note) == (
        "Eintrag far („Far“) hat eine unlesbare Zeit (Datumswert außerhalb des gültigen "
        "Bereichs); übersprungen"
    )


@pytest.mark.usefixtures("restore_language")
def test_favourites_not_imported_are_said_in_german(qapp, tmp_path: Path) -> None:
    not_imported = (
        Note(NoteCode.HIDDEN_EVENTS, 2),
        Note(NoteCode.UNMATCHED_FAVOURITE, Where(PlaceKind.EVENT, "999999")),
        Note(NoteCode.TRACK_BOOKMARKED, "Embedded"),
    )
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    anna = OverlayInfo(1, 1, "Anna", "giggity", True, datetime.now(UTC), ())
    result = AgendaImport(anna, (), False, app="Giggity", not_imported=not_imported)
    summary = ColleagueTexts().import_summary(result)
    assert "2 in Giggity ausgeblendete Einträge" in summary
    assert "Eintrag 999999: nicht in diesem Programm" in summary
    assert "der gemerkte Track „Embedded“" in summary
    assert not any(str(note) in summary for note in not_imported)


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_offline_copy_is_dated_on_the_computer_clock(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """The note names no zone, and it showed the download's UTC time: 09:15 read in New
    York as a quarter past nine, when the copy was taken at a quarter past four there."""
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path)
    monkeypatch.setenv("TZ", "America/New_York")
    shown = NOTES.say(SAMPLES[NoteCode.OFFLINE])
    assert "4:15" in shown
    assert "9:15" not in shown


@pytest.mark.usefixtures("restore_language")
def test_the_offline_copy_is_dated_on_a_clock_without_a_zone_name(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A computer whose TZ is a POSIX rule has no IANA zone (review 6 #3): the note fell
    back to UTC and said 9:15 where the computer's clock said 4:15 (EST5EDT, in December)."""
    i18n.install(qapp, i18n.Choice("en", chosen=True), tmp_path)
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()  # the C library reads TZ once; the test's own change must reach it
    try:
        shown = NOTES.say(SAMPLES[NoteCode.OFFLINE])
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "4:15" in shown
    assert "9:15" not in shown
