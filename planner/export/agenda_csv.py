"""The agenda as CSV, for spreadsheets: one row per starred session, in time order.

Columns: day, start, end, room, title, speakers, priority, status, note, url, with times
on the venue's clocks (a time the clocks show twice, in the night they fall back, carries
its zone's abbreviation: "02:30 CEST" then "02:30 CET"). UTF-8 with a byte-order mark
(without it Excel shows accents as mojibake; LibreOffice and Python's csv read it either
way), CRLF rows as RFC 4180 says.
A text cell that a spreadsheet would run as a formula (it starts with = + - @ or a tab)
gets a leading apostrophe: program files are written by strangers.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner.domain.agenda import TalkInfo

HEADER = ("day", "start", "end", "room", "title", "speakers", "priority", "status", "note", "url")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render(talks: Iterable[TalkInfo], zone: ZoneInfo) -> bytes:
    """The CSV file's bytes for the starred sessions among `talks`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    starred = sorted(
        (t for t in talks if t.star is not None), key=lambda t: (t.start, t.room, t.title)
    )
    for talk in starred:
        assert talk.star is not None
        start, end = talk.start.astimezone(zone), talk.end.astimezone(zone)
        status = talk.star.status.label + (" (cancelled)" if talk.cancelled else "")
        writer.writerow(
            (
                start.date().isoformat(),
                _clock(start),
                _clock(end),
                _cell(talk.room),
                _cell(talk.title),
                _cell(", ".join(talk.speaker_names)),
                talk.star.priority.label,
                status,
                _cell(talk.star.note),
                _cell(talk.url),
            )
        )
    return buffer.getvalue().encode("utf-8-sig")


def _clock(moment: datetime) -> str:
    """The venue's wall-clock time; with the zone's abbreviation when the clocks show this
    time twice that night (otherwise two sessions an hour apart read the same)."""
    other = moment.replace(fold=1 - moment.fold)
    if other.utcoffset() != moment.utcoffset():
        return f"{moment:%H:%M %Z}"
    return f"{moment:%H:%M}"


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
