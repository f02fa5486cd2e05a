"""Planner's own program file (`.planner-program.json`): the `Program` structure as JSON.

Used for the bundled programs under `data/`. It carries what other formats cannot: the
"untitled" flag for sessions whose title was lost, and a notice the app must show (for the
Kafka Summit program: "times and rooms are illustrative"). Documented in
`docs/formats.md`; times are written in the conference's zone with their UTC offset.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from planner.domain.errors import BadInputError
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
    MAX_TITLE_CHARS,
    Fields,
    ReadOptions,
    check_zone,
    load_json,
)
from planner.formats.times import parse_iso_date, parse_iso_datetime

if TYPE_CHECKING:
    from datetime import date, datetime

NAME = "planner"
LABEL = "Planner program (JSON)"
EXTENSIONS = (".planner-program.json",)
FORMAT_TAG = "planner-program"
FORMAT_VERSION = 1


def sniff(head: str) -> bool:
    return f'"{FORMAT_TAG}"' in head and '"format"' in head


def _date(fields: Fields, name: str) -> date:
    value = fields.required_text(name)
    try:
        return parse_iso_date(value)
    except ValueError as error:
        raise fields.fail(f"{name!r} is not a date (YYYY-MM-DD): {value!r}") from error


def _instant(fields: Fields, name: str, zone: ZoneInfo) -> datetime:
    value = fields.required_text(name)
    try:
        return parse_iso_datetime(value, zone)
    except ValueError as error:
        raise fields.fail(f"{name!r} is not an ISO 8601 date-time: {value!r}") from error


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    document = Fields(load_json(data, source), "file", source)
    if document.text("format") != FORMAT_TAG:
        raise BadInputError(source, f'is not a Planner program file (no "format": "{FORMAT_TAG}")')
    version = document.value.get("version")
    if type(version) is not int or version != FORMAT_VERSION:  # `true == 1` in Python
        raise BadInputError(
            source,
            f"Planner program format version {version!r} is not "
            f"supported (this build reads version {FORMAT_VERSION})",
        )
    conference = Fields(document.value.get("conference"), "conference", source)
    zone_name = conference.required_text("time_zone")
    zone = check_zone(zone_name, source)

    days = []
    for index, raw in enumerate(document.list("days")):
        day = Fields(raw, f"days[{index}]", source)
        days.append(
            ProgramDay(
                _date(day, "date"),
                _instant(day, "start", zone) if day.text("start") else None,
                _instant(day, "end", zone) if day.text("end") else None,
            )
        )
    tracks = tuple(
        ProgramTrack(track.required_text("name"), track.text("color"))
        for track in (
            Fields(raw, f"tracks[{i}]", source) for i, raw in enumerate(document.list("tracks"))
        )
    )
    rooms = []
    for index, raw in enumerate(document.list("rooms")):
        if not isinstance(raw, str) or not raw.strip():
            raise BadInputError(source, f"rooms[{index}] should be a room name")
        rooms.append(raw.strip())
    speakers = tuple(
        ProgramSpeaker(
            speaker.required_text("name"), speaker.text("organization"), speaker.text("bio")
        )
        for speaker in (
            Fields(raw, f"speakers[{i}]", source) for i, raw in enumerate(document.list("speakers"))
        )
    )

    raw_sessions = document.list("sessions")
    if len(raw_sessions) > MAX_SESSIONS:
        raise BadInputError(source, f"has {len(raw_sessions):,} sessions (limit {MAX_SESSIONS:,})")
    talks: list[ProgramTalk] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_sessions):
        talk = Fields(raw, f"sessions[{index}]", source)
        key = talk.required_text("key", limit=500)
        if key in seen:
            raise talk.fail(f"key {key!r} is used twice")
        seen.add(key)
        start = _instant(talk, "start", zone)
        end = _instant(talk, "end", zone)
        if end < start:
            raise talk.fail("ends before it starts")
        names = talk.list("speakers")
        if not all(isinstance(name, str) and name.strip() for name in names):
            raise talk.fail("'speakers' should be a list of names")
        links = tuple(
            Link(link.required_text("url"), link.text("title"))
            for link in (
                Fields(raw_link, f"sessions[{index}].links[{j}]", source)
                for j, raw_link in enumerate(talk.list("links"))
            )
        )
        talks.append(
            ProgramTalk(
                key=key,
                title=talk.required_text("title", limit=MAX_TITLE_CHARS),
                start=start,
                end=end,
                room=talk.text("room"),
                track=talk.text("track"),
                subtitle=talk.text("subtitle"),
                type=talk.text("type"),
                language=talk.text("language"),
                abstract=talk.text("abstract"),
                description=talk.text("description"),
                url=talk.text("url"),
                links=links,
                speakers=tuple(name.strip() for name in names),
                untitled=talk.flag("untitled"),
                day=_date(talk, "day") if talk.text("day") else None,
            )
        )
    return Program(
        title=conference.required_text("title", limit=MAX_TITLE_CHARS),
        acronym=conference.text("acronym"),
        time_zone=zone_name,
        start=_date(conference, "start"),
        end=_date(conference, "end"),
        source=source,
        version=conference.text("version"),
        format=NAME,
        notice=conference.text("notice"),
        url=conference.text("url"),
        days=tuple(days),
        tracks=tracks,
        rooms=tuple(rooms),
        speakers=speakers,
        talks=tuple(talks),
    )


def dump(program: Program) -> bytes:
    """Serialise a program; `parse(dump(p))` gives back `p` (source and format aside)."""
    zone = ZoneInfo(program.time_zone)

    def local(moment: datetime) -> str:
        return moment.astimezone(zone).isoformat()

    def drop_empty(mapping: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in mapping.items() if v not in ("", (), [], None, False)}

    document = {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "conference": drop_empty(
            {
                "title": program.title,
                "acronym": program.acronym,
                "time_zone": program.time_zone,
                "start": program.start.isoformat(),
                "end": program.end.isoformat(),
                "url": program.url,
                "version": program.version,
                "notice": program.notice,
            }
        ),
        "days": [
            drop_empty(
                {
                    "date": day.date.isoformat(),
                    "start": local(day.start) if day.start else None,
                    "end": local(day.end) if day.end else None,
                }
            )
            for day in program.days
        ],
        "tracks": [drop_empty({"name": t.name, "color": t.color}) for t in program.tracks],
        "rooms": list(program.rooms),
        "speakers": [
            drop_empty({"name": s.name, "organization": s.organization, "bio": s.bio})
            for s in program.speakers
        ],
        "sessions": [
            drop_empty(
                {
                    "key": talk.key,
                    "title": talk.title,
                    "untitled": talk.untitled,
                    "start": local(talk.start),
                    "end": local(talk.end),
                    "day": talk.day.isoformat() if talk.day else None,
                    "room": talk.room,
                    "track": talk.track,
                    "type": talk.type,
                    "language": talk.language,
                    "subtitle": talk.subtitle,
                    "speakers": list(talk.speakers),
                    "abstract": talk.abstract,
                    "description": talk.description,
                    "url": talk.url,
                    "links": [
                        drop_empty({"url": link.url, "title": link.title}) for link in talk.links
                    ],
                }
            )
            for talk in program.talks
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
