"""Exporting the agenda to calendars: `.ics` files, and the live file kept up to date.

The live calendar file is a subscriber (`LiveCalendarFile`): after every committed change
to the agenda it rewrites the file and reports how that went; it is no longer a side
effect hidden in each use case.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from planner.atomic import write_atomic
from planner.domain.agenda import Status
from planner.domain.changes import Changes, Report, Result, Setting
from planner.domain.errors import PlannerError, UsageError
from planner.domain.preferences import LIVE_CALENDAR, LiveCalendar
from planner.services import reads
from planner.storage import preferences, repo

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from planner.domain.agenda import TalkInfo
    from planner.services.subscribers import Subscribers
    from planner.storage.db import Database

MAX_ALARM_MINUTES = 7 * 24 * 60


def _agenda_talks(session: Session, conference_id: int, include_plan_b: bool) -> list[TalkInfo]:
    wanted = {Status.ATTEND, Status.PLAN_B} if include_plan_b else {Status.ATTEND}
    return [
        t
        for t in repo.list_talks(session, conference_id, starred_only=True)
        if t.star is not None and (t.star.status in wanted or t.cancelled)
    ]


class ExportService:
    def __init__(self, database: Database, subscribers: Subscribers) -> None:
        self._database = database
        self._subscribers = subscribers

    def agenda_talks(self, conference_id: int, *, include_plan_b: bool = False) -> list[TalkInfo]:
        """What the user's calendar should show: attended sessions (plan B if asked),
        and starred sessions that left the program (as cancelled)."""
        with self._database.reading() as session:
            return _agenda_talks(session, conference_id, include_plan_b)

    def ics(
        self,
        conference_id: int,
        target: Path,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
        keys: Sequence[str] | None = None,
    ) -> int:
        """Write the agenda (or the sessions `keys`) as iCalendar, atomically. Returns the
        number of events. Sessions exported before and since unstarred are written once
        more as CANCELLED, so calendars that imported them drop them.

        One transaction: what is written and the export state remembered for the next
        export (SEQUENCE numbers) agree; if the file cannot be written, nothing is kept.
        The state is bookkeeping no view shows, so there are no `Changes` to return.
        """
        # icalendar costs ~0.1 s to import: only exports pay for it.
        from planner.export.ics import WITHDRAWN, ExportState, render_calendar

        if alarm_minutes is not None and not 0 <= alarm_minutes <= MAX_ALARM_MINUTES:
            raise UsageError("the alarm must be between 0 and 10080 minutes before")
        with self._database.transaction() as session:
            conference = reads.conference(session, conference_id)
            if keys is not None:
                talks = [repo.get_talk(session, conference_id, key) for key in keys]
            else:
                talks = _agenda_talks(session, conference_id, include_plan_b)
            identity = repo.conference_identity_of(session, conference_id)
            stored = repo.export_states(session, conference_id)
            previous = {key: ExportState(seq, mark) for key, (seq, mark) in stored.items()}
            if keys is None:
                exported = {t.key for t in talks}
                withdrawn = [
                    key
                    for key, state in previous.items()
                    if key not in exported and state.fingerprint != WITHDRAWN
                ]
                if withdrawn:
                    program = {t.key: t for t in repo.list_talks(session, conference_id)}
                    talks.extend(
                        replace(program[key], cancelled=True) for key in withdrawn if key in program
                    )
            data, states = render_calendar(
                conference, identity, talks, previous, alarm_minutes=alarm_minutes
            )
            write_atomic(target, data)
            if keys is None:
                for talk in talks:
                    if talk.star is None:  # written once as cancelled: do not repeat
                        states[talk.key] = ExportState(states[talk.key].sequence, WITHDRAWN)
            repo.save_export_states(
                session,
                conference_id,
                {key: (state.sequence, state.fingerprint) for key, state in states.items()},
            )
        return len(talks)

    # -- the live calendar file ----------------------------------------------------------
    def live_calendar(self, conference_id: int) -> LiveCalendar | None:
        with self._database.reading() as session:
            return preferences.read(session, LIVE_CALENDAR, conference_id)

    def set_live_calendar(
        self,
        conference_id: int,
        target: Path | None,
        *,
        include_plan_b: bool = False,
        alarm_minutes: int | None = None,
    ) -> Result[None]:
        """Keep `target` rewritten (atomically) whenever the agenda changes; None stops.
        The file is written at once: the result's report says whether that worked."""
        if alarm_minutes is not None and not 0 <= alarm_minutes <= MAX_ALARM_MINUTES:
            raise UsageError("the alarm must be between 0 and 10080 minutes before")
        live = (
            None
            if target is None
            else LiveCalendar(Path(target).absolute(), include_plan_b, alarm_minutes)
        )
        with self._database.transaction() as session:
            reads.conference(session, conference_id)
            preferences.write(session, LIVE_CALENDAR, conference_id, live)
        return self._subscribers.committed(
            None, Changes.of_setting(conference_id, Setting.LIVE_CALENDAR)
        )


class LiveCalendarFile:
    """Subscriber: rewrites each conference's live calendar file after its agenda changed
    (or after the file was chosen)."""

    name = "the live calendar file"

    def __init__(self, exports: ExportService) -> None:
        self._exports = exports

    def agenda_changed(self, changes: Changes) -> list[Report]:
        reports = []
        for conference_id in sorted(changes.conference_ids):
            if not (
                changes.agenda_changed(conference_id)
                or changes.setting_changed(conference_id, Setting.LIVE_CALENDAR)
            ):
                continue
            live = self._exports.live_calendar(conference_id)
            if live is None:
                continue
            try:
                count = self._exports.ics(
                    conference_id,
                    live.path,
                    include_plan_b=live.include_plan_b,
                    alarm_minutes=live.alarm_minutes,
                )
            except (OSError, PlannerError) as error:
                reports.append(
                    Report(
                        self.name,
                        False,
                        f"{live.path}: the live calendar could not be written ({error})",
                    )
                )
            else:
                reports.append(Report(self.name, True, f"{live.path}: {count} events"))
        return reports
