"""Suggestions for free time, and the program index that keeps them cheap on every star."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from planner.domain.agenda import Priority, Star, Status
from planner.domain.conflicts import Commitment, ConflictSettings
from planner.domain.suggest import ProgramIndex, find_gaps, suggest, words

if TYPE_CHECKING:
    from planner.domain.agenda import TalkInfo
    from planner.services import Planner

NOW = datetime(2024, 1, 1, tzinfo=UTC)


def starred(talk: TalkInfo) -> TalkInfo:
    return replace(talk, star=Star(Priority.WANT, Status.ATTEND, "", NOW, NOW))


def plan_of(talks: list[TalkInfo]) -> list[Commitment]:
    return [Commitment.of_starred(t) for t in talks if t.star is not None]


def test_words_are_distinctive_folded_and_without_stopwords() -> None:
    assert words("Streaming with KAFKA Streams: 2019 and the Straße") == {
        "streaming",
        "kafka",
        "streams",
        "strasse",
    }


def test_an_index_kept_across_star_changes_ranks_as_a_fresh_one(planner: Planner) -> None:
    conference = planner.catalog.conference()
    talks = planner.catalog.talks(conference.id)
    zone = conference.zone
    settings = ConflictSettings()
    index = ProgramIndex(talks, zone)  # built before any star, kept as the UI keeps it
    for position in (0, 7, 15, 30, 44):
        talks[position] = starred(talks[position])
        plan = plan_of(talks)
        kept = suggest(talks, plan, settings, zone, index=index)
        fresh = suggest(list(talks), plan, settings, zone)
        assert kept == fresh
        assert find_gaps(plan, talks, zone, index=index) == find_gaps(plan, talks, zone)
    assert kept, "the bundled program leaves gaps with something to suggest"
    chosen = {t.key for t in talks if t.star is not None}
    for suggestion in kept:
        assert suggestion.talk.key not in chosen
        assert suggestion.gap.start <= suggestion.talk.start
        assert suggestion.talk.end <= suggestion.gap.end
        assert suggestion.reasons


def test_suggestions_prefer_the_starred_track(planner: Planner) -> None:
    conference = planner.catalog.conference()
    talks = planner.catalog.talks(conference.id)
    first = next(t for t in talks if t.track and t.track != "Keynotes")
    talks[talks.index(first)] = starred(first)
    ideas = suggest(talks, plan_of(talks), ConflictSettings(), conference.zone)
    assert ideas
    best_per_gap: dict[object, str] = {}
    for idea in ideas:
        best_per_gap.setdefault((idea.gap.start, idea.gap.end), idea.talk.track)
    assert first.track in best_per_gap.values()
