"""Calendar targets and what each one last received, per session.

Like `repo`, functions take the caller's `Session` and return `planner.domain` values.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from planner.domain.calendars import EventState, Remote, SyncFailure, TargetInfo
from planner.storage import queries
from planner.storage.columns import utc_now
from planner.storage.repo import _in_session
from planner.storage.schema import CalendarTarget, TargetEvent

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import datetime

    from sqlalchemy.orm import Session


# The reads are `storage.queries`' (SQL over the session's own DB-API connection), like
# every read: after each import or star the calendar files follow (`LocalCalendarTargets`),
# and reading no target through the ORM was its mappers configured and its statement
# compiled in every `planner import` and `planner star` (~50 M instructions).
failure_from_row = queries.failure_from_row
list_targets = _in_session(queries.list_targets)
get_target = _in_session(queries.get_target)
find_target = _in_session(queries.find_target)


def save_target(session: Session, target: TargetInfo) -> TargetInfo:
    """Add the target (id 0) or update the stored one with the same id."""
    row = None if target.id == 0 else session.get(CalendarTarget, target.id)
    if row is None:
        row = CalendarTarget(created_at=utc_now())
        session.add(row)
    row.conference_id = target.conference_id
    row.kind = target.kind.value
    row.name = target.name
    row.location = target.location
    row.include_plan_b = target.include_plan_b
    row.alarm_minutes = target.alarm_minutes
    row.calendar_name = target.calendar_name
    row.calendar_url = target.calendar_url
    row.username = target.username
    row.password_command = target.password_command
    row.last_sync = target.last_sync
    row.last_attempt = target.last_attempt
    _store_failure(row, target.last_failure)
    session.flush()
    return get_target(session, row.id)


def remove_target(session: Session, target_id: int) -> None:
    forget_events(session, target_id)
    session.execute(delete(CalendarTarget).where(CalendarTarget.id == target_id))


def set_calendar_url(session: Session, target_id: int, calendar_url: str) -> None:
    """Remember the calendar found (or created) for a CalDAV target."""
    row = session.get(CalendarTarget, target_id)
    if row is not None:
        row.calendar_url = calendar_url
        session.flush()


def forget_events(session: Session, target_id: int) -> None:
    """Forget what the target received (it now points somewhere else)."""
    session.execute(delete(TargetEvent).where(TargetEvent.target_id == target_id))


def _store_failure(row: CalendarTarget, failure: SyncFailure | None) -> None:
    row.last_error_code = "" if failure is None else failure.code.value
    row.last_error_values = (
        "{}" if failure is None else json.dumps(failure.values(), ensure_ascii=False)
    )


def record_attempt(
    session: Session,
    target_id: int,
    when: datetime,
    failure: SyncFailure | None,
    *,
    calendar_url: str = "",
) -> None:
    """Remember how a sync went: its time, and why it failed (None for a success)."""
    row = session.get(CalendarTarget, target_id)
    if row is None:
        return  # removed meanwhile (by another window or the command line)
    row.last_attempt = when
    _store_failure(row, failure)
    if failure is None:
        row.last_sync = when
    if calendar_url:
        row.calendar_url = calendar_url
    session.flush()


def event_states(session: Session, target_id: int) -> dict[str, EventState]:
    return {
        row.talk_key: EventState(
            row.talk_key,
            row.sequence,
            row.fingerprint,
            row.stamp,
            row.present,
            row.href,
            row.etag,
            Remote(row.remote),
        )
        for row in session.scalars(select(TargetEvent).where(TargetEvent.target_id == target_id))
    }


def save_event_states(session: Session, target_id: int, states: Mapping[str, EventState]) -> None:
    """Store these sessions' states (others are left as they are)."""
    if not states or session.get(CalendarTarget, target_id) is None:
        return
    rows = {
        row.talk_key: row
        for row in session.scalars(
            select(TargetEvent).where(
                TargetEvent.target_id == target_id, TargetEvent.talk_key.in_(list(states))
            )
        )
    }
    for key, state in states.items():
        row = rows.get(key)
        if row is None:
            row = TargetEvent(target_id=target_id, talk_key=key)
            session.add(row)
        row.sequence = state.sequence
        row.fingerprint = state.fingerprint
        row.stamp = state.stamp
        row.present = state.present
        row.href = state.href
        row.etag = state.etag
        row.remote = state.remote.value
    session.flush()
