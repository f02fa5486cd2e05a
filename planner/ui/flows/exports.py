"""Exporting from the window: the calendar (a file, or the live file), one session, the
pocket PDF, the print-out, and the agenda file for colleagues. The files are written off
the UI thread; the PDF and the print-out are laid out by Qt on it, from the day plan My
Agenda shows (the same one: `SessionStore.day_plan`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF

from planner.domain.errors import PlannerError
from planner.ui.flows.files import warn_on_failure
from planner.ui.i18n import Translatable, arg

# The export dialog, `planner.ui.printing`, Qt's print support (a library of its own) and
# the Qt classes only a command uses (QPageLayout, QInputDialog: making one makes its
# enums) are imported by the commands that use them, not before the window's first paint.

PRINT_MARGINS = QMarginsF(15, 15, 15, 15)  # millimetres

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from planner.domain.changes import Result
    from planner.services import Planner
    from planner.ui.mainwindow import MainWindow


class ExportFlow(Translatable):
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def _slug(self) -> str:
        conference = self._window.store.conference
        title = (conference.acronym or conference.title) if conference else "agenda"
        return "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")

    def _failed(self, title: str) -> Callable[[BaseException], None]:
        return warn_on_failure(self._window, title)

    def _saved(self, message: str, result: Result[Any] | None = None) -> None:
        """Say what was saved, and what of it could not be kept (`result`'s problems)."""
        problems = [] if result is None else [problem.message for problem in result.problems]
        self._window.statusBar().showMessage(" ".join([message, *problems]), 10_000)

    def calendar(self) -> None:
        window = self._window
        conference_id = window.store.conference_id
        if conference_id is None:
            return
        from planner.ui.dialogs.export import CalendarExportDialog

        options = CalendarExportDialog.ask(window)
        if options is None:
            return
        plan_b, alarm, live = options
        target = window.ask_save_path(
            self.tr("Export to Calendar"),
            f"{self._slug()}-agenda.ics",
            self.tr("iCalendar (*.ics)"),
        )
        if target is None:
            return
        if live:

            def follow(core: Planner) -> Result[None]:
                chosen = core.exports.set_live_calendar(
                    conference_id, target, include_plan_b=plan_b, alarm_minutes=alarm
                )
                for problem in chosen.problems:  # the file is the point of this command
                    raise PlannerError(problem.message)
                return chosen  # its Changes: the Calendars dialog lists the live file

            window.runner.run(
                follow,
                done=lambda _: self._saved(arg(self.tr("%1 will follow your agenda."), target)),
                error=self._failed(self.tr("Export failed")),
            )
            return
        window.runner.call(
            lambda core: core.exports.ics(
                conference_id, target, include_plan_b=plan_b, alarm_minutes=alarm
            ),
            lambda written: self._saved(self._sessions_saved(written.value, target), written),
            self._failed(self.tr("Export failed")),
        )

    def _sessions_saved(self, count: int, target: Path) -> str:
        return arg(self.tr("Saved %Ln session(s) to %1.", "", count), target)

    def session_calendar(self) -> None:
        window = self._window
        talk = window.current_talk()
        if talk is None:
            return
        target = window.ask_save_path(
            self.tr("Export Session"),
            f"{talk.key.split(':')[-1]}.ics",
            self.tr("iCalendar (*.ics)"),
        )
        if target is None:
            return
        conference_id, key = talk.conference_id, talk.key
        window.runner.call(
            lambda core: core.exports.ics(conference_id, target, keys=[key]),
            lambda written: self._saved(
                arg(self.tr("Saved “%1” to %2."), talk.title, target), written
            ),
            self._failed(self.tr("Export failed")),
        )

    def pdf(self) -> None:
        window = self._window
        conference = window.store.conference
        if conference is None:
            return
        target = window.ask_save_path(
            self.tr("Export Pocket Agenda"), f"{self._slug()}-agenda.pdf", self.tr("PDF (*.pdf)")
        )
        if target is None:
            return

        def write(html: str) -> None:
            from planner.ui.printing import render_pdf

            try:
                pages = render_pdf(html, conference.title, target)
            except (PlannerError, OSError) as error:
                warn_on_failure(window, self.tr("Export failed"))(error)
                return
            self._saved(arg(self.tr("Saved %1 (%Ln page(s)).", "", pages), target))

        self._with_agenda_html(write)

    def csv(self) -> None:
        window = self._window
        conference_id = window.store.conference_id
        if conference_id is None:
            return
        target = window.ask_save_path(
            self.tr("Export to Spreadsheet"), f"{self._slug()}-agenda.csv", self.tr("CSV (*.csv)")
        )
        if target is None:
            return
        window.runner.call(
            lambda core: core.exports.csv(conference_id, target),
            lambda count: self._saved(self._sessions_saved(count, target)),
            self._failed(self.tr("Export failed")),
        )

    def print_agenda(self) -> None:
        window = self._window
        conference_id = window.store.conference_id
        if conference_id is None:
            return
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from planner.ui.printing import agenda_document, print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # A sheet of paper (A4, Letter) gets the margin a printed page needs; the dialog
        # shows it and the user may change it.
        printer.setPageMargins(PRINT_MARGINS, QPageLayout.Unit.Millimeter)
        dialog = QPrintDialog(printer, window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return

        def print_out(html: str) -> None:
            print_document(agenda_document(html), printer)

        self._with_agenda_html(print_out)

    def _agenda_html(self, link: str = "") -> str:
        """The pocket agenda of what My Agenda shows (the same day plan); `link`: the
        Giggity link whose QR code the first page shows, if any."""
        from planner.ui.printing import agenda_html

        store = self._window.store
        assert store.conference is not None
        return agenda_html(store.conference, store.day_plan(store.conference.zone), link)

    def _with_agenda_html(self, then: Callable[[str], None]) -> None:
        """The pocket agenda, with the QR code of its Giggity link on the first page when
        the core can make one (asked off the GUI thread)."""
        from planner.ui.printing import phone_link  # here, on the GUI thread

        conference_id = self._window.store.conference_id
        assert conference_id is not None
        self._window.runner.call(
            lambda core: phone_link(core, conference_id),
            lambda link: then(self._agenda_html(link)),
            lambda _error: then(self._agenda_html()),  # the agenda all the same, no code
        )

    def share_agenda(self) -> None:
        window = self._window
        conference_id = window.store.conference_id
        if conference_id is None:
            return
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            window, self.tr("Share My Agenda"), self.tr("Your name, as colleagues will see it:")
        )
        if not ok:
            return
        target = window.ask_save_path(
            self.tr("Share My Agenda"),
            f"{self._slug()}.planner-agenda",
            self.tr("Planner agenda (*.planner-agenda)"),
        )
        if target is None:
            return
        window.runner.call(
            lambda core: core.sharing.export_agenda(conference_id, target, name),
            lambda count: self._saved(self._sessions_saved(count, target)),
            self._failed(self.tr("Sharing failed")),
        )
