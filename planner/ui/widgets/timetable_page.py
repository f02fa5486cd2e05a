"""The Timetable tab: a Day chooser and the zoom buttons over the timetable.

The chooser lists the days of the program shown (as the locale writes them) and always
says the day the timetable shows, however it got there (the chooser, the keyboard, a
session selected elsewhere, the Day filter).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from planner.ui.actions import CONTEXT as ACTIONS_CONTEXT
from planner.ui.actions import SPECS, ActionId
from planner.ui.i18n import translated
from planner.ui.locale_format import Formats
from planner.ui.widgets.timetable import TimetableView

if TYPE_CHECKING:
    from planner.ui.actions import Actions
    from planner.ui.state import SessionStore


def _button(action_id: ActionId, actions: Actions, parent: QWidget) -> QToolButton:
    """A push-button look for a registry action (its text, tip and handler)."""
    button = QToolButton(parent)
    button.setDefaultAction(actions[action_id])
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if SPECS[action_id].accessible:
        button.setAccessibleName(translated(ACTIONS_CONTEXT, SPECS[action_id].accessible))
    return button


class TimetablePage(QWidget):
    def __init__(self, store: SessionStore, actions: Actions, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.timetable = TimetableView(store, self)
        self.day_chooser = QComboBox(self)
        self.day_chooser.setAccessibleName(self.tr("Timetable day"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day:"), self))
        bar.addWidget(self.day_chooser)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Zoom:"), self))
        bar.addWidget(_button(ActionId.ZOOM_OUT, actions, self))
        bar.addWidget(_button(ActionId.ZOOM_IN, actions, self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.timetable, 1)
        # After the timetable's own: its days are those of the view just shown.
        store.reset.connect(self._list_days)
        self.day_chooser.currentIndexChanged.connect(self._day_chosen)
        self.timetable.dayChanged.connect(self._day_shown)

    def zoom(self, factor: float) -> None:
        self.timetable.set_zoom(self.timetable.zoom * factor)

    def _list_days(self) -> None:
        if self._store.conference is None:
            return
        chooser = self.day_chooser
        chooser.blockSignals(True)
        chooser.clear()
        for day in self.timetable.days():
            # The day as ISO text: Qt would hand a date back as a QDate or a string.
            chooser.addItem(Formats().day(day), day.isoformat())
        chooser.blockSignals(False)
        self._day_shown(self.timetable.day)

    def _day_chosen(self, row: int) -> None:
        day = self.day_chooser.itemData(row)
        if isinstance(day, str) and day:
            self.timetable.set_day(date.fromisoformat(day))

    def _day_shown(self, day: date | None) -> None:
        """The Day chooser says the day the Timetable shows, however it got there."""
        row = self.day_chooser.findData(day.isoformat()) if day is not None else -1
        if row >= 0 and row != self.day_chooser.currentIndex():
            self.day_chooser.blockSignals(True)
            self.day_chooser.setCurrentIndex(row)
            self.day_chooser.blockSignals(False)
