"""The main window: layout and wiring only; behaviour lives in the controller and models."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, __version__
from planner.domain.agenda import ConferenceInfo, Priority, Status, TalkInfo
from planner.domain.errors import Cancelled, PlannerError
from planner.formats.builder import TimeZoneRequired
from planner.ui.actions import ActionId, create_actions
from planner.ui.controller import AgendaController
from planner.ui.delegates.star_delegate import StarDelegate
from planner.ui.delegates.text_delegate import OneLineTextDelegate
from planner.ui.dialogs.export import CalendarExportDialog
from planner.ui.dialogs.report import ImportReportDialog
from planner.ui.dialogs.resolve import (
    AutoResolvePreview,
    BusyBlockDialog,
    ConflictSettingsDialog,
)
from planner.ui.dialogs.timezone import TimeZoneDialog
from planner.ui.models.agenda_model import AgendaModel
from planner.ui.models.program_model import Column, ProgramModel
from planner.ui.models.session_table import (
    Filters,
    SessionFilterProxy,
    SessionTableModel,
    TableColumn,
)
from planner.ui.models.speakers_model import SpeakersModel
from planner.ui.plain import show_message
from planner.ui.printing import agenda_document, export_pdf, print_document
from planner.ui.reminders import Reminders
from planner.ui.roles import Role
from planner.ui.state import SessionStore
from planner.ui.widgets.details import DetailsPane, local_zone
from planner.ui.widgets.filter_bar import FilterBar
from planner.ui.widgets.program_view import ProgramView
from planner.ui.widgets.timetable import TimetableView
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
    importCancelled = Signal(str)  # the source
    overlaysChanged = Signal()

    def __init__(
        self, planner: Planner, parent: QWidget | None = None, settings_path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = (
            QSettings(str(settings_path), QSettings.Format.IniFormat)
            if settings_path is not None
            else QSettings()
        )
        self._tasks: list[BackgroundTask] = []
        self._import_progress: QProgressDialog | None = None
        self.setAcceptDrops(True)
        self.planner = planner
        self.controller = AgendaController(planner, self)
        self.conference: ConferenceInfo | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.action_map = create_actions(self)
        self.store = SessionStore(planner, self)
        self.current_key = ""
        self._filters_active = False
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

        # List: every session in a sortable, filterable table.
        self.table_model = SessionTableModel(self.store, self)
        self.table_proxy = SessionFilterProxy(self)
        self.table_proxy.setSourceModel(self.table_model)
        self.table = QTableView(self)
        self.table.setObjectName("sessionTable")
        self.table.setAccessibleName("Sessions")
        self.table.setModel(self.table_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TableColumn.DAY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table_text = OneLineTextDelegate(self.table)
        self.table.setItemDelegate(self.table_text)
        self.table_star = StarDelegate(self.table)
        self.table.setItemDelegateForColumn(TableColumn.STAR, self.table_star)
        table_header = self.table.horizontalHeader()
        table_header.setStretchLastSection(True)
        for column, width in (
            (TableColumn.STAR, 40),
            (TableColumn.DAY, 90),
            (TableColumn.TIME, 90),
            (TableColumn.TITLE, 380),
            (TableColumn.TRACK, 150),
            (TableColumn.ROOM, 150),
        ):
            table_header.resizeSection(column, width)

        # Timetable: one day at a time, rooms as columns.
        self.timetable = TimetableView(self.store, self)
        self.timetable_day = QComboBox(self)
        self.timetable_day.setAccessibleName("Timetable day")
        timetable_box = QWidget(self)
        timetable_bar = QHBoxLayout()
        timetable_bar.addWidget(QLabel("Day:", self))
        timetable_bar.addWidget(self.timetable_day)
        zoom_out = QToolButton(self)
        zoom_out.setText("−")
        zoom_out.setAccessibleName("Zoom out")
        zoom_in = QToolButton(self)
        zoom_in.setText("+")
        zoom_in.setAccessibleName("Zoom in")
        zoom_out.clicked.connect(lambda: self.timetable.set_zoom(self.timetable.zoom / 1.25))
        zoom_in.clicked.connect(lambda: self.timetable.set_zoom(self.timetable.zoom * 1.25))
        timetable_bar.addStretch(1)
        timetable_bar.addWidget(QLabel("Zoom:", self))
        timetable_bar.addWidget(zoom_out)
        timetable_bar.addWidget(zoom_in)
        timetable_layout = QVBoxLayout(timetable_box)
        timetable_layout.setContentsMargins(0, 0, 0, 0)
        timetable_layout.addLayout(timetable_bar)
        timetable_layout.addWidget(self.timetable, 1)

        # My agenda: what I attend, clashes to settle, free time with suggestions.
        self.agenda_model = AgendaModel(self.store, self)
        self.agenda_view = QTreeView(self)
        self.agenda_view.setObjectName("agendaView")
        self.agenda_view.setAccessibleName("My agenda")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setUniformRowHeights(True)
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_view.header().resizeSection(0, 150)
        self.agenda_view.header().resizeSection(1, 520)
        self.attend_button = QPushButton("Attend This", self)
        self.attend_button.setAccessibleName("Attend the selected session; others become plan B")
        self.auto_button = QPushButton("Auto-resolve…", self)
        self.settings_button = QPushButton("Walking Time…", self)
        self.busy_button = QPushButton("Add Busy Block…", self)
        self.unbusy_button = QPushButton("Remove Busy Block", self)
        agenda_bar = QHBoxLayout()
        for button in (
            self.attend_button,
            self.auto_button,
            self.settings_button,
            self.busy_button,
            self.unbusy_button,
        ):
            agenda_bar.addWidget(button)
        agenda_bar.addStretch(1)
        agenda_box = self.agenda_box = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addLayout(agenda_bar)
        agenda_layout.addWidget(self.agenda_view, 1)

        # Speakers and their sessions.
        self.speakers_model = SpeakersModel(self.store, self)
        self.speakers_view = QTreeView(self)
        self.speakers_view.setObjectName("speakersView")
        self.speakers_view.setAccessibleName("Speakers")
        self.speakers_view.setModel(self.speakers_model)
        self.speakers_view.setUniformRowHeights(True)
        self.speakers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.speakers_view.header().resizeSection(0, 460)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("views")
        self.tabs.addTab(self.view, "&Program")
        self.tabs.addTab(self.table, "&List")
        self.tabs.addTab(timetable_box, "&Timetable")
        self.tabs.addTab(agenda_box, "My &Agenda")
        self.tabs.addTab(self.speakers_view, "Spea&kers")

        self.filter_bar = FilterBar(self.store, self)
        self.conference_switcher = QComboBox(self)
        self.conference_switcher.setAccessibleName("Conference")
        self.conference_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        toolbar = self.addToolBar("Conference")
        toolbar.setObjectName("conferenceToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" Conference: ", self))
        toolbar.addWidget(self.conference_switcher)

        self.details = DetailsPane(self)
        self.banner = NoticeBanner(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([860, 420])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self.reminders = Reminders(self.store, self)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.reminders.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.reminders.tray.setToolTip(APP_NAME)
            self.reminders.tray.show()
        self.reminders.reminded.connect(
            lambda _key, message: self.statusBar().showMessage(message, 60_000)
        )

        self._build_menus()
        self._connect()
        self._restore_settings()

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
            for view in (
                self.view,
                self.table,
                self.timetable,
                self.agenda_view,
                self.speakers_view,
            ):
                view.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(a[ActionId.FIND])
        view_menu = self.menuBar().addMenu("&View")
        for action_id in (
            ActionId.VIEW_PROGRAM,
            ActionId.VIEW_LIST,
            ActionId.VIEW_TIMETABLE,
            ActionId.VIEW_AGENDA,
            ActionId.VIEW_SPEAKERS,
        ):
            view_menu.addAction(a[action_id])
        view_menu.addSeparator()
        zones = QActionGroup(self)
        for action_id in (ActionId.TIMES_EVENT_ZONE, ActionId.TIMES_LOCAL_ZONE):
            zones.addAction(a[action_id])
            view_menu.addAction(a[action_id])
        a[ActionId.TIMES_EVENT_ZONE].setChecked(True)
        a[ActionId.TIMES_LOCAL_ZONE].setEnabled(local_zone() is not None)
        view_menu.addSeparator()
        view_menu.addAction(a[ActionId.EXPAND_ALL])
        view_menu.addSeparator()
        reminders = view_menu.addMenu("&Reminders")
        self.reminder_toggle = reminders.addAction("Remind Me Before Sessions")
        self.reminder_toggle.setCheckable(True)
        self.reminder_toggle.toggled.connect(self._reminders_toggled)
        lead = QActionGroup(self)
        self.reminder_lead: dict[int, QAction] = {}
        for minutes in (5, 10, 15, 30):
            choice = reminders.addAction(f"{minutes} Minutes Before")
            choice.setCheckable(True)
            lead.addAction(choice)
            choice.triggered.connect(lambda _=False, m=minutes: self._reminder_minutes(m))
            self.reminder_lead[minutes] = choice
        view_menu.addAction(a[ActionId.FULL_SCREEN])
        self.colleagues_menu = self.menuBar().addMenu("&Colleagues")
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
        a[ActionId.OPEN_AGENDA].triggered.connect(lambda: self.open_colleague_agenda())
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
        a[ActionId.FIND].triggered.connect(self.focus_search)
        for number, action_id in enumerate(
            (
                ActionId.VIEW_PROGRAM,
                ActionId.VIEW_LIST,
                ActionId.VIEW_TIMETABLE,
                ActionId.VIEW_AGENDA,
                ActionId.VIEW_SPEAKERS,
            )
        ):
            a[action_id].triggered.connect(lambda _=False, n=number: self.tabs.setCurrentIndex(n))
        self.star_delegate.toggled.connect(self._star_clicked)
        self.table_star.toggled.connect(self._star_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.agenda_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.speakers_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.timetable.currentKeyChanged.connect(self._show_key)
        self.timetable.activated.connect(self._toggle_key)
        self.timetable_day.currentIndexChanged.connect(self._timetable_day_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_bar.search.returnPressed.connect(self.filter_bar.flush)
        self.conference_switcher.activated.connect(self._conference_chosen)
        self.controller.talkChanged.connect(self.store.update_talk)
        self.controller.failed.connect(self.show_error)
        self.controller.statusesChanged.connect(self.store.refresh_stars)
        self.store.reset.connect(self._store_reset)
        self.store.talkChanged.connect(self._store_talk_changed)
        self.store.conflictsChanged.connect(self._update_status)
        self.agenda_model.modelReset.connect(self._expand_agenda)
        self.details.starToggled.connect(self.controller.toggle_star)
        self.details.priorityChosen.connect(self.controller.set_priority)
        self.details.statusChosen.connect(self.controller.set_status)
        self.details.noteEdited.connect(self.controller.set_note)
        self.attend_button.clicked.connect(self.attend_selected)
        self.auto_button.clicked.connect(self.auto_resolve)
        self.settings_button.clicked.connect(self.edit_conflict_settings)
        self.busy_button.clicked.connect(self.add_busy_block)
        self.unbusy_button.clicked.connect(self.remove_busy_block)
        self.overlaysChanged.connect(self.store.reload_overlays)
        self.store.overlaysChanged.connect(self._rebuild_colleagues_menu)

    # -- content -----------------------------------------------------------------------
    def load_conference(self, conference_id: int | None = None) -> None:
        self.store.load(conference_id)
        self.conference = self.store.conference
        assert self.conference is not None
        if self._display_zone() != self.store.zone:
            self.store.set_display_zone(self._display_zone())
        self.details.set_zones(self._display_zone(), local_zone())
        self.banner.set_notice(self.conference.notice)
        self.setWindowTitle(f"{self.conference.title} — {APP_NAME}")
        self._refresh_conference_switcher()
        first_talk = self._first_talk_index()
        if first_talk.isValid():
            self.view.selectionModel().setCurrentIndex(
                first_talk,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.view.scrollToTop()
        self.view.setFocus()

    def _store_reset(self) -> None:
        self.model.set_program(self.store.talks, self.store.zone)
        self.timetable_day.blockSignals(True)
        self.timetable_day.clear()
        for day in self.timetable.days():
            self.timetable_day.addItem(f"{day:%A %d %B}", day)
        if self.timetable.day is not None:
            self.timetable_day.setCurrentIndex(
                max(0, self.timetable_day.findData(self.timetable.day))
            )
        self.timetable_day.blockSignals(False)
        self._expand_agenda()
        self._rebuild_colleagues_menu()
        self._update_status()

    def _expand_agenda(self) -> None:
        for row in range(self.agenda_model.rowCount()):
            self.agenda_view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.agenda_view.expandAll()

    def _store_talk_changed(self, key: str) -> None:
        talk = self.store.talk(key)
        if talk is None:
            return
        self.model.update_talk(talk)
        shown = self.details.talk
        if shown is not None and shown.key == key:
            self.details.show_talk(talk)
        self._update_status()

    def _refresh_conference_switcher(self) -> None:
        self.conference_switcher.blockSignals(True)
        self.conference_switcher.clear()
        for conference in self.planner.catalog.conferences():
            self.conference_switcher.addItem(conference.title, conference.id)
        if self.conference is not None:
            self.conference_switcher.setCurrentIndex(
                self.conference_switcher.findData(self.conference.id)
            )
        self.conference_switcher.setEnabled(self.conference_switcher.count() > 1)
        self.conference_switcher.blockSignals(False)

    def _conference_chosen(self, row: int) -> None:
        conference_id = self.conference_switcher.itemData(row)
        if conference_id is not None and (
            self.conference is None or conference_id != self.conference.id
        ):
            self.load_conference(conference_id)

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
        current = self.current_key
        self.store.set_display_zone(self._display_zone())
        self.details.set_zones(self._display_zone(), local_zone())
        if current:
            self.select_key(current)

    def _update_status(self) -> None:
        talks = self.store.talks
        starred = sum(1 for talk in talks if talk.star)
        clashes = len(self.store.detection.sets) if self.store.detection else 0
        text = f"{len(talks)} sessions · {starred} starred"
        if clashes:
            text += f" · {clashes} clash" + ("es" if clashes > 1 else "")
        self.status_label.setText(text)

    # -- views, search and filters -------------------------------------------------------
    def focus_search(self) -> None:
        if self.tabs.currentIndex() not in (1, 2):
            self.tabs.setCurrentIndex(1)
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _tab_changed(self, index: int) -> None:
        self.filter_bar.setVisible(index in (1, 2))  # the List and the Timetable filter
        self.agenda_model.set_active(self.tabs.widget(index) is self.agenda_box)
        if index == 2:
            self._fade_unmatched()

    def _filters_changed(self, filters: Filters) -> None:
        self.table_proxy.set_filters(filters)
        self._filters_active = filters != Filters()
        if self.tabs.currentIndex() == 2:
            self._fade_unmatched()
        if filters.day is not None and filters.day != self.timetable.day:
            self.timetable.set_day(filters.day)
            self.timetable_day.setCurrentIndex(self.timetable_day.findData(filters.day.isoformat()))
        self.statusBar().showMessage(
            f"{self.table_proxy.rowCount()} of {self.table_model.rowCount()} sessions match"
            if self._filters_active
            else "",
            5000,
        )

    def _fade_unmatched(self) -> None:
        """The timetable fades what the search and filters leave out."""
        self.timetable.set_visible_keys(
            self.table_proxy.accepted_keys() if self._filters_active else None
        )

    def _timetable_day_chosen(self, row: int) -> None:
        day = self.timetable_day.itemData(row)
        if day:
            self.timetable.set_day(date.fromisoformat(day))

    # -- selection and starring ----------------------------------------------------------
    def current_talk(self) -> TalkInfo | None:
        return self.store.talk(self.current_key) if self.current_key else None

    def select_key(self, key: str) -> None:
        self.current_key = key
        index = self.model.index_of_key(key)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.timetable.select_key(key, ensure_visible=True)
        self._show_key(key)

    def toggle_current_star(self) -> None:
        talk = self.current_talk()
        if talk is not None:
            self.controller.toggle_star(talk)

    def set_priority(self, priority: Priority) -> None:
        talk = self.current_talk()
        if talk is not None:
            self.controller.set_priority(talk, priority)

    def _star_clicked(self, index: QPersistentModelIndex) -> None:
        key = index.data(Role.KEY)
        if key:
            self._toggle_key(key)

    def _toggle_key(self, key: str) -> None:
        talk = self.store.talk(key)
        if talk is not None:
            self.controller.toggle_star(talk)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(Role.KEY) if current.isValid() else None
        if isinstance(key, str) and not key.startswith("busy:"):
            self._show_key(key)
        elif current.isValid() and self.sender() is self.view.selectionModel():
            self.details.show_talk(None)

    def _show_key(self, key: str) -> None:
        self.current_key = key
        self.details.show_talk(self.store.talk(key))

    # -- my agenda: clashes, busy blocks, colleagues ---------------------------------------
    def attend_selected(self) -> None:
        index = self.agenda_view.currentIndex()
        key = index.data(Role.KEY) if index.isValid() else None
        if not isinstance(key, str) or key.startswith("busy:") or self.conference is None:
            self.statusBar().showMessage("Select a session in a clash (or a plan B) first.", 5000)
            return
        changes = self.controller.resolve_keep(self.conference.id, key)
        chosen = self.store.talk(key)
        moved = sum(1 for _, new in changes.values() if new is Status.PLAN_B)
        self.statusBar().showMessage(
            f"Attending “{chosen.title if chosen else key}”; {moved} moved to plan B.", 8000
        )

    def auto_resolve(self) -> None:
        if self.conference is None:
            return
        resolution = self.planner.agenda.resolve_auto(self.conference.id, dry_run=True).value
        if not AutoResolvePreview.confirm(resolution, self):
            return
        self.controller.apply_resolution(
            self.conference.id, {d.key: (d.previous, d.status) for d in resolution.changes}
        )

    def edit_conflict_settings(self) -> None:
        if self.conference is None:
            return
        chosen = ConflictSettingsDialog.ask(
            self.planner.agenda.conflict_settings(self.conference.id), self
        )
        if chosen is not None:
            self.planner.agenda.set_conflict_settings(self.conference.id, chosen)
            self.store.reload_busy()

    def add_busy_block(self) -> None:
        if self.conference is None:
            return
        talk = self.current_talk()
        start = (
            talk.start
            if talk
            else min((t.start for t in self.store.talks), default=datetime.now(UTC))
        )
        block = BusyBlockDialog.ask(self.conference.zone, start, self)
        if block is None:
            return
        title, begin, end = block
        try:
            self.planner.agenda.add_busy(self.conference.id, title, begin, end)
        except PlannerError as error:
            self.show_error("Cannot add this busy block", str(error))
            return
        self.store.reload_busy()

    def remove_busy_block(self) -> None:
        index = self.agenda_view.currentIndex()
        key = index.data(Role.KEY) if index.isValid() else None
        if not isinstance(key, str) or not key.startswith("busy:"):
            self.statusBar().showMessage("Select one of your busy blocks first.", 5000)
            return
        self.planner.agenda.remove_busy(int(key.split(":", 1)[1]))
        self.store.reload_busy()

    def _rebuild_colleagues_menu(self) -> None:
        menu = self.colleagues_menu
        menu.clear()
        menu.addAction(self.action_map[ActionId.OPEN_AGENDA])
        menu.addAction(self.action_map[ActionId.SHARE_AGENDA])
        for overlay in self.store.overlays:
            sub = menu.addMenu(overlay.name)
            show = sub.addAction("Show in My Agenda and the Timetable")
            show.setCheckable(True)
            show.setChecked(overlay.visible)
            show.toggled.connect(lambda on, o=overlay.id: self._set_overlay_visible(o, on))
            merge = sub.addAction("Star Their Sessions (as Maybe)")
            merge.triggered.connect(lambda _=False, o=overlay.id: self.merge_overlay(o))
            compare = sub.addAction("Compare With Mine…")
            compare.triggered.connect(lambda _=False, o=overlay.id: self.compare_overlay(o))
            remove = sub.addAction("Remove")
            remove.triggered.connect(lambda _=False, o=overlay.id: self.remove_overlay(o))

    def _set_overlay_visible(self, overlay_id: int, visible: bool) -> None:
        self.planner.sharing.set_overlay_visible(overlay_id, visible)
        self.store.reload_overlays()

    def merge_overlay(self, overlay_id: int) -> None:
        if self.conference is None:
            return
        added = self.controller.merge_overlay(overlay_id, self.conference.id)
        self.statusBar().showMessage(f"Starred {len(added)} of their sessions as maybe.", 8000)

    def compare_overlay(self, overlay_id: int) -> None:
        comparison = self.planner.sharing.compare(overlay_id)
        zone = self.store.zone

        def titles(keys: tuple[str, ...]) -> str:
            found = [self.store.talk(k) for k in keys]
            return "\n".join(f"  • {t.title}" for t in found if t is not None) or "  (none)"

        free = (
            "\n".join(
                f"  • {a.astimezone(zone):%a %H:%M}–{b.astimezone(zone):%H:%M}"
                for a, b in comparison.common_free
            )
            or "  (none)"
        )
        name = comparison.overlay.name
        show_message(
            self,
            QMessageBox.Icon.Information,
            f"You and {name}",
            f"Together:\n{titles(comparison.shared)}\n\nOnly you:\n"
            f"{titles(comparison.only_mine)}\n\nOnly {name}:\n"
            f"{titles(comparison.only_theirs)}\n\nFree at the same time:\n{free}",
        )

    def remove_overlay(self, overlay_id: int) -> None:
        self.planner.sharing.remove_overlay(overlay_id)
        self.store.reload_overlays()

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

    def open_path(self, path: Path) -> None:
        """A file given on the command line or dropped: an agenda opens as a colleague's
        overlay, anything else is imported as a program."""
        try:
            with path.open("rb") as handle:
                head = handle.read(4096)
        except OSError:
            head = b""
        if path.name.endswith(".planner-agenda") or b'"planner-agenda"' in head:
            self.open_colleague_agenda(path)
        else:
            self.import_path(path)

    def start_import(self, source: str, time_zone: str | None = None) -> None:
        """Import a file or URL off the UI thread, with a progress dialog that can cancel
        it (a slow server must never hold the window hostage)."""
        progress = QProgressDialog(f"Importing {source}…", "Cancel", 0, 0, self)
        progress.setWindowTitle("Importing")
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        stop = threading.Event()
        planner = self.planner

        def cancel() -> None:
            stop.set()
            self.statusBar().showMessage(f"Import of {source} cancelled.", 10_000)
            self.importCancelled.emit(source)

        progress.canceled.connect(cancel)

        def done(report: ImportReport) -> None:
            progress.close()
            self._import_done(report)  # finished before the cancel could stop it

        def failed(error: BaseException) -> None:
            progress.close()
            if isinstance(error, Cancelled):
                return  # already said so when the user pressed Cancel
            if isinstance(error, TimeZoneRequired):
                zone = TimeZoneDialog.ask(source, self)
                if zone:
                    self.start_import(source, zone)
                    return
            self.importFailed.emit(str(error))
            self.show_error("Import failed", str(error))

        self._tasks.append(
            run_in_background(
                lambda: (
                    planner.imports.source(source, time_zone=time_zone, cancelled=stop.is_set).value
                ),
                done,
                failed,
                self,
            )
        )
        self._tasks[-1].finished.connect(lambda task=self._tasks[-1]: self._tasks.remove(task))
        self._import_progress = progress

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
                chosen = self.planner.exports.set_live_calendar(
                    self.conference.id, target, include_plan_b=plan_b, alarm_minutes=alarm
                )
                for problem in chosen.problems:
                    raise PlannerError(problem.message)
                message = f"{target} will follow your agenda."
            else:
                count = self.planner.exports.ics(
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
            self.planner.exports.ics(self.conference.id, target, keys=[talk.key])
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
            count = self.planner.sharing.export_agenda(self.conference.id, target, name)
        except (PlannerError, OSError) as error:
            self.show_error("Sharing failed", str(error))
            return
        self.statusBar().showMessage(f"Saved {count} sessions to {target}.", 10_000)

    def open_colleague_agenda(self, path: Path | None = None) -> None:
        if path is None:
            path = self.ask_open_path(
                "Open a Colleague's Agenda", "Agendas (*.planner-agenda *.ics);;All files (*)"
            )
        if path is None or self.conference is None:
            return
        try:
            result = self.planner.sharing.import_agenda(path, self.conference.id).value
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

    # -- settings ----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = self.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.tabs.setCurrentIndex(int(str(settings.value("window/view", 0))))
        self._tab_changed(self.tabs.currentIndex())
        self.timetable.zoom = float(str(settings.value("timetable/zoom", 1.0)))
        enabled = str(settings.value("reminders/enabled", "true")).lower() == "true"
        minutes = int(str(settings.value("reminders/minutes", 10)))
        self.reminders.enabled = enabled
        self.reminders.minutes = minutes
        self.reminder_toggle.setChecked(enabled)
        if minutes in self.reminder_lead:
            self.reminder_lead[minutes].setChecked(True)

    def save_settings(self) -> None:
        settings = self.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/view", self.tabs.currentIndex())
        settings.setValue("timetable/zoom", self.timetable.zoom)
        settings.setValue("reminders/enabled", "true" if self.reminders.enabled else "false")
        settings.setValue("reminders/minutes", self.reminders.minutes)
        settings.sync()

    def _reminders_toggled(self, on: bool) -> None:
        self.reminders.enabled = on

    def _reminder_minutes(self, minutes: int) -> None:
        self.reminders.minutes = minutes

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def show_error(self, title: str, text: str) -> None:
        show_message(self, QMessageBox.Icon.Warning, title, text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(Path(url.toLocalFile()))
            else:
                self.start_import(url.toString())
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
