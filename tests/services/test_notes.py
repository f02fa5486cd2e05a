"""A note on a session is the user's, starred or not; a note alone plans nothing.

A note on a session without a star is kept apart from the stars, so that nothing that
reads the plan (clashes, My Agenda, calendar and CSV exports, a shared agenda) sees it."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from planner import cli_json
from planner.domain.agenda import Priority, Status
from planner.domain.errors import NotFoundError

from ..factories import program, talk

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def demo(empty_planner: Planner) -> tuple[Planner, int]:
    conference_id = empty_planner.imports.program(
        program(
            talk("guid:a", "Opening"),
            talk("guid:b", "Parallel", at=10),  # clashes with guid:a
            talk("guid:c", "Later", at=120),
        )
    ).value.conference_id
    return empty_planner, conference_id


def test_a_note_on_an_unstarred_session_plans_nothing(
    demo: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = demo
    planner.agenda.star(conference_id, "guid:a")
    change = planner.agenda.set_note(conference_id, "guid:b", "Bring laptop").value
    assert (change.before.note, change.before.star) == ("", None)
    assert (change.after.note, change.after.star) == ("Bring laptop", None)

    noted = planner.catalog.talk(conference_id, "guid:b")
    assert noted.note == "Bring laptop"
    assert noted.star is None
    # Not in the plan: My Agenda, clashes, exports, sharing.
    starred = [t.key for t in planner.catalog.talks(conference_id, starred_only=True)]
    assert starred == ["guid:a"]
    assert planner.agenda.conflicts(conference_id).sets == ()
    assert [c.key for c in planner.agenda.commitments(conference_id)[0]] == ["guid:a"]
    assert planner.exports.ics(conference_id, tmp_path / "plan.ics").value == 1
    assert "Bring laptop" not in (tmp_path / "plan.ics").read_text(encoding="utf-8")
    assert planner.exports.csv(conference_id, tmp_path / "plan.csv") == 1
    assert "Bring laptop" not in (tmp_path / "plan.csv").read_text(encoding="utf-8")
    assert planner.sharing.export_agenda(conference_id, tmp_path / "mine.json") == 1
    assert "Bring laptop" not in (tmp_path / "mine.json").read_text(encoding="utf-8")
    # The command line says it is not starred, and shows the note.
    document = cli_json.session_json(noted, BERLIN)
    assert (document["starred"], document["priority"], document["status"]) == (False, None, None)
    assert document["note"] == "Bring laptop"
    unnoted = cli_json.session_json(planner.catalog.talk(conference_id, "guid:c"), BERLIN)
    assert (unnoted["starred"], unnoted["note"]) == (False, None)  # as before: no note


def test_a_note_on_a_starred_session_is_its_stars(demo: tuple[Planner, int]) -> None:
    planner, conference_id = demo
    star = planner.agenda.star(conference_id, "guid:a", Priority.MUST, Status.PLAN_B).value.after
    assert star is not None
    change = planner.agenda.set_note(conference_id, "guid:a", "front row").value
    assert change.before.star == star
    assert change.after.star is not None
    kept = planner.catalog.talk(conference_id, "guid:a")
    assert kept.star is not None
    assert (kept.star.priority, kept.star.status, kept.star.note) == (
        Priority.MUST,
        Status.PLAN_B,
        "front row",
    )
    assert kept.note == "front row"
    assert kept.star.created == star.created


def test_starring_takes_the_note_and_unstarring_leaves_it(demo: tuple[Planner, int]) -> None:
    planner, conference_id = demo
    planner.agenda.set_note(conference_id, "guid:b", "if room")
    planner.agenda.toggle_star(conference_id, "guid:b")
    starred = planner.catalog.talk(conference_id, "guid:b")
    assert starred.star is not None
    assert starred.star.note == "if room"
    removed = planner.agenda.unstar(conference_id, "guid:b").value
    assert removed.before is not None
    assert removed.before.note == "if room"
    left = planner.catalog.talk(conference_id, "guid:b")
    assert (left.star, left.note) == (None, "if room")
    # Starring again (with a priority) finds it again.
    planner.agenda.star(conference_id, "guid:b", Priority.MAYBE)
    again = planner.catalog.talk(conference_id, "guid:b")
    assert again.star is not None
    assert again.star.note == "if room"


def test_one_place_for_each_note(demo: tuple[Planner, int], tmp_path: Path) -> None:
    """Whatever happens to the star, the note is in exactly one row: the star's, or the
    loose one's - never both, never neither."""
    planner, conference_id = demo
    planner.agenda.set_note(conference_id, "guid:a", "one")
    planner.agenda.toggle_star(conference_id, "guid:a")
    planner.agenda.set_statuses(conference_id, {"guid:a": None})
    planner.agenda.resolve_keep(conference_id, "guid:a")
    planner.close()
    connection = sqlite3.connect(tmp_path / "db" / "planner.sqlite3")
    try:
        rows = connection.execute(
            "SELECT 'star', note FROM stars WHERE talk_key = 'guid:a' UNION ALL "
            "SELECT 'loose', note FROM loose_notes WHERE talk_key = 'guid:a'"
        ).fetchall()
    finally:
        connection.close()
    assert rows == [("star", "one")]


def test_undo_puts_the_note_and_the_star_back_exactly(demo: tuple[Planner, int]) -> None:
    planner, conference_id = demo
    planner.agenda.star(conference_id, "guid:a", note="old")
    change = planner.agenda.set_note(conference_id, "guid:a", "new").value
    planner.agenda.restore_note(conference_id, "guid:a", change.before)
    assert planner.catalog.talk(conference_id, "guid:a").star == change.before.star
    planner.agenda.restore_note(conference_id, "guid:a", change.after)
    assert planner.catalog.talk(conference_id, "guid:a").star == change.after.star

    loose = planner.agenda.set_note(conference_id, "guid:c", "later").value
    planner.agenda.restore_note(conference_id, "guid:c", loose.before)
    assert planner.catalog.talk(conference_id, "guid:c").note == ""
    planner.agenda.restore_note(conference_id, "guid:c", loose.after)
    assert planner.catalog.talk(conference_id, "guid:c").note == "later"
    assert planner.catalog.talk(conference_id, "guid:c").star is None


def test_clearing_a_loose_note_leaves_no_row(demo: tuple[Planner, int], tmp_path: Path) -> None:
    planner, conference_id = demo
    planner.agenda.set_note(conference_id, "guid:c", "later")
    planner.agenda.set_note(conference_id, "guid:c", "")
    assert planner.catalog.talk(conference_id, "guid:c").note == ""
    connection = sqlite3.connect(tmp_path / "db" / "planner.sqlite3")
    try:
        assert connection.execute("SELECT count(*) FROM loose_notes").fetchone() == (0,)
    finally:
        connection.close()


def test_a_note_on_no_such_session_is_refused(demo: tuple[Planner, int]) -> None:
    planner, conference_id = demo
    with pytest.raises(NotFoundError):
        planner.agenda.set_note(conference_id, "guid:nope", "lost?")


def test_the_session_list_shows_a_loose_note(demo: tuple[Planner, int]) -> None:
    planner, conference_id = demo
    planner.agenda.set_note(conference_id, "guid:b", "Bring laptop")
    documents = [cli_json.session_json(t, BERLIN) for t in planner.catalog.talks(conference_id)]
    assert json.loads(json.dumps(documents))[1]["note"] == "Bring laptop"


def test_a_noted_session_that_leaves_the_program_is_kept_with_its_note(
    demo: tuple[Planner, int],
) -> None:
    planner, conference_id = demo
    planner.agenda.set_note(conference_id, "guid:c", "ask about EOS")
    smaller = program(talk("guid:a", "Opening"), talk("guid:b", "Parallel", at=10))
    planner.imports.program(smaller)
    kept = planner.catalog.talk(conference_id, "guid:c")
    assert (kept.cancelled, kept.star, kept.note) == (True, None, "ask about EOS")
    # Its note cleared, the next import lets it go, as it does an unstarred cancelled one.
    planner.agenda.set_note(conference_id, "guid:c", "")
    planner.imports.program(smaller)
    with pytest.raises(NotFoundError):
        planner.catalog.talk(conference_id, "guid:c")
