"""What the services read and write, inside the caller's transaction.

Functions take an open `Session` (the caller owns the transaction) and never return ORM
instances, so nothing outside `planner.storage` can trigger a lazy load. Writes go
through the ORM; every read is one of `planner.storage.queries` (written once, as SQL
over a DB-API connection), run here on the session's own connection so that it sees
what the transaction wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import delete, select, update

from planner.domain.agenda import BusyInfo, Priority, Star, Status
from planner.domain.errors import NotFoundError
from planner.storage import queries
from planner.storage.columns import utc_now
from planner.storage.schema import (
    BusyBlock,
    LooseNote,
    Overlay,
    OverlaySession,
    Preference,
    StarRow,
    Talk,
)
from planner.storage.units import connection_of

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Mapping, Sequence
    from datetime import datetime

    from sqlalchemy.orm import Session

    from planner.domain.agenda import OverlaySessionInfo

P = ParamSpec("P")
R = TypeVar("R")


def _in_session(
    query: Callable[Concatenate[sqlite3.Connection, P], R],
) -> Callable[Concatenate[Session, P], R]:
    """`query` run on the session's DB-API connection, in its transaction."""

    def run(session: Session, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return query(connection_of(session), *args, **kwargs)

    run.__name__ = run.__qualname__ = query.__name__
    run.__doc__ = query.__doc__
    return run


# -- reads ---------------------------------------------------------------------------------
list_conferences = _in_session(queries.list_conferences)
get_conference = _in_session(queries.get_conference)
latest_conference_id = _in_session(queries.latest_conference_id)
conference = _in_session(queries.conference)
conference_identity_of = _in_session(queries.conference_identity_of)
find_conference = _in_session(queries.find_conference)
conference_counts = _in_session(queries.conference_counts)
list_talks = _in_session(queries.list_talks)
get_talk = _in_session(queries.get_talk)
get_star = _in_session(queries.get_star)
get_note = _in_session(queries.get_note)
list_busy = _in_session(queries.list_busy)
calendar_busy = _in_session(queries.calendar_busy)
commitments = _in_session(queries.commitments)
get_preference = _in_session(queries.get_preference)
preference = _in_session(queries.preference)
conflict_settings = _in_session(queries.conflict_settings)
get_feed = _in_session(queries.get_feed)
feed_url_of = _in_session(queries.feed_url_of)
list_overlays = _in_session(queries.list_overlays)
get_overlay = _in_session(queries.get_overlay)
FeedState = queries.FeedState


# -- writes --------------------------------------------------------------------------------
def _star_from_row(row: StarRow) -> Star:
    return Star(
        Priority(row.priority), Status(row.status), row.note, row.created_at, row.updated_at
    )


def _star_of_existing_session(session: Session, conference_id: int, key: str) -> StarRow | None:
    """The star of session `key` (None: not starred); `NotFoundError` if there is no such
    session in the conference."""
    exists = session.scalar(
        select(Talk.id).where(Talk.conference_id == conference_id, Talk.key == key)
    )
    if exists is None:
        raise NotFoundError(f"no session with key {key!r} in conference {conference_id}")
    return _star_row(session, conference_id, key)


def _star_row(session: Session, conference_id: int, key: str) -> StarRow | None:
    return session.scalar(
        select(StarRow).where(StarRow.conference_id == conference_id, StarRow.talk_key == key)
    )


def _loose_note_row(session: Session, conference_id: int, key: str) -> LooseNote | None:
    return session.scalar(
        select(LooseNote).where(LooseNote.conference_id == conference_id, LooseNote.talk_key == key)
    )


def set_star(
    session: Session,
    conference_id: int,
    key: str,
    *,
    priority: Priority | None = None,
    status: Status | None = None,
    note: str | None = None,
) -> Star:
    """Star a session (or change an existing star); only the given fields change."""
    row = _star_of_existing_session(session, conference_id, key)
    now = utc_now()
    if row is None:
        loose = _take_loose_note(session, conference_id, key)  # the star keeps it now
        row = StarRow(
            conference_id=conference_id,
            talk_key=key,
            priority=(priority or Priority.WANT).value,
            status=(status or Status.ATTEND).value,
            note=loose if note is None else note,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
    else:
        if priority is not None:
            row.priority = priority.value
        if status is not None:
            row.status = status.value
        if note is not None:
            row.note = note
        row.updated_at = now
    session.flush()
    return _star_from_row(row)


def remove_star(session: Session, conference_id: int, key: str) -> bool:
    """Unstar; returns whether there was a star. Its note stays, as a loose note.

    A cancelled session stays until the next import of its program, so undo can restore it.
    """
    row = _star_row(session, conference_id, key)
    if row is None:
        return False
    _put_loose_note(session, conference_id, key, row.note)
    session.delete(row)
    session.flush()
    return True


def restore_star(session: Session, conference_id: int, key: str, star: Star) -> None:
    """Put back a star exactly as it was, note included (for undo)."""
    session.execute(
        delete(StarRow).where(StarRow.conference_id == conference_id, StarRow.talk_key == key)
    )
    _take_loose_note(session, conference_id, key)
    session.add(
        StarRow(
            conference_id=conference_id,
            talk_key=key,
            priority=star.priority.value,
            status=star.status.value,
            note=star.note,
            created_at=star.created,
            updated_at=star.updated,
        )
    )
    session.flush()


def set_note(session: Session, conference_id: int, key: str, note: str) -> None:
    """Keep the user's note on a session: on its star if it has one (the star changes in
    nothing else), else as a loose note, which puts it in no plan ("" removes that)."""
    row = _star_of_existing_session(session, conference_id, key)
    if row is None:
        _put_loose_note(session, conference_id, key, note)
    else:
        row.note = note
        row.updated_at = utc_now()
    session.flush()


def _put_loose_note(session: Session, conference_id: int, key: str, note: str) -> None:
    row = _loose_note_row(session, conference_id, key)
    if not note:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(LooseNote(conference_id=conference_id, talk_key=key, note=note))
    else:
        row.note = note
        row.updated_at = utc_now()
    session.flush()


def _take_loose_note(session: Session, conference_id: int, key: str) -> str:
    """Remove a session's loose note and return it ("" if it had none)."""
    row = _loose_note_row(session, conference_id, key)
    if row is None:
        return ""
    note = row.note
    session.delete(row)
    session.flush()
    return note


def add_busy(
    session: Session, conference_id: int, title: str, start: datetime, end: datetime
) -> BusyInfo:
    row = BusyBlock(conference_id=conference_id, title=title, start=start, end=end)
    session.add(row)
    session.flush()
    return BusyInfo(row.id, conference_id, title, start, end)


def restore_busy(session: Session, busy: BusyInfo) -> BusyInfo:
    """Put back a busy block removed earlier, with its own id (undo, redo)."""
    session.add(
        BusyBlock(
            id=busy.id,
            conference_id=busy.conference_id,
            title=busy.title,
            start=busy.start,
            end=busy.end,
        )
    )
    session.flush()
    return busy


def remove_busy(session: Session, busy_id: int) -> BusyInfo:
    row = session.get(BusyBlock, busy_id)
    if row is None:
        raise NotFoundError(f"no busy block with id {busy_id}")
    info = BusyInfo(row.id, row.conference_id, row.title, row.start, row.end)
    session.delete(row)
    session.flush()
    return info


def set_preference(session: Session, key: str, value: Any) -> None:
    row = session.get(Preference, key)
    if row is None:
        session.add(Preference(key=key, value=value))
    else:
        row.value = value
    session.flush()


def set_statuses(session: Session, conference_id: int, statuses: Mapping[str, Status]) -> None:
    now = utc_now()
    for key, status in statuses.items():
        session.execute(
            update(StarRow)
            .where(StarRow.conference_id == conference_id, StarRow.talk_key == key)
            .values(status=status.value, updated_at=now)
        )


# -- colleagues' agendas ---------------------------------------------------------------------
def add_overlay(
    session: Session,
    conference_id: int,
    name: str,
    source: str,
    fingerprint: str,
    sessions: Sequence[OverlaySessionInfo],
) -> int:
    overlay = Overlay(
        conference_id=conference_id,
        name=name,
        source=source,
        program_fingerprint=fingerprint,
        visible=True,
    )
    session.add(overlay)
    session.flush()
    session.add_all(
        OverlaySession(
            overlay_id=overlay.id,
            talk_key=s.talk_key,
            title=s.title,
            start=s.start,
            end=s.end,
            priority=s.priority.value,
            status=s.status.value,
            note=s.note,
        )
        for s in sessions
    )
    session.flush()
    return overlay.id


def remove_overlay(session: Session, overlay_id: int) -> None:
    row = session.get(Overlay, overlay_id)
    if row is None:
        raise NotFoundError(f"no colleague's agenda with id {overlay_id}")
    session.delete(row)
    session.flush()


def set_overlay_visible(session: Session, overlay_id: int, visible: bool) -> None:
    row = session.get(Overlay, overlay_id)
    if row is None:
        raise NotFoundError(f"no colleague's agenda with id {overlay_id}")
    row.visible = visible
    session.flush()
