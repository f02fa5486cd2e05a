"""EventFahrplan's favourites, as its "Share to Chaosflix" writes them (JSON text).

The starred list shares ``{"lectures": [...]}`` (the keys Chaosflix reads): per session
``lecture_id`` (the schedule's event id), ``title``, ``day`` (the conference day),
``room``, ``slug``, ``url`` and ``starts_at``, the start as a UTC instant.
"""

from __future__ import annotations

from planner.domain.errors import BadInputError
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.common import Fields, load_json
from planner.sharing.favourites import (
    Favourite,
    Favourites,
    checked_count,
    decode_text,
    field,
    utc_instant,
)

APP = "EventFahrplan"


def sniff(data: bytes) -> bool:
    head = data[:200].removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"{") and b'"lectures"' in head[:40]


def read(data: bytes, source: str) -> Favourites:
    decode_text(data, source, "a favourites file")  # limits and encoding, stated plainly
    document = Fields(load_json(data, source), "file", source)
    lectures = document.value.get("lectures")
    if not isinstance(lectures, list):
        raise BadInputError(source, Refusal(RefusalCode.NOT_EVENTFAHRPLAN))
    checked_count(len(lectures), source)
    items = []
    for index, lecture in enumerate(lectures):
        where = f"lectures[{index}]"
        entry = Fields(lecture, where, source)
        event_id = field(entry.value.get("lecture_id"), "lecture_id", where, source)
        if not event_id:
            raise BadInputError(source, Refusal(RefusalCode.HAS_NO, where, "lecture_id"))
        items.append(
            Favourite(
                ids=(event_id,),
                title=field(entry.value.get("title"), "title", where, source),
                start=utc_instant(
                    field(entry.value.get("starts_at"), "starts_at", where, source),
                    where,
                    source,
                ),
                url=field(entry.value.get("url"), "url", where, source),
            )
        )
    return Favourites(APP, tuple(items))
