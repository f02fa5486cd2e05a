"""`reader.read_transaction`, the one read transaction of every source the queries read
on: the read-only connection (`ReadOnlyDatabase`), the standard library's units
(`PlainDatabase`) and the core's pooled connections (`Database.read_connection`)."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from planner.domain.errors import DatabaseCode, DatabaseError
from planner.storage import queries
from planner.storage.db import Database, open_database
from planner.storage.reader import ReadOnlyDatabase
from planner.storage.units import PlainDatabase

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner
    from planner.services.catalog import ReadSource

SOURCES = ("read-only", "plain", "core")


def _source(
    kind: str, path: Path
) -> contextlib.closing[ReadOnlyDatabase | PlainDatabase | Database]:
    """A source of read connections of `kind` on the database at `path`, closed after."""
    opened: ReadOnlyDatabase | PlainDatabase | Database | None
    if kind == "read-only":
        opened = ReadOnlyDatabase.open(path)
    elif kind == "plain":
        opened = PlainDatabase.open(path)
    else:
        opened = open_database(path)
    assert opened is not None, kind
    return contextlib.closing(opened)


@pytest.mark.parametrize("kind", SOURCES)
def test_a_read_sees_one_revision_while_another_process_writes(kind: str, planner: Planner) -> None:
    conference = planner.catalog.conference()
    key = planner.catalog.talks(conference.id)[0].key
    path = planner.database.path
    with _source(kind, path) as source:
        with source.read_connection() as connection:
            before = queries.revision_of(connection)
            assert queries.get_star(connection, conference.id, key) is None
            # Another process stars a session (and renews the revision) meanwhile; the
            # read transaction does not block it.
            subprocess.run(
                [sys.executable, "-m", "planner", "--data-dir", str(path.parent), "star", key],
                check=True,
                capture_output=True,
                timeout=60,
            )
            assert queries.get_star(connection, conference.id, key) is None
            assert queries.revision_of(connection) == before
        with source.read_connection() as connection:
            assert queries.get_star(connection, conference.id, key) is not None
            assert queries.revision_of(connection) not in (None, before)


@pytest.mark.parametrize("kind", SOURCES)
def test_a_mistake_in_a_query_stays_a_bug_and_ends_the_read(kind: str, planner: Planner) -> None:
    conference = planner.catalog.conference()
    key = planner.catalog.talks(conference.id)[0].key
    with _source(kind, planner.database.path) as source:

        def read_what_is_not_there() -> None:
            with source.read_connection() as connection:
                assert queries.get_star(connection, conference.id, key) is None
                connection.execute("SELECT * FROM no_such_table")

        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            read_what_is_not_there()
        planner.agenda.star(conference.id, key)
        # The failed read was ended: the next one begins afresh and sees the star.
        with source.read_connection() as connection:
            assert queries.get_star(connection, conference.id, key) is not None


def test_damage_found_while_reading_is_said_alike_by_every_source(planner: Planner) -> None:
    conference_id = planner.catalog.conference().id
    path = planner.database.path
    planner.close()  # its last connection moves the WAL into the file
    with contextlib.ExitStack() as stack:
        sources = {kind: stack.enter_context(_source(kind, path)) for kind in SOURCES}
        # Opening checked the file's integrity; now the talks' table is overwritten...
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
            page_size = other.execute("PRAGMA page_size").fetchone()[0]
            root = other.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'talks'"
            ).fetchone()[0]
            with path.open("r+b") as handle:
                handle.seek((root - 1) * page_size)
                handle.write(b"\xff" * page_size)
            # ... and a commit tells every connection its cached pages are out of date.
            other.execute("INSERT INTO preferences (key, value) VALUES ('x', '1')")
        said = {}
        for kind, source in sources.items():
            with pytest.raises(DatabaseError) as damaged:
                _read_the_talks(source, conference_id)
            assert damaged.value.code is DatabaseCode.DAMAGED, kind
            said[kind] = str(damaged.value)
    assert len(set(said.values())) == 1, said
    assert said["core"].startswith(f"{path}: ")


def _read_the_talks(source: ReadSource, conference_id: int) -> None:
    with source.read_connection() as connection:
        queries.list_talks(connection, conference_id)
