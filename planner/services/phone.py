"""Carrying the agenda to the phone, and favourites from the apps people already use.

Out: a Giggity share link (and its QR code) of the sessions attended; it needs the web
address the program is published at, which the user gives once if Planner did not
download the program itself. In: a Giggity link, or the favourites file of FOSDEM
Companion, Sojourner, the FOSDEM PWA or EventFahrplan, shown as an overlay like a
colleague's agenda (and merged into the user's stars only if asked). Anything else goes
to the agenda-file import of `SharingService`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from planner.atomic import write_atomic
from planner.domain.agenda import OverlaySessionInfo, Priority, Status
from planner.domain.changes import Changes, Report, Result, Setting
from planner.domain.display import shown_url
from planner.domain.errors import BadInputError, UsageError
from planner.domain.messages import Note, NoteCode
from planner.domain.preferences import PROGRAM_URL, SOURCE_IDS
from planner.domain.refusals import Refusal, RefusalCode
from planner.fetch import is_url
from planner.services import reads
from planner.services.sharing import AgendaImport
from planner.sharing import giggity, qr
from planner.sharing.apps import read_favourites
from planner.sharing.favourites import (
    AMBIGUOUS,
    MAX_BYTES,
    Favourite,
    Favourites,
    Match,
    ProgramSession,
    match_favourites,
    session_ids,
    source_names,
)
from planner.storage import preferences, repo
from planner.user_files import read_user_file

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from planner.domain.agenda import ConferenceInfo, TalkInfo
    from planner.services.sharing import SharingService
    from planner.services.subscribers import Subscribers
    from planner.storage.db import Database


@dataclass(frozen=True)
class PhoneLink:
    """A Giggity share link of the agenda."""

    link: str
    feed_url: str
    feed_url_from: str  # "given", "remembered" or "import" (where Planner found it)
    linked: tuple[str, ...]  # session keys in the link, in time order
    not_linked: tuple[TalkInfo, ...]  # attended sessions Giggity cannot be told about


class PhoneService:
    def __init__(
        self, database: Database, subscribers: Subscribers, sharing: SharingService
    ) -> None:
        self._database = database
        self._subscribers = subscribers
        self._sharing = sharing

    # -- out -----------------------------------------------------------------------------
    def program_url(self, conference_id: int) -> tuple[str, str]:
        """(feed URL, where it came from) for the conference; ("", "") if none is known."""
        with self._database.reading() as session:
            return _feed_url(session, reads.conference(session, conference_id))

    def giggity_link(
        self,
        conference_id: int,
        *,
        program_url: str | None = None,
        include_plan_b: bool = False,
    ) -> Result[PhoneLink]:
        """The share link of the attended sessions (and plan B, if asked). A `program_url`
        given is remembered for the conference. Only remembering writes: the link itself
        is made from a read, so that a database opened read-only (a full or read-only
        disk) still gives it, and the result's one problem says the address is not kept."""
        given = _checked_url(program_url) if program_url is not None else None
        changes = Changes()
        why = self._database.read_only
        keep = given if why is None else None
        not_kept: tuple[Report, ...] = ()
        if given is not None and why is not None:
            not_kept = (
                Report(
                    "the program's address",
                    False,
                    f"{given}: not remembered for the next link: {why.target} cannot keep "
                    f"it ({why.problem})",
                ),
            )
        with self._unit(conference_id, keep) as session:
            conference = reads.conference(session, conference_id)
            if keep is not None and keep != preferences.read(session, PROGRAM_URL, conference.id):
                preferences.write(session, PROGRAM_URL, conference.id, keep)
                changes = Changes.of_setting(conference.id, Setting.PROGRAM_URL)
            feed_url, origin = (given, "given") if given else _feed_url(session, conference)
            if not feed_url:
                refusal = Refusal(RefusalCode.NO_PROGRAM_ADDRESS, conference.title)
                raise UsageError.of(refusal)
            wanted = {Status.ATTEND, Status.PLAN_B} if include_plan_b else {Status.ATTEND}
            talks = [
                t
                for t in repo.list_talks(session, conference.id, starred_only=True)
                if t.star is not None and t.star.status in wanted and not t.cancelled
            ]
            stored = preferences.read(session, SOURCE_IDS, conference.id)
        linked: list[str] = []
        values: list[int | str] = []
        not_linked = []
        for talk in sorted(talks, key=lambda t: (t.start, t.key)):
            value = giggity.link_id(*source_names(talk.key, stored.get(talk.key)))
            if value is None:
                not_linked.append(talk)
            else:
                linked.append(talk.key)
                values.append(value)
        link = giggity.encode_link(feed_url, values)
        result = self._subscribers.committed(
            PhoneLink(link, feed_url, origin, tuple(linked), tuple(not_linked)), changes
        )
        return Result(result.value, result.changes, (*result.reports, *not_kept))

    def _unit(self, conference_id: int, given: str | None) -> AbstractContextManager[Session]:
        """A transaction when `given` is an address not remembered yet (decided again in
        it), else a read: making a link writes nothing."""
        if given is not None:
            with self._database.reading() as session:
                conference = reads.conference(session, conference_id)
                if given != preferences.read(session, PROGRAM_URL, conference.id):
                    return self._database.transaction()
        return self._database.reading()

    @staticmethod
    def save_qr(link: str, target: Path) -> None:
        """Write the link's QR code as PNG or SVG (by the file's suffix), atomically."""
        suffix = target.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise UsageError.of(Refusal(RefusalCode.QR_SUFFIX, str(target)))
        data = qr.png(link) if suffix == ".png" else qr.svg(link, title="Giggity link")
        write_atomic(target, data)  # a failure is a StorageError naming the file

    # -- in ------------------------------------------------------------------------------
    def import_shared(
        self, link_or_path: str, conference_id: int | None = None, name: str = ""
    ) -> Result[AgendaImport]:
        """Show a Giggity link, another app's favourites file, or a colleague's agenda
        file (or .ics) as an overlay. Changes nothing of the user's own agenda."""
        if giggity.looks_like_link(link_or_path):
            link = giggity.decode_link(link_or_path)
            return self._import_favourites(
                giggity.as_favourites(link), link_or_path.strip(), conference_id, name
            )
        if is_url(link_or_path.strip()):
            raise BadInputError(
                link_or_path.strip()[:200], Refusal(RefusalCode.WEB_NOT_GIGGITY, giggity.PREFIX)
            )
        path = Path(link_or_path)
        data = _read(path)
        favourites = read_favourites(data, str(path))
        if favourites is None:
            return self._sharing.import_agenda(path, conference_id, name)
        return self._import_favourites(favourites, str(path), conference_id, name)

    def _import_favourites(
        self, favourites: Favourites, source: str, conference_id: int | None, name: str
    ) -> Result[AgendaImport]:
        with self._database.transaction() as session:
            conference, matches, by_key = _placed(session, favourites, source, conference_id)
            entries: list[OverlaySessionInfo] = []
            not_imported = list(favourites.skipped)
            seen: set[str] = set()
            for match in matches:
                favourite = match.favourite
                priority = favourite.priority or Priority.WANT
                if match.key:
                    if match.key not in seen:
                        seen.add(match.key)
                        talk = by_key[match.key]
                        entries.append(
                            OverlaySessionInfo(
                                talk.key,
                                talk.title,
                                talk.start,
                                talk.end,
                                priority,
                                favourite.status,
                            )
                        )
                    continue
                start = favourite.start or _local_start(favourite, conference)
                if start is None or not favourite.title:
                    code = NoteCode.UNMATCHED_FAVOURITE
                    if match.reason == AMBIGUOUS:
                        code = NoteCode.AMBIGUOUS_FAVOURITE
                    not_imported.append(Note(code, favourite.describe()))
                    continue
                entries.append(
                    OverlaySessionInfo(
                        "", favourite.title, start, favourite.end, priority, favourite.status
                    )
                )
            overlay_id = repo.add_overlay(
                session,
                conference.id,
                name.strip()[:200] or f"{favourites.app} favourites",
                source[:2000],
                "",
                entries,
            )
            overlay = repo.get_overlay(session, overlay_id)
        result = AgendaImport(
            overlay,
            tuple(e for e in entries if not e.talk_key),
            False,
            app=favourites.app,
            not_imported=tuple(not_imported),
        )
        return self._subscribers.committed(result, Changes.of_overlays(conference.id))


def _read(path: Path) -> bytes:
    """A shared favourites file, read as every user file is (a regular file only, opened
    without blocking, measured first): a pipe used to block `agenda import` for ever."""
    return read_user_file(path, MAX_BYTES, "shared favourites")


def _checked_url(url: str) -> str:
    url = url.strip()
    shown = shown_url(url)  # a password in it never reaches a message
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise UsageError.of(Refusal(RefusalCode.PROGRAM_URL_INVALID, shown)) from error
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UsageError.of(Refusal(RefusalCode.PROGRAM_URL_NOT_WEB, shown))
    if parts.username is not None or parts.password is not None:
        # The link is shared (a QR code on a screen): a password in it would go along.
        raise UsageError.of(Refusal(RefusalCode.PROGRAM_URL_CREDENTIALS, shown))
    return url


def _feed_url(session: Session, conference: ConferenceInfo) -> tuple[str, str]:
    remembered = preferences.read(session, PROGRAM_URL, conference.id)
    if remembered:
        return remembered, "remembered"
    downloaded = repo.feed_url_of(session, conference.id)
    if downloaded:
        return downloaded, "import"
    if is_url(conference.source):
        return conference.source, "import"
    return "", ""


def _same_feed(a: str, b: str) -> bool:
    """The same program address, whether written with http or https, a trailing slash or
    a differently cased host."""

    def canonical(url: str) -> tuple[str, str, str]:
        parts = urlsplit(url.strip())
        return parts.netloc.lower(), parts.path.rstrip("/"), parts.query

    return bool(a and b) and canonical(a) == canonical(b)


def _matched(
    session: Session, favourites: Favourites, conference: ConferenceInfo
) -> tuple[list[Match], dict[str, TalkInfo]]:
    talks = [t for t in repo.list_talks(session, conference.id) if not t.cancelled]
    stored = preferences.read(session, SOURCE_IDS, conference.id)
    sessions = [
        ProgramSession(t.key, session_ids(t.key, stored.get(t.key)), t.title, t.start, t.end, t.url)
        for t in talks
    ]
    matches = match_favourites(favourites.items, sessions, conference.zone, conference.start)
    return matches, {t.key: t for t in talks}


def _placed(
    session: Session, favourites: Favourites, source: str, conference_id: int | None
) -> tuple[ConferenceInfo, list[Match], dict[str, TalkInfo]]:
    """The conference the favourites are for, and their matches there.

    A Giggity link names its program: the conference imported from that address. Else
    the one asked for (the window asks for the one open), which must hold at least one of
    them; asked for none (the command line), the conference holding the most of them.
    """
    conferences = repo.list_conferences(session)
    if favourites.year is not None:
        conferences = [c for c in conferences if c.start.year == favourites.year]
    named = [
        c
        for c in conferences
        if favourites.feed_url and _same_feed(_feed_url(session, c)[0], favourites.feed_url)
    ]
    if named and conference_id is not None and named[0].id != conference_id:
        raise BadInputError(source, Refusal(RefusalCode.LINK_OTHER_CONFERENCE, named[0].title))
    if named or conference_id is not None:
        conference = named[0] if named else reads.conference(session, conference_id)
        if favourites.year is not None and conference.start.year != favourites.year:
            raise BadInputError(
                source,
                Refusal(
                    RefusalCode.OTHER_YEAR,
                    favourites.app,
                    str(favourites.year),
                    conference.title,
                    str(conference.start.year),
                ),
            )
        matches, by_key = _matched(session, favourites, conference)
        if named or not favourites.items or any(m.key for m in matches):
            return conference, matches, by_key
        elsewhere = [
            c.title
            for c in conferences
            if c.id != conference.id and any(m.key for m in _matched(session, favourites, c)[0])
        ]
        raise BadInputError(
            source,
            Refusal(RefusalCode.NONE_OF_SESSIONS_ELSEWHERE, conference.title, elsewhere[0])
            if elsewhere
            else Refusal(RefusalCode.NONE_OF_SESSIONS_HERE, conference.title),
        )
    default = reads.conference(session, None).id
    scored = []
    for conference in conferences:
        matches, by_key = _matched(session, favourites, conference)
        hits = sum(1 for m in matches if m.key)
        scored.append((hits, conference.id == default, conference, matches, by_key))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    if not scored or (favourites.items and scored[0][0] == 0):
        raise BadInputError(
            source,
            Refusal(RefusalCode.NONE_OF_ANY)
            if favourites.year is None
            else Refusal(RefusalCode.NONE_OF_ANY_YEAR, str(favourites.year)),
        )
    hits, _, conference, matches, by_key = scored[0]
    if favourites.feed_url and hits * 2 < len(favourites.items):
        # Only ids to go by, and most of them unknown here: not safe to call it a match.
        raise BadInputError(
            source, Refusal(RefusalCode.PROGRAM_NOT_IMPORTED, favourites.feed_url[:200])
        )
    return conference, matches, by_key


def _local_start(favourite: Favourite, conference: ConferenceInfo) -> datetime | None:
    """The instant of a favourite known by weekday or day number and the venue's clock."""
    if favourite.local_time is None:
        return None
    days = [
        conference.start + timedelta(days=offset)
        for offset in range((conference.end - conference.start).days + 1)
    ]
    if favourite.day_number is not None and 1 <= favourite.day_number <= len(days):
        day = days[favourite.day_number - 1]
    elif favourite.weekday is not None:
        matching = [d for d in days if d.weekday() == favourite.weekday]
        if len(matching) != 1:
            return None
        day = matching[0]
    else:
        return None
    return datetime.combine(day, favourite.local_time, conference.zone).astimezone(UTC)
