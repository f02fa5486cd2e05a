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
    from_snapshot = quick.from_snapshot and not window.core.is_open
    finish_opening(window, quick)
    assert window.core.is_open
    return window, from_snapshot


def test_second_start_paints_from_the_snapshot_and_stays_usable(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    first, from_snapshot = open_and_paint(qtbot, paths)
    assert not from_snapshot  # nothing kept yet: the ordinary start
    expected = rows(first)
    first.shutdown()

    second, from_snapshot = open_and_paint(qtbot, paths)
    assert from_snapshot
    assert rows(second) == expected
    key = next(key for key, starred in expected if not starred)
    second.select_key(key)
    second.toggle_current_star()  # writes reach the database behind the snapshot
    second.shutdown()
    check = Planner.open(paths.database)
    assert check.catalog.talk(check.catalog.conference().id, key).star is not None
    check.close()


def test_a_change_made_while_the_window_opened_is_shown(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    first, _ = open_and_paint(qtbot, paths)
    first.shutdown()

    window, quick = open_main_window(paths)  # painted from the snapshot...
    qtbot.addWidget(window)
    key = next(t.key for t in window.store.talks if t.star is None)
    other = Planner.open(paths.database)  # ...while another process stars a session
    other.agenda.star(other.catalog.conference().id, key)
    other.close()
    window.show()
    qtbot.waitExposed(window)
    finish_opening(window, quick)
    talk = window.store.talk(key)
    assert talk is not None
    assert talk.star is not None
    window.core.get().close()


# Runs `run_gui` in its own process: its event loop and quit must not touch the test's app.
STAR_AND_QUIT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from planner.paths import AppPaths
from planner.ui import app

opened = app.finish_opening

def star_then_quit(window, quick):
    opened(window, quick)
    window.select_key(window.store.talks[3].key)
    window.toggle_current_star()
    window.runner.settle()
    print(window.store.talks[3].key)
    QTimer.singleShot(0, QApplication.quit)

app.finish_opening = star_then_quit
sys.exit(app.run_gui(AppPaths.resolve(Path(sys.argv[1])), []))
"""


def test_the_app_keeps_what_was_starred_for_its_next_quick_start(qtbot, tmp_path: Path) -> None:
    """The whole loop as `planner` runs it: start, star, quit; the next start paints the
    star from the snapshot (refreshed at quit) before the database layer is opened."""
    import os
    import subprocess
    import sys

    from .. import conftest

    paths = AppPaths.resolve(tmp_path / "data")
    run = subprocess.run(
        [sys.executable, "-c", STAR_AND_QUIT, str(paths.data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=conftest.REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    key = run.stdout.split()[-1]

    window, quick = open_main_window(paths)  # the quit brought the snapshot up to date
    qtbot.addWidget(window)
    assert quick.from_snapshot
    assert not window.core.is_open
    talk = window.store.talk(key)
    assert talk is not None
    assert talk.star is not None
    window.shutdown()
