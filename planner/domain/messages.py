"""Sentences the core makes, as codes with values: the window says them in its language.

The core knows no Qt and no language but English. Where it explains something to the user
(why auto-resolve keeps or drops a session, why a session is suggested, what changed in a
re-imported program) it returns one of these small values: a code and the values the
sentence needs. `str()` gives the English sentence the command line prints and its JSON
carries (unchanged since these were plain strings); `planner.ui` turns the code and values
into a sentence of the window's language (`planner.ui.core_text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.domain.clock import clock

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner.domain.conflicts import Commitment

NAMED = 3  # how many commitments a reason names before "and N more"


# -- why auto-resolve decided as it did --------------------------------------------------
class ReasonCode(StrEnum):
    GIVES_WAY = "gives-way"  # plan B: it loses to `others`
    KEPT_OVER = "kept-over"  # attended: it wins over `others`
    MUST_SEE = "must-see"  # attended: a must-see is always kept
    NO_CLASH = "no-clash"  # attended: nothing competes with it


def english_name(item: Commitment) -> str:
    """A commitment as an English reason names it: “Title” (want), your busy block “Lunch”."""
    return f"your busy block “{item.title}”" if item.is_busy else f"“{item.title}” ({item.label})"


@dataclass(frozen=True, slots=True)
class DecisionReason:
    """Why auto-resolve attends a starred session or makes it plan B."""

    code: ReasonCode
    kept: Commitment | None = None  # the session decided about (for KEPT_OVER's priority)
    others: tuple[Commitment, ...] = ()  # who it gives way to / is kept over (first NAMED)
    more: int = 0  # how many more than `others` there are

    @classmethod
    def naming(
        cls, code: ReasonCode, others: list[Commitment], kept: Commitment | None = None
    ) -> DecisionReason:
        return cls(code, kept, tuple(others[:NAMED]), max(len(others) - NAMED, 0))

    def __str__(self) -> str:
        names = ", ".join(english_name(item) for item in self.others)
        if self.more:
            names += f" and {self.more} more"
        if self.code is ReasonCode.GIVES_WAY:
            return "gives way to " + names
        if self.code is ReasonCode.KEPT_OVER:
            label = self.kept.label if self.kept is not None else ""
            return f"kept ({label}) over " + names
        if self.code is ReasonCode.MUST_SEE:
            return "must-see: always kept"
        return "no clash"


# -- why a session is suggested ----------------------------------------------------------
class SuggestionCode(StrEnum):
    TRACK = "track"  # in a track the user stars
    SPEAKER = "speaker"  # by a speaker the user stars
    ABOUT = "about"  # shares words with the starred sessions


@dataclass(frozen=True, slots=True)
class SuggestionReason:
    code: SuggestionCode
    values: tuple[str, ...]  # the track, the speaker, or up to three shared words

    def __str__(self) -> str:
        return f"{self.code.value} " + ", ".join(self.values)


# -- what changed about a session in a re-imported program -------------------------------
class DetailCode(StrEnum):
    TIME = "time"  # before/after: the old and new start and end (`times`)
    ROOM = "room"
    TITLE = "title"
    SUBTITLE = "subtitle"  # changed (no values)
    TRACK = "track"
    SPEAKERS = "speakers"
    ABSTRACT = "abstract"  # changed (no values)
    KEY = "key"  # the session's key changed and the star followed it
    WAS = "was"  # a removed session: when it was (`times[0]`)
    RESTORED = "restored"  # a cancelled starred session is back in the program


@dataclass(frozen=True, slots=True)
class ChangeDetail:
    """One thing that changed about a session. `before`/`after` hold the old and new value
    (empty for "none"; speakers joined by ", "); TIME and WAS carry datetimes instead."""

    code: DetailCode
    before: str = ""
    after: str = ""
    times: tuple[datetime, ...] = ()  # TIME: old start, old end, new start, new end
    zone: ZoneInfo | None = None  # where TIME and WAS are told

    def __str__(self) -> str:
        code, before, after = self.code, self.before or "(none)", self.after or "(none)"
        if code is DetailCode.TIME and self.zone is not None:
            old_start, old_end, new_start, new_end = self.times
            zone, day = self.zone, "%a %d %b %H:%M"
            return (
                f"time {clock(old_start, zone, day)}–{clock(old_end, zone)} → "
                f"{clock(new_start, zone, day)}–{clock(new_end, zone)}"
            )
        if code is DetailCode.WAS and self.zone is not None:
            return clock(self.times[0], self.zone, "was %a %d %b %H:%M")
        if code is DetailCode.TITLE:
            return f"title “{self.before}” → “{self.after}”"
        if code in (DetailCode.SUBTITLE, DetailCode.ABSTRACT):
            return f"{code.value} changed"
        if code is DetailCode.KEY:
            return f"key {self.before} → {self.after}; your star followed it"
        if code is DetailCode.RESTORED:
            return "back in the program"
        return f"{code.value} {before} → {after}"


# -- what an import skipped or guessed, and what a phone's favourites left out ----------
class PlaceKind(StrEnum):
    EVENT = "event"
    SESSION = "session"
    DAY = "day"
    UNNAMED = "an unnamed event"  # a favourite with neither title nor id
    RECORD = "record"  # a record of a CSV file, by its line
    BOOKMARK = "bookmark"  # a bookmark of a bookmarks file, by its number
    GIGGITY_LINK = "the Giggity link"  # a pasted link (no name)


class Where(str):
    """Where in a file a note is about: the English the command line prints ("event 12",
    "session #3", "day 2024-03-31"), which also knows its kind and name, so that the
    window can say it in its language. A `str`: error messages and notes embed it."""

    kind: PlaceKind
    name: str

    def __new__(cls, kind: PlaceKind, name: str = "") -> Where:
        named = kind not in (PlaceKind.UNNAMED, PlaceKind.GIGGITY_LINK)
        english = f"{kind.value} {name}" if named else kind.value
        place = super().__new__(cls, english)
        place.kind, place.name = kind, name
        return place

    def __getnewargs__(self) -> tuple[PlaceKind, str]:  # type: ignore[override]
        return self.kind, self.name


class NoteCode(StrEnum):
    """What a note says; `_ENGLISH` has each one's English, its values in order."""

    SKIPPED_TIME = "skipped-time"  # where, wall clock, zone, read as (local)
    REPEATED_TIME = "repeated-time"  # where, wall clock, zone
    END_MOVED = "end-moved"  # where, end (wall clock), moved to (local), minutes
    DAY_OUT_OF_RANGE = "day-out-of-range"  # where
    UNTITLED = "untitled"  # where, the title it is shown with
    SKIPPED_BY_GAP = "skipped-by-gap"  # where, title, wall clock, zone, read as (local)
    BEYOND_DATES = "beyond-dates"  # where, title, zone
    REPEATED_IDS = "repeated-ids"  # how many
    REPEATED_UNNAMED = "repeated-unnamed"  # how many
    MORE_WARNINGS = "more-warnings"  # how many
    UNKNOWN_ZONE = "unknown-zone"  # the file's zone
    ZONE_ASKED = "zone-asked"  # the file's zone, the zone asked for
    ZONE_CONTRADICTED = "zone-contradicted"  # the file's zone, the zone shown in
    NO_ZONE = "no-zone"  # the zone shown in
    ZONE_KEPT = "zone-kept"  # the file's zone, the zone asked for (Planner program files)
    CANCELLED = "cancelled"  # where, title
    NO_START = "no-start"  # where, title
    REPEATS = "repeats"  # where, title
    UNREADABLE_TIME = "unreadable-time"  # where, title, the reader's own words (English)
    NOT_SCHEDULED = "not-scheduled"  # where, title
    OUT_OF_RANGE = "out-of-range"  # where, title
    CONTROL_CHARACTERS = "control-characters"  # removed, U+ names, lines named, lines in all
    NO_CONFERENCE = "no-conference"
    LOCAL_AS_UTC = "local-as-utc"  # the zone they were read in
    NO_DATE_OR_START = "no-date-or-start"  # where, title
    UNREADABLE_DURATION = "unreadable-duration"  # where, the duration as written
    NO_DURATION = "no-duration"  # where, title
    DAY_NOT_OBJECT = "day-not-object"  # index
    ROOMS_NOT_OBJECT = "rooms-not-object"  # index
    ROOM_NOT_LIST = "room-not-list"  # index, room
    EVENT_NOT_OBJECT = "event-not-object"  # room
    NO_USABLE_START = "no-usable-start"  # where, title
    TEXT_IDS = "text-ids"  # how many
    OFFLINE = "offline"  # why the download failed (English), when the copy was downloaded
    # A phone app's favourites that are not imported:
    TRACK_BOOKMARKED = "track-bookmarked"  # the track
    HIDDEN_EVENTS = "hidden-events"  # how many (Giggity)
    AMBIGUOUS_FAVOURITE = "ambiguous-favourite"  # the favourite (title or Where)
    UNMATCHED_FAVOURITE = "unmatched-favourite"  # the favourite (title or Where)
    # What a calendar sync left alone (`SyncReport.conflicts`, `.notes`):
    SYNC_DELETED_THERE = "sync-deleted-there"  # the session's title
    SYNC_EDITED_THERE = "sync-edited-there"  # the session's title
    SYNC_KEPT_YOURS = "sync-kept-yours"  # the session's title
    SYNC_CHANGED_DURING = "sync-changed-during"  # the session's title
    SYNC_NOT_DELETED_EDITED = "sync-not-deleted-edited"  # the session's key
    SYNC_NOT_DELETED_CHANGED = "sync-not-deleted-changed"  # the session's key
    NOT_READ = "not-read"  # the file, why (a `Refusal`)


_ENGLISH: dict[NoteCode, str] = {
    NoteCode.SKIPPED_TIME: "{0} gives {1:%H:%M on %Y-%m-%d}, a time that does not exist in {2} "
    "(the clocks go forward); read as {3:%H:%M}",
    NoteCode.REPEATED_TIME: "{0} gives {1:%H:%M on %Y-%m-%d}, which happens twice in {2} "
    "(the clocks go back); read as the first",
    NoteCode.END_MOVED: "{0} ends at {1:%H:%M}, moved with its start to {2:%H:%M} "
    "(it keeps its {3} minutes)",
    NoteCode.DAY_OUT_OF_RANGE: "{0} has bounds out of range; ignored",
    NoteCode.UNTITLED: "{0} has no title; shown as “{1}”",
    NoteCode.SKIPPED_BY_GAP: "{0} (“{1}”) ends before it starts once {2:%H:%M on %Y-%m-%d}, "
    "a time that does not exist in {3} (the clocks go forward), is read as {4:%H:%M}; skipped",
    NoteCode.BEYOND_DATES: "{0} (“{1}”) is beyond the range of dates Planner keeps in {2}; skipped",
    NoteCode.REPEATED_IDS: "{0} sessions repeat an id or GUID used earlier in the file; "
    "all were kept",
    NoteCode.REPEATED_UNNAMED: "{0} sessions without an id repeat the title, start and room "
    "of an earlier one; all were kept",
    NoteCode.MORE_WARNINGS: "… and {0} more warnings",
    NoteCode.UNKNOWN_ZONE: "unknown time zone {0!r} in the file; ignored",
    NoteCode.ZONE_ASKED: "the file says its time zone is {0}; using {1} as asked",
    NoteCode.ZONE_CONTRADICTED: "the file says its time zone is {0}, but its times carry "
    "other offsets; showing them in {1}",
    NoteCode.NO_ZONE: "the file names no time zone; times keep their UTC offsets and are "
    "shown in {0} (import with a time zone to change that)",
    NoteCode.ZONE_KEPT: "the file states its time zone, {0}; the time zone asked for ({1}) "
    "is not used for Planner program files",
    NoteCode.CANCELLED: "{0} (“{1}”) is marked cancelled; skipped",
    NoteCode.NO_START: "{0} (“{1}”) has no start; skipped",
    NoteCode.REPEATS: "{0} (“{1}”) repeats; only its first occurrence is kept",
    NoteCode.UNREADABLE_TIME: "{0} (“{1}”) has an unreadable time ({2}); skipped",
    NoteCode.NOT_SCHEDULED: "{0} (“{1}”) is not scheduled; skipped",
    NoteCode.OUT_OF_RANGE: "{0} (“{1}”) has a time out of range; skipped",
    NoteCode.NO_CONFERENCE: "the file has no <conference> section",
    NoteCode.LOCAL_AS_UTC: "the file marks local times as UTC (“Z”); they were read as {0} times",
    NoteCode.NO_DATE_OR_START: "{0} (“{1}”) has no usable date or start time; skipped",
    NoteCode.UNREADABLE_DURATION: "{0}: unreadable duration {1!r}; shown as 0 minutes",
    NoteCode.NO_DURATION: "{0} (“{1}”) has no duration; shown as 0 minutes",
    NoteCode.DAY_NOT_OBJECT: "days[{0}] is not an object; skipped",
    NoteCode.ROOMS_NOT_OBJECT: "days[{0}].rooms is not an object; skipped",
    NoteCode.ROOM_NOT_LIST: "days[{0}].rooms[{1!r}] is not a list; skipped",
    NoteCode.EVENT_NOT_OBJECT: "an event in room {0!r} is not an object; skipped",
    NoteCode.NO_USABLE_START: "{0} (“{1}”) has no usable start; skipped",
    NoteCode.TEXT_IDS: "{0} event ids are text where the schema wants numbers; accepted",
    NoteCode.OFFLINE: "offline: {0}; used the copy downloaded {1:%Y-%m-%d %H:%M} UTC",
    NoteCode.TRACK_BOOKMARKED: "the bookmarked track “{0}” (a whole track, not a session; "
    "star its sessions here)",
    NoteCode.HIDDEN_EVENTS: "{0} events hidden in Giggity (hiding is not a favourite; they "
    "are not imported)",
    NoteCode.AMBIGUOUS_FAVOURITE: "{0}: fits more than one session",
    NoteCode.UNMATCHED_FAVOURITE: "{0}: not in this program",
    NoteCode.SYNC_DELETED_THERE: (
        "“{0}” was deleted in your calendar: Planner will not add it again unless the session "
        "changes"
    ),
    NoteCode.SYNC_EDITED_THERE: "“{0}” was edited in your calendar: kept as it is",
    NoteCode.SYNC_KEPT_YOURS: (
        "“{0}” was edited in your calendar, so Planner kept your version and did not send its "
        "change; delete the event there to get Planner's version"
    ),
    NoteCode.SYNC_CHANGED_DURING: "“{0}” changed in your calendar during the sync: kept as it is",
    NoteCode.SYNC_NOT_DELETED_EDITED: (
        "{0}: no longer in your agenda, but edited in your calendar, so Planner did not delete it "
        "there"
    ),
    NoteCode.SYNC_NOT_DELETED_CHANGED: "{0}: changed in your calendar: not deleted",
    NoteCode.NOT_READ: "{0}: not read: {1}",
}


class Note(str):
    """Something an import skipped or guessed, or a favourite it could not place, as the
    English the command line prints and `--json` carries (a `str`, as these always were),
    which also keeps its code and values: the window says it in its language
    (`planner.ui.core_text.NoteTexts`)."""

    code: NoteCode
    values: tuple[object, ...]

    def __new__(cls, code: NoteCode, *values: object) -> Note:
        note = super().__new__(cls, _english(code, values))
        note.code, note.values = code, values
        return note

    def __getnewargs__(self) -> tuple[object, ...]:  # type: ignore[override]
        return (self.code, *self.values)


# The notes that count something, in English for a count of one ("1 event ids are text"
# was what the command line printed); the window says each count in its language (%Ln).
_ENGLISH_ONE: dict[NoteCode, str] = {
    NoteCode.REPEATED_IDS: "{0} session repeats an id or GUID used earlier in the file; "
    "both were kept",
    NoteCode.REPEATED_UNNAMED: "{0} session without an id repeats the title, start and room "
    "of an earlier one; both were kept",
    NoteCode.MORE_WARNINGS: "… and {0} more warning",
    NoteCode.TEXT_IDS: "{0} event id is text where the schema wants a number; accepted",
    NoteCode.HIDDEN_EVENTS: "{0} event hidden in Giggity (hiding is not a favourite; it is "
    "not imported)",
}


def _english(code: NoteCode, values: tuple[object, ...]) -> str:
    if values and values[0] == 1 and code in _ENGLISH_ONE:
        return _ENGLISH_ONE[code].format(*values)
    if code is NoteCode.CONTROL_CHARACTERS:
        removed, names, lines, line_count = values
        assert isinstance(removed, int)
        assert isinstance(lines, tuple)
        assert isinstance(line_count, int)
        shown = ", ".join(str(line) for line in lines)
        if line_count > len(lines):
            shown += f" and {line_count - len(lines)} more"
        return (
            f"removed {removed} control character{'s' if removed != 1 else ''} "
            f"({names}) that XML forbids, on line{'s' if line_count != 1 else ''} {shown}"
        )
    return _ENGLISH[code].format(*values)
