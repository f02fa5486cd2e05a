"""The one place that writes a `Program` into the database.

Every importer produces a `Program`; this module stores it, creating the conference or
updating it in place. An update keeps the user's stars: they are keyed by session key,
follow a session whose key changed (recognised by title and speakers), and a starred
session that left the program stays, marked cancelled. Runs inside the caller's
transaction, so an import either lands whole or not at all.

Every statement is SQL on the unit of work's DB-API connection (`storage.units.
connection_of`: an ORM session's, or a plain `sqlite3` connection's), in its transaction,
with the values converted as the ORM columns of `storage.schema` convert them
(`columns.utc_text` for a `UTCDateTime`, ISO text for a `Date`, `json.dumps` for `JSON`,
0/1 for a `Boolean`); `tests/storage/test_writer_rows.py` reads every column back through
the ORM. The ORM classes stay the schema, but storing a program does not go through them,
and this module does not import SQLAlchemy: `planner import` stores its program on the
standard library's connection (`units.PlainDatabase`) and never loads it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from planner.domain.colors import color_for
from planner.domain.messages import ChangeDetail, DetailCode
from planner.domain.preferences import SOURCE_IDS
from planner.domain.updates import (
    ChangeKind,
    ImportReport,
    ProgramDiff,
    TalkSnapshot,
    diff_programs,
)
from planner.storage import queries
from planner.storage.columns import utc_now, utc_text
from planner.storage.units import connection_of

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

    from planner.domain.program import Program, ProgramDay, ProgramTalk
    from planner.storage.queries import FeedState
    from planner.storage.units import Unit

_TALK_COLUMNS = (
    "day_id",
    "room_id",
    "track_id",
    "title",
    "subtitle",
    "type",
    "language",
    "abstract",
    "description",
    "start",
    '"end"',
    "url",
    "links",
    "untitled",
)


def _day_of(talk: ProgramTalk, days: tuple[ProgramDay, ...], zone: ZoneInfo) -> date:
    if talk.day is not None:
        return talk.day
    for day in days:
        if day.start is not None and day.end is not None and day.start <= talk.start < day.end:
            return day.date
    return talk.start.astimezone(zone).date()


def _snapshot_of_program(talk: ProgramTalk) -> TalkSnapshot:
    return TalkSnapshot(
        talk.key,
        talk.title,
        talk.start,
        talk.end,
        talk.room,
        talk.track,
        talk.speakers,
        talk.subtitle,
        talk.abstract,
    )


def _moment(text: str) -> datetime:
    """A `UTCDateTime` column's text, read back as the ORM reads it."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _stored_snapshots(
    connection: sqlite3.Connection, conference_id: int
) -> tuple[dict[str, TalkSnapshot], dict[str, int], set[str]]:
    """(live sessions by key, row id by key for all rows, keys of cancelled rows)."""
    rows = connection.execute(
        """SELECT talks.id, talks."key", talks.title, talks.start, talks."end", rooms.name,
                  tracks.name, talks.subtitle, talks.abstract, talks.cancelled
           FROM talks
           LEFT OUTER JOIN rooms ON talks.room_id = rooms.id
           LEFT OUTER JOIN tracks ON talks.track_id = tracks.id
           WHERE talks.conference_id = ?""",
        (conference_id,),
    ).fetchall()
    names: dict[int, list[str]] = defaultdict(list)
    for talk_id, name in connection.execute(
        """SELECT talk_speakers.talk_id, speakers.name
           FROM talk_speakers JOIN speakers ON talk_speakers.speaker_id = speakers.id
           WHERE speakers.conference_id = ?
           ORDER BY talk_speakers.talk_id, talk_speakers.position""",
        (conference_id,),
    ):
        names[talk_id].append(name)
    live: dict[str, TalkSnapshot] = {}
    ids: dict[str, int] = {}
    cancelled: set[str] = set()
    for talk_id, key, title, start, end, room, track, subtitle, abstract, is_cancelled in rows:
        ids[key] = talk_id
        if is_cancelled:
            cancelled.add(key)
            continue
        live[key] = TalkSnapshot(
            key,
            title,
            _moment(start),
            _moment(end),
            room or "",
            track or "",
            tuple(names[talk_id]),
            subtitle,
            abstract,
        )
    return live, ids, cancelled


def _upsert_named(
    connection: sqlite3.Connection,
    table: str,
    conference_id: int,
    rows: list[dict[str, object]],
) -> dict[str, int]:
    """Insert or update rows identified by (conference, name); return name → id.

    One INSERT ... ON CONFLICT DO UPDATE per row batch (plain executemany, for speed).
    """
    if rows:
        fields = list(rows[0])
        changed = [field for field in fields if field != "name"]
        update_clause = (
            "DO UPDATE SET " + ", ".join(f"{f} = excluded.{f}" for f in changed)
            if changed
            else "DO NOTHING"
        )
        connection.executemany(
            f"INSERT INTO {table} (conference_id, {', '.join(fields)}) "
            f"VALUES (?, {', '.join('?' * len(fields))}) "
            f"ON CONFLICT (conference_id, name) {update_clause}",
            [(conference_id, *(row[field] for field in fields)) for row in rows],
        )
    return dict(
        connection.execute(
            f"SELECT name, id FROM {table} WHERE conference_id = ?", (conference_id,)
        ).fetchall()
    )


def _each(connection: sqlite3.Connection, sql: str, ids: Sequence[int]) -> None:
    """`sql` (one `?` for a row id) for every id in `ids`."""
    connection.executemany(sql, [(row_id,) for row_id in ids])


def _source_ids(program: Program) -> dict[str, tuple[str, str]]:
    """Each session's (event id, GUID) from the source where its key does not say them:
    a key is made from one of them (lower-cased GUID first), other apps name the other."""
    kept = {}
    for talk in program.talks:
        said = re.sub(r"#[0-9]+$", "", talk.key).partition(":")[2]
        pair = tuple("" if value == said else value for value in (talk.source_id, talk.guid))
        if any(pair):
            kept[talk.key] = (pair[0], pair[1])
    return kept


def _store_conference(
    connection: sqlite3.Connection, program: Program, now: datetime
) -> tuple[int, bool]:
    """The conference's row id (its row created or updated), and whether it is new."""
    values = (
        program.title,
        program.acronym,
        program.time_zone,
        program.start.isoformat(),
        program.end.isoformat(),
        program.source,
        program.version,
        program.format,
        program.notice,
        program.url,
        program.venue,
        utc_text(now),
    )
    columns = (
        "title",
        "acronym",
        "time_zone",
        "start_date",
        "end_date",
        "source",
        "version",
        "format",
        "notice",
        "url",
        "venue",
        "updated_at",
    )
    found = connection.execute(
        "SELECT id FROM conferences WHERE identity = ?", (program.identity,)
    ).fetchone()
    if found is not None:
        connection.execute(
            f"UPDATE conferences SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            (*values, found[0]),
        )
        return found[0], False
    cursor = connection.execute(
        f"INSERT INTO conferences (identity, imported_at, {', '.join(columns)}) "
        f"VALUES (?, ?, {', '.join('?' * len(columns))})",
        (program.identity, utc_text(now), *values),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid, True


def _store_days(
    connection: sqlite3.Connection,
    conference_id: int,
    program: Program,
    all_dates: list[date],
) -> dict[date, int]:
    """The days' rows (those the source lists plus any a session falls on): date → id."""
    day_bounds = {day.date: day for day in program.days}
    stored = {
        day_text: (day_id, start, end)
        for day_id, day_text, start, end in connection.execute(
            'SELECT id, date, start, "end" FROM days WHERE conference_id = ?', (conference_id,)
        )
    }
    inserts, updates = [], []
    for day_date in all_dates:
        bounds = day_bounds.get(day_date)
        start = utc_text(bounds.start) if bounds and bounds.start is not None else None
        end = utc_text(bounds.end) if bounds and bounds.end is not None else None
        row = stored.get(day_date.isoformat())
        if row is None:
            inserts.append((conference_id, day_date.isoformat(), start, end))
        elif (row[1], row[2]) != (start, end):
            updates.append((start, end, row[0]))
    if inserts:
        connection.executemany(
            'INSERT INTO days (conference_id, date, start, "end") VALUES (?, ?, ?, ?)', inserts
        )
    if updates:
        connection.executemany('UPDATE days SET start = ?, "end" = ? WHERE id = ?', updates)
    return {
        date.fromisoformat(day_text): day_id
        for day_text, day_id in connection.execute(
            "SELECT date, id FROM days WHERE conference_id = ?", (conference_id,)
        )
    }


def store_program(unit: Unit, program: Program) -> ImportReport:
    """Store `program` in the unit's transaction: new, or an update of the conference
    already stored with its identity (the report says what changed for the user)."""
    connection = connection_of(unit)
    zone = ZoneInfo(program.time_zone)
    now = utc_now()
    conference_id, created = _store_conference(connection, program, now)

    talk_days = {talk.key: _day_of(talk, program.days, zone) for talk in program.talks}
    all_dates = sorted({day.date for day in program.days} | set(talk_days.values()))
    day_ids = _store_days(connection, conference_id, program, all_dates)

    track_colors = {track.name: track.color for track in program.tracks}
    track_names = list(
        dict.fromkeys(
            [track.name for track in program.tracks] + [t.track for t in program.talks if t.track]
        )
    )
    track_ids = _upsert_named(
        connection,
        "tracks",
        conference_id,
        [
            {"name": name, "color": color_for(name, track_colors.get(name, ""))}
            for name in track_names
        ],
    )
    room_names = list(
        dict.fromkeys(list(program.rooms) + [t.room for t in program.talks if t.room])
    )
    room_ids = _upsert_named(
        connection,
        "rooms",
        conference_id,
        [{"name": name, "position": position} for position, name in enumerate(room_names)],
    )
    speaker_details = {speaker.name: speaker for speaker in program.speakers}
    speaker_names = list(
        dict.fromkeys(
            [s.name for s in program.speakers] + [n for t in program.talks for n in t.speakers]
        )
    )
    speaker_ids = _upsert_named(
        connection,
        "speakers",
        conference_id,
        [
            {
                "name": name,
                "organization": speaker_details[name].organization
                if name in speaker_details
                else "",
                "bio": speaker_details[name].bio if name in speaker_details else "",
            }
            for name in speaker_names
        ],
    )

    # Work out what changed, and where stars go, before touching the talks.
    live, row_ids, was_cancelled = _stored_snapshots(connection, conference_id)
    starred = {
        key
        for (key,) in connection.execute(
            "SELECT talk_key FROM stars WHERE conference_id = ?", (conference_id,)
        )
    }
    if created:
        diff = ProgramDiff(())  # nothing to compare with
    else:
        incoming = [_snapshot_of_program(talk) for talk in program.talks]
        diff = diff_programs(list(live.values()), incoming, starred, zone)
    if diff.rekeyed:
        for table in ("stars", "loose_notes"):  # a note follows its session as a star does
            connection.executemany(
                f"UPDATE {table} SET talk_key = ?, updated_at = ? "
                "WHERE conference_id = ? AND talk_key = ?",
                [
                    (new_key, utc_text(now), conference_id, old_key)
                    for old_key, new_key in diff.rekeyed.items()
                ],
            )

    incoming_keys = {talk.key for talk in program.talks}
    gone = [key for key in row_ids if key not in incoming_keys]
    # A session with only a note (no star) that leaves is kept as well, to show its note.
    noted = {
        key
        for (key,) in connection.execute(
            "SELECT talk_key FROM loose_notes WHERE conference_id = ?", (conference_id,)
        )
    }
    keep_as_cancelled = [
        key for key in gone if (key in starred or key in noted) and key not in diff.rekeyed
    ]
    drop = [row_ids[key] for key in gone if key not in keep_as_cancelled]
    _each(connection, "DELETE FROM talks WHERE id = ?", drop)
    _each(
        connection,
        "UPDATE talks SET cancelled = 1 WHERE id = ?",
        [row_ids[key] for key in keep_as_cancelled],
    )

    # Sessions are written with plain DB-API executemany: at 20,000 sessions SQLAlchemy's
    # per-row parameter processing costs more than SQLite itself. Values are converted
    # exactly as the ORM column types would (see `utc_text`).
    def talk_row(talk: ProgramTalk) -> tuple[object, ...]:
        return (
            day_ids[talk_days[talk.key]],
            room_ids.get(talk.room) if talk.room else None,
            track_ids.get(talk.track) if talk.track else None,
            talk.title,
            talk.subtitle,
            talk.type,
            talk.language,
            talk.abstract,
            talk.description,
            utc_text(talk.start),
            utc_text(talk.end),
            talk.url,
            json.dumps([{"url": link.url, "title": link.title} for link in talk.links]),
            int(talk.untitled),
        )

    updates = [(*talk_row(t), row_ids[t.key]) for t in program.talks if t.key in row_ids]
    inserts = [(conference_id, t.key, *talk_row(t)) for t in program.talks if t.key not in row_ids]
    if updates:
        connection.executemany(
            f"UPDATE talks SET {', '.join(f'{c} = ?' for c in _TALK_COLUMNS)}, cancelled = 0 "
            "WHERE id = ?",
            updates,
        )
        kept = [row_ids[t.key] for t in program.talks if t.key in row_ids]
        _each(connection, "DELETE FROM talk_speakers WHERE talk_id = ?", kept)
    if inserts:
        columns = ("conference_id", '"key"', *_TALK_COLUMNS, "cancelled")
        connection.executemany(
            f"INSERT INTO talks ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * (len(columns) - 1))}, 0)",
            inserts,
        )
    key_to_id: dict[str, int] = dict(
        connection.execute(
            'SELECT "key", id FROM talks WHERE conference_id = ?', (conference_id,)
        ).fetchall()
    )
    speaker_rows = [
        (key_to_id[talk.key], speaker_ids[name], position)
        for talk in program.talks
        for position, name in enumerate(dict.fromkeys(talk.speakers))
    ]
    if speaker_rows:
        connection.executemany(
            "INSERT INTO talk_speakers (talk_id, speaker_id, position) VALUES (?, ?, ?)",
            speaker_rows,
        )

    _put_preference(
        connection, SOURCE_IDS.key(conference_id), SOURCE_IDS.encode(_source_ids(program))
    )
    if not created:
        _drop_unreferenced(connection, conference_id, all_dates)
    store_current_conference(unit, conference_id)  # what is imported is what is shown

    return ImportReport(
        conference_id=conference_id,
        title=program.title,
        created=created,
        format=program.format,
        source=program.source,
        sessions=len(program.talks),
        speakers=len(speaker_names),
        rooms=len(room_names),
        tracks=len(track_names),
        days=len(all_dates),
        changes=()
        if created
        else tuple(
            replace(change, notes=(ChangeDetail(DetailCode.RESTORED),))
            if change.kind is ChangeKind.ADDED and change.key in was_cancelled
            else change
            for change in diff.changes
        ),
        warnings=program.warnings,
    )


def _drop_unreferenced(
    connection: sqlite3.Connection, conference_id: int, dates: list[date]
) -> None:
    """Remove rooms, tracks, speakers and days that nothing refers to any more."""
    kept_dates = [day.isoformat() for day in dates]
    connection.execute(
        "DELETE FROM days WHERE conference_id = ?"
        + (f" AND date NOT IN ({', '.join('?' * len(kept_dates))})" if kept_dates else "")
        + " AND id NOT IN (SELECT talks.day_id FROM talks WHERE talks.day_id IS NOT NULL)",
        (conference_id, *kept_dates),
    )
    for table, column in (("rooms", "room_id"), ("tracks", "track_id")):
        connection.execute(
            f"DELETE FROM {table} WHERE conference_id = ? AND id NOT IN "
            f"(SELECT talks.{column} FROM talks "
            f"WHERE talks.conference_id = ? AND talks.{column} IS NOT NULL)",
            (conference_id, conference_id),
        )
    connection.execute(
        "DELETE FROM speakers WHERE conference_id = ? AND id NOT IN "
        "(SELECT talk_speakers.speaker_id FROM talk_speakers)",
        (conference_id,),
    )


def store_current_conference(unit: Unit, conference_id: int) -> bool:
    """Make `conference_id` the current conference (`queries.current_conference_id`);
    False, and nothing written, when it already was."""
    connection = connection_of(unit)
    if queries.chosen_conference_id(connection) == conference_id:
        return False
    _put_preference(connection, queries.CURRENT_CONFERENCE, conference_id)
    return True


def _put_preference(connection: sqlite3.Connection, key: str, value: object) -> None:
    """Set preference `key` to `value`, as JSON (what `queries.get_preference` reads)."""
    connection.execute(
        "INSERT INTO preferences (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value)),
    )


def store_feed(unit: Unit, state: FeedState) -> None:
    """Keep what the last download of a program's web address said (its validators, its
    content's hash, the offline copy's name, when), beside the program it stored."""
    connection = connection_of(unit)
    values = (
        state.conference_id,
        state.etag,
        state.last_modified,
        state.content_sha256,
        state.cache_file,
        utc_text(state.fetched_at),
    )
    columns = ("conference_id", "etag", "last_modified", "content_sha256", "cache_file")
    found = connection.execute("SELECT id FROM feeds WHERE url = ?", (state.url,)).fetchone()
    if found is None:
        connection.execute(
            f"INSERT INTO feeds (url, {', '.join(columns)}, fetched_at) "
            f"VALUES (?, {', '.join('?' * len(columns))}, ?)",
            (state.url, *values),
        )
    else:
        connection.execute(
            f"UPDATE feeds SET {', '.join(f'{c} = ?' for c in columns)}, fetched_at = ? "
            "WHERE id = ?",
            (*values, found[0]),
        )
