"""Every mutating use case says what it changed, in one transaction, and its subscribers
hear of it after the commit without being able to undo it."""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest

from planner.domain.agenda import Priority, Status
from planner.domain.changes import NO_CHANGES, Changes, Report, Setting
from planner.domain.conflicts import ConflictSettings
from planner.domain.preferences import CONFLICTS
from planner.storage import repo

from ..factories import program, talk

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from planner.services import Planner


# -- the value ----------------------------------------------------------------------------
def test_changes_combine_without_loss_across_conferences() -> None:
    a = Changes.of_stars(1, ["x", "y"]) | Changes.of_busy(1)
    b = Changes.of_stars(2, ["x"]) | Changes.of_setting(2, Setting.CONFLICTS)
    both = a | b
    assert both.star_keys(1) == {"x", "y"}
    assert both.star_keys(2) == {"x"}
    assert both.busy_changed(1)
    assert not both.busy_changed(2)
    assert both.setting_changed(2, Setting.CONFLICTS)
    assert not both.setting_changed(1, Setting.CONFLICTS)
    assert both.conference_ids == {1, 2}
    assert both.agenda_changed(1)
    assert both.agenda_changed(2)
    assert not both.agenda_changed(3)
    assert (a | b) == (b | a)
    assert (a | NO_CHANGES) == a
    assert not NO_CHANGES
    assert a


def test_a_busy_block_or_a_setting_is_not_an_agenda_change_for_calendars() -> None:
    changes = Changes.of_busy(1) | Changes.of_setting(1, Setting.CONFLICTS)
    assert not changes.agenda_changed(1)
    assert Changes.of_program(1).agenda_changed(1)
    assert Changes.of_program(1).conference_list


def test_unknown_changes_are_everything() -> None:
    anything = Changes.anything()
    assert anything.program_changed(5)
    assert anything.busy_changed(5)
    assert anything.overlays_changed(5)
    assert anything.setting_changed(5, Setting.LIVE_CALENDAR)
    assert anything.agenda_changed(5)


def test_one_key_is_not_a_collection_of_keys() -> None:
    with pytest.raises(TypeError):
        Changes.of_stars(1, "guid:a")


# -- what each use case reports, and how many transactions it takes --------------------------
@pytest.fixture
def demo(empty_planner: Planner, tmp_path: Path) -> tuple[Planner, int]:
    conference_id = empty_planner.imports.program(
        program(
            talk("guid:a", at=0, room="Hall A"),
            talk("guid:b", at=10, room="Hall B"),
            talk("guid:c", at=120),
        )
    ).value.conference_id
    empty_planner.agenda.star(conference_id, "guid:a")
    empty_planner.agenda.star(conference_id, "guid:b")
    return empty_planner, conference_id


@contextlib.contextmanager
def counting_sessions(planner: Planner) -> Iterator[list[str]]:
    """Record every session the database hands out while the block runs."""
    opened: list[str] = []
    database = planner.database
    transaction, reading = database.transaction, database.reading

    @contextlib.contextmanager
    def counted(kind: str, make: Callable[[], Any]) -> Iterator[Any]:
        opened.append(kind)
        with make() as session:
            yield session

    database.transaction = lambda **options: counted(  # type: ignore[method-assign]
        "write", lambda: transaction(**options)
    )
    database.reading = lambda: counted("read", reading)  # type: ignore[method-assign]
    try:
        yield opened
    finally:
        del database.transaction, database.reading


def operations(
    conference_id: int, tmp_path: Path
) -> list[tuple[str, Callable[[Planner], Any], Changes]]:
    start = program(talk("x")).talks[0].start
    return [
        ("star", lambda p: p.agenda.star(conference_id, "guid:c"), _stars(conference_id, "guid:c")),
        (
            "unstar",
            lambda p: p.agenda.unstar(conference_id, "guid:a"),
            _stars(conference_id, "guid:a"),
        ),
        (
            "priority",
            lambda p: p.agenda.star(conference_id, "guid:a", Priority.MUST),
            _stars(conference_id, "guid:a"),
        ),
        (
            "restore",
            lambda p: p.agenda.restore_star(conference_id, "guid:a", None),
            _stars(conference_id, "guid:a"),
        ),
        (
            "statuses",
            lambda p: p.agenda.set_statuses(conference_id, {"guid:a": Status.PLAN_B}),
            _stars(conference_id, "guid:a"),
        ),
        (
            "resolve keep",
            lambda p: p.agenda.resolve_keep(conference_id, "guid:b"),
            _stars(conference_id, "guid:a", "guid:b"),
        ),
        (
            "resolve auto",
            lambda p: p.agenda.resolve_auto(conference_id),
            _stars(conference_id, "guid:b"),
        ),
        (
            "settings",
            lambda p: p.agenda.set_conflict_settings(conference_id, ConflictSettings(9)),
            Changes.of_setting(conference_id, Setting.CONFLICTS),
        ),
        (
            "busy",
            lambda p: p.agenda.add_busy(conference_id, "Lunch", start, start + timedelta(hours=1)),
            Changes.of_busy(conference_id),
        ),
        (
            "live file",
            lambda p: p.exports.set_live_calendar(conference_id, tmp_path / "live.ics"),
            Changes.of_setting(conference_id, Setting.LIVE_CALENDAR)
            | Changes.of_targets(conference_id),  # the live file is a calendar target
        ),
        (
            "import",
            lambda p: p.imports.program(program(talk("guid:a"), talk("guid:d"))),
            Changes.of_program(conference_id),
        ),
    ]


def _stars(conference_id: int, *keys: str) -> Changes:
    return Changes.of_stars(conference_id, keys)


@pytest.mark.parametrize("index", range(11))
def test_each_mutating_use_case_is_one_transaction_and_names_its_changes(
    demo: tuple[Planner, int], tmp_path: Path, index: int
) -> None:
    planner, conference_id = demo
    name, operation, expected = operations(conference_id, tmp_path)[index]
    planner.subscribers.remove(planner.local_calendars)  # its own reads are not counted
    before = planner.catalog.revision()
    with counting_sessions(planner) as opened:
        result = operation(planner)
    assert opened == ["write"], name
    assert result.changes == expected, name
    assert planner.catalog.revision() != before, name


def test_a_dry_run_reads_in_one_transaction_and_leaves_the_revision_alone(
    demo: tuple[Planner, int],
) -> None:
    planner, conference_id = demo
    before = planner.catalog.revision()
    with counting_sessions(planner) as opened:
        result = planner.agenda.resolve_auto(conference_id, dry_run=True)
    assert opened == ["write"]
    assert result.value.changes  # there is something it would change...
    assert not result.changes  # ...but nothing was
    assert planner.catalog.revision() == before


def test_resolving_what_needs_no_change_changes_nothing(demo: tuple[Planner, int]) -> None:
    planner, conference_id = demo
    planner.agenda.resolve_keep(conference_id, "guid:b")
    before = planner.catalog.revision()
    again = planner.agenda.resolve_keep(conference_id, "guid:b")
    assert again.value == {}
    assert not again.changes
    assert planner.catalog.revision() == before


def test_removing_an_overlay_names_its_conference(
    demo: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = demo
    shared = tmp_path / "me.planner-agenda"
    planner.sharing.export_agenda(conference_id, shared, "Me")
    added = planner.sharing.import_agenda(shared)
    assert added.changes == Changes.of_overlays(conference_id)
    overlay_id = added.value.overlay.id
    assert planner.sharing.set_overlay_visible(overlay_id, False).changes == added.changes
    merged = planner.sharing.merge_overlay(overlay_id)
    assert merged.value == []  # they attend what I attend
    assert planner.sharing.remove_overlay(overlay_id).changes == added.changes


# -- subscribers ------------------------------------------------------------------------------
class Recorder:
    name = "the recorder"

    def __init__(self, planner: Planner, fail: BaseException | None = None) -> None:
        self.planner = planner
        self.fail = fail
        self.seen: list[tuple[Changes, bool]] = []

    def agenda_changed(self, changes: Changes) -> list[Report]:
        # What it reads is what was committed.
        [(conference_id, key)] = changes.stars
        starred = self.planner.catalog.talk(conference_id, key).starred
        self.seen.append((changes, starred))
        if self.fail is not None:
            raise self.fail
        return [Report(self.name, True, f"saw {key}")]


def test_subscribers_hear_each_committed_change_and_report(demo: tuple[Planner, int]) -> None:
    planner, conference_id = demo
    recorder = Recorder(planner)
    planner.subscribers.add(recorder)
    result = planner.agenda.star(conference_id, "guid:c")
    assert recorder.seen == [(Changes.of_stars(conference_id, ["guid:c"]), True)]
    assert result.reports == (Report("the recorder", True, "saw guid:c"),)
    assert result.problems == ()
    planner.agenda.conflicts(conference_id)  # a read: nobody is told anything
    assert len(recorder.seen) == 1


@pytest.mark.parametrize(
    "failure", [OSError(28, "No space left on device"), OverflowError("year 10000 is out of range")]
)
def test_a_failing_subscriber_never_undoes_or_blocks_a_change(
    demo: tuple[Planner, int], failure: BaseException
) -> None:
    planner, conference_id = demo
    planner.subscribers.add(Recorder(planner, failure))
    first = planner.agenda.star(conference_id, "guid:c")
    assert planner.catalog.talk(conference_id, "guid:c").starred  # committed all the same
    [problem] = first.problems
    assert problem.message == f"the recorder: {failure}"
    second = planner.agenda.unstar(conference_id, "guid:c")  # and the next one runs too
    assert second.value.before is not None
    assert second.value.after is None
    assert not planner.catalog.talk(conference_id, "guid:c").starred
    assert len(second.problems) == 1


def test_the_live_calendar_file_follows_changes_and_reports(
    demo: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = demo
    live = tmp_path / "live.ics"
    chosen = planner.exports.set_live_calendar(conference_id, live)
    assert [r.ok for r in chosen.reports] == [True]
    assert live.read_bytes().count(b"BEGIN:VEVENT") == 2
    planner.agenda.star(conference_id, "guid:c")
    assert live.read_bytes().count(b"BEGIN:VEVENT") == 3
    live.unlink()
    start = program(talk("x")).talks[0].start
    busy = planner.agenda.add_busy(conference_id, "Lunch", start, start + timedelta(hours=1))
    assert busy.reports == ()  # busy blocks are not in the calendar: not rewritten
    assert not live.exists()
    planner.exports.set_live_calendar(conference_id, None)
    assert planner.agenda.unstar(conference_id, "guid:c").reports == ()
    assert not live.exists()


def test_the_cli_warns_of_a_failed_live_file_but_the_star_stands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.cli import main
    from planner.services import Planner

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "conferences"], out=io.StringIO()) == 0
    core = Planner.open(data / "planner.sqlite3")
    conference_id = core.catalog.conference().id
    blocker = tmp_path / "file"
    blocker.mkdir()
    core.exports.set_live_calendar(conference_id, blocker / "agenda.ics")
    core.close()
    shutil.rmtree(blocker)  # a folder that is now a file: the live file cannot be written
    blocker.write_text("not a folder")
    errors = io.StringIO()
    monkeypatch.setattr(sys, "stderr", errors)
    key = "ksl19-is-kafka-a-database"
    assert main(["--data-dir", str(data), "star", key], out=io.StringIO()) == 0
    [line] = errors.getvalue().splitlines()
    assert line.startswith(f"planner: warning: {blocker / 'agenda.ics'}: ")
    assert "could not be written" in line
    core = Planner.open(data / "planner.sqlite3")
    assert core.catalog.talk(conference_id, key).starred
    core.close()


# -- typed preferences ------------------------------------------------------------------------
def test_settings_keep_their_stored_keys_and_read_garbage_as_default(
    demo: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = demo
    settings = ConflictSettings(7, 2, {frozenset({"Hall A", "Hall B"}): 12})
    planner.agenda.set_conflict_settings(conference_id, settings)
    planner.exports.set_live_calendar(conference_id, tmp_path / "x.ics", alarm_minutes=5)
    with planner.database.reading() as session:
        # The spelling every released database has: it must not change.
        assert repo.get_preference(session, f"conflicts:{conference_id}") == settings.to_json()
    assert planner.agenda.conflict_settings(conference_id) == settings
    live = planner.exports.files.live(conference_id)  # a calendar target since v4
    assert live is not None
    assert (live.location, live.include_plan_b, live.alarm_minutes) == (
        str(tmp_path / "x.ics"),
        False,
        5,
    )
    assert CONFLICTS.key(conference_id) == f"conflicts:{conference_id}"
    with planner.database.transaction() as session:
        repo.set_preference(
            session, CONFLICTS.key(conference_id), {"room_buffers": [["a", "b", "x"]]}
        )
    assert planner.agenda.conflict_settings(conference_id) == ConflictSettings()


# -- revisions: whose write was it? ---------------------------------------------------------
def test_the_database_tells_its_own_writes_from_anyone_elses(
    demo: tuple[Planner, int],
) -> None:
    from planner.services import Planner

    planner, conference_id = demo
    seen = planner.catalog.revision()
    planner.agenda.star(conference_id, "guid:c")
    planner.agenda.unstar(conference_id, "guid:c")
    mine = planner.catalog.revision()
    assert not planner.database.written_since(seen, mine)  # only our own writes since
    other = Planner.open(planner.database.path)  # a second process, say
    other.agenda.star(conference_id, "guid:c")
    other.close()
    theirs = planner.catalog.revision()
    assert planner.database.written_since(mine, theirs)
    planner.agenda.unstar(conference_id, "guid:c")  # ours, right after theirs
    assert planner.database.written_since(mine, planner.catalog.revision())
