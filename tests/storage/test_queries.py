"""One way to read: the queries of `planner.storage.queries` give the same values on the
standard library's read-only connection (the command line's read commands, the window's
first view) as inside the core's SQLAlchemy sessions - on every program of the corpus -
and a read inside a write transaction sees what that transaction wrote."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest

from planner.domain.agenda import Priority, Status
from planner.domain.conflicts import ConflictSettings
from planner.domain.errors import BadInputError, DatabaseError, LockedError, NotFoundError
from planner.formats.builder import TimeZoneRequired
from planner.services import Planner
from planner.services.catalog import Catalog
from planner.storage import migrations, queries, repo
from planner.storage.reader import ReadOnlyDatabase
from planner.storage.writer import store_feed

from ..conftest import SCHEDULES
from .test_migrations import build_old_database

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path


def _program_files() -> list[Path]:
    return sorted(
        path
        for path in SCHEDULES.glob("*/*")
        if path.parent.name != "schemas" and not path.name.endswith(".facts.json")
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    """Every program of the corpus that imports, with stars of every priority and status,
    notes, busy blocks, clash settings, a colleague's agenda and a feed."""
    folder = tmp_path_factory.mktemp("corpus")
    core = Planner.open(folder / "planner.sqlite3")
    core.imports.ensure_bundled_program()
    for path in _program_files():
        try:
            try:
                core.imports.file(path)
            except TimeZoneRequired:
                core.imports.file(path, time_zone="Europe/Berlin")
        except BadInputError:
            continue  # the corpus's broken samples
    chance = random.Random(18)
    conferences = core.catalog.conferences()
    assert len(conferences) > 25
    for conference in conferences:
        talks = core.catalog.talks(conference.id)
        for talk in chance.sample(talks, min(len(talks), 20)):
            note = chance.choice(["", "front row; « ok »", "ask about\nthe slides"])
            core.agenda.star(
                conference.id,
                talk.key,
                chance.choice(list(Priority)),
                chance.choice(list(Status)),
                note,
            )
        if talks:
            core.agenda.add_busy(
                conference.id, "Lunch", talks[0].start, talks[0].start + timedelta(hours=1)
            )
        core.agenda.set_conflict_settings(
            conference.id, ConflictSettings(7, 2, {frozenset({"Room A", "Room B"}): 12})
        )
    colleague = Planner.open(folder / "colleague" / "planner.sqlite3")
    colleague.imports.ensure_bundled_program()
    theirs = colleague.catalog.conference()
    for talk in colleague.catalog.talks(theirs.id)[:6]:
        colleague.agenda.star(theirs.id, talk.key)
    colleague.sharing.export_agenda(theirs.id, folder / "dana.planner-agenda", "Dana")
    colleague.close()
    kafka = next(c for c in conferences if c.title == theirs.title)
    core.sharing.import_agenda(folder / "dana.planner-agenda", kafka.id)
    fetched = datetime(2025, 1, 2, 3, 4, 5, 678, tzinfo=UTC)
    with core.database.transaction() as session:
        state = repo.FeedState("https://x.invalid/p.xml", kafka.id, "e", "", "ab", "c", fetched)
        store_feed(session, state)
    yield core
    core.close()


def _every_read(connection: Any, run: Callable[..., Any]) -> list[tuple[str, Any]]:
    """Every query with the arguments worth asking, run through `run(name, *args)`."""
    answers: list[tuple[str, Any]] = []

    def ask(name: str, *args: Any, **options: Any) -> Any:
        try:
            value = run(name, *args, **options)
        except NotFoundError as error:
            value = ("not found", str(error))
        answers.append((name, value))
        return value

    for conference in ask("list_conferences"):
        ask("get_conference", conference.id)
        ask("conference", conference.id)
        talks = ask("list_talks", conference.id)
        keys = [talk.key for talk in talks[::5]] + ["no such key"]
        ask("list_talks", conference.id, starred_only=True)
        ask("list_talks", conference.id, keys=keys)
        ask("list_talks", conference.id, keys=keys, starred_only=True)
        ask("list_talks", conference.id, keys=[])
        for talk in talks:
            if talk.star is not None or talk is talks[0]:
                ask("get_talk", conference.id, talk.key)
                ask("get_star", conference.id, talk.key)
        ask("get_talk", conference.id, "no such key")
        ask("conference_counts", conference.id)
        ask("list_busy", conference.id)
        ask("conflict_settings", conference.id)
        ask("get_preference", f"conflicts:{conference.id}")
        ask("feed_url_of", conference.id)
        identity = ask("conference_identity_of", conference.id)
        ask("find_conference", identity)
        for overlay in ask("list_overlays", conference.id):
            ask("get_overlay", overlay.id)
    ask("conference", None)
    ask("latest_conference_id")
    for missing in ("get_conference", "conference_identity_of", "get_overlay"):
        ask(missing, 10_000)
    ask("find_conference", "no such conference")
    ask("get_feed", "https://x.invalid/p.xml")
    ask("get_feed", "https://x.invalid/other.xml")
    ask("get_preference", "no such setting")
    return answers


@pytest.mark.slow
def test_the_standard_library_and_the_session_read_the_same_values(corpus: Planner) -> None:
    read_only = ReadOnlyDatabase.open(corpus.database.path)
    assert read_only is not None
    try:
        with read_only.read_connection() as connection:
            plain = _every_read(
                connection, lambda name, *a, **o: getattr(queries, name)(connection, *a, **o)
            )
    finally:
        read_only.close()
    with corpus.database.reading() as session:
        in_session = _every_read(
            session, lambda name, *a, **o: getattr(repo, name)(session, *a, **o)
        )
    assert len(plain) > 1500
    assert sum(len(value) for name, value in plain if name == "list_talks") > 10_000
    for (name, value), (_, other) in zip(plain, in_session, strict=True):
        assert value == other, name
        assert repr(value) == repr(other), name  # the same types, to the tzinfo
    # The views the window paints, both ways.
    catalog = Catalog.open_read_only(corpus.database.path)
    assert catalog is not None
    try:
        for conference in corpus.catalog.conferences():
            assert catalog.view(conference.id) == corpus.catalog.view(conference.id)
    finally:
        catalog.close()


def test_a_read_in_a_write_transaction_sees_what_it_wrote(planner: Planner) -> None:
    conference = planner.catalog.conference()
    key = planner.catalog.talks(conference.id)[0].key
    with planner.database.transaction() as session:
        repo.set_star(session, conference.id, key, priority=Priority.MUST)
        star = repo.get_star(session, conference.id, key)
        assert star is not None
        assert star.priority is Priority.MUST
        assert [t.key for t in repo.list_talks(session, conference.id, starred_only=True)] == [key]
        repo.remove_star(session, conference.id, key)
        assert repo.get_star(session, conference.id, key) is None
        # ORM objects not flushed yet are flushed before a query reads.
        start = datetime(2019, 5, 13, 12, tzinfo=UTC)
        added = repo.add_busy(session, conference.id, "Lunch", start, start + timedelta(hours=1))
        assert repo.list_busy(session, conference.id) == [added]
        outside = ReadOnlyDatabase.open(planner.database.path)
        assert outside is not None
        with outside.read_connection() as connection:
            assert queries.list_busy(connection, conference.id) == []  # not committed yet
        outside.close()
    assert planner.catalog.talk(conference.id, key).star is None


def test_a_read_connection_reads_one_revision(planner: Planner) -> None:
    """Within one `read_connection` block, writes committed meanwhile are not seen."""
    conference = planner.catalog.conference()
    key = planner.catalog.talks(conference.id)[0].key
    read_only = ReadOnlyDatabase.open(planner.database.path)
    assert read_only is not None
    try:
        with read_only.read_connection() as connection:
            before = queries.revision_of(connection)
            assert queries.get_star(connection, conference.id, key) is None
            planner.agenda.star(conference.id, key)
            assert queries.get_star(connection, conference.id, key) is None
            assert queries.revision_of(connection) == before
        with read_only.read_connection() as connection:
            assert queries.get_star(connection, conference.id, key) is not None
            assert queries.revision_of(connection) == planner.catalog.revision() != before
    finally:
        read_only.close()


def test_the_read_only_connection_cannot_write(planner: Planner) -> None:
    read_only = ReadOnlyDatabase.open(planner.database.path)
    assert read_only is not None
    try:
        with read_only.read_connection() as connection, pytest.raises(sqlite3.Error):
            connection.execute("DELETE FROM stars")
    finally:
        read_only.close()


def test_what_must_be_opened_by_the_core_first(tmp_path: Path, empty_planner: Planner) -> None:
    """No file, an empty file, no conference yet, an older schema: None (the core creates,
    fills or upgrades it), and the file is left exactly as it was."""
    assert ReadOnlyDatabase.open(tmp_path / "none" / "planner.sqlite3") is None
    assert not (tmp_path / "none").exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert ReadOnlyDatabase.open(empty) is None
    assert empty.read_bytes() == b""
    assert ReadOnlyDatabase.open(empty_planner.database.path) is None  # no conference yet
    old = tmp_path / "old.sqlite3"
    build_old_database(old, migrations.LATEST_VERSION - 1)
    before = old.read_bytes()
    assert ReadOnlyDatabase.open(old) is None
    assert old.read_bytes() == before
    assert Catalog.open_read_only(old) is None


def test_what_opening_refuses_is_refused_alike(tmp_path: Path, planner: Planner) -> None:
    """The same errors, with the same words, as `open_database` (which the core uses)."""
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all\n" * 50)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE bookmarks (url TEXT)")
    connection.close()
    newer = planner.database.path
    planner.close()
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    connection.close()
    for path, words in (
        (garbage, "not an SQLite database"),
        (foreign, "another program"),
        (newer, "newer Planner"),
    ):
        with pytest.raises(DatabaseError) as plain:
            ReadOnlyDatabase.open(path)
        with pytest.raises(DatabaseError) as ordinary:
            Planner.open(path)
        assert words in str(plain.value)
        assert str(plain.value) == str(ordinary.value)


def test_a_lock_held_too_long_is_said_as_the_core_says_it(planner: Planner) -> None:
    path = planner.database.path
    planner.close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode = DELETE")  # a rollback journal: readers wait
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(LockedError) as plain:
            ReadOnlyDatabase.open(path, lock_wait=0.1)
        with pytest.raises(LockedError) as ordinary:
            Planner.open(path, lock_wait=0.1)
        assert str(plain.value) == str(ordinary.value)
    finally:
        holder.close()
