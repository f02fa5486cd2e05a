"""Remembered layout and view; reminders before attended sessions."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from planner.paths import AppPaths
from planner.ui.reminders import Reminders

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

KEY = "ksl19-is-kafka-a-database"


def test_window_remembers_its_view_and_layout(qtbot, tmp_path: Path) -> None:
    from planner.ui.app import create_main_window

    paths = AppPaths.resolve(tmp_path / "portable")
    first, _ = create_main_window(paths)
    qtbot.addWidget(first)
    first.tabs.setCurrentIndex(2)
    first.timetable.set_zoom(1.5)
    first.reminder_lead[30].trigger()
    first.reminder_toggle.setChecked(False)
    first.close()
    first.planner.close()
    assert (paths.config_dir / "planner.ini").exists()  # portable: settings beside the data

    second, _ = create_main_window(paths)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2
    assert second.timetable.zoom == 1.5
    assert second.reminders.minutes == 30
    assert second.reminders.enabled is False
    second.planner.close()


def test_reminder_fires_once_before_an_attended_session(window: MainWindow) -> None:
    talk = window.store.talk(KEY)
    assert talk is not None
    window.controller.toggle_star(talk)
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
