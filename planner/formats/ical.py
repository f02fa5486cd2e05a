"""iCalendar (RFC 5545) program feeds: each VEVENT is a session.

LOCATION → room, CATEGORIES → track (the first category), UID → stable key, URL, and
DESCRIPTION as the abstract (HTML reduced to text). A leading "Speaker(s): …" line in the
description, as many conference tools write, becomes the speaker list. TZIDs without a
VTIMEZONE resolve through the IANA database (icalendar does this); floating times take the
calendar's X-WR-TIMEZONE or the zone the user gives. Recurring events keep their first
occurrence (a program lists each session once), with a warning.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from planner.domain.errors import BadInputError
from planner.domain.links import Link
from planner.domain.messages import Note, NoteCode, PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.builder import DraftTalk, ProgramBuilder, choose_zone
from planner.formats.common import ReadOptions, check_size, decode_text
from planner.formats.text import one_line, plain_text

if TYPE_CHECKING:
    from planner.domain.program import Program

NAME = "ical"
LABEL = "iCalendar (.ics)"
EXTENSIONS = (".ics", ".ical", ".ifb")

_SPEAKERS = re.compile(r"^\s*(?:speakers?|presenters?|presented by|by)\s*:\s*(.+)$", re.IGNORECASE)


def sniff(head: str) -> bool:
    return head.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCALENDAR")


def _first(component: Any, name: str) -> Any:
    """The property, or its first occurrence when a file repeats one that must be single."""
    value = component.get(name)
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _value(component: Any, name: str) -> str:
    value = _first(component, name)
    return "" if value is None else str(value)


def _categories(component: Any) -> list[str]:
    raw = component.get("CATEGORIES")
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    for item in items:
        cats = getattr(item, "cats", None)
        if cats is None:
            names.extend(str(item).split(","))
        else:
            names.extend(str(cat) for cat in cats)
    return [one_line(name) for name in names if one_line(name)]


def _speakers_and_text(description: str) -> tuple[list[str], str]:
    lines = description.split("\n")
    if lines:
        match = _SPEAKERS.match(lines[0])
        if match:
            names = re.split(r",\s*|\s+and\s+|\s*&\s*", match.group(1))
            return [one_line(n) for n in names if one_line(n)], "\n".join(lines[1:]).strip()
    return [], description


@dataclass
class CalendarEvent:
    """One VEVENT as read from a calendar format (iCalendar, or either dialect of xCal),
    before the rules shared by those formats turn it into a session."""

    uid: str
    title: str
    start: datetime | date | None
    end: datetime | date | None = None
    duration: timedelta | None = None
    status: str = ""
    description: str = ""  # as written: plain text or HTML
    location: str = ""
    categories: tuple[str, ...] = ()
    url: str = ""
    repeats: bool = False
    speakers: tuple[str, ...] | None = None  # None: from a "Speakers: …" description line
    subtitle: str = ""
    type: str = ""
    language: str = ""
    problem: str = ""  # why its end cannot be read, if it cannot


# RFC 5545 3.1: "a long line can be split between any two characters by inserting a CRLF
# immediately followed by a single linear white-space character", and unfolding removes
# exactly that pair. Between any two *characters* - yet the RFC itself warns that simple
# writers fold "in the middle of a UTF-8 multi-octet sequence" (75 octets is the limit),
# and a real program does (JRES 2022: `d\xe2\r\n \x80\x99`). So unfold on the bytes, then
# decode; decoding first would refuse such a file as invalid UTF-8. Bare LF line ends are
# unfolded too, as icalendar does.
_FOLD = re.compile(rb"\r?\n[ \t]")
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def _unfolded_text(data: bytes, source: str) -> str:
    if data.startswith(_WIDE_BOMS):  # the fold's bytes differ in UTF-16/32: unfold the text
        return re.sub(r"\r?\n[ \t]", "", decode_text(data, source))
    return decode_text(_FOLD.sub(b"", data), source)


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    options = options or ReadOptions()
    check_size(len(data), source)
    text = _unfolded_text(data, source)
    if not sniff(text[:200]):
        raise BadInputError(source, Refusal(RefusalCode.NOT_ICALENDAR))
    import icalendar  # imported when needed: it costs ~0.1 s at start-up

    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except OSError as error:  # a TZID such as "Australia" names a folder of the zone database
        raise BadInputError(source, Refusal(RefusalCode.ICALENDAR_TZID)) from error
    except Exception as error:
        # icalendar parses untrusted text along many code paths (odd nesting raises
        # AttributeError, for one); whatever it raises, the file is what is wrong.
        raise BadInputError(source, Refusal(RefusalCode.BAD_ICALENDAR, str(error))) from error
    components = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    if not components:
        raise BadInputError(source, Refusal(RefusalCode.NO_VEVENTS))
    calendar = calendars[0]
    title = one_line(_value(calendar, "X-WR-CALNAME") or _value(calendar, "X-WR-CALDESC"))
    events = [_event(component) for component in components]
    file_zone = _value(calendar, "X-WR-TIMEZONE").strip()
    return program_from_events(events, source, NAME, title, file_zone, options)


def _event(component: Any) -> CalendarEvent:
    """A VEVENT's facts. icalendar defers errors in a property until its value is read, so
    each is read here and a broken one recorded, to skip that event with a warning."""
    event = CalendarEvent(
        uid=_value(component, "UID").strip(),
        title=_value(component, "SUMMARY"),
        start=None,
        status=_value(component, "STATUS"),
        description=_value(component, "DESCRIPTION"),
        location=_value(component, "LOCATION"),
        categories=tuple(_categories(component)),
        url=_value(component, "URL").strip(),
        repeats=component.get("RRULE") is not None,
    )
    start = _first(component, "DTSTART")
    try:
        event.start = start.dt if start is not None else None
    except (ValueError, TypeError, AttributeError):  # broken, or not a date at all
        event.start = None
    try:
        end = _first(component, "DTEND")
        duration = _first(component, "DURATION")
        if end is not None:
            event.end = end.dt
            if not isinstance(event.end, date):
                raise TypeError(Refusal(RefusalCode.ICAL_END_NOT_DATE, repr(event.end)))
        elif duration is not None:
            event.duration = duration.dt
            if not isinstance(event.duration, timedelta):
                raise TypeError(Refusal(RefusalCode.ICAL_NOT_DURATION, repr(event.duration)))
    except (ValueError, TypeError, AttributeError, OverflowError) as error:
        event.problem = _reason(error)
    return event


def program_from_events(
    events: list[CalendarEvent],
    source: str,
    format_name: str,
    title: str,
    file_zone: str,
    options: ReadOptions,
) -> Program:
    """The program of a calendar's events, by the rules in the module docstring."""
    builder = ProgramBuilder(source, format_name)
    builder.title = title
    tzids = Counter(
        str(getattr(event.start.tzinfo, "key", ""))
        for event in events
        if isinstance(event.start, datetime)
        and event.start.tzinfo is not None
        and getattr(event.start.tzinfo, "key", None)
    )
    if not file_zone and tzids:
        file_zone = tzids.most_common(1)[0][0]
    moments = [event.start for event in events if isinstance(event.start, datetime)]
    zone_name = choose_zone(builder, file_zone, options.time_zone, list(moments) or [None])
    zone = ZoneInfo(zone_name)

    for index, event in enumerate(events, 1):
        title = one_line(event.title)
        where = Where(PlaceKind.EVENT, event.uid or f"#{index}")
        if event.status.upper() == "CANCELLED":
            builder.warn(Note(NoteCode.CANCELLED, where, title[:50]))
            continue
        if event.start is None:
            builder.warn(Note(NoteCode.NO_START, where, title[:50]))
            continue
        if event.repeats:
            builder.warn(Note(NoteCode.REPEATS, where, title[:50]))
        try:
            if event.problem:
                raise ValueError(event.problem)
            start, end = _start_and_end(event, event.start, zone, builder, where)
        except (ValueError, TypeError, OverflowError) as error:
            builder.warn(Note(NoteCode.UNREADABLE_TIME, where, title[:50], _reason(error)))
            continue
        description = plain_text(event.description)
        if event.speakers is None:
            speakers, abstract = _speakers_and_text(description)
        else:
            speakers, abstract = list(event.speakers), description
        builder.add_talk(
            DraftTalk(
                title=title,
                start=start,
                end=end,
                guid=event.uid,
                room=one_line(event.location),
                track=event.categories[0] if event.categories else "",
                subtitle=one_line(event.subtitle),
                type=one_line(event.type),
                language=one_line(event.language),
                abstract=abstract,
                url=event.url,
                links=[Link(event.url)]
                if event.url and not event.url.startswith(("http://", "https://"))
                else [],
                speakers=speakers,
                where=where,
            )
        )
    return builder.build()


def _start_and_end(
    event: CalendarEvent, begin: datetime | date, zone: tzinfo, builder: ProgramBuilder, where: str
) -> tuple[datetime, datetime]:
    """The event's UTC start and end."""
    if isinstance(begin, datetime) and isinstance(event.end, datetime):
        # Placed together: an end moves with a start its zone skips (`ProgramBuilder.span`).
        return builder.span(
            begin.replace(tzinfo=None),
            event.end.replace(tzinfo=None),
            begin.tzinfo or zone,
            where,
            event.end.tzinfo or zone,
        )
    start = _instant(begin, zone, builder, where)
    if event.end is not None:
        end = _instant(event.end, zone, builder, where)
    elif event.duration is not None:
        end = start + event.duration
    elif isinstance(begin, datetime):
        end = start
    else:
        end = start + timedelta(days=1)  # an all-day event with no end lasts the day
    return start, end


def _instant(value: Any, zone: tzinfo, builder: ProgramBuilder, where: str) -> datetime:
    """A DTSTART/DTEND value as UTC, by the rule every reader uses for wall-clock times
    (`ProgramBuilder.local`): a floating time is one in the conference's zone; one with a
    TZID is one in that zone, whether icalendar resolved it to an IANA zone or built the
    zone from the file's VTIMEZONE; a date is an all-day event from local midnight (which
    some zones skip: Santiago's clocks go from 00:00 to 01:00)."""
    if isinstance(value, datetime):
        return builder.local(value.replace(tzinfo=None), value.tzinfo or zone, where)
    if isinstance(value, date):
        return builder.local(datetime.combine(value, time(0)), zone, where)
    raise TypeError(Refusal(RefusalCode.ICAL_NOT_DATE, repr(value)))


def _reason(error: Exception) -> str:
    """Why an event's time cannot be read: our own reason with its code (a `Refusal`), so
    the window says it in its language; a library's words (the iCalendar reader's) as
    they are."""
    said = error.args[0] if len(error.args) == 1 else None
    if isinstance(said, Refusal):
        return said
    if isinstance(error, OverflowError) and str(error) == "date value out of range":
        return Refusal(RefusalCode.DATE_VALUE_OUT_OF_RANGE)
    return str(error)
