"""Assembling a `Program` from what a format module reads, with the shared rules.

Every reader - Planner's own program files included - reads its format into `DraftTalk`s
and conference facts and builds its `Program` here. This builder derives stable keys (and
makes repeated ones unique) unless the file gives its own, registers speakers, tracks and
rooms, places wall-clock times in a zone by the one rule (`local`), enforces the limits
that keep hostile files harmless, and collects warnings about what was skipped or guessed.

The limits are the same for every format, and this is the only place that enforces them:
at most `MAX_SESSIONS` sessions, `MAX_SPEAKERS` speakers and `MAX_SPEAKERS_PER_SESSION` per
session; titles and speaker names of at most `MAX_TITLE_CHARS` characters, keys of at most
`MAX_KEY_CHARS`, every other text at most `MAX_TEXT_CHARS`; no session ending before it
starts or lasting over `MAX_SESSION_LENGTH`; a time zone that exists.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from planner.domain.clock import zone_named
from planner.domain.errors import BadInputError
from planner.domain.keys import derive_key, uniquify
from planner.domain.messages import Note, NoteCode, PlaceKind, Where
from planner.domain.program import (
    Program,
    ProgramDay,
    ProgramSpeaker,
    ProgramTalk,
    ProgramTrack,
)
from planner.domain.refusals import Field, Part, Refusal, RefusalCode
from planner.formats.common import (
    MAX_KEY_CHARS,
    MAX_SESSIONS,
    MAX_SPEAKERS_PER_SESSION,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    check_zone,
)
from planner.formats.times import LocalTime, local_moment, local_span, zone_label

if TYPE_CHECKING:
    from planner.domain.links import Link

MAX_WARNINGS = 30
MAX_SPEAKERS = 100_000
# Longer than any real session (multi-day camps run a week); beyond it a time is garbage.
MAX_SESSION_LENGTH = timedelta(days=31)


class TimeZoneRequired(BadInputError):
    """The file gives local times but no time zone; the user has to say which."""

    def __init__(self, source: str, why: RefusalCode = RefusalCode.NEEDS_ZONE) -> None:
        super().__init__(source, Refusal(why))


@dataclass
class DraftTalk:
    title: str
    start: datetime
    end: datetime
    guid: str = ""
    source_id: str = ""
    room: str = ""
    track: str = ""
    subtitle: str = ""
    type: str = ""
    language: str = ""
    abstract: str = ""
    description: str = ""
    url: str = ""
    links: list[Link] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    day: date | None = None
    where: str = ""  # "event 12 (line 40)": for error messages
    key: str = ""  # the file's own stable key (Planner program files), kept as it is
    untitled: bool = False  # the title is a label the file's writer derived


class ProgramBuilder:
    def __init__(self, source: str, format_name: str) -> None:
        self.source = source
        self.format_name = format_name
        self.title = ""
        self.acronym = ""
        self.time_zone = ""
        self.start: date | None = None
        self.end: date | None = None
        self.version = ""
        self.url = ""
        self.venue = ""  # where the conference takes place ("ULB, Brussels"), if the file says
        self.notice = ""
        self.days: list[ProgramDay] = []
        self.tracks: dict[str, str] = {}
        self.rooms: dict[str, None] = {}
        self.speakers: dict[str, ProgramSpeaker] = {}
        self.talks: list[DraftTalk] = []
        self._warnings: list[Note] = []
        self._warning_overflow = 0
        # Where a time fell in a gap of its zone (clocks going forward): the time the file
        # gives, the zone and the time it was read as. A session that then ends before it
        # starts is skipped saying so (`add_talk`).
        self._gaps: dict[str, tuple[datetime, str, datetime]] = {}

    # -- collecting --------------------------------------------------------------------
    def fail(self, problem: Refusal, line: int | None = None) -> BadInputError:
        return BadInputError(self.source, problem, line=line)

    def warn(self, note: Note) -> None:
        if note in self._warnings:
            return
        if len(self._warnings) >= MAX_WARNINGS:
            self._warning_overflow += 1
        else:
            self._warnings.append(note)

    def local(self, naive: datetime, zone: tzinfo, where: str) -> datetime:
        """The instant (UTC) that a wall-clock time from the file names in `zone`. A time
        the zone skips (clocks go forward) or repeats (clocks go back) is read as RFC 5545
        says (`times.local_moment`) and reported, never moved silently. Raises
        OverflowError for an instant beyond the calendar."""
        moment, kind = local_moment(naive, zone)
        if kind is not LocalTime.ORDINARY:
            name = zone_label(zone)
            if kind is LocalTime.SKIPPED:
                shown = moment.astimezone(zone)
                self._gaps[where] = (naive, name, shown)
                self.warn(Note(NoteCode.SKIPPED_TIME, where, naive, name, shown))
            else:
                self.warn(Note(NoteCode.REPEATED_TIME, where, naive, name))
        return moment

    def span(
        self,
        start: datetime,
        end: datetime,
        zone: tzinfo,
        where: str,
        end_zone: tzinfo | None = None,
    ) -> tuple[datetime, datetime]:
        """A session's start and end as UTC (each as `instant` places it). A start the
        zone skips is read one gap later (`local`); an end on the same wall clock is then
        moved by the same gap, so that the session keeps the length the file gives:
        02:30-03:15 on Berlin's spring-forward night is 03:30-04:15, not 03:30-03:15 (which
        ends before it starts), and 02:30-03:30 is not zero minutes long."""
        first = self.instant(start, zone, where)
        last = self.instant(end, end_zone or zone, where)
        if start.tzinfo is None and end.tzinfo is None and end_zone in (None, zone):
            _, moved = local_span(start, end, zone)
            if moved != last:
                last = moved
                minutes = round((end - start).total_seconds() / 60)
                self.warn(Note(NoteCode.END_MOVED, where, end, last.astimezone(zone), minutes))
        return first, last

    def instant(self, moment: datetime, zone: tzinfo, where: str) -> datetime:
        """`moment` as UTC: with an offset it names an instant already; without one it is
        a wall-clock time in `zone`, placed by `local`."""
        return moment.astimezone(UTC) if moment.tzinfo else self.local(moment, zone, where)

    def add_day(
        self, day: date, start: datetime | None, end: datetime | None, zone: tzinfo
    ) -> None:
        """A conference day, with its bounds if the file gives both (see `instant`); bounds
        beyond the calendar are dropped with a warning."""
        if start is None or end is None:
            self.days.append(ProgramDay(day))
            return
        where = Where(PlaceKind.DAY, day.isoformat())
        try:
            first, last = self.instant(start, zone, where), self.instant(end, zone, where)
        except OverflowError:
            self.warn(Note(NoteCode.DAY_OUT_OF_RANGE, where))
            self.days.append(ProgramDay(day))
        else:
            self.days.append(ProgramDay(day, first, last))

    def add_track(self, name: str, color: str = "") -> None:
        if name and (name not in self.tracks or (color and not self.tracks[name])):
            self.tracks[name] = color

    def add_room(self, name: str) -> None:
        if name:
            self.rooms.setdefault(name, None)

    def add_speaker(self, name: str, organization: str = "", bio: str = "") -> str:
        name = " ".join(name.split())
        if not name:
            return ""
        known = self.speakers.get(name)
        if known is None or ((organization or bio) and not (known.organization or known.bio)):
            self._check_length(Part.SPEAKER, Field.NAME, name, MAX_TITLE_CHARS)
            where = f"speaker “{name[:60]}”"
            self._check_length(where, Field.ORGANIZATION, organization, MAX_TEXT_CHARS)
            self._check_length(where, Field.BIOGRAPHY, bio, MAX_TEXT_CHARS)
            if known is None and len(self.speakers) >= MAX_SPEAKERS:
                raise self.fail(Refusal(RefusalCode.TOO_MANY_SPEAKERS, MAX_SPEAKERS))
            self.speakers[name] = ProgramSpeaker(name, organization, bio)
        return name

    def expect_sessions(self, count: int) -> None:
        """Refuse at once a file that lists more sessions than any program has, before
        reading them one by one."""
        if count > MAX_SESSIONS:
            raise self._too_many_sessions()

    def _too_many_sessions(self) -> BadInputError:
        return self.fail(Refusal(RefusalCode.TOO_MANY_SESSIONS, MAX_SESSIONS))

    def _check_length(self, where: str, label: Field, text: str, limit: int) -> None:
        if len(text) > limit:
            raise self.fail(Refusal(RefusalCode.TOO_LONG, where, label, len(text), limit))

    def add_talk(self, draft: DraftTalk) -> None:
        where = draft.where = draft.where or Where(PlaceKind.SESSION, str(len(self.talks) + 1))
        if len(self.talks) >= MAX_SESSIONS:
            raise self._too_many_sessions()
        if not draft.title:
            draft.title = "Untitled session"
            self.warn(Note(NoteCode.UNTITLED, where, draft.title))
        self._check_length(where, Field.TITLE, draft.title, MAX_TITLE_CHARS)
        self._check_length(where, Field.KEY, draft.key, MAX_KEY_CHARS)
        texts = (
            (Field.ABSTRACT, draft.abstract),
            (Field.DESCRIPTION, draft.description),
            (Field.ROOM, draft.room),
            (Field.TRACK, draft.track),
            (Field.SUBTITLE, draft.subtitle),
            (Field.TYPE, draft.type),
            (Field.LANGUAGE, draft.language),
            (Field.URL, draft.url),
            *((label, text) for link in draft.links for label, text in _link_texts(link)),
        )
        if max(len(text) for _, text in texts) > MAX_TEXT_CHARS:
            for label, text in texts:
                self._check_length(where, label, text, MAX_TEXT_CHARS)
        gap = self._gaps.pop(where, None)
        if draft.end < draft.start:
            if gap:  # one session's times the zone skips never refuse the whole file
                self.warn(Note(NoteCode.SKIPPED_BY_GAP, where, draft.title[:60], *gap))
                return
            raise self.fail(Refusal(RefusalCode.ENDS_BEFORE_START, where, draft.title[:60]))
        if draft.end - draft.start > MAX_SESSION_LENGTH:
            raise self.fail(
                Refusal(
                    RefusalCode.LASTS_DAYS, where, draft.title[:60], (draft.end - draft.start).days
                )
            )
        if len(draft.speakers) > MAX_SPEAKERS_PER_SESSION:
            raise self.fail(
                Refusal(
                    RefusalCode.SESSION_SPEAKERS,
                    where,
                    len(draft.speakers),
                    MAX_SPEAKERS_PER_SESSION,
                )
            )
        draft.speakers = [self.add_speaker(name) for name in draft.speakers]
        draft.speakers = [name for name in dict.fromkeys(draft.speakers) if name]
        self.add_room(draft.room)
        self.add_track(draft.track)
        self.talks.append(draft)

    def _check_conference(self) -> None:
        self._check_length(Part.CONFERENCE, Field.TITLE, self.title, MAX_TITLE_CHARS)
        for label, text in (
            (Field.ACRONYM, self.acronym),
            (Field.VERSION, self.version),
            (Field.URL, self.url),
            (Field.NOTICE, self.notice),
        ):
            self._check_length(Part.CONFERENCE, label, text, MAX_TEXT_CHARS)
        for name, color in self.tracks.items():
            self._check_length(Part.TRACK, Field.NAME, name, MAX_TEXT_CHARS)
            if len(color) > MAX_TEXT_CHARS:
                raise self.fail(
                    Refusal(
                        RefusalCode.TRACK_COLOUR_TOO_LONG, name[:60], len(color), MAX_TEXT_CHARS
                    )
                )
        for room in self.rooms:
            self._check_length(Part.ROOM, Field.NAME, room, MAX_TEXT_CHARS)

    def _in_range(self, talk: DraftTalk, zone: tzinfo) -> bool:
        """Can the session be shown in the conference's zone? 9999-12-31 22:00 UTC is
        already year 10000 in Pacific/Kiritimati; such a session is skipped, named."""
        try:
            talk.start.astimezone(zone)
            talk.end.astimezone(zone)
        except OverflowError:
            self.warn(Note(NoteCode.BEYOND_DATES, talk.where, talk.title[:50], zone_label(zone)))
            return False
        return True

    # -- result ------------------------------------------------------------------------
    def build(self) -> Program:
        if not self.talks:
            raise self.fail(Refusal(RefusalCode.NO_SESSIONS))
        if not self.time_zone:
            raise TimeZoneRequired(self.source)
        zone = check_zone(self.time_zone, self.source)
        self.talks = [t for t in self.talks if self._in_range(t, zone)]
        if not self.talks:
            raise self.fail(Refusal(RefusalCode.NO_SESSIONS_IN_RANGE))
        self._check_conference()
        wanted = [
            t.key or derive_key(t.guid, t.source_id, t.title, t.start, t.room) for t in self.talks
        ]
        keys = uniquify(wanted)
        for key, t in zip(keys, self.talks, strict=True):
            if len(key) > MAX_KEY_CHARS:  # a file's own keys are checked in add_talk
                raise self.fail(Refusal(RefusalCode.KEY_TOO_LONG, t.where, len(key), MAX_KEY_CHARS))
        repeated = [
            t for t, key, first in zip(self.talks, keys, wanted, strict=True) if key != first
        ]
        with_id = sum(1 for t in repeated if _has_id(t))
        if with_id:
            self.warn(Note(NoteCode.REPEATED_IDS, with_id))
        if len(repeated) > with_id:
            # Such sessions are known by their title, start and room: name what repeats.
            self.warn(Note(NoteCode.REPEATED_UNNAMED, len(repeated) - with_id))
        talks = tuple(
            ProgramTalk(
                key=key,
                title=t.title,
                start=t.start,
                end=t.end,
                room=t.room,
                track=t.track,
                subtitle=t.subtitle,
                type=t.type,
                language=t.language,
                abstract=t.abstract,
                description=t.description,
                url=t.url,
                links=tuple(t.links),
                speakers=tuple(t.speakers),
                untitled=t.untitled,
                day=t.day,
                source_id=t.source_id.strip(),
                guid=t.guid.strip(),
            )
            for key, t in zip(keys, self.talks, strict=True)
        )
        used = {name for t in talks for name in t.speakers}
        speakers = tuple(s for s in self.speakers.values() if s.name in used)
        local_dates = [t.start.astimezone(zone).date() for t in talks]
        start = self.start or min(local_dates)
        end = self.end or max(local_dates)
        if end < start:
            start, end = end, start
        warnings = list(self._warnings)
        if self._warning_overflow:
            warnings.append(Note(NoteCode.MORE_WARNINGS, self._warning_overflow))
        return Program(
            title=self.title or _title_from_source(self.source),
            acronym=self.acronym,
            time_zone=self.time_zone,
            start=start,
            end=end,
            source=self.source,
            version=self.version,
            format=self.format_name,
            notice=self.notice,
            url=self.url,
            venue=self.venue,
            days=tuple(sorted(self.days, key=lambda d: d.date)),
            tracks=tuple(ProgramTrack(name, color) for name, color in self.tracks.items()),
            rooms=tuple(self.rooms),
            speakers=speakers,
            talks=talks,
            warnings=tuple(warnings),
        )


def _link_texts(link: Link) -> tuple[tuple[Field, str], tuple[Field, str]]:
    return (Field.LINK, link.url), (Field.LINK_TITLE, link.title)


def _title_from_source(source: str) -> str:
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0] if "." in name else name
    return stem.replace("_", " ").replace("-", " ").strip() or "Conference"


def choose_zone(
    builder: ProgramBuilder, file_zone: str, user_zone: str | None, moments: list[datetime | None]
) -> str:
    """The conference's IANA zone: the user's choice, else the file's, else inferred.

    `moments` are the sessions' start times as the file gives them (aware where it states
    an offset). A zone the file names but that contradicts nearly every offset in it is
    replaced (pretalx's demo claims UTC but writes +01:00). Sets `builder.time_zone`.
    """
    source = builder.source
    zone_name = ""
    if file_zone:
        if zone_named(file_zone) is not None:
            zone_name = file_zone
        else:
            builder.warn(Note(NoteCode.UNKNOWN_ZONE, file_zone[:100]))
    offsets = Counter(m.utcoffset() for m in moments if m is not None and m.tzinfo is not None)
    all_offset = bool(moments) and all(m is not None and m.tzinfo for m in moments)
    if user_zone:
        check_zone(user_zone, source)
        if zone_name and zone_name != user_zone:
            builder.warn(Note(NoteCode.ZONE_ASKED, zone_name, user_zone))
        zone_name = user_zone
    elif zone_name:
        # Times written in UTC fit any zone; local offsets must match the named zone.
        zone = ZoneInfo(zone_name)
        local = [m for m in moments if m is not None and m.utcoffset()]
        agreeing = sum(1 for m in local if m.astimezone(zone).utcoffset() == m.utcoffset())
        if local and agreeing * 10 < len(local):
            inferred = fixed_offset_zone(offsets.most_common(1)[0][0])
            builder.warn(Note(NoteCode.ZONE_CONTRADICTED, zone_name, inferred))
            zone_name = inferred
    if not zone_name:
        if not all_offset:
            raise TimeZoneRequired(source)
        zone_name = fixed_offset_zone(offsets.most_common(1)[0][0])
        builder.warn(Note(NoteCode.NO_ZONE, zone_name))
    builder.time_zone = zone_name
    return zone_name


def fixed_offset_zone(offset: timedelta | None) -> str:
    """An IANA name for a whole-hour UTC offset (Etc/GMT signs are inverted), else UTC."""
    if offset is None:
        return "UTC"
    seconds = int(offset.total_seconds())
    if seconds == 0:
        return "UTC"
    if seconds % 3600 or abs(seconds) > 14 * 3600:
        return "UTC"
    hours = seconds // 3600
    return f"Etc/GMT{-hours:+d}"


def _has_id(talk: DraftTalk) -> bool:
    """Does the file identify the session itself (a key, GUID or id)?"""
    return bool(talk.key or talk.guid.strip() or talk.source_id.strip())
