"""The window opens the core when it is first needed, not at every start (issue 18): a
window painted from the database as it is shows, follows other processes' writes, reminds
and quits without it; a star, the first key or mouse button pressed, or calendars to keep
in sync open it, and nothing asked for meanwhile is lost."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from planner.paths import AppPaths
from planner.quickstart import QuickStart
from planner.storage.revision import read_file
from planner.ui.tabs import Tab

from .conftest import close_window, open_window, planner_command, settle

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from planner.services.catalog import Catalog
    from planner.ui.mainwindow import MainWindow

DATABASE = "ksl19-is-kafka-a-database"
STREAMS = "ksl19-kafka-streams-at-scale"


@pytest.fixture
def paths(qtbot, tmp_path: Path) -> AppPaths:
    """A data folder as after the first start: the database and the snapshot kept."""
    paths = AppPaths.resolve(tmp_path / "data")
    first = open_window(qtbot, paths)
    settle(first)
    close_window(first)
    QuickStart(paths.database, paths.cache_dir).keep_current(_catalog(paths))
    return paths


def _catalog(paths: AppPaths) -> Catalog:
    from planner.services.catalog import Catalog

    catalog = Catalog.open_read_only(paths.database)
    assert catalog is not None
    return catalog


def open_lazily(qtbot, paths: AppPaths) -> tuple[MainWindow, QuickStart]:
    """The window as `planner` opens it when the database is painted as it is."""
    from planner.ui.app import open_core_when_needed, open_main_window, paints_without_core

    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert paints_without_core(window, quick)
    open_core_when_needed(window)
    return window, quick


@pytest.fixture
def lazy(qtbot, paths: AppPaths) -> Iterator[MainWindow]:
    window, _quick = open_lazily(qtbot, paths)
    yield window
    close_window(window)


def test_the_core_is_not_opened_to_show_search_or_filter(lazy: MainWindow, qtbot) -> None:
    for tab in Tab:
        lazy.show_tab(tab)
    lazy.filter_bar.search.setText("streams")
    lazy.filter_bar.flush()
    assert lazy.table_proxy.rowCount() > 0
    QTest.mouseMove(lazy.view.viewport(), QPoint(40, 40))  # motion alone is no hint
    qtbot.wait(50)
    assert not lazy.core.is_open
    assert not lazy.core_opening.running


def test_a_star_made_before_the_core_is_open_lands(lazy: MainWindow, qtbot, paths) -> None:
    lazy.select_key(DATABASE)
    lazy.toggle_current_star()
    assert QGuiApplication.overrideCursor() is not None  # busy while the core opens
    settle(lazy)
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None)
    assert lazy.core.is_open
    talk = lazy.store.talk(DATABASE)
    assert talk is not None
    assert talk.star is not None  # shown...
    catalog = _catalog(paths)
    try:  # ...and stored
        stored = catalog.talks(catalog.conference().id, keys=[DATABASE])
    finally:
        catalog.close()
    assert stored[0].star is not None
    lazy.undo_stack.undo()  # and undoable, as every star
    settle(lazy)
    assert lazy.store.talk(DATABASE).star is None  # type: ignore[union-attr]


def test_the_first_key_pressed_opens_the_core(lazy: MainWindow, qtbot) -> None:
    lazy.view.setFocus()
    QTest.keyClick(lazy.view, Qt.Key.Key_Down)
    assert lazy.core_opening.running or lazy.core.is_open
    qtbot.waitUntil(lambda: lazy.core.is_open)
    qtbot.waitUntil(lambda: not lazy.core_opening.running)


def test_the_first_mouse_button_opens_the_core(lazy: MainWindow, qtbot) -> None:
    QTest.mousePress(lazy.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(60, 40))
    QTest.mouseRelease(lazy.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(60, 40))
    qtbot.waitUntil(lambda: lazy.core.is_open)


def test_the_command_line_beside_a_window_without_core_reaches_it(
    lazy: MainWindow, qtbot, paths: AppPaths
) -> None:
    settle(lazy)  # (while the window reads, its watch looks again later)
    planner_command(paths.database, "star", STREAMS)
    assert lazy.watcher.check()  # the window's own watch (it looks every 1.5 s)
    settle(lazy)
    talk = lazy.store.talk(STREAMS)
    assert talk is not None
    assert talk.star is not None
    assert lazy.store.revision == read_file(paths.database, timeout=0)
    assert not lazy.watcher.check()  # seen: not read again
    assert not lazy.core.is_open  # read as the start-up reads


def test_reminders_without_the_core(qtbot, paths: AppPaths) -> None:
    planner_command(paths.database, "star", DATABASE)  # attended, starred from the command line
    window, _quick = open_lazily(qtbot, paths)
    try:
        talk = window.store.talk(DATABASE)
        assert talk is not None
        assert talk.star is not None
        window.reminders.clock = lambda: talk.start - timedelta(minutes=8)
        assert window.reminders.check() == ["Is Kafka a Database? starts in 8 min in Keynote Hall"]
        assert not window.core.is_open
    finally:
        close_window(window)


def test_without_calendars_the_sync_waits_for_the_core(lazy: MainWindow, qtbot) -> None:
    settle(lazy)  # (the look for calendars to sync, read without the core)
    assert not lazy.calendars.sync.started
    assert not lazy.core.is_open
    lazy.select_key(DATABASE)
    lazy.toggle_current_star()  # opens the core: from then on the calendars follow
    settle(lazy)
    qtbot.waitUntil(lambda: lazy.calendars.sync.started)


def test_calendars_to_sync_open_the_core_after_the_paint(
    qtbot, paths: AppPaths, tmp_path: Path
) -> None:
    folder = tmp_path / "events"
    folder.mkdir()
    planner_command(paths.database, "calendar", "add", "--vdir", str(folder), "phone")
    window, _quick = open_lazily(qtbot, paths)
    try:
        qtbot.waitUntil(lambda: window.calendars.sync.started, timeout=10_000)
        assert window.core.is_open
        settle(window)
        assert window.calendars.has_targets
    finally:
        close_window(window)


def test_a_calendar_added_beside_the_window_opens_the_core(
    lazy: MainWindow, qtbot, paths: AppPaths, tmp_path: Path
) -> None:
    settle(lazy)
    folder = tmp_path / "events"
    folder.mkdir()
    planner_command(paths.database, "calendar", "add", "--vdir", str(folder), "phone")
    assert lazy.watcher.check()
    qtbot.waitUntil(lambda: lazy.calendars.sync.started, timeout=10_000)
    settle(lazy)
    assert lazy.calendars.has_targets


def test_quitting_without_the_core_keeps_what_another_process_wrote(qtbot, paths: AppPaths) -> None:
    from planner.ui.app import keep_for_next_start

    window, quick = open_lazily(qtbot, paths)
    try:
        settle(window)
        planner_command(paths.database, "star", STREAMS)
        assert window.watcher.check()
        settle(window)
        keep_for_next_start(window, quick)
        assert not window.core.is_open
    finally:
        close_window(window)
    again = QuickStart(paths.database, paths.cache_dir)
    assert again.from_snapshot  # the next start paints at once, the star in it
    assert again.view is not None
    assert next(t for t in again.view.talks if t.key == STREAMS).star is not None


def test_a_star_the_database_refuses_before_the_core_is_open_is_said_and_can_be_made_again(
    lazy: MainWindow, qtbot, paths: AppPaths
) -> None:
    """Another program holds the database's write lock when the first star opens the
    core: the star is refused with a message, the busy cursor goes, and once the lock is
    released the same star lands."""
    import sqlite3

    shown: list[str] = []
    lazy.runner.failed.disconnect(lazy.show_error)  # no modal box in a test
    lazy.runner.failed.connect(lambda _title, text: shown.append(text))
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        lazy.select_key(DATABASE)
        lazy.toggle_current_star()
        settle(lazy)
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
        qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None)
        assert lazy.store.talk(DATABASE).star is None  # type: ignore[union-attr]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    lazy.toggle_current_star()
    settle(lazy)
    assert lazy.core.is_open
    assert lazy.store.talk(DATABASE).star is not None  # type: ignore[union-attr]
