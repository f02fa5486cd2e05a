"""A note typed in the details pane is kept without "Save note", and stars nothing.

Through the real window: typing into the note field, then clicking another session,
switching conference or closing the window keeps the note (reopened from the same
database, it is there), and the session is still not starred."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from planner.paths import AppPaths
from planner.ui.models.program_model import Column
from planner.ui.widgets.details import NOTE_PAUSE_MS

from .conftest import close_window, open_window, settle

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

KEY = "ksl19-kafka-streams-at-scale"
OTHER = "ksl19-is-kafka-a-database"


def type_note(window: MainWindow, qtbot, text: str) -> None:
    note = window.details.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, text)


def click_session(window: MainWindow, qtbot, key: str) -> None:
    index = window.model.index_of_key(key, Column.TITLE)
    window.view.scrollTo(index)
    rect = window.view.visualRect(index)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.details.talk is not None and window.details.talk.key == key)


def stored(window: MainWindow, key: str):
    assert window.conference is not None
    return window.core.get().catalog.talk(window.conference.id, key)


def test_a_note_is_kept_when_another_session_is_clicked(window: MainWindow, qtbot) -> None:
    window.select_key(KEY)
    type_note(window, qtbot, "Bring laptop")
    click_session(window, qtbot, OTHER)
    assert window.details.note.toPlainText() == ""  # the other session's (none)
    settle(window)
    talk = stored(window, KEY)
    assert talk.note == "Bring laptop"
    assert talk.star is None
    assert window.store.talk(KEY) is not None
    assert window.store.talk(KEY).star is None  # type: ignore[union-attr]
    click_session(window, qtbot, KEY)
    assert window.details.note.toPlainText() == "Bring laptop"
    assert not window.details.star_action.isChecked()


def test_a_note_is_kept_when_the_selection_moves_while_typing(window: MainWindow, qtbot) -> None:
    """The field still has the focus (the selection moved by other means): the note is
    kept for the session it was typed on, and the next session shows its own."""
    window.select_key(KEY)
    type_note(window, qtbot, "front row")
    window.select_key(OTHER)
    assert window.details.note.hasFocus()
    assert window.details.note.toPlainText() == ""
    settle(window)
    assert stored(window, KEY).note == "front row"
    assert stored(window, OTHER).note == ""


def test_a_note_is_kept_when_the_window_closes(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    first = open_window(qtbot, paths)
    first.select_key(KEY)
    type_note(first, qtbot, "Bring laptop")
    assert first.details.note.hasFocus()
    first.close()  # what Ctrl+Q does: no Save note, the field never left
    close_window(first)
    second = open_window(qtbot, paths)
    try:
        second.select_key(KEY)
        assert second.details.note.toPlainText() == "Bring laptop"
        talk = second.store.talk(KEY)
        assert talk is not None
        assert talk.star is None
        settle(second)
        assert stored(second, KEY).note == "Bring laptop"
        assert stored(second, KEY).star is None
        assert second.status_line.label.text() == "59 sessions · 0 starred"
    finally:
        close_window(second)


def test_leaving_the_field_keeps_the_note_with_one_undo_step(window: MainWindow, qtbot) -> None:
    window.select_key(KEY)
    steps = window.undo_stack.count()
    type_note(window, qtbot, "ask about EOS")
    window.view.setFocus()  # Tab or a click elsewhere
    qtbot.waitUntil(lambda: not window.details.note.hasFocus())
    settle(window)
    assert stored(window, KEY).note == "ask about EOS"
    window.details.save_note_now()  # pressing Save note now changes nothing more
    settle(window)
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText().startswith("Edit note on")
    window.undo_stack.undo()
    settle(window)
    assert stored(window, KEY).note == ""
    assert window.details.note.toPlainText() == ""
    window.undo_stack.redo()
    settle(window)
    assert stored(window, KEY).note == "ask about EOS"
    assert stored(window, KEY).star is None


def test_starring_and_unstarring_keep_the_note(window: MainWindow, qtbot) -> None:
    window.select_key(KEY)
    type_note(window, qtbot, "front row")
    window.view.setFocus()
    settle(window)
    window.details.toggle_star()
    settle(window)
    talk = stored(window, KEY)
    assert talk.star is not None
    assert talk.star.note == "front row"
    window.details.toggle_star()
    settle(window)
    talk = stored(window, KEY)
    assert talk.star is None
    assert talk.note == "front row"  # unstarring does not throw the note away
    assert window.details.note.toPlainText() == "front row"


def test_a_pause_in_typing_keeps_the_note_and_the_pauses_make_one_undo_step(
    window: MainWindow, qtbot
) -> None:
    window.select_key(KEY)
    steps = window.undo_stack.count()
    type_note(window, qtbot, "Bring")
    qtbot.waitUntil(lambda: stored(window, KEY).note == "Bring", timeout=NOTE_PAUSE_MS * 4)
    assert window.details.note.hasFocus()  # kept while the user is still in the field
    qtbot.keyClicks(window.details.note, " laptop")
    qtbot.waitUntil(lambda: stored(window, KEY).note == "Bring laptop", timeout=NOTE_PAUSE_MS * 4)
    assert window.details.note.toPlainText() == "Bring laptop"  # the saves changed nothing
    settle(window)
    assert stored(window, KEY).star is None
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    settle(window)
    assert stored(window, KEY).note == ""
    window.undo_stack.redo()
    settle(window)
    assert stored(window, KEY).note == "Bring laptop"
