"""Which session the window shows: the details pane always shows the current row of the
view in sight (issue 17 item 6), and the commands of the Session menu act on it.

A view out of sight may move its current row (a refilter, a rebuild): that changes
nothing shown. Coming to a view, its current row moves to the session shown if the view
has it; if not, the pane shows the view's own current row (or nothing). A session chosen
by the program (`select`: a search result, a start-up default) is shown even in a view
without it, whose highlight is then cleared so that no row says otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView

from planner.ui.roles import Role
from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from planner.domain.agenda import TalkInfo
    from planner.ui.mainwindow import MainWindow


class Selection(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.key = ""  # the session shown ("" for none)
        self.followed = Tab.PROGRAM  # the view whose current row the pane shows

    def connect_views(self) -> None:
        window = self._window
        for view in self._views().values():
            view.selectionModel().currentRowChanged.connect(self._current_changed)
            CurrentRowKeptInView(view)
        window.timetable.currentKeyChanged.connect(self._timetable_current)

    @property
    def talk(self) -> TalkInfo | None:
        return self._window.store.talk(self.key) if self.key else None

    def select(self, key: str) -> None:
        window = self._window
        self.key = key
        index = window.model.index_of_key(key)
        if index.isValid():
            window.view.setCurrentIndex(index)
            window.view.scrollTo(index)
        window.timetable.select_key(key, ensure_visible=True)
        self.follow_visible_view(chosen=True)

    def follow(self, tab: Tab) -> None:
        """The user came to `tab`. (While the tabs switch, Qt may give the new view a
        current row of its own - its first, on focus - before this runs: that is not the
        user's choice and is not shown.)"""
        self.followed = tab
        self.follow_visible_view()

    def follow_visible_view(self, *, chosen: bool = False) -> None:
        window = self._window
        tab, key = self.followed, self.key
        if tab is Tab.TIMETABLE:
            if key and window.store.talk(key) is not None:
                window.timetable.select_key(key, ensure_visible=True)
            self._show_key(window.timetable.current_key)
            return
        view = self._views().get(tab)
        if view is None:
            return
        index = self._index_in(tab, key) if key else QModelIndex()
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            view.selectionModel().setCurrentIndex(index, flags)
            view.scrollTo(index)
            # Again once the view has its size (a tab just shown is laid out after this).
            row = QPersistentModelIndex(index)
            QTimer.singleShot(0, view, lambda: view.scrollTo(row) if row.isValid() else None)
            self._show_key(key)
        elif chosen and key:
            view.selectionModel().clear()  # (its signal blanks the pane: shown again below)
            self._show_key(key)
        else:
            self._show_index(view.currentIndex())

    def _views(self) -> dict[Tab, QAbstractItemView]:
        """The tabs whose views are item views (the Timetable follows through its key)."""
        return {
            tab: view
            for tab, view in self._window.tab_views.items()
            if isinstance(view, QAbstractItemView)
        }

    def _index_in(self, tab: Tab, key: str) -> QModelIndex:
        window = self._window
        if tab is Tab.PROGRAM:
            return window.model.index_of_key(key)
        if tab is Tab.LIST:
            row = window.table_model.row_of(key)
            source = window.table_model.index(row, 0) if row >= 0 else QModelIndex()
            return window.table_proxy.mapFromSource(source)
        if tab is Tab.AGENDA:
            return window.agenda_model.index_of_key(key, any_row=True)
        if tab is Tab.SPEAKERS:
            return window.speakers_model.index_of_key(key)
        return QModelIndex()

    def _timetable_current(self, key: str) -> None:
        if self.followed is Tab.TIMETABLE:
            self._show_key(key)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = self._views().get(self.followed)
        if view is None or self.sender() is not view.selectionModel():
            return  # a view out of sight moved (a refilter, a rebuild): the pane stays
        self._show_index(current)

    def _show_index(self, current: QModelIndex) -> None:
        key = current.data(Role.KEY) if current.isValid() else None
        if isinstance(key, str) and self._window.store.talk(key) is not None:  # not busy
            self._show_key(key)
        else:  # a day, a time slot, a busy block, free time, a speaker: no session
            self._show_key("")

    def _show_key(self, key: str) -> None:
        self.key = key
        window = self._window
        window.details.show_talk(window.store.talk(key) if key else None)
        window.commands.refresh_enabled()  # the Session menu acts on the session shown


class CurrentRowKeptInView(QObject):
    """A view's current row that was in sight stays in sight when the view gets smaller
    (the window made smaller, a pane widened): the row the details pane describes is not
    left below the fold. A row the user had scrolled away from stays where it is."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self._view
        if watched is view and event.type() == QEvent.Type.Resize:
            current = view.currentIndex()
            # Before the view lays itself out anew: is the row in sight now?
            if current.isValid() and view.viewport().rect().intersects(view.visualRect(current)):
                row = QPersistentModelIndex(current)
                QTimer.singleShot(0, view, lambda: view.scrollTo(row) if row.isValid() else None)
        return False
