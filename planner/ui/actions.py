"""Every user command as data: id, text, shortcut, tip. Widgets wire them, tests find them.

Keeping them in one registry keyed by an enum (as Picard does) gives one place to see
every shortcut and avoids two actions fighting over a key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class ActionId(StrEnum):
    IMPORT = "import"
    IMPORT_URL = "import-url"
    EXPORT_ICS = "export-ics"
    EXPORT_SESSION_ICS = "export-session-ics"
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
    FULL_SCREEN = "full-screen"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""
    checkable: bool = False


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.IMPORT: ActionSpec(
        "&Import Program…", (QKeySequence.StandardKey.Open,), "Import a conference program file"
    ),
    ActionId.IMPORT_URL: ActionSpec(
        "Import from the &Web…", ("Ctrl+Shift+O",), "Import a conference program from a URL"
    ),
    ActionId.EXPORT_ICS: ActionSpec(
        "&Export to Calendar…", ("Ctrl+E",), "Save your agenda as an iCalendar file"
    ),
    ActionId.EXPORT_SESSION_ICS: ActionSpec(
        "Export This Session to Calendar…", (), "Save the selected session as an iCalendar file"
    ),
    ActionId.EXPORT_PDF: ActionSpec(
        "Export Pocket Agenda (&PDF)…", ("Ctrl+Shift+P",), "Save a printable agenda, day by day"
    ),
    ActionId.PRINT: ActionSpec(
        "&Print…", (QKeySequence.StandardKey.Print,), "Print your pocket agenda"
    ),
    ActionId.SHARE_AGENDA: ActionSpec(
        "&Share My Agenda…", (), "Save your agenda as a file for colleagues"
    ),
    ActionId.OPEN_AGENDA: ActionSpec(
        "Open a &Colleague's Agenda…", (), "Show a colleague's agenda beside yours"
    ),
    ActionId.QUIT: ActionSpec("&Quit", (QKeySequence.StandardKey.Quit,)),
    ActionId.UNDO: ActionSpec("&Undo", (QKeySequence.StandardKey.Undo,)),
    ActionId.REDO: ActionSpec("&Redo", (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z")),
    ActionId.TOGGLE_STAR: ActionSpec(
        "&Star / Unstar", ("S", "Space"), "Star the selected session, or remove its star"
    ),
    ActionId.PRIORITY_MUST: ActionSpec("Must See", ("1",), "Star as a must-see"),
    ActionId.PRIORITY_WANT: ActionSpec("Want to See", ("2",), "Star as want to see"),
    ActionId.PRIORITY_MAYBE: ActionSpec("Maybe", ("3",), "Star as maybe"),
    ActionId.TIMES_EVENT_ZONE: ActionSpec("Times in the &Event's Zone", (), checkable=True),
    ActionId.TIMES_LOCAL_ZONE: ActionSpec("Times in &This Computer's Zone", (), checkable=True),
    ActionId.FIND: ActionSpec(
        "&Find…", (QKeySequence.StandardKey.Find,), "Search titles, abstracts and speakers"
    ),
    ActionId.VIEW_PROGRAM: ActionSpec("&Program", ("Ctrl+1",)),
    ActionId.VIEW_LIST: ActionSpec("&List", ("Ctrl+2",)),
    ActionId.VIEW_TIMETABLE: ActionSpec("&Timetable", ("Ctrl+3",)),
    ActionId.VIEW_AGENDA: ActionSpec("My &Agenda", ("Ctrl+4",)),
    ActionId.VIEW_SPEAKERS: ActionSpec("Spea&kers", ("Ctrl+5",)),
    ActionId.EXPAND_ALL: ActionSpec("&Expand All Days", ("Ctrl+Shift+E",)),
    ActionId.FULL_SCREEN: ActionSpec(
        "&Full Screen", (QKeySequence.StandardKey.FullScreen, "F11"), checkable=True
    ),
    ActionId.ABOUT: ActionSpec("&About Planner"),
}


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in SPECS.items():
        action = QAction(spec.text, parent)
        action.setObjectName(f"action-{action_id.value}")
        keys: list[QKeySequence] = []
        for shortcut in spec.shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys.extend(QKeySequence.keyBindings(shortcut))
            else:
                keys.append(QKeySequence(shortcut))
        unique = list(dict.fromkeys(key.toString() for key in keys if not key.isEmpty()))
        action.setShortcuts([QKeySequence(key) for key in unique])
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.setCheckable(spec.checkable)
        actions[action_id] = action
    return actions
