"""The database's revision: one value that every committed write renews.

Whoever remembers the revision can tell with one read that nothing was written since (the
quick-start snapshot, the window watching for other processes' writes). Only equality
means anything: it is a random number per write, not a counter, so that a copy of another
database restored over the file never passes for the one that was there (see
`Database.transaction`).

Standard library only: the window reads it before SQLAlchemy is imported, and
`planner.storage.db` reads it through the same statements on its own connections.
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING

from planner.storage.migrations import APPLICATION_ID, LATEST_VERSION, REVISION_KEY

if TYPE_CHECKING:
    from pathlib import Path

# The value column holds JSON text, and a number is its own JSON.
READ = 'SELECT value FROM preferences WHERE "key" = ?'
# A random 63-bit number rather than a counter: two databases (a copy restored over the
# file, say) must not share a revision by chance.
RENEW = """INSERT INTO preferences ("key", value) VALUES (?, CAST(abs(random()) AS TEXT))
    ON CONFLICT ("key") DO UPDATE SET value = excluded.value RETURNING value"""
PARAMETERS = (REVISION_KEY,)


def parse(value: object) -> int | None:
    """The revision a stored value stands for: 0 before the first write, None when the
    value was mangled (by another tool) and proves nothing."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int | str | bytes):
        return None
    try:
        return int(value)
    except ValueError:
        return None


def read(connection: sqlite3.Connection) -> int | None:
    row = connection.execute(READ, PARAMETERS).fetchone()
    return parse(None if row is None else row[0])


def read_file(database: Path, timeout: float = 2) -> int | None:
    """The revision of the database file, or None if it is not a current Planner database
    (or cannot be read): then whoever asked takes the ordinary way, which explains any
    problem. Opens the file read-only and briefly, waiting at most `timeout` seconds for
    a lock (a watcher that looks again soon gives 0)."""
    if not database.is_file():
        return None
    try:
        with contextlib.closing(
            sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
        ) as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if application_id != APPLICATION_ID or version != LATEST_VERSION:
                return None
            return read(connection)
    except (sqlite3.Error, OSError):
        return None
