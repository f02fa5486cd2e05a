"""Which view the window shows and what the search and filters leave in it.

Coming to a view: the filter bar is shown only over the views it applies to (the List and
the Timetable), My Agenda and Speakers build their trees only while they are shown (the
first paint does not wait for them), the Timetable fades what the filters leave out, and
the details pane follows the view's current row. A change of the filters refilters the
List, fades the Timetable, has the Timetable show the day filtered to, and says in the
status bar how many sessions match. Times are shown in the conference's zone or the
computer's (View ▸ Times).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from planner.ui.actions import ActionId
from planner.ui.locale_format import local_zone
from planner.ui.models.session_table import Filters
from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from planner.ui.mainwindow import MainWindow


class ViewsFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._filtered = False  # the search or a filter narrows the program
        window.filter_bar.escaped.connect(self._back_to_view)

    def show_tab(self, tab: Tab) -> None:
        self._window.tabs.setCurrentIndex(tab)

    def go_to(self, tab: Tab) -> None:
        """View ▸ Program…Speakers (Ctrl+1…Ctrl+5): show the view and move the keyboard
        there, to its current row (the session shown), as the arrows then move from it.
        Left where it was - the Conference box, say - Up would choose another conference."""
        self.show_tab(tab)
        self.focus_view(tab)

    def focus_view(self, tab: Tab) -> None:
        """The keyboard to `tab`'s view (the Timetable's grid, not its day chooser)."""
        self._window.tab_views[tab].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _back_to_view(self) -> None:
        """Escape in the empty search field: the keyboard back to the view searched."""
        self.focus_view(self.current_tab())

    def current_tab(self) -> Tab:
        return Tab(self._window.tabs.currentIndex())

    def focus_search(self) -> None:
        search = self._window.filter_bar.search
        if not self.current_tab().filtered:
            self.show_tab(Tab.LIST)
        search.setFocus()
        search.selectAll()

    def tab_changed(self, index: int) -> None:
        window, tab = self._window, Tab(index)
        window.filter_bar.setVisible(tab.filtered)
        window.agenda_model.set_active(tab is Tab.AGENDA)
        window.speakers_model.set_active(tab is Tab.SPEAKERS)
        if tab is Tab.TIMETABLE:
            self._fade_unmatched()
        window.selection.follow(tab)

    def filters_changed(self, filters: Filters) -> None:
        window = self._window
        window.table_proxy.set_filters(filters)
        self._filtered = filters != Filters()
        if self.current_tab() is Tab.LIST:
            window.selection.follow_visible_view()  # the session shown, if it still matches
        if self.current_tab() is Tab.TIMETABLE:
            self._fade_unmatched()
        if filters.day is not None and filters.day != window.timetable.day:
            window.timetable.set_day(filters.day)  # the Day chooser follows (dayChanged)
        window.status_line.show_matches(
            window.table_proxy.rowCount(), window.table_model.rowCount(), self._filtered
        )

    def _fade_unmatched(self) -> None:
        """The timetable fades what the search and filters leave out."""
        window = self._window
        window.timetable.set_visible_keys(
            window.table_proxy.accepted_keys() if self._filtered else None
        )

    @staticmethod
    def local_zone() -> ZoneInfo | None:
        return local_zone()

    def zone_choice_changed(self) -> None:
        window = self._window
        local = self.local_zone()
        wanted = local if window.action_map[ActionId.TIMES_LOCAL_ZONE].isChecked() else None
        window.store.set_display_zone(wanted)  # every view regroups; the selection stays
