"""The status bar's word on the calendars kept in sync: “Calendars synced 2 min ago”,
“Offline, 3 changes waiting”, or what failed and why; a click opens the Calendars dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolButton, QWidget

from planner.ui.calendar_sync import Level, Summary, summary
from planner.ui.plain import tooltip

if TYPE_CHECKING:
    from planner.ui.calendar_sync import CalendarSync

ICONS = {
    Level.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Level.BUSY: QStyle.StandardPixmap.SP_BrowserReload,
    Level.WAITING: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxWarning,
}
MAX_WIDTH = 460  # longer messages (a server's reason) are elided; the tooltip has it all


class SyncStatus(QToolButton):
    def __init__(self, sync: CalendarSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self.setObjectName("calendarSyncStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the menu and F5 reach it by keyboard
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        # Shown or not, a screen reader may list it.
        self.setAccessibleName(self.tr("Calendar sync"))
        self.setAccessibleDescription(
            self.tr("How your calendars' syncs went; click to open Calendars")
        )
        self.shown = Summary("", "", Level.NONE)
        # "2 min ago" grows older by itself.
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.refresh)
        self._clock.start(30_000)
        sync.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.shown = shown = summary(self._sync.statuses.values(), self._sync.clock())
        self.setVisible(shown.level is not Level.NONE)
        if shown.level is Level.NONE:
            return
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.setIcon(self.style().standardIcon(ICONS[shown.level]))
        self.setIconSize(self.iconSize().scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
        metrics = QFontMetrics(self.font())
        elided = metrics.elidedText(shown.text, Qt.TextElideMode.ElideRight, MAX_WIDTH)
        self.setText(elided.replace("&", "&&"))  # a calendar's name, not a mnemonic
        click = self.tr("Click to open Calendars.")
        self.setToolTip(tooltip(f"{shown.text}\n\n{shown.details}\n\n{click}"))
        self.setAccessibleDescription(shown.text)
