"""The Timetable out of sight is laid out just after the window's first paint, not before
it (`TimetableView.lay_out_when_shown`), on the day of the session the window restored;
shown at start-up, it is laid out for the first paint as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from planner.paths import AppPaths
from planner.ui.tabs import Tab
from tests.ui.conftest import close_window

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from planner.ui.mainwindow import MainWindow


class _AtFirstPaint(QObject):
    """The Timetable's blocks and session when `painted` was first painted."""

    def __init__(self, window: MainWindow, painted: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.blocks: int | None = None
        self.key = ""
        painted.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.blocks is None:
            self.blocks = len(self.window_.timetable.blocks)
            self.key = self.window_.timetable.current_key
        return False


def _left_on_the_last_day(qtbot, tmp_path: Path, tab: Tab) -> tuple[AppPaths, str, date]:
    """A FOSDEM window closed on `tab` with a session of the last day shown (the Timetable
    would otherwise show the first day)."""
    from planner.quickstart import QuickStart
    from planner.tools.screenshots import FOSDEM_2025, prepare
    from planner.ui.app import keep_for_next_start, open_main_window

    paths = AppPaths.resolve(prepare(tmp_path / "scene", FOSDEM_2025).me)
    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.first_paint_behind)
    zone = window.store.zone
    last = max(talk.start.astimezone(zone).date() for talk in window.store.talks)
    talk = next(t for t in window.store.talks if t.start.astimezone(zone).date() == last)
    window.show_tab(tab)
    window.select_key(talk.key)
    window.close()  # keeps the settings, as at exit
    assert isinstance(quick, QuickStart)
    keep_for_next_start(window, quick)
    close_window(window)
    return paths, talk.key, last


def _reopened(qtbot, tmp_path: Path, tab: Tab) -> tuple[MainWindow, _AtFirstPaint, str, date]:
    """The window started again after `_left_on_the_last_day`, and what its first paint of
    the tab it opens on showed of the Timetable."""
    from planner.ui.app import open_main_window

    paths, key, last = _left_on_the_last_day(qtbot, tmp_path, tab)
    window, _quick = open_main_window(paths)
    qtbot.addWidget(window)
    assert window.current_tab() is tab
    painted = window.timetable if tab is Tab.TIMETABLE else window.view
    seen = _AtFirstPaint(window, painted.viewport())
    window.show()
    qtbot.waitUntil(lambda: window.first_paint_behind)
    return window, seen, key, last


def test_a_hidden_timetable_is_laid_out_after_the_first_paint_on_the_session_s_day(
    qtbot, tmp_path: Path
) -> None:
    window, seen, key, last = _reopened(qtbot, tmp_path, Tab.PROGRAM)
    try:
        assert seen.blocks == 0  # the first paint did not wait for it
        timetable = window.timetable
        assert timetable.day == last
        assert timetable.current_key == key
        laid_out = [(block.talk.key, block.rect) for block in timetable.blocks]
        assert laid_out
        assert timetable.block_of(key) is not None
        chooser = window.timetable_box.day_chooser
        assert chooser.currentData() == last.isoformat()  # the day chooser says so too
        timetable.relayout()  # as it would have been laid out before the paint
        assert [(block.talk.key, block.rect) for block in timetable.blocks] == laid_out
        window.show_tab(Tab.TIMETABLE)
        assert timetable.current_key == key
    finally:
        close_window(window)


def test_a_timetable_shown_at_start_up_is_laid_out_for_the_first_paint(
    qtbot, tmp_path: Path
) -> None:
    window, seen, key, last = _reopened(qtbot, tmp_path, Tab.TIMETABLE)
    try:
        assert seen.blocks is not None
        assert seen.blocks > 0
        assert seen.key == key
        assert window.timetable.day == last
    finally:
        close_window(window)
