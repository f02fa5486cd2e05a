"""The agenda as CSV, for spreadsheets: one row per starred session, in time order.

Columns: day, start, end, room, title, speakers, priority, status, note, url, with times
on the venue's clocks. UTF-8 with a byte-order mark (without it Excel shows accents as
mojibake; LibreOffice and Python's csv read it either way), CRLF rows as RFC 4180 says.
A text cell that a spreadsheet would run as a formula (it starts with = + - @ or a tab)
gets a leading apostrophe: program files are written by strangers.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
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
                f"{start:%H:%M}",
                f"{end:%H:%M}",
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


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
