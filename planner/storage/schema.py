"""The database schema: SQLAlchemy 2.x typed ORM classes.

`Talk` is a conference session; the name avoids a clash with SQLAlchemy's `Session`
(the user interface still says "session"). Stars point at talks by their stable key, not
by row id, so a re-imported program that replaces every talk row keeps the user's stars.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# How a UTCDateTime column stores its value is `columns.utc_text` (the SQL writers use it).
from planner.storage.columns import utc_now


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored naive (SQLite has no zones).

    The stored text sorts chronologically, so range queries and ORDER BY work in SQL.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Conference(Base):
    __tablename__ = "conferences"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str] = mapped_column(String)
    acronym: Mapped[str] = mapped_column(String, default="")
    time_zone: Mapped[str] = mapped_column(String)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String, default="")
    version: Mapped[str] = mapped_column(String, default="")
    format: Mapped[str] = mapped_column(String, default="")
    notice: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String, default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # Where it takes place ("ULB, Brussels"), when the program says: calendar events name it.
    venue: Mapped[str] = mapped_column(String, default="", server_default="")

    days: Mapped[list[Day]] = relationship(
        back_populates="conference", cascade="all, delete-orphan", passive_deletes=True
    )


class Day(Base):
    __tablename__ = "days"
    __table_args__ = (UniqueConstraint("conference_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    # Conference days need not run midnight to midnight (38C3's end at 06:00).
    start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end: Mapped[datetime | None] = mapped_column(UTCDateTime)

    conference: Mapped[Conference] = relationship(back_populates="days")


class Track(Base):
    __tablename__ = "tracks"
    __table_args__ = (UniqueConstraint("conference_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String)
    color: Mapped[str] = mapped_column(String, default="")


class Room(Base):
    __tablename__ = "rooms"
    __table_args__ = (UniqueConstraint("conference_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Speaker(Base):
    __tablename__ = "speakers"
    __table_args__ = (UniqueConstraint("conference_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String)
    organization: Mapped[str] = mapped_column(String, default="")
    bio: Mapped[str] = mapped_column(Text, default="")


class TalkSpeaker(Base):
    __tablename__ = "talk_speakers"

    talk_id: Mapped[int] = mapped_column(
        ForeignKey("talks.id", ondelete="CASCADE"), primary_key=True
    )
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Talk(Base):
    """A conference session."""

    __tablename__ = "talks"
    __table_args__ = (
        UniqueConstraint("conference_id", "key"),
        Index("ix_talks_conference_start", "conference_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String)
    day_id: Mapped[int | None] = mapped_column(ForeignKey("days.id", ondelete="SET NULL"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    track_id: Mapped[int | None] = mapped_column(ForeignKey("tracks.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String)
    subtitle: Mapped[str] = mapped_column(String, default="")
    type: Mapped[str] = mapped_column(String, default="")
    language: Mapped[str] = mapped_column(String, default="")
    abstract: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    url: Mapped[str] = mapped_column(String, default="")
    # [{"url": ..., "title": ...}]; links are only ever read with their talk.
    links: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    untitled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Left the program while starred (or with a note): kept (never silently dropped) and
    # shown as cancelled.
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class StarRow(Base):
    """The user's interest in a session, keyed by the session's stable key."""

    __tablename__ = "stars"
    __table_args__ = (UniqueConstraint("conference_id", "talk_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    talk_key: Mapped[str] = mapped_column(String)
    priority: Mapped[str] = mapped_column(String, default="want")
    status: Mapped[str] = mapped_column(String, default="attend")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class LooseNote(Base):
    """The user's note on a session that has no star. A starred session keeps its note on
    its star (`StarRow.note`), so that everything that reads the plan (clashes, exports,
    sharing) reads stars only and a note alone never puts a session in it. Starring takes
    the note onto the star, unstarring puts it back here (`planner.storage.repo`)."""

    __tablename__ = "loose_notes"
    __table_args__ = (UniqueConstraint("conference_id", "talk_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    talk_key: Mapped[str] = mapped_column(String)
    note: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class BusyBlock(Base):
    """A commitment of the user's own (a customer lunch, a booth shift) during a conference."""

    __tablename__ = "busy_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String)
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Preference(Base):
    """User settings that belong with the data (conflict buffers, export paths)."""

    __tablename__ = "preferences"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Feed(Base):
    """A program imported from a URL: validators for cheap refreshes, and the last good copy."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String, unique=True)
    conference_id: Mapped[int | None] = mapped_column(
        ForeignKey("conferences.id", ondelete="SET NULL")
    )
    etag: Mapped[str] = mapped_column(String, default="")
    last_modified: Mapped[str] = mapped_column(String, default="")
    content_sha256: Mapped[str] = mapped_column(String, default="")
    cache_file: Mapped[str] = mapped_column(String, default="")
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class CalendarTarget(Base):
    """Where the agenda is kept in sync: a CalDAV calendar, a folder, the live or an exported
    file (see `planner.domain.calendars`). Never a password: those are in the keyring."""

    __tablename__ = "calendar_targets"
    __table_args__ = (UniqueConstraint("conference_id", "kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    location: Mapped[str] = mapped_column(String)
    include_plan_b: Mapped[bool] = mapped_column(Boolean, default=False)
    alarm_minutes: Mapped[int | None] = mapped_column(Integer)
    calendar_name: Mapped[str] = mapped_column(String, default="")
    calendar_url: Mapped[str] = mapped_column(String, default="")
    username: Mapped[str] = mapped_column(String, default="")
    password_command: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_sync: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_attempt: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Why the last attempt failed ("" after a success): a `FailureCode` with its values as
    # JSON (see `planner.storage.targets`), never a sentence in one language.
    last_error_code: Mapped[str] = mapped_column(String, default="", server_default="")
    last_error_values: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


class TargetEvent(Base):
    """A session as one target last received it: SEQUENCE, DTSTAMP, resource and ETag."""

    __tablename__ = "target_events"

    target_id: Mapped[int] = mapped_column(
        ForeignKey("calendar_targets.id", ondelete="CASCADE"), primary_key=True
    )
    talk_key: Mapped[str] = mapped_column(String, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    fingerprint: Mapped[str] = mapped_column(String)
    stamp: Mapped[datetime] = mapped_column(UTCDateTime)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    href: Mapped[str] = mapped_column(String, default="")
    etag: Mapped[str] = mapped_column(String, default="")
    remote: Mapped[str] = mapped_column(String, default="")


class Overlay(Base):
    """A colleague's agenda, shown beside the user's own ("Dana attends")."""

    __tablename__ = "overlays"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String)
    source: Mapped[str] = mapped_column(String, default="")
    visible: Mapped[bool] = mapped_column(Boolean, default=True)
    program_fingerprint: Mapped[str] = mapped_column(String, default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class OverlaySession(Base):
    __tablename__ = "overlay_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    overlay_id: Mapped[int] = mapped_column(
        ForeignKey("overlays.id", ondelete="CASCADE"), index=True
    )
    # The session in this program it matched (by key, else by start and title); "" if none.
    talk_key: Mapped[str] = mapped_column(String, default="")
    title: Mapped[str] = mapped_column(String)
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    priority: Mapped[str] = mapped_column(String, default="want")
    status: Mapped[str] = mapped_column(String, default="attend")
    note: Mapped[str] = mapped_column(Text, default="")
