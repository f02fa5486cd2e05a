"""The main window: layout and wiring only.

What the window shows lives in the `SessionStore` and the models that follow it; what the
user can do is declared in `planner.ui.actions` and carried out by the flows
(`planner.ui.flows`: import, export, colleagues, My Agenda's commands) and the
`AgendaController` (stars), all through the one `OperationRunner`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, __version__
from planner.ui import drops, window_settings
from planner.ui.actions import CONTEXT as ACTIONS_CONTEXT
from planner.ui.actions import LANGUAGE_CHOICE, MENUS, SPECS, ActionId, Actions
from planner.ui.appearance import AppearanceSetting
from planner.ui.controller import AgendaController
from planner.ui.delegates.star_delegate import StarDelegate
from planner.ui.delegates.text_delegate import OneLineTextDelegate
from planner.ui.dialogs.shortcuts import ShortcutsDialog
from planner.ui.flows.agenda import AgendaFlow
from planner.ui.flows.calendars import CalendarsFlow
from planner.ui.flows.colleagues import ColleaguesFlow
from planner.ui.flows.exports import ExportFlow
from planner.ui.flows.imports import ImportFlow
from planner.ui.flows.phone import PhoneFlow
from planner.ui.i18n import LanguageMenu, arg, translated
from planner.ui.locale_format import Formats
from planner.ui.models.agenda_model import AgendaModel
from planner.ui.models.program_model import Column, ProgramModel
from planner.ui.models.session_table import (
    Filters,
    SessionFilterProxy,
    SessionTableModel,
    TableColumn,
)
from planner.ui.models.speakers_model import SpeakersModel
from planner.ui.operations import OperationRunner, RevisionWatcher
from planner.ui.plain import show_message
from planner.ui.reminders import Reminders
from planner.ui.roles import Role
from planner.ui.selection import Selection
from planner.ui.state import SessionStore
from planner.ui.tabs import Tab
from planner.ui.widgets.agenda_hint import AgendaHint
from planner.ui.widgets.details import DetailsPane, local_zone
from planner.ui.widgets.filter_bar import FilterBar
from planner.ui.widgets.legend import Legend
from planner.ui.widgets.program_view import ProgramView
from planner.ui.widgets.timetable import TimetableView

if TYPE_CHECKING:
    from collections.abc import Callable
    from zoneinfo import ZoneInfo

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack

    from planner.domain.agenda import ConferenceInfo, Priority, TalkInfo
    from planner.domain.view import StartupView
    from planner.ui.core import CoreHandle


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
        self.label.setAccessibleName(self.tr("Program notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_notice(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


def _button(action_id: ActionId, actions: Actions, parent: QWidget) -> QToolButton:
    """A push-button look for a registry action (its text, tip and handler)."""
    button = QToolButton(parent)
    button.setDefaultAction(actions[action_id])
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if SPECS[action_id].accessible:
        button.setAccessibleName(translated(ACTIONS_CONTEXT, SPECS[action_id].accessible))
    return button


class MainWindow(QMainWindow):
    imports: ImportFlow
    exports: ExportFlow
    calendars: CalendarsFlow
    colleagues: ColleaguesFlow
    phone: PhoneFlow
    agenda_flow: AgendaFlow
    view: ProgramView
    details: DetailsPane
    filter_bar: FilterBar
    language_menu: LanguageMenu

    def __init__(
        self,
        core: CoreHandle,
        database: Path,
        parent: QWidget | None = None,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = (
            QSettings(str(settings_path), QSettings.Format.IniFormat)
            if settings_path is not None
            else QSettings()
        )
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = AppearanceSetting(app, self.settings, self)
        self.setAcceptDrops(True)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        self.core = core
        self.store = SessionStore(self)
        self.runner = OperationRunner(core, self.store, self)
        self.watcher = RevisionWatcher(self.runner, database, parent=self)
        self.controller = AgendaController(self.runner)
        self.selection = Selection(self)
        self._fitted = False
        self._filters_active = False
        self.commands = Actions(self)
        self.action_map = self.commands.map

        self._build_views()
        self._build_layout()
        self.reminders = Reminders(self.store, self)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.reminders.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.reminders.tray.setToolTip(APP_NAME)
            self.reminders.tray.show()
        self._build_menus()
        self.imports = ImportFlow(self)
        self.exports = ExportFlow(self)
        self.colleagues = ColleaguesFlow(self, self.colleagues_menu)
        self.phone = PhoneFlow(self)
        self.agenda_flow = AgendaFlow(self)
        self.calendars = CalendarsFlow(self)
        self._connect()
        self._restore_settings()
        self.commands.refresh_enabled()

    # -- construction ------------------------------------------------------------------
    def _build_views(self) -> None:
        store, actions = self.store, self.commands
        # Program: day → time slot → session.
        self.model = ProgramModel(store, self)
        self.view = ProgramView(self)
        self.view.set_program_model(self.model)
        self.star_delegate = StarDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.STAR, self.star_delegate)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(Column.STAR, QHeaderView.ResizeMode.Fixed)
        for column, width in (
            (Column.STAR, 52),
            (Column.TIME, 96),
            (Column.TITLE, 420),
            (Column.TRACK, 170),
            (Column.ROOM, 170),
        ):
            header.resizeSection(column, width)

        # List: every session in a sortable, filterable table.
        self.table_model = SessionTableModel(store, self)
        self.table_proxy = SessionFilterProxy(self)
        self.table_proxy.setSourceModel(self.table_model)
        self.table = QTableView(self)
        self.table.setObjectName("sessionTable")
        self.table.setAccessibleName(self.tr("Sessions"))
        # Tab leaves the list (the arrows move within it), as it leaves every other view.
        self.table.setTabKeyNavigation(False)
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
        for table_column, width in (
            (TableColumn.STAR, 40),
            (TableColumn.DAY, 90),
            (TableColumn.TIME, 90),
            (TableColumn.TITLE, 380),
            (TableColumn.TRACK, 150),
            (TableColumn.ROOM, 150),
        ):
            table_header.resizeSection(table_column, width)

        # Timetable: one day at a time, rooms as columns.
        self.timetable = TimetableView(store, self)
        self.timetable_day = QComboBox(self)
        self.timetable_day.setAccessibleName(self.tr("Timetable day"))
        self.timetable_box = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day:"), self))
        bar.addWidget(self.timetable_day)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Zoom:"), self))
        bar.addWidget(_button(ActionId.ZOOM_OUT, actions, self))
        bar.addWidget(_button(ActionId.ZOOM_IN, actions, self))
        layout = QVBoxLayout(self.timetable_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.timetable, 1)

        # My agenda: what I attend, clashes to settle, free time with suggestions.
        self.agenda_model = AgendaModel(store, self)
        self.agenda_view = QTreeView(self)
        self.agenda_view.setObjectName("agendaView")
        self.agenda_view.setAccessibleName(self.tr("My agenda"))
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setUniformRowHeights(True)
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_view.header().resizeSection(0, 150)
        self.agenda_view.header().resizeSection(1, 520)
        # A tool bar, not a row of buttons: on a narrow window (or in a language with long
        # words) what does not fit goes under its » menu instead of widening the window.
        commands = QToolBar(self)
        commands.setObjectName("agendaCommands")
        commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons = []
        for action_id in (
            ActionId.ATTEND,
            ActionId.AUTO_RESOLVE,
            ActionId.WALKING_TIME,
            ActionId.ADD_BUSY,
            ActionId.REMOVE_BUSY,
        ):
            commands.addAction(actions[action_id])
            button = commands.widgetForAction(actions[action_id])
            assert isinstance(button, QToolButton)
            button.setAutoRaise(False)  # they look like the buttons they are
            if SPECS[action_id].accessible:
                button.setAccessibleName(translated(ACTIONS_CONTEXT, SPECS[action_id].accessible))
            buttons.append(button)
        more = commands.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(self.tr("More commands"))
        self.attend_button, self.auto_button, self.settings_button, self.busy_button = buttons[:4]
        self.agenda_box = QWidget(self)
        self.agenda_hint = AgendaHint(store, self.agenda_box)
        layout = QVBoxLayout(self.agenda_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(commands)
        layout.addWidget(self.agenda_hint)
        layout.addWidget(self.agenda_view, 1)

        # Speakers and their sessions.
        self.speakers_model = SpeakersModel(store, self)
        self.speakers_view = QTreeView(self)
        self.speakers_view.setObjectName("speakersView")
        self.speakers_view.setAccessibleName(self.tr("Speakers"))
        self.speakers_view.setModel(self.speakers_model)
        self.speakers_view.setUniformRowHeights(True)
        self.speakers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.speakers_view.header().resizeSection(0, 460)

    def _build_layout(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("views")
        pages = {
            Tab.PROGRAM: (self.view, self.tr("&Program")),
            Tab.LIST: (self.table, self.tr("&List")),
            Tab.TIMETABLE: (self.timetable_box, self.tr("&Timetable")),
            Tab.AGENDA: (self.agenda_box, self.tr("My &Agenda")),
            Tab.SPEAKERS: (self.speakers_view, self.tr("Spea&kers")),
        }
        for tab in Tab:
            page, title = pages[tab]
            self.tabs.insertTab(tab, page, title)

        self.filter_bar = FilterBar(self.store, self, self.action_map[ActionId.CLEAR_FILTERS])
        self.conference_switcher = QComboBox(self)
        self.conference_switcher.setAccessibleName(self.tr("Conference"))
        self.conference_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        toolbar = self.addToolBar(self.tr("Conference"))
        toolbar.setObjectName("conferenceToolbar")
        toolbar.setMovable(False)
        more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")  # Qt leaves it unnamed
        if more is not None:
            more.setAccessibleName(self.tr("More of the toolbar"))
        toolbar.addWidget(QLabel(" " + self.tr("Conference:") + " ", self))
        toolbar.addWidget(self.conference_switcher)

        self.details = DetailsPane(
            self, self.action_map[ActionId.STAR_SHOWN], self.action_map[ActionId.SAVE_NOTE]
        )
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
        self.legend = Legend(self)
        self.statusBar().addPermanentWidget(self.legend)
        self.statusBar().addPermanentWidget(self.status_label)

    def _build_menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        menus = self.menus
        for title, entries in MENUS:
            menus[title] = menu = self.menuBar().addMenu(translated(ACTIONS_CONTEXT, title))
            self.commands.fill_menu(menu, entries)
        self.colleagues_menu = menus["&Colleagues"]
        self.language_menu = LanguageMenu(
            self.settings,
            lambda choices, menu: self.commands.make_choices(LANGUAGE_CHOICE, choices, menu),
            self,
        )
        menus["&View"].addMenu(self.language_menu)
        self.action_map[ActionId.TIMES_EVENT_ZONE].setChecked(True)
        views = (self.view, self.table, self.timetable, self.agenda_view, self.speakers_view)
        for action_id in (
            ActionId.TOGGLE_STAR,
            ActionId.PRIORITY_MUST,
            ActionId.PRIORITY_WANT,
            ActionId.PRIORITY_MAYBE,
        ):
            for view in views:
                view.addAction(self.action_map[action_id])

    def _connect(self) -> None:
        store = self.store
        self.star_delegate.toggled.connect(self._star_clicked)
        self.table_star.toggled.connect(self._star_clicked)
        self.selection.connect_views()
        self.timetable.activated.connect(self._toggle_key)
        self.timetable_day.currentIndexChanged.connect(self._timetable_day_chosen)
        self.timetable.dayChanged.connect(self._timetable_day_shown)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_bar.search.returnPressed.connect(self.filter_bar.flush)
        self.conference_switcher.activated.connect(self._conference_chosen)
        store.reset.connect(self._store_reset)
        store.conferencesChanged.connect(self._refresh_conference_switcher)
        store.talkChanged.connect(self._store_talk_changed)
        store.conflictsChanged.connect(self._update_status)
        self.agenda_model.modelReset.connect(self._expand_agenda)
        self.details.starToggled.connect(self.controller.toggle_star)
        self.details.priorityChosen.connect(self.controller.set_priority)
        self.details.statusChosen.connect(self.controller.set_status)
        self.details.noteEdited.connect(self.controller.set_note)
        # Qt's own slots (not a Python lambda): they are safe while the window is destroyed.
        self.undo_stack.canUndoChanged.connect(self.action_map[ActionId.UNDO].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.action_map[ActionId.REDO].setEnabled)
        self.runner.problems.connect(
            lambda messages: self.statusBar().showMessage("; ".join(messages), 30_000)
        )
        self.runner.failed.connect(self.show_error)  # what could not be saved, and why
        self.reminders.reminded.connect(
            lambda _key, message: self.statusBar().showMessage(message, 60_000)
        )

    # -- what is shown -----------------------------------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:
        return self.runner.undo_stack

    @property
    def conference(self) -> ConferenceInfo | None:
        return self.store.conference

    def show_view(self, view: StartupView) -> None:
        """Show a view read by the core (at start, from the quick-start snapshot or not)."""
        self.store.show(view)

    def load_conference(
        self, conference_id: int | None = None, then: Callable[[], None] | None = None
    ) -> None:
        """Show another conference (None: the default one); `then` runs once it is shown."""

        def shown(view: StartupView) -> None:
            self.store.show(view)
            if then is not None:
                then()

        self.runner.call(lambda core: core.catalog.view(conference_id), shown)

    def watch_other_processes(self) -> None:
        """From now on, follow what the command line or another window writes."""
        self.watcher.start(self.store.revision)

    def _store_reset(self) -> None:
        conference = self.store.conference
        if conference is None:
            return
        self.details.set_zones(self.store.zone, local_zone())
        self.banner.set_notice(conference.notice)
        self.setWindowTitle(f"{conference.title} — {APP_NAME}")
        self.timetable_day.blockSignals(True)
        self.timetable_day.clear()
        for day in self.timetable.days():
            # The day as ISO text: Qt would hand a date back as a QDate or a string.
            self.timetable_day.addItem(Formats().day(day), day.isoformat())
        self.timetable_day.blockSignals(False)
        self._timetable_day_shown(self.timetable.day)
        self._expand_agenda()
        self._update_status()
        # The session shown stays shown (a new view of the same program, another
        # process's change); else the first one of the day.
        if self.current_key and self.store.talk(self.current_key) is not None:
            self.select_key(self.current_key)
        else:
            first = self._first_talk_index()
            key = first.data(Role.KEY) if first.isValid() else None
            if isinstance(key, str):
                self.select_key(key)  # in the visible view too: the pane shows its row
            self.view.scrollToTop()
            self.view.setFocus()

    def _expand_agenda(self) -> None:
        for row in range(self.agenda_model.rowCount()):
            self.agenda_view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.agenda_view.expandAll()

    def _store_talk_changed(self, key: str) -> None:
        shown = self.details.talk
        if shown is not None and shown.key == key:
            self.details.show_talk(self.store.talk(key))
        self._update_status()

    def _refresh_conference_switcher(self) -> None:
        switcher = self.conference_switcher
        switcher.blockSignals(True)
        switcher.clear()
        for conference in self.store.conferences:
            switcher.addItem(conference.title, conference.id)
        if self.conference is not None:
            switcher.setCurrentIndex(switcher.findData(self.conference.id))
        switcher.setEnabled(switcher.count() > 1)
        switcher.blockSignals(False)

    def _conference_chosen(self, row: int) -> None:
        conference_id = self.conference_switcher.itemData(row)
        if conference_id is not None and conference_id != self.store.conference_id:
            self.selection.key = ""
            self.load_conference(conference_id)

    def _first_talk_index(self) -> QModelIndex:
        if self.model.rowCount() == 0:
            return QModelIndex()
        day = self.model.index(0, 0)
        slot = self.model.index(0, 0, day)
        return self.model.index(0, 0, slot)

    @staticmethod
    def local_zone() -> ZoneInfo | None:
        return local_zone()

    def zone_choice_changed(self) -> None:
        local = self.local_zone()
        wanted = local if self.action_map[ActionId.TIMES_LOCAL_ZONE].isChecked() else None
        self.store.set_display_zone(wanted)  # every view regroups; the selection stays

    def _update_status(self) -> None:
        talks = self.store.talks
        starred = sum(1 for talk in talks if talk.star)
        clashes = len(self.store.detection.sets) if self.store.detection else 0
        # The status bar: how many sessions the program has, are starred and clash.
        parts = [self.tr("%n session(s)", "", len(talks)), self.tr("%n starred", "", starred)]
        if clashes:
            parts.append(self.tr("%n clash(es)", "", clashes))
        text = " · ".join(parts)
        self.status_label.setText(text)

    # -- views, search and filters -------------------------------------------------------
    def show_tab(self, tab: Tab) -> None:
        self.tabs.setCurrentIndex(tab)

    def current_tab(self) -> Tab:
        return Tab(self.tabs.currentIndex())

    def focus_search(self) -> None:
        if not self.current_tab().filtered:
            self.show_tab(Tab.LIST)
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _tab_changed(self, index: int) -> None:
        tab = Tab(index)
        self.filter_bar.setVisible(tab.filtered)
        self.agenda_model.set_active(tab is Tab.AGENDA)
        if tab is Tab.TIMETABLE:
            self._fade_unmatched()
        self.selection.follow(tab)

    def _filters_changed(self, filters: Filters) -> None:
        self.table_proxy.set_filters(filters)
        self._filters_active = filters != Filters()
        if self.current_tab() is Tab.LIST:
            self.selection.follow_visible_view()  # the session shown, if it still matches
        if self.current_tab() is Tab.TIMETABLE:
            self._fade_unmatched()
        if filters.day is not None and filters.day != self.timetable.day:
            self.timetable.set_day(filters.day)  # the Day chooser follows (dayChanged)
        self.statusBar().showMessage(
            arg(
                self.tr("%n of %1 session(s) match(es)", "", self.table_proxy.rowCount()),
                Formats().number(self.table_model.rowCount()),
            )
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
        if isinstance(day, str) and day:
            self.timetable.set_day(date.fromisoformat(day))

    def _timetable_day_shown(self, day: date | None) -> None:
        """The Day chooser says the day the Timetable shows, however it got there."""
        row = self.timetable_day.findData(day.isoformat()) if day is not None else -1
        if row >= 0 and row != self.timetable_day.currentIndex():
            self.timetable_day.blockSignals(True)
            self.timetable_day.setCurrentIndex(row)
            self.timetable_day.blockSignals(False)

    def zoom_timetable(self, factor: float) -> None:
        self.timetable.set_zoom(self.timetable.zoom * factor)

    # -- selection and starring ----------------------------------------------------------
    @property
    def current_key(self) -> str:
        return self.selection.key

    def current_talk(self) -> TalkInfo | None:
        return self.selection.talk

    def select_key(self, key: str) -> None:
        """Show this session (`Selection.select`)."""
        self.selection.select(key)

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

    # -- settings ----------------------------------------------------------------------
    def _restore_settings(self) -> None:
        window_settings.restore(self)
        self._tab_changed(self.tabs.currentIndex())

    def save_settings(self) -> None:
        window_settings.save(self)

    def show_legend(self, on: bool) -> None:
        self.legend.setVisible(on)

    def set_reminders_enabled(self, on: bool) -> None:
        self.reminders.enabled = on

    def set_reminder_minutes(self, minutes: int) -> None:
        self.reminders.minutes = minutes

    # -- window ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # its frame is known now: the whole window on the screen
            self._fitted = True
            window_settings.fit_to_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.watcher.stop()
        self.calendars.stop()  # a sync stops at its next event; the rest waits for next time
        self.runner.wait()  # what the user asked for is saved before the app quits
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Finish what is running and close the core (the app at exit; tests)."""
        self.watcher.stop()
        self.calendars.stop()
        self.runner.wait()
        self.core.close()

    def show_error(self, title: str, text: str) -> None:
        show_message(self, QMessageBox.Icon.Warning, title, text)

    def ask_save_path(self, title: str, suggestion: str, filter_text: str) -> Path | None:
        """Ask where to save (tests replace this): in the folder last used, at first the
        Documents folder (never the folder the app happened to start in)."""
        start = str(self.file_folder() / suggestion)
        path, _ = QFileDialog.getSaveFileName(self, title, start, filter_text)
        return self._remember_folder(path)

    def ask_open_path(self, title: str, filter_text: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(self.file_folder()), filter_text)
        return self._remember_folder(path)

    def file_folder(self) -> Path:
        """Where file dialogs open: the folder last used, else Documents, else home."""
        remembered = str(self.settings.value("files/folder", ""))
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _remember_folder(self, chosen: str) -> Path | None:
        if not chosen:
            return None
        path = Path(chosen)
        self.settings.setValue("files/folder", str(path.parent))
        return path

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if drops.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        drops.route(self, event.mimeData())
        event.acceptProposedAction()

    def quit(self) -> None:
        self.close()

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def show_shortcuts(self) -> None:
        titles = {title: menu.title() for title, menu in self.menus.items()}
        ShortcutsDialog(self.action_map, titles, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            arg(self.tr("About %1"), APP_NAME),
            f"<b>{APP_NAME} {__version__}</b><br>"
            + self.tr(
                "Plan your conference agenda offline: star sessions, resolve clashes, "
                "export to your calendar."
            ),
        )
