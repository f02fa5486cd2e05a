"""Other apps' favourites files: each sample read, every favourite matched or listed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from planner.domain.agenda import Priority
from planner.domain.errors import BadInputError
from planner.formats import read_program_file
from planner.sharing.apps import read_favourites
from planner.sharing.favourites import (
    Favourite,
    ProgramSession,
    match_favourites,
    session_ids,
)

from ..conftest import REPO, SCHEDULES
from ..ui.test_refusal_texts import said_in_german

if TYPE_CHECKING:
    from pathlib import Path

SAMPLES = REPO / "tests" / "data" / "favourites"
FOSDEM_2025 = SCHEDULES / "xml" / "fosdem-2025.xml"
CCC_38 = SCHEDULES / "xml" / "eventfahrplan-schedule-38c3-20251206.xml"
FOSDEM_PICKS = ["6390", "5928", "6024", "5103", "5098", "5399", "6662", "4129"]


def program_sessions(path: Path) -> tuple[list[ProgramSession], ZoneInfo, date, dict[str, str]]:
    program = read_program_file(path)
    sessions = [
        ProgramSession(
            t.key, session_ids(t.key, (t.source_id, t.guid)), t.title, t.start, t.end, t.url
        )
        for t in program.talks
    ]
    by_event_id = {t.source_id: t.key for t in program.talks}
    return sessions, ZoneInfo(program.time_zone), program.start, by_event_id


@pytest.fixture(scope="module")
def fosdem() -> tuple[list[ProgramSession], ZoneInfo, date, dict[str, str]]:
    return program_sessions(FOSDEM_2025)


@pytest.mark.parametrize(
    ("sample", "app", "how"),
    [
        ("fosdem-companion-bookmarks.ics", "FOSDEM Companion", "by id"),
        ("sojourner-fosdem-2025.csv", "Sojourner", "by id"),
        ("fosdem-pwa-bookmarks_2025.csv", "FOSDEM PWA", "by id"),
    ],
)
def test_fosdem_apps_favourites_match_the_program(
    fosdem: tuple[list[ProgramSession], ZoneInfo, date, dict[str, str]],
    sample: str,
    app: str,
    how: str,
) -> None:
    sessions, zone, first_day, by_event_id = fosdem
    favourites = read_favourites((SAMPLES / sample).read_bytes(), sample)
    assert favourites is not None
    assert favourites.app == app
    matches = match_favourites(favourites.items, sessions, zone, first_day)
    assert [m.key for m in matches if m.key] == [by_event_id[i] for i in FOSDEM_PICKS]
    assert {m.reason for m in matches if m.key} == {how}
    unmatched = [m for m in matches if not m.key]
    assert [(m.favourite.describe(), m.reason) for m in unmatched] == [
        ("A talk added after this schedule snapshot", "not in this program")
    ]


def test_without_ids_the_title_and_time_still_find_them(
    fosdem: tuple[list[ProgramSession], ZoneInfo, date, dict[str, str]],
) -> None:
    """Older Sojourner editions, or a program whose ids changed: the fallbacks."""
    sessions, zone, first_day, by_event_id = fosdem
    for sample in (
        "fosdem-companion-bookmarks.ics",
        "sojourner-fosdem-2025.csv",
        "fosdem-pwa-bookmarks_2025.csv",
    ):
        favourites = read_favourites((SAMPLES / sample).read_bytes(), sample)
        assert favourites is not None
        stripped = [
            Favourite((), f.title, f.start, f.end, f.local_time, f.weekday, f.day_number)
            for f in favourites.items
        ]
        matches = match_favourites(stripped, sessions, zone, first_day)
        assert [m.key for m in matches if m.key] == [by_event_id[i] for i in FOSDEM_PICKS]
        assert {m.reason for m in matches if m.key} <= {"by title and start", "by title and time"}


def test_fosdem_pwa_keeps_priorities_and_lists_the_bookmarked_track() -> None:
    favourites = read_favourites(
        (SAMPLES / "fosdem-pwa-bookmarks_2025.csv").read_bytes(), "bookmarks_2025.csv"
    )
    assert favourites is not None
    assert [f.priority for f in favourites.items[:3]] == [Priority.MUST, Priority.MAYBE, None]
    assert favourites.items[0].day_number == 1
    assert favourites.items[0].local_time == time(15, 35)
    assert len(favourites.skipped) == 1
    assert "Embedded, Mobile and Automotive" in favourites.skipped[0]


def test_fosdem_companion_states_its_year() -> None:
    favourites = read_favourites(
        (SAMPLES / "fosdem-companion-bookmarks.ics").read_bytes(), "bookmarks.ics"
    )
    assert favourites is not None
    assert favourites.year == 2025
    assert favourites.items[0].start == datetime(2025, 2, 1, 14, 35, tzinfo=UTC)
    assert favourites.items[7].title == 'Mobian, "upstream first", and the Greater Good'


def test_eventfahrplan_favourites_match_38c3() -> None:
    sessions, zone, first_day, by_event_id = program_sessions(CCC_38)
    favourites = read_favourites(
        (SAMPLES / "eventfahrplan-38c3-favorites.json").read_bytes(), "favorites.json"
    )
    assert favourites is not None
    assert favourites.app == "EventFahrplan"
    matches = match_favourites(favourites.items, sessions, zone, first_day)
    assert [m.key for m in matches if m.key] == [by_event_id[i] for i in ("2", "316", "215", "744")]
    assert [(m.favourite.describe(), m.reason) for m in matches if not m.key] == [
        ("A session that left the schedule", "not in this program")
    ]
    # By start and title alone, too (a program whose ids were renumbered).
    stripped = [Favourite((), f.title, f.start) for f in favourites.items]
    assert [m.key for m in match_favourites(stripped, sessions, zone, first_day)][:4] == [
        by_event_id[i] for i in ("2", "316", "215", "744")
    ]


def test_a_favourite_that_fits_two_sessions_is_listed_not_guessed() -> None:
    start = datetime(2025, 2, 1, 9, 0, tzinfo=UTC)
    sessions = [
        ProgramSession("a", frozenset({"1"}), "Lunch", start, start),
        ProgramSession("b", frozenset({"1"}), "Lunch", start, start),
    ]
    [match] = match_favourites(
        [Favourite(("1",), "Lunch", start)], sessions, ZoneInfo("UTC"), start.date()
    )
    assert (match.key, match.reason) == ("", "fits more than one session")


def test_a_line_break_inside_a_quoted_title_stays_in_the_title() -> None:
    data = (
        b'ID,Day,Time,Title,Subtitle,Speakers\n"g-1","Saturday","10:30","Two\nlines","",""\n'
        b'"g-2","Sunday","11:00","One","",""'
    )
    favourites = read_favourites(data, "fosdem-2025.csv")
    assert favourites is not None
    assert [f.title for f in favourites.items] == ["Two\nlines", "One"]


def test_files_no_app_wrote_are_left_to_other_readers() -> None:
    for data in (
        b"BEGIN:VCALENDAR\r\nUID:x@planner\r\n",
        b'{"format": "planner-agenda"}',
        b"a,b\n",
    ):
        assert read_favourites(data, "other") is None


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "companion-foreign-uid",
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x@be.digitalia.fosdem.x\r\nEND:VEVENT\r\n"
            b"X-A:@be.digitalia.fosdem\r\nEND:VCALENDAR\r\n",
            "not one FOSDEM Companion writes",
        ),
        (
            "companion-bad-start",
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1@2025@be.digitalia.fosdem\r\n"
            b"DTSTART:tomorrow\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "bookmark 1: DTSTART|not valid iCalendar",
        ),
        (
            "companion-two-years",
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1@2024@be.digitalia.fosdem\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:2@2025@be.digitalia.fosdem\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "several FOSDEM years",
        ),
        (
            "sojourner-short-row",
            b'ID,Day,Time,Title,Subtitle,Speakers\n"1","Saturday"',
            "record 2 has 2 fields",
        ),
        (
            "sojourner-bad-day",
            b'ID,Day,Time,Title,Subtitle,Speakers\n"1","Caturday","10:00","t","",""',
            "record 2: 'Caturday' is not a weekday",
        ),
        (
            "sojourner-bad-time",
            b'ID,Day,Time,Title,Subtitle,Speakers\n"1","Saturday","25:99","t","",""',
            "record 2: '25:99' is not a time of day",
        ),
        (
            "sojourner-huge-title",
            b'ID,Day,Time,Title,Subtitle,Speakers\n"1","Saturday","10:00","'
            + b"x" * 30_000
            + b'","",""',
            "record 2: Title is 30,000 characters",
        ),
        ("pwa-bad-type", b"type,id\nspeaker,12\n", "type 'speaker' is not event or track"),
        ("pwa-no-id", b"type,id,priority\nevent,,1\n", "record 2 has no id"),
        ("pwa-bad-day", b"type,id,day\nevent,1,Saturday\n", "not a day number"),
        ("pwa-too-many", b"type,id\n" + b"event,1\n" * 50_001, "50,001 favourites"),
        ("fahrplan-not-a-list", b'{"lectures": {"a": 1}}', "no lectures"),
        ("fahrplan-no-id", b'{"lectures": [{"title": "x"}]}', "lectures\\[0\\] has no lecture_id"),
        (
            "fahrplan-naive-time",
            b'{"lectures": [{"lecture_id": "1", "starts_at": "2024-12-27T10:00:00"}]}',
            "has no time zone",
        ),
        (
            "fahrplan-beyond-the-calendar",  # 10000-01-01 in UTC
            b'{"lectures": [{"lecture_id": "1", "starts_at": "9999-12-31T23:00:00-23:59"}]}',
            "lectures\\[0\\]: .* beyond the range of dates",
        ),
        (
            "companion-beyond-the-calendar",
            b"BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Edge\r\nBEGIN:STANDARD\r\n"
            b"DTSTART:19700101T000000\r\nTZOFFSETFROM:-2359\r\nTZOFFSETTO:-2359\r\n"
            b"END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:1@2025@be.digitalia.fosdem\r\n"
            b"DTSTART;TZID=Edge:99991231T230000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "bookmark 1: DTSTART: .* beyond the range of dates",
        ),
        ("fahrplan-truncated", b'{"lectures": [{"lecture_id": "1", "ti', "not valid JSON"),
        ("binary", b"type,id\n\x00\x01\x02", "binary data"),
        ("not-utf8", b"type,id\nevent,\xff\xfe\n", "not UTF-8"),
        ("oversized", b"type,id\n" + b" " * (9 * 1024 * 1024), "MiB"),
    ],
)
@pytest.mark.usefixtures("german")
def test_bad_favourites_files_get_one_clear_message(name: str, data: bytes, message: str) -> None:
    """… in the window's language too: every refusal has a code, none of its English is
    left in German."""
    with pytest.raises(BadInputError, match=message) as caught:
        read_favourites(data, f"/tmp/{name}.file")
    assert str(caught.value).startswith(f"/tmp/{name}.file"), name
    assert "\n" not in str(caught.value)
    assert said_in_german(caught.value).startswith(f"/tmp/{name}.file: "), name
