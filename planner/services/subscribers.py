"""Followers of "the agenda changed": what must happen after every committed change.

The live calendar file, and the calendar targets Planner keeps in sync, are derived from
the user's agenda. Rather than each use case rewriting them as a hidden side effect, every
mutating use case commits its transaction and then hands its `Changes` to
`Subscribers.committed`, which calls each subscriber in turn and collects their reports
into the `Result` the caller gets.

The contract a subscriber keeps (`Subscriber`):
- `agenda_changed(changes)` is called once per committed operation, on the thread that
  ran it (a worker thread in the window, the main thread in the CLI), after the commit:
  what it reads is what was committed. It gets every change; it looks at the ones it
  cares about (`changes.agenda_changed(conference_id)`, `changes.setting_changed(...)`)
  and returns nothing when none concern it.
- It returns one `Report` per thing it updated (ok or not), with a one-line message that
  names its target; the caller shows the failures (`Result.problems`).
- It may raise: the exception becomes a failed report. Either way the committed change
  stands, the caller's command succeeds, and the next operation calls the subscriber
  again (a failure never blocks later commands).
- It must not call mutating use cases (that would notify again, recursively); it may
  keep its own bookkeeping in the database in its own transaction.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Protocol, TypeVar

from planner.domain.changes import Report, Result

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planner.domain.changes import Changes

T = TypeVar("T")


class Subscriber(Protocol):
    @property
    def name(self) -> str:
        """What it keeps up to date, for reports of failures it did not catch itself."""
        ...

    def agenda_changed(self, changes: Changes) -> Sequence[Report]: ...


class Subscribers:
    """The subscribers of one open core, called after each committed change."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def add(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.append(subscriber)

    def remove(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.remove(subscriber)

    def committed(self, value: T, changes: Changes) -> Result[T]:
        """The result of an operation whose transaction has committed `changes`."""
        if not changes:
            return Result(value, changes)
        with self._lock:
            subscribers = tuple(self._subscribers)
        reports: list[Report] = []
        for subscriber in subscribers:
            try:
                reports.extend(subscriber.agenda_changed(changes))
            # Deliberately broad: a subscriber derives something from data that is already
            # committed. Whatever goes wrong there (a full disk, a server, a bug such as a
            # date out of range) must not turn the user's saved change into an error.
            except Exception as error:
                reports.append(
                    Report(subscriber.name, False, f"{subscriber.name}: {error}", fault=error)
                )
        return Result(value, changes, tuple(reports))
