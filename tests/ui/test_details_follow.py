"""Issue 17, item 6: the details pane always shows the current row of the visible view
(the Program's row "Welcome to …" with "Bringing terminal aesthetics…" in the pane, and
a pane that changed when the user only switched views)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex

from planner.domain.agenda import Priority
from planner.ui.roles import Role
from planner.ui.tabs import Tab

from .conftest import settle

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow

STREAMS = "ksl19-kafka-streams-at-scale"
DATABASE = "ksl19-is-kafka-a-database"


def shown(window: MainWindow) -> str | None:
    talk = window.details.talk
    return talk.key if talk is not None else None


def current_row_key(window: MainWindow) -> str | None:
    """The session of the visible view's current row (None: no row, or not a session)."""
    tab = window.current_tab()
    if tab is Tab.TIMETABLE:
        return window.timetable.current_key or None
    view = {
        Tab.PROGRAM: window.view,
        Tab.LIST: window.table,
        Tab.AGENDA: window.agenda_view,
        Tab.SPEAKERS: window.speakers_view,
    }[tab]
    key = view.currentIndex().data(Role.KEY)
    return key if isinstance(key, str) and window.store.talk(key) is not None else None


def choose_row(window: MainWindow, tab: Tab, key: str) -> None:
    """A click on the session's row in the view of `tab` (shown first)."""
    window.show_tab(tab)
    view = {Tab.PROGRAM: window.view, Tab.LIST: window.table}[tab]
    if tab is Tab.PROGRAM:
        index = window.model.index_of_key(key)
    else:
        source = window.table_model.index(window.table_model.row_of(key), 0)
        index = window.table_proxy.mapFromSource(source)
    assert index.isValid()
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_at_start_the_pane_shows_the_highlighted_row(window: MainWindow) -> None:
    assert window.current_tab() is Tab.PROGRAM
    assert shown(window) is not None
    assert shown(window) == current_row_key(window)


def test_switching_views_keeps_the_session_and_moves_the_row_to_it(window: MainWindow) -> None:
    choose_row(window, Tab.LIST, DATABASE)
    assert shown(window) == DATABASE
    for tab in (Tab.PROGRAM, Tab.TIMETABLE, Tab.LIST, Tab.PROGRAM):
        window.show_tab(tab)
        assert shown(window) == DATABASE, tab
        assert current_row_key(window) == DATABASE, tab


def test_a_view_without_the_session_shows_its_own_current_row(window: MainWindow) -> None:
    choose_row(window, Tab.PROGRAM, STREAMS)
    window.show_tab(Tab.AGENDA)  # nothing starred: no session row in My Agenda
    assert current_row_key(window) is None
    assert shown(window) is None  # not the Program's session, which no row here shows
    window.show_tab(Tab.PROGRAM)
    assert shown(window) == current_row_key(window)


def test_a_row_moving_in_a_hidden_view_leaves_the_pane_alone(window: MainWindow) -> None:
    choose_row(window, Tab.LIST, DATABASE)
    window.show_tab(Tab.PROGRAM)
    choose_row(window, Tab.PROGRAM, STREAMS)
    # The List, out of sight, loses and regains rows: its current row moves.
    window.filter_bar.search.setText("database")
    window.filter_bar.flush()
    window.filter_bar.search.clear()
    window.filter_bar.flush()
    window.table.selectionModel().setCurrentIndex(
        window.table_proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert shown(window) == STREAMS
    assert current_row_key(window) == STREAMS


def test_the_timetable_drives_the_pane_only_while_shown(window: MainWindow) -> None:
    window.show_tab(Tab.TIMETABLE)
    window.timetable.select_key(DATABASE)
    assert shown(window) == DATABASE == current_row_key(window)
    window.show_tab(Tab.PROGRAM)
    assert current_row_key(window) == DATABASE
    window.timetable.select_key(STREAMS)  # out of sight
    assert shown(window) == DATABASE


def test_filtering_the_list_shows_its_current_row(window: MainWindow) -> None:
    choose_row(window, Tab.LIST, DATABASE)
    window.filter_bar.search.setText("streams at scale")  # the session shown drops out
    window.filter_bar.flush()
    assert window.table_proxy.rowCount() >= 1
    assert shown(window) == current_row_key(window)
    assert shown(window) != DATABASE


def test_a_chosen_session_the_visible_view_lacks_clears_its_highlight(
    window: MainWindow,
) -> None:
    window.show_tab(Tab.AGENDA)
    window.select_key(DATABASE)  # e.g. a search result, a link: shown in the pane
    assert shown(window) == DATABASE
    assert window.agenda_view.currentIndex() == QModelIndex()  # no row says otherwise
    window.set_priority(Priority.WANT)  # the commands act on the session shown
    settle(window)
    talk = window.store.talk(DATABASE)
    assert talk is not None
    assert talk.star is not None
    assert shown(window) == DATABASE
