"""Reads that several use cases share, each inside the caller's transaction.

A use case opens one session and passes it down here, instead of calling another use
case's public method (which would open a session of its own and read a different moment
of the database).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.storage import repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.domain.agenda import BusyInfo, ConferenceInfo
    from planner.domain.conflicts import Commitment, ConflictSettings


def conference(session: Session, conference_id: int | None) -> ConferenceInfo:
    """The given conference, or the current one (`queries.current_conference_id`)."""
    return repo.conference(session, conference_id)


def conflict_settings(session: Session, conference_id: int) -> ConflictSettings:
    return repo.conflict_settings(session, conference_id)


def commitments(session: Session, conference_id: int) -> tuple[list[Commitment], list[Commitment]]:
    """(starred sessions not skipped, busy blocks) as commitments."""
    return repo.commitments(session, conference_id)


def busy_blocks(session: Session, conference_id: int) -> list[BusyInfo]:
    """The busy blocks that views and clashes place in the conference's zone: those in
    the calendar (`BusyInfo.in_calendar`; only `busy list` shows the others)."""
    return repo.calendar_busy(session, conference_id)
