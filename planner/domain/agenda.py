"""Read-side value objects: what the UI and the command line show.

These are detached, immutable snapshots of stored rows (ORM instances never leave
`planner.storage`), so a Qt model can hold thousands of them without touching the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from planner.domain.errors import UsageError

if TYPE_CHECKING:
    from datetime import date

    from planner.domain.links import Link


class Priority(StrEnum):
    MUST = "must"
    WANT = "want"
    MAYBE = "maybe"

    @property
    def label(self) -> str:
        return {"must": "Must see", "want": "Want to see", "maybe": "Maybe"}[self.value]

    @property
    def rank(self) -> int:
        """Where it sorts: must-see first (0), then want (1), then maybe (2). Unstarred
        sessions sort after all of them (`UNSTARRED_RANK`)."""
        return _PRIORITY_RANK[self]


class Status(StrEnum):
    ATTEND = "attend"
    PLAN_B = "plan-b"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return {"attend": "Attend", "plan-b": "Plan B", "skip": "Skip"}[self.value]


_PRIORITY_RANK = {priority: rank for rank, priority in enumerate(Priority)}
UNSTARRED_RANK = len(Priority)


@dataclass(frozen=True, slots=True)
class Star:
    priority: Priority
    status: Status
    note: str
    created: datetime
    updated: datetime


@dataclass(frozen=True, slots=True)
class BusyInfo:
    """A commitment of the user's own during the conference (a customer lunch...)."""

    id: int
    conference_id: int
    title: str
    start: datetime  # aware UTC
    end: datetime

    @property
    def key(self) -> str:
        return f"busy:{self.id}"

    @property
    def in_calendar(self) -> bool:
        """Does it lie within the dates Planner keeps (`check_busy_block`)? One saved by
        an older Planner may not (9999-12-31): it is listed, to be removed, and left out
        of everything that places it in a zone (clashes, views, the day plan)."""
        return self.start >= EARLIEST_MOMENT and self.end <= LATEST_MOMENT


# Any moment Planner keeps must still be a valid date in every time zone and a year later
# (calendar exports describe the zone's whole year), so the ends of datetime's range are
# out: a block there would save, and then every listing of it would fail.
EARLIEST_MOMENT = datetime(2, 1, 1, tzinfo=UTC)
LATEST_MOMENT = datetime(9998, 12, 31, tzinfo=UTC)


def check_busy_block(start: datetime, end: datetime) -> None:
    """Raise `UsageError` unless [start, end) can be a busy block."""
    from planner.domain.refusals import Refusal, RefusalCode  # the core's: not at start-up

    if start.tzinfo is None or end.tzinfo is None:
        raise UsageError.of(Refusal(RefusalCode.BUSY_NEEDS_ZONE))
    if end <= start:
        raise UsageError.of(Refusal(RefusalCode.BUSY_ENDS_FIRST))
    try:
        in_range = start >= EARLIEST_MOMENT and end <= LATEST_MOMENT
    except OverflowError:  # an offset that takes it beyond datetime's own range
        in_range = False
    if not in_range:
        earliest = EARLIEST_MOMENT.date().isoformat()
        latest = LATEST_MOMENT.isoformat(" ", "minutes")[:16]
        raise UsageError.of(Refusal(RefusalCode.BUSY_OUT_OF_RANGE, earliest, latest))


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    id: int
    name: str
    organization: str = ""
    bio: str = ""


@dataclass(frozen=True, slots=True)
class ConferenceInfo:
    id: int
    title: str
    acronym: str
    time_zone: str
    start: date
    end: date
    source: str
    version: str
    format: str
    notice: str
    url: str
    talk_count: int
    imported_at: datetime
    venue: str = ""

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


# Not frozen: a frozen dataclass assigns every field through object.__setattr__, which
# makes building 20,000 of them three times slower. Treat instances as immutable all the
# same (change them with dataclasses.replace).
@dataclass(slots=True)
class TalkInfo:
    id: int
    conference_id: int
    key: str
    title: str
    start: datetime  # aware UTC
    end: datetime  # aware UTC
    room: str
    track: str
    track_color: str
    subtitle: str = ""
    type: str = ""
    language: str = ""
    abstract: str = ""
    description: str = ""
    url: str = ""
    links: tuple[Link, ...] = ()
    speakers: tuple[SpeakerInfo, ...] = ()
    untitled: bool = False
    cancelled: bool = False  # left the program while starred or noted; kept: nothing lost
    star: Star | None = None
    # The user's note, starred or not (a starred session's is its star's note too; one
    # without a star may have a note: it is in no plan for that).
    note: str = ""

    @property
    def starred(self) -> bool:
        return self.star is not None

    @property
    def speaker_names(self) -> tuple[str, ...]:
        return tuple(speaker.name for speaker in self.speakers)


@dataclass(frozen=True, slots=True)
class OverlaySessionInfo:
    talk_key: str  # "" when this program has no such session
    title: str
    start: datetime
    end: datetime | None
    priority: Priority
    status: Status
    note: str = ""


@dataclass(frozen=True, slots=True)
class OverlayInfo:
    """A colleague's agenda shown beside the user's own."""

    id: int
    conference_id: int
    name: str
    source: str
    visible: bool
    imported_at: datetime
    sessions: tuple[OverlaySessionInfo, ...]

    def attending(self) -> frozenset[str]:
        return frozenset(
            s.talk_key for s in self.sessions if s.talk_key and s.status is Status.ATTEND
        )

    def unmatched(self) -> tuple[OverlaySessionInfo, ...]:
        return tuple(s for s in self.sessions if not s.talk_key)
