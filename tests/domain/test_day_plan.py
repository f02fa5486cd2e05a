"""The day plan: what My Agenda, the pocket PDF and the print-out all show."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain.agenda import BusyInfo, Priority, Star, Status, TalkInfo
from planner.domain.conflicts import Commitment, ConflictSettings, detect
from planner.domain.day_plan import DayPlan, day_plan, overlaps

T0 = datetime(2024, 5, 13, 8, 0, tzinfo=UTC)  # 10:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def talk(
    key: str,
    start: int,
    minutes: int = 30,
    room: str = "A",
    status: Status | None = Status.ATTEND,
    cancelled: bool = False,
) -> TalkInfo:
    begin = T0 + timedelta(minutes=start)
    star = None if status is None else Star(Priority.WANT, status, "", T0, T0)
    return TalkInfo(
        1, 1, key, key.upper(), begin, begin + timedelta(minutes=minutes), room, "", "",
        cancelled=cancelled, star=star,
    )  # fmt: skip


def plan_of(talks: list[TalkInfo], busy: tuple[BusyInfo, ...] = (), buffer: int = 5) -> DayPlan:
    attending = [
        Commitment.of_starred(t)
        for t in talks
        if t.star is not None and t.star.status is Status.ATTEND and not t.cancelled
    ]
    detection = detect(
        [*attending, *(Commitment.of_busy(b) for b in busy)], ConflictSettings(buffer)
    )
    return day_plan(talks, busy, detection, BERLIN)


def test_overlap_is_at_least_a_moment_together() -> None:
    assert overlaps(talk("a", 0), talk("b", 29))
    assert not overlaps(talk("a", 0), talk("b", 30))  # back to back


def test_plan_b_sits_under_what_runs_at_its_time_or_on_its_own() -> None:
    talks = [
        talk("keynote", 0),
        talk("alt", 10, status=Status.PLAN_B),
        talk("later", 120, status=Status.PLAN_B),  # nothing attended then
        talk("ignored", 0, status=None),
        talk("skipped", 200, status=Status.SKIP),
    ]
    [day] = plan_of(talks).days
    [keynote] = day.attended
    assert keynote.talk.key == "keynote"
    assert [t.key for t in keynote.plan_b] == ["alt"]
    assert [t.key for t in day.spare_plan_b] == ["later"]
    assert keynote.collisions == ()
    assert not keynote.in_clash


def test_clashes_name_their_partners_and_tight_walks_both_ends() -> None:
    # a and b overlap; c starts 2 minutes after b ends, in another room (5 to walk).
    talks = [talk("a", 0, room="A"), talk("b", 10, room="B"), talk("c", 42, room="C")]
    [day] = plan_of(talks).days
    by_key = {a.talk.key: a for a in day.attended}
    assert by_key["a"].in_clash
    assert by_key["b"].in_clash
    assert "B" in by_key["a"].collisions
    assert "A" in by_key["b"].collisions
    [group] = day.clashes
    assert set(group.keys) == {"a", "b"}
    [tight] = day.tight
    assert (tight.first.key, tight.second.key) == ("b", "c")
    assert "→ C (tight)" in by_key["b"].collisions
    assert by_key["c"].collisions == ("← B (tight)",)
    assert not by_key["c"].in_clash


def test_a_cancelled_attended_session_is_shown_and_covers_no_plan_b() -> None:
    gone = talk("gone", 0, cancelled=True)
    talks = [gone, talk("alt", 0, status=Status.PLAN_B)]
    [day] = plan_of(talks).days
    [attended] = day.attended
    assert attended.talk.cancelled  # nothing the user starred is hidden
    assert [t.key for t in day.spare_plan_b] == ["alt"]  # the alternative is what remains
    cancelled_plan_b = replace(talks[1], cancelled=True)
    assert plan_of([gone, cancelled_plan_b]).days[0].spare_plan_b == ()


def test_days_follow_the_zone_and_busy_blocks_join_them() -> None:
    late = talk("late", 13 * 60 + 30)  # 23:30 Berlin on the 13th... 21:30 UTC
    next_day = talk("early", 15 * 60)  # 01:00 Berlin on the 14th (23:00 UTC on the 13th)
    lunch = BusyInfo(7, 1, "Lunch", T0 + timedelta(hours=2), T0 + timedelta(hours=3))
    plan = plan_of([late, next_day], (lunch,))
    assert [d.day.isoformat() for d in plan.days] == ["2024-05-13", "2024-05-14"]
    assert plan.days[0].busy == (lunch,)
    assert [a.talk.key for a in plan.days[1].attended] == ["early"]
    assert not plan.empty
    assert plan_of([talk("x", 0, status=None)]).empty
