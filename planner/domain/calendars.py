"""Calendar targets: where Planner keeps the user's agenda true, and what it last sent there.

A target is a CalDAV calendar, a folder of events (vdir), the live `.ics` file, or a plain
exported `.ics` file. Each keeps its own state per session (`EventState`), so that one export
or sync can never make another one lie: SEQUENCE and DTSTAMP, what is out there now, and
what the user did to it in their calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime


class TargetKind(StrEnum):
    CALDAV = "caldav"  # a calendar on a CalDAV server, one resource per session
    VDIR = "vdir"  # a folder with one .ics per session (khal, vdirsyncer, Evolution)
    LIVE = "live"  # one .ics file rewritten on every change, for subscribers
    FILE = "file"  # one .ics file written when the user exports

    @property
    def label(self) -> str:
        return {
            "caldav": "CalDAV calendar",
            "vdir": "folder of events",
            "live": "live calendar file",
            "file": "calendar file",
        }[self.value]

    @property
    def is_local(self) -> bool:
        """Written on this computer: refreshed right after every agenda change."""
        return self is not TargetKind.CALDAV


class Remote(StrEnum):
    """What the user did to an event in their calendar since Planner last wrote it."""

    NONE = ""
    EDITED = "edited"  # changed there: Planner does not overwrite it
    DELETED = "deleted"  # deleted there: not pushed back unless the session changes


@dataclass(frozen=True, slots=True)
class TargetInfo:
    id: int
    name: str  # what the user called it; for live and file targets, the file's path
    kind: TargetKind
    conference_id: int
    location: str  # the CalDAV URL the user gave, or the folder or file path
    include_plan_b: bool = False
    alarm_minutes: int | None = None
    calendar_name: str = ""  # CalDAV: the calendar's display name to find or create
    calendar_url: str = ""  # CalDAV: the calendar found or created at the first sync
    username: str = ""
    password_command: str = ""  # a command that prints the password (no keyring)
    last_sync: datetime | None = None  # when it last synced without an error
    last_attempt: datetime | None = None
    last_error: str = ""  # why the last attempt failed ("" after a success)


@dataclass(frozen=True, slots=True)
class EventState:
    """One session as a target last received it."""

    key: str  # the session's key
    sequence: int
    fingerprint: str  # of everything a person would see in the event (not SEQUENCE/DTSTAMP)
    stamp: datetime  # DTSTAMP: when this content was first sent (aware UTC)
    present: bool = True  # out there now; False once removed (the SEQUENCE is remembered)
    href: str = ""  # CalDAV: the resource's URL; vdir: the file's name
    etag: str = ""  # the ETag (vdir: a digest of the file) of what Planner last wrote
    remote: Remote = Remote.NONE
