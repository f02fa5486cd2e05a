"""The calendars the app keeps in sync, in the window: the automatic sync (`CalendarSync`,
fed every change the store applies), its word in the status bar, the Calendars dialog
(File ▸ Calendars…), and File ▸ Sync Calendars Now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.ui.calendar_sync import CalendarSync
from planner.ui.widgets.sync_status import SyncStatus

if TYPE_CHECKING:
    from planner.ui.dialogs.calendars import CalendarsDialog
    from planner.ui.mainwindow import MainWindow


class CalendarsFlow:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.sync = CalendarSync(window.runner, window)
        self.status = SyncStatus(self.sync, window)
        self.status.clicked.connect(self.open_dialog)
        window.statusBar().addPermanentWidget(self.status)
        window.store.applied.connect(self.sync.agenda_changed)
        self.sync.changed.connect(window.commands.refresh_enabled)
        self.dialog: CalendarsDialog | None = None

    @property
    def has_targets(self) -> bool:
        return bool(self.sync.statuses)

    def start(self) -> None:
        """The core is open (after the first paint): sync, and keep syncing."""
        self.sync.start()

    def stop(self) -> None:
        self.sync.stop()

    def open_dialog(self) -> None:
        """Show the Calendars dialog (one at a time; it stays open beside the window)."""
        if self.dialog is None:
            from planner.ui.dialogs.calendars import CalendarsDialog  # not before 1st paint

            window = self._window
            store = window.store
            self.dialog = CalendarsDialog(
                self.sync, window.runner, lambda: store.conference_id, window
            )
            self.dialog.finished.connect(self._dialog_closed)
        if self.dialog.isVisible():  # already open, maybe behind the window: bring it up
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.show()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def sync_now(self) -> None:
        self.sync.sync_now()
