"""Opening a Planner database with the standard library: the checks every opening makes,
and the read-only connection of those that only read.

`check_file` and `inspect_file` are the checks `planner.storage.db.open_database` makes
before SQLAlchemy touches the file (an SQLite header, integrity, whose it is, which
schema). `ReadOnlyDatabase` makes the same checks and then reads through `queries` on a
connection of the standard library's `sqlite3` opened read-only: the command line's read
commands and the window's first view use it, and never load SQLAlchemy.

It only takes a database it can read as it is: a current Planner database that holds a
conference. Anything else - no file yet, an empty or older database (which opening
creates, fills with the bundled program or upgrades), one on a disk that cannot even be
read in place - `ReadOnlyDatabase.open` answers None, and the caller takes the ordinary
way (`open_database`), which does what is needed and explains any problem. What makes
opening fail (a damaged or foreign file, a newer schema, a lock held too long) raises the
same error `open_database` raises.

`read_transaction` is the one read transaction every database object opens on an
`sqlite3` connection - this module's, `units.PlainDatabase`'s, and `db.Database`'s pooled
connections for `queries` - and `faults_classified` the one translation of their errors
into Planner's, which the units that write share.
"""

from __future__ import annotations

import contextlib
import sqlite3
import stat
from typing import TYPE_CHECKING

from planner.domain.display import NOT_REGULAR_KIND, file_kind, path_text
from planner.domain.errors import (
    ChangedMeanwhileError,
    DatabaseCode,
    DatabaseError,
    LockedError,
    StorageCode,
    StorageError,
    UsageError,
    is_damage,
    is_storage_fault,
    storage_error,
)
from planner.domain.refusals import Refusal, RefusalCode
from planner.storage import queries
from planner.storage.migrations import APPLICATION_ID, LATEST_VERSION

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextlib import AbstractContextManager
    from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# How long opening waits for another program's lock before saying so (the CLI's default;
# the window asks with a short wait and shows a message while it retries).
LOCK_WAIT_SECONDS = BUSY_TIMEOUT_MS / 1000


def check_file(path: Path) -> bool:
    """Raise if `path` cannot be a Planner database. Returns whether it already exists."""
    if not path.exists():
        return False
    if path.is_dir():
        raise DatabaseError(str(path), DatabaseCode.DIRECTORY)
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise storage_error(error, str(path), "read") from error
    if not stat.S_ISREG(mode):
        # Opening a pipe to read its header would wait for a writer for ever; it is not
        # damaged either, so never set aside (a `StorageError`, not a `DatabaseError`).
        kind = file_kind(mode)
        if kind == NOT_REGULAR_KIND:
            raise StorageError(str(path), code=StorageCode.NOT_REGULAR_DATABASE, doing="read")
        raise StorageError(
            str(path), code=StorageCode.NOT_A_DATABASE_FILE, doing="read", detail=kind
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise storage_error(error, str(path), "read") from error
    if not header:
        return False  # an empty file is what SQLite itself creates; treat as new
    if header != SQLITE_HEADER:
        raise DatabaseError(str(path), DatabaseCode.NOT_SQLITE)
    return True


def inspect_file(
    path: Path, lock_wait: float, uri_options: str = "mode=ro"
) -> tuple[int, int, bool]:
    """Read (application_id, user_version, has_tables) and verify integrity, read-only.

    Raises `DatabaseError` only when SQLite says the file is damaged or not a database;
    a lock, a full or read-only disk raise their `StorageError`.
    """
    uri = f"{path.resolve().as_uri()}?{uri_options}"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=lock_wait)
    except sqlite3.Error as error:
        raise storage_error(error, str(path), "opened") from error
    try:
        return _inspect(connection, path, lock_wait)
    finally:
        connection.close()


def _inspect(connection: sqlite3.Connection, path: Path, lock_wait: float) -> tuple[int, int, bool]:
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(lock_wait * 1000)}")
        check = connection.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            first = check[0][0] if check else "no answer"
            raise DatabaseError(str(path), DatabaseCode.DAMAGED, f"integrity check: {first}")
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        has_tables = bool(
            connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        )
    except sqlite3.Error as error:
        if is_damage(error):
            raise DatabaseError(str(path), DatabaseCode.DAMAGED_OR_NOT, str(error)) from error
        raise storage_error(error, str(path), "opened") from error
    return application_id, user_version, has_tables


def not_ours(path: Path, application_id: int, version: int, has_tables: bool) -> None:
    """Raise `DatabaseError` for a file that is another program's or a newer Planner's."""
    if has_tables and application_id != APPLICATION_ID:
        raise DatabaseError(str(path), DatabaseCode.OTHER_PROGRAM)
    if version > LATEST_VERSION:
        detail = f"{version}; this version reads up to {LATEST_VERSION}"
        raise DatabaseError(str(path), DatabaseCode.NEWER, detail)


def reason(error: BaseException) -> str:
    """What SQLite said (SQLAlchemy wraps its errors: the original's text)."""
    return str(getattr(error, "orig", None) or error)


@contextlib.contextmanager
def faults_classified(
    path: Path,
    doing: str,
    *,
    conflicts: tuple[type[BaseException], ...] = (sqlite3.IntegrityError,),
    faults: tuple[type[BaseException], ...] = (sqlite3.Error,),
) -> Iterator[None]:
    """A unit of work's errors as Planner's (`Database` adds SQLAlchemy's to `conflicts`
    and `faults`): a write another program's change made impossible, a value the database
    cannot keep, damage, and the storage's faults (lock, full disk...); anything else (a
    mistake in a query) stays the bug it is."""
    try:
        yield
    except conflicts as error:
        # A unit that writes holds the write lock throughout, so its own reads cannot be
        # overtaken; what is left is a change built on an earlier read (the window's view,
        # an undo step) that another process has made impossible since: a constraint that
        # no longer holds, a row that is gone. One line, nothing saved. (A read breaks no
        # constraint.)
        raise ChangedMeanwhileError(str(path)) from error
    except UnicodeEncodeError as error:
        # A value with bytes that are not UTF-8 (an argument the command line did not
        # check): SQLite keeps UTF-8 text only. One line, nothing saved.
        if not isinstance(error.object, str):
            raise
        refusal = Refusal(RefusalCode.NOT_UTF8_VALUE, path_text(error.object))
        raise UsageError.of(refusal) from error
    except OverflowError as error:
        if "SQLite INTEGER" not in str(error):
            raise
        raise UsageError.of(Refusal(RefusalCode.NUMBER_TOO_BIG, 2**63 - 1)) from error
    except faults as error:
        if is_damage(error):
            raise DatabaseError(str(path), DatabaseCode.DAMAGED, reason(error)) from error
        if not is_storage_fault(error):
            raise  # a mistake in a query, not a fault of the storage: a bug
        raise storage_error(error, str(path), doing) from error


def roll_back(connection: sqlite3.Connection) -> None:
    """End a transaction that failed, without hiding why it failed."""
    # SQLite may have ended the transaction itself (a full disk rolls it back); a failing
    # ROLLBACK must not hide the error that led to it.
    if connection.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")


@contextlib.contextmanager
def read_transaction(path: Path, connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """`connection` (in autocommit mode: Planner begins its transactions itself) inside
    one read transaction for the block's length, its errors as Planner's.

    A deferred `BEGIN`: in WAL mode the block's first read fixes what all of it sees, one
    revision of the database, whatever other processes commit meanwhile, and it never
    blocks a writer. Nothing is written, so the end is a `ROLLBACK`: after an error,
    `roll_back`'s; after a block that succeeded, one whose own failure is told."""
    with faults_classified(path, "read"):
        connection.execute("BEGIN")
        try:
            yield connection
        except BaseException:
            roll_back(connection)
            raise
        if connection.in_transaction:  # else SQLite ended it itself: nothing to end
            connection.execute("ROLLBACK")


class ReadOnlyDatabase:
    """A Planner database read with the standard library, on one read-only connection.

    Each `read_connection()` is one read transaction: everything read in it is of one
    revision of the database, whatever other processes commit meanwhile.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection = connection

    @classmethod
    def open(cls, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS) -> ReadOnlyDatabase | None:
        """The database at `path` for reading, or None when it must be opened the ordinary
        way first (see the module's docstring). Raises what `open_database` would raise
        for a damaged, foreign or newer file, or a lock held longer than `lock_wait`."""
        try:
            if not check_file(path):
                return None  # opening creates it
        except StorageError:
            return None  # cannot even be read: the ordinary way says how
        uri = f"{path.resolve().as_uri()}?mode=ro"
        try:
            connection = sqlite3.connect(
                uri, uri=True, timeout=lock_wait, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error:
            return None
        try:
            usable = _readable_as_it_is(connection, path, lock_wait)
        except BaseException:
            connection.close()
            raise
        if not usable:
            connection.close()
            return None
        return cls(path, connection)

    def read_connection(self) -> AbstractContextManager[sqlite3.Connection]:
        """The connection, inside one read transaction (ended when the block ends)."""
        return read_transaction(self.path, self._connection)

    def close(self) -> None:
        self._connection.close()


def _readable_as_it_is(connection: sqlite3.Connection, path: Path, lock_wait: float) -> bool:
    """Is this a current Planner database holding a conference (else it is to be created,
    filled or upgraded first, or cannot be read in place)? Raises for a damaged, foreign
    or newer file and for a lock held longer than `lock_wait`."""
    try:
        application_id, version, has_tables = _inspect(connection, path, lock_wait)
        not_ours(path, application_id, version, has_tables)
        if not has_tables or version != LATEST_VERSION:
            return False
        with faults_classified(path, "read"):
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA query_only = ON")
            return queries.latest_conference_id(connection) is not None
    except (DatabaseError, LockedError):
        raise
    except StorageError:
        return False  # e.g. a read-only disk without the WAL's index: a private copy helps
