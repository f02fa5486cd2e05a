"""Reading what is stored: conferences, their sessions, the user's agenda and its clashes,
colleagues' agendas beside it. Nothing here writes.

The catalog reads through `planner.storage.queries` on the connection its source lends
it: the open core's `Database` (one of SQLAlchemy's pooled connections), or a
`ReadOnlyDatabase` of the standard library (`Catalog.open_read_only`: the command line's
read commands, the window's first view), so that reading never needs SQLAlchemy. This
module must not import it (an import-linter contract holds it so).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from planner.domain.agenda import Status
from planner.domain.errors import NotFoundError
from planner.storage import queries
from planner.storage.reader import LOCK_WAIT_SECONDS, ReadOnlyDatabase

# The clashes' and the window's view's modules are imported by the methods that use them:
# their dataclasses cost Python 5-8 M instructions each to create, and the command line's
# `conferences` and `sessions` use none of them (docs/performance.md).

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence
    from contextlib import AbstractContextManager
    from datetime import datetime
    from pathlib import Path

    from planner.domain.agenda import BusyInfo, ConferenceInfo, OverlayInfo, TalkInfo
    from planner.domain.changes import Changes
    from planner.domain.conflicts import Commitment, ConflictSettings, Detection
    from planner.domain.suggest import Suggestion
    from planner.domain.view import StartupView, ViewUpdate


@dataclass(frozen=True)
class Comparison:
    overlay: OverlayInfo
    shared: tuple[str, ...]  # keys both attend
    only_mine: tuple[str, ...]
    only_theirs: tuple[str, ...]
    common_free: tuple[tuple[datetime, datetime], ...]


class ReadSource(Protocol):
    def read_connection(self) -> AbstractContextManager[sqlite3.Connection]:
        """A DB-API connection inside one read transaction, for the block's length."""
        ...


class Catalog:
    def __init__(self, source: ReadSource) -> None:
        self._source = source
        self._owned: ReadOnlyDatabase | None = None  # opened by `open_read_only`

    @classmethod
    def open_read_only(cls, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS) -> Catalog | None:
        """A catalog of the database at `path` on a read-only connection of the standard
        library, or None if the database must first be opened by the core (it is new,
        empty or of an older schema: see `planner.storage.reader`). Raises what opening
        it would raise (damaged, another program's, locked). `close` it when done."""
        database = ReadOnlyDatabase.open(path, lock_wait=lock_wait)
        if database is None:
            return None
        catalog = cls(database)
        catalog._owned = database
        return catalog

    def close(self) -> None:
        """Close the connection `open_read_only` opened (the core closes its own)."""
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def revision(self) -> int:
        """Changes with every change written to the database (by any process)."""
        with self._source.read_connection() as connection:
            return queries.revision_of(connection)

    def has_calendar_targets(self) -> bool:
        """Whether any calendar is kept in sync with the agenda (the window opens the
        core at start to sync them)."""
        with self._source.read_connection() as connection:
            return bool(queries.list_targets(connection))

    def conferences(self) -> list[ConferenceInfo]:
        with self._source.read_connection() as connection:
            return queries.list_conferences(connection)

    def current_conference_id(self) -> int | None:
        """The current conference (the one last shown in the window or imported; see
        `queries.current_conference_id`), or None before the first import."""
        with self._source.read_connection() as connection:
            return queries.current_conference_id(connection)

    def conference(self, conference_id: int | None = None) -> ConferenceInfo:
        """The given conference, or the current one (`current_conference_id`)."""
        with self._source.read_connection() as connection:
            return queries.conference(connection, conference_id)

    def talks(
        self,
        conference_id: int,
        *,
        starred_only: bool = False,
        keys: Sequence[str] | None = None,
    ) -> list[TalkInfo]:
        """The sessions of a conference in time order (only the starred ones, or only
        those with these keys, if asked)."""
        with self._source.read_connection() as connection:
            return queries.list_talks(
                connection, conference_id, starred_only=starred_only, keys=keys
            )

    def talk(self, conference_id: int, key: str) -> TalkInfo:
        with self._source.read_connection() as connection:
            return queries.get_talk(connection, conference_id, key)

    # -- the user's agenda --------------------------------------------------------------
    def conflict_settings(self, conference_id: int) -> ConflictSettings:
        with self._source.read_connection() as connection:
            return queries.conflict_settings(connection, conference_id)

    def busy_blocks(self, conference_id: int) -> list[BusyInfo]:
        with self._source.read_connection() as connection:
            return queries.list_busy(connection, conference_id)

    def commitments(self, conference_id: int) -> tuple[list[Commitment], list[Commitment]]:
        """(starred sessions not skipped, busy blocks) as commitments."""
        with self._source.read_connection() as connection:
            return queries.commitments(connection, conference_id)

    def conflicts(self, conference_id: int) -> Detection:
        """Clashes among what the user attends (status attend) and their busy blocks."""
        from planner.domain.conflicts import detect

        with self._source.read_connection() as connection:
            starred, busy = queries.commitments(connection, conference_id)
            settings = queries.conflict_settings(connection, conference_id)
        attending = [c for c in starred if c.status is Status.ATTEND]
        return detect([*attending, *busy], settings)

    def suggestions(self, conference_id: int, per_gap: int = 3) -> list[Suggestion]:
        """Sessions for the free time between what the user attends."""
        from planner.domain.suggest import suggest

        with self._source.read_connection() as connection:
            conference = queries.conference(connection, conference_id)
            talks = queries.list_talks(connection, conference_id)
            starred, busy = queries.commitments(connection, conference_id)
            settings = queries.conflict_settings(connection, conference_id)
        plan = [c for c in starred if c.status is Status.ATTEND] + busy
        return suggest(talks, plan, settings, conference.zone, per_gap)

    # -- colleagues' agendas -------------------------------------------------------------
    def overlays(self, conference_id: int) -> list[OverlayInfo]:
        with self._source.read_connection() as connection:
            return queries.list_overlays(connection, conference_id)

    def overlay(self, overlay_id: int) -> OverlayInfo:
        with self._source.read_connection() as connection:
            return queries.get_overlay(connection, overlay_id)

    def compare(self, overlay_id: int) -> Comparison:
        """Where the user and a colleague agree, differ, and are free together."""
        from planner.domain.conflicts import Commitment
        from planner.domain.suggest import common_free_time

        with self._source.read_connection() as connection:
            overlay = queries.get_overlay(connection, overlay_id)
            conference = queries.get_conference(connection, overlay.conference_id)
            talks = queries.list_talks(connection, overlay.conference_id)
            starred, busy = queries.commitments(connection, overlay.conference_id)
        by_key = {t.key: t for t in talks}
        mine = {
            t.key
            for t in talks
            if t.star is not None and t.star.status is Status.ATTEND and not t.cancelled
        }
        theirs = {k for k in overlay.attending() if k in by_key}
        my_plan = [c for c in starred if c.status is Status.ATTEND] + busy
        their_plan = [
            Commitment(t.key, t.title, t.start, t.end, t.room) for t in talks if t.key in theirs
        ]
        # In the program's order (time, then room...), as `talks` lists them: sorting the
        # sets by start time alone left sessions at the same time in the sets' order,
        # which changes from run to run.
        return Comparison(
            overlay,
            tuple(t.key for t in talks if t.key in mine and t.key in theirs),
            tuple(t.key for t in talks if t.key in mine and t.key not in theirs),
            tuple(t.key for t in talks if t.key in theirs and t.key not in mine),
            common_free_time(my_plan, their_plan, talks, conference.zone),
        )

    # -- what the window shows ---------------------------------------------------------------
    def view(self, conference_id: int | None = None) -> StartupView:
        """Everything the window shows of a conference (the current one if None), read at
        one revision."""
        with self._source.read_connection() as connection:
            return _view(connection, conference_id)

    def update(self, conference_id: int, changes: Changes) -> ViewUpdate:
        """What `changes` changed of the view of `conference_id`, as it is now (read at one
        revision). A new program, or a change by someone else, gives a whole new view; so
        does a conference that is gone (the current one is shown instead)."""
        from planner.domain.changes import Setting
        from planner.domain.view import ViewUpdate

        with self._source.read_connection() as connection:
            revision = queries.revision_of(connection)
            if changes.program_changed(conference_id):
                try:
                    view = _view(connection, conference_id)
                except NotFoundError:
                    view = _view(connection, None)
                return ViewUpdate(revision, conference_id, changes, view=view)
            keys = sorted(changes.star_keys(conference_id))
            return ViewUpdate(
                revision,
                conference_id,
                changes,
                talks=tuple(queries.list_talks(connection, conference_id, keys=keys))
                if keys
                else (),
                busy=tuple(queries.calendar_busy(connection, conference_id))
                if changes.busy_changed(conference_id)
                else None,
                overlays=tuple(queries.list_overlays(connection, conference_id))
                if changes.overlays_changed(conference_id)
                else None,
                settings=queries.conflict_settings(connection, conference_id)
                if changes.setting_changed(conference_id, Setting.CONFLICTS)
                else None,
                conferences=tuple(queries.list_conferences(connection))
                if changes.conference_list
                else None,
            )


def _view(connection: sqlite3.Connection, conference_id: int | None) -> StartupView:
    from planner.domain.view import StartupView

    conference = queries.conference(connection, conference_id)
    return StartupView(
        queries.revision_of(connection),
        tuple(queries.list_conferences(connection)),
        conference,
        tuple(queries.list_talks(connection, conference.id)),
        tuple(queries.calendar_busy(connection, conference.id)),
        tuple(queries.list_overlays(connection, conference.id)),
        queries.conflict_settings(connection, conference.id),
    )
