"""Opening the database: creation, pragmas, and refusing files we must not touch."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from planner.domain.errors import (
    ChangedMeanwhileError,
    DatabaseError,
    StorageError,
    UsageError,
)
from planner.services import Planner
from planner.storage import migrations, queries
from planner.storage.db import APPLICATION_ID, open_database
from planner.storage.reader import inspect_file
from planner.storage.schema import StarRow

from ..conftest import database_digest


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_stamped_and_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "planner.sqlite3"
    database = open_database(path)
    try:
        assert database.report.created
        assert inspect_file(path, lock_wait=1)[1] == migrations.LATEST_VERSION  # user_version
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    finally:
        database.close()


def test_reopening_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    open_database(path).close()
    database = open_database(path)
    assert not database.report.created
    assert database.report.migrated_from is None
    database.close()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"this is not a database at all, just text\n" * 10, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "damaged"),
        (bytes(range(256)) * 40, "not an SQLite database"),
    ],
)
def test_garbage_file_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "planner.sqlite3"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["planner.sqlite3"]


def test_truncated_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    core = Planner.open(path)
    core.imports.ensure_bundled_program()
    core.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(DatabaseError, match=r"damaged|not a database"):
        open_database(path)
    assert digest(path) == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE bookmarks (url TEXT)")
    connection.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)
    assert digest(path) == before


def test_database_from_a_newer_planner_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    connection.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="newer Planner"):
        open_database(path)
    assert digest(path) == before


def test_directory_in_place_of_the_database(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    path.mkdir()
    with pytest.raises(DatabaseError, match="is a directory"):
        open_database(path)


def test_unreadable_database_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "planner.sqlite3"
    open_database(path).close()
    real_open: Any = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    # chmod is no test when CI runs as root, so the refusal is simulated at the OS call.
    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(StorageError, match=r"cannot be read: permission denied$"):
        open_database(path)
    # Not "not a Planner database": the window must not set it aside.
    with pytest.raises(StorageError):
        Planner.open_or_recover(path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_gui_recovery_keeps_the_bad_file_aside_and_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    path.write_bytes(b"garbage" * 100)
    (tmp_path / "planner.sqlite3-wal").write_bytes(b"wal garbage")
    planner, recovery = Planner.open_or_recover(path)
    try:
        assert recovery is not None
        message = str(recovery)
        kept = [p for p in tmp_path.iterdir() if ".unusable-" in p.name]
        assert len(kept) == 2
        main_copy = next(p for p in kept if not p.name.endswith("-wal"))
        assert main_copy.read_bytes() == b"garbage" * 100
        assert str(main_copy) in message
        assert "not an SQLite database" in message
        assert planner.catalog.conferences() == []
    finally:
        planner.close()


# -- units of work: a write holds the lock from its start, a read sees one snapshot ---------
def _other_program(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=0, isolation_level=None)


def test_a_writing_unit_holds_the_write_lock_from_its_first_statement(tmp_path: Path) -> None:
    """A use case that reads, then writes (toggle, resolve, an import's update) decides on
    what it read: another program cannot write in between."""
    path = tmp_path / "planner.sqlite3"
    database = open_database(path)
    other = _other_program(path)
    try:
        with database.transaction() as session:
            session.execute(text("SELECT count(*) FROM stars")).scalar()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at the end of the unit
        other.execute("ROLLBACK")
    finally:
        other.close()
        database.close()


def test_a_reading_unit_sees_one_snapshot_while_another_program_writes(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    database = open_database(path)
    other = _other_program(path)
    count = text("SELECT count(*) FROM preferences")
    try:
        with database.reading() as session:
            first = session.execute(count).scalar_one()
            other.execute("INSERT INTO preferences (key, value) VALUES ('x', '1')")
            assert session.execute(count).scalar() == first  # not a second moment
        with database.reading() as session:
            assert session.execute(count).scalar() == first + 1
    finally:
        other.close()
        database.close()


def test_a_unit_that_wrote_nothing_keeps_the_revision(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    database = open_database(path)
    try:
        with database.transaction() as session:
            session.execute(text("INSERT INTO preferences (key, value) VALUES ('x', '1')"))
        with database.read_connection() as connection:
            revision = queries.revision_of(connection)
        with database.transaction() as session:  # read, and an update that matches nothing
            session.execute(text("SELECT * FROM preferences")).all()
            session.execute(text("UPDATE preferences SET value = '2' WHERE key = 'nothing'"))
        with database.read_connection() as connection:
            assert queries.revision_of(connection) == revision
    finally:
        database.close()


def test_a_change_another_program_made_impossible_is_one_clear_error(tmp_path: Path) -> None:
    """What a unit's lock cannot prevent: a change built on an earlier read (the window's
    view, an undo step) that no longer fits. A constraint or a vanished row is one line,
    and nothing of the unit is saved."""
    path = tmp_path / "planner.sqlite3"
    planner = Planner.open(path)
    planner.imports.ensure_bundled_program()
    conference_id = planner.catalog.conference().id
    key = planner.catalog.talks(conference_id)[0].key
    planner.agenda.star(conference_id, key)
    before = database_digest(planner)
    database = planner.database
    insert = text(
        "INSERT INTO stars (conference_id, talk_key, priority, status, note, created_at,"
        " updated_at) SELECT conference_id, talk_key, priority, status, note, created_at,"
        " updated_at FROM stars"
    )

    def star_twice() -> None:
        with database.transaction() as session:
            session.execute(text("DELETE FROM busy_blocks"))
            session.execute(insert)  # the star again: UNIQUE

    def change_a_vanished_star() -> None:
        with database.transaction() as session:
            row = session.scalars(select(StarRow)).one()
            session.execute(text("DELETE FROM stars"))  # as if another program had
            row.note = "changed"  # the ORM's UPDATE then matches no row: StaleDataError

    try:
        with pytest.raises(ChangedMeanwhileError) as caught:
            star_twice()
        assert str(caught.value) == (
            f"{path}: cannot be changed: another program changed the same data meanwhile "
            "(nothing was saved; look again, then try again)"
        )
        with pytest.raises(ChangedMeanwhileError):
            change_a_vanished_star()
        assert database_digest(planner) == before
        assert planner.catalog.talk(conference_id, key).star is not None
    finally:
        planner.close()


def test_values_the_database_cannot_hold_are_one_line_whoever_gives_them(
    planner: Planner,
) -> None:
    """The command line refuses such arguments first (tests/faults/test_arguments.py);
    the database refuses them too, for any other caller: text that is not UTF-8, an
    integer beyond SQLite's. Nothing is saved."""
    conference = planner.catalog.conference()
    start = planner.catalog.talks(conference.id)[0].start
    before = database_digest(planner)
    with pytest.raises(UsageError) as caught:
        planner.agenda.add_busy(conference.id, "T\udcff", start, start + timedelta(hours=1))
    assert str(caught.value) == (
        "'T\\xff' is not UTF-8 text; Planner keeps names, keys, addresses and the files it "
        "remembers as UTF-8"
    )
    with pytest.raises(UsageError, match="a number beyond what the database can hold"):
        planner.sharing.remove_overlay(2**70)
    assert database_digest(planner) == before
