"""The auto-resolve preview reads as a list (issue 17, item 8): wrapped to the dialog,
grouped by the clash each change settles, in proper plurals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractScrollArea

from planner.domain.agenda import Priority
from planner.domain.conflicts import Commitment, ConflictSettings
from planner.domain.resolution import auto_resolve
from planner.ui.dialogs.resolve import AutoResolvePreview, changes_summary

BRUSSELS = ZoneInfo("Europe/Brussels")
T0 = datetime(2025, 2, 1, 9, 30, tzinfo=UTC)  # 10:30 in Brussels
LONG = "Bringing terminal aesthetics to the Web with Rust (and vice versa), a long title"


def c(key: str, start: int, minutes: int, room: str, priority: Priority) -> Commitment:
    begin = T0 + timedelta(minutes=start)
    title = f"{LONG} {key}" if key.startswith("long") else key.title()
    return Commitment(key, title, begin, begin + timedelta(minutes=minutes), room, priority)


def test_summary_sentences_have_proper_plurals() -> None:
    assert changes_summary(0, 0) == "Your agenda is already the best plan: nothing to change."
    assert changes_summary(1, 0).startswith("1 change makes your agenda clash-free")
    assert changes_summary(6, 0).startswith("6 changes make your agenda clash-free")
    assert "(s)" not in changes_summary(6, 2)
    assert changes_summary(2, 1).endswith("1 clash needs your decision.")
    assert changes_summary(2, 3).endswith("3 clashes need your decision.")


def test_changes_are_grouped_by_clash_and_wrapped(qtbot) -> None:
    morning = [
        c("keynote", 0, 60, "Janson", Priority.MUST),
        c("long-a", 10, 30, "K.1", Priority.WANT),
        c("long-b", 45, 30, "K.1", Priority.MAYBE),
    ]
    afternoon = [
        c("lunch talk", 240, 30, "H.1", Priority.WANT),
        c("long-c", 250, 30, "H.2", Priority.MAYBE),
    ]
    resolution = auto_resolve([*morning, *afternoon], [], ConflictSettings())
    assert len(resolution.changes) == 3
    dialog = AutoResolvePreview(resolution, zone=BRUSSELS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.summary.text().startswith("3 changes make your agenda clash-free")
    text = dialog.list.toPlainText()
    first = text.index("Sat, 1 Feb 10:30–11:45 · 3 sessions clash")
    second = text.index("Sat, 1 Feb 14:30–15:10 · 2 sessions clash")
    assert first < text.index("title long-a") < second < text.index("title long-c")
    assert "Stays: “Keynote”" in text[first:second]
    assert "Plan B: “Bringing terminal aesthetics" in text
    # Wrapped to the dialog: nothing runs off to the right.
    assert isinstance(dialog.list, QAbstractScrollArea)
    assert dialog.list.horizontalScrollBar().maximum() == 0
    assert dialog.list.document().idealWidth() <= dialog.list.viewport().width()
    # It fits a 1024×640 screen.
    assert dialog.width() <= 1024
    assert dialog.height() <= 600
