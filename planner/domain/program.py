"""The plain program structure every importer produces and the storage writer consumes.

Every file format is turned into a `Program`; one writer (`planner.storage.writer`) stores
it. Instants are timezone-aware and normalised to UTC; the conference's IANA zone is kept
next to them so times can be shown as the attendee sees them on the venue's clocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.links import Link
    from planner.domain.messages import Note


@dataclass(frozen=True, slots=True)
class ProgramSpeaker:
    name: str
    organization: str = ""
    bio: str = ""


@dataclass(frozen=True, slots=True)
class ProgramTrack:
    name: str
    color: str = ""  # "#rrggbb", empty when the source has none (a colour is then derived)


@dataclass(frozen=True, slots=True)
class ProgramDay:
    """A conference day; its bounds need not be midnight (38C3's days run to 06:00)."""

    date: date
    start: datetime | None = None  # aware UTC
    end: datetime | None = None  # aware UTC


@dataclass(frozen=True, slots=True)
class ProgramTalk:
    """One session of the program as read from a file."""

    key: str  # stable identity within the conference (see planner.domain.keys)
    title: str
    start: datetime  # aware, UTC
    end: datetime  # aware, UTC, >= start
    room: str = ""
    track: str = ""
    subtitle: str = ""
    type: str = ""
    language: str = ""
    abstract: str = ""
    description: str = ""
    url: str = ""
    links: tuple[Link, ...] = ()
    speakers: tuple[str, ...] = ()  # names, each also present in Program.speakers
    untitled: bool = False  # the source gave no title; `title` is a label we derived
    day: date | None = None  # the conference day the source files it under, if it says
    # The source's own names for the session, as written (other apps match by them).
    source_id: str = ""
    guid: str = ""

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError(f"session {self.key!r}: start and end must be timezone-aware")
        if self.start.utcoffset() or self.end.utcoffset():
            raise ValueError(f"session {self.key!r}: start and end must be in UTC")
        if self.end < self.start:
            raise ValueError(f"session {self.key!r}: ends before it starts")


@dataclass(frozen=True, slots=True)
class Program:
    """A whole conference program, independent of the file format it came from."""

    title: str
    time_zone: str  # IANA name, e.g. "Europe/London"
    start: date
    end: date
    acronym: str = ""
    source: str = ""  # where it was read from: a file name or URL
    version: str = ""  # the source's own version string, if any
    format: str = ""  # the format module that read it, e.g. "frab-xml"
    notice: str = ""  # something the attendee must be told, e.g. "times are illustrative"
    url: str = ""
    venue: str = ""  # where it takes place, e.g. "ULB, Brussels" (events name it)
    days: tuple[ProgramDay, ...] = ()
    tracks: tuple[ProgramTrack, ...] = ()
    rooms: tuple[str, ...] = ()
    speakers: tuple[ProgramSpeaker, ...] = ()
    talks: tuple[ProgramTalk, ...] = ()
    # What was skipped or guessed, and why (English, with codes for the window).
    warnings: tuple[Note, ...] = field(default=(), compare=False)

    @property
    def identity(self) -> str:
        """What makes a re-import of the same conference recognisable."""
        return conference_identity(self.acronym, self.title)


def conference_identity(acronym: str, title: str) -> str:
    base = acronym.strip() or title.strip()
    return " ".join(base.casefold().split())


def utc(moment: datetime) -> datetime:
    """Normalise an aware datetime to UTC; reject naive ones, which are ambiguous."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: a time zone is required")
    return moment.astimezone(UTC)
