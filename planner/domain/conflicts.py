"""Time-slot clashes in a personal agenda: detection, walking time, and optimal resolution.

Vocabulary
- A *commitment* is something the user plans to be at: a starred session, or a busy block
  of their own (fixed: never moved by auto-resolve).
- Two commitments *overlap* when they share time. Zero-length sessions count as overlapping
  a session that contains their instant, or starts at it (you cannot be in two rooms).
- Going from one room to another takes *walking time*: a buffer per pair of rooms (default
  5 minutes, 0 within a room, a per-pair matrix for rooms in other buildings).
- The user's *tolerance* (leave up to N minutes early / arrive N minutes late) is slack:
  A can be followed by B when  gap(A, B) + tolerance >= buffer(A, B),  gap being
  B.start - A.end (negative when they overlap), and they do not overlap by more than the
  tolerance. A *plan* is a list of commitments in start order whose neighbours can follow
  each other; a session must also fit each fixed commitment (busy block, must-see) on its
  own, so a busy block without a room never hides the walk between the talks around it.

Findings
- OVERLAP: two commitments overlap by more than the tolerance - a real clash. Overlaps are
  grouped into conflict sets: commitments that overlap transitively.
- TIGHT: neighbours in the plan (in start order) with too little time to walk between.
- WARNING: neighbours overlapping within the tolerance, with time to walk.

Costs (n commitments): conflict sets and transfers in O(n log n); the individual overlapping
pairs only when asked for (there can be n² of them in a crowded agenda). Auto-resolve is
weighted interval scheduling generalised to room-dependent buffers, O(n log n) in practice
(see `best_plan`). Must-sees are never dropped: clashes among must-sees and busy blocks are
reported for the user to settle.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cached_property

from planner.domain.agenda import BusyInfo, Priority, Status, TalkInfo
from planner.domain.errors import UsageError
from planner.domain.messages import NAMED, DecisionReason, ReasonCode
from planner.domain.refusals import Refusal, RefusalCode


@dataclass(frozen=True, slots=True)
class Commitment:
    key: str  # session key, or "busy:<id>" for a busy block
    title: str
    start: datetime
    end: datetime
    room: str = ""
    priority: Priority | None = None  # None: a busy block (fixed)
    status: Status = Status.ATTEND
    # Seconds since the epoch, computed once: detection compares integers, not datetimes.
    start_s: int = field(init=False, repr=False, compare=False)
    end_s: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start_s", int(self.start.timestamp()))
        object.__setattr__(self, "end_s", int(self.end.timestamp()))

    @classmethod
    def of_starred(cls, talk: TalkInfo) -> Commitment:
        """A starred session as a commitment, with its star's priority and status."""
        if talk.star is None:
            raise ValueError(f"{talk.key} is not starred")
        return cls(
            talk.key,
            talk.title,
            talk.start,
            talk.end,
            talk.room,
            talk.star.priority,
            talk.star.status,
        )

    @classmethod
    def of_busy(cls, block: BusyInfo) -> Commitment:
        return cls(block.key, block.title, block.start, block.end)

    @property
    def is_busy(self) -> bool:
        return self.priority is None

    @property
    def label(self) -> str:
        return "busy" if self.priority is None else self.priority.value


@dataclass(frozen=True)
class ConflictSettings:
    buffer_minutes: int = 5
    tolerance_minutes: int = 0
    # Walking minutes between specific rooms (either direction); overrides the default.
    room_buffers: Mapping[frozenset[str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Checked here so that no caller can save a value that every later detection would
        # crash on (timedelta overflows long before an int does).
        for code, rooms, minutes in (
            (RefusalCode.WALKING_OUT_OF_RANGE, (), self.buffer_minutes),
            (RefusalCode.TOLERANCE_OUT_OF_RANGE, (), self.tolerance_minutes),
            *(
                # A room's walking time to itself names it twice.
                (RefusalCode.ROOMS_WALK_OUT_OF_RANGE, tuple((sorted(pair) * 2)[:2]), value)
                for pair, value in self.room_buffers.items()
            ),
        ):
            if not isinstance(minutes, int) or not 0 <= minutes <= MAX_SETTING_MINUTES:
                refusal = Refusal(code, *rooms, MAX_SETTING_MINUTES, minutes)
                raise UsageError.of(refusal)

    def buffer(self, room_a: str, room_b: str) -> timedelta:
        if room_a and room_a == room_b:
            return timedelta(0)
        special = self.room_buffers.get(frozenset((room_a, room_b)))
        return timedelta(minutes=self.buffer_minutes if special is None else special)

    @property
    def max_buffer(self) -> timedelta:
        return timedelta(minutes=max([self.buffer_minutes, *self.room_buffers.values()]))

    @property
    def tolerance(self) -> timedelta:
        return timedelta(minutes=self.tolerance_minutes)

    def to_json(self) -> dict[str, object]:
        return {
            "buffer_minutes": self.buffer_minutes,
            "tolerance_minutes": self.tolerance_minutes,
            "room_buffers": [
                [*sorted(rooms), minutes]
                for rooms, minutes in sorted(
                    self.room_buffers.items(), key=lambda item: sorted(item[0])
                )
            ],
        }

    @classmethod
    def from_json(cls, value: object) -> ConflictSettings:
        """Settings as saved; a value that is not a number of minutes in range (written
        by hand, or by an older Planner that did not check) falls back to its default,
        so that it cannot make every later detection fail."""
        if not isinstance(value, Mapping):
            return cls()
        pairs: dict[frozenset[str], int] = {}
        entries = value.get("room_buffers", [])
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, list | tuple) and len(entry) == 3:
                minutes = _saved_minutes(entry[2])
                if minutes is not None:
                    pairs[frozenset((str(entry[0]), str(entry[1])))] = minutes
        buffer = _saved_minutes(value.get("buffer_minutes"))
        tolerance = _saved_minutes(value.get("tolerance_minutes"))
        return cls(
            cls.buffer_minutes if buffer is None else buffer,
            cls.tolerance_minutes if tolerance is None else tolerance,
            pairs,
        )


MAX_SETTING_MINUTES = 24 * 60


def _saved_minutes(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= MAX_SETTING_MINUTES else None


# -- the fast core: commitments as integer seconds and room numbers -----------------------
class _Rules:
    """The settings compiled for integer arithmetic (a check is called ~10⁵ times)."""

    def __init__(self, settings: ConflictSettings, items: Sequence[Commitment]) -> None:
        self.settings = settings
        self.tolerance = settings.tolerance_minutes * 60
        self.default = settings.buffer_minutes * 60
        self.max_buffer = int(settings.max_buffer.total_seconds())
        rooms = {item.room for item in items}
        rooms.discard("")
        self.room_ids: dict[str, int] = {room: number for number, room in enumerate(rooms)}
        self.room_ids[""] = -1
        self.special: dict[tuple[int, int], int] = {}
        for pair, minutes in settings.room_buffers.items():
            names = sorted(pair) if len(pair) == 2 else [next(iter(pair))] * 2
            a = self.room_ids.setdefault(names[0], len(self.room_ids))
            b = self.room_ids.setdefault(names[1], len(self.room_ids))
            self.special[(a, b)] = self.special[(b, a)] = minutes * 60

    def buffer(self, room_a: int, room_b: int) -> int:
        if room_a == room_b and room_a >= 0:
            return 0
        return self.special.get((room_a, room_b), self.default)


@dataclass(slots=True)
class _Slot:
    start: int
    end: int
    room: int
    item: Commitment


def _slots(items: Iterable[Commitment], rules: _Rules) -> list[_Slot]:
    ordered = sorted(items, key=lambda c: (c.start_s, c.end_s, c.key))
    room_ids = rules.room_ids
    return [_Slot(c.start_s, c.end_s, room_ids[c.room], c) for c in ordered]


def _fits(a: _Slot, b: _Slot, rules: _Rules) -> bool:
    """Can b follow a in a plan (a is before b in start order)?"""
    if b.start < a.end or b.start == a.start:
        shared = min(a.end, b.end) - b.start
        if shared > rules.tolerance:
            return False
        if shared <= 0 and (a.start == a.end or b.start == b.end):
            return False  # a zero-length commitment inside or at the start of the other
    return b.start - a.end + rules.tolerance >= rules.buffer(a.room, b.room)


def _overlaps(a: _Slot, b: _Slot, rules: _Rules) -> bool:
    """Do a and b (a first) overlap by more than the tolerance (or zero-length inside)?"""
    if not (b.start < a.end or b.start == a.start):
        return False
    shared = min(a.end, b.end) - b.start
    return shared > rules.tolerance or (shared <= 0 and (a.start == a.end or b.start == b.end))


# -- findings -------------------------------------------------------------------------------
class FindingKind(StrEnum):
    OVERLAP = "overlap"
    TIGHT = "tight-transfer"
    WARNING = "within-tolerance"


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    first: Commitment  # the one that starts first
    second: Commitment
    overlap_minutes: int  # 0 for a tight transfer between commitments that do not overlap
    gap_minutes: int  # second.start - first.end, negative when overlapping
    needed_minutes: int  # walking time between their rooms

    def describe(self) -> str:
        a, b = self.first.title, self.second.title
        if self.kind is FindingKind.OVERLAP:
            return f"“{a}” and “{b}” overlap by {self.overlap_minutes} min"
        if self.kind is FindingKind.TIGHT:
            return (
                f"“{a}” → “{b}”: {max(self.gap_minutes, 0)} min to walk "
                f"{self.needed_minutes} min ({self.first.room or '?'} → "
                f"{self.second.room or '?'})"
            )
        return f"“{a}” and “{b}” overlap by {self.overlap_minutes} min (within your tolerance)"


def _finding(kind: FindingKind, a: _Slot, b: _Slot, rules: _Rules) -> Finding:
    shared = max(min(a.end, b.end) - b.start, 0) if (b.start < a.end or b.start == a.start) else 0
    return Finding(
        kind,
        a.item,
        b.item,
        shared // 60,
        (b.start - a.end) // 60,
        rules.buffer(a.room, b.room) // 60,
    )


def _classify(a: _Slot, b: _Slot, rules: _Rules) -> FindingKind | None:
    if _overlaps(a, b, rules):
        return FindingKind.OVERLAP
    if not _fits(a, b, rules):
        return FindingKind.TIGHT
    if b.start < a.end:
        return FindingKind.WARNING
    return None


def compatible(a: Commitment, b: Commitment, settings: ConflictSettings) -> bool:
    """Can b follow a in one plan (a starts first)?"""
    rules = _Rules(settings, (a, b))
    first, second = _slots((a, b), rules)
    if first.item is not a:
        first, second = second, first
    return _fits(first, second, rules)


@dataclass(frozen=True)
class ConflictSet:
    members: tuple[Commitment, ...]  # in start order

    @cached_property
    def overlap_minutes(self) -> int:
        """Minutes during which at least two members run at once."""
        events = sorted(
            [(c.start_s, 1) for c in self.members] + [(c.end_s, -1) for c in self.members]
        )
        running = total = since = 0
        for moment, step in events:
            if running >= 2:
                total += moment - since
            running += step
            since = moment
        return total // 60

    @property
    def start(self) -> datetime:
        return self.members[0].start

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(member.key for member in self.members)


class Detection:
    """What `detect` found. Conflict sets and transfers are computed at once; the
    individual overlapping pairs (`findings`) on first use."""

    def __init__(
        self,
        slots: list[_Slot],
        rules: _Rules,
        sets: tuple[ConflictSet, ...],
        transfers: tuple[Finding, ...],
    ) -> None:
        self._slots = slots
        self._rules = rules
        self.sets = sets
        self.transfers = transfers
        self._choices: dict[tuple[str, ...], ClashChoice] = {}

    def choice(self, conflict: ConflictSet) -> ClashChoice:
        """What this conflict set asks of the user (worked out once, on first use)."""
        found = self._choices.get(conflict.keys)
        if found is None:
            found = self._choices[conflict.keys] = _choice(conflict, self._rules)
        return found

    @cached_property
    def _set_of(self) -> dict[str, ConflictSet]:
        return {key: conflict for conflict in self.sets for key in conflict.keys}

    def set_of(self, key: str) -> ConflictSet | None:
        """The conflict set a commitment is in, if any."""
        return self._set_of.get(key)

    @cached_property
    def overlaps(self) -> tuple[Finding, ...]:
        """Every pair overlapping beyond the tolerance (swept within each conflict set)."""
        found: list[Finding] = []
        by_item = {id(slot.item): slot for slot in self._slots}
        for conflict in self.sets:
            members = [by_item[id(member)] for member in conflict.members]
            active: list[tuple[int, int, int]] = []  # (end, start, index) of members
            for index, slot in enumerate(members):
                while active and (
                    active[0][0] < slot.start
                    or (active[0][0] == slot.start and active[0][1] < slot.start)
                ):
                    heapq.heappop(active)
                for _, _, other in active:
                    if _overlaps(members[other], slot, self._rules):
                        found.append(
                            _finding(FindingKind.OVERLAP, members[other], slot, self._rules)
                        )
                heapq.heappush(active, (slot.end, slot.start, index))
        return tuple(found)

    @cached_property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(
            sorted(
                (*self.overlaps, *self.transfers),
                key=lambda f: (f.first.start, f.second.start, f.first.key, f.second.key),
            )
        )

    def keys_in_conflict(self) -> frozenset[str]:
        keys = {key for conflict in self.sets for key in conflict.keys}
        keys.update(
            key
            for f in self.transfers
            if f.kind is FindingKind.TIGHT
            for key in (f.first.key, f.second.key)
        )
        return frozenset(keys)


def detect(commitments: Iterable[Commitment], settings: ConflictSettings) -> Detection:
    """Conflict sets (overlaps), and tight or tolerated transfers between neighbours."""
    items = list(commitments)
    rules = _Rules(settings, items)
    slots = _slots(items, rules)
    transfers: list[Finding] = []
    for a, b in itertools.pairwise(slots):
        kind = _classify(a, b, rules)
        if kind is FindingKind.TIGHT or kind is FindingKind.WARNING:
            transfers.append(_finding(kind, a, b, rules))
    return Detection(slots, rules, _overlap_sets(slots, rules), tuple(transfers))


def _overlap_sets(slots: list[_Slot], rules: _Rules) -> tuple[ConflictSet, ...]:
    """Connected components of the overlap relation, by one sweep in start order.

    For slot b, every earlier slot a with a.end > b.start + tolerance overlaps it beyond the
    tolerance when b itself lasts longer than the tolerance (and for zero-length b, every a
    with a.end > b.start, or starting at the same instant). So b joins every component
    whose latest end passes that threshold: the components kept sorted by latest end, b
    merges a suffix of them. Each component is merged away once: O(n log n).
    """
    if rules.tolerance == 0:
        return _overlap_runs(slots)
    parent = list(range(len(slots)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    by_end: list[tuple[int, int]] = []  # (latest end, component); stale entries are harmless
    latest: dict[int, int] = {}  # component root → latest end of its members
    zero_at: dict[int, list[int]] = defaultdict(list)  # start → zero-length slots
    tolerance = rules.tolerance
    sentinel = len(slots)
    bisect_right, insort = bisect.bisect_right, bisect.insort
    for index, slot in enumerate(slots):
        start = slot.start
        zero = start == slot.end
        partners: list[int] = []
        if zero or slot.end - start > tolerance:
            cut = bisect_right(by_end, (start if zero else start + tolerance, sentinel))
            if cut < len(by_end):
                partners = [
                    component if parent[component] == component else root(component)
                    for _, component in by_end[cut:]
                ]
                del by_end[cut:]
        if zero_at and start in zero_at:
            partners.extend(root(other) for other in zero_at[start])
        merged_end = slot.end
        for other in partners:
            if parent[other] == other and other != index:
                merged_end = max(merged_end, latest.pop(other, slots[other].end))
                parent[other] = index
        latest[index] = merged_end
        insort(by_end, (merged_end, index))
        if zero:
            zero_at[start].append(index)
    groups: dict[int, list[_Slot]] = defaultdict(list)
    for index, slot in enumerate(slots):
        groups[root(index)].append(slot)
    sets = [
        ConflictSet(tuple(s.item for s in group)) for group in groups.values() if len(group) > 1
    ]
    sets.sort(key=lambda s: (s.start, s.keys))
    return tuple(sets)


def _overlap_runs(slots: list[_Slot]) -> tuple[ConflictSet, ...]:
    """The components without tolerance: maximal runs in start order where each slot starts
    before the latest end so far (or at the same instant as the previous one, for
    zero-length slots). One pass, no pairs."""
    sets: list[ConflictSet] = []
    run: list[_Slot] = []
    latest_end = previous_start = -(2**62)
    for slot in slots:
        if slot.start < latest_end or slot.start == previous_start:
            run.append(slot)
        else:
            if len(run) > 1:
                sets.append(ConflictSet(tuple(s.item for s in run)))
            run = [slot]
        latest_end = max(latest_end, slot.end)
        previous_start = slot.start
    if len(run) > 1:
        sets.append(ConflictSet(tuple(s.item for s in run)))
    return tuple(sets)


# -- resolution ------------------------------------------------------------------------------
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
    slots: list[_Slot], rules: _Rules, weight: Mapping[Priority, int]
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
            if (best[i] > chosen_best or (best[i] == chosen_best and i < chosen_index)) and _fits(
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
    rules = _Rules(settings, candidates)
    slots = _slots(candidates, rules)
    chain, total = _best_chain(slots, rules, weight)
    return [slots[i].item for i in chain], total


class _Neighbourhood:
    """Finds, among a fixed group of slots, those that clash with a given slot - looking only
    at the ones close enough in time to matter: O(log n + nearby)."""

    def __init__(self, slots: list[_Slot], rules: _Rules) -> None:
        self.rules = rules
        self.by_start = sorted(slots, key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.by_start]
        self.by_end = sorted(slots, key=lambda s: (s.end, s.start))
        self.ends = [s.end for s in self.by_end]
        self.longest = max((s.end - s.start for s in slots), default=0)

    def clashes(self, slot: _Slot, limit: int | None = None) -> list[_Slot]:
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
            if not _fits(first, second, rules):
                found.append(other)
                if limit is not None and len(found) >= limit:
                    break
        return found


def _keep_fixed_then_best(
    starred: Iterable[Commitment],
    fixed_items: Sequence[Commitment],
    rules: _Rules,
    weight: Mapping[Priority, int],
) -> tuple[dict[str, list[_Slot]], list[_Slot]]:
    """Auto-resolve's choice: the fixed commitments (must-sees, busy blocks) always, and
    the heaviest plan among the other starred sessions that fit every fixed one.

    Returns the sessions that a fixed commitment blocks (with up to NAMED blockers each)
    and the chosen plan among the others, in start order."""
    fixed_keys = {c.key for c in fixed_items}
    fixed = _Neighbourhood(_slots(fixed_items, rules), rules)
    blocked: dict[str, list[_Slot]] = {}
    candidates: list[_Slot] = []
    for slot in _slots((c for c in starred if c.key not in fixed_keys), rules):
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
    rules = _Rules(settings, [*starred, *busy])
    fixed_items = [c for c in starred if c.priority is Priority.MUST] + list(busy)
    blocked, chain = _keep_fixed_then_best(starred, fixed_items, rules, weight)
    attending = {s.item.key for s in chain} | {c.key for c in fixed_items if not c.is_busy}
    # Candidates fit every fixed commitment, so the ones dropped lost to the chain.
    chain_near = _Neighbourhood(chain, rules)

    decisions: list[Decision] = []
    dropped_by: dict[str, list[Commitment]] = defaultdict(list)
    for slot in _slots(starred, rules):
        item = slot.item
        if item.key in attending:
            continue
        winners = [s.item for s in (blocked.get(item.key) or chain_near.clashes(slot))]
        for winner in winners:
            dropped_by[winner.key].append(item)
        why = DecisionReason.naming(ReasonCode.GIVES_WAY, winners)
        decisions.append(Decision(item.key, item.title, Status.PLAN_B, item.status, why))
    for slot in _slots(starred, rules):
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
    rules = _Rules(settings, [chosen, *others])
    near = _Neighbourhood(_slots(others, rules), rules)
    [slot] = _slots([chosen], rules)
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


def _collisions(slots: list[_Slot], rules: _Rules) -> list[tuple[int, int]]:
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
            if not _fits(first, second, rules):
                pairs.append((i, j))
    return pairs


def _choice(conflict: ConflictSet, rules: _Rules) -> ClashChoice:
    slots = _slots(conflict.members, rules)
    members = [slot.item for slot in slots]
    pairs = _collisions(slots, rules)
    collisions = tuple(_finding(FindingKind.OVERLAP, slots[i], slots[j], rules) for i, j in pairs)
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
