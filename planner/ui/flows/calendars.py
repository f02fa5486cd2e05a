"""The calendars the app keeps in sync, in the window: the automatic sync (`CalendarSync`,
fed every change the store applies), its word in the status bar, the Calendars dialog
(File ▸ Calendars…), and File ▸ Sync Calendars Now.

The sync and its word are made once the window has been painted (`start`,
`start_when_needed`), or when first asked for: the sync's modules (the calendars' codes
and messages, the sync's reports) are not needed to paint, and the window makes this flow
before its first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.changes import Changes
    from planner.ui.calendar_sync import CalendarSync
    from planner.ui.dialogs.calendars import CalendarsDialog
    from planner.ui.mainwindow import MainWindow
    from planner.ui.widgets.sync_status import SyncStatus


class CalendarsFlow:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._sync: CalendarSync | None = None
        self._status: SyncStatus | None = None
        self.dialog: CalendarsDialog | None = None

    @property
    def sync(self) -> CalendarSync:
        if self._sync is None:
            self._make()
        assert self._sync is not None
        return self._sync

    @property
    def status(self) -> SyncStatus:
        if self._status is None:
            self._make()
        assert self._status is not None
        return self._status

    def _make(self) -> None:
        from planner.ui.calendar_sync import CalendarSync
        from planner.ui.widgets.sync_status import SyncStatus

        window = self._window
        self._sync = sync = CalendarSync(window.runner, window)
        self._status = status = SyncStatus(sync, window)
        status.clicked.connect(self.open_dialog)
        window.statusBar().addPermanentWidget(status)
        window.store.applied.connect(sync.agenda_changed)
        sync.changed.connect(window.commands.refresh_enabled)

    @property
    def has_targets(self) -> bool:
        """(False before the sync is made: it knows of none before it starts either.)"""
        return self._sync is not None and bool(self._sync.statuses)

    def start(self) -> None:
        """The core is open (after the first paint): sync, and keep syncing."""
        if not self.sync.started:
            self.sync.start()

    def start_when_needed(self) -> None:
        """The core is not open (the window was painted from the database as it is): if
        calendars are kept in sync, open it now to sync them; else start once it opens
        for something else, or once another process adds a calendar."""
        window = self._window
        if self._sync is None:
            self._make()  # now: its word in the status bar, the agenda's changes followed
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
        if self._sync is not None:
            self._sync.stop()

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
