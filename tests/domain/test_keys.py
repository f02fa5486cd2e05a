from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.keys import derive_key, key_from_content, uniquify

START = datetime(2024, 1, 1, 10, tzinfo=UTC)


def test_preference_order() -> None:
    assert derive_key("ABC-def", "12", "T", START, "R") == "guid:abc-def"
    assert derive_key(None, "12", "T", START, "R") == "id:12"
    assert derive_key("  ", "", "T", START, "R").startswith("t:")


def test_content_key_ignores_case_and_spacing_but_not_time_or_room() -> None:
    assert key_from_content("Hello  World", START, "R") == key_from_content(
        "hello world", START, "R"
    )
    assert key_from_content("Hello", START, "R") != key_from_content("Hello", START, "R2")


def test_uniquify_keeps_first_and_numbers_repeats() -> None:
    assert uniquify(["a", "b", "a", "a", "a#2"]) == ["a", "b", "a#2", "a#3", "a#2#2"]


@given(st.lists(st.sampled_from(["x", "y", "x#2", "z"]), max_size=30))
def test_uniquify_always_unique_and_deterministic(keys: list[str]) -> None:
    result = uniquify(keys)
    assert len(set(result)) == len(keys)
    assert result == uniquify(keys)
