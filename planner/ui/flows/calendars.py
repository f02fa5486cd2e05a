"""The calendars the app keeps in sync, in the window: the automatic sync (`CalendarSync`,
fed every change the store applies), its word in the status bar, the Calendars dialog
(File ▸ Calendars…), and File ▸ Sync Calendars Now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.ui.calendar_sync import CalendarSync
from planner.ui.widgets.sync_status import SyncStatus

if TYPE_CHECKING:
    from planner.domain.changes import Changes
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
        if not self.sync.started:
            self.sync.start()

    def start_when_needed(self) -> None:
        """The core is not open (the window was painted from the database as it is): if
        calendars are kept in sync, open it now to sync them; else start once it opens
        for something else, or once another process adds a calendar."""
        window = self._window
        window.core_opening.opened.connect(self.start)
        window.store.applied.connect(self._written_elsewhere)
        self._look_for_targets()

    def _look_for_targets(self) -> None:
        window = self._window

        def found(any_target: bool) -> None:
            if any_target:
                window.core_opening.begin()

        def unknown(_error: BaseException) -> None:
            window.core_opening.begin()  # the core says what is wrong, and syncs if it can

        window.runner.read(lambda catalog: catalog.has_calendar_targets(), found, unknown)

    def _written_elsewhere(self, changes: Changes) -> None:
        if (
            not self.sync.started
            and not self._window.core.is_open
            and (changes.unknown or changes.targets_changed)
        ):
            self._look_for_targets()

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
