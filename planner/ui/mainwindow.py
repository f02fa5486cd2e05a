"""The main window: layout and wiring only.

It builds the views and lays them out, builds the menus from the action registry, makes
the parts that carry out what the user does, and connects them. What the window shows
lives in the `SessionStore` and the models that follow it; what the user can do is
declared in `planner.ui.actions` and carried out by the flows (`planner.ui.flows`:
which conference and view are shown, starring, import, export, colleagues, My Agenda's
commands, calendars, help, file dialogs), the status line (`planner.ui.status_bar`) and
the `AgendaController` (stars), all through the one `OperationRunner`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QSystemTrayIcon,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME
from planner.ui import drops, window_settings
from planner.ui.actions import CONTEXT as ACTIONS_CONTEXT
from planner.ui.actions import LANGUAGE_CHOICE, MENUS, ActionId, Actions
from planner.ui.appearance import AppearanceSetting
from planner.ui.controller import AgendaController
from planner.ui.core_opening import CoreOpening
from planner.ui.delegates.star_delegate import StarDelegate
from planner.ui.descriptions import DESCRIPTIONS
from planner.ui.first_paint import after_first_paint
from planner.ui.flows.agenda import AgendaFlow
from planner.ui.flows.calendars import CalendarsFlow
from planner.ui.flows.colleagues import ColleaguesFlow
from planner.ui.flows.conference import ConferenceFlow
from planner.ui.flows.exports import ExportFlow
from planner.ui.flows.files import FileDialogs
from planner.ui.flows.help import HelpFlow
from planner.ui.flows.imports import ImportFlow
from planner.ui.flows.phone import PhoneFlow
from planner.ui.flows.starring import StarringFlow
from planner.ui.flows.views import ViewsFlow
from planner.ui.i18n import LanguageMenu, translated
from planner.ui.models.program_model import Column, ProgramModel
from planner.ui.models.speakers_model import SpeakersModel
from planner.ui.operations import OperationRunner, RevisionWatcher
from planner.ui.paint_probe import mark_after_next_paint
from planner.ui.reminders import Reminders
from planner.ui.selection import Selection
from planner.ui.state import SessionStore
from planner.ui.status_bar import StatusLine
from planner.ui.tabs import Tab
from planner.ui.widgets.agenda_page import AgendaPage
from planner.ui.widgets.details import DetailsPane
from planner.ui.widgets.filter_bar import FilterBar
from planner.ui.widgets.fitted_columns import FittedColumns
from planner.ui.widgets.notice_banner import NoticeBanner
from planner.ui.widgets.program_view import ProgramView
from planner.ui.widgets.ringed_tree import RingedTreeView
from planner.ui.widgets.session_list import SessionList
from planner.ui.widgets.timetable_page import TimetablePage

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack

    from planner.domain.agenda import ConferenceInfo, Priority, TalkInfo
    from planner.domain.view import StartupView
    from planner.ui.core import CoreHandle


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
    reminders: Reminders
    status_line: StatusLine
    timetable_box: TimetablePage
    files: FileDialogs
    shown: ConferenceFlow
    views: ViewsFlow
    starring: StarringFlow
    help: HelpFlow
    # The window's commands, each bound in __init__ to the part that carries it out.
    show_tab: Callable[[Tab], None]
    current_tab: Callable[[], Tab]
    focus_search: Callable[[], None]
    zone_choice_changed: Callable[[], None]
    local_zone: Callable[[], ZoneInfo | None]
    select_key: Callable[[str], None]
    toggle_current_star: Callable[[], None]
    set_priority: Callable[[Priority], None]
    show_view: Callable[[StartupView], None]
    load_conference: Callable[..., None]
    watch_other_processes: Callable[[], None]
    ask_save_path: Callable[[str, str, str], Path | None]
    ask_open_path: Callable[[str, str], Path | None]
    show_error: Callable[[str, str], None]
    save_settings: Callable[[], None]

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
        self.core_opening = CoreOpening(core, self)
        self.runner.needsCore.connect(self.core_opening.needed)
        self.watcher = RevisionWatcher(self.runner, database, parent=self)
        self.controller = AgendaController(self.runner)
        self.selection = Selection(self)
        self._fitted = False
        self.first_paint_behind = False  # and what waited for it done (_after_first_paint)
        self.commands = Actions(self)
        self.action_map = self.commands.map

        self._build_views()
        self._build_layout()
        DESCRIPTIONS.describe(self)
        self.reminders = Reminders(self.store, self)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.reminders.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.reminders.tray.setToolTip(APP_NAME)
            self.reminders.tray.show()
        self._build_menus()
        self.files = FileDialogs(self, self.settings)
        self.shown = ConferenceFlow(self)
        self.views = ViewsFlow(self)
        self.starring = StarringFlow(self)
        self.help = HelpFlow(self)
        self.imports = ImportFlow(self)
        self.exports = ExportFlow(self)
        self.colleagues = ColleaguesFlow(self, self.colleagues_menu)
        self.phone = PhoneFlow(self)
        self.agenda_flow = AgendaFlow(self)
        self.calendars = CalendarsFlow(self)
        # The window's commands, as the actions, the flows, the app and the tests name them.
        self.show_tab = self.views.show_tab
        self.current_tab = self.views.current_tab
        self.focus_search = self.views.focus_search
        self.zone_choice_changed = self.views.zone_choice_changed
        self.local_zone = self.views.local_zone
        self.select_key = self.selection.select
        self.toggle_current_star = self.starring.toggle_current
        self.set_priority = self.starring.set_priority
        self.show_view = self.store.show
        self.load_conference = self.shown.load
        self.watch_other_processes = self.shown.watch_other_processes
        self.ask_save_path = self.files.ask_save_path
        self.ask_open_path = self.files.ask_open_path
        self.show_error = self.files.show_error
        self.save_settings = partial(window_settings.save, self)
        self._connect()
        window_settings.restore(self)
        self.views.tab_changed(self.tabs.currentIndex())
        self.commands.refresh_enabled()
        after_first_paint(self, self._after_first_paint)

    # -- construction ------------------------------------------------------------------
    def _build_views(self) -> None:
        store, actions = self.store, self.commands
        # Program: day → time slot → session.
        self.model = ProgramModel(store, self)
        self.view = ProgramView(self)
        self.view.set_program_model(self.model)
        self.view.expand_when_shown()  # the rest after the first paint (_after_first_paint)
        self.star_delegate = StarDelegate(self.view)
        self.view.setItemDelegateForColumn(Column.STAR, self.star_delegate)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(Column.STAR, QHeaderView.ResizeMode.Fixed)
        FittedColumns(  # (the view owns it)
            self.view,
            header,
            (
                (Column.STAR, 52),
                (Column.TIME, 96),
                (Column.TITLE, 420),
                (Column.TRACK, 170),
                (Column.ROOM, 170),
            ),
            {Column.TITLE: 180, Column.TRACK: 80, Column.ROOM: 80},
            last_least=100,
        )

        # List: every session in a sortable, filterable table.
        self.table = SessionList(store, self)
        self.table_model, self.table_proxy = self.table.source, self.table.proxy
        self.table_star = self.table.star_delegate

        # Timetable: one day at a time, rooms as columns.
        self.timetable_box = TimetablePage(store, actions, self)
        self.timetable = self.timetable_box.timetable
        self.timetable.lay_out_when_shown()  # out of sight: after the first paint

        # My agenda: what I attend, clashes to settle, free time with suggestions.
        self.agenda_box = AgendaPage(store, actions, self)
        self.agenda_model = self.agenda_box.model
        self.agenda_view = self.agenda_box.view
        page = self.agenda_box
        self.attend_button, self.auto_button = page.attend_button, page.auto_button
        self.settings_button, self.busy_button = page.settings_button, page.busy_button

        # Speakers and their sessions.
        self.speakers_model = SpeakersModel(store, self)
        self.speakers_view = RingedTreeView(self)
        self.speakers_view.setObjectName("speakersView")
        self.speakers_view.setAccessibleName(self.tr("Speakers"))
        self.speakers_view.setModel(self.speakers_model)
        self.speakers_view.setUniformRowHeights(True)
        self.speakers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.speakers_view.header().resizeSection(0, 460)

        # The view of each tab: where the keyboard goes there (the Timetable's grid, not
        # its day chooser), and what the single-key commands act in.
        self.tab_views: dict[Tab, QWidget] = {
            Tab.PROGRAM: self.view,
            Tab.LIST: self.table,
            Tab.TIMETABLE: self.timetable,
            Tab.AGENDA: self.agenda_view,
            Tab.SPEAKERS: self.speakers_view,
        }

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
            more.setAccessibleDescription(
                self.tr("Shows the commands that do not fit in the window")
            )
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
        self.status_line = StatusLine(self, self.store)
        self.legend = self.status_line.legend

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
        for action_id in (
            ActionId.TOGGLE_STAR,
            ActionId.PRIORITY_MUST,
            ActionId.PRIORITY_WANT,
            ActionId.PRIORITY_MAYBE,
        ):
            for view in self.tab_views.values():
                view.addAction(self.action_map[action_id])

    def _connect(self) -> None:
        store, shown, views = self.store, self.shown, self.views
        self.star_delegate.toggled.connect(self.starring.star_clicked)
        self.table_star.toggled.connect(self.starring.star_clicked)
        self.selection.connect_views()
        self.timetable.activated.connect(self.starring.toggle_key)
        self.tabs.currentChanged.connect(views.tab_changed)
        self.filter_bar.changed.connect(views.filters_changed)
        self.filter_bar.search.returnPressed.connect(self.filter_bar.flush)
        self.conference_switcher.activated.connect(shown.conference_chosen)
        store.reset.connect(shown.view_shown)
        store.conferencesChanged.connect(shown.list_conferences)
        store.talkChanged.connect(shown.talk_changed)
        self.details.starToggled.connect(self.controller.toggle_star)
        self.details.priorityChosen.connect(self.controller.set_priority)
        self.details.statusChosen.connect(self.controller.set_status)
        self.details.noteEdited.connect(self.controller.set_note)
        # Qt's own slots (not a Python lambda): they are safe while the window is destroyed.
        self.undo_stack.canUndoChanged.connect(self.action_map[ActionId.UNDO].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.action_map[ActionId.REDO].setEnabled)
        self.runner.problems.connect(self.status_line.show_problems)
        self.runner.failed.connect(self.show_error)  # what could not be saved, and why
        self.reminders.reminded.connect(self.status_line.show_reminder)
        # The benchmark's milestone: a change applied, then painted (nothing without it).
        store.applied.connect(lambda _changes: mark_after_next_paint(self, "change-painted"))

    def _after_first_paint(self) -> None:
        """What the first paint shows none of, set up just after it: the Program's rows
        below the screen (`ProgramView.expand_when_shown`), the Timetable when another tab
        is shown (`TimetableView.lay_out_when_shown`), the actions' icons (menus hide
        them) and the search field's clear button (shown once there is text). The last two
        ask the desktop's icon theme, whose first answer reads the theme's index:
        ~30 M instructions under X11 that the first paint need not wait for."""
        self.view.expand_rest()
        self.timetable.lay_out_held()
        self.commands.add_icons()
        self.filter_bar.add_clear_button()
        self.first_paint_behind = True

    # -- what is shown -----------------------------------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:
        return self.runner.undo_stack

    @property
    def conference(self) -> ConferenceInfo | None:
        return self.store.conference

    @property
    def current_key(self) -> str:
        return self.selection.key

    def current_talk(self) -> TalkInfo | None:
        return self.selection.talk

    # -- the window's life -------------------------------------------------------------
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
        self.core_opening.wait()
        self.core.close()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if drops.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        drops.route(self, event.mimeData())
        event.acceptProposedAction()
