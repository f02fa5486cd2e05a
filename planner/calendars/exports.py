"""Calendar files: an `.ics` exported once, and the live file kept rewritten.

Each file is written *before* anything about it is stored: a file that cannot be written
(a folder, a pipe, a full disk) or an export that is refused (a session that does not
exist) leaves the database exactly as it was, and a live file whose first write fails is
not kept. What is stored afterwards - the file's own SEQUENCE and DTSTAMP per session, so
that no other export can make it lie - is bookkeeping no view shows: it does not renew
the database's revision, and when the database cannot take it (full, read-only) the file
is still written and the caller is told what that costs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from planner.calendars.syncer import CalendarFileError, FileWritten, now
from planner.domain.calendars import TargetInfo, TargetKind
from planner.domain.errors import StorageError, UsageError
from planner.domain.refusals import Refusal, RefusalCode
from planner.storage import repo, targets

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from planner.calendars.sync import SyncReport
    from planner.calendars.syncer import Syncer
    from planner.storage.db import Database

MAX_ALARM_MINUTES = 7 * 24 * 60


def check_alarm(alarm_minutes: int | None) -> None:
    if alarm_minutes is not None and not 0 <= alarm_minutes <= MAX_ALARM_MINUTES:
        raise UsageError.of(Refusal(RefusalCode.ALARM_OUT_OF_RANGE, MAX_ALARM_MINUTES))


@dataclass(frozen=True)
class FileExport:
    """A calendar file written: how many events it holds, what the write did, and why
    the database could not keep the file's state ("" when it did)."""

    count: int
    report: SyncReport
    not_kept: str = ""


class CalendarFiles:
    def __init__(self, database: Database, syncer: Syncer) -> None:
        self._database = database
        self._syncer = syncer

    def export(
        self,
        conference_id: int,
        path: Path,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
        keys: Sequence[str] | None = None,
    ) -> FileExport:
        """Write the agenda (or the sessions `keys`) to `path`, atomically, with that file's
        own SEQUENCE and DTSTAMP per session, and keep those (one transaction)."""
        check_alarm(alarm_minutes)
        location = str(Path(path).absolute())
        wanted = TargetInfo(
            0, location, TargetKind.FILE, conference_id, location, include_plan_b, alarm_minutes
        )
        if self._database.read_only is not None:
            return self._export_unkept(wanted, keys, self._database.read_only)
        written: FileWritten | None = None
        try:
            # Bookkeeping: an exported file's state is shown by no view (the revision stays).
            with self._database.transaction(bookkeeping=True) as session:
                repo.get_conference(session, conference_id)
                found = targets.find_target(session, conference_id, TargetKind.FILE, location)
                if found is not None:
                    wanted = replace(wanted, id=found.id)
                written = self._write_file(wanted, keys, session)
                saved = targets.save_target(session, wanted)
                self._syncer.record_file(session, saved.id, written, now())
        except StorageError as error:
            if written is None:
                raise
            # Written, but the commit failed (the disk filled up meanwhile, say).
            return FileExport(written.count, written.report, _not_kept(wanted, error))
        return FileExport(written.count, written.report)

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
    ) -> FileExport | None:
        """Keep `path` rewritten whenever the agenda changes (None: stop). One transaction,
        in which the file is written first: if that fails, nothing changes (the live file
        chosen before, if any, stays the live file) and the error says why."""
        check_alarm(alarm_minutes)
        location = "" if path is None else str(Path(path).absolute())
        with self._database.transaction() as session:
            repo.get_conference(session, conference_id)
            current = targets.list_targets(
                session, conference_id=conference_id, kinds=(TargetKind.LIVE,)
            )
            if path is None:
                for old in current:
                    targets.remove_target(session, old.id)
                return None
            kept = [t for t in current if t.location == location]
            wanted = TargetInfo(
                kept[0].id if kept else 0,
                location,
                TargetKind.LIVE,
                conference_id,
                location,
                include_plan_b,
                alarm_minutes,
            )
            written = self._write_file(wanted, None, session)
            for old in current:
                if old.location != location:
                    targets.remove_target(session, old.id)
            saved = targets.save_target(session, wanted)
            self._syncer.record_file(session, saved.id, written, now())
        return FileExport(written.count, written.report)

    def _write_file(
        self, wanted: TargetInfo, keys: Sequence[str] | None, session: Session
    ) -> FileWritten:
        """Plan the file from `session` (a missing session raises: nothing written) and
        write it; a file that cannot be written is one `PlannerError` naming it."""
        conference, planned = self._syncer.plan(wanted, keys, session)
        try:
            return self._syncer.write_file(wanted, conference, planned)
        except (OSError, StorageError) as error:
            raise CalendarFileError(wanted.location, error) from error

    def _export_unkept(
        self, wanted: TargetInfo, keys: Sequence[str] | None, why: StorageError
    ) -> FileExport:
        """A database that cannot be written (a full or read-only disk): the file is
        written from what the database holds, and its state cannot be kept."""
        with self._database.reading() as session:
            repo.get_conference(session, wanted.conference_id)
            found = targets.find_target(
                session, wanted.conference_id, TargetKind.FILE, wanted.location
            )
            if found is not None:
                wanted = replace(wanted, id=found.id)
            written = self._write_file(wanted, keys, session)
        return FileExport(written.count, written.report, _not_kept(wanted, why))


def _not_kept(target: TargetInfo, error: StorageError) -> str:
    return (
        f"{target.location} was written, but {error.target} could not keep its state "
        f"({error.problem}): the next export to this file cannot tell calendar apps which "
        "sessions changed since this one (they may keep an older version of a changed "
        "session)"
    )
