"""Opening the database: engine, connection pragmas, safety checks, schema versioning.

The database is one SQLite file. Before anything is written to it we check that it is a
healthy Planner database of a schema this build understands; otherwise `DatabaseError` is
raised and the file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from planner.domain.errors import DatabaseError
from planner.storage import migrations, revision
from planner.storage.schema import Base

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

APPLICATION_ID = migrations.APPLICATION_ID
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class OpenReport:
    """What opening the database did, for the UI to tell the user."""

    created: bool = False
    migrated_from: int | None = None
    backup: Path | None = None


class Database:
    """An open Planner database: an engine plus a factory of ORM sessions."""

    def __init__(self, path: Path, engine: Engine, report: OpenReport) -> None:
        self.path = path
        self.engine = engine
        self.report = report
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # revision replaced → revision written, for this object's own commits
        self._own_writes: dict[int, int] = {}
        self._own_lock = threading.Lock()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception.

        Every unit of work that wrote something also gives the database a new revision,
        so that a copy of what was read (the window's quick-start snapshot) can be proven
        current, and remembers which revision it replaced (see `written_since`). One that
        only read (a dry run) leaves the revision alone.
        """
        with self._sessions.begin() as session:
            yield session
            connection = session.connection()
            # pysqlite opens its transaction at the first write statement, so this says
            # whether anything was written (ORM changes not flushed yet are flushed first).
            session.flush()
            driver = connection.connection.driver_connection
            if driver is None or not driver.in_transaction:
                return
            before = revision.parse(
                connection.exec_driver_sql(revision.READ, revision.PARAMETERS).scalar()
            )
            after = revision.parse(
                connection.exec_driver_sql(revision.RENEW, revision.PARAMETERS).scalar()
            )
        if before is not None and after is not None:
            with self._own_lock:
                self._own_writes[before] = after
                while len(self._own_writes) > _OWN_WRITES_KEPT:
                    del self._own_writes[next(iter(self._own_writes))]

    def written_since(self, seen: int, current: int) -> bool:
        """Did anyone but this `Database` write between revisions `seen` and `current`?

        Follows this object's own commits from `seen`: if they lead to `current`, every
        write since was ours (the window already shows it); otherwise another process
        (or another `Database` on the same file) wrote too.
        """
        with self._own_lock:
            position, steps = seen, 0
            while position != current and position in self._own_writes:
                position = self._own_writes[position]
                steps += 1
                if steps > _OWN_WRITES_KEPT:
                    break
        return position != current

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


# How many of its own commits a Database remembers (written_since): far more than can
# happen between two looks of the window's watcher.
_OWN_WRITES_KEPT = 256


def revision_of(session: Session) -> int:
    """The revision of the database as `session` sees it (0 before the first write, and
    when another tool mangled it: the next write sets a proper one)."""
    value = session.connection().exec_driver_sql(revision.READ, revision.PARAMETERS).scalar()
    return revision.parse(value) or 0


def _set_connection_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # FULL: a transaction that reported success survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _check_file(path: Path) -> bool:
    """Raise if `path` cannot be a Planner database. Returns whether it already exists."""
    if not path.exists():
        return False
    if path.is_dir():
        raise DatabaseError(str(path), "is a directory, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(str(path), f"cannot be read ({error.strerror or error})") from error
    if not header:
        return False  # an empty file is what SQLite itself creates; treat as new
    if header != SQLITE_HEADER:
        raise DatabaseError(str(path), "is not an SQLite database (unrecognised file header)")
    return True


def _inspect(path: Path) -> tuple[int, int, bool]:
    """Read (application_id, user_version, has_tables) and verify integrity, read-only."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise DatabaseError(str(path), f"cannot be opened ({error})") from error
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        check = connection.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            first = check[0][0] if check else "no answer"
            raise DatabaseError(str(path), f"is damaged (integrity check: {first})")
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        has_tables = bool(
            connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        )
    except sqlite3.DatabaseError as error:
        raise DatabaseError(str(path), f"is damaged or not a database ({error})") from error
    finally:
        connection.close()
    return application_id, user_version, has_tables


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
        finally:
            destination.close()
    finally:
        source.close()
    return target


def open_database(path: Path) -> Database:
    """Open (creating or upgrading if needed) the Planner database at `path`.

    Raises:
        DatabaseError: the file is unreadable, damaged, another program's, or from a newer
            Planner. The file is not modified in any of these cases.
    """
    exists = _check_file(path)
    created = False
    migrated_from: int | None = None
    backup: Path | None = None
    if exists:
        application_id, version, has_tables = _inspect(path)
        if has_tables and application_id != APPLICATION_ID:
            raise DatabaseError(
                str(path), "is an SQLite database of another program, not a Planner database"
            )
        if version > migrations.LATEST_VERSION:
            raise DatabaseError(
                str(path),
                f"was written by a newer Planner (schema {version}; this version reads up to "
                f"{migrations.LATEST_VERSION}); update Planner to open it",
            )
        if has_tables and version < migrations.LATEST_VERSION:
            backup = _backup(path, version)
            migrated_from = version
        created = not has_tables
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                str(path), f"cannot create its folder ({error.strerror or error})"
            ) from error
        created = True

    # A small pool keeps connections (and their pragmas) open between transactions;
    # SQLAlchemy allows pysqlite file connections to be shared across threads.
    engine = create_engine(f"sqlite:///{path}", pool_size=2, max_overflow=4)
    event.listen(engine, "connect", _set_connection_pragmas)
    try:
        with engine.begin() as connection:
            # WAL lets a reader (a second window, the CLI) run while the app writes.
            connection.exec_driver_sql("PRAGMA journal_mode = WAL")
        with engine.begin() as connection:
            if created:
                Base.metadata.create_all(connection)
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.exec_driver_sql(f"PRAGMA user_version = {migrations.LATEST_VERSION}")
            elif migrated_from is not None:
                migrations.upgrade(connection, migrated_from)
                connection.exec_driver_sql(f"PRAGMA user_version = {migrations.LATEST_VERSION}")
    except DBAPIError as error:
        engine.dispose()
        raise DatabaseError(str(path), f"cannot be written ({error.orig})") from error
    return Database(path, engine, OpenReport(created, migrated_from, backup))


def schema_version(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("PRAGMA user_version")).scalar_one())


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
