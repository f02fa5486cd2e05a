"""Calendar export, checked by independent parsers (ical strict, vobject), field by field."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

from planner.domain.agenda import Priority, Status
from planner.domain.calendars import TargetKind
from planner.domain.errors import NotFoundError, PlannerError, UsageError
from planner.export.ics import event_uid
from planner.storage import targets

from .conftest import database_digest
from .factories import program, replace, talk

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner

BERLIN = ZoneInfo("Europe/Berlin")
NASTY = "Commas, semicolons; back\\slash\nnew line — café, naïve, 日本語, emoji 🎉"


@pytest.fixture
def agenda(empty_planner: Planner) -> tuple[Planner, int]:
    demo = program(
        talk(
            "guid:a",
            "Opening; welcome, all",
            speakers=("Zoë Ångström", "Bob, Jr."),
            room="Hall A; East",
            track="Main, Track",
            abstract=NASTY,
            url="https://example.org/a?x=1,2;3",
        ),
        talk("guid:b", "Parallel talk", at=15, room="Hall B"),
        talk("guid:c", "Later talk", at=120, room="Hall A"),
        talk("guid:d", "Not starred", at=200),
    )
    conference_id = empty_planner.imports.program(demo).value.conference_id
    empty_planner.agenda.star(conference_id, "guid:a", Priority.MUST, note="front row, please; ok")
    empty_planner.agenda.star(conference_id, "guid:b", status=Status.PLAN_B)
    empty_planner.agenda.star(conference_id, "guid:c")
    return empty_planner, conference_id


def parse_strict(path: Path) -> Any:
    return IcsCalendarStream.calendar_from_ics(path.read_text(encoding="utf-8"))


def test_export_fields_survive_independent_parsers(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = agenda
    out = tmp_path / "agenda.ics"
    assert planner.exports.ics(conference_id, out, include_plan_b=True, alarm_minutes=15).value == 3
    raw = out.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")

    calendar = parse_strict(out)
    events = {str(e.uid): e for e in calendar.events}
    identity = "demo"
    first = events[event_uid(identity, "guid:a")]
    assert first.summary == "Opening; welcome, all"
    assert first.location == "Hall A; East"
    assert first.dtstart == datetime(2024, 3, 1, 9, 0, tzinfo=BERLIN)
    assert first.dtstart.tzinfo is not None
    assert str(first.dtstart.tzinfo) == "Europe/Berlin"
    assert first.dtend - first.dtstart == timedelta(minutes=30)
    assert first.categories == ["Main / Track"]  # commas split CATEGORIES in some parsers
    assert "Track: Main, Track" in first.description
    assert str(first.url) == "https://example.org/a?x=1,2;3"
    assert first.status.value == "CONFIRMED"
    assert first.sequence == 0
    assert NASTY in first.description
    assert "Zoë Ångström, Bob, Jr." in first.description
    assert "Your note: front row, please; ok" in first.description
    assert first.alarm[0].trigger == timedelta(minutes=-15)
    assert events[event_uid(identity, "guid:b")].status.value == "TENTATIVE"
    assert len(events) == 3

    parsed = vobject.readOne(raw.decode("utf-8"))
    assert parsed.method.value == "PUBLISH"
    assert parsed.contents["x-wr-timezone"][0].value == "Europe/Berlin"
    assert parsed.contents["x-wr-calname"][0].value == "Demo Conf — my agenda"
    assert parsed.vtimezone.tzid.value == "Europe/Berlin"
    vevents = {e.uid.value: e for e in parsed.vevent_list}
    opening = vevents[event_uid(identity, "guid:a")]
    assert opening.summary.value == "Opening; welcome, all"
    assert opening.dtstart.value.utcoffset() == timedelta(hours=1)
    assert NASTY in opening.description.value
    assert opening.dtstamp.value.tzinfo is not None


def test_plan_b_only_when_asked_and_single_session(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = agenda
    out = tmp_path / "a.ics"
    assert planner.exports.ics(conference_id, out).value == 2
    single = tmp_path / "one.ics"
    assert planner.exports.ics(conference_id, single, keys=["guid:d"]).value == 1
    [event] = parse_strict(single).events
    assert event.summary == "Not starred"


def sequences(path: Path) -> dict[str, tuple[int, str]]:
    return {str(e.uid): (e.sequence, e.status.value) for e in parse_strict(path).events}


def later(monkeypatch: pytest.MonkeyPatch, minutes: int) -> None:
    """Let the exports that follow run `minutes` later (DTSTAMPs would tell)."""
    import planner.calendars.syncer as syncer

    moment = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=minutes)
    monkeypatch.setattr(syncer, "now", lambda: moment)


def test_unchanged_agenda_exports_the_same_bytes_later(
    agenda: tuple[Planner, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: DTSTAMP changed on every export, so every event looked modified."""
    planner, conference_id = agenda
    out = tmp_path / "agenda.ics"
    planner.exports.ics(conference_id, out, alarm_minutes=10)
    first = out.read_bytes()
    later(monkeypatch, 90)
    planner.exports.ics(conference_id, out, alarm_minutes=10)
    assert out.read_bytes() == first


def test_calendar_has_no_uid_of_its_own(agenda: tuple[Planner, int], tmp_path: Path) -> None:
    """Regression: vdirsyncer took the calendar-level UID for every event's."""
    planner, conference_id = agenda
    out = tmp_path / "agenda.ics"
    planner.exports.ics(conference_id, out, include_plan_b=True)
    parsed = vobject.readOne(out.read_text(encoding="utf-8"))
    assert "uid" not in parsed.contents
    uids = [e.uid.value for e in parsed.vevent_list]
    assert len(uids) == len(set(uids)) == 3
    head = out.read_bytes().split(b"BEGIN:VTIMEZONE")[0]
    assert b"UID" not in head


def test_sequence_rises_on_every_visible_change(
    agenda: tuple[Planner, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: adding --alarm did not bump SEQUENCE; a note or a retitle must too."""
    planner, conference_id = agenda
    out = tmp_path / "agenda.ics"
    planner.exports.ics(conference_id, out)
    opening = event_uid("demo", "guid:a")
    later_one = event_uid("demo", "guid:c")
    assert sequences(out)[opening] == (0, "CONFIRMED")
    stamp = parse_strict(out).events[0].dtstamp

    later(monkeypatch, 5)
    planner.exports.ics(conference_id, out, alarm_minutes=10)  # an alarm: visible
    assert sequences(out)[opening][0] == 1
    assert parse_strict(out).events[0].dtstamp > stamp
    planner.agenda.star(conference_id, "guid:c", note="bring questions")  # the description
    planner.exports.ics(conference_id, out, alarm_minutes=10)
    assert sequences(out)[later_one][0] == 2
    assert sequences(out)[opening][0] == 1
    moved = program(
        talk(
            "guid:a",
            "Opening; welcome, all",
            at=30,  # moved
            speakers=("Zoë Ångström", "Bob, Jr."),
            room="Hall A; East",
            track="Main, Track",
            abstract=NASTY,
            url="https://example.org/a?x=1,2;3",
        ),
        talk("guid:b", "Parallel talk", at=15, room="Hall B"),
        talk("guid:c", "Later talk, renamed", at=120, room="Hall A"),
        talk("guid:d", "Not starred", at=200),
    )
    planner.imports.program(moved)
    planner.exports.ics(conference_id, out, alarm_minutes=10)
    assert sequences(out)[opening][0] == 2
    assert sequences(out)[later_one][0] == 3
    planner.exports.ics(conference_id, out, alarm_minutes=10)  # nothing changed
    assert sequences(out)[opening][0] == 2


def test_plan_b_is_tentative_and_free_and_never_called_cancelled(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    """Regression: --include-plan-b then a plain export marked plan B CANCELLED."""
    planner, conference_id = agenda
    out = tmp_path / "agenda.ics"
    planner.exports.ics(conference_id, out, include_plan_b=True)
    parsed = {e.uid.value: e for e in vobject.readOne(out.read_text()).vevent_list}
    plan_b = parsed[event_uid("demo", "guid:b")]
    assert plan_b.status.value == "TENTATIVE"
    assert plan_b.transp.value == "TRANSPARENT"
    assert "Plan B" in plan_b.description.value
    assert "transp" not in parsed[event_uid("demo", "guid:a")].contents  # busy, as default
    planner.exports.ics(conference_id, out)  # the same file, without plan B
    planner.exports.ics(conference_id, out)
    assert event_uid("demo", "guid:b") not in sequences(out)
    assert b"CANCELLED" not in out.read_bytes()
    other = tmp_path / "other.ics"
    planner.exports.ics(conference_id, other)
    assert b"CANCELLED" not in other.read_bytes()


def test_single_session_export_does_not_touch_the_agenda_file(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    """Regression: `--session KEY` then a full export put that talk in as CANCELLED."""
    planner, conference_id = agenda
    planner.exports.ics(conference_id, tmp_path / "one.ics", keys=["guid:d"])
    out = tmp_path / "agenda.ics"
    planner.exports.ics(conference_id, out)
    assert event_uid("demo", "guid:d") not in sequences(out)
    assert b"CANCELLED" not in out.read_bytes()
    # And the one-session file, exported again, keeps its own state.
    planner.exports.ics(conference_id, tmp_path / "one.ics", keys=["guid:d"])
    assert sequences(tmp_path / "one.ics") == {event_uid("demo", "guid:d"): (0, "CONFIRMED")}


def test_unstarred_session_is_removed_not_called_dropped(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    """Regression: an unstarred talk was described as "no longer in the program"."""
    planner, conference_id = agenda
    out = tmp_path / "agenda.ics"
    planner.exports.ics(conference_id, out)
    planner.agenda.unstar(conference_id, "guid:c")
    planner.exports.ics(conference_id, out)
    assert event_uid("demo", "guid:c") not in sequences(out)
    assert b"no longer in" not in out.read_bytes()
    planner.agenda.star(conference_id, "guid:c")  # back: a higher SEQUENCE than before
    planner.exports.ics(conference_id, out)
    assert sequences(out)[event_uid("demo", "guid:c")] == (1, "CONFIRMED")


def test_starred_session_that_left_the_program_is_cancelled(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = agenda
    out = tmp_path / "agenda.ics"
    planner.exports.ics(conference_id, out)
    planner.imports.program(program(talk("guid:b", "Parallel talk", at=15, room="Hall B")))
    planner.exports.ics(conference_id, out)
    events = {e.uid.value: e for e in vobject.readOne(out.read_text()).vevent_list}
    dropped = events[event_uid("demo", "guid:a")]
    assert dropped.status.value == "CANCELLED"
    assert dropped.transp.value == "TRANSPARENT"
    assert dropped.sequence.value == "1"
    assert "no longer in the conference program" in dropped.description.value
    assert "valarm" not in dropped.contents


def test_location_names_the_room_and_the_venue(empty_planner: Planner, tmp_path: Path) -> None:
    demo = replace(program(talk("guid:v", "At the venue", room="K.1.105")), venue="ULB, Brussels")
    conference_id = empty_planner.imports.program(demo).value.conference_id
    empty_planner.agenda.star(conference_id, "guid:v")
    out = tmp_path / "v.ics"
    empty_planner.exports.ics(conference_id, out)
    [event] = parse_strict(out).events
    assert event.location == "K.1.105, ULB, Brussels"


def test_live_calendar_file_follows_the_agenda(agenda: tuple[Planner, int], tmp_path: Path) -> None:
    planner, conference_id = agenda
    live = tmp_path / "live" / "agenda.ics"
    planner.exports.set_live_calendar(conference_id, live)
    assert len(parse_strict(live).events) == 2
    raw = live.read_bytes()
    assert b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT15M\r\n" in raw
    assert b"\r\nX-PUBLISHED-TTL:PT15M\r\n" in raw
    planner.agenda.star(conference_id, "guid:d")
    assert len(parse_strict(live).events) == 3
    planner.agenda.set_statuses(conference_id, {"guid:d": Status.PLAN_B})
    assert len(parse_strict(live).events) == 2  # plan B is not in this file: removed
    planner.exports.set_live_calendar(conference_id, None)
    before = live.read_bytes()
    planner.agenda.star(conference_id, "guid:d", status=Status.ATTEND)
    assert live.read_bytes() == before
    assert sorted(p.name for p in live.parent.iterdir()) == ["agenda.ics"]  # no temp files


def test_live_calendar_write_failure_does_not_undo_the_change(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = agenda
    blocker = tmp_path / "file"
    blocker.mkdir()
    chosen = planner.exports.set_live_calendar(conference_id, blocker / "agenda.ics")
    assert [r.ok for r in chosen.reports] == [True]
    shutil.rmtree(blocker)
    blocker.write_text("not a folder")  # the live file's folder is gone: writes fail
    starred = planner.agenda.star(conference_id, "guid:d")
    assert planner.catalog.talk(conference_id, "guid:d").starred
    [problem] = starred.problems
    assert "could not be written" in problem.message
    assert str(blocker / "agenda.ics") in problem.message
    # The next change tries again (and still reports), and is not blocked either.
    assert planner.agenda.unstar(conference_id, "guid:d").problems
    assert not planner.catalog.talk(conference_id, "guid:d").starred


def test_cli_export_ics(tmp_path: Path) -> None:
    from planner.cli import main

    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "star", "ksl19-is-kafka-a-database"], out=io.StringIO()) == 0
    out = tmp_path / "mine.ics"
    text = io.StringIO()
    assert (
        main(["--data-dir", data, "export", "ics", str(out), "--alarm", "10", "--json"], out=text)
        == 0
    )
    assert '"events": 1' in text.getvalue()
    [event] = parse_strict(out).events
    assert event.summary == "Is Kafka a Database?"
    assert event.dtstart == datetime(2019, 5, 14, 8, 0, tzinfo=UTC)


def test_same_instant_in_two_zones_keeps_each_zone(empty_planner: Planner, tmp_path: Path) -> None:
    """Serialised lines are reused across exports; equal instants in different zones
    (which compare equal in Python) must still get their own TZID and wall time."""
    written = {}
    for zone in ("Europe/Berlin", "America/New_York"):
        demo = program(talk("guid:same", "Same instant"), title=zone, acronym=zone, zone=zone)
        conference_id = empty_planner.imports.program(demo).value.conference_id
        empty_planner.agenda.star(conference_id, "guid:same")
        out = tmp_path / f"{zone.replace('/', '-')}.ics"
        empty_planner.exports.ics(conference_id, out)
        written[zone] = parse_strict(out).events[0].dtstart
    assert written["Europe/Berlin"] == written["America/New_York"]  # one instant...
    assert str(written["Europe/Berlin"].tzinfo) == "Europe/Berlin"  # ...two zones
    assert str(written["America/New_York"].tzinfo) == "America/New_York"
    assert written["America/New_York"].hour == written["Europe/Berlin"].hour - 6


def test_a_live_file_whose_first_write_fails_is_not_kept(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    """`export ics FOLDER/ --live`: refused, and nothing is stored - no target that every
    later star would warn about - while the live file chosen before stays the live file."""
    planner, conference_id = agenda
    before_live = tmp_path / "live.ics"
    planner.exports.set_live_calendar(conference_id, before_live)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    before = database_digest(planner)
    with pytest.raises(PlannerError, match="the calendar file could not be written"):
        planner.exports.set_live_calendar(conference_id, folder)
    assert database_digest(planner) == before
    live = planner.exports.files.live(conference_id)
    assert live is not None
    assert live.location == str(before_live)
    assert planner.agenda.star(conference_id, "guid:d").problems == ()


def test_an_export_that_is_refused_stores_nothing(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    """`export ics X.ics --session nope`, a file that cannot be written, a bad alarm:
    the database's bytes are as they were, and no file is left."""
    planner, conference_id = agenda
    out = tmp_path / "x.ics"
    before = database_digest(planner)
    with pytest.raises(NotFoundError):
        planner.exports.ics(conference_id, out, keys=["nope"])
    with pytest.raises(PlannerError, match="could not be written"):
        planner.exports.ics(conference_id, tmp_path)
    with pytest.raises(UsageError):
        planner.exports.ics(conference_id, out, alarm_minutes=-1)
    assert database_digest(planner) == before
    assert not out.exists()


def test_an_exported_files_bookkeeping_keeps_the_revision(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    """An exported file's per-session state is shown by no view: an open window watching
    the revision has nothing to read again."""
    planner, conference_id = agenda
    revision = planner.catalog.revision()
    planner.exports.ics(conference_id, tmp_path / "x.ics")
    planner.exports.ics(conference_id, tmp_path / "x.ics", alarm_minutes=5)
    assert planner.catalog.revision() == revision
    with planner.database.reading() as session:
        [target] = targets.list_targets(session, kinds=(TargetKind.FILE,))
    assert target.alarm_minutes == 5
