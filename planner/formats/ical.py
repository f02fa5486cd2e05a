"""iCalendar (RFC 5545) program feeds: each VEVENT is a session.

LOCATION → room, CATEGORIES → track (the first category), UID → stable key, URL, and
DESCRIPTION as the abstract (HTML reduced to text). A leading "Speaker(s): …" line in the
description, as many conference tools write, becomes the speaker list. TZIDs without a
VTIMEZONE resolve through the IANA database (icalendar does this); floating times take the
calendar's X-WR-TIMEZONE or the zone the user gives. Recurring events keep their first
occurrence (a program lists each session once), with a warning.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from planner.domain.errors import BadInputError
from planner.domain.program import Link, Program
from planner.formats.builder import DraftTalk, ProgramBuilder, choose_zone
from planner.formats.common import ReadOptions, check_size, decode_text
from planner.formats.text import one_line, plain_text

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


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    options = options or ReadOptions()
    check_size(len(data), source)
    text = decode_text(data, source)
    if not sniff(text[:200]):
        raise BadInputError(
            source, "is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"
        )
    import icalendar  # imported when needed: it costs ~0.1 s at start-up

    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except OSError as error:  # a TZID such as "Australia" names a folder of the zone database
        raise BadInputError(source, "is not valid iCalendar (a TZID names no time zone)") from error
    except Exception as error:
        # icalendar parses untrusted text along many code paths (odd nesting raises
        # AttributeError, for one); whatever it raises, the file is what is wrong.
        raise BadInputError(source, f"is not valid iCalendar ({error})") from error
    events = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    if not events:
        raise BadInputError(source, "contains no events (VEVENT)")
    calendar = calendars[0]
    builder = ProgramBuilder(source, NAME)
    builder.title = one_line(_value(calendar, "X-WR-CALNAME") or _value(calendar, "X-WR-CALDESC"))
    file_zone = _value(calendar, "X-WR-TIMEZONE").strip()

    starts: list[tuple[Any, datetime | date | None]] = []
    for event in events:
        prop = _first(event, "DTSTART")
        try:
            starts.append((event, prop.dt if prop is not None else None))
        except (ValueError, TypeError, AttributeError):  # broken, or not a date at all
            starts.append((event, None))
    tzids = Counter(
        str(getattr(moment.tzinfo, "key", ""))
        for _, moment in starts
        if isinstance(moment, datetime)
        and moment.tzinfo is not None
        and getattr(moment.tzinfo, "key", None)
    )
    if not file_zone and tzids:
        file_zone = tzids.most_common(1)[0][0]
    moments = [m if isinstance(m, datetime) else None for _, m in starts]
    zone_name = choose_zone(
        builder, file_zone, options.time_zone, [m for m in moments if m is not None] or [None]
    )
    zone = ZoneInfo(zone_name)

    for index, (event, begin) in enumerate(starts, 1):
        uid = _value(event, "UID").strip()
        title = one_line(_value(event, "SUMMARY"))
        where = f"event {uid or f'#{index}'}"
        if _value(event, "STATUS").upper() == "CANCELLED":
            builder.warn(f"{where} (“{title[:50]}”) is marked cancelled; skipped")
            continue
        if begin is None:
            builder.warn(f"{where} (“{title[:50]}”) has no start; skipped")
            continue
        if event.get("RRULE") is not None:
            builder.warn(f"{where} (“{title[:50]}”) repeats; only its first occurrence is kept")
        try:
            start, end = _start_and_end(event, begin, zone)
        except (ValueError, TypeError, OverflowError) as error:
            builder.warn(f"{where} (“{title[:50]}”) has an unreadable time ({error}); skipped")
            continue
        description = plain_text(_value(event, "DESCRIPTION"))
        speakers, abstract = _speakers_and_text(description)
        categories = _categories(event)
        url = _value(event, "URL").strip()
        builder.add_talk(
            DraftTalk(
                title=title,
                start=start,
                end=end,
                guid=uid,
                room=one_line(_value(event, "LOCATION")),
                track=categories[0] if categories else "",
                abstract=abstract,
                url=url,
                links=[Link(url)] if url and not url.startswith(("http://", "https://")) else [],
                speakers=speakers,
                where=where,
            )
        )
    return builder.build()


def _start_and_end(event: Any, begin: datetime | date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The event's UTC start and end. Raises ValueError (or TypeError, OverflowError) for
    broken values: icalendar defers errors in a property until its value is read."""
    start = _instant(begin, zone)
    end_prop = _first(event, "DTEND")
    duration_prop = _first(event, "DURATION")
    if end_prop is not None:
        end = _instant(end_prop.dt, zone)
    elif duration_prop is not None:
        duration = duration_prop.dt
        if not isinstance(duration, timedelta):
            raise TypeError(f"DURATION is not a duration: {duration!r}")
        end = start + duration
    elif isinstance(begin, datetime):
        end = start
    else:
        end = start + timedelta(days=1)  # an all-day event with no end lasts the day
    return start, end


def _instant(value: Any, zone: tzinfo) -> datetime:
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        return moment.astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(0), zone).astimezone(UTC)
    raise TypeError(f"not a date or date-time: {value!r}")
