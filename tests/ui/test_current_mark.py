"""The current row (or cell, or block) of a focused view is marked as visibly as the
focus ring: 3:1 or more against what the mark replaces and the row it frames, in the light
and the dark palette (WCAG 2.2, 1.4.11 and 2.4.13). Qt's own mark - a faint frame round
one cell - reaches about 1.5:1."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication

from planner.domain.agenda import Priority
from planner.ui.appearance import Appearance
from planner.ui.look import AA_GRAPHIC, Look, contrast, text_on
from planner.ui.tabs import Tab

from .conftest import settle

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from planner.ui.mainwindow import MainWindow


# Two sessions of the window's program (Kafka Summit London 2019) to star.
AGENDA = ("ksl19-kafka-streams-at-scale", "ksl19-running-kafka-in-kubernetes-a-practical-guide")


def _edge(rect: QRect) -> list[tuple[int, int]]:
    """The 2 px just inside `rect`, along its top and bottom (every 3rd pixel)."""
    points = []
    for x in range(rect.left() + 4, rect.right() - 4, 3):
        points += [(x, rect.top()), (x, rect.top() + 1), (x, rect.bottom()), (x, rect.bottom() - 1)]
    return points


def _fill(image: QImage, rect: QRect) -> QColor:
    """The colour most of `rect` has (the row's background, text aside)."""
    counts = Counter(
        image.pixel(x, y)
        for x in range(rect.left() + 3, rect.right() - 3, 2)
        for y in range(rect.top() + 3, rect.bottom() - 2)
    )
    return QColor(counts.most_common(1)[0][0])


def _weakest(focused: QImage, unfocused: QImage, rect: QRect) -> float:
    """The mark's weakest contrast: each of its pixels against the row's own colour (the
    fill it replaces; a letter's descender it may cross aside) and against the colours of
    the rows above and below."""
    grounds = [_fill(unfocused, rect)]
    for neighbour in (rect.translated(0, -rect.height()), rect.translated(0, rect.height())):
        if neighbour.top() >= 0 and neighbour.bottom() < unfocused.height():
            grounds.append(_fill(unfocused, neighbour))
    return min(
        contrast(QColor(focused.pixel(x, y)), ground) for x, y in _edge(rect) for ground in grounds
    )


def _session_index(view: QAbstractItemView) -> QModelIndex:
    """A row of a session (not a day's or a time slot's) near the top of the view."""
    model = view.model()
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        if model.rowCount(index) == 0 and index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return index
        pending[:0] = [model.index(row, 0, index) for row in range(model.rowCount(index))]
    raise AssertionError("no session row")


@pytest.mark.parametrize("scheme", [Appearance.LIGHT, Appearance.DARK])
def test_the_current_row_of_a_focused_view_stands_out(
    window: MainWindow, scheme: Appearance
) -> None:
    window.resize(1280, 800)
    window.appearance.set_choice(scheme)
    window.activateWindow()
    for key in AGENDA:  # My Agenda shows starred sessions only
        talk = window.store.talk(key)
        assert talk is not None
        window.controller.set_priority(talk, Priority.WANT)
    settle(window)
    weak = {}
    views = {
        "Program": (Tab.PROGRAM, window.view),
        "List": (Tab.LIST, window.table),
        "My Agenda": (Tab.AGENDA, window.agenda_view),
        "Speakers": (Tab.SPEAKERS, window.speakers_view),
    }
    measured_views = []
    for name, (tab, view) in views.items():
        window.show_tab(tab)
        QApplication.processEvents()
        index = _session_index(view) if name != "List" else view.model().index(2, 1)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        window.tabs.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        unfocused = view.viewport().grab().toImage()
        view.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        focused = view.viewport().grab().toImage()
        rect = view.visualRect(index)
        if name != "List":  # a tree's mark frames the whole row
            rect.setLeft(0)
            rect.setRight(view.viewport().width() - 1)
        measured = _weakest(focused, unfocused, rect)
        measured_views.append(name)
        if measured < AA_GRAPHIC:
            weak[name] = round(measured, 2)
    assert weak == {}
    assert measured_views == list(views)


@pytest.mark.parametrize("track", ["", "#1a237e"], ids=["program-tracks", "dark-track"])
@pytest.mark.parametrize("scheme", [Appearance.LIGHT, Appearance.DARK])
def test_the_current_timetable_block_stands_out(
    window: MainWindow, scheme: Appearance, track: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside the block, the mark stands out from the page; inside its edge, from the
    block's own colour. A dark track's starred block on a light page got a one-colour ring
    at 1.6:1 against the block."""
    if track:  # every block a dark track's starred block
        dark = (QColor(track), text_on(QColor(track)))
        monkeypatch.setattr(Look, "track", lambda _self, _color, *, starred: dark)
    window.resize(1280, 800)
    window.appearance.set_choice(scheme)
    window.show_tab(Tab.TIMETABLE)
    QApplication.processEvents()
    timetable = window.timetable
    timetable.viewport().update()
    scrolled = QPoint(
        timetable.horizontalScrollBar().value(), timetable.verticalScrollBar().value()
    )
    shown = [
        b
        for b in timetable.visible_blocks()
        if b.rect.translated(-scrolled).top() > timetable.header + 4
        and b.rect.width() > 40
        and b.talk.key not in timetable.store.clashing
    ]
    block, other = shown[:2]
    timetable.select_key(other.talk.key, ensure_visible=False)
    QApplication.processEvents()
    plain = timetable.viewport().grab().toImage()
    timetable.select_key(block.talk.key, ensure_visible=False)
    QApplication.processEvents()
    marked = timetable.viewport().grab().toImage()
    rect = block.rect.translated(-scrolled)
    fill = QColor(plain.pixel(rect.center().x(), rect.top() + 4))
    if track:
        assert contrast(fill, QColor(track)) < 1.05  # the dark block is what is painted
    columns = range(rect.left() + 8, rect.right() - 8, 3)
    outside = min(
        contrast(QColor(marked.pixel(x, rect.top() - 1)), QColor(plain.pixel(x, rect.top() - 1)))
        for x in columns
    )
    inside = min(contrast(QColor(marked.pixel(x, rect.top() + 1)), fill) for x in columns)
    assert outside >= AA_GRAPHIC
    assert inside >= AA_GRAPHIC
