"""The FOSDEM PWA's bookmarks export (fosdempwa.com; "Export bookmarks", a CSV).

Its server writes the header
``type,id,slug,title,trackKey,room,day,startTime,duration,priority,status`` and one row
per bookmark: "event" rows carry the schedule's numeric event id, the conference day
number, the venue's start time and the bookmark's priority (1 = top choice, 2 = the one
given way in a clash); "track" rows are whole bookmarked devrooms. Its import takes the
short form ``type,id[,priority]`` too, so that is read as well.
"""

from __future__ import annotations

from planner.domain.agenda import Priority
from planner.domain.errors import BadInputError
from planner.domain.messages import Note, NoteCode, PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.sharing.favourites import Favourite, Favourites, clock_time, csv_records, field

APP = "FOSDEM PWA"
PRIORITIES = {"1": Priority.MUST, "2": Priority.MAYBE}


def sniff(data: bytes) -> bool:
    first = data[:400].removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].strip().lower()
    names = [name.strip() for name in first.split(b",")]
    return names[:2] == [b"type", b"id"]


def read(data: bytes, source: str) -> Favourites:
    header, body = csv_records(data, source, "a bookmarks file")
    header = [name.lower() for name in header]
    if header[:2] != ["type", "id"]:
        raise BadInputError(source, Refusal(RefusalCode.NOT_FOSDEM_PWA))
    items = []
    skipped = []
    for number, row in enumerate(body, 2):
        where = Where(PlaceKind.RECORD, str(number))
        if len(row) > len(header):
            raise BadInputError(
                source, Refusal(RefusalCode.FIELDS_OVER_HEADER, where, len(row), len(header))
            )
        cells = {
            name: field(cell, name, where, source) for name, cell in zip(header, row, strict=False)
        }
        kind = cells.get("type", "").lower()
        event_id = cells.get("id", "")
        if kind == "track":
            skipped.append(Note(NoteCode.TRACK_BOOKMARKED, cells.get("title") or event_id))
            continue
        if kind not in ("event", ""):
            raise BadInputError(source, Refusal(RefusalCode.NOT_EVENT_OR_TRACK, where, kind[:40]))
        if not event_id:
            raise BadInputError(source, Refusal(RefusalCode.HAS_NO, where, "id"))
        day = cells.get("day", "")
        if day and not day.isdigit():
            raise BadInputError(source, Refusal(RefusalCode.NOT_A_DAY_NUMBER, where, day[:40]))
        priority = cells.get("priority", "")
        items.append(
            Favourite(
                ids=tuple(dict.fromkeys(i for i in (event_id, cells.get("slug", "")) if i)),
                title=cells.get("title", ""),
                local_time=clock_time(cells.get("starttime", ""), where, source),
                day_number=int(day) if day else None,
                priority=PRIORITIES.get(priority),
            )
        )
    return Favourites(APP, tuple(items), tuple(skipped))
