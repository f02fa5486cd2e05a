"""Planner's own program file (`.planner-program.json`): the `Program` structure as JSON.

Used for the bundled programs under `data/`. It carries what other formats cannot: the
"untitled" flag for sessions whose title was lost, its own stable session keys, and a
notice the app must show (for the Kafka Summit program: "times and rooms are
illustrative"). Documented in `docs/formats.md`; times are written in the conference's zone
with their UTC offset. Stricter than the readers of other formats about its structure (a
missing or mistyped field is an error, not a skipped event); its `Program` is built, and
its limits enforced, by the same `ProgramBuilder` as theirs.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from planner.domain.errors import BadInputError
from planner.domain.links import Link
from planner.domain.messages import Note, NoteCode
from planner.domain.program import ProgramDay
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.builder import DraftTalk, ProgramBuilder
from planner.formats.common import Fields, ReadOptions, check_zone, load_json
from planner.formats.times import parse_iso_date, parse_moment

if TYPE_CHECKING:
    from datetime import date, datetime

    from planner.domain.program import Program

NAME = "planner"
LABEL = "Planner program (JSON)"
EXTENSIONS = (".planner-program.json",)
FORMAT_TAG = "planner-program"
FORMAT_VERSION = 1


def sniff(head: str) -> bool:
    return f'"{FORMAT_TAG}"' in head and '"format"' in head


def _fields(value: Any, where: str, source: str) -> Fields:
    # No length limits here: the builder holds them, the same for every format.
    return Fields(value, where, source, text_limit=None)


def _date(fields: Fields, name: str) -> date:
    value = fields.required_text(name)
    try:
        return parse_iso_date(value)
    except ValueError as error:
        raise fields.refuse(
            Refusal(RefusalCode.NOT_A_DATE, fields.where, name, value[:60])
        ) from error


def _moment(fields: Fields, name: str) -> datetime:
    """A date-time field as written: aware if it gives an offset, else a wall-clock time."""
    value = fields.required_text(name)
    moment = parse_moment(value)
    if moment is None:
        raise fields.refuse(Refusal(RefusalCode.NOT_A_DATE_TIME, fields.where, name, value[:60]))
    return moment


def _instant(fields: Fields, name: str, zone: ZoneInfo, builder: ProgramBuilder) -> datetime:
    """A date-time field; one without an offset is local to the conference's zone."""
    moment = _moment(fields, name)
    try:
        return builder.instant(moment, zone, fields.where)
    except OverflowError as error:
        raise fields.refuse(
            Refusal(RefusalCode.DATE_OUT_OF_RANGE, fields.where, name, fields.text(name)[:60])
        ) from error


def _span(
    fields: Fields, title: str, zone: ZoneInfo, builder: ProgramBuilder
) -> tuple[datetime, datetime]:
    """A session's start and end, placed together (`ProgramBuilder.span`: an end moves
    with a start the zone skips)."""
    start, end = _moment(fields, "start"), _moment(fields, "end")
    try:
        return builder.span(start, end, zone, fields.where)
    except OverflowError as error:
        raise fields.refuse(
            Refusal(
                RefusalCode.SESSION_OUT_OF_RANGE,
                fields.where,
                title[:60],
                fields.text("start")[:40],
                fields.text("end")[:40],
            )
        ) from error


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    document = _fields(load_json(data, source), "file", source)
    if document.text("format") != FORMAT_TAG:
        raise BadInputError(source, Refusal(RefusalCode.NOT_A_PLANNER_FILE, FORMAT_TAG))
    version = document.value.get("version")
    if type(version) is not int or version != FORMAT_VERSION:  # `true == 1` in Python
        raise BadInputError(
            source,
            Refusal(RefusalCode.UNSUPPORTED_VERSION, repr(version)[:40], FORMAT_VERSION),
        )
    conference = _fields(document.value.get("conference"), "conference", source)
    builder = ProgramBuilder(source, NAME)
    builder.title = conference.required_text("title")
    builder.time_zone = conference.required_text("time_zone")
    zone = check_zone(builder.time_zone, source)
    asked = (options or ReadOptions()).time_zone
    if asked:  # checked like any zone given (a typo is an error), though the file has one
        check_zone(asked, source)
        if asked != builder.time_zone:
            builder.warn(Note(NoteCode.ZONE_KEPT, builder.time_zone, asked))
    builder.acronym = conference.text("acronym")
    builder.start = _date(conference, "start")
    builder.end = _date(conference, "end")
    if builder.end < builder.start:
        raise conference.refuse(Refusal(RefusalCode.CONFERENCE_ENDS_EARLY, conference.where))
    builder.version = conference.text("version")
    builder.url = conference.text("url")
    builder.notice = conference.text("notice")

    for index, raw in enumerate(document.list("days")):
        day = _fields(raw, f"days[{index}]", source)
        builder.days.append(
            ProgramDay(
                _date(day, "date"),
                _instant(day, "start", zone, builder) if day.text("start") else None,
                _instant(day, "end", zone, builder) if day.text("end") else None,
            )
        )
    for index, raw in enumerate(document.list("tracks")):
        track = _fields(raw, f"tracks[{index}]", source)
        builder.add_track(track.required_text("name"), track.text("color"))
    for index, raw in enumerate(document.list("rooms")):
        if not isinstance(raw, str) or not raw.strip():
            raise BadInputError(source, Refusal(RefusalCode.NOT_A_ROOM_NAME, index))
        builder.add_room(raw.strip())
    for index, raw in enumerate(document.list("speakers")):
        speaker = _fields(raw, f"speakers[{index}]", source)
        builder.add_speaker(
            speaker.required_text("name"), speaker.text("organization"), speaker.text("bio")
        )

    raw_sessions = document.list("sessions")
    builder.expect_sessions(len(raw_sessions))
    seen: set[str] = set()
    for index, raw in enumerate(raw_sessions):
        talk = _fields(raw, f"sessions[{index}]", source)
        key = talk.required_text("key")
        if key in seen:
            raise talk.refuse(Refusal(RefusalCode.KEY_TWICE, talk.where, key[:60]))
        seen.add(key)
        names = talk.list("speakers")
        if not all(isinstance(name, str) and name.strip() for name in names):
            raise talk.refuse(Refusal(RefusalCode.SPEAKERS_NOT_NAMES, talk.where))
        links = [
            Link(link.required_text("url"), link.text("title"))
            for link in (
                _fields(raw_link, f"sessions[{index}].links[{j}]", source)
                for j, raw_link in enumerate(talk.list("links"))
            )
        ]
        title = talk.required_text("title")
        start, end = _span(talk, title, zone, builder)
        builder.add_talk(
            DraftTalk(
                key=key,
                title=title,
                untitled=talk.flag("untitled"),
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
                speakers=[name.strip() for name in names],
                day=_date(talk, "day") if talk.text("day") else None,
                where=talk.where,
            )
        )
    return builder.build()


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
