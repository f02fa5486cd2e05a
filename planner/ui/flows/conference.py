"""Which conference the window shows, and what follows when a whole new view arrives.

A new view (at start, another conference chosen, an import, another process's write)
renames the window, shows the program's notice, tells the details pane the zones, keeps
the session shown when the new view still has it (else shows the first of the day), and
lists the conferences in the tool bar's switcher. A change of one session's star shows
in the details pane when it is the session shown there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject

from planner import APP_NAME
from planner.ui.locale_format import local_zone
from planner.ui.roles import Role

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.domain.view import StartupView
    from planner.ui.mainwindow import MainWindow


class ConferenceFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        # The session shown when the window was last closed (conference id, key), to show
        # again in the first view if it is of that conference and still has it.
        self._restored: tuple[int, str] | None = None
        self._first = True

    def restore_session(self, conference_id: int, key: str) -> None:
        self._restored = (conference_id, key)

    def load(
        self, conference_id: int | None = None, then: Callable[[], None] | None = None
    ) -> None:
        """Show another conference (None: the current one); `then` runs once it is shown."""
        store = self._window.store

        def shown(view: StartupView) -> None:
            store.show(view)
            if then is not None:
                then()

        # A read: served without opening the core when it is not open yet.
        self._window.runner.read(lambda catalog: catalog.view(conference_id), shown)

    def watch_other_processes(self) -> None:
        """From now on, follow what the command line or another window writes."""
        self._window.watcher.start(self._window.store.revision)

    def view_shown(self) -> None:
        window = self._window
        conference = window.store.conference
        if conference is None:
            return
        window.details.set_zones(window.store.zone, local_zone())
        window.banner.set_notice(conference.notice)
        window.setWindowTitle(f"{conference.title} — {APP_NAME}")
        opening, restored = self._first, self._restored
        self._first, self._restored = False, None
        if restored is not None and restored[0] == conference.id:
            window.selection.key = restored[1]  # the session shown at the last close
        # The session shown stays shown (a new view of the same program, another
        # process's change, the last close's); else the first one of the day.
        key = window.selection.key
        if key and window.store.talk(key) is not None:
            window.selection.select(key)
            if opening:  # the keyboard in the view the window opens on, at that session
                window.views.focus_view(window.views.current_tab())
        else:
            first = self._first_talk_index()
            first_key = first.data(Role.KEY) if first.isValid() else None
            if isinstance(first_key, str):
                window.selection.select(
                    first_key
                )  # in the visible view too: the pane shows its row
            window.view.scrollToTop()
            window.view.setFocus()
            if opening:
                window.views.focus_view(window.views.current_tab())

    def talk_changed(self, key: str) -> None:
        details = self._window.details
        shown = details.talk
        if shown is not None and shown.key == key:
            details.show_talk(self._window.store.talk(key))

    def list_conferences(self) -> None:
        window = self._window
        switcher = window.conference_switcher
        switcher.blockSignals(True)
        switcher.clear()
        for conference in window.store.conferences:
            switcher.addItem(conference.title, conference.id)
        if window.store.conference is not None:
            switcher.setCurrentIndex(switcher.findData(window.store.conference.id))
        switcher.setEnabled(switcher.count() > 1)
        switcher.blockSignals(False)

    def conference_chosen(self, row: int) -> None:
        window = self._window
        conference_id = window.conference_switcher.itemData(row)
        if conference_id is not None and conference_id != window.store.conference_id:
            window.selection.key = ""
            self.load(conference_id)
            # The current conference from now on: the next start (a restart after a change
            # of language too) opens on it, and the command line answers about it.
            window.runner.run(
                lambda core: core.imports.make_current(conference_id),
                # Only the next start's choice is at stake (the view is shown already): a
                # conference removed meanwhile, or a database that cannot be written, is no
                # reason to interrupt the user; that start shows the current one as it was.
                error=lambda _problem: None,
            )

    def _first_talk_index(self) -> QModelIndex:
        model = self._window.model
        if model.rowCount() == 0:
            return QModelIndex()
        day = model.index(0, 0)
        slot = model.index(0, 0, day)
        return model.index(0, 0, slot)
