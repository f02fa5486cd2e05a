"""Bringing one store (a CalDAV calendar, a folder of events) up to date with a `Plan`.

The rules, the same for every store:
- Nothing is sent for an event the store already holds as it should: a sync with nothing
  changed sends no PUT.
- Every write is conditional: an update carries the ETag Planner last wrote (`If-Match`),
  a new event `If-None-Match: *`. So an event the user edited in their calendar is never
  overwritten: Planner keeps their version, does not send its own change, and says so in
  every sync until the user deletes the event there (then Planner's version comes back at
  the next sync) or the session is back as it was.
- An event the user deleted in their calendar is not sent again unless the session
  changes in Planner.
- An unstarred session's event is deleted (also with `If-Match`: an edited one is kept).
- A failure (offline, refused) stops this store only: what was done is remembered, the
  rest waits for the next sync. So does a sync stopped on request (the app quitting).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from planner.domain.calendars import EventState, FailureCode, Remote, SyncFailure, one_line
from planner.domain.errors import Cancelled, StorageError
from planner.domain.messages import Note, NoteCode

if TYPE_CHECKING:
    from planner.calendars.plan import Plan
    from planner.domain.calendar_messages import PasswordMessage, ServerMessage


class PreconditionFailed(Exception):
    """The resource is not the one Planner expected (edited, created or deleted meanwhile)."""


class Problem(StrEnum):
    """Why a target could not be synced, as far as what to do next depends on it."""

    NONE = ""
    OFFLINE = "offline"  # the server could not be reached: normal; tried again later
    REFUSED = "refused"  # the user name or password was refused, or none could be had
    FAILED = "failed"  # anything else (the server refused a request, a folder unwritable)


class SyncProblem(Exception):
    """A failure of a target, with its kind; the message says why, for the user."""

    problem = Problem.FAILED


def problem_of(error: BaseException) -> Problem:
    return error.problem if isinstance(error, SyncProblem) else Problem.FAILED


# Called with (events sent so far, events to send) while a target is being synced.
Progress = Callable[[int, int], None]


class Store(Protocol):
    """Where events are kept, one resource per event, each with an ETag."""

    def listing(self) -> dict[str, str]:
        """Every event resource's href and its ETag."""
        ...

    def href_for(self, uid: str) -> str:
        """Where a new event with this UID goes."""
        ...

    def put(self, href: str, data: bytes, etag: str | None) -> str:
        """Write the resource if its ETag is `etag` (None: only if it does not exist);
        return its new ETag. Raises `PreconditionFailed`."""
        ...

    def delete(self, href: str, etag: str) -> None:
        """Delete the resource if its ETag is `etag`. Raises `PreconditionFailed`."""
        ...


@dataclass
class SyncReport:
    """What one sync of one target did, for the user and for `calendar sync --json`."""

    target: str
    kind: str
    created: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # kept the user's version, and why
    notes: list[str] = field(default_factory=list)  # what the user did there, left alone
    error: str = ""  # why the target could not be (fully) synced; "" when it was
    problem: Problem = Problem.NONE  # what kind of failure `error` is
    failure: SyncFailure | None = None  # `error` as a code with values (what is stored)
    pending: int = 0  # changes still waiting (after an error)
    stopped: bool = False  # stopped on request before it was done (nothing went wrong)

    @property
    def ok(self) -> bool:
        return not self.error

    def failed(self, error: BaseException, failure: SyncFailure | None = None) -> None:
        """It failed because of `error` (said as `failure`, or as `failure_of` says)."""
        self.failure = failure or failure_of(error)
        self.error = str(self.failure)
        self.problem = problem_of(error)

    def summary(self) -> str:
        counts = (
            f"{self.created} created, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} unchanged"
        )
        if self.error:
            waiting = f"; {self.pending} changes waiting" if self.pending else ""
            return f"{self.target}: failed: {self.error}{waiting} ({counts})"
        extra = f", {len(self.conflicts)} kept as you edited them" if self.conflicts else ""
        return f"{self.target}: synced: {counts}{extra}"


def safe_file_name(uid: str) -> str:
    """A resource or file name for an event: its UID, with only portable characters."""
    return re.sub(r"[^A-Za-z0-9@._-]", "_", uid) + ".ics"


def push(
    store: Store,
    plan: Plan,
    report: SyncReport,
    resource: Callable[[bytes, int], bytes],
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> dict[str, EventState]:
    """Apply `plan` to `store`; count what happened in `report`. Returns the states to
    remember - also when it stops on an error or on request (then only for what was
    done), so that nothing done is done twice. `resource(event, index)` wraps the plan's
    `index`-th outgoing event as the resource to store. `cancelled` is asked before each
    write; `progress` hears of each one."""
    states: dict[str, EventState] = {}
    writes = _Writes(plan.changes, cancelled, progress)
    try:
        _push(store, plan, report, resource, states, writes)
    except Cancelled:
        report.stopped = True
        report.pending = _still_waiting(plan, states)
    except Exception as error:
        report.failed(error)
        report.pending = _still_waiting(plan, states)
    return states


def _still_waiting(plan: Plan, states: dict[str, EventState]) -> int:
    done = set(states)
    return sum(
        1
        for o in plan.outgoing
        if o.changed and o.state.remote is not Remote.EDITED and o.talk.key not in done
    ) + sum(1 for r in plan.removed if r.remote is not Remote.EDITED and r.key not in done)


@dataclass
class _Writes:
    """Counts the writes of one sync, for `progress`, and stops before one if asked."""

    total: int
    cancelled: Callable[[], bool] | None
    progress: Progress | None
    done: int = 0

    def before(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("the calendar sync")

    def after(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _push(
    store: Store,
    plan: Plan,
    report: SyncReport,
    resource: Callable[[bytes, int], bytes],
    states: dict[str, EventState],
    writes: _Writes,
) -> None:
    writes.before()
    listing = store.listing()
    for index, outgoing in enumerate(plan.outgoing):
        key, title = outgoing.talk.key, outgoing.talk.title
        before = plan.previous.get(key)
        href = before.href if before is not None and before.href else store.href_for(outgoing.uid)
        there = listing.get(href)  # the ETag of what the store holds there now
        remote = _what_the_user_did(before, there)
        if not outgoing.changed:
            assert before is not None
            if remote is not before.remote:
                states[key] = replace(before, remote=remote)
                if remote is Remote.DELETED:
                    report.notes.append(Note(NoteCode.SYNC_DELETED_THERE, title))
                elif remote is Remote.EDITED:
                    report.notes.append(Note(NoteCode.SYNC_EDITED_THERE, title))
            report.unchanged += 1
            continue
        if remote is Remote.EDITED:
            assert before is not None
            states[key] = replace(before, remote=Remote.EDITED)
            report.conflicts.append(Note(NoteCode.SYNC_KEPT_YOURS, title))
            continue
        data = resource(outgoing.event, index)
        writes.before()
        try:
            if there is None:
                etag = store.put(href, data, None)
                report.created += 1
            else:
                # As Planner last wrote it, or an event of ours whose state was lost (its
                # name comes from the session's UID): ours to update.
                etag = store.put(href, data, there)
                report.updated += 1
        except PreconditionFailed:
            report.conflicts.append(Note(NoteCode.SYNC_CHANGED_DURING, title))
            continue
        finally:
            writes.after()
        states[key] = replace(outgoing.state, href=href, etag=etag, remote=Remote.NONE)
    for gone in plan.removed:
        there = listing.get(gone.href) if gone.href else None
        if there is None:
            states[gone.key] = replace(gone, present=False, remote=Remote.NONE)
            report.removed += 1
            continue
        if there != gone.etag:
            states[gone.key] = replace(gone, remote=Remote.EDITED)
            report.conflicts.append(Note(NoteCode.SYNC_NOT_DELETED_EDITED, gone.key))
            continue
        writes.before()
        try:
            store.delete(gone.href, there)
        except PreconditionFailed:
            report.conflicts.append(Note(NoteCode.SYNC_NOT_DELETED_CHANGED, gone.key))
            continue
        finally:
            writes.after()
        states[gone.key] = replace(gone, present=False, remote=Remote.NONE)
        report.removed += 1


def _what_the_user_did(before: EventState | None, there: str | None) -> Remote:
    if before is None or not before.present or not before.etag:
        return Remote.NONE  # Planner does not hold an event there
    if there is None:
        return Remote.DELETED
    return Remote.EDITED if there != before.etag else Remote.NONE


def describe(error: BaseException) -> str:
    """One line for the user: what went wrong, without a traceback."""
    if isinstance(error, StorageError):  # its target is named by the caller's line
        return error.problem
    return one_line(str(error)) or type(error).__name__


def failure_of(error: BaseException) -> SyncFailure:
    """A sync's failure as it is stored: a server's or the storage's code with its values,
    or (an error without one) its English line."""
    said: ServerMessage | None = getattr(error, "said", None)
    if said is not None:
        return SyncFailure(FailureCode.SERVER, said=said)
    password: PasswordMessage | None = getattr(error, "password", None)
    if password is not None:
        return SyncFailure(FailureCode.PASSWORD, password=password)
    if isinstance(error, StorageError) and error.code is not None:
        return SyncFailure(
            FailureCode.STORAGE,
            storage=error.code,
            location=error.target,
            doing=error.doing,
            detail=error.detail,
            notes=error.notes,
        )
    return SyncFailure(FailureCode.OTHER, detail=describe(error))


def file_failure(location: str, error: BaseException) -> SyncFailure:
    """A calendar file at `location` that could not be written, because of `error`."""
    if isinstance(error, StorageError) and error.code is not None:
        return SyncFailure(
            FailureCode.CALENDAR_FILE,
            storage=error.code,
            location=location,
            doing=error.doing,
            detail=error.detail,
            notes=error.notes,
        )
    return SyncFailure(FailureCode.CALENDAR_FILE, location=location, detail=describe(error))
