"""Faults a user met trying FOSDEM 2025: commands enabled with nothing to act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from planner.ui.actions import ActionId
from planner.ui.models.agenda_model import EntryKind
from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow

KEY = "ksl19-is-kafka-a-database"


def test_export_this_session_is_enabled_only_while_a_session_is_shown(
    window: MainWindow,
) -> None:
    export = window.action_map[ActionId.EXPORT_SESSION_ICS]
    window.show_tab(Tab.PROGRAM)
    window.view.setCurrentIndex(window.model.index(0, 0))  # a day's row: no session
    QApplication.processEvents()
    assert window.current_talk() is None
    assert not export.isEnabled()
    window.select_key(KEY)
    QApplication.processEvents()
    assert window.current_talk() is not None
    assert export.isEnabled()


def test_attend_this_is_disabled_when_it_would_move_nothing(fosdem: MainWindow) -> None:
    window = fosdem
    window.show_tab(Tab.AGENDA)
    QApplication.processEvents()
    attend = window.action_map[ActionId.ATTEND]
    model, store = window.agenda_model, window.store
    lone = [
        e
        for e in model.nodes()
        if e.kind is EntryKind.SESSION and e.key and e.key not in store.clashing
    ]
    members = [e for e in model.nodes() if e.kind is EntryKind.CLASH_MEMBER and e.busy_id is None]
    suggested = [e for e in model.nodes() if e.kind is EntryKind.SUGGESTION]
    assert lone
    assert members
    assert suggested
    window.agenda_view.setCurrentIndex(model.index_of(lone[0]))
    assert not attend.isEnabled()  # attended already, nothing clashes: nothing to move
    window.agenda_view.setCurrentIndex(model.index_of(members[0]))
    assert attend.isEnabled()
    window.agenda_view.setCurrentIndex(model.index_of(suggested[0]))
    assert attend.isEnabled()  # not in the agenda yet: attending it adds it
