"""Queries: read stored rows and return `planner.domain` value objects; star changes.

Functions take an open `Session` (the caller owns the transaction) and never return ORM
instances, so nothing outside `planner.storage` can trigger a lazy load.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, func, select, update

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
from planner.domain.program import Link
from planner.storage.schema import (
    BusyBlock,
    Conference,
    Day,
    Feed,
    Overlay,
    OverlaySession,
    Preference,
    Room,
    Speaker,
    StarRow,
    Talk,
    TalkSpeaker,
    Track,
    utc_now,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import datetime

    from sqlalchemy.orm import Session


def list_conferences(session: Session) -> list[ConferenceInfo]:
    counts = dict(
        session.execute(
            select(Talk.conference_id, func.count(Talk.id))
            .where(Talk.cancelled.is_(False))
            .group_by(Talk.conference_id)
        ).all()
    )
    return [
        ConferenceInfo(
            id=row.id,
            title=row.title,
            acronym=row.acronym,
            time_zone=row.time_zone,
            start=row.start_date,
            end=row.end_date,
            source=row.source,
            version=row.version,
            format=row.format,
            notice=row.notice,
            url=row.url,
            talk_count=counts.get(row.id, 0),
            imported_at=row.imported_at,
            venue=row.venue,
        )
        for row in session.scalars(
            select(Conference).order_by(Conference.start_date, Conference.id)
        )
    ]


def get_conference(session: Session, conference_id: int) -> ConferenceInfo:
    for conference in list_conferences(session):
        if conference.id == conference_id:
            return conference
    raise NotFoundError(f"no conference with id {conference_id}")


def latest_conference_id(session: Session) -> int | None:
    """The conference imported or updated most recently: the sensible default."""
    return session.scalar(
        select(Conference.id).order_by(Conference.updated_at.desc(), Conference.id.desc()).limit(1)
    )


def _star_from_row(row: StarRow) -> Star:
    return Star(
        Priority(row.priority), Status(row.status), row.note, row.created_at, row.updated_at
    )


def list_talks(
    session: Session,
    conference_id: int,
    *,
    starred_only: bool = False,
    keys: Sequence[str] | None = None,
) -> list[TalkInfo]:
    """Every session of a conference, in time order, with speakers and the user's star.

    Selects plain columns rather than ORM entities: at 20,000 sessions, building entity
    objects only to copy them into value objects costs several times the query itself.
    """
    query = (
        select(
            Talk.id,
            Talk.key,
            Talk.title,
            Talk.start,
            Talk.end,
            Room.name,
            Track.name,
            Track.color,
            Talk.subtitle,
            Talk.type,
            Talk.language,
            Talk.abstract,
            Talk.description,
            Talk.url,
            Talk.links,
            Talk.untitled,
            Talk.cancelled,
            StarRow.priority,
            StarRow.status,
            StarRow.note,
            StarRow.created_at,
            StarRow.updated_at,
        )
        .outerjoin(Room, Talk.room_id == Room.id)
        .outerjoin(Track, Talk.track_id == Track.id)
        .outerjoin(
            StarRow, and_(StarRow.conference_id == Talk.conference_id, StarRow.talk_key == Talk.key)
        )
        .where(Talk.conference_id == conference_id)
        .order_by(Talk.start, Talk.end, Room.position, Talk.title, Talk.id)
    )
    # Speakers of the same selection of talks, read by walking those talks (for the whole
    # program it is cheaper to read every speaker of the conference in one go).
    speaker_query = select(
        TalkSpeaker.talk_id, Speaker.id, Speaker.name, Speaker.organization, Speaker.bio
    )
    if starred_only or keys is not None:
        speaker_query = speaker_query.select_from(Talk).join(
            TalkSpeaker, TalkSpeaker.talk_id == Talk.id
        )
        speaker_query = speaker_query.where(Talk.conference_id == conference_id)
    if starred_only:
        query = query.where(StarRow.id.is_not(None))
        speaker_query = speaker_query.join(
            StarRow, and_(StarRow.conference_id == Talk.conference_id, StarRow.talk_key == Talk.key)
        )
    if keys is not None:
        query = query.where(Talk.key.in_(list(keys)))
        speaker_query = speaker_query.where(Talk.key.in_(list(keys)))
    speaker_query = (
        speaker_query.join(Speaker, TalkSpeaker.speaker_id == Speaker.id)
        .where(Speaker.conference_id == conference_id)
        .order_by(TalkSpeaker.talk_id, TalkSpeaker.position)
    )
    # Core execution (no ORM result machinery): these are plain columns anyway.
    connection = session.connection()
    rows = connection.execute(query).all()

    speakers: dict[int, SpeakerInfo] = {}
    speakers_of: dict[int, list[SpeakerInfo]] = defaultdict(list)
    for talk_id, speaker_id, name, organization, bio in connection.execute(speaker_query):
        speaker = speakers.get(speaker_id)
        if speaker is None:
            speaker = speakers[speaker_id] = SpeakerInfo(speaker_id, name, organization, bio)
        speakers_of[talk_id].append(speaker)

    no_links: tuple[Link, ...] = ()
    return [
        TalkInfo(
            id=talk_id,
            conference_id=conference_id,
            key=key,
            title=title,
            start=start,
            end=end,
            room=room or "",
            track=track or "",
            track_color=color or "",
            subtitle=subtitle,
            type=kind,
            language=language,
            abstract=abstract,
            description=description,
            url=url,
            links=tuple(Link(link.get("url", ""), link.get("title", "")) for link in links)
            if links
            else no_links,
            speakers=tuple(speakers_of.get(talk_id, ())),
            untitled=untitled,
            cancelled=cancelled,
            star=Star(Priority(priority), Status(status), note, created, updated)
            if priority is not None
            else None,
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
        ) in rows
    ]


def get_talk(session: Session, conference_id: int, key: str) -> TalkInfo:
    found = list_talks(session, conference_id, keys=[key])
    if not found:
        raise NotFoundError(f"no session with key {key!r} in conference {conference_id}")
    return found[0]


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
    exists = session.scalar(
        select(Talk.id).where(Talk.conference_id == conference_id, Talk.key == key)
    )
    if exists is None:
        raise NotFoundError(f"no session with key {key!r} in conference {conference_id}")
    row = session.scalar(
        select(StarRow).where(StarRow.conference_id == conference_id, StarRow.talk_key == key)
    )
    now = utc_now()
    if row is None:
        row = StarRow(
            conference_id=conference_id,
            talk_key=key,
            priority=(priority or Priority.WANT).value,
            status=(status or Status.ATTEND).value,
            note=note or "",
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


def get_star(session: Session, conference_id: int, key: str) -> Star | None:
    row = session.scalar(
        select(StarRow).where(StarRow.conference_id == conference_id, StarRow.talk_key == key)
    )
    return _star_from_row(row) if row is not None else None


def remove_star(session: Session, conference_id: int, key: str) -> bool:
    """Unstar; returns whether there was a star.

    A cancelled session stays until the next import of its program, so undo can restore it.
    """
    result = session.execute(
        delete(StarRow).where(StarRow.conference_id == conference_id, StarRow.talk_key == key)
    )
    return bool(getattr(result, "rowcount", 0))


def restore_star(session: Session, conference_id: int, key: str, star: Star) -> None:
    """Put back a star exactly as it was (for undo)."""
    session.execute(
        delete(StarRow).where(StarRow.conference_id == conference_id, StarRow.talk_key == key)
    )
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


@dataclass(frozen=True)
class FeedState:
    url: str
    conference_id: int | None
    etag: str
    last_modified: str
    content_sha256: str
    cache_file: str
    fetched_at: datetime


def get_feed(session: Session, url: str) -> FeedState | None:
    row = session.scalar(select(Feed).where(Feed.url == url))
    if row is None:
        return None
    return FeedState(
        row.url,
        row.conference_id,
        row.etag,
        row.last_modified,
        row.content_sha256,
        row.cache_file,
        row.fetched_at,
    )


def save_feed(session: Session, state: FeedState) -> None:
    row = session.scalar(select(Feed).where(Feed.url == state.url))
    if row is None:
        row = Feed(url=state.url)
        session.add(row)
    row.conference_id = state.conference_id
    row.etag = state.etag
    row.last_modified = state.last_modified
    row.content_sha256 = state.content_sha256
    row.cache_file = state.cache_file
    row.fetched_at = state.fetched_at
    session.flush()


def conference_counts(session: Session, conference_id: int) -> dict[str, int]:
    def count(statement: Any) -> int:
        return int(session.execute(statement).scalar_one())

    return {
        "sessions": count(
            select(func.count(Talk.id)).where(
                Talk.conference_id == conference_id, Talk.cancelled.is_(False)
            )
        ),
        "speakers": count(
            select(func.count(Speaker.id)).where(Speaker.conference_id == conference_id)
        ),
        "rooms": count(select(func.count(Room.id)).where(Room.conference_id == conference_id)),
        "tracks": count(select(func.count(Track.id)).where(Track.conference_id == conference_id)),
        "days": count(select(func.count(Day.id)).where(Day.conference_id == conference_id)),
    }


# -- busy blocks, preferences, statuses ----------------------------------------------------
def list_busy(session: Session, conference_id: int) -> list[BusyInfo]:
    rows = session.scalars(
        select(BusyBlock)
        .where(BusyBlock.conference_id == conference_id)
        .order_by(BusyBlock.start, BusyBlock.id)
    )
    return [BusyInfo(row.id, row.conference_id, row.title, row.start, row.end) for row in rows]


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


def get_preference(session: Session, key: str) -> Any:
    row = session.get(Preference, key)
    return None if row is None else row.value


def set_preference(session: Session, key: str, value: Any) -> None:
    row = session.get(Preference, key)
    if row is None:
        session.add(Preference(key=key, value=value))
    else:
        row.value = value
    session.flush()


def feed_url_of(session: Session, conference_id: int) -> str | None:
    """The web address the conference's program was last downloaded from, if any."""
    return session.scalar(
        select(Feed.url)
        .where(Feed.conference_id == conference_id)
        .order_by(Feed.fetched_at.desc())
        .limit(1)
    )


def set_statuses(session: Session, conference_id: int, statuses: Mapping[str, Status]) -> None:
    now = utc_now()
    for key, status in statuses.items():
        session.execute(
            update(StarRow)
            .where(StarRow.conference_id == conference_id, StarRow.talk_key == key)
            .values(status=status.value, updated_at=now)
        )


def conference_identity_of(session: Session, conference_id: int) -> str:
    identity = session.scalar(select(Conference.identity).where(Conference.id == conference_id))
    if identity is None:
        raise NotFoundError(f"no conference with id {conference_id}")
    return identity


# -- overlays -------------------------------------------------------------------------------
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


def list_overlays(session: Session, conference_id: int) -> list[OverlayInfo]:
    overlays = list(
        session.scalars(
            select(Overlay).where(Overlay.conference_id == conference_id).order_by(Overlay.id)
        )
    )
    entries: dict[int, list[OverlaySessionInfo]] = defaultdict(list)
    if overlays:
        for row in session.scalars(
            select(OverlaySession)
            .where(OverlaySession.overlay_id.in_([o.id for o in overlays]))
            .order_by(OverlaySession.start, OverlaySession.id)
        ):
            entries[row.overlay_id].append(
                OverlaySessionInfo(
                    row.talk_key,
                    row.title,
                    row.start,
                    row.end,
                    Priority(row.priority),
                    Status(row.status),
                    row.note,
                )
            )
    return [
        OverlayInfo(
            o.id, o.conference_id, o.name, o.source, o.visible, o.imported_at, tuple(entries[o.id])
        )
        for o in overlays
    ]


def get_overlay(session: Session, overlay_id: int) -> OverlayInfo:
    row = session.get(Overlay, overlay_id)
    if row is None:
        raise NotFoundError(f"no colleague's agenda with id {overlay_id}")
    for overlay in list_overlays(session, row.conference_id):
        if overlay.id == overlay_id:
            return overlay
    raise NotFoundError(f"no colleague's agenda with id {overlay_id}")  # pragma: no cover


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


def find_conference(session: Session, identity: str) -> int | None:
    return session.scalar(select(Conference.id).where(Conference.identity == identity))
