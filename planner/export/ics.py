"""The agenda as iCalendar (RFC 5545), built with `icalendar` - never by string concatenation.

Each event has DTSTART/DTEND in the conference's zone with a matching VTIMEZONE and a UID
that is stable per conference and session key, so a calendar app updates rather than
duplicates. Each target keeps its own state per session (`planner.domain.calendars`): an
event's SEQUENCE rises whenever anything a person would see in it changed (time, room,
title, status, reminder, description...), and its DTSTAMP is the moment that content was
first sent, so a file with nothing changed is byte for byte the same.

What goes out (decided by `planner.calendars.plan`): attended sessions CONFIRMED; plan B, where
a target asks for it, TENTATIVE and TRANSPARENT (it does not make you busy); a starred
session the organisers dropped CANCELLED, saying so. The calendar itself carries no UID: a
calendar-level UID is taken for every event's by some tools (vdirsyncer).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import MAXYEAR, MINYEAR, UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from icalendar import (
    Calendar,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCategory,
    vDatetime,
    vDuration,
    vInt,
    vText,
    vUri,
)
from icalendar.parser import Contentline

from planner import APP_NAME, __version__
from planner.domain.agenda import Status

if TYPE_CHECKING:
    from collections.abc import Iterable
    from zoneinfo import ZoneInfo

    from planner.domain.agenda import ConferenceInfo, TalkInfo

PRODID = f"-//{APP_NAME}//Conference Agenda {__version__}//EN"
UID_NAMESPACE = uuid.UUID("3f8d8c1e-5b5e-4d8e-9a55-6c1a0c0e2b71")
# How often subscribers of the live file should look again (RFC 7986, and Outlook's name).
REFRESH_INTERVAL = timedelta(minutes=15)
CANCELLED_TEXT = (
    "Cancelled: this session is no longer in the conference program. "
    "It was in your agenda, so Planner keeps it here, marked cancelled."
)
PLAN_B_TEXT = "Plan B: an alternative in your agenda (it does not make you busy)."


def event_uid(conference_identity: str, key: str) -> str:
    """Stable across exports and Planner versions; unique per conference and session."""
    name = conference_identity + "\x1f" + key
    return f"{uuid.uuid5(UID_NAMESPACE, name)}@planner"


def category_name(track: str) -> str:
    """A track name safe as a CATEGORIES value.

    CATEGORIES is a comma-separated list; an escaped comma inside a value ("Ethics\\, Society")
    is split by several parsers anyway, so commas become slashes. DESCRIPTION keeps the name.
    """
    return " / ".join(part.strip() for part in track.split(",") if part.strip())


def is_plan_b(talk: TalkInfo) -> bool:
    return talk.star is not None and talk.star.status is Status.PLAN_B


def ical_status(talk: TalkInfo) -> str:
    if talk.cancelled:
        return "CANCELLED"
    if is_plan_b(talk):
        return "TENTATIVE"
    return "CONFIRMED"


def location(talk: TalkInfo, venue: str) -> str:
    """The room, and the venue where the program names one ("Hall A, ULB Brussels")."""
    return ", ".join(part for part in (talk.room, venue) if part)


def description(talk: TalkInfo) -> str:
    parts: list[str] = []
    if talk.cancelled:
        parts.append(CANCELLED_TEXT)
    elif is_plan_b(talk):
        parts.append(PLAN_B_TEXT)
    if talk.speakers:
        parts.append(
            "Speakers: "
            + ", ".join(
                f"{s.name} ({s.organization})" if s.organization else s.name for s in talk.speakers
            )
        )
    if talk.track:
        parts.append(f"Track: {talk.track}")
    if talk.star is not None and talk.star.note:
        parts.append(f"Your note: {talk.star.note}")
    if talk.abstract:
        parts.append(talk.abstract)
    if talk.url:
        parts.append(talk.url)
    return "\n\n".join(parts)


# Event templates carry these SEQUENCE and DTSTAMP lines; each target puts in its own.
_STAMP_PLACEHOLDER = datetime(1970, 1, 1, tzinfo=UTC)
# Serialized VEVENTs by everything that goes into them: exporting again (the live file is
# rewritten on every star) only builds the events that changed.
_EVENT_CACHE: dict[tuple[object, ...], bytes] = {}
_EVENT_CACHE_LIMIT = 50_000


def _line(name: str, value: Any) -> bytes:
    """One property as icalendar serialises it (escaping, parameters), folded, CRLF-ended."""
    return fold(Contentline.from_parts(name, value.params, value)) + b"\r\n"


# icalendar needs ~25 us per content line; a first export of 1,000 sessions has ~18,000.
# Most lines repeat across an agenda - a slot's start and end, a room, a track, a status -
# so those are serialised once and reused (still icalendar's bytes, built only once).
@lru_cache(maxsize=16_384)
def _text_line(name: str, text: str) -> bytes:
    return _line(name, vText(text))


@lru_cache(maxsize=16_384)
def _time_line(name: str, moment: datetime | timedelta, zone_key: str) -> bytes:
    # zone_key keeps equal instants in different zones apart (they compare equal).
    # The specific types, not vDDDTypes: it builds the same value and costs a third more.
    if isinstance(moment, timedelta):
        return _line(name, vDuration(moment))
    return _line(name, vDatetime(moment))


@lru_cache(maxsize=1_024)
def _sequence_line(sequence: int) -> bytes:
    return _line("SEQUENCE", vInt(sequence))


@lru_cache(maxsize=4_096)
def _categories_line(track: str) -> bytes:
    return _line("CATEGORIES", vCategory([category_name(track)]))


def _stamp_line(stamp: datetime) -> bytes:
    return _line("DTSTAMP", vDatetime(stamp.astimezone(UTC).replace(microsecond=0)))


def clear_caches() -> None:
    """Forget every serialised event and line (for measuring a first export)."""
    _EVENT_CACHE.clear()
    for memo in (_text_line, _time_line, _sequence_line, _categories_line, _timezone_bytes):
        memo.cache_clear()


def event_template(
    talk: TalkInfo, uid: str, zone: ZoneInfo, alarm_minutes: int | None, venue: str = ""
) -> bytes:
    """The session's VEVENT with SEQUENCE 0 and a placeholder DTSTAMP (see `finish_event`):
    everything a person would see, so its digest tells whether anything visible changed."""
    status = ical_status(talk)
    text = description(talk)
    place = location(talk, venue)
    key = (
        uid,
        status,
        zone.key,
        alarm_minutes,
        talk.title,
        talk.start,
        talk.end,
        place,
        talk.url,
        talk.track,
        text,
    )
    cached = _EVENT_CACHE.get(key)
    if cached is not None:
        return cached
    # The order is icalendar's own for a VEVENT (its canonical order, then by name).
    lines = [
        _text_line("BEGIN", "VEVENT"),
        _line("SUMMARY", vText(talk.title)),
        _time_line("DTSTART", talk.start.astimezone(zone), zone.key),
        _time_line("DTEND", talk.end.astimezone(zone), zone.key),
        _time_line("DTSTAMP", _STAMP_PLACEHOLDER, ""),
        _line("UID", vText(uid)),
        _sequence_line(0),
    ]
    if talk.track:
        lines.append(_categories_line(talk.track))
    if text:
        lines.append(_line("DESCRIPTION", vText(text)))
    if place:
        lines.append(_text_line("LOCATION", place))
    lines.append(_text_line("STATUS", status))
    if status != "CONFIRMED":  # plan B and cancelled sessions do not make you busy
        lines.append(_text_line("TRANSP", "TRANSPARENT"))
    if talk.url:
        lines.append(_line("URL", vUri(talk.url)))
    if alarm_minutes is not None and status != "CANCELLED":
        reminder = f"{talk.title} starts in {alarm_minutes} min" + (
            f" ({talk.room})" if talk.room else ""
        )
        lines += (
            _text_line("BEGIN", "VALARM"),
            _text_line("ACTION", "DISPLAY"),
            _line("DESCRIPTION", vText(reminder)),
            _time_line("TRIGGER", timedelta(minutes=-alarm_minutes), ""),
            _text_line("END", "VALARM"),
        )
    lines.append(_text_line("END", "VEVENT"))
    data = b"".join(lines)
    if len(_EVENT_CACHE) >= _EVENT_CACHE_LIMIT:
        _EVENT_CACHE.clear()
    _EVENT_CACHE[key] = data
    return data


def content_fingerprint(template: bytes) -> str:
    return hashlib.sha256(template).hexdigest()[:32]


def finish_event(template: bytes, sequence: int, stamp: datetime) -> bytes:
    """The event as a target receives it: its own SEQUENCE and DTSTAMP put in."""
    # Each placeholder follows a CRLF: a line of its own, never a piece of a folded text.
    placeholder = b"\r\n" + _time_line("DTSTAMP", _STAMP_PLACEHOLDER, "")
    data = template.replace(placeholder, b"\r\n" + _stamp_line(stamp), 1)
    if sequence:
        zero = b"\r\n" + _sequence_line(0)
        data = data.replace(zero, b"\r\n" + _sequence_line(sequence), 1)
    return data


def _timezone_range(conference: ConferenceInfo, talks: Iterable[TalkInfo]) -> tuple[date, date]:
    zone = conference.zone
    first, last = conference.start, conference.end
    for talk in talks:
        first = min(first, talk.start.astimezone(zone).date())
        last = max(last, talk.end.astimezone(zone).date())
    return first, last


@lru_cache(maxsize=64)
def _timezone_bytes(zone: ZoneInfo, first: date, last: date) -> bytes:
    calendar = Calendar()
    # The yearly form looks at the year before and after, which the calendar's last years
    # do not have; its rules (from 1970 on) cover them all the same.
    year = min(max(first.year, MINYEAR + 1), MAXYEAR - 2)
    timezone = yearly_vtimezone(zone, year) if first.year == last.year else None
    if timezone is not None:
        calendar.add_component(timezone)
    else:
        # Rules with no yearly pattern: icalendar's exact observances, from just before the
        # zone's last change before the conference (so there is one of each kind).
        calendar.add_component(_placeholder_event(zone, first, last))
        # icalendar overflows within a few days of the calendar's ends: keep clear of them
        # (an event there is shown with the zone's offset of the year before).
        low, high = date(MINYEAR + 1, 1, 1), date(MAXYEAR - 1, 12, 31)
        calendar.add_missing_timezones(
            first_date=min(max(_day_before_change(max(first, low), zone), low), high),
            last_date=min(last + min(timedelta(days=2), date.max - last), high),
        )
        calendar.subcomponents = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]
    data = to_bytes(calendar)
    return data[len(b"BEGIN:VCALENDAR\r\n") : -len(b"END:VCALENDAR\r\n")]


def _placeholder_event(zone: ZoneInfo, first: date, last: date) -> Any:
    """An event in `zone`, so that icalendar knows which VTIMEZONE to add."""
    from icalendar import Event

    event = Event()
    event.add("DTSTART", datetime.combine(first, time(12), zone))
    event.add("DTEND", datetime.combine(last, time(12), zone))
    return event


def calendar_file(
    conference: ConferenceInfo,
    talks: Iterable[TalkInfo],
    events: Iterable[bytes],
    *,
    name: str | None = None,
    refresh: timedelta | None = None,
) -> bytes:
    """A whole agenda file (METHOD:PUBLISH) of finished `events`, for `talks`' time range.

    `refresh`: for files that calendar apps subscribe to, how often they should look again.
    """
    head = [
        _text_line("BEGIN", "VCALENDAR"),
        _text_line("VERSION", "2.0"),
        _text_line("PRODID", PRODID),
        _text_line("METHOD", "PUBLISH"),
        _text_line("NAME", name or f"{conference.title} — my agenda"),
        _text_line("X-WR-CALNAME", name or f"{conference.title} — my agenda"),
        _text_line("X-WR-TIMEZONE", conference.time_zone),
    ]
    if refresh is not None:
        interval = vDuration(refresh)
        interval.params["VALUE"] = "DURATION"
        head += (_line("REFRESH-INTERVAL", interval), _line("X-PUBLISHED-TTL", vDuration(refresh)))
    head.append(_timezone_bytes(conference.zone, *_timezone_range(conference, talks)))
    return b"".join(head) + b"".join(events) + b"END:VCALENDAR\r\n"


def event_file(conference: ConferenceInfo, talk: TalkInfo, event: bytes) -> bytes:
    """One finished event as a calendar object resource of its own (a CalDAV resource, a
    file in a vdir): its VTIMEZONE and no METHOD (RFC 4791 5.3.2)."""
    return (
        _text_line("BEGIN", "VCALENDAR")
        + _text_line("VERSION", "2.0")
        + _text_line("PRODID", PRODID)
        + _timezone_bytes(conference.zone, *_timezone_range(conference, (talk,)))
        + event
        + b"END:VCALENDAR\r\n"
    )


def _transitions(zone: ZoneInfo, year: int) -> list[tuple[datetime, timedelta, timedelta]]:
    """(UTC instant, offset before, offset after) of each offset change in `year`."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    step = timedelta(hours=6)
    before = moment.astimezone(zone).utcoffset()
    while moment < end:
        after = (moment + step).astimezone(zone).utcoffset()
        if after != before and before is not None and after is not None:
            low, high = moment, moment + step  # narrow to the minute
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            found.append((high.replace(second=0, microsecond=0), before, after))
        before = after
        moment += step
    return found


def _day_before_change(day: date, zone: ZoneInfo) -> date:
    """The day before the zone's last offset change up to `day` (looking back a year)."""

    def offset(on: date) -> timedelta | None:
        return datetime.combine(on, time(12), zone).utcoffset()

    current = offset(day)
    for back in range(1, 367):
        if offset(day - timedelta(days=back)) != current:
            return day - timedelta(days=back)
    return day - timedelta(days=1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _changes_on(zone: ZoneInfo, year: int, day: date) -> bool:
    """Does the zone change its offset on local `day` (a date in `year`)?"""
    return any((moment + before).date() == day for moment, before, _ in _transitions(zone, year))


def yearly_vtimezone(zone: ZoneInfo, year: int) -> Timezone | None:
    """A VTIMEZONE with one STANDARD and (for zones with daylight saving) one DAYLIGHT
    observance repeating yearly - the form every client, Outlook included, understands.

    None when the zone's changes in `year` are not an "nth weekday of a month" pattern
    that also holds the year before and after (then the caller falls back to exact
    observances).
    """
    changes = _transitions(zone, year)
    timezone = Timezone()
    timezone.add("TZID", zone.key)
    if not changes:
        offset = datetime(year, 7, 1, tzinfo=UTC).astimezone(zone).utcoffset()
        standard = TimezoneStandard()
        standard.add("DTSTART", datetime(1970, 1, 1))
        standard.add("TZOFFSETFROM", offset)
        standard.add("TZOFFSETTO", offset)
        name = datetime(year, 7, 1, tzinfo=UTC).astimezone(zone).tzname()
        if name:
            standard.add("TZNAME", name)
        timezone.add_component(standard)
        return timezone
    if len(changes) != 2:
        return None
    for instant, before, after in changes:
        local = (instant + before).replace(tzinfo=None)  # wall clock just before the change
        day = local.date()
        nth = -1 if (day + timedelta(days=7)).month != day.month else (day.day - 1) // 7 + 1
        rule: dict[str, object] = {"FREQ": "YEARLY", "BYMONTH": day.month}
        if all(
            _changes_on(zone, other, _nth_weekday(other, day.month, day.weekday(), nth))
            for other in (year - 1, year + 1)
        ):
            rule["BYDAY"] = f"{nth}{_WEEKDAYS[day.weekday()]}"
            first_day = _nth_weekday(1970, day.month, day.weekday(), nth)
        elif all(
            _changes_on(zone, other, day.replace(year=other)) for other in (year - 1, year + 1)
        ):
            rule["BYMONTHDAY"] = day.day  # a fixed date every year (Iran until 2022)
            first_day = day.replace(year=1970)
        else:
            return None
        observance = TimezoneDaylight() if after > before else TimezoneStandard()
        observance.add("DTSTART", datetime.combine(first_day, local.time()))
        observance.add("RRULE", rule)
        observance.add("TZOFFSETFROM", before)
        observance.add("TZOFFSETTO", after)
        name = (instant + timedelta(minutes=1)).astimezone(zone).tzname()
        if name:
            observance.add("TZNAME", name)
        timezone.add_component(observance)
    return timezone


def fold(line: str) -> bytes:
    """One content line, folded as RFC 5545 3.1 says: at most 75 octets per line, never
    inside a UTF-8 character or an escape sequence, continued by CRLF and a space.

    icalendar folds character by character (encoding each one); for an agenda of 1,000
    sessions with abstracts that is most of the export time, so we fold whole lines here.
    """
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data
    pieces: list[bytes] = []
    start, room = 0, 75
    while start < len(data):
        end = min(start + room, len(data))
        if end < len(data):
            while end > start + 1 and data[end] & 0xC0 == 0x80:
                end -= 1  # do not split a multi-byte character
            if end - start > 2 and data[end - 1 : end] in (b"\\", b"^"):
                end -= 1  # keep "\," and "^n" escapes on one line
        pieces.append(data[start:end])
        start, room = end, 74  # continuation lines begin with a space
    return b"\r\n ".join(pieces)


def to_bytes(calendar: Calendar) -> bytes:
    """The calendar as RFC 5545 bytes: icalendar's content lines, folded, CRLF-terminated."""
    return b"".join(fold(line) + b"\r\n" for line in calendar.content_lines() if line)
