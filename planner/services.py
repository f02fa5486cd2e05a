"""Use cases: what a user can do, each in one database transaction.

The command line and the Qt layer both call these; neither talks to storage directly.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner import bundled
from planner.atomic import write_atomic
from planner.domain.agenda import (
    OverlayInfo,
    OverlaySessionInfo,
    Priority,
    Status,
)
from planner.domain.conflicts import (
    Commitment,
    ConflictSettings,
    Detection,
    Resolution,
    auto_resolve,
    clashes_with,
    detect,
)
from planner.domain.errors import (
    BadInputError,
    Cancelled,
    DatabaseError,
    NotFoundError,
    PlannerError,
    UsageError,
)
from planner.domain.program import conference_identity
from planner.domain.suggest import Suggestion, common_free_time, suggest
from planner.domain.updates import ImportReport, normalize_text
from planner.export.agenda_file import MAX_BYTES as MAX_AGENDA_BYTES
from planner.export.agenda_file import (
    ConferenceRef,
    SharedAgenda,
    SharedSession,
    program_fingerprint,
)
from planner.export.agenda_file import dump as dump_agenda
from planner.export.agenda_file import parse as parse_agenda
from planner.fetch import Validators, fetch, is_url
from planner.formats import ReadOptions, read_program, read_program_file
from planner.storage import repo
from planner.storage.db import Database, move_aside, open_database, revision_of
from planner.storage.writer import store_program

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

    from planner.domain.agenda import BusyInfo, ConferenceInfo, Star, TalkInfo
    from planner.domain.program import Program


def _stop_if(cancelled: Callable[[], bool] | None, what: str) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(what)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during a bulk import.

    Reading a big program (or loading 20,000 sessions for display) allocates hundreds of
    thousands of objects that all stay alive, so the collector's scans find nothing to
    free but cost 15-25% of the work.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True)
class AgendaImport:
    overlay: OverlayInfo
    unmatched: tuple[OverlaySessionInfo, ...]  # their sessions this program does not have
    other_program_version: bool  # made from a different version of the program


@dataclass(frozen=True)
class Comparison:
    overlay: OverlayInfo
    shared: tuple[str, ...]  # keys both attend
    only_mine: tuple[str, ...]
    only_theirs: tuple[str, ...]
    common_free: tuple[tuple[datetime, datetime], ...]


class Planner:
    """The application core, bound to one open database."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.live_error: str | None = None

    @classmethod
    def open(cls, path: Path) -> Planner:
        return cls(open_database(path))

    @classmethod
    def open_or_recover(cls, path: Path) -> tuple[Planner, str | None]:
        """Open the database; if it is unusable, keep it aside and start a fresh one.

        The desktop app must start usable even when the file is damaged or foreign, and
        must never delete or overwrite it. Returns the planner and, after a recovery, a
        message telling the user what happened and where the old file now is.
        """
        try:
            return cls.open(path), None
        except DatabaseError as error:
            kept = move_aside(path)
            planner = cls.open(path)
            return planner, (
                f"The database {path} could not be used: {error.problem}. It was kept "
                f"unchanged as {kept}. Planner started with a new database."
            )

    def close(self) -> None:
        self.database.close()

    def revision(self) -> int:
        """Changes with every change written to the database (by any process)."""
        with self.database.reading() as session:
            return revision_of(session)

    # -- conferences -------------------------------------------------------------------
    def conferences(self) -> list[ConferenceInfo]:
        with self.database.reading() as session:
            return repo.list_conferences(session)

    def conference(self, conference_id: int | None = None) -> ConferenceInfo:
        """The given conference, or the default one (most recently imported)."""
        with self.database.reading() as session:
            if conference_id is None:
                conference_id = repo.latest_conference_id(session)
                if conference_id is None:
                    raise NotFoundError("no conference has been imported yet")
            return repo.get_conference(session, conference_id)

    def ensure_bundled_program(self) -> ImportReport | None:
        """On first start (an empty database), load the bundled program."""
        with self.database.reading() as session:
            if repo.latest_conference_id(session) is not None:
                return None
        return self.import_file(bundled.bundled_program_path())

    # -- importing ---------------------------------------------------------------------
    def import_program(self, program: Program) -> ImportReport:
        with _collector_paused(), self.database.transaction() as session:
            report = store_program(session, program)
        self.refresh_live_calendar(report.conference_id)
        return report

    def import_file(
        self,
        path: Path,
        format: str = "auto",
        time_zone: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        with _collector_paused():
            program = read_program_file(path, format, ReadOptions(time_zone=time_zone))
        _stop_if(cancelled, f"importing {path}")
        return self.import_program(program)

    def import_bytes(
        self,
        data: bytes,
        source: str,
        format: str = "auto",
        time_zone: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        with _collector_paused():
            program = read_program(data, source, format, ReadOptions(time_zone=time_zone))
        _stop_if(cancelled, f"importing {source}")
        return self.import_program(program)

    def import_source(
        self,
        path_or_url: str,
        format: str = "auto",
        time_zone: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import a file or URL. `cancelled` is polled between steps (download, reading,
        storing); once it answers True, `Cancelled` is raised before anything is stored."""
        if is_url(path_or_url):
            return self.import_url(path_or_url, format, time_zone, cancelled)
        return self.import_file(Path(path_or_url), format, time_zone, cancelled)

    @property
    def feed_dir(self) -> Path:
        """Where the last good copy of each downloaded program is kept, for offline use."""
        return self.database.path.parent / "feeds"

    def import_url(
        self,
        url: str,
        format: str = "auto",
        time_zone: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import (or refresh) a program from the web.

        An unchanged feed (HTTP 304, or the same bytes) changes nothing. When the server
        cannot be reached, the last good copy is used and the report says so.
        """
        with self.database.reading() as session:
            feed = repo.get_feed(session, url)
        cached = self.feed_dir / feed.cache_file if feed and feed.cache_file else None
        if feed is None or cached is None or not cached.is_file():
            feed, cached = None, None
        try:
            download = fetch(url, Validators(feed.etag, feed.last_modified) if feed else None)
        except BadInputError as error:
            if feed is None or cached is None:
                raise
            _stop_if(cancelled, f"importing {url}")
            report = self.import_bytes(cached.read_bytes(), url, format, time_zone, cancelled)
            note = (
                f"offline: {error.problem}; used the copy downloaded "
                f"{feed.fetched_at:%Y-%m-%d %H:%M} UTC"
            )
            return replace(report, warnings=(note, *report.warnings))
        _stop_if(cancelled, f"importing {url}")
        now = datetime.now(UTC)
        if (
            feed is not None
            and feed.conference_id is not None
            and (download.not_modified or download.sha256 == feed.content_sha256)
        ):
            with self.database.transaction() as session:
                repo.save_feed(
                    session,
                    replace(
                        feed,
                        fetched_at=now,
                        etag=download.validators.etag or feed.etag,
                        last_modified=download.validators.last_modified or feed.last_modified,
                    ),
                )
                conference = repo.get_conference(session, feed.conference_id)
                counts = repo.conference_counts(session, feed.conference_id)
            return ImportReport(
                conference.id,
                conference.title,
                False,
                conference.format,
                url,
                sessions=counts["sessions"],
                speakers=counts["speakers"],
                rooms=counts["rooms"],
                tracks=counts["tracks"],
                days=counts["days"],
                unchanged=True,
            )
        if download.not_modified:  # a 304 although we sent no validators: ask plainly
            download = fetch(url)
        program = read_program(download.content, url, format, ReadOptions(time_zone=time_zone))
        _stop_if(cancelled, f"importing {url}")
        cache_name = hashlib.sha256(url.encode()).hexdigest()[:32] + ".program"
        with self.database.transaction() as session:
            report = store_program(session, program)
            write_atomic(self.feed_dir / cache_name, download.content)
            repo.save_feed(
                session,
                repo.FeedState(
                    url,
                    report.conference_id,
                    download.validators.etag,
                    download.validators.last_modified,
                    download.sha256,
                    cache_name,
                    now,
                ),
            )
        return report

    # -- sessions and stars ------------------------------------------------------------
    def talks(self, conference_id: int, *, starred_only: bool = False) -> list[TalkInfo]:
        with _collector_paused(), self.database.reading() as session:
            return repo.list_talks(session, conference_id, starred_only=starred_only)

    def talk(self, conference_id: int, key: str) -> TalkInfo:
        with self.database.reading() as session:
            return repo.get_talk(session, conference_id, key)

    def star(
        self,
        conference_id: int,
        key: str,
        priority: Priority | None = None,
        status: Status | None = None,
        note: str | None = None,
    ) -> Star:
        with self.database.transaction() as session:
            star = repo.set_star(
                session, conference_id, key, priority=priority, status=status, note=note
            )
        self.refresh_live_calendar(conference_id)
        return star

    def unstar(self, conference_id: int, key: str) -> bool:
        with self.database.transaction() as session:
            removed = repo.remove_star(session, conference_id, key)
        self.refresh_live_calendar(conference_id)
        return removed

    def restore_star(self, conference_id: int, key: str, star: Star | None) -> None:
        """Put a session's star back to an earlier state (None: not starred). For undo."""
        with self.database.transaction() as session:
            if star is None:
                repo.remove_star(session, conference_id, key)
            else:
                repo.restore_star(session, conference_id, key, star)
        self.refresh_live_calendar(conference_id)

    # -- conflicts ---------------------------------------------------------------------
    def conflict_settings(self, conference_id: int) -> ConflictSettings:
        with self.database.reading() as session:
            value = repo.get_preference(session, f"conflicts:{conference_id}")
        return ConflictSettings.from_json(value)

    def set_conflict_settings(self, conference_id: int, settings: ConflictSettings) -> None:
        with self.database.transaction() as session:
            repo.set_preference(session, f"conflicts:{conference_id}", settings.to_json())

    def busy_blocks(self, conference_id: int) -> list[BusyInfo]:
        with self.database.reading() as session:
            return repo.list_busy(session, conference_id)

    def add_busy(self, conference_id: int, title: str, start: datetime, end: datetime) -> BusyInfo:
        if start.tzinfo is None or end.tzinfo is None:
            raise UsageError("busy block times need a time zone")
        if end <= start:
            raise UsageError("a busy block must end after it starts")
        with self.database.transaction() as session:
            repo.get_conference(session, conference_id)
            return repo.add_busy(
                session,
                conference_id,
                title.strip() or "Busy",
                start.astimezone(UTC),
                end.astimezone(UTC),
            )

    def remove_busy(self, busy_id: int) -> BusyInfo:
        with self.database.transaction() as session:
            return repo.remove_busy(session, busy_id)

    def restore_busy(self, busy: BusyInfo) -> BusyInfo:
        """Add a removed busy block back (for undo); it gets a new id."""
        return self.add_busy(busy.conference_id, busy.title, busy.start, busy.end)

    def commitments(self, conference_id: int) -> tuple[list[Commitment], list[Commitment]]:
        """(starred sessions not skipped, busy blocks) as commitments."""
        starred = [
            Commitment.of_starred(t)
            for t in self.talks(conference_id, starred_only=True)
            # A cancelled session will not happen: it cannot clash with anything.
            if t.star is not None and t.star.status is not Status.SKIP and not t.cancelled
        ]
        busy = [Commitment.of_busy(b) for b in self.busy_blocks(conference_id)]
        return starred, busy

    def conflicts(self, conference_id: int) -> Detection:
        """Clashes among what the user attends (status attend) and their busy blocks."""
        starred, busy = self.commitments(conference_id)
        attending = [c for c in starred if c.status is Status.ATTEND]
        return detect([*attending, *busy], self.conflict_settings(conference_id))

    def resolve_auto(self, conference_id: int, *, dry_run: bool = False) -> Resolution:
        starred, busy = self.commitments(conference_id)
        resolution = auto_resolve(starred, busy, self.conflict_settings(conference_id))
        if not dry_run and resolution.changes:
            self.set_statuses(conference_id, {d.key: d.status for d in resolution.changes})
        return resolution

    def resolve_keep(self, conference_id: int, key: str) -> dict[str, tuple[Status, Status]]:
        """Attend `key`; the sessions it clashes with become plan B. Returns what changed."""
        talk = self.talk(conference_id, key)
        if talk.star is None:
            self.star(conference_id, key)
            talk = self.talk(conference_id, key)
        assert talk.star is not None
        starred, _busy = self.commitments(conference_id)
        settings = self.conflict_settings(conference_id)
        chosen = Commitment.of_starred(talk)
        others = [c for c in starred if c.key != key and c.status is Status.ATTEND]
        changes: dict[str, tuple[Status, Status]] = {}
        if talk.star.status is not Status.ATTEND:
            changes[key] = (talk.star.status, Status.ATTEND)
        for other in clashes_with(chosen, others, settings):
            changes[other.key] = (other.status, Status.PLAN_B)
        if changes:
            self.set_statuses(conference_id, {k: new for k, (_, new) in changes.items()})
        return changes

    def set_statuses(self, conference_id: int, statuses: Mapping[str, Status]) -> None:
        with self.database.transaction() as session:
            repo.set_statuses(session, conference_id, statuses)
        self.refresh_live_calendar(conference_id)

    def suggestions(self, conference_id: int, per_gap: int = 3) -> list[Suggestion]:
        conference = self.conference(conference_id)
        talks = self.talks(conference_id)
        starred, busy = self.commitments(conference_id)
        plan = [c for c in starred if c.status is Status.ATTEND] + busy
        return suggest(talks, plan, self.conflict_settings(conference_id), conference.zone, per_gap)

    # -- calendar export ---------------------------------------------------------------
    def agenda_talks(self, conference_id: int, *, include_plan_b: bool = False) -> list[TalkInfo]:
        """What the user's calendar should show: attended sessions (plan B if asked),
        and starred sessions that left the program (as cancelled)."""
        wanted = {Status.ATTEND, Status.PLAN_B} if include_plan_b else {Status.ATTEND}
        return [
            t
            for t in self.talks(conference_id, starred_only=True)
            if t.star is not None and (t.star.status in wanted or t.cancelled)
        ]

    def export_ics(
        self,
        conference_id: int,
        target: Path,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
        keys: Sequence[str] | None = None,
    ) -> int:
        """Write the agenda (or the sessions `keys`) as iCalendar, atomically. Returns the
        number of events. Sessions exported before and since unstarred are written once
        more as CANCELLED, so calendars that imported them drop them."""
        # icalendar costs ~0.1 s to import: only exports pay for it.
        from planner.export.ics import WITHDRAWN, ExportState, render_calendar

        if alarm_minutes is not None and not 0 <= alarm_minutes <= 7 * 24 * 60:
            raise UsageError("the alarm must be between 0 and 10080 minutes before")
        conference = self.conference(conference_id)
        if keys is not None:
            talks = [self.talk(conference_id, key) for key in keys]
        else:
            talks = self.agenda_talks(conference_id, include_plan_b=include_plan_b)
        with self.database.reading() as session:
            identity = repo.conference_identity_of(session, conference_id)
            stored = repo.export_states(session, conference_id)
        previous = {key: ExportState(seq, mark) for key, (seq, mark) in stored.items()}
        if keys is None:
            exported = {t.key for t in talks}
            withdrawn = [
                key
                for key, state in previous.items()
                if key not in exported and state.fingerprint != WITHDRAWN
            ]
            if withdrawn:
                program = {t.key: t for t in self.talks(conference_id)}
                talks.extend(
                    replace(program[key], cancelled=True) for key in withdrawn if key in program
                )
        data, states = render_calendar(
            conference, identity, talks, previous, alarm_minutes=alarm_minutes
        )
        write_atomic(target, data)
        if keys is None:
            for talk in talks:
                if talk.star is None:  # written once as cancelled: do not repeat
                    states[talk.key] = ExportState(states[talk.key].sequence, WITHDRAWN)
        with self.database.transaction() as session:
            repo.save_export_states(
                session,
                conference_id,
                {key: (state.sequence, state.fingerprint) for key, state in states.items()},
            )
        return len(talks)

    def live_calendar(self, conference_id: int) -> dict[str, Any] | None:
        with self.database.reading() as session:
            value = repo.get_preference(session, f"live-ics:{conference_id}")
        return value if isinstance(value, dict) and value.get("path") else None

    def set_live_calendar(
        self,
        conference_id: int,
        target: Path | None,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
    ) -> None:
        """Keep `target` rewritten (atomically) whenever the agenda changes; None stops."""
        value = (
            None
            if target is None
            else {
                "path": str(Path(target).absolute()),
                "include_plan_b": include_plan_b,
                "alarm_minutes": alarm_minutes,
            }
        )
        with self.database.transaction() as session:
            repo.set_preference(session, f"live-ics:{conference_id}", value)
        if target is not None:
            self.refresh_live_calendar(conference_id)

    def refresh_live_calendar(self, conference_id: int) -> None:
        """Rewrite the live calendar file, if the user chose one. A failure to write is
        remembered in `live_error` (the agenda change itself stands)."""
        live = self.live_calendar(conference_id)
        if live is None:
            return
        try:
            self.export_ics(
                conference_id,
                Path(live["path"]),
                include_plan_b=bool(live.get("include_plan_b")),
                alarm_minutes=live.get("alarm_minutes"),
            )
            self.live_error = None
        except (OSError, PlannerError) as error:
            self.live_error = f"{live['path']}: the live calendar could not be written ({error})"

    # -- sharing agendas ---------------------------------------------------------------
    def program_fingerprint(self, conference_id: int) -> str:
        return program_fingerprint(
            (t.key, t.start, t.end) for t in self.talks(conference_id) if not t.cancelled
        )

    def export_agenda(self, conference_id: int, target: Path, shared_by: str = "") -> int:
        """Write "my agenda" as a `.planner-agenda` file, atomically. Returns its size."""
        conference = self.conference(conference_id)
        talks = [t for t in self.talks(conference_id, starred_only=True) if t.star is not None]
        agenda = SharedAgenda(
            shared_by.strip()[:200] or "A colleague",
            datetime.now(UTC),
            ConferenceRef(
                conference.title,
                conference.acronym,
                conference.time_zone,
                conference.start,
                conference.end,
                self.program_fingerprint(conference_id),
            ),
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

    def _read_shared(self, path: Path, conference_id: int | None) -> tuple[SharedAgenda, int]:
        """Read an agenda file or a colleague's .ics, and find its conference here."""
        source = str(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise BadInputError(source, f"cannot be read ({error.strerror or error})") from error
        if len(data) > MAX_AGENDA_BYTES:
            raise BadInputError(source, "is too big for an agenda file")
        if data.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCALENDAR"):
            if conference_id is None:
                conference_id = self.conference().id
            return self._agenda_from_ics(data, source, conference_id), conference_id
        agenda = parse_agenda(data, source)
        identity = conference_identity(agenda.conference.acronym, agenda.conference.title)
        with self.database.reading() as session:
            found = repo.find_conference(session, identity)
        if found is None or (conference_id is not None and found != conference_id):
            raise BadInputError(
                source,
                f"is an agenda for “{agenda.conference.title}”, which is not the "
                "conference open here; import that conference's program first",
            )
        return agenda, found

    def _agenda_from_ics(self, data: bytes, source: str, conference_id: int) -> SharedAgenda:
        """A colleague's exported .ics as an agenda: match by UID (Planner's UIDs), else by
        start time and title."""
        from planner.export.ics import event_uid

        program = read_program(data, source, "ical")
        conference = self.conference(conference_id)
        with self.database.reading() as session:
            identity = repo.conference_identity_of(session, conference_id)
        talks = self.talks(conference_id)
        by_uid = {event_uid(identity, t.key): t.key for t in talks}
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
        name = program.title.removesuffix(" — my agenda") or Path(source).stem
        return SharedAgenda(
            name,
            datetime.now(UTC),
            ConferenceRef(
                conference.title,
                conference.acronym,
                conference.time_zone,
                conference.start,
                conference.end,
                "",
            ),
            tuple(sessions),
        )

    def import_agenda(
        self, path: Path, conference_id: int | None = None, name: str = ""
    ) -> AgendaImport:
        """Show a colleague's agenda as an overlay. Changes nothing of the user's own."""
        agenda, conference_id = self._read_shared(path, conference_id)
        talks = [t for t in self.talks(conference_id) if not t.cancelled]
        by_key = {t.key: t for t in talks}
        by_time_title = {(t.start, normalize_text(t.title)): t.key for t in talks}
        entries = []
        for shared in agenda.sessions:
            key = (
                shared.key
                if shared.key in by_key
                else by_time_title.get((shared.start, normalize_text(shared.title)), "")
            )
            entries.append(
                OverlaySessionInfo(
                    key,
                    shared.title,
                    shared.start,
                    shared.end,
                    shared.priority,
                    shared.status,
                    shared.note,
                )
            )
        with self.database.transaction() as session:
            overlay_id = repo.add_overlay(
                session,
                conference_id,
                name or agenda.shared_by,
                str(path),
                agenda.conference.fingerprint,
                entries,
            )
            overlay = repo.get_overlay(session, overlay_id)
        fingerprint = agenda.conference.fingerprint
        return AgendaImport(
            overlay,
            tuple(e for e in entries if not e.talk_key),
            bool(fingerprint) and fingerprint != self.program_fingerprint(conference_id),
        )

    def overlays(self, conference_id: int) -> list[OverlayInfo]:
        with self.database.reading() as session:
            return repo.list_overlays(session, conference_id)

    def overlay(self, overlay_id: int) -> OverlayInfo:
        with self.database.reading() as session:
            return repo.get_overlay(session, overlay_id)

    def remove_overlay(self, overlay_id: int) -> None:
        with self.database.transaction() as session:
            repo.remove_overlay(session, overlay_id)

    def set_overlay_visible(self, overlay_id: int, visible: bool) -> None:
        with self.database.transaction() as session:
            repo.set_overlay_visible(session, overlay_id, visible)

    def merge_overlay(self, overlay_id: int, priority: Priority = Priority.MAYBE) -> list[str]:
        """Star what the colleague attends that the user has not starred, with `priority`.
        The user's existing stars are untouched. Returns the keys newly starred."""
        overlay = self.overlay(overlay_id)
        mine = {t.key for t in self.talks(overlay.conference_id, starred_only=True)}
        added = sorted(k for k in overlay.attending() if k not in mine)
        with self.database.transaction() as session:
            for key in added:
                repo.set_star(session, overlay.conference_id, key, priority=priority)
        self.refresh_live_calendar(overlay.conference_id)
        return added

    def compare(self, overlay_id: int) -> Comparison:
        overlay = self.overlay(overlay_id)
        conference = self.conference(overlay.conference_id)
        talks = self.talks(overlay.conference_id)
        by_key = {t.key: t for t in talks}
        mine = {
            t.key
            for t in talks
            if t.star is not None and t.star.status is Status.ATTEND and not t.cancelled
        }
        theirs = {k for k in overlay.attending() if k in by_key}
        starred, busy = self.commitments(overlay.conference_id)
        my_plan = [c for c in starred if c.status is Status.ATTEND] + busy
        their_plan = [
            Commitment(k, by_key[k].title, by_key[k].start, by_key[k].end, by_key[k].room)
            for k in theirs
        ]
        return Comparison(
            overlay,
            tuple(sorted(mine & theirs, key=lambda k: by_key[k].start)),
            tuple(sorted(mine - theirs, key=lambda k: by_key[k].start)),
            tuple(sorted(theirs - mine, key=lambda k: by_key[k].start)),
            common_free_time(my_plan, their_plan, talks, conference.zone),
        )
