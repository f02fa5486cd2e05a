"""Words for a clash: which sessions collide, and the ways through it.

A conflict set is not always a "pick one" (see `planner.domain.conflicts.ClashChoice`), so
My Agenda, the List and the Timetable say what the choice really is: "attend “B”, or “A”
then “C”". Every text here is a whole sentence or phrase with its values filled in, never
pieces glued into a sentence, so that it can be translated as one.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from planner.domain.conflicts import FindingKind
from planner.ui.i18n import Translatable, arg
from planner.ui.locale_format import Formats
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planner.domain.agenda import TalkInfo
    from planner.domain.conflicts import Commitment, Finding
    from planner.domain.resolution import ClashChoice, GroupPlan
    from planner.ui.state import SessionStore

ALTERNATIVES_NAMED = 2  # how many other plans a heading names


def _joined(items: Sequence[str], pattern: str) -> str:
    """Items joined two at a time by a pattern of %1 and %2."""
    return functools.reduce(lambda joined, item: arg(pattern, joined, item), items)


class ClashTexts(Translatable):
    """This module's texts, in the window's language (context "ClashTexts")."""

    def named(self, item: Commitment) -> str:
        if item.is_busy:
            return arg(self.tr("your busy block “%1”"), item.title)
        return arg(self.tr("“%1”", "a session's title in quotes"), item.title)

    def plan_words(self, plan: GroupPlan) -> str:
        """“A” then “B” then your busy block “Lunch”."""
        #: Two steps of a plan in order: “A” then “B” (and again for a third).
        return _joined([self.named(item) for item in plan.attend], self.tr("%1 then %2"))

    def heading(self, choice: ClashChoice) -> str:
        """The one line that says what a clash asks."""
        count = len(choice.group.members)
        if choice.unsettled:
            pair = choice.unsettled[0]
            return arg(
                self.tr("Clash: %1 and %2 cannot both be kept — only you can settle this"),
                self.named(pair.first),
                self.named(pair.second),
            )
        busy = [m for m in choice.group.members if m.is_busy]
        if busy and not choice.alternatives:
            lost = [self.named(m) for m in choice.group.members if m.key not in choice.best.keys]
            return arg(
                self.tr("Clash: %1 leaves no time for %2"), self.named(busy[0]), ", ".join(lost)
            )
        if choice.pick_one:
            if count == 2:
                return self.tr("Clash: these 2 overlap — pick one")
            return self.tr("Clash: these %Ln overlap one another — pick one", "", count)
        options = [self.plan_words(choice.best)] + [
            self.plan_words(plan) for plan in choice.alternatives[:ALTERNATIVES_NAMED]
        ]
        more = len(choice.alternatives) - ALTERNATIVES_NAMED
        #: Two ways through a clash: “A”, or “B” then “C” (and again for a third).
        ways = _joined(options, self.tr("%1, or %2"))
        if more > 0:
            #: After the ways a clash heading names: how many more there are.
            return arg(self.tr("Clash: attend %1, or %Ln other way(s)", "", more), ways)
        return arg(self.tr("Clash: attend %1"), ways)

    def _why(self, finding: Finding) -> str:
        if finding.overlap_minutes > 0:
            return arg(self.tr("they overlap by %1 min"), finding.overlap_minutes)
        free = max(finding.gap_minutes, 0)
        #: %1 minutes free between two sessions, %2 minutes needed to walk between their rooms.
        return arg(self.tr("%1 min to walk %2 min"), free, finding.needed_minutes)

    def collisions_of(self, choice: ClashChoice, key: str) -> list[str]:
        """Each member that cannot be attended with `key`, with the reason."""
        lines = []
        for finding in choice.collisions:
            if key not in (finding.first.key, finding.second.key):
                continue
            other = finding.second if finding.first.key == key else finding.first
            lines.append(
                arg(
                    self.tr("%1 (%2)", "a session, then why it collides"),
                    self.named(other),
                    self._why(finding),
                )
            )
        return lines

    def member_note(self, choice: ClashChoice, key: str) -> str:
        """What a member of a clash collides with (a short phrase for its row)."""
        others = choice.colliding_with(key)
        if not others:
            return ""
        names = [self.named(other) for other in others[:3]]
        if len(others) > 3:
            return arg(
                self.tr("collides with %1 and %Ln more", "", len(others) - 3), ", ".join(names)
            )
        return arg(self.tr("collides with %1"), ", ".join(names))

    def clash_lines(self, choice: ClashChoice, key: str) -> list[str]:
        """For a tooltip: what `key` collides with and why, then the ways through."""
        lines = [self.tr("Clashes with:")] + [
            f"  • {line}" for line in self.collisions_of(choice, key)
        ]
        if choice.unsettled:
            lines.append(
                self.tr("Only you can settle this: none of the ways keeps every must-see.")
            )
        elif choice.pick_one:
            lines.append(self.tr("Only one of them can be attended: pick one."))
        else:
            lines.append(arg(self.tr("Best plan: attend %1."), self.plan_words(choice.best)))
            lines.extend(
                arg(self.tr("Or attend %1."), self.plan_words(plan))
                for plan in choice.alternatives[:3]
            )
        return lines

    def session_tooltip(self, talk: TalkInfo, store: SessionStore) -> str:
        """What a session is, for a tooltip: title, when and where, star, and any clash."""
        zone = store.zone
        formats = Formats()
        when = arg(
            self.tr("%1 %2", "weekday, then a time range"),
            formats.weekday(talk.start.astimezone(zone).date()),
            formats.time_range(talk.start, talk.end, zone),
        )
        lines = [talk.title, f"{when} · {talk.room}" if talk.room else when]
        if talk.star is not None:
            priority, status = WORDS.priority(talk.star.priority), WORDS.status(talk.star.status)
            lines.append(arg(self.tr("Starred: %1 · %2"), priority, status))
        if talk.cancelled:
            lines.append(self.tr("Cancelled: no longer in the program."))
        lines.extend(self.clash_tooltip_lines(talk.key, store))
        return "\n".join(lines)

    def clash_tooltip_lines(self, key: str, store: SessionStore) -> Sequence[str]:
        detection = store.detection
        if detection is None:
            return ()
        conflict = detection.set_of(key)
        if conflict is not None:
            return self.clash_lines(detection.choice(conflict), key)
        tight = [
            f
            for f in detection.transfers
            if key in (f.first.key, f.second.key) and f.kind is FindingKind.TIGHT
        ]
        from planner.ui.core_text import CORE  # the core's texts: not before the first paint

        return [arg(self.tr("Tight: %1"), CORE.finding(f)) for f in tight]


_TEXTS = ClashTexts()
heading = _TEXTS.heading
member_note = _TEXTS.member_note
clash_lines = _TEXTS.clash_lines
session_tooltip = _TEXTS.session_tooltip
