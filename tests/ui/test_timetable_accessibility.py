"""The Timetable's accessible interface, in process: one list item per block, with the
block's title, time, room, star and clash, and states that follow the view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from planner.domain.agenda import Priority
from planner.ui.widgets import timetable_accessibility
from planner.ui.widgets.timetable_accessibility import BlockAccessible, TimetableAccessible
from tests.ui.conftest import settle

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def timetable_interface(window: MainWindow) -> TimetableAccessible:
    timetable_accessibility.install()
    window.tabs.setCurrentIndex(2)
    interface = QAccessible.queryAccessibleInterface(window.timetable)
    assert isinstance(interface, TimetableAccessible)
    return interface


def item(interface: TimetableAccessible, index: int) -> BlockAccessible:
    child = interface.child(index)
    assert isinstance(child, BlockAccessible)
    return child


def test_blocks_are_list_items_in_reading_order(window: MainWindow) -> None:
    interface = timetable_interface(window)
    blocks = window.timetable.blocks
    assert interface.role() == QAccessible.Role.List
    assert interface.text(NAME) == "Timetable"
    assert interface.childCount() == len(blocks) > 10
    for index, block in enumerate(blocks):
        child = interface.child(index)
        assert isinstance(child, BlockAccessible)
        assert child.role() == QAccessible.Role.ListItem
        assert child.text(NAME) == block.talk.title
        assert block.talk.room in child.text(DESCRIPTION)
        assert interface.indexOfChild(child) == index
        assert child.parent() is interface
    assert interface.child(len(blocks)) is None
    # The same session is always the same object (screen readers hold on to them).
    assert interface.child(0) is interface.child(0)


def test_star_and_clash_are_said_not_only_painted(window: MainWindow) -> None:
    interface = timetable_interface(window)
    blocks = window.timetable.blocks
    first, rival = next(
        (a, b)
        for a in blocks
        for b in blocks
        if a.talk.start == b.talk.start and a.talk.room < b.talk.room
    )
    first_child = item(interface, blocks.index(first))
    assert not first_child.state().checked
    window.controller.set_priority(first.talk, Priority.MUST)
    settle(window)
    assert first_child.state().checked
    assert "Starred: must see" in first_child.text(DESCRIPTION)
    assert "Clashes" not in first_child.text(DESCRIPTION)
    window.controller.set_priority(rival.talk, Priority.WANT)
    settle(window)
    rival_child = item(interface, blocks.index(rival))
    assert "Starred: want to see" in rival_child.text(DESCRIPTION)
    for child in (first_child, rival_child):
        assert "Clashes with another session you attend" in child.text(DESCRIPTION)


def test_states_follow_selection_focus_and_scrolling(window: MainWindow, qtbot) -> None:
    interface = timetable_interface(window)
    view = window.timetable
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    current = interface.focusChild()
    assert isinstance(current, BlockAccessible)
    assert current.key == view.current_key
    assert current.state().selected
    assert current.state().focused
    others = [item(interface, i) for i in range(interface.childCount())]
    assert [bool(child.state().selected) for child in others].count(True) == 1
    # Scrolled out of sight: off-screen, still in the list.
    view.verticalScrollBar().setValue(0)
    last = others[-1]
    if view.verticalScrollBar().maximum() > 0:
        assert last.state().offscreen
    last_block = view.block_of(last.key)
    assert last_block is not None
    view.ensure_visible(last_block.rect)
    assert not last.state().offscreen
    # Where a block is painted, the screen reader finds it.
    centre = last.rect().center()
    assert interface.childAt(centre.x(), centre.y()) is last


def test_another_day_replaces_the_items(window: MainWindow) -> None:
    interface = timetable_interface(window)
    view = window.timetable
    first_day_item = item(interface, 0)
    assert first_day_item.isValid()
    view.set_day(view.days()[1])
    assert not first_day_item.isValid()
    assert first_day_item.state().invalid
    assert [item(interface, i).text(NAME) for i in range(interface.childCount())] == [
        b.talk.title for b in view.blocks
    ]
