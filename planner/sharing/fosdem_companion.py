"""FOSDEM Companion's bookmarks export (Android; "Export bookmarks", a `.ics` file).

Its BookmarksExportProvider writes one VEVENT per bookmark with
``UID:<event id>@<year>@be.digitalia.fosdem`` (the schedule's numeric event id and the
conference year), DTSTART/DTEND in UTC, SUMMARY, LOCATION and URL. Values are written
unescaped and unfolded, which icalendar reads as intended.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from planner.domain.errors import BadInputError
from planner.domain.messages import PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.common import refusal_of
from planner.formats.times import to_utc
from planner.sharing.favourites import (
    Favourite,
    Favourites,
    checked_count,
    decode_text,
    field,
)

APP = "FOSDEM Companion"
APPLICATION_ID = "be.digitalia.fosdem"


def sniff(data: bytes) -> bool:
    head = data[:65536]
    return head.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCALENDAR") and (
        f"@{APPLICATION_ID}".encode() in head
    )


def read(data: bytes, source: str) -> Favourites:
    text = decode_text(data, source, "a bookmarks file")
    import icalendar  # imported when needed: it costs ~0.1 s at start-up

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as error:
        # icalendar parses untrusted text along many code paths; whatever it raises, the
        # file is what is wrong.
        raise BadInputError(source, Refusal(RefusalCode.BAD_ICALENDAR, str(error))) from error
    events = list(calendar.walk("VEVENT"))
    checked_count(len(events), source)
    items = []
    years: set[int] = set()
    for index, event in enumerate(events, 1):
        where = Where(PlaceKind.BOOKMARK, str(index))
        uid = field(_value(event, "UID"), "UID", where, source)
        event_id, _, rest = uid.partition("@")
        year_text, _, application = rest.partition("@")
        if not event_id or not application.startswith(APPLICATION_ID):
            raise BadInputError(source, Refusal(RefusalCode.NOT_COMPANION_UID, where, uid[:80]))
        if year_text.isdigit():
            years.add(int(year_text))
        items.append(
            Favourite(
                ids=(event_id,),
                title=field(_value(event, "SUMMARY"), "SUMMARY", where, source),
                start=_instant(event, "DTSTART", where, source),
                end=_instant(event, "DTEND", where, source),
                url=field(_value(event, "URL"), "URL", where, source),
            )
        )
    if len(years) > 1:
        raise BadInputError(source, Refusal(RefusalCode.SEVERAL_YEARS))
    return Favourites(APP, tuple(items), year=years.pop() if years else None)


def _value(event: Any, name: str) -> str | None:
    value = event.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return None if value is None else str(value)


def _instant(event: Any, name: str, where: str, source: str) -> datetime | None:
    if event.get(name) is None:
        return None
    try:
        moment = event.decoded(name)
    except Exception as error:
        raise BadInputError(source, Refusal(RefusalCode.FIELD_NOT_INSTANT, where, name)) from error
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise BadInputError(source, Refusal(RefusalCode.NOT_UTC, where, name))
    try:
        return to_utc(moment)
    except ValueError as error:
        raise BadInputError(
            source, Refusal(RefusalCode.AT, where, Refusal(RefusalCode.AT, name, refusal_of(error)))
        ) from None
