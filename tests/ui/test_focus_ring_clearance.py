"""The focus ring never lies over a view's content (planner.ui.focus_ring.keep_clear_of_ring).

The ring covers a control's outer RING_WIDTH pixels. Its colour is made to stand out from
the control's frame, fills and header; a scrolling view's content can be anything there -
a row cut by the bottom edge puts its star's grey outline, a grid line or a track's
colour under the ring, and no one colour reaches 3:1 against all of them (dark: 1.7:1
against the unstarred star's outline). So every scrolling control that takes the focus,
in the window's views and in the dialogs, keeps its viewport that far inside its edges -
whatever lays it out again (a resize, a new model, a header shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from planner.ui.appearance import Appearance
from planner.ui.dialogs.guide import GuideDialog
from planner.ui.dialogs.report import ImportReportDialog
from planner.ui.dialogs.shortcuts import ShortcutsDialog
from planner.ui.focus_ring import RING_WIDTH, FocusRing, keep_clear_of_ring, ring_color
from planner.ui.look import AA_GRAPHIC, contrast
from planner.ui.tabs import Tab
from planner.ui.widgets.clear_views import ClearTableView, ClearTreeView
from tests.ui.test_accessible_names import _shown

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


def crowded(top: QWidget) -> list[str]:
    """The visible scrolling controls of `top` that take the focus by Tab and whose content
    comes nearer than RING_WIDTH to an edge (where the ring goes)."""
    found = []
    areas = top.findChildren(QAbstractScrollArea)
    if isinstance(top, QAbstractScrollArea):
        areas.append(top)
    for area in areas:
        if not area.isVisibleTo(top) or not area.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        viewport = area.viewport().geometry()
        inner = area.rect().adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        if not inner.contains(viewport):
            found.append(
                f"{type(area).__name__} {area.objectName()!r}: {viewport} in {area.rect()}"
            )
    return sorted(found)


@pytest.mark.parametrize("scheme", [Appearance.LIGHT, Appearance.DARK])
def test_no_view_of_the_window_puts_content_under_the_ring(
    fosdem: MainWindow, scheme: Appearance
) -> None:
    window = fosdem
    window.appearance.set_choice(scheme)
    found: set[str] = set()
    for width, height in ((1024, 640), (1280, 720)):
        window.resize(width, height)
        for tab in Tab:
            window.show_tab(tab)
            QApplication.processEvents()
            found.update(crowded(window))
    assert sorted(found) == []


def test_no_list_of_a_dialog_puts_content_under_the_ring(window: MainWindow) -> None:
    from planner.domain.updates import ImportReport

    report = ImportReport(1, "Kafka Summit", True, "frab", "file.xml", 3, 2, 3, 2, 1)
    titles = {title: menu.title() for title, menu in window.menus.items()}
    for make in (
        lambda: GuideDialog(window),
        lambda: ImportReportDialog(report, window),
        lambda: ShortcutsDialog(window.action_map, titles, window),
    ):
        with _shown(window, make) as dialog:
            assert crowded(dialog) == [], type(dialog).__name__


def test_the_room_is_kept_whatever_lays_a_view_out_again(qtbot) -> None:
    """Qt's tree and table views set their margins afresh for their headers each time they
    lay out: a new model, a resize, a header hidden or shown keep the ring's room, and the
    header stays lined up with the columns under it."""
    for view in (ClearTreeView(), ClearTableView()):
        qtbot.addWidget(view)
        view.setModel(QStandardItemModel(50, 3, view))
        view.resize(300, 200)
        view.show()
        QApplication.processEvents()
        view.setModel(QStandardItemModel(10, 5, view))
        view.resize(320, 180)
        QApplication.processEvents()
        header = view.header() if isinstance(view, ClearTreeView) else view.horizontalHeader()
        header.hide()
        QApplication.processEvents()
        assert crowded(view) == [], type(view)
        header.show()
        view.resize(340, 190)
        QApplication.processEvents()
        assert crowded(view) == [], type(view)
        viewport = view.viewport().geometry()
        assert (header.x(), header.width()) == (viewport.x(), viewport.width()), type(view)
        assert header.geometry().bottom() + 1 == viewport.top(), type(view)


def test_a_row_cut_by_the_lists_bottom_edge_stays_out_from_under_the_ring(
    fosdem: MainWindow,
) -> None:
    """The case the focus test met (dark, the List fitted to its width): a row cut by the
    bottom edge, its unstarred star's grey outline where the ring goes (1.7:1 against the
    ring). Now all the ring covers there is the frame and the view's own ground, which
    the ring's colour stands out from."""
    window = fosdem
    window.appearance.set_choice(Appearance.DARK)
    window.resize(1280, 800)
    window.show_tab(Tab.LIST)
    table = window.table
    QApplication.processEvents()
    # Scroll so that a row's middle (where its star is) lies on the viewport's bottom edge.
    table.verticalScrollBar().setValue(3)
    QApplication.processEvents()
    bottom = table.viewport().height() - 1
    row = table.rowAt(bottom)
    assert row >= 0
    shift = table.rowViewportPosition(row) + table.rowHeight(row) // 2 - bottom
    table.verticalScrollBar().setValue(table.verticalScrollBar().value() + shift)
    QApplication.processEvents()
    for shown in table.findChildren(FocusRing):  # what lies under the ring, without it
        shown.hide()
    image = table.grab().toImage()
    ring = ring_color(table.palette())
    left, right = RING_WIDTH, table.viewport().geometry().right()  # not the scroll bar
    under = {
        QColor(image.pixel(x, y)).name()
        for y in range(image.height() - RING_WIDTH, image.height())
        for x in range(left, right)
    }
    weak = {colour for colour in under if contrast(ring, QColor(colour)) < AA_GRAPHIC}
    assert weak == set(), (ring.name(), under)


def test_the_ring_stays_above_a_views_scroll_bars(window: MainWindow) -> None:
    """A scroll area raises its scroll bars each time it lays them out (a resize, the
    room for the ring given back): the ring, a sibling of theirs, stays above them."""
    table = window.table
    window.show_tab(Tab.LIST)
    QApplication.processEvents()
    ring = FocusRing()
    ring.follow(table)
    for width in (900, 700, 1000):
        window.resize(width, 700)
        QApplication.processEvents()
        widgets = [child for child in table.children() if isinstance(child, QWidget)]
        bars = (table.verticalScrollBar(), table.horizontalScrollBar())
        boxes = [box for bar in bars if (box := bar.parentWidget()) is not None]
        assert len(boxes) == 2
        last_box = max(widgets.index(box) for box in boxes)
        assert widgets.index(ring) > last_box, [type(child).__name__ for child in widgets]
    ring.follow(None)
    ring.deleteLater()


def _margins(area: QAbstractScrollArea) -> tuple[int, int, int, int]:
    margins = area.viewportMargins()
    return margins.left(), margins.top(), margins.right(), margins.bottom()


def test_a_new_style_gives_a_text_the_room_its_frame_leaves(qtbot) -> None:
    """The room of an area no layout of Qt's redoes (a text, a plain list) was worked out
    once, for the style of the moment: a text made under a style with a 2 px frame (no room
    needed) kept its content at the edge under Fusion's 1 px frame (View > Appearance
    turns a style that ignores our palettes into Fusion)."""
    from PySide6.QtWidgets import QListWidget, QStyleFactory, QTextBrowser

    thick, thin = QStyleFactory.create("Windows"), QStyleFactory.create("Fusion")
    for area in (QTextBrowser(), QListWidget()):
        qtbot.addWidget(area)
        area.setStyle(thick)
        area.resize(200, 120)
        area.show()
        keep_clear_of_ring(area)
        QApplication.processEvents()
        assert area.frameWidth() >= RING_WIDTH
        assert _margins(area) == (0, 0, 0, 0), type(area)
        area.setStyle(thin)
        QApplication.processEvents()
        assert crowded(area) == [], type(area)
        assert _margins(area) == (1, 1, 1, 1), type(area)
        area.setStyle(thick)  # and no wider than the frame needs, back again
        QApplication.processEvents()
        assert _margins(area) == (0, 0, 0, 0), type(area)


def test_the_windows_texts_and_timetable_keep_their_room_through_a_style_change(
    window: MainWindow,
) -> None:
    from PySide6.QtWidgets import QStyleFactory

    thick, thin = QStyleFactory.create("Windows"), QStyleFactory.create("Fusion")
    window.show_tab(Tab.TIMETABLE)
    areas = {
        "details": window.details.browser,
        "note": window.details.note,
        "timetable": window.timetable,
    }
    for style, room in ((thick, 0), (thin, 1), (thick, 0)):
        for area in areas.values():
            area.setStyle(style)
        QApplication.processEvents()
        assert {name: _margins(area) for name, area in areas.items()} == dict.fromkeys(
            areas, (room,) * 4
        )
