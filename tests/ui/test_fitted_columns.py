"""Issue 17 item 2: columns that elide. At 1024 px (the details pane beside) and 1280 px the
Program, the List, My Agenda and Speakers show every column - Room and Speakers too -
without scrolling sideways, light and dark (the Timetable's rooms are its columns: it
scrolls by design); a wide window keeps each column's preferred width."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle

from planner.ui.appearance import Appearance
from planner.ui.tabs import Tab
from planner.ui.widgets.fitted_columns import FittedColumns

from .schemes import assert_painted_in

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


def shown(header: QHeaderView) -> list[int]:
    return [header.sectionSize(column) for column in range(header.count())]


@pytest.mark.parametrize("scheme", [Appearance.LIGHT, Appearance.DARK])
@pytest.mark.parametrize(("width", "height"), [(1024, 640), (1280, 720)])
def test_narrow_windows_show_every_column(
    fosdem: MainWindow, width: int, height: int, scheme: Appearance
) -> None:
    window = fosdem
    window.appearance.set_choice(scheme)
    window.resize(width, height)
    views = (
        (Tab.PROGRAM, window.view, window.view.header()),
        (Tab.LIST, window.table, window.table.horizontalHeader()),
        (Tab.AGENDA, window.agenda_view, window.agenda_view.header()),
        (Tab.SPEAKERS, window.speakers_view, window.speakers_view.header()),
    )
    for tab, view, header in views:
        window.show_tab(tab)
        QApplication.processEvents()
        assert_painted_in(view.viewport(), scheme)  # the dark case is dark
        assert_painted_in(header, scheme)
        available = view.viewport().width()
        assert header.length() <= available, (tab, shown(header), available)
        assert not view.horizontalScrollBar().isVisible(), tab
        assert min(shown(header)) >= 40, (tab, shown(header))
        last = header.count() - 1
        assert header.sectionViewportPosition(last) < available - 80, tab  # the last in sight


def test_a_wide_window_keeps_the_preferred_widths(fosdem: MainWindow) -> None:
    window = fosdem
    window.resize(2400, 1000)
    window.show_tab(Tab.PROGRAM)
    QApplication.processEvents()
    if window.view.viewport().width() < 1000:
        pytest.fail(f"the screen keeps the Program at {window.view.viewport().width()} px")
    assert shown(window.view.header())[:5] == [52, 96, 420, 170, 170]


def test_widths_shrink_the_flexible_columns_together(fosdem: MainWindow) -> None:
    columns = fosdem.view.findChild(FittedColumns)
    assert columns is not None
    assert columns.widths(10_000) == {0: 52, 1: 96, 2: 420, 3: 170, 4: 170}
    narrow = columns.widths(700)
    assert [narrow[c] for c in (0, 1)] == [52, 96]  # never shrink
    assert sum(narrow.values()) + 100 <= 700
    assert narrow[2] > narrow[3] == narrow[4] >= 80
    tiny = columns.widths(100)
    assert [tiny[c] for c in (2, 3, 4)] == [180, 80, 80]  # the least widths, then it scrolls


def test_a_wide_window_keeps_the_lists_preferred_widths(fosdem: MainWindow) -> None:
    window = fosdem
    window.resize(2400, 1000)
    window.show_tab(Tab.LIST)
    QApplication.processEvents()
    if window.table.viewport().width() < 1100:
        pytest.fail(f"the screen keeps the List at {window.table.viewport().width()} px")
    assert shown(window.table.horizontalHeader())[:6] == [40, 90, 90, 380, 150, 150]


def test_a_wide_window_gives_my_agendas_room_to_its_line(fosdem: MainWindow) -> None:
    """At 1600 px a clash's plan was cut after 520 px while Room stretched over the rest."""
    window = fosdem
    window.resize(1600, 1000)
    window.show_tab(Tab.AGENDA)
    QApplication.processEvents()
    header = window.agenda_view.header()
    available = window.agenda_view.viewport().width()
    if available < 900:
        pytest.fail(f"the screen keeps My Agenda at {available} px")
    time, line, room = shown(header)
    assert time == 150
    assert room == 170
    assert line == available - 150 - 170


@pytest.mark.parametrize(("width", "height"), [(1024, 640), (1280, 720)])
def test_my_agendas_times_show_whole_in_a_narrow_window(
    fosdem: MainWindow, width: int, height: int
) -> None:
    """At 1024 px the Time column gave way to 130 px and a clash's sessions, two levels
    in, showed "10:30–10:…" - the one thing that tells them apart in a clash."""
    window = fosdem
    window.resize(width, height)
    window.show_tab(Tab.AGENDA)
    QApplication.processEvents()
    view = window.agenda_view
    model = view.model()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    cut, seen = [], 0
    pending = [model.index(row, 0) for row in range(model.rowCount())]  # the days (spanned)
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            pending.append(index)
            text = index.data()
            if not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            seen += 1
            if metrics.horizontalAdvance(text) + margin > view.visualRect(index).width():
                cut.append(text)
    assert seen > 20
    assert cut == []
    assert not view.horizontalScrollBar().isVisible()  # and Room is still in sight
