"""Exporting the agenda to calendars: `.ics` files, the live file and calendar targets.

The local targets (the live file, folders of events) follow the agenda as a subscriber
(`calendar_files.LocalCalendarTargets`): after every committed change to the agenda they
are rewritten, each reporting how that went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.atomic import write_atomic
from planner.calendars.exports import CalendarFiles
from planner.calendars.service import CalendarService
from planner.domain.changes import NO_CHANGES, Changes, Report, Result, Setting
from planner.services import reads
from planner.services.calendar_files import sync_report
from planner.storage import repo

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from planner.services.subscribers import Subscribers
    from planner.storage.db import Database


class ExportService:
    """Exports to files; each file keeps its own state (`planner.calendars`)."""

    def __init__(self, database: Database, subscribers: Subscribers) -> None:
        self._database = database
        self._subscribers = subscribers
        self.calendars = CalendarService(database)
        self.files = CalendarFiles(database, self.calendars.syncer)

    def ics(
        self,
        conference_id: int,
        target: Path,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
        keys: Sequence[str] | None = None,
    ) -> Result[int]:
        """Write the agenda (or the sessions `keys`) as iCalendar, atomically; the value is
        the number of events. The file keeps its own SEQUENCE and DTSTAMP per session, so
        no other export can make it lie. That state is bookkeeping no view shows: no
        `Changes`. When the database cannot keep it (a full or read-only disk), the file is
        written all the same and the result's one problem says what that costs."""
        written = self.files.export(
            conference_id,
            target,
            include_plan_b=include_plan_b,
            alarm_minutes=alarm_minutes,
            keys=keys,
        )
        if written.not_kept:
            return Result(written.count, NO_CHANGES, (Report(_FILE, False, written.not_kept),))
        return Result(written.count)

    def csv(self, conference_id: int, target: Path) -> int:
        """Write the starred sessions as CSV for spreadsheets, atomically. Returns how many."""
        from planner.export import agenda_csv

        with self._database.reading() as session:
            conference = reads.conference(session, conference_id)
            talks = repo.list_talks(session, conference_id, starred_only=True)
        write_atomic(target, agenda_csv.render(talks, conference.zone))
        return sum(1 for t in talks if t.star is not None)

    # -- the live calendar file ----------------------------------------------------------
    def set_live_calendar(
        self,
        conference_id: int,
        target: Path | None,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
    ) -> Result[None]:
        """Keep `target` rewritten (atomically) whenever the agenda changes; None stops.
        The file is written at once, before it is kept: if that fails, the error says why
        and nothing changes. The result's report says how the first write went."""
        written = self.files.set_live(
            conference_id, target, include_plan_b=include_plan_b, alarm_minutes=alarm_minutes
        )
        # The live file is a calendar target too (the Calendars dialog lists it).
        result = self._subscribers.committed(
            None,
            Changes.of_setting(conference_id, Setting.LIVE_CALENDAR)
            | Changes.of_targets(conference_id),
        )
        if written is None:
            return result
        return Result(None, result.changes, (sync_report(written.report), *result.reports))


_FILE = "the calendar file"
