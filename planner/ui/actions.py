"""Every user command, declared once: text, shortcuts, icon, tip, enablement and handler.

One registry keyed by an enum (as Picard does): one place to see every shortcut (no two
actions fight over a key), and every menu and button is built from it (`MENUS`, and the
buttons of My Agenda and the timetable take their action with `setDefaultAction`). A
handler gets the window and the action's checked state; an `enabled` rule is asked again
whenever what it depends on may have changed (`refresh_enabled`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from planner.domain.agenda import Priority
from planner.ui.appearance import Appearance
from planner.ui.i18n import QT_TRANSLATE_NOOP, translated
from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.ui.mainwindow import MainWindow


class ActionId(StrEnum):
    IMPORT = "import"
    IMPORT_URL = "import-url"
    EXPORT_ICS = "export-ics"
    EXPORT_SESSION_ICS = "export-session-ics"
    CALENDARS = "calendars"
    SYNC_CALENDARS = "sync-calendars"
    EXPORT_PDF = "export-pdf"
    PRINT = "print"
    SHARE_AGENDA = "share-agenda"
    OPEN_AGENDA = "open-agenda"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    TOGGLE_STAR = "toggle-star"
    PRIORITY_MUST = "priority-must"
    PRIORITY_WANT = "priority-want"
    PRIORITY_MAYBE = "priority-maybe"
    TIMES_EVENT_ZONE = "times-event-zone"
    TIMES_LOCAL_ZONE = "times-local-zone"
    EXPAND_ALL = "expand-all"
    FIND = "find"
    VIEW_PROGRAM = "view-program"
    VIEW_LIST = "view-list"
    VIEW_TIMETABLE = "view-timetable"
    VIEW_AGENDA = "view-agenda"
    VIEW_SPEAKERS = "view-speakers"
    REMINDERS = "reminders"
    REMIND_5 = "remind-5"
    REMIND_10 = "remind-10"
    REMIND_15 = "remind-15"
    REMIND_30 = "remind-30"
    FULL_SCREEN = "full-screen"
    APPEARANCE_SYSTEM = "appearance-system"
    APPEARANCE_LIGHT = "appearance-light"
    APPEARANCE_DARK = "appearance-dark"
    LEGEND = "legend"
    GUIDE = "guide"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"
    ATTEND = "attend"
    AUTO_RESOLVE = "auto-resolve"
    WALKING_TIME = "walking-time"
    ADD_BUSY = "add-busy"
    REMOVE_BUSY = "remove-busy"
    ZOOM_IN = "zoom-in"
    STAR_SHOWN = "star-shown"
    SAVE_NOTE = "save-note"
    CLEAR_FILTERS = "clear-filters"
    ZOOM_OUT = "zoom-out"
    SHARE_PHONE = "share-phone"
    EXPORT_CSV = "export-csv"
    PASTE_LINK = "paste-link"


Shortcut = QKeySequence | QKeySequence.StandardKey | str


# The registry's records are NamedTuples: the window makes every one of its classes before
# its first paint, and a NamedTuple's class costs a fraction of a frozen dataclass's (Python
# 3.11 compiles each method it generates for a dataclass on its own: ~5 M instructions).
class ActionSpec(NamedTuple):
    text: str
    handler: Callable[[MainWindow, bool], object]  # what it returns is ignored
    shortcuts: tuple[Shortcut, ...] = ()
    tip: str = ""
    icon: QStyle.StandardPixmap | None = None
    checkable: bool = False
    group: str = ""  # checkable actions of one group exclude each other
    # Single keys (S, 1, Space) must not fire while the user types in the note field:
    # they act only in the views that add them (MainWindow adds them to each view).
    in_views_only: bool = False
    enabled: Callable[[MainWindow], bool] | None = None
    accessible: str = ""  # what a screen reader says, when the text is not enough


# The texts above are marked for lupdate (QT_TRANSLATE_NOOP, context "Actions") where they
# are declared, and translated when the window makes its actions and menus.
CONTEXT = "Actions"


def _tab(tab: Tab) -> Callable[[MainWindow, bool], None]:
    return lambda window, _checked: window.views.go_to(tab)


def _priority(priority: Priority) -> Callable[[MainWindow, bool], None]:
    return lambda window, _checked: window.set_priority(priority)


def _appearance(choice: Appearance) -> Callable[[MainWindow, bool], None]:
    return lambda window, _checked: window.appearance.set_choice(choice)


def _remind(minutes: int) -> Callable[[MainWindow, bool], None]:
    return lambda window, _checked: window.reminders.set_minutes(minutes)


SP = QStyle.StandardPixmap
SPECS: dict[ActionId, ActionSpec] = {
    ActionId.IMPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import Program…"),
        lambda w, _: w.imports.choose_file(),
        (QKeySequence.StandardKey.Open,),
        QT_TRANSLATE_NOOP("Actions", "Import a conference program file"),
        SP.SP_DialogOpenButton,
    ),
    ActionId.IMPORT_URL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Import from the &Web…"),
        lambda w, _: w.imports.choose_url(),
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP("Actions", "Import a conference program from a URL"),
    ),
    ActionId.EXPORT_ICS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Export to Calendar…"),
        lambda w, _: w.exports.calendar(),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Save your agenda as an iCalendar file"),
    ),
    ActionId.EXPORT_SESSION_ICS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export This Session to Calendar…"),
        lambda w, _: w.exports.session_calendar(),
        (),
        QT_TRANSLATE_NOOP("Actions", "Save the selected session as an iCalendar file"),
        enabled=lambda w: w.current_talk() is not None,
    ),
    ActionId.CALENDARS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Ca&lendars…"),
        lambda w, _: w.calendars.open_dialog(),
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)",
        ),
    ),
    ActionId.SYNC_CALENDARS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Sync Calendars &Now"),
        lambda w, _: w.calendars.sync_now(),
        ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Send your agenda to every calendar now"),
        enabled=lambda w: w.calendars.has_targets,
    ),
    ActionId.EXPORT_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export P&ocket Agenda (PDF)…"),
        lambda w, _: w.exports.pdf(),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Actions", "Save a printable agenda, day by day"),
    ),
    ActionId.PRINT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        lambda w, _: w.exports.print_agenda(),
        (QKeySequence.StandardKey.Print,),
        QT_TRANSLATE_NOOP("Actions", "Print your pocket agenda"),
    ),
    ActionId.SHARE_AGENDA: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Share My Agenda…"),
        lambda w, _: w.exports.share_agenda(),
        (),
        QT_TRANSLATE_NOOP("Actions", "Save your agenda as a file for colleagues"),
    ),
    ActionId.SHARE_PHONE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "To &Phone (Giggity)…"),
        lambda w, _: w.phone.share(),
        ("Ctrl+Shift+G",),
        QT_TRANSLATE_NOOP(
            "Actions", "Carry your agenda on your phone: a QR code and link for the Giggity app"
        ),
    ),
    ActionId.EXPORT_CSV: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export to &Spreadsheet (CSV)…"),
        lambda w, _: w.exports.csv(),
        (),
        QT_TRANSLATE_NOOP("Actions", "Save your starred sessions as a CSV file"),
    ),
    ActionId.PASTE_LINK: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Paste a Giggity Link"),
        lambda w, _: w.phone.paste_link(),
        (QKeySequence.StandardKey.Paste,),
        QT_TRANSLATE_NOOP(
            "Actions", "Show the sessions of a Giggity link on the clipboard beside yours"
        ),
    ),
    ActionId.OPEN_AGENDA: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Open a &Colleague's Agenda…"),
        lambda w, _: w.colleagues.open_agenda(),
        (),
        QT_TRANSLATE_NOOP("Actions", "Show a colleague's agenda beside yours"),
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        lambda w, _: w.close(),
        (QKeySequence.StandardKey.Quit,),
        icon=SP.SP_DialogCloseButton,
    ),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        lambda w, _: w.undo_stack.undo(),
        (QKeySequence.StandardKey.Undo,),
        enabled=lambda w: w.undo_stack.canUndo(),
    ),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        lambda w, _: w.undo_stack.redo(),
        (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"),
        enabled=lambda w: w.undo_stack.canRedo(),
    ),
    ActionId.TOGGLE_STAR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Star / Unstar"),
        lambda w, _: w.toggle_current_star(),
        ("S", "Space"),
        QT_TRANSLATE_NOOP("Actions", "Star the selected session, or remove its star"),
        in_views_only=True,
    ),
    ActionId.PRIORITY_MUST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Must See"),
        _priority(Priority.MUST),
        ("1",),
        QT_TRANSLATE_NOOP("Actions", "Star as a must-see"),
        in_views_only=True,
    ),
    ActionId.PRIORITY_WANT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Want to See"),
        _priority(Priority.WANT),
        ("2",),
        QT_TRANSLATE_NOOP("Actions", "Star as want to see"),
        in_views_only=True,
    ),
    ActionId.PRIORITY_MAYBE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Maybe"),
        _priority(Priority.MAYBE),
        ("3",),
        QT_TRANSLATE_NOOP("Actions", "Star as maybe"),
        in_views_only=True,
    ),
    ActionId.TIMES_EVENT_ZONE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Times in the &Event's Zone"),
        lambda w, _: w.zone_choice_changed(),
        checkable=True,
        group="zone",
    ),
    ActionId.TIMES_LOCAL_ZONE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Times in This &Computer's Zone"),
        lambda w, _: w.zone_choice_changed(),
        checkable=True,
        group="zone",
        enabled=lambda w: w.local_zone() is not None,
    ),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        lambda w, _: w.focus_search(),
        (QKeySequence.StandardKey.Find,),
        QT_TRANSLATE_NOOP("Actions", "Search titles, abstracts and speakers"),
    ),
    ActionId.VIEW_PROGRAM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Program"), _tab(Tab.PROGRAM), ("Ctrl+1",)
    ),
    ActionId.VIEW_LIST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&List"), _tab(Tab.LIST), ("Ctrl+2",)
    ),
    ActionId.VIEW_TIMETABLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Timetable"), _tab(Tab.TIMETABLE), ("Ctrl+3",)
    ),
    ActionId.VIEW_AGENDA: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "My &Agenda"), _tab(Tab.AGENDA), ("Ctrl+4",)
    ),
    ActionId.VIEW_SPEAKERS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Spea&kers"), _tab(Tab.SPEAKERS), ("Ctrl+5",)
    ),
    ActionId.EXPAND_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "E&xpand All Days"),
        lambda w, _: w.view.expandAll(),
        ("Ctrl+Shift+E",),
    ),
    ActionId.REMINDERS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remind Me Before Sessions"),
        lambda w, checked: w.reminders.set_enabled(checked),
        checkable=True,
    ),
    ActionId.REMIND_5: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "5 Minutes Before"), _remind(5), checkable=True, group="lead"
    ),
    ActionId.REMIND_10: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "10 Minutes Before"), _remind(10), checkable=True, group="lead"
    ),
    ActionId.REMIND_15: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "15 Minutes Before"), _remind(15), checkable=True, group="lead"
    ),
    ActionId.REMIND_30: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "30 Minutes Before"), _remind(30), checkable=True, group="lead"
    ),
    ActionId.FULL_SCREEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Full Screen"),
        lambda w, checked: w.showFullScreen() if checked else w.showNormal(),
        (QKeySequence.StandardKey.FullScreen, "F11"),
        checkable=True,
    ),
    ActionId.APPEARANCE_SYSTEM: ActionSpec(
        Appearance.SYSTEM.label,
        _appearance(Appearance.SYSTEM),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Light or dark as the desktop is, in the desktop's own style"
        ),
        checkable=True,
        group="appearance",
    ),
    ActionId.APPEARANCE_LIGHT: ActionSpec(
        Appearance.LIGHT.label, _appearance(Appearance.LIGHT), checkable=True, group="appearance"
    ),
    ActionId.APPEARANCE_DARK: ActionSpec(
        Appearance.DARK.label, _appearance(Appearance.DARK), checkable=True, group="appearance"
    ),
    ActionId.LEGEND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Legen&d"),
        lambda w, checked: w.status_line.show_legend(checked),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Show what the stars and the clash marker mean, in the status bar"
        ),
        checkable=True,
    ),
    ActionId.GUIDE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Getting Started"),
        lambda w, _: w.help.show_guide(),
        (QKeySequence.StandardKey.HelpContents,),  # F1 (Ctrl+? on macOS)
        QT_TRANSLATE_NOOP(
            "Actions", "A short guide: star sessions, settle clashes, share your agenda"
        ),
    ),
    ActionId.SHORTCUTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        lambda w, _: w.help.show_shortcuts(),
        ("Ctrl+/",),
        QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut of Planner"),
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About Planner"), lambda w, _: w.help.about()
    ),
    ActionId.ATTEND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Attend This"),
        lambda w, _: w.agenda_flow.attend_selected(),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Attend the selected session; the sessions it clashes with become plan B"
        ),
        accessible=QT_TRANSLATE_NOOP(
            "Actions", "Attend the selected session; others become plan B"
        ),
        enabled=lambda w: w.agenda_flow.can_attend(),
    ),
    ActionId.AUTO_RESOLVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Auto-resolve…"),
        lambda w, _: w.agenda_flow.auto_resolve(),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Choose the best clash-free plan (you see the changes first)"
        ),
    ),
    ActionId.WALKING_TIME: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Walking Time…"),
        lambda w, _: w.agenda_flow.edit_walking_time(),
        tip=QT_TRANSLATE_NOOP("Actions", "Minutes between rooms, and how late you may arrive"),
    ),
    ActionId.ADD_BUSY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add Busy Block…"),
        lambda w, _: w.agenda_flow.add_busy_block(),
        tip=QT_TRANSLATE_NOOP("Actions", "Block time for your own commitments (lunch, booth duty)"),
    ),
    ActionId.REMOVE_BUSY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remove Busy Block"),
        lambda w, _: w.agenda_flow.remove_busy_block(),
        tip=QT_TRANSLATE_NOOP("Actions", "Remove the selected busy block"),
        enabled=lambda w: w.agenda_flow.can_remove_busy(),
    ),
    ActionId.ZOOM_OUT: ActionSpec(
        "−",
        lambda w, _: w.timetable_box.zoom(1 / 1.25),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the Timetable smaller: more of the day at once"),
        accessible=QT_TRANSLATE_NOOP("Actions", "Zoom out"),
    ),
    ActionId.ZOOM_IN: ActionSpec(
        "+",
        lambda w, _: w.timetable_box.zoom(1.25),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the Timetable larger: more room for titles"),
        accessible=QT_TRANSLATE_NOOP("Actions", "Zoom in"),
    ),
    # The details pane's buttons (their text follows the session shown).
    ActionId.STAR_SHOWN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Star This Session"),
        lambda w, _: w.details.toggle_star(),
        tip=QT_TRANSLATE_NOOP("Actions", "Add the session shown to your agenda, or take it out"),
        checkable=True,
    ),
    ActionId.SAVE_NOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save Note"),
        lambda w, _: w.details.save_note_now(),
        ("Ctrl+Return",),
        QT_TRANSLATE_NOOP("Actions", "Keep your note on this session"),
        in_views_only=True,  # in the note field (the details pane adds it there)
    ),
    ActionId.CLEAR_FILTERS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Clear"),
        lambda w, _: w.filter_bar.reset_filters(),
        tip=QT_TRANSLATE_NOOP("Actions", "Clear the search and every filter"),
        accessible=QT_TRANSLATE_NOOP("Actions", "Clear search and filters"),
    ),
}

# The menu bar, top to bottom: an action, None for a separator, or (title, entries) for a
# submenu. The Colleagues menu also lists each colleague's agenda (see ColleaguesFlow).
MENUS: tuple[tuple[str, tuple[Any, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            ActionId.IMPORT,
            ActionId.IMPORT_URL,
            None,
            ActionId.EXPORT_ICS,
            ActionId.EXPORT_SESSION_ICS,
            ActionId.CALENDARS,
            ActionId.SYNC_CALENDARS,
            ActionId.EXPORT_PDF,
            ActionId.EXPORT_CSV,
            ActionId.PRINT,
            None,
            (QT_TRANSLATE_NOOP("Actions", "S&hare"), (ActionId.SHARE_PHONE, ActionId.SHARE_AGENDA)),
            ActionId.OPEN_AGENDA,
            None,
            ActionId.QUIT,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (ActionId.UNDO, ActionId.REDO, None, ActionId.PASTE_LINK, None, ActionId.FIND),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Session"),
        (
            ActionId.TOGGLE_STAR,
            ActionId.PRIORITY_MUST,
            ActionId.PRIORITY_WANT,
            ActionId.PRIORITY_MAYBE,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            ActionId.VIEW_PROGRAM,
            ActionId.VIEW_LIST,
            ActionId.VIEW_TIMETABLE,
            ActionId.VIEW_AGENDA,
            ActionId.VIEW_SPEAKERS,
            None,
            ActionId.TIMES_EVENT_ZONE,
            ActionId.TIMES_LOCAL_ZONE,
            None,
            ActionId.EXPAND_ALL,
            None,
            (
                QT_TRANSLATE_NOOP("Actions", "&Reminders"),
                (
                    ActionId.REMINDERS,
                    ActionId.REMIND_5,
                    ActionId.REMIND_10,
                    ActionId.REMIND_15,
                    ActionId.REMIND_30,
                ),
            ),
            ActionId.FULL_SCREEN,
            None,
            (
                QT_TRANSLATE_NOOP("Actions", "Appeara&nce"),
                (
                    ActionId.APPEARANCE_SYSTEM,
                    ActionId.APPEARANCE_LIGHT,
                    ActionId.APPEARANCE_DARK,
                ),
            ),
            ActionId.LEGEND,
        ),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Colleagues"), (ActionId.OPEN_AGENDA, ActionId.SHARE_AGENDA)),
    (
        QT_TRANSLATE_NOOP("Actions", "&Help"),
        (ActionId.GUIDE, ActionId.SHORTCUTS, None, ActionId.ABOUT),
    ),
)
APPEARANCES = {
    Appearance.SYSTEM: ActionId.APPEARANCE_SYSTEM,
    Appearance.LIGHT: ActionId.APPEARANCE_LIGHT,
    Appearance.DARK: ActionId.APPEARANCE_DARK,
}
REMINDER_LEADS = {
    5: ActionId.REMIND_5,
    10: ActionId.REMIND_10,
    15: ActionId.REMIND_15,
    30: ActionId.REMIND_30,
}


class ChoiceSpec(NamedTuple):
    """One command over exclusive choices known only at run time (View ▸ Language): each
    choice becomes a checkable action named `action-<name>-<value>` (`empty` names the
    choice whose value is ""), and choosing one calls `handler(window, value)`."""

    name: str
    handler: Callable[[MainWindow, str], None]
    empty: str = "default"


LANGUAGE_CHOICE = ChoiceSpec("language", lambda w, code: w.language_menu.choose(code), "desktop")


class ItemActionSpec(NamedTuple):
    """An action on one item of a list the menu shows (a colleague's agenda)."""

    text: str
    handler: Callable[[MainWindow, int, bool], None]  # window, item id, checked
    checkable: bool = False
    checked: Callable[[Any], bool] | None = None  # the item → its checked state


# What each colleague's submenu of the Colleagues menu holds.
OVERLAY_ACTIONS: tuple[ItemActionSpec, ...] = (
    ItemActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Show in My Agenda and the Timetable"),
        lambda w, overlay_id, on: w.colleagues.set_visible(overlay_id, on),
        checkable=True,
        checked=lambda overlay: bool(overlay.visible),
    ),
    ItemActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Star Their Sessions (as Maybe)"),
        lambda w, overlay_id, _: w.colleagues.merge(overlay_id),
    ),
    ItemActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Compare With Mine…"),
        lambda w, overlay_id, _: w.colleagues.compare(overlay_id),
    ),
    ItemActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remove"),
        lambda w, overlay_id, _: w.colleagues.remove(overlay_id),
    ),
)


class Actions:
    """The window's QActions, made from `SPECS`."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.map: dict[ActionId, QAction] = {}
        groups: dict[str, QActionGroup] = {}
        for action_id, spec in SPECS.items():
            text = translated(CONTEXT, spec.text)
            action = QAction(text, window)
            # Buttons show the icon text, which Qt would strip of its "…" otherwise.
            action.setIconText(text.replace("&", ""))
            action.setObjectName(f"action-{action_id.value}")
            action.setShortcuts(_key_sequences(spec.shortcuts))
            if spec.tip:
                tip = translated(CONTEXT, spec.tip)
                action.setStatusTip(tip)
                action.setToolTip(tip)
            if spec.icon is not None:
                action.setIconVisibleInMenu(False)  # as desktop menus look (see add_icons)
            action.setCheckable(spec.checkable)
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
            if spec.in_views_only:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            else:
                window.addAction(action)  # its shortcut works wherever the focus is
            handler = spec.handler
            action.triggered.connect(lambda checked=False, h=handler: h(window, checked))
            self.map[action_id] = action

    def add_icons(self) -> None:
        """Give the actions their icons, from the style. The window does this after its
        first paint, which shows none of them (menus hide them; no toolbar holds these):
        the first icon asked of the desktop's icon theme reads the theme's index, ~30 M
        instructions that the first paint need not wait for."""
        style = self._window.style()
        for action_id, spec in SPECS.items():
            if spec.icon is not None:
                self.map[action_id].setIcon(style.standardIcon(spec.icon))

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self.map[action_id]

    def refresh_enabled(self) -> None:
        for action_id, spec in SPECS.items():
            if spec.enabled is not None:
                self.map[action_id].setEnabled(spec.enabled(self._window))

    def add_item_actions(
        self, menu: QMenu, specs: tuple[ItemActionSpec, ...], item: Any, item_id: int
    ) -> None:
        window = self._window
        for spec in specs:
            action = menu.addAction(translated(CONTEXT, spec.text))
            action.setCheckable(spec.checkable)
            if spec.checked is not None:
                action.setChecked(spec.checked(item))
            handler = spec.handler
            if spec.checkable:
                action.toggled.connect(lambda on, h=handler: h(window, item_id, on))
            else:
                action.triggered.connect(lambda _=False, h=handler: h(window, item_id, False))

    def make_choices(
        self, spec: ChoiceSpec, choices: list[tuple[str, str]], parent: QObject
    ) -> dict[str, QAction]:
        """The actions of `spec`, one per (value, text), owned by `parent` (its menu)."""
        window = self._window
        group = QActionGroup(parent)
        made: dict[str, QAction] = {}
        for value, text in choices:
            action = QAction(text, parent)
            action.setCheckable(True)
            action.setData(value)
            action.setObjectName(f"action-{spec.name}-{value or spec.empty}")
            group.addAction(action)
            action.triggered.connect(lambda _=False, v=value: spec.handler(window, v))
            made[value] = action
        return made

    def fill_menu(self, menu: QMenu, entries: tuple[Any, ...]) -> None:
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, tuple):
                title, inner = entry
                sub = QMenu(translated(CONTEXT, title), menu)
                menu.addMenu(sub)
                self.fill_menu(sub, inner)
            else:
                menu.addAction(self.map[entry])


def _key_sequences(shortcuts: tuple[Shortcut, ...]) -> list[QKeySequence]:
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys.extend(QKeySequence.keyBindings(shortcut))
        else:
            keys.append(QKeySequence(shortcut))
    unique = dict.fromkeys(key.toString() for key in keys if not key.isEmpty())
    return [QKeySequence(key) for key in unique]
