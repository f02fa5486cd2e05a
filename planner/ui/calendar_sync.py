"""The app keeps the user's calendar targets in sync by itself, off the window's thread.

When: a short while after every change to the agenda (debounced: five quick stars make one
sync), at start, every `check_interval` to notice what the user did in their calendar, and
- for a target that failed because it could not be reached - again after a growing pause
(15 s, 30 s, 1 min, 2 min, then every 5 min). Being offline is normal: the changes wait in
the database (the plan of what a target should hold is made from the agenda each time),
nothing is lost, and the status bar says how many wait. A target whose server refused the
user name or password is not asked again by itself (servers lock accounts that keep
failing): the user fixes it in the Calendars dialog, or asks for a sync.

Each target syncs as its own job on the runner's calendar lane (several at once), so a
server that stalls never holds the others up; a target is never synced twice at once.
The folder and the live file are written by the core right after each change (they are
subscribers of "agenda changed"); here they are only retried after a failure.

`CalendarSync` holds what the window shows of each target (`TargetStatus`);
`summary` turns that into the status bar's words.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from planner.calendars.sync import Problem
from planner.domain.calendars import TargetKind
from planner.ui.core_text import CORE
from planner.ui.i18n import Translatable, arg
from planner.ui.locale_format import Formats
from planner.ui.operations import Lane

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from planner.calendars.service import TargetState
    from planner.calendars.sync import SyncReport
    from planner.domain.calendars import TargetInfo
    from planner.domain.changes import Changes
    from planner.services import Planner
    from planner.ui.operations import OperationRunner

RETRY_PAUSES = (
    timedelta(seconds=15),
    timedelta(seconds=30),
    timedelta(minutes=1),
    timedelta(minutes=2),
    timedelta(minutes=5),
)


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class TargetStatus:
    """One target as the window shows it: stored, and as this session's syncs left it."""

    target: TargetInfo
    pending: int  # events waiting to be sent
    syncing: bool = False
    progress: tuple[int, int] | None = None  # events sent, of those to send
    report: SyncReport | None = None  # the last sync in this session
    problem: Problem = Problem.NONE
    failures: int = 0  # in a row
    next_try: datetime | None = None  # when it is tried again by itself

    @property
    def error(self) -> str:
        """Why it failed ("" when it did not), in the window's language: as this session's
        sync said it, or as the last attempt's failure was stored."""
        if self.report is not None:
            if self.report.failure is not None:
                return CORE.failure(self.report.failure)
            return self.report.error
        if self.target.last_failure is not None:
            return CORE.failure(self.target.last_failure)
        return ""

    @property
    def offline(self) -> bool:
        return bool(self.error) and self.problem is Problem.OFFLINE


class Why(Enum):
    START = "start"  # the app started: every CalDAV calendar, to catch up
    CHANGE = "change"  # the agenda changed: where something waits
    TIMER = "timer"  # the regular look, and retries after a failure
    ASKED = "asked"  # the user asked (Sync Now, or a target just added or changed)


class CalendarSync(QObject):
    changed = Signal()  # the statuses changed (a sync started, progressed or ended)
    synced = Signal(object)  # the SyncReport of a sync that ended
    _progressed = Signal(int, int, int)  # target id, sent, to send (from a worker thread)

    def __init__(self, runner: OperationRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.statuses: dict[int, TargetStatus] = {}
        self.debounce_ms = 2000
        self.check_interval = timedelta(minutes=10)
        self.tick_ms = 15_000
        self.clock: Callable[[], datetime] = now
        self._stopping = threading.Event()
        self._cancel: dict[int, threading.Event] = {}
        self._again: dict[int, Why] = {}  # asked for while it was syncing: once more after
        self._asked: set[int] = set()  # to sync once the targets are read again
        self._last_look: datetime | None = None
        self._started = False
        self._pending_change: set[int] | None = set()  # conferences changed; None: all
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self._after_change)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._on_tick)
        self._progressed.connect(self._on_progress)

    # -- what the window asks --------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self._started

    def start(self) -> None:
        """The core is open: read the targets, sync the CalDAV ones, and keep at it."""
        self._started = True
        self._tick.start(self.tick_ms)
        self._look(Why.START)

    def stop(self) -> None:
        """The window closes: stop the syncs between two events (what was sent is kept,
        the rest waits for the next start) and start no more."""
        self._stopping.set()
        self._debounce.stop()
        self._tick.stop()

    def agenda_changed(self, changes: Changes) -> None:
        """After a committed change (the store's `applied`): calendars added, changed or
        removed - in the Calendars dialog, or by another process (the revision watcher's
        `unknown`) - are read again at once; the agenda's changes are synced a little
        later."""
        if not self._started or self._stopping.is_set():
            return
        if changes.targets_changed:
            self.refresh()
        if changes.unknown:
            self._pending_change = None
        elif self._pending_change is not None:
            concerned = {c for c in changes.conference_ids if changes.agenda_changed(c)}
            if not concerned:
                return
            self._pending_change |= concerned
        self._debounce.start(self.debounce_ms)

    def sync_now(self, target_id: int | None = None) -> None:
        """Sync this target (None: every one) now, whatever its state."""
        if target_id is None:
            self._look(Why.ASKED)
        elif target_id in self.statuses:
            self._sync(self.statuses[target_id].target, Why.ASKED)

    def sync_once_read(self, target_id: int) -> None:
        """Sync this target (just added or changed) as soon as the targets are read again
        - the read its change leads to - as it is stored then."""
        self._asked.add(target_id)

    def cancel(self, target_id: int) -> None:
        """Stop this target's sync before its next event (what was sent is kept)."""
        event = self._cancel.get(target_id)
        if event is not None:
            event.set()
        self._again.pop(target_id, None)

    def refresh(self) -> None:
        """Read the targets again (one was added, changed or removed: `agenda_changed`)."""

        def read(core: Planner) -> list[TargetState]:
            return core.calendars.states()

        self._runner.call(read, self._take_states, self._read_failed, lane=Lane.CALENDARS)

    @property
    def busy(self) -> bool:
        return any(status.syncing for status in self.statuses.values())

    # -- when ---------------------------------------------------------------------------
    def _after_change(self) -> None:
        concerned, self._pending_change = self._pending_change, set()
        self._look(Why.CHANGE, concerned)

    def _on_tick(self) -> None:
        moment = self.clock()
        if self._last_look is None or moment - self._last_look >= self.check_interval:
            self._look(Why.TIMER)
            return
        for status in list(self.statuses.values()):
            retry = status.next_try
            if retry is not None and retry <= moment and not status.syncing:
                self._sync(status.target, Why.TIMER)

    def _look(self, why: Why, conferences: Iterable[int] | None = None) -> None:
        """Read every target's state, then sync those `why` calls for."""
        if self._stopping.is_set():
            return
        if why in (Why.START, Why.TIMER, Why.ASKED):
            self._last_look = self.clock()
        wanted = None if conferences is None else frozenset(conferences)

        def read(core: Planner) -> list[TargetState]:
            return core.calendars.states()

        def done(states: list[TargetState]) -> None:
            self._take_states(states)
            for status in list(self.statuses.values()):
                target = status.target
                if wanted is not None and target.conference_id not in wanted:
                    continue
                if self._due(status, why):
                    self._sync(target, why)

        self._runner.call(read, done, self._read_failed, lane=Lane.CALENDARS)

    @staticmethod
    def _due(status: TargetStatus, why: Why) -> bool:
        local = status.target.kind.is_local
        if why is Why.ASKED:
            return True
        if status.problem is Problem.REFUSED and why is not Why.START:
            return False  # waits for the user to fix it (or to ask)
        if local:  # written right after each change; here only retried after a failure
            return bool(status.error)
        if why is Why.CHANGE:
            return status.pending > 0 or bool(status.error)
        return True  # START, TIMER: look at the server (the user's own edits there)

    # -- a sync -------------------------------------------------------------------------
    def _sync(self, target: TargetInfo, why: Why) -> None:
        status = self.statuses.get(target.id)
        if status is None or self._stopping.is_set():
            return
        if status.syncing:
            self._again[target.id] = why
            return
        cancel = threading.Event()
        self._cancel[target.id] = cancel
        stopping = self._stopping
        only_if_pending = why is Why.CHANGE
        self.statuses[target.id] = replace(status, syncing=True, progress=None, next_try=None)
        self.changed.emit()
        progressed = self._progressed

        def work(core: Planner) -> tuple[SyncReport | None, TargetState | None]:
            report = core.calendars.sync_target(
                target,
                only_if_pending=only_if_pending,
                cancelled=lambda: stopping.is_set() or cancel.is_set(),
                progress=lambda sent, total: progressed.emit(target.id, sent, total),
            )
            return report, core.calendars.state(target.id)

        self._runner.call(
            work,
            lambda outcome: self._synced(target.id, *outcome),
            lambda error: self._sync_crashed(target, error),
            lane=Lane.CALENDARS,
        )

    def _on_progress(self, target_id: int, sent: int, total: int) -> None:
        status = self.statuses.get(target_id)
        if status is not None and status.syncing:
            self.statuses[target_id] = replace(status, progress=(sent, total))
            self.changed.emit()

    def _synced(self, target_id: int, report: SyncReport | None, state: TargetState | None) -> None:
        self._cancel.pop(target_id, None)
        before = self.statuses.get(target_id)
        if state is None or before is None:  # removed meanwhile
            self.statuses.pop(target_id, None)
            self.changed.emit()
            return
        status = replace(
            before, target=state.target, pending=state.pending, syncing=False, progress=None
        )
        if report is not None and not report.stopped:
            status = replace(status, report=report, problem=report.problem)
            if report.ok:
                status = replace(status, failures=0, next_try=None)
            else:
                failures = status.failures + 1
                retry = None
                if report.problem is not Problem.REFUSED:
                    pause = RETRY_PAUSES[min(failures, len(RETRY_PAUSES)) - 1]
                    retry = self.clock() + pause
                status = replace(status, failures=failures, next_try=retry)
        self.statuses[target_id] = status
        self.changed.emit()
        if report is not None and not report.stopped:
            self.synced.emit(report)
        again = self._again.pop(target_id, None)
        if again is not None:
            self._sync(status.target, again)

    def _sync_crashed(self, target: TargetInfo, error: BaseException) -> None:
        """The sync itself failed (reading or writing Planner's database, not the target):
        shown on the target, and tried again later like an unreachable server."""
        from planner.calendars.service import TargetState
        from planner.calendars.sync import SyncReport

        status = self.statuses.get(target.id)
        report = SyncReport(target.name, target.kind.value)
        report.failed(error)  # a storage fault keeps its code, for the window's language
        report.problem = Problem.FAILED
        state = None if status is None else TargetState(status.target, status.pending)
        self._synced(target.id, report, state)

    def _read_failed(self, error: BaseException) -> None:
        """The targets could not be read (a locked database): the next tick tries again."""
        self._last_look = None

    def _take_states(self, states: list[TargetState]) -> None:
        fresh: dict[int, TargetStatus] = {}
        for state in states:
            old = self.statuses.get(state.target.id)
            if old is None:
                problem = Problem.FAILED if state.target.last_error else Problem.NONE
                fresh[state.target.id] = TargetStatus(state.target, state.pending, problem=problem)
            elif old.target != state.target and _points_elsewhere(old.target, state.target):
                fresh[state.target.id] = TargetStatus(state.target, state.pending)
            elif not old.syncing and old.target.last_attempt != state.target.last_attempt:
                # Synced elsewhere since (the command line, another window): its outcome is
                # the news, and this session's last report is not.
                failed = bool(state.target.last_error)
                fresh[state.target.id] = replace(
                    old,
                    target=state.target,
                    pending=state.pending,
                    report=None,
                    problem=Problem.FAILED if failed else Problem.NONE,
                    failures=old.failures if failed else 0,
                    next_try=old.next_try if failed else None,
                )
            else:
                fresh[state.target.id] = replace(old, target=state.target, pending=state.pending)
        self.statuses = fresh
        self.changed.emit()
        for target_id in sorted(self._asked & fresh.keys()):
            self._asked.discard(target_id)
            self._sync(fresh[target_id].target, Why.ASKED)


def _points_elsewhere(before: TargetInfo, after: TargetInfo) -> bool:
    return (before.location, before.username, before.password_command) != (
        after.location,
        after.username,
        after.password_command,
    )


# -- the words ----------------------------------------------------------------------------
class Level(Enum):
    NONE = "none"  # no calendar: nothing to show
    OK = "ok"
    BUSY = "busy"
    WAITING = "waiting"  # offline, or changes not sent yet
    ERROR = "error"


@dataclass(frozen=True)
class Summary:
    text: str  # one line for the status bar
    details: str  # a line per calendar, for its tooltip
    level: Level


class SyncTexts(Translatable):
    """What the status bar and the Calendars dialog say of each calendar (context
    "SyncTexts")."""

    def ago(self, moment: datetime, current: datetime) -> str:
        """“just now”, “2 min ago”, “3 h ago”, or the date."""
        seconds = max(0, int((current - moment).total_seconds()))
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%Ln min ago", "", seconds // 60)
        if seconds < 24 * 3600:
            return self.tr("%Ln h ago", "", seconds // 3600)
        return arg(self.tr("on %1", "a date"), Formats().date(moment.astimezone().date()))

    def in_time(self, moment: datetime, current: datetime) -> str:
        seconds = max(0, int((moment - current).total_seconds()))
        if seconds < 90:
            return self.tr("in %Ln s", "", seconds)
        return self.tr("in %Ln min", "", round(seconds / 60))

    def changes_waiting(self, count: int) -> str:
        return self.tr("%Ln change(s) waiting", "", count)

    def describe(self, status: TargetStatus, current: datetime) -> str:
        """One line about one calendar: its name, and how it is."""
        live = status.target.kind is TargetKind.LIVE
        name = self.tr("Live file") if live else status.target.name
        if status.syncing:
            if status.progress is not None and status.progress[1]:
                sent, total = status.progress
                return arg(self.tr("%1: syncing, %2 of %3 events sent"), name, sent, total)
            return arg(self.tr("%1: syncing…"), name)
        if status.error:
            if status.offline:
                waiting = self.changes_waiting(status.pending)
                text = arg(self.tr("%1: offline, %2. %3."), name, waiting, status.error)
                if status.next_try is not None:
                    retry = self.in_time(status.next_try, current)
                    text += " " + arg(self.tr("Trying again %1."), retry)
                return text
            return arg(self.tr("%1: not synced: %2"), name, status.error)
        if status.pending:
            return arg(
                self.tr("%1: %2", "a calendar, then how it is"),
                name,
                self.changes_waiting(status.pending),
            )
        if status.target.last_sync is None:
            return arg(self.tr("%1: not synced yet"), name)
        return arg(self.tr("%1: synced %2"), name, self.ago(status.target.last_sync, current))

    def summary(self, statuses: Iterable[TargetStatus], current: datetime) -> Summary:
        """What the status bar says of every calendar at once: the worst news first."""
        shown = sorted(statuses, key=lambda s: s.target.name.casefold())
        if not shown:
            return Summary("", "", Level.NONE)
        details = "\n".join(self.describe(status, current) for status in shown)
        syncing = [s for s in shown if s.syncing]
        failed = [s for s in shown if s.error and not s.offline and not s.syncing]
        offline = [s for s in shown if s.offline and not s.syncing]
        if failed:
            first = failed[0]
            if len(failed) > 1:
                #: The first calendar that failed, why, and how many more failed too.
                said = self.tr("Calendar “%1” not synced: %2 (and %Ln more)", "", len(failed) - 1)
            else:
                said = self.tr("Calendar “%1” not synced: %2")
            text = arg(said, first.target.name, first.error)
            return Summary(text, details, Level.ERROR)
        if syncing:
            if len(syncing) > 1:
                return Summary(
                    self.tr("Syncing %Ln calendars…", "", len(syncing)), details, Level.BUSY
                )
            status = syncing[0]
            if status.progress is not None and status.progress[1]:
                sent, total = status.progress
                text = arg(
                    self.tr("Syncing “%1”: %2 of %3 events sent"), status.target.name, sent, total
                )
            else:
                text = arg(self.tr("Syncing “%1”…"), status.target.name)
            return Summary(text, details, Level.BUSY)
        if offline:
            waiting = sum(s.pending for s in offline)
            text = arg(self.tr("Offline, %1"), self.changes_waiting(waiting))
            return Summary(text, details, Level.WAITING)
        waiting = sum(s.pending for s in shown)
        if waiting:
            text = arg(self.tr("Calendars: %1"), self.changes_waiting(waiting))
            return Summary(text, details, Level.WAITING)
        synced = [s.target.last_sync for s in shown]
        if any(moment is None for moment in synced):
            return Summary(self.tr("Calendars not synced yet"), details, Level.WAITING)
        oldest = min(moment for moment in synced if moment is not None)
        return Summary(
            arg(self.tr("Calendars synced %1"), self.ago(oldest, current)), details, Level.OK
        )


_TEXTS = SyncTexts()
describe = _TEXTS.describe
summary = _TEXTS.summary
