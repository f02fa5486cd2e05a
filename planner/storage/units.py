"""Units of work on either connection: an ORM session's, or the standard library's own.

A unit of work is what a use case reads and writes in, inside one transaction: the ORM
`Session` that the core's `storage.db.Database` hands out, or a plain `sqlite3.Connection`
that `PlainDatabase` hands out. Whatever is written as SQL (the program writer, a feed's
state) and every read (`storage.queries`) run on `connection_of(unit)`, so the same code
serves both; what writes through the ORM (stars, notes, calendar targets) needs the core.

`PlainDatabase` is a current Planner database opened for writing with the standard
library, as `reader.ReadOnlyDatabase` opens one for reading: the same checks as
`storage.db.open_database`, the same connection settings (busy timeout, foreign keys,
synchronous FULL, WAL), the same transactions (`BEGIN IMMEDIATE` for a unit that writes,
a renewed revision after every write) and the same classification of faults. It takes
only a database there is nothing to do to first: creating, upgrading or recovering one -
the schema and the migrations - is the core's. `planner import` stores a program through
it, and so never loads SQLAlchemy (1,400 M of its 2,500 M instructions: docs/performance.md).

Standard library only (an import-linter contract holds it so).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from typing import TYPE_CHECKING, Protocol

from planner.domain.errors import (
    DiskFullError,
    ReadOnlyError,
    StorageError,
    why_read_only,
)
from planner.storage import revision
from planner.storage.migrations import LATEST_VERSION
from planner.storage.reader import (
    BUSY_TIMEOUT_MS,
    LOCK_WAIT_SECONDS,
    check_file,
    faults_classified,
    inspect_file,
    not_ours,
    read_transaction,
    roll_back,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextlib import AbstractContextManager
    from pathlib import Path
    from typing import TypeAlias

    from sqlalchemy.orm import Session

    Unit: TypeAlias = Session | sqlite3.Connection


def connection_of(unit: Unit) -> sqlite3.Connection:
    """The unit's DB-API connection, in its transaction; for an ORM session, with its
    pending changes flushed first, so that what runs on it sees what the unit wrote."""
    if isinstance(unit, sqlite3.Connection):
        return unit
    unit.flush()
    driver = unit.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection), driver
    return driver


class UnitsOfWork(Protocol):
    """What a use case needs of a database: units that write, units that read."""

    @property
    def path(self) -> Path: ...

    def transaction(self, *, bookkeeping: bool = False) -> AbstractContextManager[Unit]: ...

    def reading(self) -> AbstractContextManager[Unit]: ...


# How many of its own commits a database remembers (`OwnWrites`): far more than can
# happen between two looks of the window's watcher.
OWN_WRITES_KEPT = 256


class OwnWrites:
    """The revisions a database's own commits replaced, and wrote: whether anyone else
    wrote between two revisions (`written_since`)."""

    def __init__(self) -> None:
        self._own_writes: dict[int, int] = {}  # revision replaced → revision written
        self._own_lock = threading.Lock()

    def _wrote(self, before: int | None, after: int | None) -> None:
        if before is None or after is None:
            return
        with self._own_lock:
            self._own_writes[before] = after
            while len(self._own_writes) > OWN_WRITES_KEPT:
                del self._own_writes[next(iter(self._own_writes))]

    def written_since(self, seen: int, current: int) -> bool:
        """Did anyone but this database write between revisions `seen` and `current`?

        Follows this object's own commits from `seen`: if they lead to `current`, every
        write since was ours (the window already shows it); otherwise another process
        (or another database object on the same file) wrote too.
        """
        with self._own_lock:
            position, steps = seen, 0
            while position != current and position in self._own_writes:
                position = self._own_writes[position]
                steps += 1
                if steps > OWN_WRITES_KEPT:
                    break
        return position != current


def renew_revision(connection: sqlite3.Connection) -> tuple[int | None, int | None]:
    """Give the database a new revision, in the unit's transaction: (replaced, written)."""
    before = revision.read(connection)
    row = connection.execute(revision.RENEW, revision.PARAMETERS).fetchall()
    return before, revision.parse(row[0][0])


def set_up(connection: sqlite3.Connection) -> None:
    """What every connection that writes a Planner database sets, the core's
    (`storage.db`, at each connection of its pool) and `PlainDatabase`'s alike."""
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}").close()
    connection.execute("PRAGMA foreign_keys = ON").close()
    # FULL: a transaction that reported success survives a power cut, not only a crash.
    connection.execute("PRAGMA synchronous = FULL").close()


class PlainDatabase(OwnWrites):
    """A current Planner database written with the standard library (see the module's
    docstring), on one connection: for one thread, the command line's."""

    read_only: StorageError | None = None  # never: such a database is the core's to open

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        super().__init__()
        self.path = path
        self._connection = connection
        self.commits = 0  # units of work committed that wrote something

    @classmethod
    def open(cls, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS) -> PlainDatabase | None:
        """The database at `path` for writing, or None when the core must open it: it does
        not exist yet, is empty, of an older schema, or on a disk that is full or cannot
        be written (the core opens such a database read-only and says why). Raises what
        `open_database` raises for a file that is damaged, another program's or a newer
        Planner's, or locked longer than `lock_wait` - the same checks, in the same order."""
        if not check_file(path):
            return None  # the core creates it
        try:
            application_id, version, has_tables = inspect_file(path, lock_wait)
        except (DiskFullError, ReadOnlyError):
            return None
        not_ours(path, application_id, version, has_tables)
        if not has_tables or version != LATEST_VERSION or why_read_only(str(path)) is not None:
            return None
        try:
            connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error:
            return None
        try:
            set_up(connection)
            connection.execute("PRAGMA journal_mode = WAL").fetchall()  # as the core's opening
        except sqlite3.Error:
            connection.close()
            return None  # the core's opening says what is wrong, or opens it read-only
        return cls(path, connection)

    @contextlib.contextmanager
    def transaction(self, *, bookkeeping: bool = False) -> Iterator[sqlite3.Connection]:
        """One unit of work that writes, as `Database.transaction`: it holds the write lock
        from its first statement (`BEGIN IMMEDIATE`), commits on success and rolls back on
        any exception, and a unit that wrote something (but `bookkeeping`) renews the
        revision."""
        connection = self._connection
        wrote = False
        before = after = None
        with faults_classified(self.path, "written"):
            connection.execute("BEGIN IMMEDIATE")
            try:
                changed_before = connection.total_changes
                yield connection
                wrote = connection.total_changes != changed_before
                if wrote and not bookkeeping:
                    before, after = renew_revision(connection)
                connection.execute("COMMIT")
            except BaseException:
                roll_back(connection)
                raise
        if wrote:
            self.commits += 1
            self._wrote(before, after)

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        """One unit of work that only reads: one snapshot of the database (deferred
        `BEGIN`), as `Database.reading`."""
        return read_transaction(self.path, self._connection)

    def read_connection(self) -> AbstractContextManager[sqlite3.Connection]:
        """For `planner.storage.queries` (the catalog's `ReadSource`)."""
        return self.reading()

    def close(self) -> None:
        self._connection.close()
