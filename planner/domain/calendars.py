"""Calendar targets: where Planner keeps the user's agenda true, and what it last sent there.

A target is a CalDAV calendar, a folder of events (vdir), the live `.ics` file, or a plain
exported `.ics` file. Each keeps its own state per session (`EventState`), so that one export
or sync can never make another one lie: SEQUENCE and DTSTAMP, what is out there now, and
what the user did to it in their calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from planner.domain.calendar_messages import (
    NetworkCause,
    PasswordCode,
    PasswordMessage,
    Request,
    ServerCode,
    ServerMessage,
)
from planner.domain.errors import StorageCode, StorageError, StorageNote
from planner.domain.system_words import recognised

if TYPE_CHECKING:
    from collections.abc import Mapping
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


# The targets Planner keeps in sync (a plain exported file is written once, when asked),
# and of those the ones rewritten right after every change to the agenda.
SYNCED_KINDS = (TargetKind.CALDAV, TargetKind.VDIR, TargetKind.LIVE)
FOLLOWING_KINDS = tuple(kind for kind in SYNCED_KINDS if kind.is_local)


class Remote(StrEnum):
    """What the user did to an event in their calendar since Planner last wrote it."""

    NONE = ""
    EDITED = "edited"  # changed there: Planner does not overwrite it
    DELETED = "deleted"  # deleted there: not pushed back unless the session changes


class FailureCode(StrEnum):
    """What kind of failure a target's last sync met (see `SyncFailure`)."""

    SERVER = "server"  # a calendar server's fault: `said`
    STORAGE = "storage"  # a folder's or file's fault: `storage` with `doing`, `detail`, `notes`
    CALENDAR_FILE = "calendar-file"  # a calendar file at `location` not written: `storage`...
    PASSWORD = "password"  # no password could be had: `password`
    OTHER = "other"  # an error without a code: `detail` is its English line
    EARLIER = "earlier"  # stored before failures had codes: `detail` is the English line


@dataclass(frozen=True, slots=True)
class SyncFailure:
    """Why a target's last sync failed, as it is stored: a code with values, for the window
    to say in its language; `str()` is the English line (the command line's). Words of a
    library or the system are only ever the `detail`."""

    code: FailureCode
    said: ServerMessage | None = None  # SERVER
    storage: StorageCode | None = None  # STORAGE, CALENDAR_FILE (None: `detail` says it)
    location: str = ""  # the file or folder (STORAGE, CALENDAR_FILE)
    doing: str = ""  # what could not be done to it ("written", "read", ...)
    notes: tuple[StorageNote, ...] = ()
    detail: str = ""
    password: PasswordMessage | None = None  # PASSWORD

    @property
    def fault(self) -> StorageError | None:
        """The storage fault, as the storage said it (STORAGE, CALENDAR_FILE)."""
        if self.storage is None:
            return None
        return StorageError(
            self.location,
            code=self.storage,
            doing=self.doing,
            detail=self.detail,
            notes=self.notes,
        )

    def values(self) -> dict[str, Any]:
        """Its values as stored (and as `calendar list --json` gives them): codes by their
        names, nothing empty."""
        values: dict[str, Any] = {}
        said = self.said
        if said is not None:
            values["said"] = {
                "code": said.code.name,
                "host": said.host,
                "cause": said.cause.name,
                "request": said.request.name,
                "status": said.status,
                "detail": said.detail,
            }
        if self.password is not None:
            values["password"] = {
                "code": self.password.code.name,
                "user": self.password.user,
                "status": self.password.status,
                "detail": self.password.detail,
            }
        if self.storage is not None:
            values["storage"] = self.storage.name
            if self.notes:
                values["notes"] = [note.name for note in self.notes]
        for name in ("location", "doing", "detail"):
            if getattr(self, name):
                values[name] = getattr(self, name)
        return values

    @classmethod
    def from_values(cls, code: FailureCode, values: Mapping[str, Any]) -> SyncFailure:
        """The failure `values()` gave; raises KeyError or ValueError on values it did not,
        among them a failure without what its code says (a server's fault with no `said`
        would read as no failure at all: the calendar shown as synced)."""
        for needed in _NEEDED_VALUES.get(code, ()):
            if not values.get(needed):
                raise KeyError(needed)
        said = values.get("said")
        password = values.get("password")
        storage = StorageCode[values["storage"]] if "storage" in values else None
        detail = str(values.get("detail", ""))
        return cls(
            code,
            said=None
            if said is None
            else ServerMessage(
                ServerCode[said["code"]],
                str(said["host"]),
                NetworkCause[said["cause"]],
                Request[said["request"]],
                int(said["status"]),
                str(said["detail"]),
            ),
            storage=storage,
            location=str(values.get("location", "")),
            doing=str(values.get("doing", "")),
            notes=tuple(StorageNote[note] for note in values.get("notes", ())),
            # The system's words are stored without their kind: known again by them.
            detail=recognised(detail) if storage is StorageCode.OTHER else detail,
            password=None
            if password is None
            else PasswordMessage(
                PasswordCode[password["code"]],
                str(password["user"]),
                int(password["status"]),
                str(password["detail"]),
            ),
        )

    def __str__(self) -> str:
        fault = self.fault
        if self.code is FailureCode.SERVER and self.said is not None:
            return one_line(str(self.said))
        if self.code is FailureCode.PASSWORD and self.password is not None:
            return str(self.password)
        if self.code is FailureCode.STORAGE and fault is not None:
            return fault.problem  # the target names the folder
        if self.code is FailureCode.CALENDAR_FILE:
            problem = self.detail if fault is None else fault.problem
            return f"{self.location}: the calendar file could not be written ({problem})"
        return self.detail


# What each code's failure is said from (`values()` leaves out what is empty).
_NEEDED_VALUES: dict[FailureCode, tuple[str, ...]] = {
    FailureCode.SERVER: ("said",),
    FailureCode.STORAGE: ("storage",),
    FailureCode.CALENDAR_FILE: ("location",),
    FailureCode.PASSWORD: ("password",),
}


def one_line(text: str, limit: int = 300) -> str:
    """The first line of a message, at most `limit` characters long."""
    stripped = text.strip()
    return stripped.splitlines()[0][:limit] if stripped else ""


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
    last_failure: SyncFailure | None = None  # why the last attempt failed (None: it did not)

    @property
    def last_error(self) -> str:
        """Why the last attempt failed, in English ("" after a success)."""
        return "" if self.last_failure is None else str(self.last_failure)


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
