"""Issue 17 item 2 / review #19: the window grew to 1363 px when List or Timetable opened,
wider than a 1280-px laptop screen, and saved that width. At 1024×640 every view fits,
in light and dark, and opening a view never makes the window grow."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtWidgets import QApplication

from planner.ui.appearance import Appearance
from planner.ui.tabs import Tab

from .schemes import assert_painted_in

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


@pytest.mark.parametrize("scheme", [Appearance.LIGHT, Appearance.DARK])
def test_every_view_fits_1024_by_640_and_the_window_never_grows(
    fosdem: MainWindow, scheme: Appearance
) -> None:
    window = fosdem
    window.appearance.set_choice(scheme)
    window.resize(1024, 640)
    QApplication.processEvents()
    for tab in (*Tab, Tab.PROGRAM):
        window.show_tab(tab)
        QApplication.processEvents()
        assert_painted_in(window.tabs.currentWidget(), scheme)  # the dark case is dark
        assert (window.width(), window.height()) == (1024, 640), tab
        least = window.minimumSizeHint()
        assert least.width() <= 1024, tab
        assert least.height() <= 640, tab
        assert window.details.width() > 0, tab  # the details pane is not pushed out
