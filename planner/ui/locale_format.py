"""Dates, times, weekdays, durations and numbers as the user's locale writes them.

Every user-visible date or time in the window, the details pane, the PDF and print-out,
the export dialog and the reminders goes through here, so that a German sees "Montag,
13. Mai" and "13:30", an American "Monday, May 13" and "1:30 PM". What other programs
read (`.ics`, agenda files, the CLI's JSON) never does: it stays locale-independent.

Times are converted to the display zone first; Qt only ever sees the wall-clock values.
The locale is Qt's default (`QLocale()`): the desktop's, or the language chosen in
Planner (see `planner.ui.i18n`).
"""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QGuiApplication

from planner.domain.clock import zone_mark, zone_named
from planner.ui.i18n import Translatable, arg

if TYPE_CHECKING:
    from datetime import date, datetime, timedelta, tzinfo
    from zoneinfo import ZoneInfo


def local_zone() -> ZoneInfo | None:
    """The computer's zone as an IANA zone, if it can be known.

    Qt reads it as the desktop does (TZ, /etc/localtime, /etc/timezone). Python's own
    `datetime.now().astimezone()` gives only a fixed offset with an abbreviation ("EST"),
    never the zone's name, so "This Computer's Zone" was never offered on Linux."""
    name = _named_on_linux()
    if name is None:
        name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    # None for what the zone database does not name: a POSIX TZ rule, or TZ=Australia (a
    # folder of the zone database, which would stop the window from starting).
    return zone_named(name) if name else None


def _named_on_linux() -> str | None:
    """The zone's name where Linux keeps it plainly - TZ naming a zone, else the zone file
    /etc/localtime links to - as Qt reads it there; None for anything else (a POSIX rule, a
    path, no link), which Qt then reads. Qt's first answer costs ~5 ms of the start (it
    loads its zone tables first), and the details pane asks before the first paint."""
    if not sys.platform.startswith("linux"):
        return None
    told = os.environ.get("TZ", "").removeprefix(":")
    if told:
        return told if zone_named(told) is not None else None
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        return None
    _, found, name = target.rpartition("zoneinfo/")
    return name if found and zone_named(name) is not None else None


_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat
# The year and what joins it to the rest of a date pattern: ", yyyy", " 'de' yyyy",
# "yyyy. ", "yyyy年" - removed to write a day of the conference without its year.
_YEAR_AFTER = re.compile(r"[\s,./-]*(?:'[^']*'\s*)?\by+\b\.?(?:\s*'[^']*'\.?)?(?=[^dMy]*$)")
_YEAR_BEFORE = re.compile(r"^\s*y+(?:'[^']*'|[\s,./年년-])*")


def range_dash() -> str:
    """The dash between the two ends of a range. In a right-to-left window a bare dash
    between two numbers takes the text's direction and the range reads backwards
    ("11:30–11:10" for 11:10 to 11:30); left-to-right marks on both sides keep it in
    order (Unicode's bidi rules W7 and N1)."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "\u200e–\u200e"
    return "–"


def _without_year(pattern: str) -> str:
    stripped = _YEAR_BEFORE.sub("", pattern) if pattern.lstrip().startswith("y") else pattern
    stripped = _YEAR_AFTER.sub("", stripped)
    return stripped.strip(" ,") or pattern


class Formats(Translatable):
    """One locale's way of writing dates and times (`Formats()` is the app's locale)."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale if locale is not None else QLocale()

    # -- times ----------------------------------------------------------------------------
    @property
    def twelve_hour(self) -> bool:
        """Whether this locale writes times with AM/PM."""
        return "a" in self.locale.timeFormat(_SHORT).lower()

    def time(self, moment: datetime, zone: tzinfo) -> str:
        """ "13:30", "1:30 PM" (`zone` may be a fixed offset: the computer's, unnamed)."""
        local = moment.astimezone(zone)
        # On a fall-back day the zone tells the two 02:30s apart ("02:30 CEST").
        return self.locale.toString(QTime(local.hour, local.minute), _SHORT) + zone_mark(
            moment, zone
        )

    def time_range(self, start: datetime, end: datetime, zone: ZoneInfo) -> str:
        """ "13:30–14:15", "1:30 PM–2:15 PM"."""
        return f"{self.time(start, zone)}{range_dash()}{self.time(end, zone)}"

    def hour(self, moment: datetime, zone: ZoneInfo) -> str:
        """A full hour, as short as the locale allows: "09:00", "9 AM" (time rulers)."""
        local = moment.astimezone(zone)
        if not self.twelve_hour:
            return self.time(moment, zone)
        pattern = self.locale.timeFormat(_SHORT)
        compact = re.sub(r"[:.]mm", "", pattern)
        return self.locale.toString(QTime(local.hour, 0), compact)

    def wall_time(self, moment: datetime) -> str:
        """A wall-clock time as given, in no zone: "02:30", "2:30 AM" (what a file says)."""
        return self.locale.toString(QTime(moment.hour, moment.minute), _SHORT)

    # -- days -----------------------------------------------------------------------------
    def weekday(self, day: date, *, short: bool = True) -> str:
        """ "Mon"/"Monday", "Mo"/"Montag", on its own (a column header, a ruler)."""
        kind = _SHORT if short else _LONG
        return self.locale.standaloneDayName(day.isoweekday(), kind)

    def day(self, day: date) -> str:
        """A day of the conference, in full, without its year: "Monday, May 13",
        "Montag, 13. Mai", "segunda-feira, 13 de maio"."""
        return self.locale.toString(QDate(day.year, day.month, day.day), self._day_pattern())

    def day_short(self, day: date) -> str:
        """The same, abbreviated: "Mon, May 13", "Mo., 13. Mai"."""
        pattern = self._day_pattern().replace("dddd", "ddd").replace("MMMM", "MMM")
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def date(self, day: date) -> str:
        """A date in full, with its year: "Monday, May 13, 2019"."""
        return self.locale.toString(QDate(day.year, day.month, day.day), _LONG)

    def _day_pattern(self) -> str:
        return _without_year(self.locale.dateFormat(_LONG))

    def day_time(self, moment: datetime, zone: ZoneInfo) -> str:
        """A weekday and a time: "Mon 1:30 PM", "Mo 13:30"."""
        local = moment.astimezone(zone)
        return arg(
            self.tr("%1 %2", "weekday, then time"),
            self.weekday(local.date()),
            self.time(moment, zone),
        )

    def date_time(self, moment: datetime, zone: tzinfo) -> str:
        """A date with its year, and a time: "Monday, May 13, 2019 at 1:30 PM"."""
        local = moment.astimezone(zone)
        return arg(
            self.tr("%1 at %2", "a date, then a time"),
            self.date(local.date()),
            self.time(moment, zone),
        )

    def when(self, start: datetime, end: datetime, zone: ZoneInfo, *, year: bool = False) -> str:
        """A session's day and times: "Monday, May 13, 1:30 PM–2:15 PM"."""
        local = start.astimezone(zone).date()
        day = self.date(local) if year else self.day(local)
        return arg(
            self.tr("%1, %2", "a day, then a time range"), day, self.time_range(start, end, zone)
        )

    # -- amounts --------------------------------------------------------------------------
    def duration(self, length: timedelta) -> str:
        """ "50 min", "2 h", "1 h 30 min" (rounded to the minute)."""
        minutes = round(length.total_seconds() / 60)
        hours, rest = divmod(abs(minutes), 60)
        sign = "-" if minutes < 0 else ""
        if hours and rest:
            text = arg(
                self.tr("%1 %2", "a duration: hours, then minutes"),
                self.tr("%Ln h", "hours, abbreviated", hours),
                self.tr("%Ln min", "minutes, abbreviated", rest),
            )
        elif hours:
            text = self.tr("%Ln h", "hours, abbreviated", hours)
        else:
            text = self.tr("%Ln min", "minutes, abbreviated", rest)
        return sign + text

    def number(self, value: int | float) -> str:
        """ "1,234" or "1.234"."""
        return self.locale.toString(value)
