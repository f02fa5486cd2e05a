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
  rest waits for the next sync.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from planner.domain.calendars import EventState, Remote
from planner.domain.errors import StorageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.calendars.plan import Plan


class PreconditionFailed(Exception):
    """The resource is not the one Planner expected (edited, created or deleted meanwhile)."""


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
    pending: int = 0  # changes still waiting (after an error)

    @property
    def ok(self) -> bool:
        return not self.error

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
) -> dict[str, EventState]:
    """Apply `plan` to `store`; count what happened in `report`. Returns the states to
    remember - also when it stops on an error (then only for what was done), so that
    nothing done is done twice. `resource(event, index)` wraps the plan's `index`-th
    outgoing event as the resource to store."""
    states: dict[str, EventState] = {}
    try:
        _push(store, plan, report, resource, states)
    except Exception as error:
        report.error = describe(error)
        done = set(states)
        report.pending = sum(
            1 for o in plan.outgoing if o.changed and o.talk.key not in done
        ) + sum(1 for r in plan.removed if r.key not in done)
    return states


def _push(
    store: Store,
    plan: Plan,
    report: SyncReport,
    resource: Callable[[bytes, int], bytes],
    states: dict[str, EventState],
) -> None:
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
                    report.notes.append(
                        f"“{title}” was deleted in your calendar: Planner will not add it "
                        "again unless the session changes"
                    )
                elif remote is Remote.EDITED:
                    report.notes.append(f"“{title}” was edited in your calendar: kept as it is")
            report.unchanged += 1
            continue
        if remote is Remote.EDITED:
            assert before is not None
            states[key] = replace(before, remote=Remote.EDITED)
            report.conflicts.append(
                f"“{title}” was edited in your calendar, so Planner kept your version and did "
                "not send its change; delete the event there to get Planner's version"
            )
            continue
        data = resource(outgoing.event, index)
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
            report.conflicts.append(
                f"“{title}” changed in your calendar during the sync: kept as it is"
            )
            continue
        states[key] = replace(outgoing.state, href=href, etag=etag, remote=Remote.NONE)
    for gone in plan.removed:
        there = listing.get(gone.href) if gone.href else None
        if there is None:
            states[gone.key] = replace(gone, present=False, remote=Remote.NONE)
            report.removed += 1
            continue
        if there != gone.etag:
            states[gone.key] = replace(gone, remote=Remote.EDITED)
            report.conflicts.append(
                f"{gone.key}: no longer in your agenda, but edited in your calendar, so "
                "Planner did not delete it there"
            )
            continue
        try:
            store.delete(gone.href, there)
        except PreconditionFailed:
            report.conflicts.append(f"{gone.key}: changed in your calendar: not deleted")
            continue
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
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:300]
