"""The quick-start snapshot: the revision that proves it current, its encoding, its refusals."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest

from planner.domain.agenda import Priority, Status
from planner.domain.conflicts import ConflictSettings
from planner.domain.errors import BadInputError
from planner.quickstart import (
    SNAPSHOT_NAME,
    QuickStart,
    StartupPlanner,
    call_key,
    decode,
    encode,
    load_snapshot,
    save_snapshot,
)
from planner.services import Planner
from planner.storage.revision import read_file as read_revision

from .conftest import REPO

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

KEYNOTE = "ksl19:keynote-1"


def startup_reads(planner: Any) -> dict[str, Any]:
    """What the window asks to paint itself (the same calls, in the same order)."""
    conference = planner.catalog.conference()
    return {
        "conferences": planner.catalog.conferences(),
        "conference": conference,
        "talks": planner.catalog.talks(conference.id),
        "busy": planner.agenda.busy_blocks(conference.id),
        "overlays": planner.sharing.overlays(conference.id),
        "settings": planner.agenda.conflict_settings(conference.id),
    }


def start_once(database: Path, cache: Path) -> None:
    """An ordinary start (no snapshot yet), which keeps one for the next start."""
    first = QuickStart(database, cache)
    first.begin()
    startup_reads(first.planner)
    first.after_first_paint()
    first.planner.close()


@pytest.fixture
def rich(planner: Planner, tmp_path: Path) -> Planner:
    """The bundled program with stars, a note, a busy block, clash settings and an overlay."""
    conference = planner.catalog.conference()
    keys = [t.key for t in planner.catalog.talks(conference.id)]
    planner.agenda.star(conference.id, keys[0], Priority.MUST, note="front row; « ok »")
    planner.agenda.star(conference.id, keys[1], status=Status.PLAN_B)
    start = planner.catalog.talks(conference.id)[3].start
    planner.agenda.add_busy(conference.id, "Lunch with Ana", start, start + timedelta(hours=1))
    planner.agenda.set_conflict_settings(
        conference.id, ConflictSettings(7, 2, {frozenset({"Room A", "Room B"}): 12})
    )
    dana = Planner.open(tmp_path / "dana" / "planner.sqlite3")
    dana.imports.ensure_bundled_program()
    dana.agenda.star(dana.catalog.conference().id, keys[2])
    dana.sharing.export_agenda(
        dana.catalog.conference().id, tmp_path / "dana.planner-agenda", "Dana"
    )
    dana.close()
    planner.sharing.import_agenda(tmp_path / "dana.planner-agenda", conference.id)
    return planner


def test_every_committed_write_renews_the_revision(planner: Planner, tmp_path: Path) -> None:
    path = planner.database.path
    first = planner.catalog.revision()
    assert read_revision(path) == first != 0  # the bundled import wrote
    conference = planner.catalog.conference()
    seen = {first}
    for talk in planner.catalog.talks(conference.id)[:5]:
        planner.agenda.star(conference.id, talk.key)
        assert planner.catalog.revision() == read_revision(path)
        seen.add(planner.catalog.revision())
    assert len(seen) == 6  # a new one for every write
    last = planner.catalog.revision()
    bad = tmp_path / "bad.xml"
    bad.write_text("<schedule><day", encoding="utf-8")
    with pytest.raises(BadInputError):
        planner.imports.file(bad)
    assert read_revision(path) == last  # rolled back: nothing written, nothing renewed


def test_two_databases_with_the_same_history_have_different_revisions(tmp_path: Path) -> None:
    """A copy of another database restored over the file must not pass for the original."""
    revisions = []
    for name in ("one", "two"):
        core = Planner.open(tmp_path / name / "planner.sqlite3")
        core.imports.ensure_bundled_program()
        revisions.append(core.catalog.revision())
        core.close()
    assert revisions[0] != revisions[1]


def test_read_revision_says_none_for_anything_but_a_current_planner_database(
    tmp_path: Path,
) -> None:
    assert read_revision(tmp_path / "missing.sqlite3") is None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert read_revision(garbage) is None
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE preferences (key TEXT, value TEXT)")
    assert read_revision(foreign) is None
    assert read_revision(tmp_path) is None  # a folder


def test_the_encoding_gives_back_equal_values(rich: Planner) -> None:
    answers = startup_reads(rich)
    assert answers["overlays"]
    assert answers["busy"]
    assert answers["settings"].room_buffers
    assert any(t.star is not None and t.star.note for t in answers["talks"])
    text = json.dumps(encode(answers))  # plain JSON, nothing else
    back = decode(json.loads(text))
    assert back == answers
    # Equal is not enough: a StrEnum equals its string. Types must come back too.
    starred = [t for t in back["talks"] if t.star is not None]
    assert all(type(t.star.priority) is Priority for t in starred)
    assert all(type(t.star.status) is Status for t in starred)
    assert type(back["overlays"][0].sessions[0].priority) is Priority


def test_a_snapshot_is_used_only_for_its_revision_database_and_version(
    planner: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = planner.database.path
    snapshot = tmp_path / SNAPSHOT_NAME
    answers = {call_key("catalog.conferences", (), {}): planner.catalog.conferences()}
    save_snapshot(snapshot, database, 5, answers)
    assert load_snapshot(snapshot, database, 5) == answers
    assert load_snapshot(snapshot, database, 6) is None  # written to since
    assert load_snapshot(snapshot, tmp_path / "other.sqlite3", 5) is None
    monkeypatch.setattr("planner.quickstart.__version__", "99.0")
    assert load_snapshot(snapshot, database, 5) is None  # another Planner wrote it


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: text.replace('"$": "ConferenceInfo"', '"$": "Popen"'),  # not ours to build
        lambda text: text.replace(
            '"catalog.conferences"', '"catalog.delete_conference"'
        ),  # not a read
        lambda text: text.replace('"format": 1', '"format": "1"'),
        lambda text: "[]",
        lambda text: "\x00\xff binary",
    ],
)
def test_a_damaged_or_hostile_snapshot_is_ignored(
    planner: Planner, tmp_path: Path, damage: Callable[[str], str]
) -> None:
    database = planner.database.path
    snapshot = tmp_path / SNAPSHOT_NAME
    save_snapshot(
        snapshot,
        database,
        5,
        {call_key("catalog.conferences", (), {}): planner.catalog.conferences()},
    )
    snapshot.write_text(damage(snapshot.read_text(encoding="utf-8")), encoding="utf-8")
    assert load_snapshot(snapshot, database, 5) is None


def test_startup_planner_answers_from_the_snapshot_and_opens_for_anything_else(
    planner: Planner,
) -> None:
    conference = planner.catalog.conference()
    talks = planner.catalog.talks(conference.id)
    opened: list[bool] = []

    def open_real() -> tuple[Planner, str | None]:
        opened.append(True)
        return planner, None

    startup = StartupPlanner(open_real, {call_key("catalog.talks", (conference.id,), {}): talks})
    answered = startup.catalog.talks(conference.id)
    assert answered == talks
    assert answered is not talks  # a copy: callers edit their lists
    assert len(opened) == 0
    assert not startup.is_open
    startup.catalog.talks(conference.id, starred_only=True)  # not in the snapshot
    assert len(opened) == 1  # opened now, and only once
    startup.agenda.star(conference.id, talks[0].key)  # writes always go to the real core
    assert planner.catalog.talk(conference.id, talks[0].key).star is not None


def test_quick_start_keeps_paints_from_and_drops_the_snapshot(
    rich: Planner, tmp_path: Path
) -> None:
    database = rich.database.path
    cache = tmp_path / "cache"
    expected = startup_reads(rich)

    ordinary = QuickStart(database, cache)
    assert not ordinary.from_snapshot
    ordinary.begin()
    assert startup_reads(ordinary.planner) == expected
    assert ordinary.after_first_paint() is False
    ordinary.planner.close()
    assert (cache / SNAPSHOT_NAME).is_file()

    quick = QuickStart(database, cache)
    quick.begin()
    assert quick.from_snapshot
    assert startup_reads(quick.planner) == expected
    assert not quick.planner.is_open  # painted without the core
    assert quick.after_first_paint() is False  # nothing changed since
    quick.planner.close()

    conference = rich.catalog.conference()
    rich.agenda.unstar(conference.id, expected["talks"][0].key)  # e.g. `planner unstar` in a shell
    stale = QuickStart(database, cache)
    assert not stale.from_snapshot  # the revision moved on: start the ordinary way
    stale.planner.close()


def test_quick_start_reads_again_when_the_database_changes_after_the_check(
    rich: Planner, tmp_path: Path
) -> None:
    database, cache = rich.database.path, tmp_path / "cache"
    start_once(database, cache)

    quick = QuickStart(database, cache)
    quick.begin()
    before = startup_reads(quick.planner)
    conference = rich.catalog.conference()
    key = next(t.key for t in before["talks"] if t.star is None)
    rich.agenda.star(conference.id, key)  # between the revision check and opening the core
    assert quick.after_first_paint() is True  # the window must read again
    quick.record(lambda: startup_reads(quick.planner))
    quick.planner.close()

    again = QuickStart(database, cache)
    again.begin()
    assert again.from_snapshot
    talks = startup_reads(again.planner)["talks"]
    assert next(t for t in talks if t.key == key).star is not None
    again.planner.close()


def test_at_exit_the_snapshot_follows_what_was_changed(rich: Planner, tmp_path: Path) -> None:
    database, cache = rich.database.path, tmp_path / "cache"
    first = QuickStart(database, cache)
    first.begin()
    talks = startup_reads(first.planner)["talks"]
    first.after_first_paint()
    key = next(t.key for t in talks if t.star is None)
    first.planner.agenda.star(
        rich.catalog.conference().id, key, Priority.WANT
    )  # the user stars in the app
    first.keep_current()
    first.planner.close()

    quick = QuickStart(database, cache)
    quick.begin()
    assert quick.from_snapshot
    talks = startup_reads(quick.planner)["talks"]
    star = next(t for t in talks if t.key == key).star
    assert star is not None
    assert star.priority is Priority.WANT
    quick.planner.close()


def test_painting_from_the_snapshot_loads_no_sqlalchemy(planner: Planner, tmp_path: Path) -> None:
    """The point of it all: the start-up reads are answered before SQLAlchemy is imported."""
    database, cache = planner.database.path, tmp_path / "cache"
    start_once(database, cache)
    probe = f"""
import sys
from pathlib import Path
from planner.quickstart import QuickStart
quick = QuickStart(Path({str(database)!r}), Path({str(cache)!r}))
quick.begin()
planner = quick.planner
conference = planner.catalog.conference()
talks = planner.catalog.talks(conference.id)
planner.catalog.conferences(), planner.agenda.busy_blocks(conference.id)
planner.sharing.overlays(conference.id)
planner.agenda.conflict_settings(conference.id)
print(quick.from_snapshot, len(talks), "sqlalchemy" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.split() == [
        "True",
        str(len(planner.catalog.talks(planner.catalog.conference().id))),
        "False",
    ]


def test_no_snapshot_is_kept_for_a_very_large_program(
    planner: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, cache = planner.database.path, tmp_path / "cache"
    start_once(database, cache)
    assert (cache / SNAPSHOT_NAME).is_file()

    monkeypatch.setattr("planner.quickstart.SNAPSHOT_SESSION_LIMIT", 10)  # the program has 59
    planner.agenda.star(
        planner.catalog.conference().id,
        planner.catalog.talks(planner.catalog.conference().id)[0].key,
    )
    second = QuickStart(database, cache)
    second.begin()
    assert not second.from_snapshot
    startup_reads(second.planner)
    second.after_first_paint()
    second.planner.close()
    assert not (cache / SNAPSHOT_NAME).exists()  # and the stale one is gone


def test_a_database_replaced_on_opening_makes_the_window_read_again(
    planner: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the core finds the database unusable after the window was painted from the
    snapshot (it moves the file aside and starts a new one), the snapshot no longer
    describes anything: the window must read the new database."""
    database, cache = planner.database.path, tmp_path / "cache"
    start_once(database, cache)

    opened = Planner.open_or_recover

    def recovered(path: Path) -> tuple[Planner, str | None]:
        core, _ = opened(path)
        return core, f"The database {path} could not be used: damaged."

    monkeypatch.setattr(Planner, "open_or_recover", staticmethod(recovered))
    quick = QuickStart(database, cache)
    quick.begin()
    assert quick.from_snapshot
    assert quick.after_first_paint() is True
    assert quick.planner.recovery is not None
    quick.planner.close()


def test_what_the_window_edits_after_reading_is_not_what_is_kept(planner: Planner) -> None:
    startup = StartupPlanner(lambda: (planner, None))
    startup.open()
    startup.start_recording()
    conference = startup.catalog.conference()
    talks = startup.catalog.talks(conference.id)
    talks[0] = talks[1]  # as SessionStore.update_talk does when a star changes
    kept = startup.stop_recording()[call_key("catalog.talks", (conference.id,), {})]
    assert kept[0] != kept[1]


def test_quitting_after_the_conference_was_removed_keeps_nothing_and_raises_nothing(
    planner: Planner, tmp_path: Path
) -> None:
    database, cache = planner.database.path, tmp_path / "cache"
    quick = QuickStart(database, cache)
    quick.begin()
    startup_reads(quick.planner)
    quick.after_first_paint()
    kept = (cache / SNAPSHOT_NAME).read_bytes()
    with sqlite3.connect(database) as connection:  # another tool removes the conference
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM conferences")
        connection.execute("UPDATE preferences SET value = '7' WHERE key = 'revision'")
    quick.keep_current()  # the same questions now have no answer
    quick.planner.close()
    assert (cache / SNAPSHOT_NAME).read_bytes() == kept
    assert not QuickStart(database, cache).from_snapshot  # and it is stale anyway


def test_a_mangled_revision_neither_breaks_the_start_nor_passes_for_current(
    planner: Planner, tmp_path: Path
) -> None:
    database, cache = planner.database.path, tmp_path / "cache"
    start_once(database, cache)
    with sqlite3.connect(database) as connection:
        connection.execute("""UPDATE preferences SET value = '"x"' WHERE key = 'revision'""")
    assert read_revision(database) is None
    assert planner.catalog.revision() == 0
    quick = QuickStart(database, cache)
    assert not quick.from_snapshot
    quick.begin()  # the ordinary start, which works
    startup_reads(quick.planner)
    quick.after_first_paint()
    quick.planner.close()
