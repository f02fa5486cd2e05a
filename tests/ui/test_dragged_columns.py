"""A column the user drags wider or narrower keeps the width the user gave it, in the
Program, the List and My Agenda: the columns fit the view (`FittedColumns`) only when the
view's width really changes (the window resized, the details pane moved), never when the
view only gives the focus ring its room back after laying itself out (which resized the
viewport twice, each time the header's geometry was updated, and fitted the columns again:
the dragged column snapped back as the mouse let go)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]


def _views(window: MainWindow) -> dict[Tab, tuple[QAbstractItemView, int]]:
    """Each view with a column the user may drag (one that gives way in a narrow window)."""
    return {
        Tab.PROGRAM: (window.view, 2),  # Title
        Tab.LIST: (window.table, 3),  # Title
        Tab.AGENDA: (window.agenda_view, 0),  # Time
    }


def drag_edge(header: QHeaderView, column: int, by: int) -> None:
    """Drag the right edge of `column`'s section by `by` pixels with the mouse, as a
    user does: press on the handle, move in steps, let go."""
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    target = header.viewport()
    QTest.mouseMove(target, QPoint(edge, y))
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(target, left, none, QPoint(edge, y))
    steps = 6
    for step in range(1, steps + 1):
        QTest.mouseMove(target, QPoint(edge + by * step // steps, y))
        QApplication.processEvents()
    QTest.mouseRelease(target, left, none, QPoint(edge + by, y))
    QApplication.processEvents()


def settled(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
    window.runner.settle()
    QApplication.processEvents()


@pytest.mark.parametrize("tab", [Tab.PROGRAM, Tab.LIST, Tab.AGENDA])
@pytest.mark.parametrize("by", [-60, 60])
def test_a_column_dragged_with_the_mouse_keeps_its_width(
    fosdem: MainWindow, tab: Tab, by: int
) -> None:
    window = fosdem
    window.resize(1600, 1000)
    window.show_tab(tab)
    settled(window)
    view, column = _views(window)[tab]
    header = _header(view)
    before = header.sectionSize(column)
    drag_edge(header, column, by)
    settled(window)
    assert header.sectionSize(column) == before + by, (tab, before)
    # And it stays so while the view lays itself out again (rows change, the ring moves).
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.updateGeometries()
    view.doItemsLayout()
    settled(window)
    assert header.sectionSize(column) == before + by, (tab, before)


@pytest.mark.parametrize("tab", [Tab.PROGRAM, Tab.LIST, Tab.AGENDA])
def test_a_column_resized_as_a_drag_does_keeps_its_width(fosdem: MainWindow, tab: Tab) -> None:
    """What the header does as the mouse moves (resizeSection), then the view's own
    layout: the width stays."""
    window = fosdem
    window.resize(1600, 1000)
    window.show_tab(tab)
    settled(window)
    view, column = _views(window)[tab]
    header = _header(view)
    wanted = header.sectionSize(column) - 50
    header.resizeSection(column, wanted)
    settled(window)
    view.updateGeometries()
    settled(window)
    assert header.sectionSize(column) == wanted, tab


@pytest.mark.parametrize("tab", [Tab.PROGRAM, Tab.LIST])
def test_the_columns_fit_again_when_the_window_is_resized(fosdem: MainWindow, tab: Tab) -> None:
    """A drag is kept until the view's width really changes: then the columns fit the new
    width (no sideways scroll at 1024 px)."""
    window = fosdem
    window.resize(1600, 1000)
    window.show_tab(tab)
    settled(window)
    view, column = _views(window)[tab]
    header = _header(view)
    header.resizeSection(column, header.sectionSize(column) + 300)
    settled(window)
    window.resize(1024, 640)
    settled(window)
    assert header.length() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("tab", [Tab.PROGRAM, Tab.LIST, Tab.AGENDA])
def test_a_dragged_width_outlives_a_wider_window(fosdem: MainWindow, tab: Tab) -> None:
    """The user's width becomes the column's own: a window made wider (or narrower, while
    there is room for it) keeps it instead of the width the app first chose."""
    window = fosdem
    window.resize(1500, 1000)
    window.show_tab(tab)
    settled(window)
    view, column = _views(window)[tab]
    header = _header(view)
    wanted = header.sectionSize(column) - 40
    drag_edge(header, column, -40)
    settled(window)
    window.resize(1700, 1000)
    settled(window)
    assert header.sectionSize(column) == wanted, tab
