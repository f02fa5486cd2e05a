"""Sojourner's favourites download (the FOSDEM web app; "Download favourites", a CSV).

Its store writes the header ``ID,Day,Time,Title,Subtitle,Speakers`` and one row per
favourite, every field double-quoted, rows joined by a line feed: the event's id (the
schedule's GUID; editions before 2023 used the numeric id), the weekday ("Saturday"), the
venue's start time ("10:35"), title, subtitle and the speakers joined by ", ".
"""

from __future__ import annotations

from planner.domain.errors import BadInputError
from planner.domain.messages import PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.sharing.favourites import Favourite, Favourites, clock_time, csv_records, field

APP = "Sojourner"
HEADER = ("ID", "Day", "Time", "Title", "Subtitle", "Speakers")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def sniff(data: bytes) -> bool:
    first = data[:200].removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].strip()
    return first == ",".join(HEADER).encode()


def read(data: bytes, source: str) -> Favourites:
    header, body = csv_records(data, source, "a favourites file")
    if tuple(header) != HEADER:
        raise BadInputError(source, Refusal(RefusalCode.NOT_SOJOURNER, ",".join(HEADER)))
    items = []
    for number, row in enumerate(body, 2):
        where = Where(PlaceKind.RECORD, str(number))
        if len(row) != len(HEADER):
            raise BadInputError(
                source, Refusal(RefusalCode.FIELD_COUNT, where, len(row), len(HEADER))
            )
        event_id, day, start, title, _subtitle, _speakers = (
            field(cell, name, where, source) for cell, name in zip(row, HEADER, strict=True)
        )
        if not event_id:
            raise BadInputError(source, Refusal(RefusalCode.HAS_NO, where, "ID"))
        if day and day.casefold() not in WEEKDAYS:
            raise BadInputError(source, Refusal(RefusalCode.NOT_A_WEEKDAY, where, day[:40]))
        items.append(
            Favourite(
                ids=(event_id,),
                title=title,
                local_time=clock_time(start, where, source),
                weekday=WEEKDAYS.index(day.casefold()) if day else None,
            )
        )
    return Favourites(APP, tuple(items))
