"""Conflict detection and optimal resolution: properties against brute force, edge cases."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.agenda import Priority, Status
from planner.domain.conflicts import Commitment, ConflictSettings, FindingKind, compatible, detect
from planner.domain.resolution import auto_resolve, best_plan, weights

T0 = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)
ROOMS = ("A", "B", "C", "")


def c(
    key: str, start: int, minutes: int, room: str = "A", priority: Priority | None = Priority.WANT
) -> Commitment:
    begin = T0 + timedelta(minutes=start)
    return Commitment(key, key.upper(), begin, begin + timedelta(minutes=minutes), room, priority)


commitments = st.lists(
    st.builds(
        lambda i, start, length, room, priority: c(f"k{i}", start, length, room, priority),
        st.integers(0, 10_000),
        st.integers(0, 180),
        st.integers(0, 90),
        st.sampled_from(ROOMS),
        st.sampled_from(list(Priority)),
    ),
    max_size=9,
).map(
    lambda items: [
        Commitment(f"k{n}", item.title, item.start, item.end, item.room, item.priority)
        for n, item in enumerate(items)
    ]
)
conflict_settings = st.builds(
    ConflictSettings,
    st.integers(0, 15),
    st.integers(0, 10),
    st.dictionaries(
        st.frozensets(st.sampled_from(ROOMS[:3]), min_size=2, max_size=2),
        st.integers(0, 30),
        max_size=2,
    ),
)


def ordered(items: list[Commitment]) -> list[Commitment]:
    return sorted(items, key=lambda x: (x.start, x.end, x.key))


def naive_overlaps(items: list[Commitment], config: ConflictSettings) -> set[tuple[str, str]]:
    found = set()
    for a, b in itertools.combinations(ordered(items), 2):
        shared = min(a.end, b.end) - max(a.start, b.start)
        zero_length = a.start == a.end or b.start == b.end
        meets = b.start < a.end or b.start == a.start
        if meets and (shared > config.tolerance or (zero_length and shared <= timedelta(0))):
            found.add((a.key, b.key))
    return found


def feasible(plan: list[Commitment], config: ConflictSettings) -> bool:
    chain = ordered(plan)
    return all(compatible(a, b, config) for a, b in itertools.pairwise(chain))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(commitments, conflict_settings)
def test_detection_matches_a_naive_pairwise_check(
    items: list[Commitment], config: ConflictSettings
) -> None:
    detection = detect(items, config)
    found = {(f.first.key, f.second.key) for f in detection.overlaps}
    assert found == naive_overlaps(items, config)
    in_sets = {key for conflict in detection.sets for key in conflict.keys}
    assert in_sets == {key for pair in found for key in pair}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(commitments, conflict_settings)
def test_best_plan_is_optimal_and_clash_free(
    items: list[Commitment], config: ConflictSettings
) -> None:
    weight = weights(len(items))
    plan, total = best_plan(items, config, weight)
    assert feasible(plan, config)
    assert total == sum(weight[x.priority] for x in plan if x.priority)
    optimum = 0
    for size in range(len(items) + 1):
        for subset in itertools.combinations(items, size):
            if feasible(list(subset), config):
                optimum = max(optimum, sum(weight[x.priority] for x in subset if x.priority))
    assert total == optimum
    again, _ = best_plan(list(reversed(items)), config, weight)
    assert [x.key for x in again] == [x.key for x in plan]  # ties break deterministically
    leftovers = detect(plan, config)
    assert not [f for f in leftovers.findings if f.kind in (FindingKind.OVERLAP, FindingKind.TIGHT)]


@settings(max_examples=200, deadline=None)
@given(commitments, conflict_settings, st.integers(1, 30))
def test_a_bigger_buffer_never_removes_a_conflict(
    items: list[Commitment], config: ConflictSettings, extra: int
) -> None:
    def clashes(found: ConflictSettings) -> set[tuple[str, str, FindingKind]]:
        return {
            (f.first.key, f.second.key, f.kind)
            for f in detect(items, found).findings
            if f.kind is not FindingKind.WARNING
        }

    bigger = ConflictSettings(
        config.buffer_minutes + extra,
        config.tolerance_minutes,
        {k: v + extra for k, v in config.room_buffers.items()},
    )
    small, large = clashes(config), clashes(bigger)
    assert {(a, b) for a, b, _ in small} <= {(a, b) for a, b, _ in large}


@settings(max_examples=200, deadline=None)
@given(commitments, conflict_settings)
def test_auto_resolve_keeps_musts_and_leaves_no_avoidable_clash(
    items: list[Commitment], config: ConflictSettings
) -> None:
    resolution = auto_resolve(items, [], config)
    assert {d.key for d in resolution.decisions} == {x.key for x in items}
    musts = {x.key for x in items if x.priority is Priority.MUST}
    assert musts <= resolution.attending
    plan = [x for x in items if x.key in resolution.attending]
    if not resolution.unresolved and not resolution.unresolved_transfers:
        assert feasible(plan, config)
    for decision in resolution.decisions:
        assert decision.reason
        assert decision.reason != "gives way to "


# -- examples ------------------------------------------------------------------------------
DEFAULT = ConflictSettings()


def test_overlap_tight_transfer_and_tolerance() -> None:
    keynote = c("keynote", 0, 60, "Hall")
    workshop = c("workshop", 30, 90, "Lab")  # overlaps the keynote by 30 min
    follow = c("follow", 125, 30, "Room 2")  # 5 min after the workshop in another room
    close = c("close", 157, 20, "Room 3")  # 2 min after "follow", another room: tight
    detection = detect([keynote, workshop, follow, close], DEFAULT)
    kinds = {(f.first.key, f.second.key): f.kind for f in detection.findings}
    assert kinds == {
        ("keynote", "workshop"): FindingKind.OVERLAP,
        ("follow", "close"): FindingKind.TIGHT,
    }
    [clash] = detection.sets
    assert clash.keys == ("keynote", "workshop")
    assert clash.overlap_minutes == 30
    relaxed = ConflictSettings(buffer_minutes=5, tolerance_minutes=3)
    assert not detect([follow, close], relaxed).findings


def test_small_overlap_becomes_a_warning_with_tolerance() -> None:
    a, b = c("a", 0, 60, "X"), c("b", 55, 30, "X")  # same room, 5 minutes overlap
    assert detect([a, b], DEFAULT).findings[0].kind is FindingKind.OVERLAP
    [finding] = detect([a, b], ConflictSettings(tolerance_minutes=5)).findings
    assert finding.kind is FindingKind.WARNING
    assert finding.overlap_minutes == 5


def test_same_room_needs_no_walk_and_room_matrix_overrides() -> None:
    a, b = c("a", 0, 30, "A"), c("b", 30, 30, "A")
    assert not detect([a, b], DEFAULT).findings
    far = ConflictSettings(buffer_minutes=5, room_buffers={frozenset(("A", "B")): 20})
    b_far = c("b", 45, 30, "B")  # 15 minutes, but the other building is 20 away
    [finding] = detect([a, b_far], far).findings
    assert finding.kind is FindingKind.TIGHT
    assert finding.needed_minutes == 20


def test_zero_length_and_identical_times() -> None:
    talk = c("talk", 0, 60, "A")
    bell = c("bell", 30, 0, "B")  # an instant inside the talk
    twin = c("twin", 0, 60, "C")  # exactly the same time
    moment = c("moment", 0, 0, "D")  # zero length, same start as the talk
    kinds = {
        (f.first.key, f.second.key)
        for f in detect([talk, bell, twin, moment], DEFAULT).findings
        if f.kind is FindingKind.OVERLAP
    }
    assert ("talk", "bell") in kinds
    assert ("twin", "bell") in kinds
    assert ("talk", "twin") in kinds or ("twin", "talk") in kinds
    assert ("moment", "talk") in kinds
    assert ("moment", "twin") in kinds


def test_sessions_crossing_midnight_and_busy_blocks_spanning_days() -> None:
    late = c("late", 15 * 60, 120, "A")  # 00:00-02:00 UTC next day
    early = c("early", 16 * 60, 30, "B")  # 01:00 next day
    trip = c("busy:1", 14 * 60, 24 * 60, "", priority=None)  # a day-long busy block
    detection = detect([late, early, trip], DEFAULT)
    pairs = {
        (f.first.key, f.second.key) for f in detection.findings if f.kind is FindingKind.OVERLAP
    }
    assert pairs == {("busy:1", "late"), ("busy:1", "early"), ("late", "early")}
    resolution = auto_resolve([late, early], [trip], DEFAULT)
    assert resolution.attending == frozenset()
    assert all("busy block" in d.reason for d in resolution.decisions)


def test_auto_resolve_explains_and_reports_must_clashes() -> None:
    must_a = c("must-a", 0, 60, "A", Priority.MUST)
    must_b = c("must-b", 30, 60, "B", Priority.MUST)
    want = c("want", 100, 30, "A", Priority.WANT)
    maybes = [c(f"maybe-{i}", 95 + i, 20, "B", Priority.MAYBE) for i in range(3)]
    resolution = auto_resolve([must_a, must_b, want, *maybes], [], DEFAULT)
    assert {"must-a", "must-b", "want"} <= resolution.attending
    assert not {m.key for m in maybes} & resolution.attending
    [unresolved] = resolution.unresolved
    assert set(unresolved.keys) == {"must-a", "must-b"}
    by_key = {d.key: d for d in resolution.decisions}
    assert by_key["want"].reason.startswith("kept (want) over “MAYBE-0” (maybe)")
    assert by_key["maybe-0"].reason == "gives way to “WANT” (want)"
    assert by_key["maybe-0"].status is Status.PLAN_B


def test_one_want_beats_many_maybes() -> None:
    want = c("want", 0, 120, "A", Priority.WANT)
    maybes = [c(f"m{i}", i * 12, 10, "A", Priority.MAYBE) for i in range(10)]
    plan, _ = best_plan([want, *maybes], DEFAULT, weights(11))
    assert [x.key for x in plan] == ["want"]


def test_settings_round_trip() -> None:
    config = ConflictSettings(10, 3, {frozenset(("Hall", "Annex")): 25})
    assert ConflictSettings.from_json(config.to_json()) == config
    assert ConflictSettings.from_json(None) == ConflictSettings()
