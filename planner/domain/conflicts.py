"""Time-slot clashes in a personal agenda: detection and walking time (optimal resolution
is `planner.domain.resolution`'s).

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
from typing import TYPE_CHECKING

from planner.domain.agenda import BusyInfo, Priority, Status, TalkInfo
from planner.domain.errors import UsageError

if TYPE_CHECKING:
    from planner.domain.resolution import ClashChoice


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


def _setting_in_range(minutes: object) -> bool:
    return isinstance(minutes, int) and 0 <= minutes <= MAX_SETTING_MINUTES


@dataclass(frozen=True)
class ConflictSettings:
    buffer_minutes: int = 5
    tolerance_minutes: int = 0
    # Walking minutes between specific rooms (either direction); overrides the default.
    room_buffers: Mapping[frozenset[str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Checked here so that no caller can save a value that every later detection would
        # crash on (timedelta overflows long before an int does). The refusals are imported
        # for a value out of range only: the window makes settings before its first paint.
        minutes = (self.buffer_minutes, self.tolerance_minutes, *self.room_buffers.values())
        if all(_setting_in_range(value) for value in minutes):
            return
        from planner.domain.refusals import Refusal, RefusalCode

        for code, rooms, given in (
            (RefusalCode.WALKING_OUT_OF_RANGE, (), self.buffer_minutes),
            (RefusalCode.TOLERANCE_OUT_OF_RANGE, (), self.tolerance_minutes),
            *(
                # A room's walking time to itself names it twice.
                (RefusalCode.ROOMS_WALK_OUT_OF_RANGE, tuple((sorted(pair) * 2)[:2]), value)
                for pair, value in self.room_buffers.items()
            ),
        ):
            if not _setting_in_range(given):
                raise UsageError.of(Refusal(code, *rooms, MAX_SETTING_MINUTES, given))

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
class Rules:
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
class Slot:
    start: int
    end: int
    room: int
    item: Commitment


def slots_of(items: Iterable[Commitment], rules: Rules) -> list[Slot]:
    ordered = sorted(items, key=lambda c: (c.start_s, c.end_s, c.key))
    room_ids = rules.room_ids
    return [Slot(c.start_s, c.end_s, room_ids[c.room], c) for c in ordered]


def fits(a: Slot, b: Slot, rules: Rules) -> bool:
    """Can b follow a in a plan (a is before b in start order)?"""
    if b.start < a.end or b.start == a.start:
        shared = min(a.end, b.end) - b.start
        if shared > rules.tolerance:
            return False
        if shared <= 0 and (a.start == a.end or b.start == b.end):
            return False  # a zero-length commitment inside or at the start of the other
    return b.start - a.end + rules.tolerance >= rules.buffer(a.room, b.room)


def _overlaps(a: Slot, b: Slot, rules: Rules) -> bool:
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


def finding(kind: FindingKind, a: Slot, b: Slot, rules: Rules) -> Finding:
    shared = max(min(a.end, b.end) - b.start, 0) if (b.start < a.end or b.start == a.start) else 0
    return Finding(
        kind,
        a.item,
        b.item,
        shared // 60,
        (b.start - a.end) // 60,
        rules.buffer(a.room, b.room) // 60,
    )


def _classify(a: Slot, b: Slot, rules: Rules) -> FindingKind | None:
    if _overlaps(a, b, rules):
        return FindingKind.OVERLAP
    if not fits(a, b, rules):
        return FindingKind.TIGHT
    if b.start < a.end:
        return FindingKind.WARNING
    return None


def compatible(a: Commitment, b: Commitment, settings: ConflictSettings) -> bool:
    """Can b follow a in one plan (a starts first)?"""
    rules = Rules(settings, (a, b))
    first, second = slots_of((a, b), rules)
    if first.item is not a:
        first, second = second, first
    return fits(first, second, rules)


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
        slots: list[Slot],
        rules: Rules,
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
            from planner.domain.resolution import clash_choice  # not to paint the window

            found = self._choices[conflict.keys] = clash_choice(conflict, self._rules)
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
                            finding(FindingKind.OVERLAP, members[other], slot, self._rules)
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
    rules = Rules(settings, items)
    slots = slots_of(items, rules)
    transfers: list[Finding] = []
    for a, b in itertools.pairwise(slots):
        kind = _classify(a, b, rules)
        if kind is FindingKind.TIGHT or kind is FindingKind.WARNING:
            transfers.append(finding(kind, a, b, rules))
    return Detection(slots, rules, _overlap_sets(slots, rules), tuple(transfers))


def _overlap_sets(slots: list[Slot], rules: Rules) -> tuple[ConflictSet, ...]:
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
    groups: dict[int, list[Slot]] = defaultdict(list)
    for index, slot in enumerate(slots):
        groups[root(index)].append(slot)
    sets = [
        ConflictSet(tuple(s.item for s in group)) for group in groups.values() if len(group) > 1
    ]
    sets.sort(key=lambda s: (s.start, s.keys))
    return tuple(sets)


def _overlap_runs(slots: list[Slot]) -> tuple[ConflictSet, ...]:
    """The components without tolerance: maximal runs in start order where each slot starts
    before the latest end so far (or at the same instant as the previous one, for
    zero-length slots). One pass, no pairs."""
    sets: list[ConflictSet] = []
    run: list[Slot] = []
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
