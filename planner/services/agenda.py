"""The user's own agenda: stars, priorities, statuses, notes, busy blocks, clashes.

Every use case here is one transaction. The ones that write return a `Result` whose
`Changes` name what they touched; the subscribers (the live calendar...) hear of it after
the commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING, TypeVar

from planner.domain.agenda import Status, check_busy_block
from planner.domain.changes import Changes, Result, Setting
from planner.domain.conflicts import Commitment, detect
from planner.domain.day_plan import DayPlan, day_plan
from planner.domain.preferences import CONFLICTS
from planner.domain.resolution import auto_resolve, clashes_with
from planner.services import reads
from planner.services.catalog import Catalog
from planner.storage import preferences, repo

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from datetime import datetime

    from sqlalchemy.orm import Session

    from planner.domain.agenda import BusyInfo, Priority, Star
    from planner.domain.conflicts import ConflictSettings, Detection
    from planner.domain.resolution import Resolution
    from planner.domain.suggest import Suggestion
    from planner.services.subscribers import Subscribers
    from planner.storage.db import Database

T = TypeVar("T")

# Which statuses each session moved between: {key: (before, after)}; before is None for
# a session the operation starred (undo removes that star).
StatusChanges = dict[str, tuple[Status | None, Status]]


@dataclass(frozen=True)
class StarChange:
    """A session's star before and after an operation (None: not starred), read in the
    operation's transaction, so that undo can put back exactly what was there."""

    key: str
    before: Star | None
    after: Star | None


@dataclass(frozen=True)
class NoteChange:
    """A session's note, and its star, before and after an edit of the note (read in its
    transaction): undo puts back exactly what was there, the star's timestamps included."""

    key: str
    before: SessionNote
    after: SessionNote


@dataclass(frozen=True)
class SessionNote:
    note: str
    star: Star | None  # the note is this star's when there is one


class AgendaService:
    def __init__(self, database: Database, subscribers: Subscribers) -> None:
        self._database = database
        self._subscribers = subscribers
        self._catalog = Catalog(database)  # the reads (the command line's without the core)

    # -- stars ---------------------------------------------------------------------------
    def star(
        self,
        conference_id: int,
        key: str,
        priority: Priority | None = None,
        status: Status | None = None,
        note: str | None = None,
    ) -> Result[StarChange]:
        """Star a session, or change its star; only the given fields change."""
        with self._database.transaction() as session:
            before = repo.get_star(session, conference_id, key)
            after = repo.set_star(
                session, conference_id, key, priority=priority, status=status, note=note
            )
        return self._committed(StarChange(key, before, after), conference_id, [key])

    def unstar(self, conference_id: int, key: str) -> Result[StarChange]:
        """Remove a session's star (`value.before` is None if it had none)."""
        with self._database.transaction() as session:
            before = repo.get_star(session, conference_id, key)
            repo.remove_star(session, conference_id, key)
        return self._committed(StarChange(key, before, None), conference_id, [key])

    def toggle_star(self, conference_id: int, key: str) -> Result[StarChange]:
        """Star a session that has no star, unstar one that has: decided in the
        transaction, so that two quick toggles always undo each other."""
        with self._database.transaction() as session:
            before = repo.get_star(session, conference_id, key)
            if before is None:
                after: Star | None = repo.set_star(session, conference_id, key)
            else:
                repo.remove_star(session, conference_id, key)
                after = None
        return self._committed(StarChange(key, before, after), conference_id, [key])

    def restore_star(self, conference_id: int, key: str, star: Star | None) -> Result[None]:
        """Put a session's star back to an earlier state (None: not starred). For undo."""
        with self._database.transaction() as session:
            if star is None:
                repo.remove_star(session, conference_id, key)
            else:
                repo.restore_star(session, conference_id, key, star)
        return self._committed(None, conference_id, [key])

    def remove_stars(self, conference_id: int, keys: Sequence[str]) -> Result[None]:
        """Unstar several sessions at once (undoing a merge of a colleague's agenda)."""
        with self._database.transaction() as session:
            for key in keys:
                repo.remove_star(session, conference_id, key)
        return self._committed(None, conference_id, keys)

    # -- notes ---------------------------------------------------------------------------
    def set_note(self, conference_id: int, key: str, note: str) -> Result[NoteChange]:
        """Keep the user's note on a session. It stars nothing: on a session without a
        star the note is kept apart, in no plan (clashes, exports, sharing)."""
        with self._database.transaction() as session:
            before = self._session_note(session, conference_id, key)
            repo.set_note(session, conference_id, key, note)
            after = self._session_note(session, conference_id, key)
        return self._committed(NoteChange(key, before, after), conference_id, [key])

    @staticmethod
    def _session_note(session: Session, conference_id: int, key: str) -> SessionNote:
        return SessionNote(
            repo.get_note(session, conference_id, key), repo.get_star(session, conference_id, key)
        )

    def restore_note(self, conference_id: int, key: str, state: SessionNote) -> Result[None]:
        """Put a session's note (and star) back as it was. For undo."""
        with self._database.transaction() as session:
            if state.star is None:
                repo.remove_star(session, conference_id, key)
                repo.set_note(session, conference_id, key, state.note)
            else:
                repo.restore_star(session, conference_id, key, state.star)
        return self._committed(None, conference_id, [key])

    def _committed(self, value: T, conference_id: int, keys: Iterable[str]) -> Result[T]:
        return self._subscribers.committed(value, Changes.of_stars(conference_id, keys))

    def set_statuses(
        self, conference_id: int, statuses: Mapping[str, Status | None]
    ) -> Result[None]:
        """Give sessions these statuses. None removes a session's star, and a status for
        a session without one stars it: undo and redo of an operation that starred a
        session on the way (`resolve_keep`) are exact."""
        with self._database.transaction() as session:
            kept: dict[str, Status] = {}
            for key, status in statuses.items():
                if status is None:
                    repo.remove_star(session, conference_id, key)
                elif repo.get_star(session, conference_id, key) is None:
                    repo.set_star(session, conference_id, key, status=status)
                else:
                    kept[key] = status
            repo.set_statuses(session, conference_id, kept)
        return self._committed(None, conference_id, statuses)

    # -- clash settings and busy blocks --------------------------------------------------
    def conflict_settings(self, conference_id: int) -> ConflictSettings:
        return self._catalog.conflict_settings(conference_id)

    def set_conflict_settings(self, conference_id: int, settings: ConflictSettings) -> Result[None]:
        with self._database.transaction() as session:
            preferences.write(session, CONFLICTS, conference_id, settings)
        return self._subscribers.committed(
            None, Changes.of_setting(conference_id, Setting.CONFLICTS)
        )

    def busy_blocks(self, conference_id: int) -> list[BusyInfo]:
        return self._catalog.busy_blocks(conference_id)

    def add_busy(
        self, conference_id: int, title: str, start: datetime, end: datetime
    ) -> Result[BusyInfo]:
        check_busy_block(start, end)
        with self._database.transaction() as session:
            repo.get_conference(session, conference_id)
            busy = repo.add_busy(
                session,
                conference_id,
                title.strip() or "Busy",
                start.astimezone(UTC),
                end.astimezone(UTC),
            )
        return self._subscribers.committed(busy, Changes.of_busy(conference_id))

    def restore_busy(self, busy: BusyInfo) -> Result[BusyInfo]:
        """Put back a busy block as it was, id included, so that undoing its removal (or
        redoing its addition) is exact and a later undo step still names it. If another
        program has given that id to a block of its own meanwhile, nothing is saved and
        the error says so (`ChangedMeanwhileError`)."""
        with self._database.transaction() as session:
            repo.get_conference(session, busy.conference_id)
            restored = repo.restore_busy(session, busy)
        return self._subscribers.committed(restored, Changes.of_busy(busy.conference_id))

    def remove_busy(self, busy_id: int) -> Result[BusyInfo]:
        with self._database.transaction() as session:
            busy = repo.remove_busy(session, busy_id)
        return self._subscribers.committed(busy, Changes.of_busy(busy.conference_id))

    # -- clashes -------------------------------------------------------------------------
    def commitments(self, conference_id: int) -> tuple[list[Commitment], list[Commitment]]:
        """(starred sessions not skipped, busy blocks) as commitments."""
        return self._catalog.commitments(conference_id)

    def conflicts(self, conference_id: int) -> Detection:
        """Clashes among what the user attends (status attend) and their busy blocks."""
        return self._catalog.conflicts(conference_id)

    def resolve_auto(self, conference_id: int, *, dry_run: bool = False) -> Result[Resolution]:
        """The best clash-free plan; applied unless `dry_run`."""
        with self._database.transaction() as session:
            starred, busy = reads.commitments(session, conference_id)
            resolution = auto_resolve(
                starred, busy, reads.conflict_settings(session, conference_id)
            )
            statuses = {d.key: d.status for d in resolution.changes}
            if dry_run or not statuses:
                return Result(resolution)
            repo.set_statuses(session, conference_id, statuses)
        return self._subscribers.committed(resolution, Changes.of_stars(conference_id, statuses))

    def resolve_keep(self, conference_id: int, key: str) -> Result[StatusChanges]:
        """Attend `key` (starring it if need be: then its entry's before is None); the
        sessions it clashes with become plan B. The value says whose status moved from
        what to what, which is all an undo needs."""
        with self._database.transaction() as session:
            talk = repo.get_talk(session, conference_id, key)
            before = None if talk.star is None else talk.star.status
            if talk.star is None:
                repo.set_star(session, conference_id, key, status=Status.ATTEND)
                talk = repo.get_talk(session, conference_id, key)
            assert talk.star is not None
            starred, _busy = reads.commitments(session, conference_id)
            settings = reads.conflict_settings(session, conference_id)
            chosen = Commitment.of_starred(talk)
            others = [c for c in starred if c.key != key and c.status is Status.ATTEND]
            moved: StatusChanges = {}
            if before is not Status.ATTEND:
                moved[key] = (before, Status.ATTEND)
            for other in clashes_with(chosen, others, settings):
                moved[other.key] = (other.status, Status.PLAN_B)
            if not moved:
                return Result(moved)
            repo.set_statuses(session, conference_id, {k: new for k, (_, new) in moved.items()})
        touched = Changes.of_stars(conference_id, [key, *moved])
        return self._subscribers.committed(moved, touched)

    def day_plan(self, conference_id: int) -> DayPlan:
        """My day, day by day (the pocket PDF and the print-out show this)."""
        with self._database.reading() as session:
            conference = reads.conference(session, conference_id)
            starred = repo.list_talks(session, conference_id, starred_only=True)
            busy = reads.busy_blocks(session, conference_id)
            commitments, blocks = reads.commitments(session, conference_id)
            settings = reads.conflict_settings(session, conference_id)
        attending = [c for c in commitments if c.status is Status.ATTEND]
        return day_plan(starred, busy, detect([*attending, *blocks], settings), conference.zone)

    def suggestions(self, conference_id: int, per_gap: int = 3) -> list[Suggestion]:
        """Sessions for the free time between what the user attends."""
        return self._catalog.suggestions(conference_id, per_gap)
