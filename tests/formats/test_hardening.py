"""Reader hardening (issue 13): each class of bad input that used to crash, hang, read too
much or silently mislead now gives one clear error (or a warning), and a refused file
leaves the database byte for byte as it was."""

from __future__ import annotations

import json
import os
import threading
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from planner import user_files as files_module
from planner.domain.errors import BadInputError
from planner.export import agenda_file
from planner.formats import ReadOptions, read_program, read_program_file

from ..conftest import database_digest, settle_database
from .hostile import frab_json, frab_xml, sessionize

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.services import Planner


def _agenda(planner: Planner, tmp_path: Path, **changes: object) -> Path:
    """A real agenda file of the bundled program, changed and signed again."""
    conference = planner.catalog.conference(None).id
    target = tmp_path / "mine.planner-agenda"
    planner.sharing.export_agenda(conference, target, shared_by="Me")
    document = json.loads(target.read_bytes())
    for path, value in changes.items():
        holder = document
        *parents, last = path.split("__")
        for name in parents:
            holder = holder[int(name)] if isinstance(holder, list) else holder[name]
        holder[last] = value
    document["checksum"] = agenda_file._checksum(document)
    target.write_text(json.dumps(document))
    return target


# -- time zones that are tzdata folders ------------------------------------------------
def test_a_zone_folder_in_the_file_is_an_unknown_zone_not_a_crash() -> None:
    data = frab_xml().replace(b"Europe/Berlin", b"Australia")
    program = read_program(data, "z.xml")  # the events' offsets still place them
    assert any("unknown time zone 'Australia' in the file" in w for w in program.warnings)


# Each is a folder of the zone database (ZoneInfo raised IsADirectoryError for them). Names
# that are malformed rather than folders ("../../etc") were refused before: test_common.
@pytest.mark.parametrize("zone", ["Australia", "America", "America/Argentina", "Etc"])
def test_a_zone_folder_given_by_the_user_is_refused_clearly(zone: str) -> None:
    for data, name in ((frab_xml(), "z.xml"), (frab_json(), "z.json")):
        with pytest.raises(BadInputError, match="unknown time zone"):
            read_program(data, name, options=ReadOptions(time_zone=zone))


# -- JSON that Python's parser reads, but no program holds ----------------------------
def test_a_million_digit_integer_is_refused(planner: Planner, tmp_path: Path) -> None:
    huge = "9" * 1_000_000
    program = frab_json().replace(b'"id": 1', f'"id": {huge}'.encode())
    with pytest.raises(BadInputError, match="a number with thousands of digits"):
        read_program(program, "big.json")
    agenda = tmp_path / "big.planner-agenda"
    agenda.write_text('{"format": "planner-agenda", "version": ' + huge + "}")
    with pytest.raises(BadInputError, match="a number with thousands of digits"):
        agenda_file.parse(agenda.read_bytes(), str(agenda))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_is_not_json(constant: str) -> None:
    data = frab_json().replace(b'"title": "Hello"', f'"title": {constant}'.encode())
    with pytest.raises(BadInputError, match=f"is not valid JSON: {constant} is not a JSON value"):
        read_program(data, "nan.json")


# -- agenda files ---------------------------------------------------------------------
def test_agenda_version_true_is_not_version_1(planner: Planner, tmp_path: Path) -> None:
    path = _agenda(planner, tmp_path, version=True)
    with pytest.raises(BadInputError, match="version True"):
        agenda_file.parse(path.read_bytes(), str(path))
    program = json.loads(_bundled().read_bytes())
    program["version"] = True
    with pytest.raises(BadInputError, match="version True"):
        read_program(json.dumps(program).encode(), "p.planner-program.json")


def _bundled() -> Path:
    from planner.bundled import bundled_program_path

    return bundled_program_path()


def _star_one(planner: Planner) -> None:
    conference = planner.catalog.conference(None).id
    planner.agenda.star(conference, "ksl19-is-kafka-a-database")


def test_agenda_session_ending_before_it_starts(planner: Planner, tmp_path: Path) -> None:
    _star_one(planner)
    path = _agenda(planner, tmp_path, sessions__0__end="2019-05-13T08:00:00+00:00")
    with pytest.raises(BadInputError, match=r"sessions\[0\]: ends before it starts"):
        agenda_file.parse(path.read_bytes(), str(path))


def test_agenda_dates_at_the_edge_of_the_calendar(planner: Planner, tmp_path: Path) -> None:
    _star_one(planner)
    edge = "9999-12-31T23:00:00-23:59"  # 10000-01-01 in UTC: OverflowError before
    for change in ({"created": edge}, {"sessions__0__start": edge}):
        path = _agenda(planner, tmp_path, **change)
        with pytest.raises(BadInputError, match="beyond the range of dates"):
            agenda_file.parse(path.read_bytes(), str(path))


# -- XML nested absurdly deep ---------------------------------------------------------
def _xcal_nested(depth: int) -> bytes:
    ns = b"urn:ietf:params:xml:ns:icalendar-2.0"
    deep = b"<components><vevent>" * depth + b"</vevent></components>" * depth
    return b'<icalendar xmlns="' + ns + b'"><vcalendar>' + deep + b"</vcalendar></icalendar>"


def _frab_xml_nested(levels: int) -> bytes:
    """The minimal frab file with its description `levels` elements deep in all."""
    inner = levels - 5  # schedule > day > room > event > description
    markup = "<div>" * inner + "text" + "</div>" * inner
    return frab_xml().replace(
        b"<persons>", f"<description>{markup}</description><persons>".encode()
    )


def test_xml_nested_deeper_than_the_limit_is_refused_by_one_rule() -> None:
    # 5,000 levels of xCal components exhausted the stack of the RFC 6321 reader, which
    # walks them recursively; the same bound now holds in the one XML parser, for every
    # XML format, before any reader walks the tree.
    for data, name in ((_xcal_nested(5000), "deep.xcal"), (_frab_xml_nested(5000), "deep.xml")):
        with pytest.raises(BadInputError) as caught:
            read_program(data, name)
        assert str(caught.value) == f"{name}: XML nested deeper than 64 levels"


def test_xml_nesting_limit_is_exactly_64_levels() -> None:
    assert read_program(_frab_xml_nested(64), "at-limit.xml").talks[0].title == "Hello"
    with pytest.raises(BadInputError, match="^over.xml: XML nested deeper than 64 levels$"):
        read_program(_frab_xml_nested(65), "over.xml")


def test_recursion_anywhere_in_a_reader_is_still_one_clean_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The last resort behind the explicit bounds: whatever a reader walks too deep."""
    from planner.formats import frab_xml as frab_xml_reader

    def recurse(*_: object) -> object:
        return recurse()

    monkeypatch.setattr(frab_xml_reader, "parse", recurse)
    with pytest.raises(BadInputError, match="^r.xml: is nested too deeply to be a conference"):
        read_program(frab_xml(), "r.xml")


# -- local times a zone skips or repeats -----------------------------------------------
def test_a_time_that_does_not_exist_is_reported_not_moved_silently() -> None:
    # 2024-03-31 02:30 does not exist in Berlin: clocks go from 02:00 to 03:00.
    data = frab_xml().replace(b"<date>2024-05-01T10:00:00+02:00</date>", b"")
    data = data.replace(b'<day date="2024-05-01"', b'<day date="2024-03-31"')
    data = data.replace(b"<start>10:00</start>", b"<start>02:30</start>")
    program = read_program(data, "gap.xml")
    [talk] = program.talks
    assert talk.start.isoformat() == "2024-03-31T01:30:00+00:00"  # RFC 5545: 03:30 CEST
    assert (
        "event 1 gives 02:30 on 2024-03-31, a time that does not exist in Europe/Berlin "
        "(the clocks go forward); read as 03:30" in program.warnings
    )


def test_a_time_that_happens_twice_is_reported() -> None:
    data = frab_xml().replace(b"<date>2024-05-01T10:00:00+02:00</date>", b"")
    data = data.replace(b'<day date="2024-05-01"', b'<day date="2024-10-27"')
    data = data.replace(b"<start>10:00</start>", b"<start>02:30</start>")
    program = read_program(data, "fold.xml")
    [talk] = program.talks
    assert talk.start.isoformat() == "2024-10-27T00:30:00+00:00"  # the first 02:30 (CEST)
    assert talk.end.isoformat() == "2024-10-27T01:00:00+00:00"  # 30 minutes, not 90
    assert any("happens twice in Europe/Berlin" in w for w in program.warnings)


VTIMEZONE_BERLIN = (
    b"BEGIN:VTIMEZONE\r\nTZID:Berlin (custom)\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\n"
    b"TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
    b"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\n"
    b"TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n"
    b"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)


def _ics(start: bytes, end: bytes, zone: bytes = b"") -> bytes:
    return (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + zone + b"BEGIN:VEVENT\r\n"
        b"UID:1@t\r\nSUMMARY:Gap\r\n"
        + start
        + b"\r\n"
        + end
        + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


GAP_WARNING = (
    "event 1@t gives 02:30 on 2024-03-31, a time that does not exist in {zone} "
    "(the clocks go forward); read as 03:30"
)


@pytest.mark.parametrize(
    ("name", "data", "zone"),
    [
        ("floating", _ics(b"DTSTART:20240331T023000", b"DTEND:20240331T033000"), "Europe/Berlin"),
        (
            "IANA TZID",
            _ics(
                b"DTSTART;TZID=Europe/Berlin:20240331T023000",
                b"DTEND;TZID=Europe/Berlin:20240331T033000",
            ),
            "Europe/Berlin",
        ),
        (
            # icalendar builds this zone from the VTIMEZONE itself (with dateutil, which reads
            # a skipped time with the offset from after the gap: 00:30 UTC, an hour early)
            "VTIMEZONE",
            _ics(
                b"DTSTART;TZID=Berlin (custom):20240331T023000",
                b"DTEND;TZID=Berlin (custom):20240331T033000",
                VTIMEZONE_BERLIN,
            ),
            "Berlin (custom)",
        ),
    ],
)
def test_ics_times_a_zone_skips_follow_the_one_rule(name: str, data: bytes, zone: str) -> None:
    program = read_program(data, "gap.ics", options=ReadOptions("Europe/Berlin"))
    [talk] = program.talks
    assert talk.start.isoformat() == "2024-03-31T01:30:00+00:00"  # 03:30 CEST, as RFC 5545
    # The end moves with the start: an hour long as written, not 03:30-03:30 (zero).
    assert talk.end.isoformat() == "2024-03-31T02:30:00+00:00"
    assert GAP_WARNING.format(zone=zone) in program.warnings
    assert "event 1@t ends at 03:30, moved with its start to 04:30 (it keeps its 60 minutes)" in (
        program.warnings
    )


def test_ics_time_repeated_in_a_vtimezone_zone_is_reported() -> None:
    data = _ics(
        b"DTSTART;TZID=Berlin (custom):20241027T023000",
        b"DTEND;TZID=Berlin (custom):20241027T030000",
        VTIMEZONE_BERLIN,
    )
    program = read_program(data, "fold.ics", options=ReadOptions("Europe/Berlin"))
    [talk] = program.talks
    assert talk.start.isoformat() == "2024-10-27T00:30:00+00:00"  # the first 02:30 (CEST)
    assert any("happens twice in Berlin (custom)" in w for w in program.warnings)


def test_an_all_day_event_on_a_day_without_midnight() -> None:
    # Chile's clocks go from 00:00 to 01:00 on 2024-09-08: that day starts at 01:00.
    data = _ics(b"DTSTART;VALUE=DATE:20240908", b"DTEND;VALUE=DATE:20240909")
    program = read_program(data, "allday.ics", options=ReadOptions("America/Santiago"))
    [talk] = program.talks
    assert talk.start.isoformat() == "2024-09-08T04:00:00+00:00"  # 01:00 -03
    assert any(
        "gives 00:00 on 2024-09-08, a time that does not exist in America/Santiago" in w
        for w in program.warnings
    )


def test_sessionize_times_a_zone_skips_or_repeats() -> None:
    data = sessionize(startsAt="2024-10-27T02:30:00", endsAt="2024-10-27T02:45:00")
    program = read_program(data, "s.json", options=ReadOptions("Europe/Berlin"))
    [talk] = program.talks
    assert talk.end - talk.start == timedelta(minutes=15)
    assert any(
        "session 1 gives 02:30 on 2024-10-27, which happens twice" in w for w in program.warnings
    )
    gap = sessionize(startsAt="2024-03-31T02:30:00", endsAt="2024-03-31T03:30:00")
    program = read_program(gap, "s.json", options=ReadOptions("Europe/Berlin"))
    assert program.talks[0].start.isoformat() == "2024-03-31T01:30:00+00:00"
    assert program.talks[0].end - program.talks[0].start == timedelta(hours=1)  # not zero
    assert any("does not exist in Europe/Berlin" in w for w in program.warnings)


def test_frab_json_wall_clock_times_follow_the_one_rule() -> None:
    # A 30-minute talk from the first 02:30 on the fall-back day: durations are elapsed
    # time, not wall-clock arithmetic (which made it 90 minutes, ending at 03:00 CET).
    data = frab_json(date="2024-10-27T02:30:00", duration="00:30")
    program = read_program(data, "fold.json")
    [talk] = program.talks
    assert talk.start.isoformat() == "2024-10-27T00:30:00+00:00"
    assert talk.end.isoformat() == "2024-10-27T01:00:00+00:00"
    assert (
        "event 1 gives 02:30 on 2024-10-27, which happens twice in Europe/Berlin "
        "(the clocks go back); read as the first" in program.warnings
    )
    gap = read_program(frab_json(date="2024-03-31T02:30:00"), "gap.json")
    assert gap.talks[0].start.isoformat() == "2024-03-31T01:30:00+00:00"
    assert any("event 1 gives 02:30 on 2024-03-31, a time that does not" in w for w in gap.warnings)


def test_day_bounds_follow_the_one_rule() -> None:
    xml = frab_xml().replace(
        b'<day date="2024-05-01" index="1">',
        b'<day date="2024-03-31" index="1" start="2024-03-31T02:30:00" end="2024-03-31T23:00:00">',
    )
    document = json.loads(frab_json())
    document["schedule"]["conference"]["days"][0].update(
        date="2024-03-31", day_start="2024-03-31T02:30:00", day_end="2024-03-31T23:00:00"
    )
    for data, name in ((xml, "d.xml"), (json.dumps(document).encode(), "d.json")):
        program = read_program(data, name)
        [day] = program.days
        assert day.start is not None, name
        assert day.end is not None, name
        assert day.start.isoformat() == "2024-03-31T01:30:00+00:00", name  # 03:30 CEST
        assert day.end.isoformat() == "2024-03-31T21:00:00+00:00", name
        assert (
            "day 2024-03-31 gives 02:30 on 2024-03-31, a time that does not exist in "
            "Europe/Berlin (the clocks go forward); read as 03:30" in program.warnings
        ), name


def test_a_naive_day_start_is_the_conference_s_clock_not_the_machine_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A day's start without an offset decides which events belong after midnight; it is a
    wall-clock time of the conference, whatever zone the machine is set to."""
    import time as clock

    monkeypatch.setenv("TZ", "America/New_York")
    clock.tzset()
    try:
        data = frab_xml().replace(b"<date>2024-05-01T10:00:00+02:00</date>", b"")
        data = data.replace(b'index="1">', b'index="1" start="2024-05-01T09:00:00" end="x">')
        [talk] = read_program(data, "n.xml").talks  # <start>10:00</start>
        early = data.replace(b"<start>10:00</start>", b"<start>08:00</start>")
        [night] = read_program(early, "n.xml").talks
    finally:
        monkeypatch.undo()
        clock.tzset()
    # 10:00 is after the day's 09:00 start (not after 09:00 in New York, 15:00 in Berlin)
    assert talk.start.isoformat() == "2024-05-01T08:00:00+00:00"
    # 08:00 is before it: the event is in the night after, on May 2nd
    assert night.start.isoformat() == "2024-05-02T06:00:00+00:00"


def test_planner_program_wall_clock_times_follow_the_one_rule() -> None:
    document = json.loads(_bundled().read_bytes())
    document["conference"]["time_zone"] = "Europe/London"
    first = document["sessions"][0]
    first.update(start="2024-03-31T01:30:00", end="2024-03-31T02:30:00")
    program = read_program(json.dumps(document).encode(), "p.planner-program.json")
    talk = next(t for t in program.talks if t.key == first["key"])
    assert talk.start.isoformat() == "2024-03-31T01:30:00+00:00"  # 02:30 BST
    assert talk.end.isoformat() == "2024-03-31T02:30:00+00:00"  # 03:30 BST: an hour, not 0
    assert (
        "sessions[0] gives 01:30 on 2024-03-31, a time that does not exist in Europe/London "
        "(the clocks go forward); read as 02:30" in program.warnings
    )


# -- files that are not regular files, or too big -------------------------------------
def _refused_quickly(call: Callable[[], object]) -> BadInputError:
    """Run `call` on a thread; a hang would block the suite, so fail if it does not end."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:
            caught.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive(), "blocked on the file"
    [error] = caught
    assert isinstance(error, BadInputError), error
    return error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="platform: no FIFOs")
def test_a_fifo_is_refused_at_once(planner: Planner, tmp_path: Path) -> None:
    fifo = tmp_path / "program.xml"
    os.mkfifo(fifo)
    settle_database(planner)
    before = database_digest(planner)
    error = _refused_quickly(lambda: read_program_file(fifo))
    assert str(error) == f"{fifo}: is a named pipe (FIFO), not a file; Planner reads files only"
    _refused_quickly(lambda: planner.imports.file(fifo))
    _refused_quickly(lambda: planner.sharing.import_agenda(fifo))
    assert database_digest(planner) == before


def test_devices_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="is a device, not a file"):
        read_program_file(Path("/dev/zero"))
    with pytest.raises(BadInputError, match="is a folder, not a file"):
        read_program_file(tmp_path)


def _bytes_read_by_this_process() -> int:
    """Linux's count of the bytes this process has had read(2) return, whatever Python
    code did the reading (`Path.read_bytes`, a file object, `os.read`)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")  # pragma: no cover


def test_the_size_is_checked_before_anything_is_read(planner: Planner, tmp_path: Path) -> None:
    huge = tmp_path / "huge.planner-agenda"
    with huge.open("wb") as handle:
        handle.truncate(3 * 2**30)  # sparse: 3 GiB that take no disk
    settle_database(planner)
    before = database_digest(planner)
    small = tmp_path / "small.planner-agenda"
    small.write_bytes(b"{" + b" " * 2**20 + b"}")
    start = _bytes_read_by_this_process()
    with pytest.raises(BadInputError, match="is not a Planner agenda file"):
        planner.sharing.import_agenda(small)
    assert _bytes_read_by_this_process() - start > 2**20  # the meter sees reads: a control
    start = _bytes_read_by_this_process()
    with pytest.raises(BadInputError, match="over the 8 MiB limit for an agenda file"):
        planner.sharing.import_agenda(huge)
    with pytest.raises(BadInputError, match="over the 64 MiB limit for a conference program"):
        planner.imports.file(huge)
    # Not a byte of the file: what was read meanwhile is the database and Python's modules.
    assert _bytes_read_by_this_process() - start < 2**20
    assert database_digest(planner) == before


def test_a_file_that_grows_while_read_is_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file measured small that has grown by the time it is read: the read stops at the
    limit instead of taking whatever the file has become."""
    path = tmp_path / "p.xml"
    path.write_bytes(b"x" * 100)
    real_fstat = os.fstat

    def measured_then_grown(descriptor: int) -> os.stat_result:
        measured = real_fstat(descriptor)
        with path.open("ab") as handle:  # the writer carries on after the size check
            handle.truncate(64 * 2**20)  # sparse
        return measured

    monkeypatch.setattr(os, "fstat", measured_then_grown)  # files.py measures by os.fstat
    start = _bytes_read_by_this_process()
    with pytest.raises(BadInputError, match="over the 0 MiB limit for a test file"):
        files_module.read_user_file(path, 1000, "a test file")
    assert _bytes_read_by_this_process() - start < 2**20  # at most the limit (+1), not 64 MiB
    monkeypatch.undo()
    path.write_bytes(b"x" * 1000)
    assert files_module.read_user_file(path, 1000, "a test file") == b"x" * 1000


def _planner_program(*sessions: tuple[str, str]) -> bytes:
    return json.dumps(
        {
            "format": "planner-program",
            "version": 1,
            "conference": {
                "title": "Spring",
                "time_zone": "Europe/Berlin",
                "start": "2025-03-30",
                "end": "2025-03-30",
            },
            "sessions": [
                {"key": f"s{n}", "title": f"Talk {n}", "start": start, "end": end}
                for n, (start, end) in enumerate(sessions)
            ],
        }
    ).encode()


def test_a_spring_forward_start_moves_its_end_along() -> None:
    """02:30-03:15 on Berlin's spring-forward night: the start is read as 03:30 (RFC 5545),
    and the end used to stay at 03:15, so that the whole file was refused with "ends before
    it starts" (02:30-03:30 became zero minutes long)."""
    data = _planner_program(
        ("2025-03-30T02:30:00", "2025-03-30T03:15:00"),
        ("2025-03-30T02:30:00", "2025-03-30T03:30:00"),
        ("2025-03-30T02:10:00", "2025-03-30T02:50:00"),  # both in the gap: 40 minutes
        ("2025-03-30T01:30:00", "2025-03-30T02:30:00"),  # the end in the gap: an hour
    )
    program = read_program(data, "spring.planner-program.json")
    lengths = [talk.end - talk.start for talk in program.talks]
    hour = timedelta(hours=1)
    assert lengths == [timedelta(minutes=45), hour, timedelta(minutes=40), hour]
    first = program.talks[0]
    assert (first.start.isoformat(), first.end.isoformat()) == (
        "2025-03-30T01:30:00+00:00",  # 03:30 CEST
        "2025-03-30T02:15:00+00:00",  # 04:15 CEST
    )
    assert (
        "sessions[0] ends at 03:15, moved with its start to 04:15 (it keeps its 45 minutes)"
        in program.warnings
    )


def test_a_session_a_gap_still_makes_end_before_it_starts_is_skipped_alone() -> None:
    """An end with its own offset does not move: the one session is skipped, saying why
    (the gap), and the rest of the file is read; never the whole file for one session."""
    data = _planner_program(
        ("2025-03-30T02:30:00", "2025-03-30T03:15:00+02:00"),
        ("2025-03-30T10:00:00", "2025-03-30T11:00:00"),
    )
    program = read_program(data, "spring.planner-program.json")
    assert [talk.key for talk in program.talks] == ["s1"]
    assert (
        "sessions[0] (“Talk 0”) ends before it starts once 02:30 on 2025-03-30, a time that "
        "does not exist in Europe/Berlin (the clocks go forward), is read as 03:30; skipped"
    ) in program.warnings
    plain = _planner_program(("2025-03-30T10:00:00", "2025-03-30T09:00:00"))
    with pytest.raises(BadInputError, match="ends before it starts$"):
        read_program(plain, "x.planner-program.json")  # no gap: the file is wrong


def test_frab_json_end_moves_with_a_spring_forward_start() -> None:
    data = frab_json(date="2024-03-31T02:30:00", end="2024-03-31T03:15:00")
    data = data.replace(b'"2024-05-01"', b'"2024-03-31"')
    program = read_program(data, "f.json")
    [talk] = program.talks
    assert talk.end - talk.start == timedelta(minutes=45)


@pytest.mark.parametrize(
    ("start", "end", "zone"),
    [
        ("9999-12-31T23:00:00-23:59", "9999-12-31T23:30:00-23:59", "UTC"),
        ("9999-12-31T22:00:00+00:00", "9999-12-31T23:59:00+00:00", "Pacific/Kiritimati"),
    ],
)
def test_a_date_time_out_of_range_says_so_and_names_the_session(
    start: str, end: str, zone: str
) -> None:
    """A valid ISO 8601 time beyond year 9999 in UTC or in the conference's zone used to
    be "not an ISO 8601 date-time", or "has a date or time out of range" naming nothing."""
    document = json.loads(_planner_program((start, end), ("2025-03-30T10:00", "2025-03-30T11:00")))
    document["conference"]["time_zone"] = zone
    if zone == "UTC":
        with pytest.raises(BadInputError) as caught:
            read_program(json.dumps(document).encode(), "edge.planner-program.json")
        assert str(caught.value) == (
            "edge.planner-program.json: sessions[0]: (“Talk 0”) has a date-time out of the "
            f"range Planner keeps: {start!r} to {end!r}"
        )
        return
    program = read_program(json.dumps(document).encode(), "edge.planner-program.json")
    assert [talk.key for talk in program.talks] == ["s1"]
    assert (
        "sessions[0] (“Talk 0”) is beyond the range of dates Planner keeps in "
        "Pacific/Kiritimati; skipped" in program.warnings
    )
