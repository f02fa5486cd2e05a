"""The main window: layout and wiring only; behaviour lives in the controller and models."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QActionGroup, QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, __version__
from planner.domain.agenda import ConferenceInfo, Priority, TalkInfo
from planner.domain.errors import PlannerError
from planner.formats.builder import TimeZoneRequired
from planner.ui.actions import ActionId, create_actions
from planner.ui.controller import AgendaController
from planner.ui.delegates.star_delegate import StarDelegate
from planner.ui.dialogs.export import CalendarExportDialog
from planner.ui.dialogs.report import ImportReportDialog
from planner.ui.dialogs.timezone import TimeZoneDialog
from planner.ui.models.program_model import Column, NodeKind, ProgramModel
from planner.ui.printing import agenda_document, export_pdf, print_document
from planner.ui.widgets.details import DetailsPane, local_zone
from planner.ui.widgets.program_view import ProgramView
from planner.ui.workers import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from planner.domain.updates import ImportReport
    from planner.services import Planner

PROGRAM_FILTER = "Conference programs (*.json *.xml *.ics *.xcs);;All files (*)"


class NoticeBanner(QFrame):
    """A strip above the program for what the user must know (e.g. illustrative times)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setStyleSheet(
            "#noticeBanner { background: #fff4ce; border: 1px solid #e0c36a; "
            "border-radius: 4px; } #noticeBanner QLabel { color: #4a3b00; }"
        )
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            .pixmap(size, size)
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName("Program notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_notice(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


class MainWindow(QMainWindow):
    importFinished = Signal(object)  # ImportReport
    importFailed = Signal(str)
    overlaysChanged = Signal()

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[BackgroundTask] = []
        self.setAcceptDrops(True)
        self.planner = planner
        self.controller = AgendaController(planner, self)
        self.conference: ConferenceInfo | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.action_map = create_actions(self)
        self.model = ProgramModel(self)
        self.view = ProgramView(self)
        self.view.set_program_model(self.model)
        self.star_delegate = StarDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.STAR, self.star_delegate)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(Column.STAR, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.STAR, 52)
        header.resizeSection(Column.TIME, 96)
        header.resizeSection(Column.TITLE, 420)
        header.resizeSection(Column.TRACK, 170)
        header.resizeSection(Column.ROOM, 170)

        self.details = DetailsPane(self)
        self.banner = NoticeBanner(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 440])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self._build_menus()
        self._connect()

    # -- construction ------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.action_map
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(a[ActionId.IMPORT])
        file_menu.addAction(a[ActionId.IMPORT_URL])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.EXPORT_ICS])
        file_menu.addAction(a[ActionId.EXPORT_SESSION_ICS])
        file_menu.addAction(a[ActionId.EXPORT_PDF])
        file_menu.addAction(a[ActionId.PRINT])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.SHARE_AGENDA])
        file_menu.addAction(a[ActionId.OPEN_AGENDA])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        edit_menu = self.menuBar().addMenu("&Edit")
        undo = self.controller.undo_stack.createUndoAction(self, "&Undo")
        redo = self.controller.undo_stack.createRedoAction(self, "&Redo")
        undo.setShortcuts(a[ActionId.UNDO].shortcuts())
        redo.setShortcuts(a[ActionId.REDO].shortcuts())
        undo.setObjectName("action-undo")
        redo.setObjectName("action-redo")
        self.action_map[ActionId.UNDO] = undo
        self.action_map[ActionId.REDO] = redo
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        session_menu = self.menuBar().addMenu("&Session")
        for action_id in (
            ActionId.TOGGLE_STAR,
            ActionId.PRIORITY_MUST,
            ActionId.PRIORITY_WANT,
            ActionId.PRIORITY_MAYBE,
        ):
            action = a[action_id]
            session_menu.addAction(action)
            # Single-key shortcuts must not fire while typing in the note field.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        view_menu = self.menuBar().addMenu("&View")
        zones = QActionGroup(self)
        for action_id in (ActionId.TIMES_EVENT_ZONE, ActionId.TIMES_LOCAL_ZONE):
            zones.addAction(a[action_id])
            view_menu.addAction(a[action_id])
        a[ActionId.TIMES_EVENT_ZONE].setChecked(True)
        a[ActionId.TIMES_LOCAL_ZONE].setEnabled(local_zone() is not None)
        view_menu.addSeparator()
        view_menu.addAction(a[ActionId.EXPAND_ALL])
        view_menu.addAction(a[ActionId.FULL_SCREEN])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(a[ActionId.ABOUT])

    def _connect(self) -> None:
        a = self.action_map
        a[ActionId.IMPORT].triggered.connect(self.choose_import)
        a[ActionId.IMPORT_URL].triggered.connect(self.choose_import_url)
        a[ActionId.EXPORT_ICS].triggered.connect(self.export_calendar)
        a[ActionId.EXPORT_SESSION_ICS].triggered.connect(self.export_session_calendar)
        a[ActionId.EXPORT_PDF].triggered.connect(self.export_pdf)
        a[ActionId.PRINT].triggered.connect(self.print_agenda)
        a[ActionId.SHARE_AGENDA].triggered.connect(self.share_agenda)
        a[ActionId.OPEN_AGENDA].triggered.connect(self.open_colleague_agenda)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.TOGGLE_STAR].triggered.connect(self.toggle_current_star)
        a[ActionId.PRIORITY_MUST].triggered.connect(lambda: self.set_priority(Priority.MUST))
        a[ActionId.PRIORITY_WANT].triggered.connect(lambda: self.set_priority(Priority.WANT))
        a[ActionId.PRIORITY_MAYBE].triggered.connect(lambda: self.set_priority(Priority.MAYBE))
        a[ActionId.TIMES_EVENT_ZONE].triggered.connect(self._zone_changed)
        a[ActionId.TIMES_LOCAL_ZONE].triggered.connect(self._zone_changed)
        a[ActionId.EXPAND_ALL].triggered.connect(self.view.expandAll)
        a[ActionId.FULL_SCREEN].toggled.connect(self._full_screen)
        a[ActionId.ABOUT].triggered.connect(self._about)
        self.star_delegate.toggled.connect(self._star_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.controller.talkChanged.connect(self._talk_changed)
        self.details.starToggled.connect(self.controller.toggle_star)
        self.details.priorityChosen.connect(self.controller.set_priority)
        self.details.statusChosen.connect(self.controller.set_status)
        self.details.noteEdited.connect(self.controller.set_note)

    # -- content -----------------------------------------------------------------------
    def load_conference(self, conference_id: int | None = None) -> None:
        self.conference = self.planner.conference(conference_id)
        talks = self.planner.talks(self.conference.id)
        self.model.set_program(talks, self._display_zone())
        self.details.set_zones(self._display_zone(), local_zone())
        self.banner.set_notice(self.conference.notice)
        self.setWindowTitle(f"{self.conference.title} — {APP_NAME}")
        self._update_status()
        first_talk = self._first_talk_index()
        if first_talk.isValid():
            self.view.selectionModel().setCurrentIndex(
                first_talk,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.view.scrollToTop()
        self.view.setFocus()

    def _first_talk_index(self) -> QModelIndex:
        if self.model.rowCount() == 0:
            return QModelIndex()
        day = self.model.index(0, 0)
        slot = self.model.index(0, 0, day)
        return self.model.index(0, 0, slot)

    def _display_zone(self) -> ZoneInfo:
        if self.action_map[ActionId.TIMES_LOCAL_ZONE].isChecked():
            zone = local_zone()
            if zone is not None:
                return zone
        return self.conference.zone if self.conference else ZoneInfo("UTC")

    def _zone_changed(self) -> None:
        current = self.current_talk()
        self.model.set_zone(self._display_zone())
        self.details.set_zones(self._display_zone(), local_zone())
        if current is not None:
            self.select_key(current.key)

    def _update_status(self) -> None:
        talks = self.model.talks()
        starred = sum(1 for talk in talks if talk.star)
        self.status_label.setText(f"{len(talks)} sessions · {starred} starred")

    # -- selection and starring ----------------------------------------------------------
    def current_talk(self) -> TalkInfo | None:
        return self.model.talk_at(self.view.currentIndex())

    def select_key(self, key: str) -> None:
        index = self.model.index_of_key(key)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def toggle_current_star(self) -> None:
        talk = self.current_talk()
        if talk is not None:
            self.controller.toggle_star(talk)

    def set_priority(self, priority: Priority) -> None:
        talk = self.current_talk()
        if talk is not None:
            self.controller.set_priority(talk, priority)

    def _star_clicked(self, index: QPersistentModelIndex) -> None:
        talk = self.model.talk_at(index)
        if talk is not None:
            self.controller.toggle_star(talk)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind = self.model.kind_at(current)
        self.details.show_talk(self.model.talk_at(current) if kind is NodeKind.TALK else None)

    def _talk_changed(self, talk: TalkInfo) -> None:
        self.model.update_talk(talk)
        shown = self.details.talk
        if shown is not None and shown.key == talk.key:
            self.details.show_talk(talk)
        self._update_status()

    # -- import ------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a conference program", "", PROGRAM_FILTER
        )
        if path:
            self.start_import(path)

    def choose_import_url(self) -> None:
        url, ok = QInputDialog.getText(
            self, "Import from the web", "Address of the program (http:// or https://):"
        )
        if ok and url.strip():
            self.start_import(url.strip())

    def import_path(self, path: Path) -> None:
        self.start_import(str(path))

    def start_import(self, source: str, time_zone: str | None = None) -> None:
        """Import a file or URL off the UI thread, with a progress dialog."""
        progress = QProgressDialog(f"Importing {source}…", "", 0, 0, self)
        progress.setWindowTitle("Importing")
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        planner = self.planner

        def done(report: ImportReport) -> None:
            progress.close()
            self._import_done(report)

        def failed(error: BaseException) -> None:
            progress.close()
            if isinstance(error, TimeZoneRequired):
                zone = TimeZoneDialog.ask(source, self)
                if zone:
                    self.start_import(source, zone)
                    return
            self.importFailed.emit(str(error))
            self.show_error("Import failed", str(error))

        self._tasks.append(
            run_in_background(
                lambda: planner.import_source(source, time_zone=time_zone), done, failed, self
            )
        )
        self._tasks[-1].finished.connect(lambda task=self._tasks[-1]: self._tasks.remove(task))

    def _import_done(self, report: ImportReport) -> None:
        self.load_conference(report.conference_id)
        if report.unchanged:
            self.statusBar().showMessage(f"“{report.title}” is up to date.", 10_000)
        else:
            self.statusBar().showMessage(report.summary(), 15_000)
            if report.changes or report.warnings:
                ImportReportDialog.show_report(report, self)
        self.importFinished.emit(report)

    # -- export and sharing --------------------------------------------------------------
    def ask_save_path(self, title: str, suggestion: str, filter_text: str) -> Path | None:
        """Ask where to save (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, title, suggestion, filter_text)
        return Path(path) if path else None

    def ask_open_path(self, title: str, filter_text: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", filter_text)
        return Path(path) if path else None

    def _slug(self) -> str:
        title = self.conference.acronym or self.conference.title if self.conference else "agenda"
        return "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")

    def export_calendar(self) -> None:
        if self.conference is None:
            return
        options = CalendarExportDialog.ask(self)
        if options is None:
            return
        plan_b, alarm, live = options
        target = self.ask_save_path(
            "Export to Calendar", f"{self._slug()}-agenda.ics", "iCalendar (*.ics)"
        )
        if target is None:
            return
        try:
            if live:
                self.planner.set_live_calendar(
                    self.conference.id, target, include_plan_b=plan_b, alarm_minutes=alarm
                )
                if self.planner.live_error:
                    raise PlannerError(self.planner.live_error)
                message = f"{target} will follow your agenda."
            else:
                count = self.planner.export_ics(
                    self.conference.id, target, include_plan_b=plan_b, alarm_minutes=alarm
                )
                message = f"Saved {count} sessions to {target}."
        except (PlannerError, OSError) as error:
            self.show_error("Export failed", str(error))
            return
        self.statusBar().showMessage(message, 10_000)

    def export_session_calendar(self) -> None:
        talk = self.current_talk()
        if talk is None or self.conference is None:
            return
        target = self.ask_save_path(
            "Export Session", f"{talk.key.split(':')[-1]}.ics", "iCalendar (*.ics)"
        )
        if target is None:
            return
        try:
            self.planner.export_ics(self.conference.id, target, keys=[talk.key])
        except (PlannerError, OSError) as error:
            self.show_error("Export failed", str(error))
            return
        self.statusBar().showMessage(f"Saved “{talk.title}” to {target}.", 10_000)

    def export_pdf(self) -> None:
        if self.conference is None:
            return
        target = self.ask_save_path(
            "Export Pocket Agenda", f"{self._slug()}-agenda.pdf", "PDF (*.pdf)"
        )
        if target is None:
            return
        try:
            pages = export_pdf(self.planner, self.conference.id, target)
        except (PlannerError, OSError) as error:
            self.show_error("Export failed", str(error))
            return
        self.statusBar().showMessage(f"Saved {target} ({pages} pages).", 10_000)

    def print_agenda(self) -> None:
        if self.conference is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_document(agenda_document(self.planner, self.conference.id), printer)

    def share_agenda(self) -> None:
        if self.conference is None:
            return
        name, ok = QInputDialog.getText(
            self, "Share My Agenda", "Your name, as colleagues will see it:"
        )
        if not ok:
            return
        target = self.ask_save_path(
            "Share My Agenda", f"{self._slug()}.planner-agenda", "Planner agenda (*.planner-agenda)"
        )
        if target is None:
            return
        try:
            count = self.planner.export_agenda(self.conference.id, target, name)
        except (PlannerError, OSError) as error:
            self.show_error("Sharing failed", str(error))
            return
        self.statusBar().showMessage(f"Saved {count} sessions to {target}.", 10_000)

    def open_colleague_agenda(self) -> None:
        path = self.ask_open_path(
            "Open a Colleague's Agenda", "Agendas (*.planner-agenda *.ics);;All files (*)"
        )
        if path is None or self.conference is None:
            return
        try:
            result = self.planner.import_agenda(path, self.conference.id)
        except PlannerError as error:
            self.show_error("Cannot open this agenda", str(error))
            return
        lines = [f"{result.overlay.name} attends {len(result.overlay.attending())} sessions."]
        if result.unmatched:
            lines.append(
                "Not in this program: " + "; ".join(s.title for s in result.unmatched[:10])
            )
        if result.other_program_version:
            lines.append("It was made from another version of the program.")
        self.overlaysChanged.emit()
        self.statusBar().showMessage(" ".join(lines), 15_000)

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.start_import(url.toLocalFile() if url.isLocalFile() else url.toString())
        event.acceptProposedAction()

    # -- window ------------------------------------------------------------------------
    def _full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><br>Plan your conference agenda "
            "offline: star sessions, resolve clashes, export to your calendar.",
        )
