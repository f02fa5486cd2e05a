"""Wall-clock times that make sense on the days the clocks change.

On a fall-back day one hour happens twice (Europe/Berlin, 27 Oct 2024: 02:00-03:00 CEST,
then 02:00-03:00 CET), so a 30-minute talk that starts at 02:30 CEST ends at "02:00" and
would print as "02:30–02:00". Every time Planner shows (CLI text, the window, the PDF)
goes through `clock`, which adds the zone's abbreviation (or offset) to a wall-clock
time that exists twice that day: "02:30 CEST–02:00 CET". On every other day it is the
plain "HH:MM".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime, tzinfo
    from zoneinfo import ZoneInfo


def zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone called `name`, or None if there is none. Besides unknown and malformed
    names, a tzdata *folder* ("Australia", "America", "US", "Etc") is none: ZoneInfo raises
    IsADirectoryError for those (an OSError; an unreadable zone file raises another), which
    no caller expects from a name that came from a file or from the system's TZ."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def is_ambiguous(moment: datetime, zone: tzinfo) -> bool:
    """Does the wall-clock time of `moment` in `zone` happen twice (a fall-back hour)?"""
    local = moment.astimezone(zone)
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def zone_mark(moment: datetime, zone: tzinfo) -> str:
    """ " CEST" (or " UTC+02:00") when the wall-clock time is ambiguous, else ""."""
    if not is_ambiguous(moment, zone):
        return ""
    local = moment.astimezone(zone)
    name = local.tzname() or ""
    if not name or name[0] in "+-":  # zones without abbreviations name themselves "+03"
        offset = local.strftime("%z")
        name = f"UTC{offset[:3]}:{offset[3:]}"
    return f" {name}"


def clock(moment: datetime, zone: tzinfo, pattern: str = "%H:%M") -> str:
    """`moment` as `pattern` in `zone`, marked with its zone when the time is ambiguous."""
    return f"{moment.astimezone(zone).strftime(pattern)}{zone_mark(moment, zone)}"


def clock_range(start: datetime, end: datetime, zone: tzinfo) -> str:
    """ "13:30–14:15"; on a fall-back day "02:30 CEST–02:00 CET"."""
    return f"{clock(start, zone)}–{clock(end, zone)}"
