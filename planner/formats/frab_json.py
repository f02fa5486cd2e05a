"""frab / c3voc schedule JSON, version 1 (`days[].rooms{}`) and version 2 (flat `events[]`).

Schemas: `tests/data/schedules/schemas/schema.json` (v1) and `schema2.json` (v2 draft). Real
files often break the schema (ids as strings, missing fields, null where text belongs), so
the reader is lenient: it takes what it can use, skips what it cannot (each skip is
reported as a warning), and fails only when nothing usable is left or a value is absurd.
Times follow the same rules as the XML reader: a full `date` with offset wins.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from planner.domain.errors import BadInputError
from planner.domain.links import Link
from planner.domain.messages import Note, NoteCode, PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.builder import DraftTalk, ProgramBuilder, choose_zone
from planner.formats.common import (
    ReadOptions,
    check_zone,
    list_or_empty,
    load_json,
    scalar_text,
)
from planner.formats.text import one_line, plain_text
from planner.formats.times import parse_day, parse_duration, parse_moment

if TYPE_CHECKING:
    from planner.domain.program import Program

NAME = "frab-json"
LABEL = "frab/c3voc schedule JSON"
EXTENSIONS = (".json",)


def sniff(head: str) -> bool:
    return '"schedule"' in head and '"conference"' in head


def _text(value: Any) -> str:
    if isinstance(value, Mapping):  # v2: {"name": ...} / {"slug": ...} references
        return scalar_text(value.get("name") or value.get("title") or value.get("slug"))
    return scalar_text(value)


def _moment(value: Any) -> datetime | None:
    return parse_moment(_text(value))


def _date(value: Any) -> date | None:
    return parse_day(_text(value))


def _persons(event: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(name, biography) of the people presenting an event."""
    people: Any = event.get("persons")
    if not isinstance(people, list):
        people = event.get("participants")
    if not isinstance(people, list):
        people = []
    result: list[tuple[str, str]] = []
    for person in people:
        if isinstance(person, str):
            result.append((one_line(person), ""))
        elif isinstance(person, Mapping):
            if str(person.get("role", "SPEAKER")).upper() not in (
                "SPEAKER",
                "HOST",
                "MODERATOR",
                "",
            ):
                continue
            name = one_line(
                _text(
                    person.get("public_name")
                    or person.get("name")
                    or person.get("full_public_name")
                )
            )
            result.append((name, plain_text(_text(person.get("biography")))))
    return [(name, bio) for name, bio in result if name]


def _links(event: Mapping[str, Any]) -> list[Link]:
    links: list[Link] = []
    for key in ("links", "attachments"):
        items = event.get(key)
        if not isinstance(items, list):
            continue
        for item in items:
            if isinstance(item, Mapping):
                url = _text(item.get("url") or item.get("href")).strip()
                if url:
                    links.append(Link(url, one_line(_text(item.get("title") or item.get("type")))))
            elif isinstance(item, str) and item.strip():
                links.append(Link(item.strip()))
    return links


def _v1_events(
    conference: Mapping[str, Any], builder: ProgramBuilder
) -> Iterator[tuple[Mapping[str, Any], date | None, str]]:
    days = conference.get("days")
    if not isinstance(days, list):
        return
    for index, day in enumerate(days):
        if not isinstance(day, Mapping):
            builder.warn(Note(NoteCode.DAY_NOT_OBJECT, index))
            continue
        day_date = _date(day.get("date"))
        rooms = day.get("rooms")
        if rooms is None:
            continue  # version 2 lists days without events; the events are in `events`
        if not isinstance(rooms, Mapping):
            builder.warn(Note(NoteCode.ROOMS_NOT_OBJECT, index))
            continue
        for room_name, events in rooms.items():
            if not isinstance(events, list):
                builder.warn(Note(NoteCode.ROOM_NOT_LIST, index, room_name))
                continue
            for event in events:
                if isinstance(event, Mapping):
                    yield event, day_date, one_line(str(room_name))
                else:
                    builder.warn(Note(NoteCode.EVENT_NOT_OBJECT, room_name))


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    options = options or ReadOptions()
    document = load_json(data, source)
    schedule = document.get("schedule") if isinstance(document, Mapping) else None
    if not isinstance(schedule, Mapping) or not isinstance(schedule.get("conference"), Mapping):
        raise BadInputError(source, Refusal(RefusalCode.NOT_FRAB_JSON))
    conference: Mapping[str, Any] = schedule["conference"]
    builder = ProgramBuilder(source, NAME)
    builder.title = one_line(_text(conference.get("title")))
    builder.acronym = one_line(_text(conference.get("acronym")))
    builder.version = one_line(_text(schedule.get("version")))
    builder.url = _text(conference.get("url") or schedule.get("base_url")).strip()
    builder.start = _date(conference.get("start"))
    builder.end = _date(conference.get("end"))
    tracks = conference.get("tracks")
    for track in list_or_empty(tracks):
        if isinstance(track, Mapping):
            colors = track.get("colors")
            color = _text(track.get("color")) or (
                _text(colors.get("light")) if isinstance(colors, Mapping) else ""
            )
            builder.add_track(one_line(_text(track.get("name"))), color)
    rooms = conference.get("rooms")
    for room in list_or_empty(rooms):
        builder.add_room(one_line(_text(room.get("name") if isinstance(room, Mapping) else room)))

    file_zone = _text(conference.get("time_zone_name")).strip()

    people = schedule.get("persons")
    for person in list_or_empty(people):
        if isinstance(person, Mapping):
            builder.add_speaker(
                one_line(_text(person.get("name") or person.get("public_name"))),
                bio=plain_text(_text(person.get("biography"))),
            )

    raw: list[tuple[Mapping[str, Any], date | None, str]] = list(_v1_events(conference, builder))
    flat = schedule.get("events")
    if isinstance(flat, list):  # version 2
        raw.extend((event, None, "") for event in flat if isinstance(event, Mapping))
    if not raw:
        raise BadInputError(source, Refusal(RefusalCode.NO_SESSIONS))

    starts = [_moment(event.get("date") or event.get("start")) for event, _, _ in raw]
    zone_name = choose_zone(builder, file_zone, options.time_zone, starts)
    zone = check_zone(zone_name, source)

    days = conference.get("days")
    for day in list_or_empty(days):
        if not isinstance(day, Mapping):
            continue
        day_date = _date(day.get("date"))
        if day_date is None:
            continue
        start = _moment(day.get("day_start") or day.get("start"))
        end = _moment(day.get("day_end") or day.get("end"))
        builder.add_day(day_date, start, end, zone)

    string_ids = 0
    for index, ((event, day_date, room_name), begin) in enumerate(zip(raw, starts, strict=True)):
        event_id = event.get("id")
        where = Where(
            PlaceKind.EVENT, _text(event_id) or _text(event.get("guid")) or f"#{index + 1}"
        )
        title = one_line(_text(event.get("title")))
        if begin is None:
            builder.warn(Note(NoteCode.NO_USABLE_START, where, title[:50]))
            continue
        try:
            finish = _moment(event.get("end"))
            if finish is not None:
                start, end = builder.span(begin, finish, zone, where)
            else:
                start = builder.instant(begin, zone, where)
                duration_text = _text(event.get("duration")).strip()
                try:
                    duration = parse_duration(duration_text) if duration_text else timedelta(0)
                except ValueError:
                    builder.warn(Note(NoteCode.UNREADABLE_DURATION, where, duration_text))
                    duration = timedelta(0)
                end = start + duration  # elapsed time: on UTC, never on the wall clock
        except OverflowError:
            builder.warn(Note(NoteCode.OUT_OF_RANGE, where, title[:50]))
            continue
        if isinstance(event_id, str):
            string_ids += 1
        persons = _persons(event)
        for name, bio in persons:
            builder.add_speaker(name, bio=bio)
        abstract = plain_text(_text(event.get("abstract")))
        description = plain_text(_text(event.get("description")))
        builder.add_talk(
            DraftTalk(
                title=title,
                start=start,
                end=end,
                guid=_text(event.get("guid")).strip(),
                source_id=_text(event_id).strip(),
                room=one_line(_text(event.get("room"))) or room_name,
                track=one_line(_text(event.get("track"))),
                subtitle=one_line(_text(event.get("subtitle"))),
                type=one_line(_text(event.get("type"))),
                language=one_line(_text(event.get("language"))),
                abstract=abstract,
                description=description if description != abstract else "",
                url=_text(event.get("url")).strip(),
                links=_links(event),
                speakers=[name for name, _ in persons],
                day=day_date,
                where=where,
            )
        )
    if string_ids:
        builder.warn(Note(NoteCode.TEXT_IDS, string_ids))
    return builder.build()
