"""Favourites other apps export, as one structure, and matching them to a program.

Each app names a session its own way: FOSDEM Companion and the FOSDEM PWA by the
schedule's event id, Sojourner by its GUID, EventFahrplan by the event id, Giggity by the
id or the GUID. Every reader turns its file into `Favourites`; `match_favourites` finds
each favourite in the program by those ids first, then by title and start (the instant,
or the venue's wall-clock time on a weekday or conference day), then by the session's web
page. Whatever matches nothing, or more than one session, is reported, never dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from planner.domain.agenda import Priority, Status
from planner.domain.errors import BadInputError
from planner.domain.messages import Note, PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.domain.updates import normalize_text
from planner.formats.common import refusal_of
from planner.formats.times import to_utc

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from zoneinfo import ZoneInfo

MAX_BYTES = 8 * 1024 * 1024
MAX_FAVOURITES = 50_000
MAX_FIELD_CHARS = 20_000


@dataclass(frozen=True)
class Favourite:
    """One session another app marked, described as far as its file does."""

    ids: tuple[str, ...]  # the app's names for it: event id, GUID, slug
    title: str = ""
    start: datetime | None = None  # aware UTC, when the file gives the instant
    end: datetime | None = None
    local_time: time | None = None  # else the venue's clock time it starts at...
    weekday: int | None = None  # ...on this weekday (0 is Monday)...
    day_number: int | None = None  # ...or on this day of the conference (1 is the first)
    url: str = ""
    priority: Priority | None = None
    status: Status = Status.ATTEND

    def describe(self) -> str:
        """Its title, else its id ("event 6390"), else "an unnamed event"."""
        if self.title:
            return self.title
        return Where(PlaceKind.EVENT, self.ids[0]) if self.ids else Where(PlaceKind.UNNAMED)


@dataclass(frozen=True)
class Favourites:
    """What one file (or link) of another app holds."""

    app: str  # "FOSDEM Companion", as the user knows it
    items: tuple[Favourite, ...]
    skipped: tuple[Note, ...] = ()  # entries that are not sessions (a bookmarked track)
    year: int | None = None  # the conference year the file states, if it does
    feed_url: str = ""  # the program the file was made from, if it says (Giggity)


@dataclass(frozen=True)
class ProgramSession:
    """A session of the program, as matching sees it."""

    key: str
    ids: frozenset[str]  # the source's event id and GUID
    title: str
    start: datetime  # aware UTC
    end: datetime
    url: str = ""


def source_names(key: str, stored: tuple[str, str] | None = None) -> tuple[str, str]:
    """A session's (event id, GUID) in its source: what the import kept where the key does
    not say it, and otherwise what the key was made from (see `planner.domain.keys`)."""
    event_id, guid = stored or ("", "")
    kind, _, value = re.sub(r"#[0-9]+$", "", key).partition(":")
    if kind == "guid" and not guid:
        guid = value
    elif kind == "id" and not event_id:
        event_id = value
    return event_id, guid


def session_ids(key: str, stored: tuple[str, str] | None = None) -> frozenset[str]:
    """Every name other apps may use for the session with `key`."""
    derived = re.sub(r"#[0-9]+$", "", key).partition(":")[2] if ":" in key else ""
    return frozenset(i for i in (*source_names(key, stored), derived) if i)


# Why a favourite was not found (`Match.reason` when `key` is "").
AMBIGUOUS = "fits more than one session"
NOT_IN_PROGRAM = "not in this program"


@dataclass(frozen=True)
class Match:
    favourite: Favourite
    key: str  # the session's key, "" when none (or more than one) fits
    reason: str  # how it was found, or why not


def match_favourites(
    favourites: Sequence[Favourite],
    sessions: Sequence[ProgramSession],
    zone: ZoneInfo,
    first_day: date,
) -> list[Match]:
    """Find each favourite among `sessions` (in `favourites`' order)."""
    by_id = _unique((_fold(i), s.key) for s in sessions for i in s.ids if i)
    by_start = _unique(((normalize_text(s.title), s.start), s.key) for s in sessions)
    by_weekday = _unique(
        ((normalize_text(s.title), s.start.astimezone(zone).weekday(), _clock(s, zone)), s.key)
        for s in sessions
    )
    by_day = _unique(
        (
            (
                normalize_text(s.title),
                (s.start.astimezone(zone).date() - first_day).days + 1,
                _clock(s, zone),
            ),
            s.key,
        )
        for s in sessions
    )
    by_url = _unique((_fold_url(s.url), s.key) for s in sessions if s.url)
    results = []
    for favourite in favourites:
        title = normalize_text(favourite.title)
        attempts = [("by id", by_id.get(_fold(i), [])) for i in favourite.ids if i]
        if title and favourite.start is not None:
            attempts.append(("by title and start", by_start.get((title, favourite.start), [])))
        if title and favourite.local_time is not None:
            clock = favourite.local_time.strftime("%H:%M")
            if favourite.weekday is not None:
                attempts.append(
                    ("by title and time", by_weekday.get((title, favourite.weekday, clock), []))
                )
            if favourite.day_number is not None:
                attempts.append(
                    ("by title and time", by_day.get((title, favourite.day_number, clock), []))
                )
        if favourite.url:
            attempts.append(("by web page", by_url.get(_fold_url(favourite.url), [])))
        results.append(_first_unique(favourite, attempts))
    return results


def _first_unique(favourite: Favourite, attempts: list[tuple[str, list[str]]]) -> Match:
    ambiguous = False
    for how, keys in attempts:
        if len(keys) == 1:
            return Match(favourite, keys[0], how)
        ambiguous = ambiguous or len(keys) > 1
    return Match(
        favourite,
        "",
        AMBIGUOUS if ambiguous else NOT_IN_PROGRAM,
    )


def _unique(pairs: Iterable[tuple[object, str]]) -> dict[object, list[str]]:
    found: dict[object, list[str]] = defaultdict(list)
    for lookup, key in pairs:
        if key not in found[lookup]:
            found[lookup].append(key)
    return found


def _fold(value: str) -> str:
    return value.strip().casefold()


def _fold_url(url: str) -> str:
    text = url.strip().casefold().rstrip("/")
    return text.removeprefix("https://").removeprefix("http://")


def _clock(session: ProgramSession, zone: ZoneInfo) -> str:
    return session.start.astimezone(zone).strftime("%H:%M")


# -- helpers for the readers ---------------------------------------------------------------
def decode_text(data: bytes, source: str, what: str) -> str:
    """The file as text: UTF-8 (a byte-order mark is dropped), no binary, within limits."""
    if len(data) > MAX_BYTES:
        raise BadInputError(
            source, Refusal(RefusalCode.FAVOURITES_TOO_BIG, len(data), what, MAX_BYTES // 2**20)
        )
    if b"\x00" in data:
        raise BadInputError(source, Refusal(RefusalCode.BINARY_NOT, what))
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise BadInputError(source, Refusal(RefusalCode.NOT_UTF8, error.start + 1)) from error


def csv_records(data: bytes, source: str, what: str) -> tuple[list[str], list[list[str]]]:
    """(header, records) of a CSV file; empty records left out, quoted line breaks kept."""
    text = decode_text(data, source, what)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise BadInputError(source, Refusal(RefusalCode.BAD_CSV, str(error))) from error
    if not rows:
        raise BadInputError(source, Refusal(RefusalCode.IS_EMPTY))
    body = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    checked_count(len(body), source)
    return [cell.strip() for cell in rows[0]], body


def checked_count(count: int, source: str) -> None:
    if count > MAX_FAVOURITES:
        raise BadInputError(source, Refusal(RefusalCode.TOO_MANY_FAVOURITES, count, MAX_FAVOURITES))


def field(value: object, name: str, where: str, source: str, *, limit: int = 2000) -> str:
    """A text field of an entry, checked: a string (or nothing) within `limit`."""
    if value is None:
        return ""
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise BadInputError(source, Refusal(RefusalCode.FAVOURITE_NOT_TEXT, where, name))
    text = str(value).strip()
    if len(text) > min(limit, MAX_FIELD_CHARS):
        raise BadInputError(source, Refusal(RefusalCode.FAVOURITE_TOO_LONG, where, name, len(text)))
    return text


def clock_time(text: str, where: str, source: str) -> time | None:
    """ "10:35" (or "10:35:00") as a time; "" as None."""
    if not text:
        return None
    try:
        return time.fromisoformat(text if text.count(":") != 1 else text.zfill(5))
    except ValueError:
        raise BadInputError(
            source, Refusal(RefusalCode.NOT_A_CLOCK_TIME, where, text[:40])
        ) from None


def utc_instant(text: str, where: str, source: str) -> datetime | None:
    """An ISO 8601 instant with a zone ("2024-12-27T09:30:00Z") in UTC; "" as None."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadInputError(source, Refusal(RefusalCode.NOT_AN_INSTANT, where, text[:40])) from None
    if moment.tzinfo is None:
        raise BadInputError(source, Refusal(RefusalCode.NO_TIME_ZONE, where, text[:40]))
    try:
        return to_utc(moment)
    except ValueError as error:
        raise BadInputError(source, Refusal(RefusalCode.AT, where, refusal_of(error))) from None
