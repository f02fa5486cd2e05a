"""Faults a user met trying FOSDEM 2025: commands enabled with nothing to act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui.actions import ActionId
from planner.ui.look import Look, legend_words, mark_icon
from planner.ui.models.agenda_model import EntryKind
from planner.ui.models.program_model import Column
from planner.ui.models.session_table import TableColumn
from planner.ui.roles import Role
from planner.ui.tabs import Tab
from planner.ui.widgets.timetable_accessibility import TimetableSpeech

from .conftest import settle

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


def test_escape_clears_the_search_then_returns_to_the_view(window: MainWindow, qtbot) -> None:
    search = window.filter_bar.search
    window.focus_search()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "kafka")
    window.filter_bar.flush()
    assert window.filter_bar.filters().text == "kafka"
    matching = window.table_proxy.rowCount()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert window.filter_bar.filters().text == ""
    assert window.table_proxy.rowCount() > matching  # the search no longer narrows the List
    assert search.hasFocus()  # the first Escape only clears
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.table.hasFocus)  # the second: back to the List searched


def _key_titled(window: MainWindow, start: str) -> str:
    [key] = [t.key for t in window.store.talks if t.title.startswith(start)]
    return key


def test_a_tight_transfer_is_marked_apart_from_a_clash_in_every_view(
    fosdem: MainWindow,
) -> None:
    """The Legal and Policy welcome (10:30-10:35, H.1301), then Multi-Profile UKIs (10:35,
    UB4.136): no overlap, 0 min to walk 5: a tight transfer, which the status bar does not
    count as a clash - so neither may the List, its Clashing filter, the Program or the
    Timetable."""
    window, store = fosdem, fosdem.store
    keys = [
        _key_titled(window, "Welcome to the Legal and Policy Issues"),
        _key_titled(window, "Multi-Profile UKIs"),
    ]
    legal, ukis = (store.talk(key) for key in keys)
    assert legal is not None
    assert ukis is not None
    # The scene attends other sessions then: unstar those around the two (its clashes
    # elsewhere stay), then star the two.
    for other in list(store.talks):
        if other.star is not None and other.start < ukis.end and other.end > legal.start:
            window.controller.toggle_star(other)
            settle(window)
    for key in keys:
        talk = store.talk(key)
        assert talk is not None
        assert talk.star is None
        window.controller.toggle_star(talk)
        settle(window)
    assert set(keys) <= store.tight
    assert not set(keys) & store.clashing
    assert store.detection is not None
    clashing = {key for conflict in store.detection.sets for key in conflict.keys}
    assert store.clashing == clashing  # what the status bar counts (conflict sets)
    look = Look.current()
    tight_mark = mark_icon(None, look, tight=True).cacheKey()
    clash_mark = mark_icon(None, look, clash=True).cacheKey()
    table = window.table_model
    for key in keys:
        index = table.index(table.row_of(key), TableColumn.TITLE)
        assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() == tight_mark
        program = window.model.index_of_key(key, Column.TITLE)
        assert program.data(Qt.ItemDataRole.DecorationRole).cacheKey() == tight_mark
        talk = store.talk(key)
        assert talk is not None
        assert "Tight transfer" in TimetableSpeech().description(window.timetable, talk)
    a_clash = next(key for key in store.clashing if store.talk(key) is not None)
    index = table.index(table.row_of(a_clash), TableColumn.TITLE)
    assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() == clash_mark
    window.show_tab(Tab.LIST)
    window.filter_bar.clashing.setChecked(True)
    proxy = window.table_proxy
    shown = {proxy.index(row, 0).data(Role.KEY) for row in range(proxy.rowCount())}
    assert shown == {
        k for k in store.clashing if store.talk(k)
    }  # the Clashing filter: the clashes the status bar counts
    assert [word for kind, word in legend_words() if kind == "tight"] == ["Tight transfer"]
