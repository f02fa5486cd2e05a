"""Starring from the window: the Session menu's commands act on the session shown, a
click on a star (Program, List) or an activated Timetable block on that session. Each
becomes an undoable operation of the `AgendaController`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from planner.ui.roles import Role

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex

    from planner.domain.agenda import Priority
    from planner.ui.mainwindow import MainWindow


class StarringFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def toggle_current(self) -> None:
        talk = self._window.selection.talk
        if talk is not None:
            self._window.controller.toggle_star(talk)

    def set_priority(self, priority: Priority) -> None:
        talk = self._window.selection.talk
        if talk is not None:
            self._window.controller.set_priority(talk, priority)

    def star_clicked(self, index: QPersistentModelIndex) -> None:
        key = index.data(Role.KEY)
        if key:
            self.toggle_key(key)

    def toggle_key(self, key: str) -> None:
        talk = self._window.store.talk(key)
        if talk is not None:
            self._window.controller.toggle_star(talk)
