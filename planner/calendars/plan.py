"""What a target should hold: the agenda's events with the target's own SEQUENCE and DTSTAMP.

Pure: the agenda, the conference and the target's previous state in; the events out, each
saying whether the target already has it exactly so. Nothing here reads a clock or a file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from planner.domain.agenda import Status
from planner.domain.calendars import EventState, Remote
from planner.export.ics import content_fingerprint, event_template, event_uid, finish_event

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from datetime import datetime

    from planner.domain.agenda import ConferenceInfo, TalkInfo


def agenda_talks(talks: Iterable[TalkInfo], *, include_plan_b: bool) -> list[TalkInfo]:
    """What a calendar should show of the starred sessions: those attended, plan B if the
    target asks for it (the organisers' dropped ones among them, to be shown cancelled).
    Skipped and unstarred sessions are not in it: a target removes them."""
    wanted = {Status.ATTEND, Status.PLAN_B} if include_plan_b else {Status.ATTEND}
    return [t for t in talks if t.star is not None and t.star.status in wanted]


@dataclass(frozen=True)
class Outgoing:
    """One event the target should hold."""

    talk: TalkInfo
    uid: str
    state: EventState  # what the target will have once it holds this event
    event: bytes  # the finished VEVENT
    changed: bool  # the target does not hold it like this yet (new, changed or back)


@dataclass(frozen=True)
class Plan:
    outgoing: tuple[Outgoing, ...]  # in the agenda's order
    removed: tuple[EventState, ...]  # held by the target, no longer in the agenda
    previous: Mapping[str, EventState]

    @property
    def changes(self) -> int:
        """How many events are waiting to be sent (created, updated or removed): not
        counting those the user edited in their calendar, which Planner keeps as they are
        (see `planner.calendars.sync`)."""
        return sum(
            1 for o in self.outgoing if o.changed and o.state.remote is not Remote.EDITED
        ) + sum(1 for r in self.removed if r.remote is not Remote.EDITED)


def plan(
    conference: ConferenceInfo,
    identity: str,
    talks: Sequence[TalkInfo],
    previous: Mapping[str, EventState],
    *,
    alarm_minutes: int | None,
    now: datetime,
) -> Plan:
    """The events `talks` (see `agenda_talks`) as this target should hold them.

    An event's SEQUENCE rises, and its DTSTAMP becomes `now`, when anything in it a person
    would see changed since the target last received it, or when it comes back after being
    removed; otherwise both stay as they were, and so do its bytes.
    """
    zone = conference.zone
    outgoing = []
    for talk in talks:
        uid = event_uid(identity, talk.key)
        template = event_template(talk, uid, zone, alarm_minutes, conference.venue)
        mark = content_fingerprint(template)
        before = previous.get(talk.key)
        if before is None:
            state = EventState(talk.key, 0, mark, now)
            changed = True
        elif before.fingerprint == mark and before.present:
            state, changed = before, False
        else:
            state = replace(
                before,
                sequence=before.sequence + 1,
                fingerprint=mark,
                stamp=now,
                present=True,
                # A change of Planner's own undoes the user's deletion (they get it back);
                # their edit stays theirs (see `planner.calendars.sync`).
                remote=Remote.EDITED if before.remote is Remote.EDITED else Remote.NONE,
            )
            changed = True
        event = finish_event(template, state.sequence, state.stamp)
        outgoing.append(Outgoing(talk, uid, state, event, changed))
    wanted = {talk.key for talk in talks}
    removed = tuple(state for key, state in previous.items() if key not in wanted and state.present)
    return Plan(tuple(outgoing), removed, previous)
