"""Every read of the database, written once: SQL over a DB-API connection.

Each function takes an `sqlite3.Connection` and returns `planner.domain` values. The
same functions serve two callers:

- the services, inside their SQLAlchemy transactions, through that session's own
  DB-API connection (`planner.storage.repo` hands it over), so that a read inside a
  write transaction sees what the transaction wrote;
- the command line's read commands and the window's start-up view, on a read-only
  connection of the standard library's `sqlite3` (`planner.storage.reader`), which is
  how they never import SQLAlchemy (a third of a second at every start).

SQLAlchemy keeps the schema, the migrations and the writes (`schema.py`, `repo.py`; the
program writer, `writer.py`, runs its SQL on the session's connection as these do).
The values read here are those the ORM columns give: a `UTCDateTime` is the
text SQLAlchemy's SQLite dialect stores (`columns.utc_text`), read back with
`datetime.fromisoformat` as the dialect does and marked UTC; `Date` the same with
`date.fromisoformat`; `JSON` through `json.loads`; `Boolean` 0/1. `tests/storage/
test_queries.py` holds both connections' answers equal on the corpus of real programs.

Standard library and the domain only (an import-linter contract holds it so).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from planner.domain.agenda import (
    BusyInfo,
    ConferenceInfo,
    OverlayInfo,
    OverlaySessionInfo,
    Priority,
    SpeakerInfo,
    Star,
    Status,
    TalkInfo,
)
from planner.domain.errors import NotFoundError
from planner.domain.links import Link
from planner.storage import revision

# `planner.domain.conflicts` and `.preferences` are imported by the reads that use them:
# creating a dataclass costs Python 5-8 M instructions (it compiles its methods), these
# two modules hold ten, and `planner sessions` or `conferences` needs none of them.

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

    from planner.domain.calendars import SyncFailure, TargetInfo, TargetKind
    from planner.domain.conflicts import Commitment, ConflictSettings
    from planner.domain.preferences import Preference

T = TypeVar("T")


# -- the columns' types, as the ORM schema gives them ------------------------------------
def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _moment_or_none(text: str | None) -> datetime | None:
    return None if text is None else _moment(text)


class _Moments:
    """`UTCDateTime` text → aware datetime, each distinct text parsed once per query (a
    program's sessions share a few hundred start and end times)."""

    def __init__(self) -> None:
        self._seen: dict[str, datetime] = {}

    def __call__(self, text: str) -> datetime:
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = _moment(text)
        return found


_NO_LINKS: tuple[Link, ...] = ()


def _links(text: str) -> tuple[Link, ...]:
    """A session's links column: JSON `[{"url": ..., "title": ...}]`."""
    links = json.loads(text)
    if not links:
        return _NO_LINKS
    return tuple(Link(link.get("url", ""), link.get("title", "")) for link in links)


# -- conferences -------------------------------------------------------------------------
_CONFERENCES = """
    SELECT id, title, acronym, time_zone, start_date, end_date, source, version, format,
           notice, url, imported_at, venue
    FROM conferences ORDER BY start_date, id"""
_TALK_COUNTS = """
    SELECT conference_id, count(id) FROM talks WHERE cancelled IS 0 GROUP BY conference_id"""


def list_conferences(connection: sqlite3.Connection) -> list[ConferenceInfo]:
    counts: dict[int, int] = dict(connection.execute(_TALK_COUNTS).fetchall())
    return [
        ConferenceInfo(
            id=conference_id,
            title=title,
            acronym=acronym,
            time_zone=time_zone,
            start=date.fromisoformat(start),
            end=date.fromisoformat(end),
            source=source,
            version=version,
            format=format_,
            notice=notice,
            url=url,
            talk_count=counts.get(conference_id, 0),
            imported_at=_moment(imported_at),
            venue=venue,
        )
        for (
            conference_id,
            title,
            acronym,
            time_zone,
            start,
            end,
            source,
            version,
            format_,
            notice,
            url,
            imported_at,
            venue,
        ) in connection.execute(_CONFERENCES)
    ]


def get_conference(connection: sqlite3.Connection, conference_id: int) -> ConferenceInfo:
    for conference in list_conferences(connection):
        if conference.id == conference_id:
            return conference
    raise NotFoundError(f"no conference with id {conference_id}")


def latest_conference_id(connection: sqlite3.Connection) -> int | None:
    """The conference imported or updated most recently: the sensible default."""
    row = connection.execute(
        "SELECT id FROM conferences ORDER BY updated_at DESC, id DESC LIMIT 1"
    ).fetchone()
    return None if row is None else int(row[0])


# The preference naming the current conference (not a conference's own setting: no id in
# its key): the one the window last showed, or an import (window or command line) stored.
CURRENT_CONFERENCE = "current-conference"


def chosen_conference_id(connection: sqlite3.Connection) -> int | None:
    """The conference id kept as the current one, whether or not it is still stored; None
    when none is kept or the value is not a whole number (edited by hand, say)."""
    try:
        value = get_preference(connection, CURRENT_CONFERENCE)
    except ValueError:  # not JSON
        return None
    return value if type(value) is int else None  # (not a bool, a float, a text)


def current_conference_id(connection: sqlite3.Connection) -> int | None:
    """The current conference: the one last shown in the window or imported, while it is
    stored; else (never chosen, removed since, a damaged value) the most recently imported.
    The window opens on it, and the command line answers about it without `--conference`."""
    chosen = chosen_conference_id(connection)
    if chosen is not None:
        found = connection.execute("SELECT id FROM conferences WHERE id = ?", (chosen,))
        if found.fetchone() is not None:
            return chosen
    return latest_conference_id(connection)


def conference(connection: sqlite3.Connection, conference_id: int | None) -> ConferenceInfo:
    """The given conference, or the current one (`current_conference_id`)."""
    if conference_id is None:
        conference_id = current_conference_id(connection)
        if conference_id is None:
            raise NotFoundError("no conference has been imported yet")
    return get_conference(connection, conference_id)


def conference_identity_of(connection: sqlite3.Connection, conference_id: int) -> str:
    row = connection.execute(
        "SELECT identity FROM conferences WHERE id = ?", (conference_id,)
    ).fetchone()
    if row is None or row[0] is None:
        raise NotFoundError(f"no conference with id {conference_id}")
    return str(row[0])


def find_conference(connection: sqlite3.Connection, identity: str) -> int | None:
    row = connection.execute(
        "SELECT id FROM conferences WHERE identity = ?", (identity,)
    ).fetchone()
    return None if row is None else int(row[0])


def conference_counts(connection: sqlite3.Connection, conference_id: int) -> dict[str, int]:
    def count(table: str, where: str = "") -> int:
        row = connection.execute(
            f"SELECT count(id) FROM {table} WHERE conference_id = ?{where}", (conference_id,)
        ).fetchone()
        return int(row[0])

    return {
        "sessions": count("talks", " AND cancelled IS 0"),
        "speakers": count("speakers"),
        "rooms": count("rooms"),
        "tracks": count("tracks"),
        "days": count("days"),
    }


# -- sessions ----------------------------------------------------------------------------
_TALKS = """
    SELECT talks.id, talks."key", talks.title, talks.start, talks."end", rooms.name,
           tracks.name, tracks.color, talks.subtitle, talks.type, talks.language,
           talks.abstract, talks.description, talks.url, talks.links, talks.untitled,
           talks.cancelled, stars.priority, stars.status, stars.note, stars.created_at,
           stars.updated_at, loose_notes.note
    FROM talks
    LEFT OUTER JOIN rooms ON talks.room_id = rooms.id
    LEFT OUTER JOIN tracks ON talks.track_id = tracks.id
    LEFT OUTER JOIN stars
        ON stars.conference_id = talks.conference_id AND stars.talk_key = talks."key"
    LEFT OUTER JOIN loose_notes
        ON loose_notes.conference_id = talks.conference_id
        AND loose_notes.talk_key = talks."key"
    WHERE talks.conference_id = ?{where}
    ORDER BY talks.start, talks."end", rooms.position, talks.title, talks.id"""
# Speakers of the same selection of talks, read by walking those talks (for the whole
# program it is cheaper to read every speaker of the conference in one go).
_SPEAKERS_OF_ALL = """
    SELECT talk_speakers.talk_id, speakers.id, speakers.name, speakers.organization,
           speakers.bio
    FROM talk_speakers JOIN speakers ON talk_speakers.speaker_id = speakers.id
    WHERE speakers.conference_id = ?
    ORDER BY talk_speakers.talk_id, talk_speakers.position"""
_SPEAKERS_OF_SOME = """
    SELECT talk_speakers.talk_id, speakers.id, speakers.name, speakers.organization,
           speakers.bio
    FROM talks
    JOIN talk_speakers ON talk_speakers.talk_id = talks.id{join}
    JOIN speakers ON talk_speakers.speaker_id = speakers.id
    WHERE talks.conference_id = ?{where} AND speakers.conference_id = ?
    ORDER BY talk_speakers.talk_id, talk_speakers.position"""
_STARRED_JOIN = (
    ' JOIN stars ON stars.conference_id = talks.conference_id AND stars.talk_key = talks."key"'
)


def list_talks(
    connection: sqlite3.Connection,
    conference_id: int,
    *,
    starred_only: bool = False,
    keys: Sequence[str] | None = None,
) -> list[TalkInfo]:
    """Every session of a conference, in time order, with speakers and the user's star
    (only the starred ones, or only those with these keys, if asked).

    Selects plain columns and builds the values itself: at 20,000 sessions, building
    objects only to copy them into value objects costs several times the query itself.
    """
    chosen, chosen_keys = "", []
    if keys is not None:
        chosen_keys = list(keys)
        if not chosen_keys:
            return []
        chosen = f' AND talks."key" IN ({", ".join("?" * len(chosen_keys))})'
    rows = connection.execute(
        _TALKS.format(where=chosen + (" AND stars.id IS NOT NULL" if starred_only else "")),
        [conference_id, *chosen_keys],
    ).fetchall()
    if starred_only or keys is not None:
        speaker_rows = connection.execute(
            _SPEAKERS_OF_SOME.format(join=_STARRED_JOIN if starred_only else "", where=chosen),
            [conference_id, *chosen_keys, conference_id],
        )
    else:
        speaker_rows = connection.execute(_SPEAKERS_OF_ALL, (conference_id,))
    speakers: dict[int, SpeakerInfo] = {}
    speakers_of: dict[int, list[SpeakerInfo]] = defaultdict(list)
    for talk_id, speaker_id, name, organization, bio in speaker_rows:
        speaker = speakers.get(speaker_id)
        if speaker is None:
            speaker = speakers[speaker_id] = SpeakerInfo(speaker_id, name, organization, bio)
        speakers_of[talk_id].append(speaker)

    moment = _Moments()
    no_speakers: tuple[SpeakerInfo, ...] = ()
    return [
        TalkInfo(
            id=talk_id,
            conference_id=conference_id,
            key=key,
            title=title,
            start=moment(start),
            end=moment(end),
            room=room or "",
            track=track or "",
            track_color=color or "",
            subtitle=subtitle,
            type=kind,
            language=language,
            abstract=abstract,
            description=description,
            url=url,
            links=_links(links) if links is not None else _NO_LINKS,
            speakers=tuple(speakers_of[talk_id]) if talk_id in speakers_of else no_speakers,
            untitled=bool(untitled),
            cancelled=bool(cancelled),
            star=Star(Priority(priority), Status(status), note, _moment(created), _moment(updated))
            if priority is not None
            else None,
            note=note if priority is not None else loose_note or "",
        )
        for (
            talk_id,
            key,
            title,
            start,
            end,
            room,
            track,
            color,
            subtitle,
            kind,
            language,
            abstract,
            description,
            url,
            links,
            untitled,
            cancelled,
            priority,
            status,
            note,
            created,
            updated,
            loose_note,
        ) in rows
    ]


def get_talk(connection: sqlite3.Connection, conference_id: int, key: str) -> TalkInfo:
    found = list_talks(connection, conference_id, keys=[key])
    if not found:
        raise NotFoundError(f"no session with key {key!r} in conference {conference_id}")
    return found[0]


def get_star(connection: sqlite3.Connection, conference_id: int, key: str) -> Star | None:
    row = connection.execute(
        """SELECT priority, status, note, created_at, updated_at FROM stars
        WHERE conference_id = ? AND talk_key = ?""",
        (conference_id, key),
    ).fetchone()
    if row is None:
        return None
    priority, status, note, created, updated = row
    return Star(Priority(priority), Status(status), note, _moment(created), _moment(updated))


def get_note(connection: sqlite3.Connection, conference_id: int, key: str) -> str:
    """The user's note on a session, starred or not ("" if none)."""
    row = connection.execute(
        """SELECT note FROM stars WHERE conference_id = ? AND talk_key = ?
        UNION ALL
        SELECT note FROM loose_notes WHERE conference_id = ? AND talk_key = ?""",
        (conference_id, key, conference_id, key),
    ).fetchone()
    return "" if row is None else str(row[0])


# -- busy blocks, settings, feeds --------------------------------------------------------
def list_busy(connection: sqlite3.Connection, conference_id: int) -> list[BusyInfo]:
    rows = connection.execute(
        """SELECT id, conference_id, title, start, "end" FROM busy_blocks
        WHERE conference_id = ? ORDER BY start, id""",
        (conference_id,),
    )
    return [
        BusyInfo(busy_id, of, title, _moment(start), _moment(end))
        for busy_id, of, title, start, end in rows
    ]


def calendar_busy(connection: sqlite3.Connection, conference_id: int) -> list[BusyInfo]:
    """The busy blocks that views and clashes place in the conference's zone: those in
    the calendar (`BusyInfo.in_calendar`; only `busy list` shows the others)."""
    return [b for b in list_busy(connection, conference_id) if b.in_calendar]


def commitments(
    connection: sqlite3.Connection, conference_id: int
) -> tuple[list[Commitment], list[Commitment]]:
    """(starred sessions not skipped, busy blocks) as commitments."""
    from planner.domain.conflicts import Commitment  # imported here: see the module's imports

    starred = [
        Commitment.of_starred(t)
        for t in list_talks(connection, conference_id, starred_only=True)
        # A cancelled session will not happen: it cannot clash with anything.
        if t.star is not None and t.star.status is not Status.SKIP and not t.cancelled
    ]
    busy = [Commitment.of_busy(b) for b in calendar_busy(connection, conference_id)]
    return starred, busy


def get_preference(connection: sqlite3.Connection, key: str) -> Any:
    """A preference's JSON value (None when unset). The column's numeric affinity gives a
    JSON number ("2") back as the number itself, which is then its own value."""
    row = connection.execute('SELECT value FROM preferences WHERE "key" = ?', (key,)).fetchone()
    if row is None:
        return None
    value = row[0]
    return json.loads(value) if isinstance(value, str | bytes) else value


def preference(connection: sqlite3.Connection, setting: Preference[T], conference_id: int) -> T:
    """A typed setting of a conference (its default when unset or unreadable)."""
    return setting.decode(get_preference(connection, setting.key(conference_id)))


def conflict_settings(connection: sqlite3.Connection, conference_id: int) -> ConflictSettings:
    from planner.domain.preferences import CONFLICTS  # imported here: see the module's imports

    return preference(connection, CONFLICTS, conference_id)


def revision_of(connection: sqlite3.Connection) -> int:
    """The revision of the database as `connection` sees it (0 before the first write, and
    when another tool mangled it: the next write sets a proper one)."""
    return revision.read(connection) or 0


@dataclass(frozen=True)
class FeedState:
    url: str
    conference_id: int | None
    etag: str
    last_modified: str
    content_sha256: str
    cache_file: str
    fetched_at: datetime


def get_feed(connection: sqlite3.Connection, url: str) -> FeedState | None:
    row = connection.execute(
        """SELECT url, conference_id, etag, last_modified, content_sha256, cache_file,
        fetched_at FROM feeds WHERE url = ?""",
        (url,),
    ).fetchone()
    if row is None:
        return None
    url, conference_id, etag, last_modified, content_sha256, cache_file, fetched_at = row
    return FeedState(
        url, conference_id, etag, last_modified, content_sha256, cache_file, _moment(fetched_at)
    )


def feed_url_of(connection: sqlite3.Connection, conference_id: int) -> str | None:
    """The web address the conference's program was last downloaded from, if any."""
    row = connection.execute(
        "SELECT url FROM feeds WHERE conference_id = ? ORDER BY fetched_at DESC LIMIT 1",
        (conference_id,),
    ).fetchone()
    return None if row is None else str(row[0])


# -- colleagues' agendas -----------------------------------------------------------------
def list_overlays(connection: sqlite3.Connection, conference_id: int) -> list[OverlayInfo]:
    overlays = connection.execute(
        """SELECT id, conference_id, name, source, visible, imported_at FROM overlays
        WHERE conference_id = ? ORDER BY id""",
        (conference_id,),
    ).fetchall()
    entries: dict[int, list[OverlaySessionInfo]] = defaultdict(list)
    if overlays:
        ids = [row[0] for row in overlays]
        for overlay_id, key, title, start, end, priority, status, note in connection.execute(
            f"""SELECT overlay_id, talk_key, title, start, "end", priority, status, note
            FROM overlay_sessions WHERE overlay_id IN ({", ".join("?" * len(ids))})
            ORDER BY start, id""",
            ids,
        ):
            entries[overlay_id].append(
                OverlaySessionInfo(
                    key,
                    title,
                    _moment(start),
                    _moment_or_none(end),
                    Priority(priority),
                    Status(status),
                    note,
                )
            )
    return [
        OverlayInfo(
            overlay_id,
            of,
            name,
            source,
            bool(visible),
            _moment(imported_at),
            tuple(entries[overlay_id]),
        )
        for overlay_id, of, name, source, visible, imported_at in overlays
    ]


def overlay_conference(connection: sqlite3.Connection, overlay_id: int) -> int:
    """The conference a colleague's agenda belongs to."""
    row = connection.execute(
        "SELECT conference_id FROM overlays WHERE id = ?", (overlay_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no colleague's agenda with id {overlay_id}")
    return int(row[0])


def get_overlay(connection: sqlite3.Connection, overlay_id: int) -> OverlayInfo:
    for overlay in list_overlays(connection, overlay_conference(connection, overlay_id)):
        if overlay.id == overlay_id:
            return overlay
    raise NotFoundError(f"no colleague's agenda with id {overlay_id}")  # pragma: no cover


# -- calendar targets --------------------------------------------------------------------
# `planner.domain.calendars` is imported by these reads (see the module's imports): only
# the calendar commands and the writes a calendar follows ask for them.
_TARGETS = """
    SELECT id, name, kind, conference_id, location, include_plan_b, alarm_minutes,
           calendar_name, calendar_url, username, password_command, last_sync, last_attempt,
           last_error_code, last_error_values
    FROM calendar_targets"""


def failure_from_row(code: str, text: str) -> SyncFailure | None:
    """The failure stored as `code` with its values (`text`, JSON); None for no failure.
    Values this build cannot read (written by hand, damaged) are kept as their text."""
    from planner.domain.calendars import FailureCode, SyncFailure

    if not code:
        return None
    try:
        values = json.loads(text)
        if not isinstance(values, dict):
            raise TypeError(text)
        return SyncFailure.from_values(FailureCode(code), values)
    except (ValueError, KeyError, TypeError, AttributeError):
        return SyncFailure(FailureCode.EARLIER, detail=f"{code}: {text}")


def _targets(connection: sqlite3.Connection, where: str, values: Sequence[Any]) -> list[TargetInfo]:
    from planner.domain.calendars import TargetInfo, TargetKind

    return [
        TargetInfo(
            id=row[0],
            name=row[1],
            kind=TargetKind(row[2]),
            conference_id=row[3],
            location=row[4],
            include_plan_b=bool(row[5]),
            alarm_minutes=row[6],
            calendar_name=row[7],
            calendar_url=row[8],
            username=row[9],
            password_command=row[10],
            last_sync=_moment_or_none(row[11]),
            last_attempt=_moment_or_none(row[12]),
            last_failure=failure_from_row(row[13], row[14]),
        )
        for row in connection.execute(f"{_TARGETS} {where} ORDER BY id", values)
    ]


def list_targets(
    connection: sqlite3.Connection,
    *,
    conference_id: int | None = None,
    kinds: tuple[TargetKind, ...] | None = None,
) -> list[TargetInfo]:
    """The calendar targets (of one conference, of these kinds), in the order made."""
    conditions: list[str] = []
    values: list[Any] = []
    if conference_id is not None:
        conditions.append("conference_id = ?")
        values.append(conference_id)
    if kinds is not None:
        if not kinds:
            return []
        conditions.append(f"kind IN ({', '.join('?' * len(kinds))})")
        values += [kind.value for kind in kinds]
    return _targets(connection, f"WHERE {' AND '.join(conditions)}" if conditions else "", values)


def get_target(connection: sqlite3.Connection, target_id: int) -> TargetInfo:
    found = _targets(connection, "WHERE id = ?", (target_id,))
    if not found:
        raise NotFoundError(f"no calendar target with id {target_id}")
    return found[0]


def find_target(
    connection: sqlite3.Connection, conference_id: int, kind: TargetKind, name: str
) -> TargetInfo | None:
    found = _targets(
        connection,
        "WHERE conference_id = ? AND kind = ? AND name = ?",
        (conference_id, kind.value, name),
    )
    return found[0] if found else None
