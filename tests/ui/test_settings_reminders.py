"""Remembered layout and view; reminders before attended sessions."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from planner.paths import AppPaths
from planner.ui.actions import ActionId
from planner.ui.reminders import Reminders
from planner.ui.tabs import Tab

from .conftest import open_window, settle

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

KEY = "ksl19-is-kafka-a-database"


def test_window_remembers_its_view_and_layout(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "portable")
    first = open_window(qtbot, paths)
    first.show_tab(Tab.TIMETABLE)
    first.timetable.set_zoom(1.5)
    first.action_map[ActionId.REMIND_30].trigger()
    first.action_map[ActionId.REMINDERS].trigger()  # off
    first.close()
    first.shutdown()
    assert (paths.config_dir / "planner.ini").exists()  # portable: settings beside the data

    second = open_window(qtbot, paths)
    assert second.current_tab() is Tab.TIMETABLE
    assert second.timetable.zoom == 1.5
    assert second.reminders.minutes == 30
    assert second.reminders.enabled is False
    assert not second.action_map[ActionId.REMINDERS].isChecked()
    assert second.action_map[ActionId.REMIND_30].isChecked()
    second.shutdown()


def test_reminder_fires_once_before_an_attended_session(window: MainWindow) -> None:
    talk = window.store.talk(KEY)
    assert talk is not None
    window.controller.toggle_star(talk)
    settle(window)
    now = [talk.start - timedelta(minutes=30)]
    reminders = Reminders(window.store, window, clock=lambda: now[0])
    reminders.minutes = 10
    assert reminders.check() == []
    now[0] = talk.start - timedelta(minutes=8)
    assert reminders.check() == ["Is Kafka a Database? starts in 8 min in Keynote Hall"]
    assert reminders.check() == []  # only once
    reminders.enabled = False
    now[0] = talk.start - timedelta(minutes=1)
    assert reminders.check() == []
