"""The calendar files that follow the agenda: a subscriber that rewrites them after every
committed change (`LocalCalendarTargets`).

Looking whether a conference has any such file is one read on the database's own
connection (`storage.queries`, either connection: `storage.units`); only when it has
does the subscriber make the calendar service (SQLAlchemy, icalendar, the sync), so that
an import or a star with no calendar file to follow pays for none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.calendars import FOLLOWING_KINDS
from planner.domain.changes import Report
from planner.storage import queries

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.calendars.service import CalendarService
    from planner.calendars.sync import SyncReport
    from planner.domain.changes import Changes
    from planner.services.catalog import ReadSource


def sync_report(sync: SyncReport) -> Report:
    """A calendar file's sync, as the report of what followed a change."""
    return Report(
        LocalCalendarTargets.name, sync.ok, sync.error or sync.summary(), failure=sync.failure
    )


class LocalCalendarTargets:
    """Subscriber: after a conference's agenda changed, rewrites its live calendar file and
    its folders of events (a live file just chosen is written where it is chosen). CalDAV
    targets are not subscribers: the app syncs them off its window's thread (`ui/
    calendar_sync.py`, see ARCHITECTURE.md), and `planner calendar sync` on request.

    `calendars` makes (or gives) the calendar service, when there is a file to rewrite."""

    name = "the calendar files"

    def __init__(self, database: ReadSource, calendars: Callable[[], CalendarService]) -> None:
        self._database = database
        self._calendars = calendars

    def agenda_changed(self, changes: Changes) -> list[Report]:
        # A new live file is written where it is chosen (`ExportService.set_live_calendar`).
        changed = [c for c in sorted(changes.conference_ids) if changes.agenda_changed(c)]
        if not changed:
            return []
        with self._database.read_connection() as connection:
            followed = [
                conference_id
                for conference_id in changed
                if queries.list_targets(
                    connection, conference_id=conference_id, kinds=FOLLOWING_KINDS
                )
            ]
        reports = []
        for conference_id in followed:
            synced = self._calendars().sync(conference_id=conference_id, local=True)
            reports += [sync_report(report) for report in synced]
        return reports
