"""The window as the app opens it: painted from the quick-start snapshot when it is current."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.paths import AppPaths
from planner.services import Planner
from planner.ui.app import finish_opening, open_main_window

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow


def rows(window: MainWindow) -> list[tuple[str, bool]]:
    return [(t.key, t.star is not None) for t in window.store.talks]


def open_and_paint(qtbot, paths: AppPaths) -> tuple[MainWindow, bool]:
    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    from_snapshot = quick.from_snapshot and not quick.planner.is_open
    finish_opening(window, quick)
    assert quick.planner.is_open
    return window, from_snapshot


def test_second_start_paints_from_the_snapshot_and_stays_usable(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    first, from_snapshot = open_and_paint(qtbot, paths)
    assert not from_snapshot  # nothing kept yet: the ordinary start
    expected = rows(first)
    first.planner.close()

    second, from_snapshot = open_and_paint(qtbot, paths)
    assert from_snapshot
    assert rows(second) == expected
    key = next(key for key, starred in expected if not starred)
    second.select_key(key)
    second.toggle_current_star()  # writes reach the database behind the snapshot
    second.planner.close()
    check = Planner.open(paths.database)
    assert check.talk(check.conference().id, key).star is not None
    check.close()


def test_a_change_made_while_the_window_opened_is_shown(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    first, _ = open_and_paint(qtbot, paths)
    first.planner.close()

    window, quick = open_main_window(paths)  # painted from the snapshot...
    qtbot.addWidget(window)
    key = next(t.key for t in window.store.talks if t.star is None)
    other = Planner.open(paths.database)  # ...while another process stars a session
    other.star(other.conference().id, key)
    other.close()
    window.show()
    qtbot.waitExposed(window)
    finish_opening(window, quick)
    talk = window.store.talk(key)
    assert talk is not None
    assert talk.star is not None
    window.planner.close()


def test_the_app_keeps_what_was_starred_for_its_next_quick_start(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """The whole loop as `planner` runs it: start, star, quit; the next start paints the
    star from the snapshot (refreshed at quit) before the database layer is opened."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from planner.ui import app as app_module

    paths = AppPaths.resolve(tmp_path / "data")
    starred: list[str] = []
    opened = app_module.finish_opening

    def star_then_quit(window: MainWindow, quick) -> None:
        opened(window, quick)
        if not starred:
            key = window.store.talks[3].key
            window.select_key(key)
            window.toggle_current_star()
            starred.append(key)
        QTimer.singleShot(0, QApplication.quit)

    monkeypatch.setattr(app_module, "finish_opening", star_then_quit)
    assert app_module.run_gui(paths, []) == 0  # kept a snapshot at the start, without the star

    window, quick = open_main_window(paths)  # the quit brought it up to date
    qtbot.addWidget(window)
    assert quick.from_snapshot
    assert not quick.planner.is_open
    talk = window.store.talk(starred[0])
    assert talk is not None
    assert talk.star is not None
    quick.planner.close()
