"""Sessionize API JSON: the `All`, `Sessions` and `GridSmart` views.

Sessionize gives wall-clock times and no time zone (its demo even appends a misleading
"Z"), so the user must say where the conference is (`--tz`, or the question in the app);
times are read as local in that zone. Categories become the track ("Track"), type
("Session format") and language. The `Speakers`/`SpeakerWall` views carry no sessions and
are refused with a message saying which view to export instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from planner.domain.errors import BadInputError
from planner.domain.links import Link
from planner.domain.messages import Note, NoteCode, PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.builder import DraftTalk, ProgramBuilder, TimeZoneRequired
from planner.formats.common import (
    ReadOptions,
    check_zone,
    list_or_empty,
    load_json,
    scalar_text,
)
from planner.formats.text import one_line, plain_text
from planner.formats.times import parse_moment

if TYPE_CHECKING:
    from datetime import datetime

    from planner.domain.program import Program

NAME = "sessionize"
LABEL = "Sessionize API JSON"
EXTENSIONS = (".json",)


def sniff(head: str) -> bool:
    return '"startsAt"' in head or ('"isTopSpeaker"' in head and '"fullName"' in head)


def _wall_clock(value: Any) -> datetime | None:
    # Sessionize writes wall-clock times, sometimes with a "Z" that means nothing
    moment = parse_moment(scalar_text(value))
    return moment.replace(tzinfo=None) if moment is not None else None


def _sessions(document: Any) -> Iterator[Mapping[str, Any]]:
    """Sessions from whichever view this is (All, Sessions groups, GridSmart days)."""
    if isinstance(document, Mapping):
        sessions = document.get("sessions")
        if isinstance(sessions, list):
            yield from (s for s in sessions if isinstance(s, Mapping))
        return
    if not isinstance(document, list):
        return
    seen: set[str] = set()
    for group in document:
        if not isinstance(group, Mapping) or "firstName" in group or "fullName" in group:
            continue  # a speaker (Speakers view): its "sessions" are only references
        nested = group.get("sessions")
        if isinstance(nested, list):  # Sessions view: groups of sessions
            yield from (s for s in nested if isinstance(s, Mapping))
        rooms = group.get("rooms")
        if isinstance(rooms, list):  # GridSmart view: days of rooms of sessions
            for room in rooms:
                if not isinstance(room, Mapping) or not isinstance(room.get("sessions"), list):
                    continue
                for session in room["sessions"]:
                    if isinstance(session, Mapping) and scalar_text(session.get("id")) not in seen:
                        seen.add(scalar_text(session.get("id")))
                        yield session


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    options = options or ReadOptions()
    document = load_json(data, source)
    sessions = list(_sessions(document))
    if not sessions:
        if (
            isinstance(document, list)
            and document
            and isinstance(document[0], Mapping)
            and ("fullName" in document[0] or "firstName" in document[0])
        ):
            raise BadInputError(
                source,
                Refusal(RefusalCode.SESSIONIZE_SPEAKERS),
            )
        raise BadInputError(source, Refusal(RefusalCode.NO_SESSIONIZE_SESSIONS))
    if not options.time_zone:
        raise TimeZoneRequired(source, RefusalCode.NEEDS_ZONE_SESSIONIZE)
    zone = check_zone(options.time_zone, source)
    builder = ProgramBuilder(source, NAME)
    builder.time_zone = options.time_zone

    speakers: dict[str, str] = {}
    rooms: dict[str, str] = {}
    categories: dict[str, tuple[str, str]] = {}  # item id → (category title, item name)
    if isinstance(document, Mapping):
        for speaker in list_or_empty(document.get("speakers")):
            if not isinstance(speaker, Mapping):
                continue
            name = one_line(scalar_text(speaker.get("fullName"))) or one_line(
                f"{scalar_text(speaker.get('firstName'))} {scalar_text(speaker.get('lastName'))}"
            )
            speaker_id = scalar_text(speaker.get("id"))
            if name and speaker_id:
                speakers[speaker_id] = builder.add_speaker(
                    name,
                    one_line(scalar_text(speaker.get("tagLine"))),
                    plain_text(scalar_text(speaker.get("bio"))),
                )
        for room in list_or_empty(document.get("rooms")):
            if isinstance(room, Mapping):
                rooms[scalar_text(room.get("id"))] = one_line(scalar_text(room.get("name")))
                builder.add_room(rooms[scalar_text(room.get("id"))])
        for category in list_or_empty(document.get("categories")):
            if not isinstance(category, Mapping):
                continue
            for item in list_or_empty(category.get("items")):
                if isinstance(item, Mapping):
                    categories[scalar_text(item.get("id"))] = (
                        scalar_text(category.get("title")).casefold(),
                        one_line(scalar_text(item.get("name"))),
                    )

    for index, session in enumerate(sessions, 1):
        session_id = scalar_text(session.get("id"))
        where = Where(PlaceKind.SESSION, session_id or f"#{index}")
        title = one_line(scalar_text(session.get("title")))
        starts, ends = _wall_clock(session.get("startsAt")), _wall_clock(session.get("endsAt"))
        if starts is None:
            builder.warn(Note(NoteCode.NOT_SCHEDULED, where, title[:50]))
            continue
        ends = ends or starts
        facets: dict[str, str] = {}
        for item_id in list_or_empty(session.get("categoryItems")):
            kind, name = categories.get(scalar_text(item_id), ("", ""))
            facets.setdefault(kind, name)
        for category in list_or_empty(session.get("categories")):
            if isinstance(category, Mapping):
                items = list_or_empty(category.get("categoryItems"))
                if items and isinstance(items[0], Mapping):
                    facets.setdefault(
                        scalar_text(category.get("name")).casefold(),
                        one_line(scalar_text(items[0].get("name"))),
                    )
        names: list[str] = []
        for speaker in list_or_empty(session.get("speakers")):
            if isinstance(speaker, Mapping):
                names.append(one_line(scalar_text(speaker.get("name"))))
            elif scalar_text(speaker) in speakers:
                names.append(speakers[scalar_text(speaker)])
        room = one_line(scalar_text(session.get("room"))) or rooms.get(
            scalar_text(session.get("roomId")), ""
        )
        kind = facets.get("session format") or facets.get("format") or facets.get("type", "")
        if session.get("isServiceSession") is True and not kind:
            kind = "service"
        links = [
            Link(scalar_text(link.get("url")), one_line(scalar_text(link.get("title"))))
            for link in list_or_empty(session.get("links"))
            if isinstance(link, Mapping) and scalar_text(link.get("url"))
        ]
        try:
            start, end = builder.span(
                starts.replace(tzinfo=None), ends.replace(tzinfo=None), zone, where
            )
        except OverflowError:
            builder.warn(Note(NoteCode.OUT_OF_RANGE, where, title[:50]))
            continue
        builder.add_talk(
            DraftTalk(
                title=title,
                start=start,
                end=end,
                source_id=session_id,
                room=room,
                track=facets.get("track") or facets.get("tracks", ""),
                type=kind,
                language=facets.get("language", ""),
                abstract=plain_text(scalar_text(session.get("description"))),
                links=links,
                speakers=names,
                where=where,
            )
        )
    return builder.build()
