"""Undo that puts back exactly what an operation did (review-1 #8): a star made on the way
by "Attend", and busy blocks added or removed. Through the real window and its undo stack.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING

import pytest

from planner.paths import AppPaths
from planner.ui.dialogs.resolve import BusyBlockDialog

from ..ui.conftest import open_window

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

STREAMS = "ksl19-kafka-streams-at-scale"
CACHES = "ksl19-the-power-of-event-driven-caches"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    main_window = open_window(qtbot, AppPaths.resolve(tmp_path / "data"))
    yield main_window
    main_window.shutdown()


def _starred(window: MainWindow, key: str) -> bool:
    talk = window.store.talk(key)
    return talk is not None and talk.star is not None


def test_undo_of_attend_on_a_suggestion_removes_that_star_only(window: MainWindow) -> None:
    """Ctrl+Z used to unstar the session starred before and leave the suggestion starred."""
    window.select_key(STREAMS)
    window.toggle_current_star()
    window.runner.settle()
    conference_id = window.store.conference_id
    assert conference_id is not None
    window.controller.resolve_keep(conference_id, CACHES, lambda _moved: None)
    window.runner.settle()
    assert _starred(window, CACHES)
    window.runner.undo_stack.undo()
    window.runner.settle()
    assert not _starred(window, CACHES)
    assert _starred(window, STREAMS)
    window.runner.undo_stack.redo()
    window.runner.settle()
    assert _starred(window, CACHES)


def test_adding_and_removing_a_busy_block_are_undone_and_redone(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    talk = window.store.talk(STREAMS)
    assert talk is not None
    monkeypatch.setattr(
        BusyBlockDialog,
        "ask",
        classmethod(lambda cls, zone, start, parent=None: ("Call", talk.start, talk.end)),
    )
    window.agenda_flow.add_busy_block()
    window.runner.settle()
    [block] = window.store.busy
    window.runner.undo_stack.undo()
    window.runner.settle()
    assert window.store.busy == []
    window.runner.undo_stack.redo()
    window.runner.settle()
    assert window.store.busy == [block]  # the same block, the same id
    monkeypatch.setattr(window.agenda_flow, "_selected", lambda: _entry(block.id))
    window.agenda_flow.remove_busy_block()
    window.runner.settle()
    assert window.store.busy == []
    window.runner.undo_stack.undo()
    window.runner.settle()
    assert window.store.busy == [block]


def _entry(busy_id: int) -> SimpleNamespace:
    """My Agenda's row of that busy block (as the selection gives it)."""
    return SimpleNamespace(key=f"busy:{busy_id}", busy_id=busy_id)
