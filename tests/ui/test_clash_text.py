"""What My Agenda and the tooltips say about a clash (issue 17, item 3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from planner.domain.agenda import Priority
from planner.domain.conflicts import Commitment, ConflictSettings, detect
from planner.ui.clash_text import clash_lines, heading, member_note

T0 = datetime(2025, 2, 1, 9, 30, tzinfo=UTC)


def c(key: str, start: int, minutes: int, room: str, priority: Priority | None = Priority.WANT):
    begin = T0 + timedelta(minutes=start)
    return Commitment(key, key, begin, begin + timedelta(minutes=minutes), room, priority)


def choice_of(*items: Commitment):
    detection = detect(items, ConflictSettings())
    [group] = detection.sets
    return detection.choice(group)


def test_back_to_back_talks_are_offered_together() -> None:
    choice = choice_of(c("A", 0, 30, "K.1"), c("C", 30, 30, "K.1"), c("B", 15, 30, "H.2"))
    assert heading(choice) == "Clash: attend “A” then “C”, or “B”"
    assert "pick one" not in heading(choice)
    assert member_note(choice, "B") == "collides with “A”, “C”"
    assert member_note(choice, "A") == "collides with “B”"
    lines = clash_lines(choice, "B")
    assert "  • “A” (they overlap by 15 min)" in lines
    assert "Best plan: attend “A” then “C”." in lines
    assert "Or attend “B”." in lines


def test_pick_one_only_when_all_collide_and_walking_time_is_explained() -> None:
    choice = choice_of(c("A", 0, 30, "K.1"), c("B", 10, 30, "H.2"), c("C", 32, 30, "U.3"))
    assert heading(choice) == "Clash: these 3 overlap one another — pick one"
    assert "  • “A” (2 min to walk 5 min)" in clash_lines(choice, "C")
    pair = choice_of(c("A", 0, 30, "K.1"), c("B", 10, 30, "H.2"))
    assert heading(pair) == "Clash: these 2 overlap — pick one"


def test_more_ways_are_counted_and_busy_blocks_named() -> None:
    many = choice_of(
        c("A", 0, 60, "K.1", Priority.MUST),
        c("B", 10, 20, "H.2"),
        c("C", 40, 30, "H.2"),
        c("D", 20, 15, "U.3"),
        c("E", 50, 30, "U.3"),
    )
    assert heading(many).startswith("Clash: attend “A”, or ")
    busy = Commitment("busy:1", "Lunch", T0, T0 + timedelta(minutes=60))
    lunch = choice_of(busy, c("Talk", 30, 30, "K.1"))
    assert heading(lunch) == "Clash: your busy block “Lunch” leaves no time for “Talk”"
    musts = choice_of(c("M", 0, 30, "K.1", Priority.MUST), c("N", 10, 30, "H.2", Priority.MUST))
    assert "only you can settle this" in heading(musts)
