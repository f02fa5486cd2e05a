"""Review #16: the details pane's Star and Save note and the filter bar's Clear were plain
buttons beside the action registry. They are the registry's actions now (one place for
their text, tip, shortcut and handler)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from planner.ui.actions import LANGUAGE_CHOICE, SPECS, ActionId
from planner.ui.tabs import Tab

from .conftest import settle

if TYPE_CHECKING:
    import pytest

    from planner.ui.mainwindow import MainWindow

KEY = "ksl19-is-kafka-a-database"


def test_the_buttons_are_the_registrys_actions(window: MainWindow) -> None:
    assert window.details.star_button.defaultAction() is window.action_map[ActionId.STAR_SHOWN]
    assert window.details.save_note.defaultAction() is window.action_map[ActionId.SAVE_NOTE]
    assert window.filter_bar.clear.defaultAction() is window.action_map[ActionId.CLEAR_FILTERS]
    for action_id in (ActionId.STAR_SHOWN, ActionId.SAVE_NOTE, ActionId.CLEAR_FILTERS):
        assert action_id in SPECS


def test_the_star_button_stars_the_session_shown_and_says_so(window: MainWindow, qtbot) -> None:
    window.select_key(KEY)
    assert window.details.star_button.text() == "Star"
    qtbot.mouseClick(window.details.star_button, Qt.MouseButton.LeftButton)
    settle(window)
    talk = window.store.talk(KEY)
    assert talk is not None
    assert talk.star is not None
    assert window.details.star_button.text() == "Starred"
    assert not window.details.star_button.icon().isNull()  # the painted star
    assert window.details.star_button.isChecked()
    window.action_map[ActionId.STAR_SHOWN].trigger()  # the same action, from anywhere
    settle(window)
    talk = window.store.talk(KEY)
    assert talk is not None
    assert talk.star is None
    assert not window.details.star_button.isChecked()


def test_ctrl_return_in_the_note_saves_it(window: MainWindow, qtbot) -> None:
    window.select_key(KEY)
    window.details.toggle_star()
    settle(window)
    note = window.details.note
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "front row")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    talk = window.store.talk(KEY)
    assert talk is not None
    assert talk.star is not None
    assert talk.star.note == "front row"


def test_clear_is_the_registrys_action(window: MainWindow) -> None:
    window.show_tab(Tab.LIST)
    window.filter_bar.search.setText("kafka streams")
    window.filter_bar.starred.setChecked(True)
    window.filter_bar.flush()
    assert window.table_proxy.rowCount() < window.table_model.rowCount()
    window.action_map[ActionId.CLEAR_FILTERS].trigger()
    assert window.filter_bar.search.text() == ""
    assert not window.filter_bar.starred.isChecked()
    assert window.table_proxy.rowCount() == window.table_model.rowCount()


def test_an_empty_agenda_tells_a_newcomer_what_to_do(window: MainWindow) -> None:
    """Issue 17 item 9: an empty My Agenda gave no hint."""
    window.show_tab(Tab.AGENDA)
    hint = window.agenda_box.hint
    assert hint.isVisible()
    assert "press S" in " ".join(label.text() for label in hint.findChildren(QLabel))
    window.show_tab(Tab.PROGRAM)
    window.select_key(KEY)
    window.toggle_current_star()
    settle(window)
    window.show_tab(Tab.AGENDA)
    assert not hint.isVisible()  # gone with the first star
    window.undo_stack.undo()
    settle(window)
    assert hint.isVisible()


def test_the_language_menu_is_the_registrys(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """View ▸ Language was a menu with actions of its own; its actions are the registry's
    `LANGUAGE_CHOICE` now, and choosing one goes through the registry's handler."""
    chosen: list[str] = []
    monkeypatch.setattr(window.language_menu, "choose", chosen.append)
    german = window.language_menu.choices["de"]
    assert german.objectName() == f"action-{LANGUAGE_CHOICE.name}-de"
    german.trigger()
    window.language_menu.choices[""].trigger()
    assert chosen == ["de", ""]
