"""My day, day by day: what the user attends, its plan B, the clashes to settle, tight
walks between rooms and busy blocks - the one answer My Agenda, the pocket PDF and the
print-out show (each in its own way), so that they can never disagree.

Plain values from plain values: the sessions (with the user's stars), busy blocks and a
clash `Detection` of what is attended; no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.domain.agenda import Status
from planner.domain.conflicts import FindingKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from planner.domain.agenda import BusyInfo, TalkInfo
    from planner.domain.conflicts import ConflictSet, Detection, Finding


def overlaps(a: TalkInfo | BusyInfo, b: TalkInfo | BusyInfo) -> bool:
    """Do the two run at the same time (for at least a moment)?"""
    return a.start < b.end and b.start < a.end


@dataclass(frozen=True)
class Attended:
    """A session the user attends, with the plan B sessions that run at the same time."""

    talk: TalkInfo
    plan_b: tuple[TalkInfo, ...]
    # What it collides with: titles of the members of its clash it cannot be attended
    # with (a clash is not always a "pick one"), and "→ X (tight)"
    # for a walk to the next session that is too short. Empty: it fits.
    collisions: tuple[str, ...]
    in_clash: bool  # a member of a clash (overlap) to settle

    @property
    def start(self) -> datetime:
        return self.talk.start


@dataclass(frozen=True)
class PlanDay:
    day: date
    attended: tuple[Attended, ...]  # in time order, clashing ones included
    clashes: tuple[ConflictSet, ...]  # that start on this day
    tight: tuple[Finding, ...]  # walks too short for the walking time
    busy: tuple[BusyInfo, ...]
    spare_plan_b: tuple[TalkInfo, ...]  # plan B at a time nothing is attended


@dataclass(frozen=True)
class DayPlan:
    zone: ZoneInfo
    days: tuple[PlanDay, ...]

    @property
    def empty(self) -> bool:
        return not self.days


def day_plan(
    talks: Iterable[TalkInfo],
    busy: Sequence[BusyInfo],
    detection: Detection,
    zone: ZoneInfo,
) -> DayPlan:
    """The day plan of the starred sessions among `talks` (any order), the busy blocks,
    and the clashes `detection` found among what is attended, in `zone`'s days."""
    attending: list[TalkInfo] = []
    plan_b: list[TalkInfo] = []
    for talk in talks:
        if talk.star is None:
            continue
        if talk.star.status is Status.ATTEND:
            attending.append(talk)
        elif talk.star.status is Status.PLAN_B and not talk.cancelled:
            plan_b.append(talk)
    attending.sort(key=lambda t: (t.start, t.end, t.key))
    plan_b.sort(key=lambda t: (t.start, t.end, t.key))

    partners: dict[str, list[str]] = {}
    in_clash: set[str] = set()
    for group in detection.sets:
        choice = detection.choice(group)  # which members really collide (not all of them)
        for member in group.members:
            in_clash.add(member.key)
            partners.setdefault(member.key, []).extend(
                m.title for m in choice.colliding_with(member.key)
            )
    tight = [f for f in detection.transfers if f.kind is FindingKind.TIGHT]
    for finding in tight:
        partners.setdefault(finding.first.key, []).append(f"→ {finding.second.title} (tight)")
        partners.setdefault(finding.second.key, []).append(f"← {finding.first.title} (tight)")

    def local_day(moment: datetime) -> date:
        return moment.astimezone(zone).date()

    days: dict[date, _Parts] = {}

    def parts(moment: datetime) -> _Parts:
        return days.setdefault(local_day(moment), _Parts())

    for talk in attending:
        parts(talk.start).attended.append(
            Attended(
                talk,
                tuple(b for b in plan_b if overlaps(b, talk)),
                tuple(partners.get(talk.key, ())),
                talk.key in in_clash,
            )
        )
    for group in detection.sets:
        parts(group.start).clashes.append(group)
    for finding in tight:
        parts(finding.first.end).tight.append(finding)
    for block in sorted(busy, key=lambda b: (b.start, b.id)):
        parts(block.start).busy.append(block)
    for talk in plan_b:
        if not any(overlaps(talk, a) for a in attending if not a.cancelled):
            parts(talk.start).spare.append(talk)
    return DayPlan(zone, tuple(days[day].freeze(day) for day in sorted(days)))


@dataclass
class _Parts:
    attended: list[Attended] = field(default_factory=list)
    clashes: list[ConflictSet] = field(default_factory=list)
    tight: list[Finding] = field(default_factory=list)
    busy: list[BusyInfo] = field(default_factory=list)
    spare: list[TalkInfo] = field(default_factory=list)

    def freeze(self, day: date) -> PlanDay:
        return PlanDay(
            day,
            tuple(self.attended),
            tuple(self.clashes),
            tuple(self.tight),
            tuple(self.busy),
            tuple(self.spare),
        )
