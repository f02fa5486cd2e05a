"""Words the window uses in many places, translated in one place: a starred session's
priority and status ("Attend" is a status here; the button that sets it is a verb)."""

from __future__ import annotations

from planner.domain.agenda import Priority, Status
from planner.ui.i18n import Translatable


class Words(Translatable):
    def priority(self, priority: Priority) -> str:
        #: The priority of a starred session.
        must = self.tr("Must see", "priority")
        want = self.tr("Want to see", "priority")
        maybe = self.tr("Maybe", "priority")
        return {Priority.MUST: must, Priority.WANT: want, Priority.MAYBE: maybe}[priority]

    def status(self, status: Status) -> str:
        #: The status of a starred session: attended, kept as the fallback if the first
        #: choice falls through, or skipped.
        attend = self.tr("Attend", "status")
        plan_b = self.tr("Plan B", "status")
        skip = self.tr("Skip", "status")
        return {Status.ATTEND: attend, Status.PLAN_B: plan_b, Status.SKIP: skip}[status]


WORDS = Words()
