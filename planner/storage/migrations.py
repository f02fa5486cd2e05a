"""Explicit, versioned schema migrations (SQLite `PRAGMA user_version`).

A fresh database is created from the ORM metadata and stamped with `LATEST_VERSION`.
An older database is brought forward one step at a time by the functions below; each
step runs inside the caller's transaction, so a failure leaves the file as it was (and a
backup copy is taken before the first step anyway).

To change the schema: edit `schema.py`, add `_to_N` here that turns version N-1 into
exactly what `create_all` now produces, bump `LATEST_VERSION`, and freeze the old DDL in
`tests/storage/schemas/vN-1.sql` so the upgrade test keeps proving the path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Connection

LATEST_VERSION = 3
# "PLNR" in ASCII: marks a SQLite file as ours (PRAGMA application_id), so we never migrate
# or write into some other program's database that happens to sit at our path.
APPLICATION_ID = 0x504C4E52
# A value in `preferences` that every write transaction renews (`Database.transaction`):
# whoever remembers it can tell, with one read, that nothing changed since.
REVISION_KEY = "revision"


def upgrade(connection: Connection, from_version: int) -> None:
    if from_version < 1:
        raise ValueError(f"unknown schema version {from_version}")
    for target in range(from_version + 1, LATEST_VERSION + 1):
        _STEPS[target](connection)


def _to_2(connection: Connection) -> None:
    """Version 2: personal busy blocks, preferences, URL feeds, iCal export state."""
    for statement in (
        """CREATE TABLE busy_blocks (
            id INTEGER NOT NULL,
            conference_id INTEGER NOT NULL,
            title VARCHAR NOT NULL,
            start DATETIME NOT NULL,
            "end" DATETIME NOT NULL,
            created_at DATETIME NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX ix_busy_blocks_conference_id ON busy_blocks (conference_id)",
        """CREATE TABLE preferences (
            "key" VARCHAR NOT NULL,
            value JSON NOT NULL,
            PRIMARY KEY ("key")
        )""",
        """CREATE TABLE feeds (
            id INTEGER NOT NULL,
            url VARCHAR NOT NULL,
            conference_id INTEGER,
            etag VARCHAR NOT NULL,
            last_modified VARCHAR NOT NULL,
            content_sha256 VARCHAR NOT NULL,
            cache_file VARCHAR NOT NULL,
            fetched_at DATETIME NOT NULL,
            PRIMARY KEY (id),
            UNIQUE (url),
            FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE SET NULL
        )""",
        """CREATE TABLE exported_events (
            conference_id INTEGER NOT NULL,
            talk_key VARCHAR NOT NULL,
            sequence INTEGER NOT NULL,
            fingerprint VARCHAR NOT NULL,
            updated_at DATETIME NOT NULL,
            PRIMARY KEY (conference_id, talk_key),
            FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
        )""",
    ):
        connection.exec_driver_sql(statement)


def _to_3(connection: Connection) -> None:
    """Version 3: colleagues' agendas shown as overlays."""
    for statement in (
        """CREATE TABLE overlays (
            id INTEGER NOT NULL,
            conference_id INTEGER NOT NULL,
            name VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            visible BOOLEAN NOT NULL,
            program_fingerprint VARCHAR NOT NULL,
            imported_at DATETIME NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX ix_overlays_conference_id ON overlays (conference_id)",
        """CREATE TABLE overlay_sessions (
            id INTEGER NOT NULL,
            overlay_id INTEGER NOT NULL,
            talk_key VARCHAR NOT NULL,
            title VARCHAR NOT NULL,
            start DATETIME NOT NULL,
            "end" DATETIME,
            priority VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            note TEXT NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(overlay_id) REFERENCES overlays (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX ix_overlay_sessions_overlay_id ON overlay_sessions (overlay_id)",
    ):
        connection.exec_driver_sql(statement)


_STEPS: dict[int, Callable[[Connection], None]] = {2: _to_2, 3: _to_3}
