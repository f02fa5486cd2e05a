"""Issue 17 item 2: the window fits a 1280×720 laptop screen in every view, light and
dark: nothing makes it grow, the details pane keeps its place, and the status bar with
its legend is whole. (1024×640: test_window_size.py; the screen with a window manager's
frame: test_window_on_a_small_screen.py.)"""

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
def test_every_view_fits_1280_by_720(fosdem: MainWindow, scheme: Appearance) -> None:
    window = fosdem
    window.appearance.set_choice(scheme)
    window.resize(1280, 720)
    QApplication.processEvents()
    for tab in (*Tab, Tab.PROGRAM):
        window.show_tab(tab)
        QApplication.processEvents()
        assert_painted_in(window.tabs.currentWidget(), scheme)  # the dark case is dark
        assert (window.width(), window.height()) == (1280, 720), tab
        least = window.minimumSizeHint()
        assert least.width() <= 1280, tab
        assert least.height() <= 720, tab
        assert window.details.width() >= 300, tab  # room to read a session's details
        status = window.statusBar()
        assert status.geometry().bottom() < window.height(), tab
        for child in (window.legend, window.status_line.label):
            assert child.isVisible(), (tab, child)
            shown = child.geometry()
            assert status.rect().contains(shown), (tab, child, shown)
            assert shown.width() >= child.sizeHint().width(), (tab, child)  # not cut
        page = window.tabs.currentWidget()
        assert page.width() >= 600, tab  # the view, not squeezed by the pane
