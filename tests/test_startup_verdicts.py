"""The start-up benchmark's verdicts: ratios paired by round, and the issue's time targets
judged as the same multiple of the floor measured in the run (benchmarks/startup.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from benchmarks.startup import BY_KEY, FIGURES, ISSUE_FLOORS, verdict

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def _empty_figures() -> Iterator[None]:
    kept = {f.key: (list(f.samples), list(f.rounds)) for f in FIGURES}
    for figure in FIGURES:
        figure.samples.clear()
        figure.rounds.clear()
    yield
    for figure in FIGURES:
        figure.samples[:], figure.rounds[:] = kept[figure.key]


def record(key: str, by_round: dict[int, float]) -> None:
    for number, value in by_round.items():
        BY_KEY[key].samples.append(value)
        BY_KEY[key].rounds.append(number)


def test_a_ratio_pairs_each_round_with_its_own_floor() -> None:
    # Round 2 ran in a slow phase: app and floor both twice as slow. Paired, the rounds say
    # 2.4, 2.4 and 2.5; the medians' ratio (275 / 110) would say 2.5.
    record("floor_window_painted", {1: 100.0, 2: 200.0, 3: 110.0})
    record("fosdem_painted", {1: 240.0, 2: 480.0, 3: 275.0})
    figure = BY_KEY["fosdem_painted"]
    assert figure.paired_ratio == pytest.approx(2.4)
    assert figure.median == 275.0


def test_a_round_without_a_floor_is_left_out() -> None:
    record("floor_window_painted", {1: 100.0, 3: 100.0})
    record("fosdem_painted", {1: 200.0, 2: 900.0, 3: 220.0})
    assert BY_KEY["fosdem_painted"].paired_ratio == pytest.approx(2.1)


def test_a_time_target_is_the_issues_multiple_of_its_floor() -> None:
    figure = BY_KEY["fosdem_painted"]
    assert figure.target_ratio_here == pytest.approx(250 / ISSUE_FLOORS["floor_window_painted"])
    record("floor_window_painted", {1: 180.0, 2: 182.0})
    record("fosdem_painted", {1: 432.0, 2: 437.0})  # 2.40x: 240 ms at the issue's floor
    text, met = verdict(figure)
    assert met is True
    assert text == "250 ms = 2.5×"
    assert figure.at_issue_floor == pytest.approx(240.0, abs=0.5)


def test_a_time_target_missed_by_its_ratio_is_missed_whatever_the_milliseconds() -> None:
    record("floor_window_painted", {1: 60.0, 2: 60.0})  # a fast machine
    record("fosdem_painted", {1: 162.0, 2: 162.0})  # under 250 ms, but 2.7x the floor
    assert verdict(BY_KEY["fosdem_painted"])[1] is False


def test_memory_is_judged_as_it_is() -> None:
    record("floor_window_rss", {1: 56.0})
    record("fosdem_rss", {1: 112.0})
    assert BY_KEY["fosdem_rss"].target_ratio_here is None
    assert verdict(BY_KEY["fosdem_rss"]) == ("110.0 MiB", False)


def test_a_target_given_as_a_multiple_uses_the_paired_ratio() -> None:
    record("floor_import", {1: 300.0, 2: 600.0})
    record("import_process", {1: 420.0, 2: 860.0})  # 1.4x and 1.43x
    text, met = verdict(BY_KEY["import_process"])
    assert (text, met) == ("≤ 1.5 × floor", True)
