"""The walking-skeleton window: opens on the bundled program; starring by click and key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from planner.domain.agenda import Priority
from planner.ui.actions import ActionId
from planner.ui.models.program_model import Column, ProgramModel
from planner.ui.roles import Role

from .conftest import open_window, settle

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


def talk_index(window: MainWindow, key: str, column: int = 0):
    index = window.model.index_of_key(key, column)
    assert index.isValid()
    return index


KEY = "ksl19-kafka-streams-at-scale"


def conference_id_of(window: MainWindow) -> int:
    assert window.conference is not None
    return window.conference.id


def test_opens_on_the_bundled_program(window: MainWindow) -> None:
    assert window.windowTitle().startswith("Kafka Summit London 2019")
    model = window.model
    assert model.rowCount() == 2  # two days
    day_one = model.index(0, 0)
    assert day_one.data().startswith("Monday, 13 May 2019")  # the C locale, as Qt writes it
    talks = model.talks()
    assert len(talks) == 59
    assert window.banner.isVisible()
    assert "illustrative" in window.banner.label.text().lower()
    assert window.status_line.label.text() == "59 sessions · 0 starred"
    # The first session is selected and shown in the details pane.
    shown = window.details.talk
    assert shown is not None
    assert shown.title.startswith("Event Streaming")
    assert "Neha Narkhede" in window.details.browser.toPlainText()
    # Times are in the event's zone (BST), grouped into parallel slots.
    index = talk_index(window, KEY, Column.TIME)
    assert index.data() == "10:30–11:10"
    assert index.parent().data() == "10:30 · 4 in parallel"


def test_star_by_clicking_the_star(window: MainWindow, qtbot) -> None:
    index = talk_index(window, KEY, Column.STAR)
    window.view.scrollTo(index)
    rect = window.view.visualRect(index)
    with qtbot.waitSignal(window.store.talkChanged):
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert talk_index(window, KEY).data(Role.PRIORITY) == "want"
    conference_id = conference_id_of(window)
    assert window.core.get().catalog.talk(conference_id, KEY).starred
    assert window.status_line.label.text() == "59 sessions · 1 starred"
    # Clicking again removes the star.
    with qtbot.waitSignal(window.store.talkChanged):
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not window.core.get().catalog.talk(conference_id, KEY).starred


def test_star_by_key_priority_by_number_and_undo(window: MainWindow, qtbot) -> None:
    window.select_key(KEY)
    window.view.setFocus()
    conference_id = conference_id_of(window)
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    settle(window)
    assert window.core.get().catalog.talk(conference_id, KEY).star is not None
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    settle(window)
    assert window.core.get().catalog.talk(conference_id, KEY).star is None
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    settle(window)
    star = window.core.get().catalog.talk(conference_id, KEY).star
    assert star is not None
    assert star.priority is Priority.MUST
    assert talk_index(window, KEY).data(Role.PRIORITY) == "must"
    assert window.details.star_button.isChecked()
    # Undo goes back step by step, to exactly the earlier state.
    window.undo_stack.undo()
    settle(window)
    assert window.core.get().catalog.talk(conference_id, KEY).star is None
    window.undo_stack.undo()
    settle(window)
    assert window.core.get().catalog.talk(conference_id, KEY).star is not None
    window.undo_stack.redo()
    settle(window)
    assert window.core.get().catalog.talk(conference_id, KEY).star is None
    assert talk_index(window, KEY).data(Role.PRIORITY) is None


def test_star_persists_across_restart(qtbot, tmp_path) -> None:
    from planner.paths import AppPaths

    paths = AppPaths.resolve(tmp_path / "persist")
    first = open_window(qtbot, paths)
    first.select_key(KEY)
    first.set_priority(Priority.MAYBE)
    first.shutdown()  # what was asked is saved before the core closes
    second = open_window(qtbot, paths)
    assert talk_index(second, KEY).data(Role.PRIORITY) == "maybe"
    second.shutdown()


def test_single_key_shortcuts_do_not_fire_while_typing_a_note(window: MainWindow, qtbot) -> None:
    window.select_key(KEY)
    window.details.note.setFocus()
    qtbot.keyClicks(window.details.note, "s 1")
    assert window.details.note.toPlainText() == "s 1"
    conference_id = conference_id_of(window)
    assert window.core.get().catalog.talk(conference_id, KEY).star is None
    qtbot.mouseClick(window.details.save_note, Qt.MouseButton.LeftButton)
    settle(window)
    talk = window.core.get().catalog.talk(conference_id, KEY)
    assert talk.note == "s 1"
    assert talk.star is None  # a note alone plans nothing


def test_standard_shortcuts_are_registered(window: MainWindow) -> None:
    shortcuts = {
        a: [s.toString() for s in window.action_map[a].shortcuts()] for a in window.action_map
    }
    assert "Ctrl+O" in shortcuts[ActionId.IMPORT]
    assert QKeySequence(QKeySequence.StandardKey.Undo).toString() in shortcuts[ActionId.UNDO]
    assert "Ctrl+Shift+Z" in shortcuts[ActionId.REDO]
    assert {"S", "Space"} <= set(shortcuts[ActionId.TOGGLE_STAR])
    assert "F11" in shortcuts[ActionId.FULL_SCREEN]


def test_times_in_the_computers_zone(window: MainWindow, monkeypatch) -> None:
    from zoneinfo import ZoneInfo

    import planner.ui.flows.views as views

    monkeypatch.setattr(views, "local_zone", lambda: ZoneInfo("America/New_York"))
    window.action_map[ActionId.TIMES_LOCAL_ZONE].setChecked(True)
    window.action_map[ActionId.TIMES_LOCAL_ZONE].triggered.emit()
    assert talk_index(window, KEY, Column.TIME).data() == "05:30–06:10"
    window.action_map[ActionId.TIMES_EVENT_ZONE].setChecked(True)
    window.action_map[ActionId.TIMES_EVENT_ZONE].triggered.emit()
    assert talk_index(window, KEY, Column.TIME).data() == "10:30–11:10"


def test_program_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    qtmodeltester.check(window.model)
    empty = ProgramModel()
    qtmodeltester.check(empty)


def test_window_renders(window: MainWindow, tmp_path) -> None:
    image = window.grab().toImage()
    assert image.width() >= 640  # (fitted into the offscreen platform's 800-px screen)
    # Not blank: the program area has more than a couple of colours.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
    }
    assert len(colours) > 10
