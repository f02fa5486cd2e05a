"""Review #11: a damaged planner.ini crashed the window at every start (`view=abc` a
traceback, `zoom=nan` and `minutes=99999999999999999999` a segfault, `zoom=1e308` an
OverflowError). Each damaged value costs only itself: the window opens with its default.
Review #19: the saved geometry is fitted into the screen as it is now."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

from planner.paths import AppPaths
from planner.ui.tabs import Tab
from planner.ui.window_settings import fit_into

from .conftest import open_window

if TYPE_CHECKING:
    from pathlib import Path

DAMAGED = [
    ("window", "view", "abc"),
    ("window", "view", "99"),
    ("window", "view", "-1"),
    ("timetable", "zoom", "nan"),
    ("timetable", "zoom", "inf"),
    ("timetable", "zoom", "1e308"),
    ("timetable", "zoom", "-3"),
    ("reminders", "minutes", "99999999999999999999"),
    ("reminders", "minutes", "-5"),
    ("reminders", "minutes", "ten"),
    ("reminders", "enabled", "maybe"),
    ("window", "legend", "\x00"),
    ("window", "geometry", "not a geometry"),
    ("window", "state", "@ByteArray(garbage)"),
    ("window", "splitter", "12"),
]


def write_ini(paths: AppPaths, text: str) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    (paths.config_dir / "planner.ini").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("group", "name", "value"), DAMAGED)
def test_a_damaged_setting_falls_back_to_its_default(
    qtbot, tmp_path: Path, group: str, name: str, value: str
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    write_ini(paths, f"[{group}]\n{name}={value}\n")
    window = open_window(qtbot, paths)
    try:
        assert window.current_tab() in set(Tab)
        assert window.current_tab() is Tab.PROGRAM or (group, name) != ("window", "view")
        assert 0.4 <= window.timetable.zoom <= 4.0
        if (group, name) == ("timetable", "zoom"):
            assert window.timetable.zoom == 1.0
        if (group, name) == ("reminders", "minutes"):
            assert window.reminders.minutes == 10
        if (group, name) == ("reminders", "enabled"):
            assert window.reminders.enabled is True
        window.show_tab(Tab.TIMETABLE)
        QApplication.processEvents()
        window.grab()  # paints at the zoom it restored
    finally:
        window.shutdown()


def test_good_settings_are_still_restored(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    write_ini(
        paths,
        "[window]\nview=2\nlegend=false\n[timetable]\nzoom=1.5\n"
        "[reminders]\nminutes=15\nenabled=false\n",
    )
    window = open_window(qtbot, paths)
    try:
        assert window.current_tab() is Tab.TIMETABLE
        assert window.timetable.zoom == 1.5
        assert window.reminders.minutes == 15
        assert window.reminders.enabled is False
        assert not window.legend.isVisibleTo(window)
    finally:
        window.shutdown()


def test_a_window_saved_larger_than_the_screen_opens_inside_it(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    first = open_window(qtbot, paths)
    screen = first.screen().availableGeometry()
    first.setGeometry(QRect(screen.right() - 100, screen.bottom() - 50, 2400, 1800))
    first.save_settings()
    first.shutdown()
    stored = QSettings(str(paths.config_dir / "planner.ini"), QSettings.Format.IniFormat)
    assert stored.value("window/geometry") is not None
    second = open_window(qtbot, paths)
    try:
        frame = second.frameGeometry()
        # Inside the screen, as far as the window's least width lets it (the offscreen
        # platform's screen is 800 px wide; the window's least is tested in test_layout).
        least = second.minimumSizeHint()
        # The offscreen platform adds its 1 px frame after the window is fitted (so the
        # frame may start at -1, below, and end 2 px wider than the screen).
        assert frame.width() <= max(screen.width() + 2, least.width() + 40), (frame, screen)
        assert frame.height() <= max(screen.height(), least.height() + 80), (frame, screen)
        assert frame.left() >= screen.left() - 1
        assert frame.top() >= screen.top()
        assert frame.left() < screen.right() - 100
        assert frame.top() < screen.bottom() - 100
    finally:
        second.shutdown()


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (QRect(0, 0, 800, 600), QRect(0, 0, 800, 600)),  # fits: unchanged
        (QRect(900, 700, 800, 600), QRect(480, 400, 800, 600)),  # off the corner: moved in
        (QRect(-50, -20, 2000, 1200), QRect(0, 0, 1280, 1000)),  # too big: shrunk to it
        (QRect(5000, 5000, 300, 200), QRect(980, 800, 300, 200)),  # on a monitor now gone
    ],
)
def test_fit_into(frame: QRect, expected: QRect) -> None:
    assert fit_into(frame, QRect(0, 0, 1280, 1000)) == expected
