"""Every view follows every change at once: a star made anywhere, undo and redo,
auto-resolve, a merge, and a change made by another process (the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QRect, Qt

from planner.domain.agenda import Priority, Status
from planner.ui.roles import Role
from planner.ui.tabs import Tab

from .conftest import planner_command, settle

if TYPE_CHECKING:
    from planner.domain.changes import Changes, Report
    from planner.ui.mainwindow import MainWindow

STREAMS = "ksl19-kafka-streams-at-scale"
KUBERNETES = "ksl19-running-kafka-in-kubernetes-a-practical-guide"
DATABASE = "ksl19-is-kafka-a-database"


def shown_everywhere(window: MainWindow, key: str) -> dict[str, Any]:
    """The star of `key` as each view shows it (None: not starred)."""
    store = window.store
    program = window.model.index_of_key(key).data(Role.PRIORITY)
    row = window.table_model.row_of(key)
    listed = window.table_model.index(row, 0).data(Role.PRIORITY)
    block = window.timetable.block_of(key) or _block_after_day_change(window, key)
    timetable = block.talk.star.priority.value if block.talk.star else None
    speakers = None
    window.show_tab(Tab.SPEAKERS)  # Speakers is built while shown
    model = window.speakers_model
    for speaker_row in range(model.rowCount()):
        parent = model.index(speaker_row, 0)
        for child_row in range(model.rowCount(parent)):
            child = model.index(child_row, 0, parent)
            if child.data(Role.KEY) == key:
                speakers = child.data(Role.PRIORITY) is not None
    window.show_tab(Tab.AGENDA)  # My Agenda is built while shown
    in_agenda = window.agenda_model.index_of_key(key).isValid()
    talk = store.talk(key)
    assert talk is not None
    return {
        "store": talk.star.priority.value if talk.star else None,
        "program": program,
        "list": listed,
        "timetable": timetable,
        "speakers": speakers,
        "agenda": in_agenda,
    }


def _block_after_day_change(window: MainWindow, key: str) -> Any:
    window.timetable.select_key(key)
    block = window.timetable.block_of(key)
    assert block is not None
    return block


def starred(priority: str) -> dict[str, Any]:
    return {
        "store": priority,
        "program": priority,
        "list": priority,
        "timetable": priority,
        "speakers": True,
        "agenda": True,
    }


NOT_STARRED = {
    "store": None,
    "program": None,
    "list": None,
    "timetable": None,
    "speakers": False,
    "agenda": False,
}


def block_pixels(window: MainWindow, key: str) -> Any:
    timetable = window.timetable
    block = timetable.block_of(key)
    assert block is not None
    timetable.ensure_visible(block.rect)
    offset = QPoint(timetable.horizontalScrollBar().value(), timetable.verticalScrollBar().value())
    area = QRect(block.rect.translated(-offset))
    timetable.viewport().repaint()
    return timetable.viewport().grab(area).toImage()


def test_a_star_set_in_the_list_shows_in_the_timetable_at_once(window: MainWindow, qtbot) -> None:
    """Issue 17, item 1: stars set in the List stayed pale in the Timetable until zoom."""
    window.show_tab(Tab.TIMETABLE)
    window.timetable.select_key(DATABASE)
    before = block_pixels(window, DATABASE)
    window.show_tab(Tab.LIST)
    row = window.table_proxy.mapFromSource(
        window.table_model.index(window.table_model.row_of(DATABASE), 0)
    )
    window.table_star.toggled.emit(row)  # a click on the List's star
    settle(window)
    window.show_tab(Tab.TIMETABLE)
    block = window.timetable.block_of(DATABASE)
    assert block is not None
    assert block.talk.star is not None  # the block paints the session as it is now
    after = block_pixels(window, DATABASE)
    assert after != before  # and it looks starred: solid, with the star stamp


def test_every_view_follows_stars_undo_and_redo(window: MainWindow) -> None:
    assert shown_everywhere(window, DATABASE) == NOT_STARRED
    window.select_key(DATABASE)
    window.set_priority(Priority.MUST)
    settle(window)
    assert shown_everywhere(window, DATABASE) == starred("must")
    window.undo_stack.undo()
    settle(window)
    assert shown_everywhere(window, DATABASE) == NOT_STARRED
    window.undo_stack.redo()
    settle(window)
    assert shown_everywhere(window, DATABASE) == starred("must")
    assert window.details.talk is not None
    assert window.details.talk.star is not None  # the details pane too


def test_two_quick_toggles_undo_each_other(window: MainWindow) -> None:
    """Toggles are decided in the core, in order: a double press never stars twice."""
    window.select_key(DATABASE)
    window.toggle_current_star()
    window.toggle_current_star()  # before the first one has come back
    settle(window)
    assert shown_everywhere(window, DATABASE) == NOT_STARRED
    assert window.undo_stack.count() == 2


def test_auto_resolve_and_its_undo_reach_every_view(window: MainWindow, monkeypatch) -> None:
    from planner.ui.dialogs.resolve import AutoResolvePreview

    for key, priority in ((STREAMS, Priority.MUST), (KUBERNETES, Priority.MAYBE)):
        window.select_key(key)
        window.set_priority(priority)
    settle(window)
    assert window.store.clashing == {STREAMS, KUBERNETES}
    monkeypatch.setattr(
        AutoResolvePreview, "confirm", classmethod(lambda cls, r, p=None, zone=None: True)
    )
    window.agenda_flow.auto_resolve()
    settle(window)
    talk = window.store.talk(KUBERNETES)
    assert talk is not None
    assert talk.star is not None
    assert talk.star.status is Status.PLAN_B
    assert window.store.clashing == frozenset()
    assert "clash" not in window.status_line.label.text()
    window.undo_stack.undo()
    settle(window)
    assert window.store.clashing == {STREAMS, KUBERNETES}
    assert "1 clash" in window.status_line.label.text()


def test_a_change_by_another_process_reaches_every_view(window: MainWindow, tmp_path) -> None:
    from planner.services import Planner

    assert not window.watcher.check()  # nothing written by anyone else yet
    window.select_key(STREAMS)
    window.toggle_current_star()  # our own write: not mistaken for another process's
    settle(window)
    assert not window.watcher.check()
    assert window.store.conference is not None
    other = Planner.open(window.core.get().database.path)  # `planner star`, say
    other.agenda.star(window.store.conference.id, DATABASE, Priority.MAYBE)
    other.close()
    assert window.watcher.check()
    settle(window)
    assert shown_everywhere(window, DATABASE) == starred("maybe")
    assert shown_everywhere(window, STREAMS) == starred("want")  # ours is still there
    assert window.current_key == STREAMS  # and the selection stayed


def test_a_failing_follower_is_reported_and_the_change_stands(window: MainWindow) -> None:
    class Broken:
        name = "the test target"

        def agenda_changed(self, changes: Changes) -> list[Report]:
            raise OSError(28, "No space left on device")

    window.core.get().subscribers.add(Broken())
    window.select_key(DATABASE)
    window.toggle_current_star()
    settle(window)
    assert shown_everywhere(window, DATABASE) == starred("want")
    assert "the test target: [Errno 28] No space left on device" in (
        window.statusBar().currentMessage()
    )


def test_the_timetable_block_is_clickable_after_a_star_changes(window: MainWindow, qtbot) -> None:
    window.show_tab(Tab.TIMETABLE)
    window.timetable.select_key(STREAMS)
    window.toggle_current_star()
    settle(window)
    block = window.timetable.block_of(STREAMS)
    assert block is not None
    offset = QPoint(
        window.timetable.horizontalScrollBar().value(), window.timetable.verticalScrollBar().value()
    )
    qtbot.mouseDClick(
        window.timetable.viewport(), Qt.MouseButton.LeftButton, pos=block.rect.center() - offset
    )
    settle(window)
    assert window.store.talk(STREAMS).star is None  # type: ignore[union-attr]


def test_the_planner_command_beside_the_window_reaches_every_view(
    window: MainWindow, qtbot
) -> None:
    """`planner star` and `planner unstar` run in a terminal while the window is open: the
    window's own watch notices them (no reload, no call into the window), and every view,
    the details pane and the status bar follow."""
    database = window.core.get().database.path
    window.select_key(DATABASE)
    settle(window)
    counted = window.status_line.label.text()

    def star_of_database() -> object:
        talk = window.store.talk(DATABASE)
        return talk.star.priority if talk is not None and talk.star is not None else None

    planner_command(database, "star", DATABASE, "--priority", "maybe")
    qtbot.waitUntil(lambda: star_of_database() is Priority.MAYBE, timeout=20_000)
    settle(window)
    assert window.details.talk is not None
    assert window.details.talk.key == DATABASE
    assert window.details.talk.star is not None  # the pane shows the new star
    assert window.details.star_action.isChecked()
    assert window.status_line.label.text() != counted  # one more starred
    assert shown_everywhere(window, DATABASE) == starred("maybe")
    planner_command(database, "unstar", DATABASE)
    qtbot.waitUntil(lambda: star_of_database() is None, timeout=20_000)
    settle(window)
    assert shown_everywhere(window, DATABASE) == NOT_STARRED
    assert window.status_line.label.text() == counted
