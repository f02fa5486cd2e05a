from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from planner.paths import AppPaths

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planner.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def _formats_of_the_c_locale() -> None:
    """Dates and times as the C locale writes them (24-hour, English names), whatever
    the machine's locale: tests compare them with literal text. The language tests set
    their own."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())


@pytest.fixture(autouse=True)
def _no_mouse_button_held_down() -> None:
    """Each test starts with no mouse button held down, as Qt sees it. QTest's double
    click leaves Qt believing the button is still down (its last release does not reach
    Qt's record of the buttons), and the focus ring, which shows only for a focus the
    keyboard moved (no button down), then stayed hidden in every later test of the same
    worker: the focus tests failed or passed by the order the tests ran in."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    held = QGuiApplication.mouseButtons()
    if held == Qt.MouseButton.NoButton:
        return
    nowhere = QWidget()  # (a release on a hidden widget clears Qt's record)
    for button in (
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.RightButton,
        Qt.MouseButton.MiddleButton,
    ):
        if held & button:
            QTest.mouseRelease(nowhere, button)
    nowhere.deleteLater()


@pytest.fixture(autouse=True, scope="session")
def _english_as_the_app_starts(qapp, tmp_path_factory: pytest.TempPathFactory) -> None:
    """English installed as `planner` does at start: its catalog holds the plural forms
    ("1 session", "2 sessions") of the sources' "%Ln session(s)"."""
    from planner.ui import i18n

    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path_factory.mktemp("qm"))


def open_window(qtbot, paths: AppPaths) -> MainWindow:
    """The window as `planner` opens it: painted (from the quick-start snapshot when there
    is a current one), then the core opened behind it (`finish_opening`)."""
    from planner.ui.app import finish_opening, open_main_window

    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.first_paint_behind)
    finish_opening(window, quick)
    return window


def close_window(window: MainWindow) -> None:
    """Shut `window` down, the application's look given back to the desktop first: View >
    Appearance sets the whole application's palette (and maybe its style), which would
    otherwise stay dark in every later test of the worker - whether the test passed or
    failed half-way."""
    from planner.ui.appearance import Appearance

    try:
        if window.appearance.choice is not Appearance.SYSTEM:
            window.appearance.set_choice(Appearance.SYSTEM)
    finally:
        window.shutdown()


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    main_window = open_window(qtbot, AppPaths.resolve(tmp_path / "data"))
    assert main_window.core.recovery is None
    yield main_window
    close_window(main_window)


def settle(window: MainWindow) -> None:
    """Wait until what the test asked the window to do is done and shown everywhere."""
    window.runner.settle()


def export_calendar_errors(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> list[str]:
    """File ▸ Export Calendar to `path` (no alarm, no plan B): the errors the window said."""
    from planner.ui.actions import ActionId
    from planner.ui.dialogs.export import CalendarExportDialog

    monkeypatch.setattr(window, "ask_save_path", lambda *args: path)
    monkeypatch.setattr(
        CalendarExportDialog, "ask", classmethod(lambda cls, parent=None: (False, None, False))
    )
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append(text))
    window.action_map[ActionId.EXPORT_ICS].trigger()
    settle(window)
    return errors


@pytest.fixture
def fosdem(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on FOSDEM 2025 with a real attendee's agenda: the screenshot suite's scene
    (a chain of overlapping talks on Saturday morning, a plan B, a busy block over a talk,
    a 5-minute welcome, a colleague's agenda)."""
    from planner.tools.screenshots import FOSDEM_2025, prepare

    scene = prepare(tmp_path / "scene", FOSDEM_2025)
    main_window = open_window(qtbot, AppPaths.resolve(scene.me))
    settle(main_window)
    yield main_window
    close_window(main_window)


def planner_command(database: Path, *args: str) -> None:
    """The `planner` command run as a user runs it beside the window, on the data folder
    of the database `database`."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(database.parent), *args],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
