"""What an import says it did: counts that count every session, in English plurals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain.updates import ChangeKind, ImportReport, TalkSnapshot, diff_programs

START = datetime(2025, 2, 1, 10, tzinfo=UTC)


def test_a_session_moved_and_retitled_counts_as_moved_and_as_changed() -> None:
    """It used to say "1 moved, 0 changed" for a session with a new time and a new title."""
    old = [TalkSnapshot("a", "Old title", START, START + timedelta(hours=1), room="K")]
    new = [
        TalkSnapshot(
            "a", "New title", START + timedelta(hours=2), START + timedelta(hours=3), room="K"
        )
    ]
    diff = diff_programs(old, new, [], ZoneInfo("Europe/Brussels"))
    [change] = diff.changes
    assert change.kind is ChangeKind.MOVED
    report = ImportReport(1, "Conf", False, "frab", "x.xml", 1, 1, 1, 1, 1, diff.changes)
    assert (report.count(ChangeKind.MOVED), report.count(ChangeKind.CHANGED)) == (1, 1)
    assert report.summary() == (
        "Updated “Conf”: 1 session, 1 speaker, 1 room, 1 track over 1 day; "
        "0 added, 0 removed, 1 moved, 1 changed"
    )


def test_counts_above_one_are_plural() -> None:
    report = ImportReport(1, "Conf", True, "frab", "x.xml", 1200, 2, 3, 0, 2)
    assert report.summary() == (
        "Imported “Conf”: 1,200 sessions, 2 speakers, 3 rooms, 0 tracks over 2 days"
    )
