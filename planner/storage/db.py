"""Opening the database: engine, connection pragmas, safety checks, schema versioning.

The database is one SQLite file. Before anything is written to it we check that it is a
healthy Planner database of a schema this build understands; otherwise `DatabaseError` is
raised and the file is left exactly as it was.

Faults of the *storage* are told apart from faults of the *file* (`storage_error`): a
database locked by another program raises `LockedError`; one on a full or read-only disk
is opened read-only (`Database.read_only`), so that the user still sees every star and
is told plainly why nothing can be changed. Only `DatabaseError` means "not a Planner
database".
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.errors import (
    DatabaseCode,
    DatabaseError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
    StorageNote,
    storage_error,
    why_read_only,
)
from planner.storage import migrations, revision
from planner.storage.reader import (
    LOCK_WAIT_SECONDS,
    check_file,
    faults_classified,
    inspect_file,
    not_ours,
    read_transaction,
)
from planner.storage.schema import Base
from planner.storage.units import OwnWrites, set_up

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextlib import AbstractContextManager

APPLICATION_ID = migrations.APPLICATION_ID


@dataclass(frozen=True)
class OpenReport:
    """What opening the database did, for the UI to tell the user."""

    created: bool = False
    migrated_from: int | None = None
    backup: Path | None = None


class Database(OwnWrites):
    """An open Planner database: an engine plus a factory of ORM sessions."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        report: OpenReport,
        read_only: StorageError | None = None,
        scratch: Path | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.engine = engine
        self.report = report
        # Why the database was opened read-only (a full or read-only disk), or None.
        self.read_only = read_only
        self._scratch = scratch  # a private copy read instead of the file; removed on close
        # Reads begin a deferred transaction (one snapshot), writes an immediate one.
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(_for_writing(engine), expire_on_commit=False)
        self.commits = 0  # units of work this object committed that wrote something

    @contextlib.contextmanager
    def transaction(self, *, bookkeeping: bool = False) -> Iterator[Session]:
        """One unit of work that writes: commits on success, rolls back on any exception.

        The unit holds the database's write lock from its first statement (`BEGIN
        IMMEDIATE`, see `_begin`), so whatever it reads before writing is what it writes
        against: another process cannot slip a change in between (a toggle that read
        "not starred" cannot then insert a second star). Waiting for another writer's lock
        is SQLite's busy timeout; a lock held longer is "locked by another program".

        Every unit of work that wrote something also gives the database a new revision,
        so that a copy of what was read (the window's quick-start snapshot) can be proven
        current, and remembers which revision it replaced (see `written_since`). One that
        wrote nothing (a dry run) leaves the revision alone, and so does one that only
        keeps `bookkeeping` no view and no quick-start snapshot shows (an exported file's
        per-session state, when a feed was last looked at): an open window has nothing to
        read again for it. A storage fault (lock, full
        disk...) is raised as its `StorageError`; a write that another program's change
        made impossible (`_faults_classified`) as a `ConflictError`.
        """
        if self.read_only is not None:
            raise self.read_only.again()
        with self._faults_classified("written"), self._writes.begin() as session:
            connection = session.connection()  # BEGIN IMMEDIATE, before anything is read
            driver = connection.connection.driver_connection
            assert driver is not None
            # SQLite counts the rows each connection changed: an unchanged count at the end
            # means the unit wrote nothing (ORM changes not flushed yet are flushed first).
            changed_before = driver.total_changes
            yield session
            session.flush()
            wrote = driver.total_changes != changed_before
            before = after = None
            if wrote and not bookkeeping:
                before = revision.parse(
                    connection.exec_driver_sql(revision.READ, revision.PARAMETERS).scalar()
                )
                after = revision.parse(
                    connection.exec_driver_sql(revision.RENEW, revision.PARAMETERS).scalar()
                )
        if wrote:
            self.commits += 1
            self._wrote(before, after)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """One unit of work that only reads: everything it reads is one snapshot of the
        database (a deferred `BEGIN`: in WAL mode the first read fixes what the unit sees,
        whatever other processes commit meanwhile)."""
        with self._faults_classified("read"), self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def read_connection(self) -> Iterator[sqlite3.Connection]:
        """One of the engine's pooled DB-API connections in one read transaction, for
        `planner.storage.queries`: `reader.read_transaction`, as
        `reader.ReadOnlyDatabase.read_connection` (no ORM session: the queries are SQL)."""
        with self._faults_classified("read"):  # connecting: SQLAlchemy's errors too
            pooled = self.engine.raw_connection()
        try:
            driver = pooled.driver_connection
            assert isinstance(driver, sqlite3.Connection), driver
            with read_transaction(self.path, driver) as connection:
                yield connection
        finally:
            pooled.close()  # back to the pool

    def _faults_classified(self, doing: str) -> AbstractContextManager[None]:
        # As a plain unit's, and SQLAlchemy's own errors: its wrapped DB-API errors, and a
        # row the ORM found gone (`StaleDataError`).
        return faults_classified(
            self.path,
            doing,
            conflicts=(IntegrityError, sqlite3.IntegrityError, StaleDataError),
            faults=(DBAPIError, sqlite3.Error),
        )

    def close(self) -> None:
        self.engine.dispose()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


def _set_connection_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Planner begins its transactions itself (`_begin`): pysqlite's own handling would
    # begin one only at the first write, after the unit's reads (SQLAlchemy's documented
    # recipe for SQLite transactions that are whole).
    dbapi_connection.isolation_level = None
    set_up(dbapi_connection)


def backup_path_for(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.schema{version}-{stamp}.bak")


def _backup(path: Path, version: int) -> Path:
    """Copy the database (consistently, through SQLite) before a migration touches it."""
    target = backup_path_for(path, version)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        except BaseException:
            destination.close()
            target.unlink(missing_ok=True)  # a partial copy is no backup
            raise
        finally:
            destination.close()
    finally:
        source.close()
    return target


def open_database(path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS) -> Database:
    """Open (creating or upgrading if needed) the Planner database at `path`.

    Raises:
        DatabaseError: the file is damaged, another program's, or from a newer Planner
            (the only case in which it is not a Planner database). Not modified.
        LockedError: another program held its lock for `lock_wait` seconds.
        StorageError: it cannot be read, or (being new or in need of an upgrade) cannot be
            written, because of the disk or folder it is on. Not modified.
    A healthy database on a full or read-only disk is opened read-only instead (see
    `Database.read_only`).
    """
    exists = check_file(path)
    created = False
    migrated_from: int | None = None
    backup: Path | None = None
    if exists:
        try:
            application_id, version, has_tables = inspect_file(path, lock_wait)
        except (DiskFullError, ReadOnlyError) as error:
            return _open_read_only(path, error, lock_wait)
        not_ours(path, application_id, version, has_tables)
        read_only = why_read_only(str(path))
        if read_only is not None:  # SQLite would open it, and fail at the first change
            return _open_read_only(path, read_only, lock_wait)
        if has_tables and version < migrations.LATEST_VERSION:
            try:
                backup = _backup(path, version)
            except (sqlite3.Error, OSError) as error:
                raise storage_error(error, str(path), "backed up before its upgrade") from error
            migrated_from = version
        created = not has_tables
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise storage_error(error, str(path), "created") from error
        created = True

    engine = _engine(f"sqlite:///{path}")
    try:
        # WAL lets a reader (a second window, the CLI) run while the app writes. The
        # journal mode cannot change inside a transaction: set it on a bare connection.
        bare = engine.raw_connection()
        try:
            bare.cursor().execute("PRAGMA journal_mode = WAL").close()
        finally:
            bare.close()
        if created or migrated_from is not None:
            # One transaction, DDL included: a new schema or an upgrade is whole or absent.
            with _for_writing(engine).begin() as connection:
                if created:
                    Base.metadata.create_all(connection)
                    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                elif migrated_from is not None:
                    migrations.upgrade(connection, migrated_from)
                connection.exec_driver_sql(f"PRAGMA user_version = {migrations.LATEST_VERSION}")
    except DBAPIError as error:
        engine.dispose()
        fault = storage_error(error, str(path), "written")
        if isinstance(fault, DiskFullError | ReadOnlyError) and exists and not created:
            if migrated_from is None:
                return _open_read_only(path, fault, lock_wait)
            fault = fault.again(note=StorageNote.UPGRADE_FIRST)
        raise fault from error
    return Database(path, engine, OpenReport(created, migrated_from, backup))


def _engine(url: str) -> Engine:
    # A small pool keeps connections (and their pragmas) open between transactions;
    # SQLAlchemy allows pysqlite file connections to be shared across threads.
    engine = create_engine(url, pool_size=2, max_overflow=4)
    event.listen(engine, "connect", _set_connection_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


# The execution option that marks a unit of work that writes (`_for_writing`).
_WRITES = "planner_writes"


def _for_writing(engine: Engine) -> Engine:
    """The same engine (pool, events), whose transactions take the write lock at once."""
    return engine.execution_options(**{_WRITES: True})


def _begin(connection: Connection) -> None:
    """Begin the transaction of a unit of work at its first statement.

    A unit that writes takes the write lock now (`BEGIN IMMEDIATE`, waiting up to the busy
    timeout for another writer), so that no other process can change what it is about to
    read and then write against. A unit that reads begins a deferred transaction, which
    holds one snapshot of the database for all its reads (in WAL mode), and never blocks
    a writer.
    """
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _open_read_only(path: Path, why: StorageError, lock_wait: float) -> Database:
    """Open a healthy database that cannot be written (full or read-only disk) for reading.

    SQLite reads a WAL database through its shared-memory index, which it cannot create
    on such a disk, so when reading the file in place fails, a private copy of it and its
    WAL is read instead (in the temporary folder, usually on another disk). Reading it as
    "immutable" would skip the WAL and hide the latest changes, so that is done only when
    there is no WAL. Raises `why` (amended) when none of these works.
    """
    reason = why.again(doing="changed", note=StorageNote.OPENED_READ_ONLY)
    scratch: Path | None = None
    source, options = path, "mode=ro"
    try:
        facts = inspect_file(source, lock_wait, options)
    except StorageError:
        scratch = _private_copy(path)
        if scratch is not None:
            source = scratch / path.name
        elif _wal_is_empty(path):
            options = "mode=ro&immutable=1"
        else:
            raise why from None
        try:
            facts = inspect_file(source, lock_wait, options)
        except StorageError:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
            raise why from None
    application_id, version, has_tables = facts
    problem: DatabaseError | None = None
    if has_tables and application_id != APPLICATION_ID:
        problem = DatabaseError(str(path), DatabaseCode.OTHER_PROGRAM)
    elif version > migrations.LATEST_VERSION:
        problem = DatabaseError(str(path), DatabaseCode.NEWER, str(version))
    if problem is not None or not has_tables or version < migrations.LATEST_VERSION:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        if problem is not None:
            raise problem
        needs = StorageNote.NEW_AND_EMPTY if not has_tables else StorageNote.NEEDS_UPGRADE
        raise why.again(note=needs) from None
    uri = f"sqlite:///file:{source.resolve()}?{options}&uri=true"
    return Database(path, _engine(uri), OpenReport(), read_only=reason, scratch=scratch)


def _wal_is_empty(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _private_copy(path: Path) -> Path | None:
    """Copy the database and its WAL into a new private temporary folder, or None."""
    try:
        scratch = Path(tempfile.mkdtemp(prefix="planner-read-only-"))
    except OSError:
        return None
    try:
        shutil.copyfile(path, scratch / path.name)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, scratch / wal.name)
    except OSError:
        shutil.rmtree(scratch, ignore_errors=True)
        return None
    os.chmod(scratch, 0o700)
    return scratch


def move_aside(path: Path) -> Path:
    """Rename an unusable database (and its WAL files) out of the way, never deleting it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.unusable-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.unusable-{stamp}-{counter}")
    shutil.move(path, target)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            shutil.move(sidecar, target.with_name(target.name + suffix))
    return target
