"""Importing a program from the window: file or address, progress that can cancel, the
time-zone question, the report of what changed."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QProgressDialog

from planner.domain.errors import Cancelled
from planner.ui.i18n import arg
from planner.ui.operations import Lane
from planner.ui.plain import plain_label

# The dialogs, the formats' builder and the readers that tell an agenda file from a
# program are imported where they are used: the window builds this flow before its first
# paint, and needs none of them for it (docs/performance.md).

if TYPE_CHECKING:
    from pathlib import Path

    from planner.domain.updates import ImportReport
    from planner.ui.mainwindow import MainWindow


class ImportFlow(QObject):
    finished = Signal(object)  # ImportReport, once the imported conference is shown
    failed = Signal(str)
    cancelled = Signal(str)  # the source

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.progress: QProgressDialog | None = None

    def choose_file(self) -> None:
        path = self._window.ask_open_path(
            self.tr("Import a conference program"),
            self.tr("Conference programs (*.json *.xml *.ics *.xcs);;All files (*)"),
        )
        if path is not None:
            self.start(str(path))

    def choose_url(self) -> None:
        url, ok = QInputDialog.getText(
            self._window,
            self.tr("Import from the web"),
            self.tr("Address of the program (http:// or https://):"),
        )
        if ok and url.strip():
            self.start(url.strip())

    def open_path(self, path: Path) -> None:
        """A file given on the command line or dropped: an agenda opens as a colleague's
        overlay, anything else is imported as a program. Which it is is read off the GUI
        thread (a FIFO, a device or a stalled network disk never holds the window); what
        is not a regular file is refused with one message naming it."""
        window = self._window

        def refused(error: BaseException) -> None:
            from planner.ui.core_text import CORE  # when said: not before the first paint

            window.statusBar().showMessage(CORE.error(error), 30_000)
            window.show_error(self.tr("Cannot open this file"), CORE.error(error))

        def route(agenda: bool) -> None:
            if agenda:
                window.colleagues.open_agenda(path)
            else:
                self.start(str(path))

        window.runner.call(lambda _core: is_agenda_file(path), route, refused, lane=Lane.IMPORTS)

    def start(self, source: str, time_zone: str | None = None) -> None:
        """Import a file or URL off the UI thread, with a progress dialog that can cancel
        it (a slow server must never hold the window hostage)."""
        window = self._window
        progress = QProgressDialog("", self.tr("Cancel"), 0, 0, window)
        # A name is no markup.
        progress.setLabel(plain_label(QLabel(arg(self.tr("Importing %1…"), source))))
        progress.setWindowTitle(self.tr("Importing"))
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        stop = threading.Event()
        over = threading.Event()  # the import ended: closing the dialog cancels nothing

        def cancel() -> None:
            if over.is_set():
                return  # QProgressDialog says "canceled" when it is closed, too
            stop.set()
            window.statusBar().showMessage(arg(self.tr("Import of %1 cancelled."), source), 10_000)
            self.cancelled.emit(source)

        progress.canceled.connect(cancel)

        def done(report: ImportReport) -> None:
            over.set()
            progress.close()  # finished before the cancel could stop it
            # The runner's update has shown the imported conference (`shows`): no second
            # read. Not shown yet only when nothing changed (nothing was read) or its view
            # was read before a star committed meanwhile and is being read anew for the
            # conference shown: then show it now.
            if window.store.conference_id == report.conference_id:
                self._shown(report)
            else:
                window.load_conference(report.conference_id, then=lambda: self._shown(report))

        def failed(error: BaseException) -> None:
            cancelled_by_user = stop.is_set()
            over.set()
            progress.close()
            if isinstance(error, Cancelled) or cancelled_by_user:
                return  # already said so when the user pressed Cancel
            from planner.formats.builder import TimeZoneRequired

            if isinstance(error, TimeZoneRequired):
                from planner.ui.dialogs.timezone import TimeZoneDialog

                zone = TimeZoneDialog.ask(source, window)
                if zone:
                    self.start(source, zone)
                    return
            from planner.ui.core_text import CORE  # when said: not before the first paint

            said = CORE.error(error)
            window.statusBar().showMessage(arg(self.tr("Import refused: %1"), said), 30_000)
            self.failed.emit(said)
            window.show_error(self.tr("Import failed"), said)

        window.runner.run(
            lambda core: core.imports.source(source, time_zone=time_zone, cancelled=stop.is_set),
            done=done,
            error=failed,
            lane=Lane.IMPORTS,
            shows=lambda report: report.conference_id,  # the views show what was imported
        )
        self.progress = progress

    def _shown(self, report: ImportReport) -> None:
        status = self._window.statusBar()
        if report.unchanged:
            status.showMessage(arg(self.tr("“%1” is up to date."), report.title), 10_000)
        else:
            from planner.ui.core_text import CORE  # when said: not before the first paint

            status.showMessage(CORE.import_summary(report), 15_000)
            if report.changes or report.warnings:
                from planner.ui.dialogs.report import ImportReportDialog

                ImportReportDialog.show_report(report, self._window)
        self.finished.emit(report)


def is_agenda_file(path: Path) -> bool:
    """Is the file at `path` an agenda (ours, or a phone app's favourites) rather than a
    program? Reads its first bytes; raises `BadInputError` for what is not a regular file."""
    from planner.export.agenda_file import EXTENSION as AGENDA_EXTENSION
    from planner.sharing.apps import is_favourites
    from planner.user_files import read_user_head

    head = read_user_head(path, 4096)
    return (
        path.name.endswith(AGENDA_EXTENSION)
        or b'"planner-agenda"' in head
        or is_favourites(head)  # a phone app's favourites, not a program
    )
