"""Assembling a `Program` from what a format module reads, with the shared rules.

Every importer reads its format into `DraftTalk`s and conference facts; this builder
derives stable keys (and makes repeated ones unique), registers speakers, tracks and rooms,
enforces the limits that keep hostile files harmless, and collects warnings about what
was skipped or guessed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from planner.domain.errors import BadInputError
from planner.domain.keys import derive_key, uniquify
from planner.domain.program import (
    Link,
    Program,
    ProgramDay,
    ProgramSpeaker,
    ProgramTalk,
    ProgramTrack,
)
from planner.formats.common import (
    MAX_SESSIONS,
    MAX_SPEAKERS_PER_SESSION,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    check_zone,
    zone_named,
)
from planner.formats.times import LocalTime, local_moment

MAX_WARNINGS = 30
MAX_SPEAKERS = 100_000
# Longer than any real session (multi-day camps run a week); beyond it a time is garbage.
MAX_SESSION_LENGTH = timedelta(days=31)


class TimeZoneRequired(BadInputError):
    """The file gives local times but no time zone; the user has to say which."""

    def __init__(self, source: str, detail: str = "") -> None:
        super().__init__(
            source,
            "states no time zone"
            + (f" ({detail})" if detail else "")
            + "; say which one, e.g. --tz Europe/Brussels",
        )


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
        self.notice = ""
        self.days: list[ProgramDay] = []
        self.tracks: dict[str, str] = {}
        self.rooms: dict[str, None] = {}
        self.speakers: dict[str, ProgramSpeaker] = {}
        self.talks: list[DraftTalk] = []
        self._warnings: list[str] = []
        self._warning_overflow = 0

    # -- collecting --------------------------------------------------------------------
    def fail(self, problem: str, line: int | None = None) -> BadInputError:
        return BadInputError(self.source, problem, line=line)

    def warn(self, message: str) -> None:
        if message in self._warnings:
            return
        if len(self._warnings) >= MAX_WARNINGS:
            self._warning_overflow += 1
        else:
            self._warnings.append(message)

    def local(self, naive: datetime, zone: tzinfo, where: str) -> datetime:
        """A wall-clock time from the file, placed in the conference's zone; a time the
        zone skips (clocks go forward) or repeats (clocks go back) is read as RFC 5545
        says and reported, never moved silently."""
        moment, kind = local_moment(naive, zone)
        if kind is not LocalTime.ORDINARY:
            clock = naive.strftime("%H:%M on %Y-%m-%d")
            name = getattr(zone, "key", str(zone))
            if kind is LocalTime.SKIPPED:
                shown = moment.astimezone(UTC).astimezone(zone).strftime("%H:%M")
                self.warn(
                    f"{where} gives {clock}, a time that does not exist in {name} "
                    f"(the clocks go forward); read as {shown}"
                )
            else:
                self.warn(
                    f"{where} gives {clock}, which happens twice in {name} "
                    "(the clocks go back); read as the first"
                )
        return moment

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
        if len(name) > MAX_TITLE_CHARS:
            raise self.fail(f"a speaker name is {len(name):,} characters long")
        known = self.speakers.get(name)
        if known is None:
            if len(self.speakers) >= MAX_SPEAKERS:
                raise self.fail(f"has more than {MAX_SPEAKERS:,} speakers")
            self.speakers[name] = ProgramSpeaker(name, organization, bio[:MAX_TEXT_CHARS])
        elif (organization or bio) and not (known.organization or known.bio):
            self.speakers[name] = ProgramSpeaker(name, organization, bio[:MAX_TEXT_CHARS])
        return name

    def add_talk(self, draft: DraftTalk) -> None:
        where = draft.where or f"session {len(self.talks) + 1}"
        if len(self.talks) >= MAX_SESSIONS:
            raise self.fail(f"has more than {MAX_SESSIONS:,} sessions")
        if not draft.title:
            self.warn(f"{where} has no title; shown as “Untitled session”")
            draft.title = "Untitled session"
        if len(draft.title) > MAX_TITLE_CHARS:
            raise self.fail(
                f"{where}: title is {len(draft.title):,} characters long "
                f"(limit {MAX_TITLE_CHARS:,})"
            )
        for label, text in (("abstract", draft.abstract), ("description", draft.description)):
            if len(text) > MAX_TEXT_CHARS:
                raise self.fail(
                    f"{where}: {label} is {len(text):,} characters long (limit {MAX_TEXT_CHARS:,})"
                )
        if draft.end < draft.start:
            raise self.fail(f"{where} (“{draft.title[:60]}”) ends before it starts")
        if draft.end - draft.start > MAX_SESSION_LENGTH:
            raise self.fail(
                f"{where} (“{draft.title[:60]}”) lasts {(draft.end - draft.start).days} days"
            )
        if len(draft.speakers) > MAX_SPEAKERS_PER_SESSION:
            raise self.fail(
                f"{where} has {len(draft.speakers):,} speakers (limit {MAX_SPEAKERS_PER_SESSION})"
            )
        draft.speakers = [self.add_speaker(name) for name in draft.speakers]
        draft.speakers = [name for name in dict.fromkeys(draft.speakers) if name]
        self.add_room(draft.room)
        self.add_track(draft.track)
        self.talks.append(draft)

    # -- result ------------------------------------------------------------------------
    def build(self) -> Program:
        if not self.talks:
            raise self.fail("contains no sessions")
        if not self.time_zone:
            raise TimeZoneRequired(self.source)
        zone = ZoneInfo(self.time_zone)
        keys = uniquify(
            derive_key(t.guid, t.source_id, t.title, t.start, t.room) for t in self.talks
        )
        repeats = sum(1 for key in keys if "#" in key)
        if repeats:
            self.warn(
                f"{repeats} sessions repeat an id or GUID used earlier in the file; all were kept"
            )
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
                day=t.day,
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
            warnings.append(f"… and {self._warning_overflow} more warnings")
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
            days=tuple(sorted(self.days, key=lambda d: d.date)),
            tracks=tuple(ProgramTrack(name, color) for name, color in self.tracks.items()),
            rooms=tuple(self.rooms),
            speakers=speakers,
            talks=talks,
            warnings=tuple(warnings),
        )


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
            builder.warn(f"unknown time zone {file_zone[:100]!r} in the file; ignored")
    offsets = Counter(m.utcoffset() for m in moments if m is not None and m.tzinfo is not None)
    all_offset = bool(moments) and all(m is not None and m.tzinfo for m in moments)
    if user_zone:
        check_zone(user_zone, source)
        if zone_name and zone_name != user_zone:
            builder.warn(f"the file says its time zone is {zone_name}; using {user_zone} as asked")
        zone_name = user_zone
    elif zone_name:
        # Times written in UTC fit any zone; local offsets must match the named zone.
        zone = ZoneInfo(zone_name)
        local = [m for m in moments if m is not None and m.utcoffset()]
        agreeing = sum(1 for m in local if m.astimezone(zone).utcoffset() == m.utcoffset())
        if local and agreeing * 10 < len(local):
            inferred = fixed_offset_zone(offsets.most_common(1)[0][0])
            builder.warn(
                f"the file says its time zone is {zone_name}, but its times carry "
                f"other offsets; showing them in {inferred}"
            )
            zone_name = inferred
    if not zone_name:
        if not all_offset:
            raise TimeZoneRequired(source)
        zone_name = fixed_offset_zone(offsets.most_common(1)[0][0])
        builder.warn(
            f"the file names no time zone; times keep their UTC offsets and are "
            f"shown in {zone_name} (import with a time zone to change that)"
        )
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


def aware(moment: datetime, zone: tzinfo) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)
