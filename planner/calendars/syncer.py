"""Bringing one target up to date: a file (exported or live), a folder, a CalDAV calendar.

Each target is synced from one read of the database (the agenda and the target's own
state), then written to (files, a folder, a server) outside any transaction, then its new
state is stored in one transaction. A failing target never changes a star, never stops
the others, and keeps what it did not manage to send for the next sync.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.calendars import credentials
from planner.calendars.caldav import CalDAVStore
from planner.calendars.files import VdirStore, write_if_changed
from planner.calendars.sync import SyncProblem, SyncReport, file_failure, push
from planner.domain.calendars import TargetKind
from planner.domain.errors import NotFoundError, PlannerError, StorageError
from planner.storage import repo, targets

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from sqlalchemy.orm import Session

    from planner.calendars.plan import Plan
    from planner.calendars.sync import Progress
    from planner.domain.agenda import ConferenceInfo, TalkInfo
    from planner.domain.calendars import EventState, TargetInfo
    from planner.storage.db import Database

# icalendar costs ~0.1 s to import: `planner.calendars.plan` and `planner.export.ics` are
# imported only where events are built, so a command with no target to update never pays.


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class FileWritten:
    """A calendar file just written: what the sync did, how many events it holds, and the
    events' states to keep for it."""

    report: SyncReport
    count: int
    states: dict[str, EventState]


class CalendarFileError(PlannerError):
    """A calendar file that could not be written: the line names it, and `fault` keeps the
    storage's own code (for the window to say in its language)."""

    def __init__(self, location: str, error: BaseException) -> None:
        super().__init__(str(file_failure(location, error)))
        self.fault = error if isinstance(error, StorageError) else None


class Syncer:
    """Syncs targets of one database; one sync of a target at a time in this process (the
    app's timer, a change and "Sync now" may meet)."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._locks: dict[int, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def pending(self, target: TargetInfo) -> int:
        """How many events are waiting to be sent to the target."""
        return self.plan(target)[1].changes

    def sync(
        self,
        target: TargetInfo,
        *,
        only_if_pending: bool = False,
        cancelled: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> SyncReport | None:
        """Bring `target` up to date; never raises for its failure (the report says).
        `only_if_pending`: None, touching nothing, when nothing waits to be sent and the
        last attempt went well."""
        with self._target_lock(target.id):
            try:
                if target.kind in (TargetKind.LIVE, TargetKind.FILE):
                    return self.sync_file(target, None, only_if_pending)[0]
                return self._sync_store(target, only_if_pending, cancelled, progress)
            except NotFoundError as error:  # the target or its conference went meanwhile
                return SyncReport(target.name, target.kind.value, error=str(error))

    def plan(
        self,
        target: TargetInfo,
        keys: Sequence[str] | None = None,
        session: Session | None = None,
    ) -> tuple[ConferenceInfo, Plan]:
        """What the target should hold now (the sessions `keys`, or the agenda), read in
        `session` (a caller's unit of work) or in a unit of its own."""
        from planner.calendars.plan import plan

        if session is None:
            with self._database.reading() as reading:
                conference, identity, talks, previous = _inputs(reading, target, keys)
        else:
            conference, identity, talks, previous = _inputs(session, target, keys)
        return conference, plan(
            conference, identity, talks, previous, alarm_minutes=target.alarm_minutes, now=now()
        )

    def sync_file(
        self, target: TargetInfo, keys: Sequence[str] | None, only_if_pending: bool = False
    ) -> tuple[SyncReport | None, int]:
        """Write a stored file target (the live file) and store how it went; the report
        and the number of events it holds."""
        conference, planned = self.plan(target, keys)
        if only_if_pending and not planned.changes and not target.last_error:
            return None, len(planned.outgoing)
        when = now()
        try:
            written = self.write_file(target, conference, planned)
        except (OSError, StorageError) as error:
            report = SyncReport(target.name, target.kind.value)
            report.failed(error, file_failure(target.location, error))
            report.pending = planned.changes
            with self._database.transaction() as session:
                targets.record_attempt(session, target.id, when, report.failure)
            return report, 0
        with self._database.transaction() as session:
            self.record_file(session, target.id, written, when)
        return written.report, written.count

    def write_file(
        self, target: TargetInfo, conference: ConferenceInfo, planned: Plan
    ) -> FileWritten:
        """Write the calendar file `planned` for `target` (which need not be stored yet);
        raises `OSError` or `StorageError` when it cannot be written. Stores nothing: the
        caller keeps the outcome (`record_file`), or nothing if it cannot."""
        from planner.export.ics import REFRESH_INTERVAL, calendar_file

        data = calendar_file(
            conference,
            [o.talk for o in planned.outgoing],
            [o.event for o in planned.outgoing],
            refresh=REFRESH_INTERVAL if target.kind is TargetKind.LIVE else None,
        )
        write_if_changed(Path(target.location), data)
        report = SyncReport(target.name, target.kind.value)
        states = {o.talk.key: o.state for o in planned.outgoing}
        states.update({gone.key: replace(gone, present=False) for gone in planned.removed})
        for outgoing in planned.outgoing:
            before = planned.previous.get(outgoing.talk.key)
            if not outgoing.changed:
                report.unchanged += 1
            elif before is None or not before.present:
                report.created += 1
            else:
                report.updated += 1
        report.removed = len(planned.removed)
        return FileWritten(report, len(planned.outgoing), states)

    @staticmethod
    def record_file(session: Session, target_id: int, written: FileWritten, when: datetime) -> None:
        """Keep what a file target now holds (its events' SEQUENCE and DTSTAMP), in the
        caller's transaction."""
        targets.save_event_states(session, target_id, written.states)
        targets.record_attempt(session, target_id, when, None)

    # -- inside --------------------------------------------------------------------------
    @contextlib.contextmanager
    def _target_lock(self, target_id: int) -> Iterator[None]:
        with self._locks_guard:
            lock = self._locks.setdefault(target_id, threading.Lock())
        with lock:
            yield

    def _sync_store(
        self,
        target: TargetInfo,
        only_if_pending: bool,
        cancelled: Callable[[], bool] | None,
        progress: Progress | None,
    ) -> SyncReport | None:
        from planner.export.ics import event_file

        report = SyncReport(target.name, target.kind.value)
        conference, planned = self.plan(target)
        if only_if_pending and not planned.changes and not target.last_error:
            return None
        outgoing = planned.outgoing

        def resource(event: bytes, index: int) -> bytes:
            return event_file(conference, outgoing[index].talk, event)

        calendar_url = ""
        states = {}
        try:
            if target.kind is TargetKind.VDIR:
                folder = VdirStore(Path(target.location), target.calendar_name)
                states = push(
                    folder, planned, report, resource, cancelled=cancelled, progress=progress
                )
                report.notes += folder.skipped
            else:
                secret = credentials.password(
                    target.location, target.username, target.password_command
                )
                with CalDAVStore(target.location, target.username, secret) as caldav:
                    calendar_url = caldav.open_calendar(
                        target.calendar_name, target.calendar_url
                    ).url
                    states = push(
                        caldav, planned, report, resource, cancelled=cancelled, progress=progress
                    )
        except (SyncProblem, OSError, StorageError) as error:
            report.failed(error)
            report.pending = planned.changes
        with self._database.transaction() as session:
            targets.save_event_states(session, target.id, states)
            if not report.stopped:  # stopped on request: the last attempt's outcome stands
                targets.record_attempt(
                    session, target.id, now(), report.failure, calendar_url=calendar_url
                )
        return report


def _inputs(
    session: Session, target: TargetInfo, keys: Sequence[str] | None = None
) -> tuple[ConferenceInfo, str, list[TalkInfo], dict[str, EventState]]:
    from planner.calendars.plan import agenda_talks

    conference = repo.get_conference(session, target.conference_id)
    identity = repo.conference_identity_of(session, target.conference_id)
    if keys is not None:
        talks = [repo.get_talk(session, target.conference_id, key) for key in keys]
    else:
        talks = agenda_talks(
            repo.list_talks(session, target.conference_id, starred_only=True),
            include_plan_b=target.include_plan_b,
        )
    previous = targets.event_states(session, target.id)
    return conference, identity, talks, previous
