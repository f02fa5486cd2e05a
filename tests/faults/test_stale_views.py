"""The window's two lanes (edits, imports) finish in any order: a view read before a star
committed must never put back the unstarred state, and a change that committed must never
be reported as unsaved because reading it back failed.

A real core on a real database; the race is made certain by holding the import lane's
read until the star's update has been shown.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import pytest

from planner.domain.changes import Changes, Result
from planner.domain.errors import StorageError
from planner.services import Planner
from planner.ui.core import CoreHandle
from planner.ui.operations import Lane, OperationRunner, UndoStep
from planner.ui.state import SessionStore

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from planner.domain.view import ViewUpdate
    from planner.services.agenda import StarChange

KEY = "ksl19-is-kafka-a-database"
pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def runner(qtbot, tmp_path: Path) -> Iterator[OperationRunner]:
    planner = Planner.open(tmp_path / "planner.sqlite3")
    planner.imports.ensure_bundled_program()
    store = SessionStore()
    store.show(planner.catalog.view())
    operations = OperationRunner(CoreHandle.of(planner), store)
    yield operations
    operations.settle()
    planner.close()


def _starred(store: SessionStore) -> bool:
    talk = store.talk(KEY)
    return talk is not None and talk.star is not None


def test_a_view_read_before_a_star_never_puts_the_unstarred_state_back(
    qtbot, runner: OperationRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = runner.core.get()
    read, release = threading.Event(), threading.Event()
    original = core.catalog.update

    def held(conference_id: int, changes: Changes) -> ViewUpdate:
        update = original(conference_id, changes)  # the view, as it is before the star
        read.set()
        release.wait(20)  # delivered only after the star's update
        return update

    conference_id = runner.store.conference_id
    assert conference_id is not None
    views: list[int] = []

    def whole_view(_core: Planner) -> Result[None]:
        views.append(1)
        return Result(None, Changes.anything())

    monkeypatch.setattr(core.catalog, "update", held)
    runner.run(whole_view, lane=Lane.IMPORTS)  # reads the whole view, then waits
    assert read.wait(20)
    monkeypatch.setattr(core.catalog, "update", original)
    runner.run(lambda c: c.agenda.star(conference_id, KEY), lane=Lane.EDITS)
    qtbot.waitUntil(lambda: _starred(runner.store), timeout=20_000)
    release.set()
    runner.settle()
    assert _starred(runner.store)  # the older view was not shown over it
    assert runner.store.revision == core.catalog.revision()


def test_a_change_whose_read_back_fails_is_saved_undoable_and_shown(
    qtbot, runner: OperationRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = runner.core.get()
    conference_id = runner.store.conference_id
    assert conference_id is not None
    original = core.catalog.update
    calls: list[int] = []

    def locked_once(cid: int, changes: Changes) -> ViewUpdate:
        calls.append(cid)
        if len(calls) == 1:
            raise StorageError(str(core.database.path), "cannot be read: locked by another program")
        return original(cid, changes)

    failures: list[tuple[str, str]] = []
    runner.failed.connect(lambda title, text: failures.append((title, text)))
    monkeypatch.setattr(core.catalog, "update", locked_once)

    def toggle(c: Planner) -> Result[StarChange]:
        return c.agenda.toggle_star(conference_id, KEY)

    runner.run(toggle, undo=lambda _change: UndoStep("Star", toggle, toggle), what="Star")
    runner.settle()
    assert failures == []  # it was saved: never "Could not save"
    assert core.catalog.talk(conference_id, KEY).star is not None
    assert _starred(runner.store)  # read again, so the views show it
    assert runner.undo_stack.count() == 1
