"""Calendar use cases: the targets kept in sync (CalDAV calendars, folders, the live file).

The targets the user keeps are added, changed, tested and removed here, each in one
transaction; syncing them is `planner.calendars.syncer`'s, and writing calendar files
(an export, the live file's first write) `planner.calendars.exports`'.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from planner.calendars import credentials
from planner.calendars.caldav import check_url
from planner.calendars.connection import account, check_connection, keyring_password
from planner.calendars.exports import check_alarm
from planner.calendars.syncer import Syncer
from planner.domain.calendars import SYNCED_KINDS, TargetInfo, TargetKind
from planner.domain.changes import Changes, Result
from planner.domain.errors import NotFoundError, UsageError
from planner.domain.refusals import Refusal, RefusalCode
from planner.storage import repo, targets

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.calendars.sync import Progress, SyncReport
    from planner.domain.agenda import ConferenceInfo
    from planner.domain.calendar_messages import ConnectionChecked
    from planner.storage.db import Database


def default_calendar_name(conference: ConferenceInfo) -> str:
    return f"{conference.title} — my agenda"


@dataclass(frozen=True)
class TargetState:
    """A target as stored, and how many events wait to be sent to it."""

    target: TargetInfo
    pending: int


class CalendarService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self.syncer = Syncer(database)

    # -- targets -------------------------------------------------------------------------
    def draft(
        self,
        conference_id: int,
        name: str,
        *,
        caldav: str | None = None,
        vdir: Path | None = None,
        calendar_name: str = "",
        username: str = "",
        password_command: str = "",
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
        replacing: TargetInfo | None = None,
    ) -> TargetInfo:
        """The target as given, checked (`UsageError` says what is wrong), not saved yet:
        a new one, or a new version of `replacing`. `save` keeps it."""
        name = name.strip()
        if not name:
            raise UsageError.of(Refusal(RefusalCode.CALENDAR_NEEDS_NAME))
        if (caldav is None) == (vdir is None):
            raise UsageError.of(Refusal(RefusalCode.CALDAV_OR_VDIR))
        check_alarm(alarm_minutes)
        same = self.find(name)
        if same is not None and (replacing is None or same.id != replacing.id):
            raise UsageError.of(Refusal(RefusalCode.CALENDAR_NAME_TAKEN, name))
        with self._database.reading() as session:
            conference = repo.get_conference(session, conference_id)
        if caldav is not None:
            location = check_url(caldav)
            kind = TargetKind.CALDAV
        else:
            assert vdir is not None
            if username or password_command:
                raise UsageError.of(Refusal(RefusalCode.FOLDER_NO_PASSWORD))
            location = str(Path(vdir).expanduser().absolute())
            kind = TargetKind.VDIR
        wanted = TargetInfo(
            0,
            name,
            kind,
            conference_id,
            location,
            include_plan_b,
            alarm_minutes,
            calendar_name=calendar_name.strip() or default_calendar_name(conference),
            username=username.strip(),
            password_command=password_command.strip(),
        )
        if replacing is None:
            return wanted
        moved = _points_elsewhere(replacing, wanted)
        return replace(
            wanted,
            id=replacing.id,
            # Pointing elsewhere: the calendar is found again and starts afresh there.
            calendar_url="" if moved else replacing.calendar_url,
            last_sync=None if moved else replacing.last_sync,
            last_attempt=None if moved else replacing.last_attempt,
            last_failure=None if moved else replacing.last_failure,
        )

    def save(self, target: TargetInfo, password: str | None = None) -> Result[TargetInfo]:
        """Add a drafted target (id 0), or store the new version of one (nothing is sent
        yet: `sync` does). `password` goes to the keyring; None keeps the one there. The
        target as stored, with the change of its conference's targets."""
        if target.kind is not TargetKind.CALDAV and password:
            raise UsageError.of(Refusal(RefusalCode.FOLDER_NO_PASSWORD))
        if password and target.password_command:
            raise UsageError.of(Refusal(RefusalCode.PASSWORD_AND_COMMAND))
        # The keyring is not the database: its password is stored first, outside the
        # transaction (a keyring that asks to be unlocked must not hold the database's
        # write lock), so that a keyring that refuses leaves nothing saved. The stored
        # version is read again inside the transaction for what the database does.
        before = None
        if target.id:
            with self._database.reading() as session:
                before = targets.get_target(session, target.id)
        if target.kind is TargetKind.CALDAV and not target.password_command:
            if password is None and before is not None and account(before) != account(target):
                password = keyring_password(before)  # the same password, under its new name
            if password:
                credentials.store_password(target.location, target.username, password)
        with self._database.transaction() as session:
            stored = targets.get_target(session, target.id) if target.id else None
            if stored is not None and _points_elsewhere(stored, target):
                targets.forget_events(session, target.id)
            saved = targets.save_target(session, target)
        if before is not None and account(before) and account(before) != account(saved):
            credentials.forget_password(before.location, before.username)
        return Result(saved, Changes.of_targets(saved.conference_id))

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
    ) -> Result[TargetInfo]:
        """Add a target (nothing is sent yet: `sync` does). A password goes to the keyring."""
        if vdir is not None and password:
            raise UsageError.of(Refusal(RefusalCode.FOLDER_NO_PASSWORD))
        drafted = self.draft(
            conference_id,
            name,
            caldav=caldav,
            vdir=vdir,
            calendar_name=calendar_name,
            username=username,
            password_command=password_command,
            include_plan_b=include_plan_b,
            alarm_minutes=alarm_minutes,
        )
        return self.save(drafted, password)

    def targets(self, conference_id: int | None = None) -> list[TargetInfo]:
        """The targets kept in sync (CalDAV calendars, folders, the live files)."""
        with self._database.reading() as session:
            return targets.list_targets(session, conference_id=conference_id, kinds=SYNCED_KINDS)

    def states(self, conference_id: int | None = None) -> list[TargetState]:
        """Every target kept in sync, with what waits to be sent to it."""
        return [TargetState(t, self.pending(t)) for t in self.targets(conference_id)]

    def state(self, target_id: int) -> TargetState | None:
        """One target with what waits to be sent to it; None if it is gone."""
        with self._database.reading() as session:
            try:
                target = targets.get_target(session, target_id)
            except NotFoundError:
                return None
        try:
            return TargetState(target, self.pending(target))
        except NotFoundError:  # its conference went meanwhile
            return None

    def default_calendar_name(self, conference_id: int) -> str:
        """The calendar a new CalDAV target uses when none is named."""
        with self._database.reading() as session:
            return default_calendar_name(repo.get_conference(session, conference_id))

    def keyring_problem(self) -> str:
        """Why passwords cannot be kept in a keyring on this computer; "" when they can."""
        return credentials.keyring_problem()

    def find(self, name: str) -> TargetInfo | None:
        return _with_name(self.targets(), name)

    def target(self, name: str) -> TargetInfo:
        return _named(self.targets(), name)

    def remove(self, name: str) -> Result[TargetInfo]:
        """Stop keeping this target in sync. What it holds stays there. One transaction:
        the target found is the one removed, whatever another process does meanwhile."""
        with self._database.transaction() as session:
            target = _named(targets.list_targets(session, kinds=SYNCED_KINDS), name)
            targets.remove_target(session, target.id)
        if account(target):
            credentials.forget_password(target.location, target.username)
        return Result(target, Changes.of_targets(target.conference_id))

    def test_connection(
        self, target: TargetInfo, password: str | None = None
    ) -> Result[ConnectionChecked]:
        """Connect to a CalDAV target and find (or create) its calendar, or check that a
        folder or the live file can be written; what was found (`str()`: one line).
        `password`: the one the user just typed (else the keyring's or the command's).
        A stored CalDAV target keeps the address of the calendar found (its change).
        Raises PlannerError with the target's name and the reason."""
        found = check_connection(self._database, target, password)
        stored = target.id and target.kind is TargetKind.CALDAV
        return Result(found, Changes.of_targets(target.conference_id) if stored else Changes())

    # -- syncing -------------------------------------------------------------------------
    def pending(self, target: TargetInfo) -> int:
        """How many events the target does not hold as it should yet."""
        return self.syncer.pending(target)

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
        return [report for t in chosen if (report := self.sync_target(t)) is not None]

    def sync_target(
        self,
        target: TargetInfo,
        *,
        only_if_pending: bool = False,
        cancelled: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> SyncReport | None:
        """Bring one target up to date (see `Syncer.sync`)."""
        return self.syncer.sync(
            target, only_if_pending=only_if_pending, cancelled=cancelled, progress=progress
        )


def _points_elsewhere(before: TargetInfo, after: TargetInfo) -> bool:
    """Another calendar or folder (another account's calendars are others too): what the
    target received before is not there."""
    return (before.kind, before.location, before.calendar_name, before.username) != (
        after.kind,
        after.location,
        after.calendar_name,
        after.username,
    )


def _with_name(found: list[TargetInfo], name: str) -> TargetInfo | None:
    return next((target for target in found if target.name == name), None)


def _named(found: list[TargetInfo], name: str) -> TargetInfo:
    target = _with_name(found, name)
    if target is None:
        raise NotFoundError(f"no calendar target called {name!r} (see: planner calendar list)")
    return target
