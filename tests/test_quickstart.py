"""The quick-start snapshot: the revision that proves it current, its encoding, its refusals."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from planner.domain.agenda import Priority, Status
from planner.domain.conflicts import ConflictSettings
from planner.domain.errors import BadInputError
from planner.domain.view import StartupView, view_fingerprint
from planner.quickstart import (
    SNAPSHOT_NAME,
    QuickStart,
    decode_text,
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
    shared = tmp_path / "dana.planner-agenda"
    dana.agenda.star(dana.catalog.conference().id, keys[2])
    dana.sharing.export_agenda(dana.catalog.conference().id, shared, "Dana")
    dana.close()
    planner.sharing.import_agenda(shared, conference.id)
    return planner


def start_once(core: Planner, cache: Path) -> QuickStart:
    """An ordinary start (no snapshot yet), which keeps one for the next start."""
    first = QuickStart(core.database.path, cache)
    assert not first.from_snapshot
    first.painted = core.catalog.view()
    assert first.after_first_paint(core) is None
    return first


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


def test_the_view_holds_everything_the_window_shows_at_one_revision(rich: Planner) -> None:
    view = rich.catalog.view()
    conference = rich.catalog.conference()
    assert view.revision == rich.catalog.revision()
    assert view.conference == conference
    assert list(view.conferences) == rich.catalog.conferences()
    assert list(view.talks) == rich.catalog.talks(conference.id)
    assert list(view.busy) == rich.agenda.busy_blocks(conference.id)
    assert list(view.overlays) == rich.sharing.overlays(conference.id)
    assert view.settings == rich.agenda.conflict_settings(conference.id)


def test_the_encoding_gives_back_equal_values(rich: Planner) -> None:
    view = rich.catalog.view()
    assert view.overlays
    assert view.busy
    assert view.settings.room_buffers
    assert any(t.star is not None and t.star.note for t in view.talks)
    text = json.dumps(encode(view))  # plain JSON, nothing else
    back = decode_text(text)
    assert back == view
    # Equal is not enough: a StrEnum equals its string. Types must come back too.
    starred = [t for t in back.talks if t.star is not None]
    assert all(type(t.star.priority) is Priority for t in starred)
    assert all(type(t.star.status) is Status for t in starred)
    assert type(back.overlays[0].sessions[0].priority) is Priority


def test_a_snapshot_is_used_only_for_its_revision_database_version_and_classes(
    planner: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = planner.database.path
    snapshot = tmp_path / SNAPSHOT_NAME
    view = replace(planner.catalog.view(), revision=5)
    save_snapshot(snapshot, database, view)
    assert load_snapshot(snapshot, database, 5) == view
    assert load_snapshot(snapshot, database, 6) is None  # written to since
    assert load_snapshot(snapshot, tmp_path / "other.sqlite3", 5) is None
    monkeypatch.setattr("planner.quickstart.view_fingerprint", lambda: "another shape")
    assert load_snapshot(snapshot, database, 5) is None  # the value classes changed
    monkeypatch.undo()
    monkeypatch.setattr("planner.quickstart.__version__", "99.0")
    assert load_snapshot(snapshot, database, 5) is None  # another Planner wrote it


def test_the_fingerprint_follows_the_fields_of_the_value_classes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dataclasses

    before = view_fingerprint()
    assert view_fingerprint() == before  # stable

    @dataclasses.dataclass(frozen=True)
    class Star:  # one more field than the real one
        priority: Priority
        status: Status
        note: str
        created: object
        updated: object
        colour: str = ""

    monkeypatch.setattr("planner.domain.view.VIEW_CLASSES", (StartupView, Star))
    assert view_fingerprint() != before


# A datetime field's value as the snapshot keeps it: its ISO text, untagged.
_A_TIME = r'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00"'


def _first(pattern: str, replacement: str) -> Callable[[str], str]:
    """A damage: the first match of `pattern` replaced."""
    return lambda text: re.sub(pattern, replacement, text, count=1)


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: text.replace('"$": "ConferenceInfo"', '"$": "Popen"'),  # not ours to build
        lambda text: text.replace('"$": "StartupView"', '"$": "tuple"'),  # not a view
        lambda text: text.replace('"format": 4', '"format": "4"'),
        lambda text: text.replace("\n", " "),  # one line: no view after the header
        lambda text: text.split("\n")[1],  # the view without its header
        lambda text: text.split("\n")[0] + '\n{"$": "date", "v": "2025-02-01"}',  # not a view
        lambda text: text.split("\n")[0] + "\n" + "[" * 100_000 + "]" * 100_000,  # too deep
        lambda text: "[]",
        lambda text: "\x00\xff binary",
        # a plain object where a value belongs: it reached a field, and the window's paint
        _first(_A_TIME, '{"planted": 1}'),
        # a tagged value of the wrong class in a field (review 6 #5): a tuple for a datetime,
        # a link among a session's speakers, a class with a field too few
        _first(_A_TIME, '{"$": "tuple", "v": []}'),
        # a datetime field's text (kept untagged) that is no time, or a list there
        _first(_A_TIME, '"half past nine"'),
        _first(_A_TIME, "[]"),
        # a tuple field's list (kept untagged) as a text
        _first(r", \[\], ", ', "x", '),
        _first(r'\{"\$": "SpeakerInfo"', '{"$": "Link", "v": ["x", "y"]}, {"$": "SpeakerInfo"'),
        _first(r'(\{"\$": "ConflictSettings", "v": \[)[^,\]]*, ', r"\1"),
    ],
)
def test_a_damaged_or_hostile_snapshot_is_ignored(
    planner: Planner, tmp_path: Path, damage: Callable[[str], str]
) -> None:
    database = planner.database.path
    snapshot = tmp_path / SNAPSHOT_NAME
    view = planner.catalog.view()
    save_snapshot(snapshot, database, view)
    assert load_snapshot(snapshot, database, view.revision) == view
    snapshot.write_text(damage(snapshot.read_text(encoding="utf-8")), encoding="utf-8")
    assert load_snapshot(snapshot, database, view.revision) is None


def test_quick_start_keeps_paints_from_and_drops_the_snapshot(
    rich: Planner, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    expected = rich.catalog.view()
    start_once(rich, cache)
    assert (cache / SNAPSHOT_NAME).is_file()

    quick = QuickStart(rich.database.path, cache)
    assert quick.from_snapshot
    assert quick.view == expected
    quick.painted = quick.view
    assert quick.after_first_paint(rich) is None  # nothing changed since

    conference = rich.catalog.conference()
    rich.agenda.unstar(conference.id, expected.talks[0].key)  # e.g. `planner unstar`
    stale = QuickStart(rich.database.path, cache)
    assert not stale.from_snapshot  # the revision moved on: start the ordinary way


def test_a_change_after_the_check_is_shown_and_kept(rich: Planner, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    start_once(rich, cache)
    quick = QuickStart(rich.database.path, cache)
    quick.painted = quick.view
    assert quick.view is not None
    key = next(t.key for t in quick.view.talks if t.star is None)
    conference_id = quick.view.conference.id
    rich.agenda.star(conference_id, key)  # between the revision check and opening the core
    fresh = quick.after_first_paint(rich)
    assert fresh is not None  # the window must show this instead
    assert next(t for t in fresh.talks if t.key == key).star is not None
    again = QuickStart(rich.database.path, cache)  # and it is what the next start paints
    assert again.view == fresh


def test_a_database_replaced_on_opening_is_read_again(rich: Planner, tmp_path: Path) -> None:
    """If the core found the database unusable after the window was painted from the
    snapshot (it moved the file aside and started a new one), the snapshot no longer
    describes anything: the window must read what is there now."""
    cache = tmp_path / "cache"
    start_once(rich, cache)
    quick = QuickStart(rich.database.path, cache)
    quick.painted = quick.view
    assert quick.after_first_paint(rich, replaced=True) == rich.catalog.view()


def test_at_exit_the_snapshot_follows_what_was_changed(rich: Planner, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = start_once(rich, cache)
    conference = rich.catalog.conference()
    key = next(t.key for t in rich.catalog.talks(conference.id) if t.star is None)
    rich.agenda.star(conference.id, key, Priority.WANT)  # the user stars in the app
    first.keep_current(rich.catalog)

    quick = QuickStart(rich.database.path, cache)
    assert quick.view is not None
    star = next(t for t in quick.view.talks if t.key == key).star
    assert star is not None
    assert star.priority is Priority.WANT


def test_the_window_paints_from_the_snapshot_before_sqlalchemy_is_loaded(
    planner: Planner, tmp_path: Path
) -> None:
    """The point of it all: the window is built and painted from the snapshot, as the
    app does it, before SQLAlchemy (or the services) is imported."""
    from planner.paths import AppPaths

    paths = AppPaths.resolve(tmp_path / "data")
    core = Planner.open(paths.database)
    core.imports.ensure_bundled_program()
    start_once(core, paths.cache_dir)
    sessions = len(core.catalog.talks(core.catalog.conference().id))
    core.close()
    probe = f"""
import sys
from pathlib import Path
from planner.paths import AppPaths
from planner.ui.app import application, open_main_window
app = application()
window, quick = open_main_window(AppPaths.resolve(Path({str(paths.data_dir)!r})))
window.show()
window.repaint()
print(quick.from_snapshot, len(window.store.talks), window.model.rowCount() > 0,
      "sqlalchemy" in sys.modules, "planner.services" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.stdout.split() == ["True", str(sessions), "True", "False", "False"]


def test_no_snapshot_is_kept_for_a_very_large_program(
    planner: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = start_once(planner, cache)
    assert (cache / SNAPSHOT_NAME).is_file()
    monkeypatch.setattr("planner.quickstart.SNAPSHOT_SESSION_LIMIT", 10)  # the program has 59
    conference_id = planner.catalog.conference().id
    planner.agenda.star(conference_id, planner.catalog.talks(conference_id)[0].key)
    first.keep_current(planner.catalog)
    assert not (cache / SNAPSHOT_NAME).exists()  # and the stale one is gone
    assert not QuickStart(planner.database.path, cache).from_snapshot


def test_quitting_after_the_conference_was_removed_keeps_nothing_and_raises_nothing(
    planner: Planner, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    quick = start_once(planner, cache)
    kept = (cache / SNAPSHOT_NAME).read_bytes()
    database = planner.database.path
    with sqlite3.connect(database) as connection:  # another tool removes the conference
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM conferences")
        connection.execute("UPDATE preferences SET value = '7' WHERE key = 'revision'")
    quick.keep_current(planner.catalog)  # the view has no conference to show any more
    assert (cache / SNAPSHOT_NAME).read_bytes() == kept
    assert not QuickStart(database, cache).from_snapshot  # and it is stale anyway


def test_a_mangled_revision_neither_breaks_the_start_nor_passes_for_current(
    planner: Planner, tmp_path: Path
) -> None:
    database, cache = planner.database.path, tmp_path / "cache"
    start_once(planner, cache)
    with sqlite3.connect(database) as connection:
        connection.execute("""UPDATE preferences SET value = '"x"' WHERE key = 'revision'""")
    assert read_revision(database) is None
    assert planner.catalog.revision() == 0
    quick = QuickStart(database, cache)
    assert not quick.from_snapshot
    start_once(planner, cache)  # the ordinary start, which works


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_pipe_or_folder_at_the_snapshot_path_neither_holds_nor_breaks_the_start(
    rich: Planner, tmp_path: Path, kind: str
) -> None:
    """A named pipe where the snapshot belongs used to hold the window's start for ever (a
    plain read waits for a writer that never comes); the start is the ordinary one."""
    import os
    import threading

    cache = tmp_path / "cache"
    start_once(rich, cache)
    snapshot = cache / SNAPSHOT_NAME
    snapshot.unlink()
    if kind == "fifo":
        os.mkfifo(snapshot)
    else:
        snapshot.mkdir()
    starts: list[QuickStart] = []
    reader = threading.Thread(
        target=lambda: starts.append(QuickStart(rich.database.path, cache)), daemon=True
    )
    reader.start()
    reader.join(timeout=30)
    assert not reader.is_alive(), "the start waits on the pipe"
    (quick,) = starts
    assert not quick.from_snapshot
    quick.painted = rich.catalog.view()
    assert quick.after_first_paint(rich) is None  # keeping a snapshot there fails quietly
    assert not snapshot.is_file()
