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

LATEST_VERSION = 6
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


def _to_4(connection: Connection) -> None:
    """Version 4: calendar targets with their own per-session state; conferences' venue.

    The export state used to be one per conference, shared by every file written, so one
    export could make another lie. It is kept for the live calendar file (the one export
    that went on being read by subscribers), which becomes a target; one-off exports start
    their own state afresh.
    """
    for statement in (
        "ALTER TABLE conferences ADD COLUMN venue VARCHAR DEFAULT '' NOT NULL",
        """CREATE TABLE calendar_targets (
            id INTEGER NOT NULL,
            conference_id INTEGER NOT NULL,
            kind VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            location VARCHAR NOT NULL,
            include_plan_b BOOLEAN NOT NULL,
            alarm_minutes INTEGER,
            calendar_name VARCHAR NOT NULL,
            calendar_url VARCHAR NOT NULL,
            username VARCHAR NOT NULL,
            password_command VARCHAR NOT NULL,
            created_at DATETIME NOT NULL,
            last_sync DATETIME,
            last_attempt DATETIME,
            last_error TEXT NOT NULL,
            PRIMARY KEY (id),
            UNIQUE (conference_id, kind, name),
            FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
        )""",
        """CREATE TABLE target_events (
            target_id INTEGER NOT NULL,
            talk_key VARCHAR NOT NULL,
            sequence INTEGER NOT NULL,
            fingerprint VARCHAR NOT NULL,
            stamp DATETIME NOT NULL,
            present BOOLEAN NOT NULL,
            href VARCHAR NOT NULL,
            etag VARCHAR NOT NULL,
            remote VARCHAR NOT NULL,
            PRIMARY KEY (target_id, talk_key),
            FOREIGN KEY(target_id) REFERENCES calendar_targets (id) ON DELETE CASCADE
        )""",
        # The live file chosen with `export ics --live` (a preference until now).
        """INSERT INTO calendar_targets (conference_id, kind, name, location, include_plan_b,
            alarm_minutes, calendar_name, calendar_url, username, password_command,
            created_at, last_error)
        SELECT c.id, 'live', json_extract(p.value, '$.path'), json_extract(p.value, '$.path'),
            coalesce(json_extract(p.value, '$.include_plan_b'), 0) != 0,
            json_extract(p.value, '$.alarm_minutes'), '', '', '', '', datetime('now'), ''
        FROM preferences AS p JOIN conferences AS c ON p."key" = 'live-ics:' || c.id
        WHERE json_valid(p.value) AND json_type(p.value, '$.path') = 'text'
            AND json_extract(p.value, '$.path') != ''""",
        """DELETE FROM preferences WHERE "key" IN (
            SELECT 'live-ics:' || conference_id FROM calendar_targets WHERE kind = 'live')""",
        # Its sessions' SEQUENCE goes on from where the subscribers saw it. A session sent
        # out once more as cancelled ("withdrawn") is no longer in the file.
        """INSERT INTO target_events (target_id, talk_key, sequence, fingerprint, stamp,
            present, href, etag, remote)
        SELECT t.id, e.talk_key, e.sequence, e.fingerprint, e.updated_at,
            e.fingerprint != 'withdrawn', '', '', ''
        FROM exported_events AS e JOIN calendar_targets AS t
            ON t.conference_id = e.conference_id AND t.kind = 'live'""",
        "DROP TABLE exported_events",
    ):
        connection.exec_driver_sql(statement)


def _to_5(connection: Connection) -> None:
    """Version 5: a calendar target's last failure is kept as a code with values (for the
    window to say in its language), no longer as an English line. A line stored before
    stays readable: it becomes the detail of an "earlier" failure."""
    for statement in (
        "ALTER TABLE calendar_targets ADD COLUMN last_error_code VARCHAR DEFAULT '' NOT NULL",
        "ALTER TABLE calendar_targets ADD COLUMN last_error_values TEXT DEFAULT '{}' NOT NULL",
        """UPDATE calendar_targets
        SET last_error_code = 'earlier', last_error_values = json_object('detail', last_error)
        WHERE last_error != ''""",
        "ALTER TABLE calendar_targets DROP COLUMN last_error",
    ):
        connection.exec_driver_sql(statement)


def _to_6(connection: Connection) -> None:
    """Version 6: notes on sessions without a star (until now a note could only be kept on
    a star, so saving one starred the session)."""
    connection.exec_driver_sql(
        """CREATE TABLE loose_notes (
            id INTEGER NOT NULL,
            conference_id INTEGER NOT NULL,
            talk_key VARCHAR NOT NULL,
            note TEXT NOT NULL,
            updated_at DATETIME NOT NULL,
            PRIMARY KEY (id),
            UNIQUE (conference_id, talk_key),
            FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
        )"""
    )


_STEPS: dict[int, Callable[[Connection], None]] = {
    2: _to_2,
    3: _to_3,
    4: _to_4,
    5: _to_5,
    6: _to_6,
}
