"""The one place that writes a `Program` into the database.

Every importer produces a `Program`; this module stores it, creating the conference or
updating it in place. An update keeps the user's stars: they are keyed by session key,
follow a session whose key changed (recognised by title and speakers), and a starred
session that left the program stays, marked cancelled. Runs inside the caller's
transaction, so an import either lands whole or not at all.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update

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
from planner.storage import preferences
from planner.storage.schema import (
    Conference,
    Day,
    Room,
    Speaker,
    StarRow,
    Talk,
    TalkSpeaker,
    Track,
    utc_now,
    utc_text,
)

if TYPE_CHECKING:
    from datetime import date

    from sqlalchemy.orm import Session

    from planner.domain.program import Program, ProgramDay, ProgramTalk


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


def _stored_snapshots(
    session: Session, conference_id: int
) -> tuple[dict[str, TalkSnapshot], dict[str, int], set[str]]:
    """(live sessions by key, row id by key for all rows, keys of cancelled rows)."""
    rows = session.execute(
        select(
            Talk.id,
            Talk.key,
            Talk.title,
            Talk.start,
            Talk.end,
            Room.name,
            Track.name,
            Talk.subtitle,
            Talk.abstract,
            Talk.cancelled,
        )
        .outerjoin(Room, Talk.room_id == Room.id)
        .outerjoin(Track, Talk.track_id == Track.id)
        .where(Talk.conference_id == conference_id)
    ).all()
    names: dict[int, list[str]] = defaultdict(list)
    for talk_id, name in session.execute(
        select(TalkSpeaker.talk_id, Speaker.name)
        .join(Speaker, TalkSpeaker.speaker_id == Speaker.id)
        .where(Speaker.conference_id == conference_id)
        .order_by(TalkSpeaker.talk_id, TalkSpeaker.position)
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
            start,
            end,
            room or "",
            track or "",
            tuple(names[talk_id]),
            subtitle,
            abstract,
        )
    return live, ids, cancelled


def _upsert_named(
    session: Session,
    model: type[Room] | type[Track] | type[Speaker],
    conference_id: int,
    rows: list[dict[str, object]],
) -> dict[str, int]:
    """Insert or update rows identified by (conference, name); return name → id.

    One INSERT ... ON CONFLICT DO UPDATE per row batch (plain executemany, for speed).
    """
    if rows:
        fields = list(rows[0])
        table = model.__tablename__
        changed = [field for field in fields if field != "name"]
        update_clause = (
            "DO UPDATE SET " + ", ".join(f"{f} = excluded.{f}" for f in changed)
            if changed
            else "DO NOTHING"
        )
        session.connection().exec_driver_sql(
            f"INSERT INTO {table} (conference_id, {', '.join(fields)}) "
            f"VALUES (?, {', '.join('?' * len(fields))}) "
            f"ON CONFLICT (conference_id, name) {update_clause}",
            [(conference_id, *(row[field] for field in fields)) for row in rows],
        )
    return dict(
        session.execute(
            select(model.name, model.id).where(model.conference_id == conference_id)
        ).all()
    )


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


def store_program(session: Session, program: Program) -> ImportReport:
    zone = ZoneInfo(program.time_zone)
    now = utc_now()
    conference = session.scalar(select(Conference).where(Conference.identity == program.identity))
    created = conference is None
    if conference is None:
        conference = Conference(identity=program.identity, imported_at=now)
        session.add(conference)
    conference.title = program.title
    conference.acronym = program.acronym
    conference.time_zone = program.time_zone
    conference.start_date = program.start
    conference.end_date = program.end
    conference.source = program.source
    conference.version = program.version
    conference.format = program.format
    conference.notice = program.notice
    conference.url = program.url
    conference.venue = program.venue
    conference.updated_at = now
    session.flush()
    conference_id = conference.id

    # Days: those the source lists plus any a session falls on.
    day_bounds = {day.date: day for day in program.days}
    talk_days = {talk.key: _day_of(talk, program.days, zone) for talk in program.talks}
    all_dates = sorted(set(day_bounds) | set(talk_days.values()))
    stored_days = {
        row.date: row
        for row in session.scalars(select(Day).where(Day.conference_id == conference_id))
    }
    for day_date in all_dates:
        bounds = day_bounds.get(day_date)
        row = stored_days.get(day_date)
        if row is None:
            row = Day(conference_id=conference_id, date=day_date)
            session.add(row)
            stored_days[day_date] = row
        row.start = bounds.start if bounds else None
        row.end = bounds.end if bounds else None
    session.flush()
    day_ids = {day_date: row.id for day_date, row in stored_days.items()}

    track_colors = {track.name: track.color for track in program.tracks}
    track_names = list(
        dict.fromkeys(
            [track.name for track in program.tracks] + [t.track for t in program.talks if t.track]
        )
    )
    track_ids = _upsert_named(
        session,
        Track,
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
        session,
        Room,
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
        session,
        Speaker,
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
    live, row_ids, was_cancelled = _stored_snapshots(session, conference_id)
    starred = set(
        session.scalars(select(StarRow.talk_key).where(StarRow.conference_id == conference_id))
    )
    if created:
        diff = ProgramDiff(())  # nothing to compare with
    else:
        incoming = [_snapshot_of_program(talk) for talk in program.talks]
        diff = diff_programs(list(live.values()), incoming, starred, zone)
    for old_key, new_key in diff.rekeyed.items():
        session.execute(
            update(StarRow)
            .where(StarRow.conference_id == conference_id, StarRow.talk_key == old_key)
            .values(talk_key=new_key, updated_at=now)
        )

    incoming_keys = {talk.key for talk in program.talks}
    gone = [key for key in row_ids if key not in incoming_keys]
    keep_as_cancelled = [key for key in gone if key in starred and key not in diff.rekeyed]
    drop = [row_ids[key] for key in gone if key not in keep_as_cancelled]
    for chunk_start in range(0, len(drop), 500):
        session.execute(delete(Talk).where(Talk.id.in_(drop[chunk_start : chunk_start + 500])))
    if keep_as_cancelled:
        session.execute(
            update(Talk), [{"id": row_ids[key], "cancelled": True} for key in keep_as_cancelled]
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

    connection = session.connection()
    updates = [(*talk_row(t), row_ids[t.key]) for t in program.talks if t.key in row_ids]
    inserts = [(conference_id, t.key, *talk_row(t)) for t in program.talks if t.key not in row_ids]
    if updates:
        connection.exec_driver_sql(
            f"UPDATE talks SET {', '.join(f'{c} = ?' for c in _TALK_COLUMNS)}, cancelled = 0 "
            "WHERE id = ?",
            updates,
        )
        kept_ids = [row[-1] for row in updates]
        for chunk_start in range(0, len(kept_ids), 500):
            session.execute(
                delete(TalkSpeaker).where(
                    TalkSpeaker.talk_id.in_(kept_ids[chunk_start : chunk_start + 500])
                )
            )
    if inserts:
        columns = ("conference_id", '"key"', *_TALK_COLUMNS, "cancelled")
        connection.exec_driver_sql(
            f"INSERT INTO talks ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * (len(columns) - 1))}, 0)",
            inserts,
        )
    key_to_id: dict[str, int] = dict(
        session.execute(select(Talk.key, Talk.id).where(Talk.conference_id == conference_id)).all()
    )
    speaker_rows = [
        (key_to_id[talk.key], speaker_ids[name], position)
        for talk in program.talks
        for position, name in enumerate(dict.fromkeys(talk.speakers))
    ]
    if speaker_rows:
        connection.exec_driver_sql(
            "INSERT INTO talk_speakers (talk_id, speaker_id, position) VALUES (?, ?, ?)",
            speaker_rows,
        )

    preferences.write(session, SOURCE_IDS, conference_id, _source_ids(program))
    if not created:
        _drop_unreferenced(session, conference_id, all_dates)
    session.flush()

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


def _drop_unreferenced(session: Session, conference_id: int, dates: list[date]) -> None:
    """Remove rooms, tracks, speakers and days that nothing refers to any more."""
    session.execute(
        delete(Day).where(
            Day.conference_id == conference_id,
            Day.date.not_in(dates),
            Day.id.not_in(select(Talk.day_id).where(Talk.day_id.is_not(None))),
        )
    )
    for model, column in ((Room, Talk.room_id), (Track, Talk.track_id)):
        used = select(column).where(Talk.conference_id == conference_id, column.is_not(None))
        session.execute(
            delete(model).where(model.conference_id == conference_id, model.id.not_in(used))
        )
    used_speakers = select(TalkSpeaker.speaker_id)
    session.execute(
        delete(Speaker).where(
            Speaker.conference_id == conference_id, Speaker.id.not_in(used_speakers)
        )
    )
