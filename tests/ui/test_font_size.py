"""The window follows the desktop's font size: at a large font the Timetable's text still
fits (nothing clipped, painted over or overlapping)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtWidgets import QApplication

from tests.ui.paint_recorder import record
from tests.ui.test_layout_direction import text_problems

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planner.ui.mainwindow import MainWindow


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    """A desktop set to 16 pt (people who need it set 14-20 pt)."""
    before = qapp.font()
    font = qapp.font()
    font.setPointSizeF(16)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.mark.usefixtures("large_font")
def test_timetable_text_fits_a_large_desktop_font(window: MainWindow) -> None:
    window.resize(1280, 800)
    window.tabs.setCurrentIndex(2)
    window.timetable.relayout()
    QApplication.processEvents()
    assert window.timetable.font().pointSizeF() == 16
    assert text_problems(record(window.timetable.viewport())) == []
