"""Storing programs: round trip, re-import updates, stars that survive everything."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from planner.domain.agenda import Priority, Status
from planner.domain.links import Link
from planner.domain.updates import ChangeKind
from planner.services import Planner

from ..factories import program, talk


def test_round_trip_keeps_every_field(empty_planner: Planner) -> None:
    original = program(
        talk(
            "guid:1",
            "Opening",
            speakers=("Ada", "Grace"),
            subtitle="Welcome",
            type="keynote",
            language="en",
            abstract="Line one\n\nLine two, with ünïcode ✓",
            description="Longer",
            url="https://example.org/1",
            links=(Link("https://example.org/slides", "Slides"),),
        ),
        talk("guid:2", "Untitled label…", at=60, room="Hall B", track="Side", untitled=True),
    )
    report = empty_planner.imports.program(original).value
    assert report.created
    assert (report.sessions, report.speakers, report.rooms, report.tracks, report.days) == (
        2,
        2,
        2,
        2,
        1,
    )
    stored = empty_planner.catalog.talks(report.conference_id)
    assert [t.key for t in stored] == ["guid:1", "guid:2"]
    first, second = stored
    assert first.title == "Opening"
    assert first.subtitle == "Welcome"
    assert first.type == "keynote"
    assert first.abstract == "Line one\n\nLine two, with ünïcode ✓"
    assert first.speaker_names == ("Ada", "Grace")
    assert first.links == (Link("https://example.org/slides", "Slides"),)
    assert first.start == original.talks[0].start
    assert first.start.utcoffset() == timedelta(0)
    assert first.track_color == "#336699"
    assert second.untitled
    assert second.room == "Hall B"
    assert second.track_color.startswith("#")


def test_stars_survive_reimport_and_restart(empty_planner: Planner, tmp_path) -> None:
    base = program(talk("guid:1"), talk("guid:2", at=60))
    conference_id = empty_planner.imports.program(base).value.conference_id
    empty_planner.agenda.star(conference_id, "guid:1", Priority.MUST)
    empty_planner.agenda.star(conference_id, "guid:2", status=Status.PLAN_B, note="if room")
    again = empty_planner.imports.program(base).value
    assert again.conference_id == conference_id
    assert not again.created
    assert again.changes == ()
    path = empty_planner.database.path
    empty_planner.close()
    reopened = Planner.open(path)
    try:
        stars = {t.key: t.star for t in reopened.catalog.talks(conference_id)}
        assert stars["guid:1"] is not None
        assert stars["guid:1"].priority is Priority.MUST
        assert stars["guid:2"] is not None
        assert stars["guid:2"].status is Status.PLAN_B
        assert stars["guid:2"].note == "if room"
    finally:
        reopened.close()


def test_update_report_and_star_fates(empty_planner: Planner) -> None:
    before = program(
        talk("guid:stay", "Stays"),
        talk("guid:move", "Moves", at=60, speakers=("Bob",)),
        talk("guid:gone", "Vanishes", at=120),
        talk("guid:rekey", "Re-keyed Talk", at=180, speakers=("Cy",)),
        talk("guid:rename", "Old name", at=240),
        talk("guid:quiet", "Unstarred and removed", at=300),
    )
    conference_id = empty_planner.imports.program(before).value.conference_id
    for key in ("guid:stay", "guid:move", "guid:gone", "guid:rekey", "guid:rename"):
        empty_planner.agenda.star(conference_id, key, Priority.WANT)

    after = program(
        talk("guid:stay", "Stays"),
        talk("guid:move", "Moves", at=90, room="Hall C", speakers=("Bob",)),
        talk("guid:NEW-KEY", "Re-keyed talk", at=180, speakers=("Cy",)),
        talk("guid:rename", "New name", at=240),
        talk("guid:added", "Brand new", at=400),
    )
    report = empty_planner.imports.program(after).value
    assert report.conference_id == conference_id
    kinds = {(c.kind, c.key) for c in report.changes}
    assert kinds == {
        (ChangeKind.REMOVED, "guid:gone"),
        (ChangeKind.REMOVED, "guid:quiet"),
        (ChangeKind.MOVED, "guid:move"),
        (ChangeKind.CHANGED, "guid:rename"),
        (ChangeKind.CHANGED, "guid:NEW-KEY"),
        (ChangeKind.ADDED, "guid:added"),
    }
    # Changes touching stars come first.
    starred_flags = [c.starred for c in report.changes]
    assert starred_flags == sorted(starred_flags, reverse=True)
    assert {c.key for c in report.changes if not c.starred} == {"guid:quiet", "guid:added"}
    rekeyed = next(c for c in report.changes if c.key == "guid:NEW-KEY")
    assert rekeyed.previous_key == "guid:rekey"
    moved = next(c for c in report.changes if c.key == "guid:move")
    assert any("room Hall A → Hall C" in d for d in moved.details)

    talks = {t.key: t for t in empty_planner.catalog.talks(conference_id)}
    # The star followed the re-keyed session; the vanished starred one stays, cancelled.
    assert talks["guid:NEW-KEY"].starred
    assert "guid:rekey" not in talks
    assert talks["guid:gone"].cancelled
    assert talks["guid:gone"].starred
    assert "guid:quiet" not in talks
    assert talks["guid:move"].room == "Hall C"
    assert talks["guid:move"].starred
    assert talks["guid:rename"].title == "New name"
    assert talks["guid:rename"].starred
    assert not talks["guid:added"].starred
    assert sum(t.starred for t in talks.values()) == 5
    [conference] = empty_planner.catalog.conferences()
    assert conference.talk_count == 5  # cancelled sessions are not counted as program

    # Importing the same version again: nothing to report, the cancelled one stays.
    quiet = empty_planner.imports.program(after).value
    assert quiet.changes == ()
    assert {t.key for t in empty_planner.catalog.talks(conference_id)} == set(talks)

    # It comes back: no longer cancelled, reported, star intact.
    back = empty_planner.imports.program(
        replace(after, talks=(*after.talks, before.talks[2]))
    ).value
    [restored] = [c for c in back.changes if c.key == "guid:gone"]
    assert restored.kind is ChangeKind.ADDED
    assert restored.details == ("back in the program",)
    gone = empty_planner.catalog.talk(conference_id, "guid:gone")
    assert not gone.cancelled
    assert gone.starred


def test_a_different_conference_is_imported_beside(empty_planner: Planner) -> None:
    first = empty_planner.imports.program(program(talk("guid:1"))).value
    second = empty_planner.imports.program(
        program(talk("guid:1"), title="Other", acronym="OTHER")
    ).value
    assert first.conference_id != second.conference_id
    empty_planner.agenda.star(second.conference_id, "guid:1")
    assert not empty_planner.catalog.talk(first.conference_id, "guid:1").starred
    assert len(empty_planner.catalog.conferences()) == 2


def test_unreferenced_rooms_tracks_and_speakers_are_dropped(empty_planner: Planner) -> None:
    conference_id = empty_planner.imports.program(
        program(
            talk("guid:1", room="Old Room", track="Old Track", speakers=("Old Speaker",)),
        )
    ).value.conference_id
    report = empty_planner.imports.program(
        program(
            talk("guid:1", room="New Room", track="Main", speakers=("New Speaker",)),
        )
    ).value
    assert (report.rooms, report.speakers) == (1, 1)
    [stored] = empty_planner.catalog.talks(conference_id)
    assert (stored.room, stored.track, stored.speaker_names) == (
        "New Room",
        "Main",
        ("New Speaker",),
    )
    from sqlalchemy import text

    with empty_planner.database.reading() as session:
        rooms = session.execute(text("SELECT name FROM rooms")).scalars().all()
        speakers = session.execute(text("SELECT name FROM speakers")).scalars().all()
    assert rooms == ["New Room"]
    assert speakers == ["New Speaker"]


def test_bulk_written_times_match_the_orm_format(empty_planner: Planner) -> None:
    """The writer's fast path must store instants exactly as the ORM column type would."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from planner.storage.schema import BusyBlock

    conference_id = empty_planner.imports.program(program(talk("guid:1"))).value.conference_id
    with empty_planner.database.transaction() as session:
        session.add(
            BusyBlock(
                conference_id=conference_id,
                title="x",
                start=datetime(2024, 3, 1, 8, 0, tzinfo=UTC),
                end=datetime(2024, 3, 1, 8, 30, tzinfo=UTC),
            )
        )
    with empty_planner.database.reading() as session:
        orm_text = session.execute(text("SELECT start FROM busy_blocks")).scalar_one()
        bulk_text = session.execute(text("SELECT start FROM talks")).scalar_one()
    assert orm_text == bulk_text == "2024-03-01 08:00:00.000000"
