"""Calendar use cases: export files, the live file, targets kept in sync.

Each target is synced from one read of the database (the agenda and the target's own
state), then written to (files, a folder, a server) outside any transaction, then its new
state is stored in one transaction. A failing target never changes a star, never stops
the others, and keeps what it did not manage to send for the next sync.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.calendars import credentials
from planner.calendars.caldav import CalDAVError, CalDAVStore, check_url
from planner.calendars.files import VdirStore, write_if_changed
from planner.calendars.sync import SyncReport, describe, push
from planner.domain.calendars import TargetInfo, TargetKind
from planner.domain.errors import NotFoundError, PlannerError, StorageError, UsageError
from planner.storage import repo, targets

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from planner.calendars.plan import Plan
    from planner.domain.agenda import ConferenceInfo, TalkInfo
    from planner.domain.calendars import EventState
    from planner.storage.db import Database

MAX_ALARM_MINUTES = 7 * 24 * 60
SYNCED_KINDS = (TargetKind.CALDAV, TargetKind.VDIR, TargetKind.LIVE)


def default_calendar_name(conference: ConferenceInfo) -> str:
    return f"{conference.title} — my agenda"


def _check_alarm(alarm_minutes: int | None) -> None:
    if alarm_minutes is not None and not 0 <= alarm_minutes <= MAX_ALARM_MINUTES:
        raise UsageError("the alarm must be between 0 and 10080 minutes before")


# icalendar costs ~0.1 s to import: `planner.calendars.plan` and `planner.export.ics` are
# imported only where events are built, so a command with no target to update never pays.


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class CalendarService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._locks: dict[int, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    # -- files ---------------------------------------------------------------------------
    def export_file(
        self,
        conference_id: int,
        path: Path,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
        keys: Sequence[str] | None = None,
    ) -> int:
        """Write the agenda (or the sessions `keys`) to `path`, atomically, with that file's
        own SEQUENCE and DTSTAMP per session. Returns the number of events."""
        _check_alarm(alarm_minutes)
        location = str(Path(path).absolute())
        with self._database.transaction() as session:
            repo.get_conference(session, conference_id)
            target = targets.find_target(session, conference_id, TargetKind.FILE, location)
            wanted = TargetInfo(
                0 if target is None else target.id,
                location,
                TargetKind.FILE,
                conference_id,
                location,
                include_plan_b,
                alarm_minutes,
            )
            target = targets.save_target(session, wanted)
        report, count = self._sync_file(target, keys)
        if report.error:
            raise PlannerError(report.error)
        return count

    def live(self, conference_id: int) -> TargetInfo | None:
        with self._database.reading() as session:
            found = targets.list_targets(
                session, conference_id=conference_id, kinds=(TargetKind.LIVE,)
            )
        return found[0] if found else None

    def set_live(
        self,
        conference_id: int,
        path: Path | None,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
    ) -> TargetInfo | None:
        """Keep `path` rewritten whenever the agenda changes (None: stop). One transaction;
        the file is written by `sync` (the subscriber of agenda changes does it at once)."""
        _check_alarm(alarm_minutes)
        with self._database.transaction() as session:
            repo.get_conference(session, conference_id)
            current = targets.list_targets(
                session, conference_id=conference_id, kinds=(TargetKind.LIVE,)
            )
            location = "" if path is None else str(Path(path).absolute())
            for old in current:
                if old.location != location:
                    targets.remove_target(session, old.id)
            if path is None:
                return None
            kept = [t for t in current if t.location == location]
            return targets.save_target(
                session,
                TargetInfo(
                    kept[0].id if kept else 0,
                    location,
                    TargetKind.LIVE,
                    conference_id,
                    location,
                    include_plan_b,
                    alarm_minutes,
                ),
            )

    # -- targets -------------------------------------------------------------------------
    def add(
        self,
        conference_id: int,
        name: str,
        *,
        caldav: str | None = None,
        vdir: Path | None = None,
        calendar_name: str = "",
        username: str = "",
        password: str | None = None,
        password_command: str = "",
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
    ) -> TargetInfo:
        """Add a target (nothing is sent yet: `sync` does). A password goes to the keyring."""
        name = name.strip()
        if not name:
            raise UsageError("a calendar target needs a name")
        if (caldav is None) == (vdir is None):
            raise UsageError("give either --caldav URL or --vdir DIR")
        _check_alarm(alarm_minutes)
        if self.find(name) is not None:
            raise UsageError(f"there is already a calendar target called {name!r}")
        with self._database.reading() as session:
            conference = repo.get_conference(session, conference_id)
        if caldav is not None:
            location = check_url(caldav)
            kind = TargetKind.CALDAV
            if password is not None and password_command:
                raise UsageError("give a password or a --password-command, not both")
            if password and not password_command:
                credentials.store_password(location, username, password)
        else:
            assert vdir is not None
            location = str(Path(vdir).expanduser().absolute())
            kind = TargetKind.VDIR
            if password or password_command or username:
                raise UsageError("a folder needs no user name or password")
        target = TargetInfo(
            0,
            name,
            kind,
            conference_id,
            location,
            include_plan_b,
            alarm_minutes,
            calendar_name=calendar_name.strip() or default_calendar_name(conference),
            username=username,
            password_command=password_command,
        )
        with self._database.transaction() as session:
            return targets.save_target(session, target)

    def targets(self, conference_id: int | None = None) -> list[TargetInfo]:
        """The targets kept in sync (CalDAV calendars, folders, the live files)."""
        with self._database.reading() as session:
            return targets.list_targets(session, conference_id=conference_id, kinds=SYNCED_KINDS)

    def find(self, name: str) -> TargetInfo | None:
        for target in self.targets():
            if target.name == name:
                return target
        return None

    def target(self, name: str) -> TargetInfo:
        found = self.find(name)
        if found is None:
            raise NotFoundError(f"no calendar target called {name!r} (see: planner calendar list)")
        return found

    def remove(self, name: str) -> TargetInfo:
        """Stop keeping this target in sync. What it holds stays there."""
        target = self.target(name)
        with self._database.transaction() as session:
            targets.remove_target(session, target.id)
        if target.kind is TargetKind.CALDAV and not target.password_command:
            credentials.forget_password(target.location, target.username)
        return target

    def test_connection(self, target: TargetInfo) -> str:
        """Connect to a CalDAV target and find (or create) its calendar; one line saying
        what was found. Raises PlannerError with the reason."""
        if target.kind is not TargetKind.CALDAV:
            folder = VdirStore(Path(target.location), target.calendar_name)
            try:
                folder.prepare()
            except (OSError, StorageError) as error:
                raise PlannerError(f"{target.location}: {describe(error)}") from error
            return f"{target.location} can be written"
        try:
            secret = credentials.password(target.location, target.username, target.password_command)
            with CalDAVStore(target.location, target.username, secret) as store:
                found = store.open_calendar(target.calendar_name, target.calendar_url)
        except (CalDAVError, credentials.CredentialsError) as error:
            raise PlannerError(f"{target.name}: {error}") from error
        with self._database.transaction() as session:
            targets.record_attempt(session, target.id, _now(), "", calendar_url=found.url)
        verb = "created" if found.created else "found"
        return f"{target.name}: {verb} the calendar “{found.name}” at {found.url}"

    def pending(self, target: TargetInfo) -> int:
        """How many events the target does not hold as it should yet."""
        from planner.calendars.plan import plan

        conference, identity, talks, previous = self._inputs(target)
        return plan(
            conference, identity, talks, previous, alarm_minutes=target.alarm_minutes, now=_now()
        ).changes

    def sync(
        self, name: str | None = None, *, conference_id: int | None = None, local: bool = False
    ) -> list[SyncReport]:
        """Sync one target, or every one (of a conference; only the local ones if asked).
        Never raises for a target's failure: each report says how it went."""
        if name is not None:
            chosen = [self.target(name)]
        else:
            chosen = self.targets(conference_id)
            if local:
                chosen = [t for t in chosen if t.kind.is_local]
        return [self.sync_target(target) for target in chosen]

    def sync_target(self, target: TargetInfo) -> SyncReport:
        with self._target_lock(target.id):
            try:
                if target.kind in (TargetKind.LIVE, TargetKind.FILE):
                    return self._sync_file(target, None)[0]
                return self._sync_store(target)
            except NotFoundError as error:  # the conference went meanwhile
                return SyncReport(target.name, target.kind.value, error=str(error))

    # -- inside --------------------------------------------------------------------------
    @contextlib.contextmanager
    def _target_lock(self, target_id: int) -> Iterator[None]:
        """One sync of a target at a time in this process (the app's timer, a change and
        "Sync now" may meet)."""
        with self._locks_guard:
            lock = self._locks.setdefault(target_id, threading.Lock())
        with lock:
            yield

    def _inputs(
        self, target: TargetInfo, keys: Sequence[str] | None = None
    ) -> tuple[ConferenceInfo, str, list[TalkInfo], dict[str, EventState]]:
        from planner.calendars.plan import agenda_talks

        with self._database.reading() as session:
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

    def _plan(
        self, target: TargetInfo, keys: Sequence[str] | None = None
    ) -> tuple[ConferenceInfo, Plan]:
        from planner.calendars.plan import plan

        conference, identity, talks, previous = self._inputs(target, keys)
        return conference, plan(
            conference, identity, talks, previous, alarm_minutes=target.alarm_minutes, now=_now()
        )

    def _sync_file(self, target: TargetInfo, keys: Sequence[str] | None) -> tuple[SyncReport, int]:
        from planner.export.ics import REFRESH_INTERVAL, calendar_file

        report = SyncReport(target.name, target.kind.value)
        conference, planned = self._plan(target, keys)
        data = calendar_file(
            conference,
            [o.talk for o in planned.outgoing],
            [o.event for o in planned.outgoing],
            refresh=REFRESH_INTERVAL if target.kind is TargetKind.LIVE else None,
        )
        when = _now()
        try:
            write_if_changed(Path(target.location), data)
        except (OSError, StorageError) as error:
            report.error = (
                f"{target.location}: the calendar file could not be written ({describe(error)})"
            )
            report.pending = planned.changes
            with self._database.transaction() as session:
                targets.record_attempt(session, target.id, when, report.error)
            return report, 0
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
        with self._database.transaction() as session:
            targets.save_event_states(session, target.id, states)
            targets.record_attempt(session, target.id, when, "")
        return report, len(planned.outgoing)

    def _sync_store(self, target: TargetInfo) -> SyncReport:
        from planner.export.ics import event_file

        report = SyncReport(target.name, target.kind.value)
        conference, planned = self._plan(target)
        outgoing = planned.outgoing

        def resource(event: bytes, index: int) -> bytes:
            return event_file(conference, outgoing[index].talk, event)

        calendar_url = ""
        states = {}
        try:
            if target.kind is TargetKind.VDIR:
                states = push(
                    VdirStore(Path(target.location), target.calendar_name),
                    planned,
                    report,
                    resource,
                )
            else:
                secret = credentials.password(
                    target.location, target.username, target.password_command
                )
                with CalDAVStore(target.location, target.username, secret) as store:
                    calendar_url = store.open_calendar(
                        target.calendar_name, target.calendar_url
                    ).url
                    states = push(store, planned, report, resource)
        except (CalDAVError, credentials.CredentialsError, OSError, StorageError) as error:
            report.error = describe(error)
            report.pending = planned.changes
        with self._database.transaction() as session:
            targets.save_event_states(session, target.id, states)
            targets.record_attempt(
                session, target.id, _now(), report.error, calendar_url=calendar_url
            )
        return report
