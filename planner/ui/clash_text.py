"""Words for a clash: which sessions collide, and the ways through it.

A conflict set is not always a "pick one" (see `planner.domain.conflicts.ClashChoice`), so
My Agenda, the List and the Timetable say what the choice really is: "attend “B”, or “A”
then “C”". Every text here is a whole sentence or phrase with its values filled in, never
pieces glued into a sentence, so that it can be translated as one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.conflicts import FindingKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planner.domain.agenda import TalkInfo
    from planner.domain.conflicts import ClashChoice, Commitment, Finding, GroupPlan
    from planner.ui.state import SessionStore

ALTERNATIVES_NAMED = 2  # how many other plans a heading names


def named(item: Commitment) -> str:
    return f"your busy block “{item.title}”" if item.is_busy else f"“{item.title}”"


def plan_words(plan: GroupPlan) -> str:
    """“A” then “B” then your busy block “Lunch”."""
    return " then ".join(named(item) for item in plan.attend)


def heading(choice: ClashChoice) -> str:
    """The one line that says what a clash asks."""
    count = len(choice.group.members)
    if choice.unsettled:
        pair = choice.unsettled[0]
        return (
            f"Clash: {named(pair.first)} and {named(pair.second)} cannot both be kept — "
            "only you can settle this"
        )
    busy = [m for m in choice.group.members if m.is_busy]
    if busy and not choice.alternatives:
        lost = [named(m) for m in choice.group.members if m.key not in choice.best.keys]
        return f"Clash: {named(busy[0])} leaves no time for {', '.join(lost)}"
    if choice.pick_one:
        if count == 2:
            return "Clash: these 2 overlap — pick one"
        return f"Clash: these {count} overlap one another — pick one"
    options = [plan_words(choice.best)] + [
        plan_words(plan) for plan in choice.alternatives[:ALTERNATIVES_NAMED]
    ]
    more = len(choice.alternatives) - ALTERNATIVES_NAMED
    text = "Clash: attend " + ", or ".join(options)
    if more == 1:
        text += ", or 1 other way"
    elif more > 1:
        text += f", or {more} other ways"
    return text


def _why(finding: Finding) -> str:
    if finding.overlap_minutes > 0:
        return f"they overlap by {finding.overlap_minutes} min"
    free = max(finding.gap_minutes, 0)
    return f"{free} min to walk {finding.needed_minutes} min"


def collisions_of(choice: ClashChoice, key: str) -> list[str]:
    """Each member that cannot be attended with `key`, with the reason."""
    lines = []
    for finding in choice.collisions:
        if key not in (finding.first.key, finding.second.key):
            continue
        other = finding.second if finding.first.key == key else finding.first
        lines.append(f"{named(other)} ({_why(finding)})")
    return lines


def member_note(choice: ClashChoice, key: str) -> str:
    """What a member of a clash collides with (a short phrase for its row)."""
    others = choice.colliding_with(key)
    if not others:
        return ""
    names = [named(other) for other in others[:3]]
    if len(others) > 3:
        return f"collides with {', '.join(names)} and {len(others) - 3} more"
    return "collides with " + ", ".join(names)


def clash_lines(choice: ClashChoice, key: str) -> list[str]:
    """For a tooltip: what `key` collides with and why, then the ways through."""
    lines = ["Clashes with:"] + [f"  • {line}" for line in collisions_of(choice, key)]
    if choice.unsettled:
        lines.append("Only you can settle this: none of the ways keeps every must-see.")
    elif choice.pick_one:
        lines.append("Only one of them can be attended: pick one.")
    else:
        lines.append(f"Best plan: attend {plan_words(choice.best)}.")
        lines.extend(f"Or attend {plan_words(plan)}." for plan in choice.alternatives[:3])
    return lines


def session_tooltip(talk: TalkInfo, store: SessionStore) -> str:
    """What a session is, for a tooltip: title, when and where, star, and any clash."""
    zone = store.zone
    when = f"{talk.start.astimezone(zone):%a %H:%M}–{talk.end.astimezone(zone):%H:%M}"
    lines = [talk.title, f"{when} · {talk.room}" if talk.room else when]
    if talk.star is not None:
        lines.append(f"Starred: {talk.star.priority.label} · {talk.star.status.label}")
    if talk.cancelled:
        lines.append("Cancelled: no longer in the program.")
    lines.extend(clash_tooltip_lines(talk.key, store))
    return "\n".join(lines)


def clash_tooltip_lines(key: str, store: SessionStore) -> Sequence[str]:
    detection = store.detection
    if detection is None:
        return ()
    conflict = detection.set_of(key)
    if conflict is not None:
        return clash_lines(detection.choice(conflict), key)
    tight = [
        f
        for f in detection.transfers
        if key in (f.first.key, f.second.key) and f.kind is FindingKind.TIGHT
    ]
    return [f"Tight: {f.describe()}" for f in tight]
