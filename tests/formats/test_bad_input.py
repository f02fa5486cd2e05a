"""Bad input: one clear error naming the file, no hang, and the database left as it was."""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

import pytest

from planner.domain.errors import BadInputError
from planner.formats import read_program
from planner.formats.common import ReadOptions

from ..conftest import database_digest, settle_database
from .hostile import HOSTILE, Hostile, frab_json, frab_xml, ical, sessionize

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", HOSTILE, ids=[h.name for h in HOSTILE])
def test_hostile_input_gives_one_clear_error(case: Hostile) -> None:
    with pytest.raises(BadInputError, match=case.message) as caught:
        read_program(case.data, case.filename, options=ReadOptions(time_zone=case.time_zone))
    message = str(caught.value)
    assert message.startswith(f"{case.filename}: ")
    assert "\n" not in message
    assert "root:" not in message  # nothing from /etc/passwd leaked into the message


@pytest.mark.timeout(120)
def test_failed_imports_leave_the_database_byte_for_byte_unchanged(planner: Planner) -> None:
    conference = planner.catalog.conference()
    planner.agenda.star(conference.id, "ksl19-is-kafka-a-database")
    settle_database(planner)
    before = database_digest(planner)
    for case in HOSTILE:
        with pytest.raises(BadInputError):
            planner.imports.data(case.data, case.filename, time_zone=case.time_zone)
    assert database_digest(planner) == before
    assert planner.catalog.talk(conference.id, "ksl19-is-kafka-a-database").starred


def test_valid_minimal_files_of_each_format_import() -> None:
    for data, name, zone in (
        (frab_xml(), "a.xml", None),
        (frab_json(), "a.json", None),
        (sessionize(), "s.json", "Europe/Berlin"),
        (ical(), "a.ics", None),
    ):
        program = read_program(data, name, options=ReadOptions(time_zone=zone))
        [talk] = program.talks
        assert talk.title == "Hello"
        assert talk.start.isoformat() == "2024-05-01T08:00:00+00:00"


def test_content_decides_the_format_not_the_extension() -> None:
    assert read_program(frab_json(), "schedule.xml").format == "frab-json"
    assert read_program(frab_xml(), "schedule.json").format == "frab-xml"
    assert read_program(ical(), "program.txt").format == "ical"


def test_an_explicit_wrong_format_is_a_clear_error() -> None:
    with pytest.raises(BadInputError, match="not a frab schedule|not well-formed"):
        read_program(frab_json(), "x.json", format="frab-xml")
    with pytest.raises(BadInputError, match="not an iCalendar file"):
        read_program(frab_xml(), "x.xml", format="ical")


def test_byte_order_marks_and_declared_encodings() -> None:
    assert read_program(codecs.BOM_UTF8 + frab_xml(), "bom.xml").talks[0].title == "Hello"
    assert read_program(codecs.BOM_UTF8 + frab_json(), "bom.json").talks[0].title == "Hello"
    utf16 = frab_json().decode().encode("utf-16")
    assert read_program(utf16, "wide.json").talks[0].title == "Hello"
    latin = (
        frab_xml(title="Caf\u00e9 Br\u00fcssel")
        .decode()
        .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
        .encode("latin-1")
    )
    assert read_program(latin, "latin.xml").talks[0].title == "Café Brüssel"
    assert read_program(codecs.BOM_UTF8 + ical(), "bom.ics").talks[0].title == "Hello"


def test_markup_in_titles_is_reduced_to_text() -> None:
    program = read_program(frab_xml(title="&lt;b&gt;Bold&lt;/b&gt; &amp; brave"), "m.xml")
    assert program.talks[0].title == "Bold & brave"


def test_file_paths_are_named_in_errors(tmp_path: Path) -> None:
    bad = tmp_path / "broken schedule.xml"
    bad.write_bytes(frab_xml()[:250])
    from planner.formats import read_program_file

    with pytest.raises(BadInputError) as caught:
        read_program_file(bad)
    assert str(caught.value).startswith(f"{bad}: is not well-formed XML")
    assert caught.value.line is not None


XCAL = b"""<?xml version="1.0" encoding="utf-8"?>
<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0">
 <vcalendar>
  <properties>
   <prodid><text>-//Example//xCal//EN</text></prodid><version><text>2.0</text></version>
   <x-wr-calname><text>xCal Conf</text></x-wr-calname>
  </properties>
  <components>
   <vevent>
    <properties>
     <uid><text>talk-1@example.org</text></uid>
     <dtstart>
      <parameters><tzid><text>Europe/Berlin</text></tzid></parameters>
      <date-time>2024-05-01T10:00:00</date-time>
     </dtstart>
     <duration><duration>PT45M</duration></duration>
     <summary><text>Semicolons; commas, and more</text></summary>
     <location><text>Hall A</text></location>
     <categories><text>Security</text><text>Keynote</text></categories>
     <description><text>Speaker: Ada Lovelace
Engines.</text></description>
    </properties>
   </vevent>
  </components>
 </vcalendar>
</icalendar>
"""


# RFC 6321 as the PyConES Django sites wrote it (tests/data/schedules/xcal/pycones-*-xcal.xml):
# <vevent> straight inside <vcalendar> with no <components>, a bare-text <location>, no UID.
LOOSE_XCAL = b"""<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar>\
<vevent><properties><summary><text>Charla Plenaria</text></summary><location>Paraninfo</location>\
<dtstart><date-time>2015-11-22T16:50:00</date-time></dtstart>\
<dtend><date-time>2015-11-22T17:50:00</date-time></dtend></properties></vevent>\
<vevent><properties><summary><text>Taller</text></summary><location>Aula 1</location>\
<dtstart><date-time>2015-11-22T10:00:00</date-time></dtstart>\
<dtend><date-time>2015-11-22T11:00:00</date-time></dtend></properties></vevent>\
</vcalendar></icalendar>"""


def test_rfc6321_xcal_without_components_and_with_bare_values() -> None:
    program = read_program(LOOSE_XCAL, "xcal.xml", options=ReadOptions(time_zone="Europe/Madrid"))
    assert program.format == "xcal"
    talks = sorted(program.talks, key=lambda talk: talk.start)
    assert [(t.title, t.room) for t in talks] == [
        ("Taller", "Aula 1"),
        ("Charla Plenaria", "Paraninfo"),
    ]
    assert talks[1].start.isoformat() == "2015-11-22T15:50:00+00:00"  # 16:50 in Madrid (CET)
    assert talks[1].end.isoformat() == "2015-11-22T16:50:00+00:00"


def test_xcal_reads_like_icalendar() -> None:
    program = read_program(XCAL, "program.xml")
    assert program.format == "xcal"
    assert program.title == "xCal Conf"
    [talk] = program.talks
    assert talk.title == "Semicolons; commas, and more"
    assert talk.start.isoformat() == "2024-05-01T08:00:00+00:00"
    assert talk.end.isoformat() == "2024-05-01T08:45:00+00:00"
    assert (talk.room, talk.track, talk.speakers) == ("Hall A", "Security", ("Ada Lovelace",))
    assert talk.key == "guid:talk-1@example.org"


# -- found by tests/formats/test_fuzz.py; kept as plain cases so they never come back -----
def _calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{event}END:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{body}END:VCALENDAR\r\n".encode()


GOOD_EVENT = "UID:1@t\r\nSUMMARY:Good\r\nDTSTART:20240501T080000Z\r\nDTEND:20240501T083000Z\r\n"


def test_an_empty_dtend_skips_that_event_with_a_warning() -> None:
    broken = "UID:2@t\r\nSUMMARY:Broken\r\nDTSTART:20240501T090000Z\r\nDTEND:\r\n"
    with pytest.raises(BadInputError, match="e.ics: contains no sessions"):
        read_program(_calendar(broken), "e.ics")
    program = read_program(_calendar(GOOD_EVENT, broken), "e.ics")
    assert [talk.title for talk in program.talks] == ["Good"]
    assert any("2@t" in w and "unreadable time" in w for w in program.warnings)


def test_a_repeated_dtstart_uses_the_first() -> None:
    twice = GOOD_EVENT.replace("DTSTART", "DTSTART:20240501T070000Z\r\nDTSTART", 1)
    [talk] = read_program(_calendar(twice), "twice.ics").talks
    assert talk.start.isoformat() == "2024-05-01T07:00:00+00:00"


def test_a_tzid_naming_a_zone_directory_is_a_clear_error() -> None:
    data = ical().replace(b"DTSTART;TZID=Europe/Berlin", b"DTSTART;TZID=Australia", 1)
    with pytest.raises(BadInputError) as caught:
        read_program(data, "dir.ics")
    assert str(caught.value) == "dir.ics: is not valid iCalendar (a TZID names no time zone)"


def test_json_lone_surrogates_become_replacement_characters() -> None:
    data = frab_json(title="\ud800").replace(b"\\ud800", b"\\ud800 ok")
    [talk] = read_program(data, "s.json").talks
    assert talk.title == "\ufffd ok"
    talk.title.encode("utf-8")  # storable, hashable, printable


def test_sessionize_category_items_of_the_wrong_type_are_ignored() -> None:
    data = sessionize(categories=[{"name": "Track", "categoryItems": {"0": "x"}}], speakers=7)
    [talk] = read_program(data, "s.json", options=ReadOptions(time_zone="Europe/Berlin")).talks
    assert talk.track == ""
    assert talk.speakers == ()


def test_times_at_the_end_of_the_calendar_are_skipped_not_crashed() -> None:
    data = frab_xml().replace(b"2024-05-01T10:00:00+02:00", b"9999-12-31T23:30:00-02:00")
    with pytest.raises(BadInputError, match="^s.xml: has a date or time out of range$"):
        read_program(data, "s.xml")


XCAL_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE icalendar [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar><properties>
<x-wr-calname><text>&b;</text></x-wr-calname></properties></vcalendar></icalendar>
"""
XCAL_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE icalendar [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar><properties>
<x-wr-calname><text>&secret;</text></x-wr-calname></properties></vcalendar></icalendar>
"""


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("format_name", "data", "message"),
    [
        ("xcal", XCAL_BOMB, "declares XML entities"),
        ("xcal", XCAL_XXE, "declares XML entities"),
        ("planner", b"[" * 50_000 + b"]" * 50_000, "nested deeper"),
        ("planner", b'{"format": "planner-program", "sessions": "\xff\xfe"}', "UTF-8"),
        ("planner", frab_json(), "is not a Planner program file"),
        ("sessionize", b"{" * 10 + b"}", "not valid JSON"),
        ("ical", XCAL_XXE, "not an iCalendar file"),
    ],
    ids=[
        "xcal-bomb",
        "xcal-xxe",
        "planner-deep",
        "planner-utf8",
        "planner-wrong",
        "sz-bad",
        "ical-xml",
    ],
)
def test_every_reader_refuses_hostile_input_in_its_own_format(
    format_name: str, data: bytes, message: str
) -> None:
    with pytest.raises(BadInputError, match=message) as caught:
        read_program(data, "hostile.file", format_name)
    assert str(caught.value).startswith("hostile.file: ")
    assert "root:" not in str(caught.value)


# -- issue 16: what real generators write, and what stays refused ---------------------------
def test_control_characters_in_xml_text_are_removed_with_a_warning() -> None:
    data = frab_xml(title="Hel\x06lo\x1f")
    program = read_program(data, "c.xml")
    assert program.talks[0].title == "Hello"
    assert "removed 2 control characters (U+0006, U+001F) that XML forbids, on line 9" in (
        program.warnings
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (frab_xml().replace(b"<title>", b"<ti\x06tle>"), "not well-formed"),  # inside a name
        (frab_xml().replace(b"</title>", b""), "not well-formed"),  # unclosed
        (frab_xml().replace(b"<room>A</room>", b"<room>A</title></room>"), "not well-formed"),
        (frab_xml(title="&nbsp;\x06"), "not well-formed"),  # an undefined entity
    ],
    ids=["control-in-a-tag", "unclosed", "mis-nested", "entity"],
)
def test_real_xml_malformation_is_still_refused(data: bytes, message: str) -> None:
    with pytest.raises(BadInputError, match=message):
        read_program(data, "m.xml")


def test_too_many_control_characters_are_not_a_stray_paste() -> None:
    with pytest.raises(BadInputError, match="over 1,000 control characters"):
        read_program(frab_xml(title="text " * 2000 + "x\x06" * 1001), "many.xml")


def test_an_ics_folded_inside_a_utf8_character_is_unfolded_on_the_bytes() -> None:
    folded = ical(summary="Caf\u00e9 d\u2019or").replace("\u2019".encode(), b"\xe2\r\n \x80\x99")
    assert read_program(folded, "f.ics").talks[0].title == "Café d\u2019or"
    wide = ical(summary="Long\r\n  title").decode().encode("utf-16")  # folds in UTF-16 too
    assert read_program(wide, "w.ics").talks[0].title == "Long title"


PENTABARF_XCAL = b"""<?xml version='1.0' encoding='utf-8' ?>
<iCalendar xmlns:pentabarf='http://pentabarf.org' xmlns:xCal='urn:ietf:params:xml:ns:xcal'>
  <vcalendar>
    <version>2.0</version><prodid>-//Pentabarf//Schedule//EN</prodid>
    <x-wr-calname>Mini Schedule</x-wr-calname>
    <vevent>
      <uid>1@mini@pentabarf.org</uid>
      <pentabarf:title>Hello</pentabarf:title><pentabarf:subtitle>World</pentabarf:subtitle>
      <dtstart>20240501T100000</dtstart><dtend>20240501T103000</dtend>
      <summary>Hello- World</summary><category>Lecture</category>
      <location>Room A</location>
      <attendee>Ada Lovelace</attendee><attendee>Grace Hopper</attendee>
    </vevent>
  </vcalendar>
</iCalendar>
"""


def test_pentabarf_xcal_is_read_with_its_floating_times() -> None:
    with pytest.raises(BadInputError, match="states no time zone"):
        read_program(PENTABARF_XCAL, "s.xcal")
    program = read_program(PENTABARF_XCAL, "s.xml", options=ReadOptions("Europe/Berlin"))
    assert (program.format, program.title) == ("xcal", "Mini Schedule")
    [talk] = program.talks
    assert (talk.title, talk.subtitle, talk.type) == ("Hello", "World", "Lecture")
    assert talk.start.isoformat() == "2024-05-01T08:00:00+00:00"
    assert talk.end.isoformat() == "2024-05-01T08:30:00+00:00"
    assert (talk.room, talk.speakers) == ("Room A", ("Ada Lovelace", "Grace Hopper"))
