"""Suggestions for the free time in an agenda, ranked by what the user already starred.

A gap is free time between two planned commitments on the same conference day (and before
the first / after the last session of the day). A session fits a gap when it can be
reached from the commitment before and left in time for the one after (walking time
included). Fitting sessions are ranked by how much they resemble the starred ones: shared
track, shared speakers, and shared distinctive words in title and abstract.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain.conflicts import Commitment, ConflictSettings, compatible
from planner.domain.messages import SuggestionCode, SuggestionReason

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner.domain.agenda import TalkInfo

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
STOPWORDS = frozenset(
    """about also been being from have into more most much must over such talk than that
    their them then there these they this those through what when where which while will
    with would your yours using used uses make made many some each other only just like
    want wanted need needs able well very even first last both same part parts now any
    way ways how why who get gets going come comes take takes give gives know let lets
    session sessions presentation speaker speakers attendees learn learned learning
    will einen eine einer dieser diese dieses nicht oder aber wird werden sind wurde
    pour dans avec sont cette""".split()
)


def words(text: str) -> set[str]:
    found = set(_WORD.findall(text.casefold()))
    found -= STOPWORDS
    return found


class ProgramIndex:
    """What suggestions need of a program that stays the same when only stars change:
    how many sessions use each word, the sessions in time order, each day's span. Built
    once per program (and zone); suggestions are ranked again on every star, and at 20k
    sessions recomputing these took ~0.7 s each time.

    `talks` must keep its order and texts while the index is used (stars may change).
    """

    _CACHE_LIMIT = 5_000

    def __init__(self, talks: Sequence[TalkInfo], zone: ZoneInfo) -> None:
        self.total = max(len(talks), 1)
        self.document_frequency: Counter[str] = Counter()
        for talk in talks:
            self.document_frequency.update(words(f"{talk.title} {talk.abstract}"))
        self.time_order = sorted(
            range(len(talks)), key=lambda i: (talks[i].start, talks[i].end, talks[i].key)
        )
        self.day_spans = day_spans(talks, zone)
        # Words of the sessions ranked so far (starred ones, those fitting gaps): bounded,
        # as keeping every session's words would cost tens of MB at 20k sessions.
        self._words: dict[tuple[str, str, str], frozenset[str]] = {}

    def words_of(self, talk: TalkInfo) -> frozenset[str]:
        key = (talk.key, talk.title, talk.abstract)
        found = self._words.get(key)
        if found is None:
            if len(self._words) >= self._CACHE_LIMIT:
                self._words.clear()
            found = self._words[key] = frozenset(words(f"{talk.title} {talk.abstract}"))
        return found


def day_spans(talks: Sequence[TalkInfo], zone: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """From the first start to the last end of each conference day, in time order."""
    days: dict[object, tuple[datetime, datetime]] = {}
    for talk in talks:
        day = talk.start.astimezone(zone).date()
        first, last = days.get(day, (talk.start, talk.end))
        days[day] = (min(first, talk.start), max(last, talk.end))
    return sorted(days.values())


@dataclass(frozen=True)
class Gap:
    start: datetime
    end: datetime
    before: Commitment | None
    after: Commitment | None

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True)
class Suggestion:
    gap: Gap
    talk: TalkInfo
    score: float
    why: tuple[SuggestionReason, ...]  # codes with values (said in the window's language)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why, in English (the command line's text and JSON)."""
        return tuple(str(reason) for reason in self.why)


@dataclass(frozen=True)
class Interests:
    tracks: Counter[str]
    speakers: Counter[str]
    word_weights: dict[str, float]
    index: ProgramIndex

    @classmethod
    def of(cls, starred: Sequence[TalkInfo], index: ProgramIndex) -> Interests:
        liked: Counter[str] = Counter()
        for talk in starred:
            liked.update(index.words_of(talk))
        # tf-idf: frequent among the starred, rare in the program.
        total, frequency = index.total, index.document_frequency
        weights = {w: count * math.log(total / (1 + frequency[w])) for w, count in liked.items()}
        return cls(
            Counter(t.track for t in starred if t.track),
            Counter(n for t in starred for n in t.speaker_names),
            weights,
            index,
        )

    def score(self, talk: TalkInfo) -> tuple[float, tuple[SuggestionReason, ...]]:
        reasons: list[SuggestionReason] = []
        score = 0.0
        if talk.track and self.tracks[talk.track]:
            score += 2.0 * self.tracks[talk.track]
            reasons.append(SuggestionReason(SuggestionCode.TRACK, (talk.track,)))
        for name in talk.speaker_names:
            if self.speakers[name]:
                score += 5.0 * self.speakers[name]
                reasons.append(SuggestionReason(SuggestionCode.SPEAKER, (name,)))
        shared = sorted(
            (
                (self.word_weights[w], w)
                for w in self.index.words_of(talk)
                if w in self.word_weights and self.word_weights[w] > 0
            ),
            reverse=True,
        )
        if shared:
            score += sum(weight for weight, _ in shared[:8]) / 4
            reasons.append(SuggestionReason(SuggestionCode.ABOUT, tuple(w for _, w in shared[:3])))
        return score, tuple(reasons)


def find_gaps(
    plan: Sequence[Commitment],
    talks: Sequence[TalkInfo],
    zone: ZoneInfo,
    minimum_minutes: int = 15,
    index: ProgramIndex | None = None,
) -> list[Gap]:
    """Free time on each conference day, between the day's first start and last end."""
    spans = index.day_spans if index is not None else day_spans(talks, zone)
    ordered = sorted(plan, key=lambda c: (c.start, c.end, c.key))
    gaps: list[Gap] = []
    for day_start, day_end in spans:
        inside = [c for c in ordered if c.end > day_start and c.start < day_end]
        cursor, previous = day_start, None
        for item in inside:
            if item.start > cursor:
                gaps.append(Gap(cursor, item.start, previous, item))
            if item.end > cursor:
                cursor, previous = item.end, item
        if cursor < day_end:
            gaps.append(Gap(cursor, day_end, previous, None))
    return [gap for gap in gaps if gap.minutes >= minimum_minutes]


def suggest(
    talks: Sequence[TalkInfo],
    plan: Sequence[Commitment],
    settings: ConflictSettings,
    zone: ZoneInfo,
    per_gap: int = 3,
    index: ProgramIndex | None = None,
) -> list[Suggestion]:
    """`index` must be of `talks` in `zone`; pass one kept between calls for a program."""
    starred = [t for t in talks if t.star is not None]
    if not starred:
        return []
    index = index or ProgramIndex(talks, zone)
    interests = Interests.of(starred, index)
    in_time_order = (talks[i] for i in index.time_order)
    candidates = [t for t in in_time_order if t.star is None and not t.cancelled]
    starts = [t.start for t in candidates]
    suggestions: list[Suggestion] = []
    for gap in find_gaps(plan, talks, zone, index=index):
        ranked: list[tuple[float, str, Suggestion]] = []
        for talk in candidates[
            bisect.bisect_left(starts, gap.start) : bisect.bisect_right(starts, gap.end)
        ]:
            if talk.end > gap.end:
                continue
            this = Commitment(talk.key, talk.title, talk.start, talk.end, talk.room)
            if gap.before is not None and not compatible(gap.before, this, settings):
                continue
            if gap.after is not None and not compatible(this, gap.after, settings):
                continue
            score, reasons = interests.score(talk)
            if score > 0:
                ranked.append((-score, talk.key, Suggestion(gap, talk, round(score, 2), reasons)))
        ranked.sort(key=lambda item: (item[0], item[1]))
        suggestions.extend(item[2] for item in ranked[:per_gap])
    return suggestions


def common_free_time(
    mine: Sequence[Commitment],
    theirs: Sequence[Commitment],
    talks: Sequence[TalkInfo],
    zone: ZoneInfo,
    minimum_minutes: int = 15,
) -> tuple[tuple[datetime, datetime], ...]:
    """Stretches of the conference days that both agendas leave free."""
    free: list[tuple[datetime, datetime]] = []
    their_gaps = find_gaps(theirs, talks, zone, minimum_minutes)
    for gap in find_gaps(mine, talks, zone, minimum_minutes):
        for other in their_gaps:
            start, end = max(gap.start, other.start), min(gap.end, other.end)
            if (end - start).total_seconds() >= minimum_minutes * 60:
                free.append((start, end))
    return tuple(sorted(free))
