"""frab / Pentabarf schedule XML: frab, pretalx, Pentabarf (FOSDEM), wafer (DebConf), c3voc.

The de-facto standard, in many dialects (`tests/data/schedules/README.md` lists the ones we
test against). How times are read, most trusted first:

1. `<date>` with a UTC offset. Exception: files that label local times as UTC ("Z" with
   the same clock time as `<start>`) while the conference's zone is not UTC - then the
   clock time is local (hand-made Jekyll exports do this).
2. `<date>` without an offset: local time in the conference's zone.
3. The day's date plus `<start>`; a start before the day's start (or `day_change`)
   belongs to the next calendar day (days that run past midnight).

The conference's zone is `time_zone_name`, else the one the user gave, else a fixed
offset inferred from the events' offsets (with a warning); with none of these the user is
asked (`TimeZoneRequired`). Durations: see `parse_duration`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from planner.domain.errors import BadInputError
from planner.domain.links import Link
from planner.domain.messages import Note, NoteCode, PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.builder import DraftTalk, ProgramBuilder, TimeZoneRequired, choose_zone
from planner.formats.common import MAX_TITLE_CHARS, ReadOptions, check_zone
from planner.formats.text import one_line, plain_text
from planner.formats.times import has_clock, parse_clock, parse_day, parse_duration, parse_moment
from planner.formats.xml_safety import XmlRepairs, parse_xml, text_of

if TYPE_CHECKING:
    from planner.domain.program import Program

NAME = "frab-xml"
LABEL = "frab/Pentabarf schedule XML"
EXTENSIONS = (".xml",)

_ROOT = re.compile(
    r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<schedule[\s>/]", re.DOTALL
)


def sniff(head: str) -> bool:
    return bool(_ROOT.match(head.lstrip("\ufeff")))


@dataclass
class _RawEvent:
    element: ET.Element
    day: date | None
    day_start: datetime | None
    room: str


def _events(root: ET.Element) -> list[_RawEvent]:
    events: list[_RawEvent] = []
    for day in root.findall("day"):
        day_date = parse_day(day.get("date", ""))
        # a bare date says nothing about when the day begins
        day_start = parse_moment(day.get("start")) if has_clock(day.get("start")) else None
        for child in day:
            if child.tag == "room":
                room_name = one_line(child.get("name"))
                events.extend(
                    _RawEvent(e, day_date, day_start, room_name) for e in child.findall("event")
                )
            elif child.tag == "event":
                events.append(_RawEvent(child, day_date, day_start, ""))
    return events


def _clock_in(moment: datetime, zone: tzinfo) -> time:
    """The wall-clock time `moment` shows in `zone`; one without an offset already is one
    (`astimezone` would take it as the *machine's* local time)."""
    return (moment.astimezone(zone) if moment.tzinfo else moment).time()


def _venue(conference: ET.Element) -> str:
    """Where it takes place, as Pentabarf and FOSDEM's files say: `<venue>` and `<city>`
    ("ULB (Université Libre de Bruxelles), Brussels"); the city once, if the venue names it."""
    venue = one_line(conference.findtext("venue"))[:MAX_TITLE_CHARS]
    city = one_line(conference.findtext("city"))[:MAX_TITLE_CHARS]
    if city and city.casefold() not in venue.casefold():
        return f"{venue}, {city}" if venue else city
    return venue


def _persons(event: ET.Element) -> list[str]:
    names: list[str] = []
    persons = event.find("persons")
    if persons is not None:
        names.extend(one_line(text_of(p)) for p in persons.findall("person"))
    for person in event.findall("person"):  # hand-made files: "A, B" in one element
        names.extend(one_line(part) for part in text_of(person).split(","))
    return [name for name in names if name]


def _links(event: ET.Element) -> list[Link]:
    links: list[Link] = []
    for container, item in (("links", "link"), ("attachments", "attachment")):
        holder = event.find(container)
        if holder is None:
            continue
        for element in holder.findall(item):
            href = (element.get("href") or "").strip()
            if not href:
                continue
            title_element = element.find("title")
            title = one_line(text_of(title_element if title_element is not None else element))
            links.append(Link(href, title))
    return links


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    options = options or ReadOptions()
    repairs = XmlRepairs()  # frab exports carry stray control characters: see xml_safety
    root = parse_xml(data, source, repairs)
    if root.tag != "schedule":
        raise BadInputError(
            source,
            Refusal(RefusalCode.NOT_FRAB_XML, root.tag),
        )
    builder = ProgramBuilder(source, NAME)
    if repairs.removed:
        builder.warn(repairs.note())
    conference = root.find("conference")
    if conference is None:
        conference = ET.Element("conference")
        builder.warn(Note(NoteCode.NO_CONFERENCE))
    builder.title = one_line(conference.findtext("title"))
    builder.acronym = one_line(conference.findtext("acronym"))
    builder.version = one_line(root.findtext("version"))
    builder.url = (conference.findtext("url") or conference.findtext("base_url") or "").strip()
    builder.venue = _venue(conference)
    builder.start = parse_day(conference.findtext("start") or "")
    builder.end = parse_day(conference.findtext("end") or "")
    for track in conference.findall("track"):
        builder.add_track(one_line(track.get("name") or text_of(track)), track.get("color", ""))
    tracks = root.find("tracks")
    if tracks is not None:
        for track in tracks.findall("track"):
            builder.add_track(one_line(track.get("name") or text_of(track)), track.get("color", ""))

    file_zone = (conference.findtext("time_zone_name") or "").strip()

    raw_events = _events(root)
    if not raw_events:
        raise BadInputError(source, Refusal(RefusalCode.NO_FRAB_EVENTS))

    dated = [(parse_moment(ev.element.findtext("date") or ""), ev) for ev in raw_events]
    with_offset = [(moment, ev) for moment, ev in dated if moment and moment.tzinfo]
    utc_clock_matches_start = bool(with_offset) and all(
        moment.utcoffset() == timedelta(0)
        and parse_clock(ev.element.findtext("start") or "") == moment.time().replace(microsecond=0)
        for moment, ev in with_offset
    )
    if utc_clock_matches_start:
        # Either the conference really is on UTC, or local times were mislabelled "Z":
        # read the clock times as local, then see whether the zone's offset is zero.
        naive: list[datetime | None] = [m.replace(tzinfo=None) if m else None for m, _ in dated]
        try:
            zone_name = choose_zone(builder, file_zone, options.time_zone, naive)
        except TimeZoneRequired as error:
            raise TimeZoneRequired(source, RefusalCode.NEEDS_ZONE_UTC_MARKED) from error
    else:
        zone_name = choose_zone(builder, file_zone, options.time_zone, [m for m, _ in dated])
    zone = check_zone(zone_name, source)
    local_z = utc_clock_matches_start and any(
        moment.replace(tzinfo=zone).utcoffset() != timedelta(0) for moment, _ in with_offset
    )
    if local_z:
        builder.warn(Note(NoteCode.LOCAL_AS_UTC, zone_name))

    day_change = parse_clock(conference.findtext("day_change") or "")
    for day in root.findall("day"):
        day_date = parse_day(day.get("date", ""))
        if day_date is None:
            continue
        start = parse_moment(day.get("start", ""))
        end = parse_moment(day.get("end", ""))
        if has_clock(day.get("start")) and has_clock(day.get("end")):
            builder.add_day(day_date, start, end, zone)
        else:
            builder.add_day(day_date, None, None, zone)  # bare dates bound nothing

    for index, (moment, raw) in enumerate(dated, 1):
        event = raw.element
        where = Where(PlaceKind.EVENT, event.get("id") or event.get("guid") or f"#{index}")
        title = one_line(event.findtext("title"))
        start_clock = parse_clock(event.findtext("start") or "")
        if moment is not None:  # naive: a wall-clock time in the conference's zone
            given = moment.replace(tzinfo=None) if local_z else moment
        else:
            day_date = raw.day
            if day_date is None or start_clock is None:
                builder.warn(Note(NoteCode.NO_DATE_OR_START, where, title[:50]))
                continue
            given = datetime.combine(day_date, start_clock)
            boundary = _clock_in(raw.day_start, zone) if raw.day_start else day_change
            if boundary is not None and start_clock < boundary:
                given += timedelta(days=1)  # after midnight, still the same "day"
        duration_text = (event.findtext("duration") or "").strip()
        try:
            duration = parse_duration(duration_text) if duration_text else timedelta(0)
        except ValueError:
            builder.warn(Note(NoteCode.UNREADABLE_DURATION, where, duration_text))
            duration = timedelta(0)
        if not duration_text:
            builder.warn(Note(NoteCode.NO_DURATION, where, title[:50]))
        try:
            begin = builder.instant(given, zone, where)
            end = begin + duration
        except OverflowError:
            builder.warn(Note(NoteCode.OUT_OF_RANGE, where, title[:50]))
            continue
        abstract = plain_text(event.findtext("abstract"))
        description = plain_text(event.findtext("description"))
        builder.add_talk(
            DraftTalk(
                title=title,
                start=begin,
                end=end,
                guid=(event.get("guid") or event.findtext("guid") or "").strip(),
                source_id=(event.get("id") or "").strip(),
                room=one_line(event.findtext("room")) or raw.room,
                track=one_line(event.findtext("track")),
                subtitle=one_line(event.findtext("subtitle")),
                type=one_line(event.findtext("type")),
                language=one_line(event.findtext("language")),
                abstract=abstract,
                description=description if description != abstract else "",
                url=(event.findtext("url") or "").strip(),
                links=_links(event),
                speakers=_persons(event),
                day=raw.day,
                where=where,
            )
        )
    return builder.build()
