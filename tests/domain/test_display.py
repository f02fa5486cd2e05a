"""Texts for messages: sizes, file names and control characters as a person reads them."""

from __future__ import annotations

import pytest

from planner.domain.display import size_text


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (999, "999 bytes"),
        (12_345, "12 kB"),
        (2 * 1024**3, "2.1 GB"),
        (740_000_000, "740 MB"),
        (3_000_000, "3 MB"),
        (10**17, "100,000 TB"),  # a float printed this as "99999999999999984 MB"
        (99999999999999999999, "100,000,000 TB"),
    ],
)
def test_a_size_is_said_in_a_unit_a_person_reads(size: int, text: str) -> None:
    assert size_text(size) == text
