"""Dates, times and durations as program files write them: the one parser every reader uses.

Readers hand over the text they found; these functions say what it means or that it means
nothing (`None`, or `ValueError` for the strict ones), and never guess a zone: a moment
without an offset stays naive until `local_moment` places it in a zone, which is also where
times that a zone skips or repeats are noticed (readers go through `ProgramBuilder.local`,
which reports them).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from planner.domain.refusals import Refusal, RefusalCode

if TYPE_CHECKING:
    from datetime import tzinfo


def parse_moment(text: str | None) -> datetime | None:
    """An ISO 8601 date-time, extended (`2024-05-01T10:00:00+02:00`) or basic
    (`20240501T100000Z`, as xCal and iCalendar write it); `Z` means UTC. Naive when the
    text carries no offset; None when it is empty or not a date-time."""
    value = (text or "").strip()
    if not value:
        return None
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def parse_day(text: str | None) -> date | None:
    """The calendar date a field starts with (`2024-05-01…`); None if there is none."""
    value = (text or "").strip()
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def has_clock(text: str | None) -> bool:
    """Does this date(-time) text give a time of day, not only a date?"""
    return len((text or "").strip()) > 10


_CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*")


def parse_clock(text: str | None) -> time | None:
    """A wall-clock time `H:MM`, `HH:MM` or `HH:MM:SS`; None if it is not one."""
    match = _CLOCK.fullmatch(text or "")
    if not match:
        return None
    hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    return time(hours, minutes, seconds)


# ISO 8601 4.4.3.2's full form PnYnMnDTnHnMnS (plus weeks, as RFC 5545 3.3.6 has them).
# LSWT 2021's Jekyll site writes every duration with its zero years and months spelled out
# ("P0Y0M0DT0H40M0.000S"); a year or a month has no fixed length, so only zero ones are read.
_ISO_DURATION = re.compile(
    r"^P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration(value: str) -> timedelta:
    """Durations as schedule files write them.

    "HH:MM", "H:MM", minutes over 59 ("0:90"), "HH:MM:SS", pretalx's "D:HH:MM" (days
    unpadded, only written for events a day or longer), ISO 8601 ("PT1H30M", schedule v2)
    and a bare number of minutes. Raises ValueError for anything else.
    """
    text = value.strip()
    if len(text) == 5 and text[2] == ":" and text[:2].isdigit() and text[3:].isdigit():
        return timedelta(hours=int(text[:2]), minutes=int(text[3:]))  # "HH:MM", the usual
    if len(text) > 40:  # no duration is written so; and the message stays one short line
        raise ValueError(f"unreadable duration {value[:40]!r}…")
    iso = _ISO_DURATION.match(text.upper()) if text[:1] in "Pp" else None
    if iso and any(iso.groupdict().values()):
        parts = {name: float(number) for name, number in iso.groupdict().items() if number}
        if parts.pop("years", 0) or parts.pop("months", 0):
            raise ValueError(f"duration {value!r} counts years or months, which vary in length")
        return timedelta(**parts)
    pieces = text.split(":")
    if not text or not all(piece.isdigit() for piece in pieces) or len(pieces) > 3:
        raise ValueError(f"unreadable duration {value!r}")
    numbers = [int(piece) for piece in pieces]
    if len(numbers) == 1:
        return timedelta(minutes=numbers[0])
    if len(numbers) == 2:
        return timedelta(hours=numbers[0], minutes=numbers[1])
    first, second, third = numbers
    # frab pads hours ("01:00:00"); pretalx writes days bare ("1:02:30").
    if len(pieces[0]) == 1 and first > 0 and second < 24:
        return timedelta(days=first, hours=second, minutes=third)
    return timedelta(hours=first, minutes=second, seconds=third)


def parse_iso_datetime(value: str, zone: tzinfo | None) -> datetime:
    """A strict ISO 8601 date-time, as UTC. One without an offset is a wall-clock time in
    `zone` (required then), placed by `local_moment` (readers of programs place theirs
    with `ProgramBuilder`, which also reports a time the zone skips or repeats). Raises
    ValueError for anything else, or a date beyond the calendar."""
    moment = parse_moment(value)
    if moment is None:
        raise ValueError(Refusal(RefusalCode.BAD_DATE_TIME, value[:60]))
    if moment.tzinfo is not None:
        return to_utc(moment)
    try:
        if zone is None:
            raise ValueError(Refusal(RefusalCode.NO_OFFSET, value[:60]))
        return local_moment(moment, zone)[0]
    except OverflowError:
        raise ValueError(Refusal(RefusalCode.BEYOND_DATES, repr(value[:60]))) from None


def to_utc(moment: datetime) -> datetime:
    """An aware date-time in UTC. Raises ValueError when UTC's date of it lies beyond the
    calendar (`9999-12-31T23:00-23:59` is 10000-01-01 in UTC): every reader converts
    through here, so such a file is refused with a message rather than an OverflowError."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValueError(Refusal(RefusalCode.BEYOND_DATES, moment.isoformat())) from None


def parse_iso_date(value: str) -> date:
    """A strict ISO 8601 date (`YYYY-MM-DD`, time of day ignored). Raises ValueError."""
    day = parse_day(value)
    if day is None:
        raise ValueError(Refusal(RefusalCode.BAD_DATE, value))
    return day


class LocalTime(Enum):
    """What a zone makes of a wall-clock time."""

    ORDINARY = "ordinary"
    SKIPPED = "skipped"  # clocks went forward over it (02:30 on a spring-forward day)
    REPEATED = "repeated"  # clocks went back over it: it happens twice


def local_moment(naive: datetime, zone: tzinfo) -> tuple[datetime, LocalTime]:
    """The instant (aware, in UTC) that `naive`, a wall-clock time in `zone`, names, and
    whether the zone skips or repeats that time. The one rule for every reader.

    Resolved as RFC 5545 (3.3.5) prescribes: a time the zone skips is read with the UTC
    offset from before the gap (02:30 when clocks go from 02:00 to 03:00 is the instant
    03:30 names afterwards), a repeated one as its first occurrence. That holds for any
    `tzinfo`: IANA zones, and the zones icalendar builds from a file's VTIMEZONE (dateutil's,
    which give a skipped time the offset from *after* the gap, so the offset before it is
    worked out here rather than taken from `fold=0`). Raises OverflowError for an instant
    beyond the calendar, like any date arithmetic; the reader decides what to skip.
    """
    wall = naive.replace(tzinfo=None, fold=0)
    offset = wall.replace(tzinfo=zone).utcoffset() or timedelta(0)
    instant = (wall - offset).replace(tzinfo=UTC)
    there = instant.astimezone(zone)
    if there.replace(tzinfo=None) != wall:
        # A gap: clocks went forward, so of the offsets on either side of it (the one this
        # zone gave, and the one in force at the instant that gave) the earlier is smaller.
        before = min(offset, there.utcoffset() or timedelta(0))
        return (wall - before).replace(tzinfo=UTC), LocalTime.SKIPPED
    if wall.replace(tzinfo=zone, fold=1).utcoffset() != offset:
        return instant, LocalTime.REPEATED
    return instant, LocalTime.ORDINARY


def local_span(start: datetime, end: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """The instants (UTC) of a span given as two wall-clock times in `zone`. Each is read
    by `local_moment`, except that an end after a start the zone skips moves by the same
    gap: the span keeps the length written (02:30-03:15 on Berlin's spring-forward night
    is 03:30-04:15, where reading each alone gives 03:30-03:15, which ends before it
    starts). Raises OverflowError like `local_moment`."""
    first, kind = local_moment(start, zone)
    last, _ = local_moment(end, zone)
    written = end.replace(tzinfo=None) - start.replace(tzinfo=None)
    if kind is LocalTime.SKIPPED and written >= timedelta(0) and first + written > last:
        last = first + written
    return first, last


def zone_label(zone: tzinfo) -> str:
    """A zone's name for messages: the IANA key, else the TZID of a zone icalendar built
    from a VTIMEZONE (dateutil keeps it as `_tzid`), else whatever the zone calls itself."""
    return str(getattr(zone, "key", None) or getattr(zone, "_tzid", None) or zone)
