"""Sharing agendas with colleagues: agenda files out, colleagues' agendas in as overlays.

A colleague's agenda (a `.planner-agenda` file, or their exported `.ics`) is shown beside
the user's own and changes nothing of it, unless the user merges it (stars what they
attend).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.atomic import write_atomic
from planner.domain.agenda import OverlaySessionInfo, Priority, Status
from planner.domain.changes import Changes, Result
from planner.domain.display import path_text
from planner.domain.errors import BadInputError
from planner.domain.program import conference_identity
from planner.domain.refusals import Refusal, RefusalCode
from planner.domain.updates import normalize_text
from planner.export.agenda_file import MAX_BYTES as MAX_AGENDA_BYTES
from planner.export.agenda_file import (
    ConferenceRef,
    SharedAgenda,
    SharedSession,
    program_fingerprint,
)
from planner.export.agenda_file import dump as dump_agenda
from planner.export.agenda_file import parse as parse_agenda
from planner.export.calendar_name import calendar_name
from planner.formats import read_program
from planner.services import reads
from planner.services.catalog import Catalog, Comparison
from planner.storage import repo
from planner.user_files import read_user_file

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.domain.agenda import ConferenceInfo, OverlayInfo
    from planner.domain.messages import Note
    from planner.domain.program import Program
    from planner.services.subscribers import Subscribers
    from planner.storage.db import Database


@dataclass(frozen=True)
class AgendaImport:
    overlay: OverlayInfo
    unmatched: tuple[OverlaySessionInfo, ...]  # their sessions this program does not have
    other_program_version: bool  # made from a different version of the program
    app: str = ""  # the app whose favourites these are (Giggity...); "" for agenda files
    not_imported: tuple[Note, ...] = ()  # what could not be shown at all, and why
    replaced: bool = False  # their agenda imported before, now replaced by this one


def _fingerprint(session: Session, conference_id: int) -> str:
    return program_fingerprint(
        (t.key, t.start, t.end) for t in repo.list_talks(session, conference_id) if not t.cancelled
    )


def _reference(conference: ConferenceInfo, fingerprint: str) -> ConferenceRef:
    return ConferenceRef(
        conference.title,
        conference.acronym,
        conference.time_zone,
        conference.start,
        conference.end,
        fingerprint,
    )


def _read_file(path: Path) -> bytes:
    return read_user_file(path, MAX_AGENDA_BYTES, "an agenda file")


def _is_ics(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCALENDAR")


class SharingService:
    def __init__(self, database: Database, subscribers: Subscribers) -> None:
        self._database = database
        self._subscribers = subscribers
        self._catalog = Catalog(database)  # the reads (the command line's without the core)

    def program_fingerprint(self, conference_id: int) -> str:
        with self._database.reading() as session:
            return _fingerprint(session, conference_id)

    # -- out -----------------------------------------------------------------------------
    def export_agenda(self, conference_id: int, target: Path, shared_by: str = "") -> int:
        """Write "my agenda" as a `.planner-agenda` file, atomically. Returns the number
        of sessions in it."""
        with self._database.reading() as session:
            conference = reads.conference(session, conference_id)
            talks = repo.list_talks(session, conference_id, starred_only=True)
            fingerprint = _fingerprint(session, conference_id)
        agenda = SharedAgenda(
            shared_by.strip()[:200] or "A colleague",
            datetime.now(UTC),
            _reference(conference, fingerprint),
            tuple(
                SharedSession(
                    t.key, t.title, t.start, t.end, t.star.priority, t.star.status, t.star.note
                )
                for t in talks
                if t.star is not None
            ),
        )
        write_atomic(target, dump_agenda(agenda))
        return len(agenda.sessions)

    # -- in ------------------------------------------------------------------------------
    def import_agenda(
        self, path: Path, conference_id: int | None = None, name: str = ""
    ) -> Result[AgendaImport]:
        """Show a colleague's agenda as an overlay. Changes nothing of the user's own."""
        data = _read_file(path)
        source = path_text(path)
        # Parsing needs no database; the matching and storing are one transaction.
        ics_program = read_program(data, source, "ical") if _is_ics(data) else None
        shared = None if ics_program is not None else parse_agenda(data, source)
        with self._database.transaction() as session:
            if shared is None:
                assert ics_program is not None
                conference_id = reads.conference(session, conference_id).id
                shared = self._agenda_from_ics(
                    session, ics_program, calendar_name(data), source, conference_id
                )
            else:
                conference_id = self._conference_of(session, shared, source, conference_id)
            talks = [t for t in repo.list_talks(session, conference_id) if not t.cancelled]
            by_key = {t.key: t for t in talks}
            by_time_title = {(t.start, normalize_text(t.title)): t.key for t in talks}
            entries = [
                OverlaySessionInfo(
                    s.key
                    if s.key in by_key
                    else by_time_title.get((s.start, normalize_text(s.title)), ""),
                    s.title,
                    s.start,
                    s.end,
                    s.priority,
                    s.status,
                    s.note,
                )
                for s in shared.sessions
            ]
            author = name or shared.shared_by
            # Their agenda imported again replaces the one imported before.
            replaced = False
            for earlier in repo.list_overlays(session, conference_id):
                if earlier.name == author:
                    repo.remove_overlay(session, earlier.id)
                    replaced = True
            overlay_id = repo.add_overlay(
                session,
                conference_id,
                author,
                source,
                shared.conference.fingerprint,
                entries,
            )
            overlay = repo.get_overlay(session, overlay_id)
            theirs = shared.conference.fingerprint
            other_version = bool(theirs) and theirs != _fingerprint(session, conference_id)
        result = AgendaImport(
            overlay, tuple(e for e in entries if not e.talk_key), other_version, replaced=replaced
        )
        return self._subscribers.committed(result, Changes.of_overlays(conference_id))

    @staticmethod
    def _conference_of(
        session: Session, agenda: SharedAgenda, source: str, conference_id: int | None
    ) -> int:
        """The conference here that an agenda file was made for."""
        identity = conference_identity(agenda.conference.acronym, agenda.conference.title)
        found = repo.find_conference(session, identity)
        if found is None or (conference_id is not None and found != conference_id):
            raise BadInputError(
                source, Refusal(RefusalCode.OTHER_CONFERENCE_AGENDA, agenda.conference.title)
            )
        return found

    @staticmethod
    def _agenda_from_ics(
        session: Session, program: Program, own_name: str, source: str, conference_id: int
    ) -> SharedAgenda:
        """A colleague's exported .ics as an agenda: match by UID (Planner's UIDs), else by
        start time and title."""
        from planner.export.ics import event_uid  # icalendar: only this path pays for it

        conference = repo.get_conference(session, conference_id)
        identity = repo.conference_identity_of(session, conference_id)
        by_uid = {
            event_uid(identity, t.key): t.key for t in repo.list_talks(session, conference_id)
        }
        sessions = []
        for event in program.talks:
            uid = event.key.removeprefix("guid:").split("#")[0]
            key = by_uid.get(uid, "")
            status = Status.PLAN_B if "Plan B" in event.abstract else Status.ATTEND
            sessions.append(
                SharedSession(
                    key or event.key, event.title, event.start, event.end, Priority.WANT, status
                )
            )
        # Their calendar's own name; Planner's default one names the conference, not them.
        name = own_name
        if not name or name == f"{conference.title} — my agenda":
            name = Path(source).stem
        return SharedAgenda(name, datetime.now(UTC), _reference(conference, ""), tuple(sessions))

    # -- overlays ------------------------------------------------------------------------
    def overlays(self, conference_id: int) -> list[OverlayInfo]:
        return self._catalog.overlays(conference_id)

    def overlay(self, overlay_id: int) -> OverlayInfo:
        return self._catalog.overlay(overlay_id)

    def remove_overlay(self, overlay_id: int) -> Result[None]:
        with self._database.transaction() as session:
            conference_id = repo.get_overlay(session, overlay_id).conference_id
            repo.remove_overlay(session, overlay_id)
        return self._subscribers.committed(None, Changes.of_overlays(conference_id))

    def set_overlay_visible(self, overlay_id: int, visible: bool) -> Result[None]:
        with self._database.transaction() as session:
            conference_id = repo.get_overlay(session, overlay_id).conference_id
            repo.set_overlay_visible(session, overlay_id, visible)
        return self._subscribers.committed(None, Changes.of_overlays(conference_id))

    def merge_overlay(
        self, overlay_id: int, priority: Priority = Priority.MAYBE
    ) -> Result[list[str]]:
        """Star what the colleague attends that the user has not starred, with `priority`.
        The user's existing stars are untouched. The value: the keys newly starred."""
        with self._database.transaction() as session:
            overlay = repo.get_overlay(session, overlay_id)
            conference_id = overlay.conference_id
            mine = {t.key for t in repo.list_talks(session, conference_id, starred_only=True)}
            added = sorted(k for k in overlay.attending() if k not in mine)
            for key in added:
                repo.set_star(session, conference_id, key, priority=priority)
        return self._subscribers.committed(added, Changes.of_stars(conference_id, added))

    def compare(self, overlay_id: int) -> Comparison:
        """Where the user and a colleague agree, differ, and are free together."""
        return self._catalog.compare(overlay_id)
