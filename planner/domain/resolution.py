"""Optimal resolution of the clashes `planner.domain.conflicts` detects: auto-resolve
(which sessions to attend, which become plan B, and why), and what one clash asks of the
user (the pairs that collide, the best ways through).

Apart from detection because the window paints without it: it is first needed when the
user asks to resolve, or a clash is explained (`Detection.choice`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain.agenda import Priority, Status
from planner.domain.conflicts import (
    Commitment,
    ConflictSet,
    ConflictSettings,
    Finding,
    FindingKind,
    Rules,
    Slot,
    detect,
    finding,
    fits,
    slots_of,
)
from planner.domain.messages import NAMED, DecisionReason, ReasonCode

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence


@dataclass(frozen=True)
class Decision:
    key: str
    title: str
    status: Status  # what auto-resolve sets
    previous: Status
    why: DecisionReason  # a code with values (planner.ui says it in the window's language)

    @property
    def reason(self) -> str:
        """Why, in English (the command line's text and JSON)."""
        return str(self.why)

    @property
    def changed(self) -> bool:
        return self.status is not self.previous


@dataclass(frozen=True)
class Resolution:
    decisions: tuple[Decision, ...]  # one per starred, non-skipped session
    unresolved: tuple[ConflictSet, ...]  # must-sees / busy blocks overlapping each other
    unresolved_transfers: tuple[Finding, ...]  # must-sees / busy blocks too tight to walk
    total_weight: int
    # The clashes among the starred sessions and busy blocks before resolving (whatever
    # their status), in start order: what the decisions are about, to show them by clash.
    clashes: tuple[ConflictSet, ...] = ()

    @property
    def changes(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.changed)

    @property
    def attending(self) -> frozenset[str]:
        return frozenset(d.key for d in self.decisions if d.status is Status.ATTEND)


def weights(count: int) -> dict[Priority, int]:
    """Priority weights where one want outweighs any number of maybes, and one must-see any
    number of wants (hence of maybes)."""
    base = count + 1
    return {Priority.MAYBE: 1, Priority.WANT: base, Priority.MUST: base * base}


def _best_chain(
    slots: list[Slot], rules: Rules, weight: Mapping[Priority, int]
) -> tuple[list[int], int]:
    """Indices of the heaviest plan among `slots` (in start order), and its weight.

    best[j] is the heaviest plan ending with j. Its predecessor is either a slot that
    ended more than (largest buffer - tolerance) before j starts - then it fits whatever
    the rooms, so a running maximum over those suffices - or one that ended after that but
    no later than j.start + tolerance (anything ending later overlaps j beyond the
    tolerance or leaves no time to walk), each checked. Ties go to the earlier slot.
    """
    count = len(slots)
    if not count:
        return [], 0
    best = [0] * count
    previous = [-1] * count
    horizon = max(rules.max_buffer - rules.tolerance, 0)
    pending: list[tuple[int, int]] = []  # processed, not yet in the running maximum: (end, i)
    fed = 0
    running_best, running_index = 0, -1
    for j, slot in enumerate(slots):
        while fed < len(pending) and pending[fed][0] + horizon < slot.start:
            i = pending[fed][1]
            fed += 1
            if best[i] > running_best or (best[i] == running_best and i < running_index):
                running_best, running_index = best[i], i
        chosen_best, chosen_index = running_best, running_index
        stop = bisect.bisect_right(pending, (slot.start + rules.tolerance, count), lo=fed)
        for position in range(fed, stop):
            i = pending[position][1]
            if (best[i] > chosen_best or (best[i] == chosen_best and i < chosen_index)) and fits(
                slots[i], slot, rules
            ):
                chosen_best, chosen_index = best[i], i
        best[j] = weight[slot.item.priority or Priority.MAYBE] + chosen_best
        previous[j] = chosen_index
        # New slots never end before a fed one (see module notes), so the fed prefix stays.
        bisect.insort(pending, (slot.end, j), lo=fed)
    last = max(range(count), key=lambda j: (best[j], -j))
    total = best[last]
    chain: list[int] = []
    while last >= 0:
        chain.append(last)
        last = previous[last]
    chain.reverse()
    return chain, total


def best_plan(
    candidates: Sequence[Commitment], settings: ConflictSettings, weight: Mapping[Priority, int]
) -> tuple[list[Commitment], int]:
    """The heaviest clash-free subset of `candidates` (all have a priority), and its weight."""
    rules = Rules(settings, candidates)
    slots = slots_of(candidates, rules)
    chain, total = _best_chain(slots, rules, weight)
    return [slots[i].item for i in chain], total


class _Neighbourhood:
    """Finds, among a fixed group of slots, those that clash with a given slot - looking only
    at the ones close enough in time to matter: O(log n + nearby)."""

    def __init__(self, slots: list[Slot], rules: Rules) -> None:
        self.rules = rules
        self.by_start = sorted(slots, key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.by_start]
        self.by_end = sorted(slots, key=lambda s: (s.end, s.start))
        self.ends = [s.end for s in self.by_end]
        self.longest = max((s.end - s.start for s in slots), default=0)

    def clashes(self, slot: Slot, limit: int | None = None) -> list[Slot]:
        """The slots that clash with `slot` (stop after `limit` of them, if given)."""
        rules = self.rules
        reach = rules.max_buffer + rules.tolerance
        low = bisect.bisect_left(self.starts, slot.start - self.longest - reach)
        high = bisect.bisect_right(self.starts, slot.end + reach)
        found = []
        for other in self.by_start[low:high]:
            if other.item is slot.item:
                continue
            first, second = (
                (other, slot)
                if (other.start, other.end, other.item.key) <= (slot.start, slot.end, slot.item.key)
                else (slot, other)
            )
            if not fits(first, second, rules):
                found.append(other)
                if limit is not None and len(found) >= limit:
                    break
        return found


def _keep_fixed_then_best(
    starred: Iterable[Commitment],
    fixed_items: Sequence[Commitment],
    rules: Rules,
    weight: Mapping[Priority, int],
) -> tuple[dict[str, list[Slot]], list[Slot]]:
    """Auto-resolve's choice: the fixed commitments (must-sees, busy blocks) always, and
    the heaviest plan among the other starred sessions that fit every fixed one.

    Returns the sessions that a fixed commitment blocks (with up to NAMED blockers each)
    and the chosen plan among the others, in start order."""
    fixed_keys = {c.key for c in fixed_items}
    fixed = _Neighbourhood(slots_of(fixed_items, rules), rules)
    blocked: dict[str, list[Slot]] = {}
    candidates: list[Slot] = []
    for slot in slots_of((c for c in starred if c.key not in fixed_keys), rules):
        blockers = fixed.clashes(slot, limit=NAMED)
        if blockers:
            blocked[slot.item.key] = blockers
        else:
            candidates.append(slot)
    chain_indices, _ = _best_chain(candidates, rules, weight)
    return blocked, [candidates[i] for i in chain_indices]


def auto_resolve(
    starred: Sequence[Commitment], busy: Sequence[Commitment], settings: ConflictSettings
) -> Resolution:
    """Choose what to attend: the heaviest clash-free plan, must-sees always kept.

    `starred` are the user's starred sessions that are not skipped; `busy` their busy
    blocks. Every starred session gets a decision (attend or plan B) with a reason.
    Clashes only the user can settle (must-see vs must-see or busy block) are returned
    as `unresolved`; the must-sees involved stay attended.
    """
    weight = weights(len(starred))
    rules = Rules(settings, [*starred, *busy])
    fixed_items = [c for c in starred if c.priority is Priority.MUST] + list(busy)
    blocked, chain = _keep_fixed_then_best(starred, fixed_items, rules, weight)
    attending = {s.item.key for s in chain} | {c.key for c in fixed_items if not c.is_busy}
    # Candidates fit every fixed commitment, so the ones dropped lost to the chain.
    chain_near = _Neighbourhood(chain, rules)

    decisions: list[Decision] = []
    dropped_by: dict[str, list[Commitment]] = defaultdict(list)
    for slot in slots_of(starred, rules):
        item = slot.item
        if item.key in attending:
            continue
        winners = [s.item for s in (blocked.get(item.key) or chain_near.clashes(slot))]
        for winner in winners:
            dropped_by[winner.key].append(item)
        why = DecisionReason.naming(ReasonCode.GIVES_WAY, winners)
        decisions.append(Decision(item.key, item.title, Status.PLAN_B, item.status, why))
    for slot in slots_of(starred, rules):
        item = slot.item
        if item.key not in attending:
            continue
        beaten = dropped_by.get(item.key, [])
        if beaten:
            reason = DecisionReason.naming(ReasonCode.KEPT_OVER, beaten, item)
        elif item.priority is Priority.MUST:
            reason = DecisionReason(ReasonCode.MUST_SEE)
        else:
            reason = DecisionReason(ReasonCode.NO_CLASH)
        decisions.append(Decision(item.key, item.title, Status.ATTEND, item.status, reason))
    order = {c.key: n for n, c in enumerate(sorted(starred, key=lambda c: (c.start, c.end, c.key)))}
    decisions.sort(key=lambda d: order[d.key])
    fixed_detection = detect(fixed_items, settings)
    total = sum(
        weight[c.priority] for c in starred if c.key in attending and c.priority is not None
    )
    return Resolution(
        tuple(decisions),
        fixed_detection.sets,
        tuple(f for f in fixed_detection.transfers if f.kind is FindingKind.TIGHT),
        total,
        detect([*starred, *busy], settings).sets,
    )


def clashes_with(
    chosen: Commitment, others: Sequence[Commitment], settings: ConflictSettings
) -> list[Commitment]:
    """The commitments among `others` that cannot be in one plan with `chosen`."""
    rules = Rules(settings, [chosen, *others])
    near = _Neighbourhood(slots_of(others, rules), rules)
    [slot] = slots_of([chosen], rules)
    return [other.item for other in near.clashes(slot)]


# -- what a clash asks of you ------------------------------------------------------------
# A conflict set holds commitments that overlap *transitively*: in a chain A-B-C where only
# neighbours overlap, A and C fit together. So a set is not a "pick one": the honest
# answer names the pairs that collide and the best ways through, found by the optimiser
# auto-resolve uses.
ALTERNATIVES_UP_TO = 40  # members; beyond that only the best plan is worked out


@dataclass(frozen=True)
class GroupPlan:
    """One way through a clash: what to attend (busy blocks included), in start order."""

    attend: tuple[Commitment, ...]
    weight: int

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(item.key for item in self.attend)

    @property
    def sessions(self) -> tuple[Commitment, ...]:
        """The sessions of the plan (its busy blocks are not a choice)."""
        return tuple(item for item in self.attend if not item.is_busy)


@dataclass(frozen=True)
class ClashChoice:
    """What one conflict set really asks: which pairs collide, and the ways through."""

    group: ConflictSet
    # Every pair of members that cannot both be attended (they overlap beyond the
    # tolerance, or leave too little time to walk), first-starting member first.
    collisions: tuple[Finding, ...]
    best: GroupPlan  # what auto-resolve would attend of this group
    # Other plans, heaviest first: for each member the best plan leaves out, the best
    # plan that attends it (distinct plans only; empty for very large groups).
    alternatives: tuple[GroupPlan, ...]
    # Collisions among must-sees and busy blocks: no plan keeps them all, the user
    # settles them (auto-resolve keeps the must-sees attended and reports them).
    unsettled: tuple[Finding, ...]

    @property
    def pick_one(self) -> bool:
        """Does every pair of members collide (only one of them can be attended)?"""
        count = len(self.group.members)
        return len(self.collisions) == count * (count - 1) // 2

    def colliding_with(self, key: str) -> tuple[Commitment, ...]:
        """The members that cannot be attended together with `key`."""
        found = [f.second for f in self.collisions if f.first.key == key]
        found += [f.first for f in self.collisions if f.second.key == key]
        return tuple(sorted(found, key=lambda c: (c.start_s, c.end_s, c.key)))


def _collisions(slots: list[Slot], rules: Rules) -> list[tuple[int, int]]:
    """Index pairs (i < j, in start order) of slots that cannot be in one plan. Only slots
    starting before i's end plus the longest walk can fail to follow it."""
    reach = max(rules.max_buffer - rules.tolerance, 0)
    pairs: list[tuple[int, int]] = []
    for i, first in enumerate(slots):
        horizon = first.end + reach
        for j in range(i + 1, len(slots)):
            second = slots[j]
            if second.start > horizon and second.start != first.start:
                break
            if not fits(first, second, rules):
                pairs.append((i, j))
    return pairs


def clash_choice(conflict: ConflictSet, rules: Rules) -> ClashChoice:
    slots = slots_of(conflict.members, rules)
    members = [slot.item for slot in slots]
    pairs = _collisions(slots, rules)
    collisions = tuple(finding(FindingKind.OVERLAP, slots[i], slots[j], rules) for i, j in pairs)
    weight = weights(len(members))
    fixed_items = [c for c in members if c.priority is Priority.MUST or c.is_busy]
    starred = [c for c in members if not c.is_busy]
    _, chain = _keep_fixed_then_best(starred, fixed_items, rules, weight)

    def plan(items: Iterable[Commitment]) -> GroupPlan:
        chosen = sorted(items, key=lambda c: (c.start_s, c.end_s, c.key))
        return GroupPlan(tuple(chosen), sum(weight[c.priority] for c in chosen if c.priority))

    best = plan([*fixed_items, *(s.item for s in chain)])
    fixed_keys = {c.key for c in fixed_items}
    unsettled = tuple(
        f for f in collisions if f.first.key in fixed_keys and f.second.key in fixed_keys
    )
    alternatives: list[GroupPlan] = []
    if len(members) <= ALTERNATIVES_UP_TO:
        colliders: dict[int, set[int]] = defaultdict(set)
        for i, j in pairs:
            colliders[i].add(j)
            colliders[j].add(i)
        busy = {index for index, item in enumerate(members) if item.is_busy}
        # Members a busy block of the user's leaves room for: the others are no choice.
        free = [index for index in range(len(members)) if not colliders[index] & busy]
        seen = {best.keys}
        for index in free:
            if members[index].key in best.keys or index in busy:
                continue
            # Everything that fits beside this member; the heaviest plan among them
            # keeps it (adding it to any plan of theirs only makes it heavier).
            usable = [
                slots[other]
                for other in free
                if other not in colliders[index] and other not in busy
            ]
            indices, _ = _best_chain(usable, rules, weight)
            option = plan([*(members[b] for b in sorted(busy)), *(usable[k].item for k in indices)])
            if option.keys not in seen:
                seen.add(option.keys)
                alternatives.append(option)
    alternatives.sort(key=lambda p: (-p.weight, [c.start_s for c in p.attend]))
    return ClashChoice(conflict, collisions, best, tuple(alternatives), unsettled)
