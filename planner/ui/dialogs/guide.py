"""Help ▸ Getting Started: a short guide, one task a paragraph - star sessions, settle
clashes, My Agenda, calendars, colleagues, the phone.

The commands it names are read from the window's actions and menus (the words the menus
show, in the user's language, and the keys as this platform writes them), and its marks
are painted by `planner.ui.look` as every view paints them: the guide cannot name a
command, a key or a mark the app does not have. It is not modal, so that the user can
try each step while reading.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from planner.ui.actions import CONTEXT, MENUS, ActionId
from planner.ui.dialogs.shortcuts import on_a_keyboard, plain
from planner.ui.focus_ring import keep_clear_of_ring
from planner.ui.i18n import arg, translated
from planner.ui.look import Look, legend_words, mark_stamp

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from planner.ui.mainwindow import MainWindow

MARK = 16  # the marks' size in the guide, in pixels
# Between a menu and an item in it, as in "View ▸ Legend" (a line may break after the
# arrow, never before it).
SEPARATOR = "\u00a0› "  # (›, not ▸: a glyph every platform's fonts have)


def menu_path(entries: tuple[Any, ...], action_id: ActionId) -> list[str] | None:
    """The (untranslated) submenu titles that lead to `action_id` within `entries`."""
    for entry in entries:
        if entry == action_id:
            return []
        if isinstance(entry, tuple):
            inner = menu_path(entry[1], action_id)
            if inner is not None:
                return [entry[0], *inner]
    return None


def named(text: str) -> str:
    """A menu item's text as running text names it: without its accelerator mark nor
    the "…" that says a dialog follows ("Edit ▸ Find", not "Edit ▸ Find…")."""
    return plain(text).rstrip("…").rstrip()


def first_key(action: QAction) -> str:
    keys = [key for key in action.shortcuts() if on_a_keyboard(key)]
    return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""


class GuideDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Getting Started"))
        # As tall as the window allows, up to the whole guide on a large screen.
        self.resize(640, max(360, min(780, window.height() - 100)))
        self.browser = QTextBrowser(self)
        keep_clear_of_ring(self.browser)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("Getting Started with Planner"))
        self.browser.setOpenLinks(False)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.browser.setFocus()  # the keys scroll the text (Escape closes)

    def _fill(self) -> None:
        self._add_marks(self.browser.document())
        self.browser.setHtml(self.page())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: the marks anew
            self._fill()
        super().changeEvent(event)

    @classmethod
    def show_for(cls, window: MainWindow) -> GuideDialog:
        """The window's guide, shown and raised (one at a time)."""
        guide = window.findChild(cls)
        if guide is None:
            guide = cls(window)
        if guide.isVisible():  # behind the window: brought forward
            guide.raise_()
            guide.activateWindow()
        else:
            guide.show()
        return guide

    # -- what the guide names ----------------------------------------------------------
    def command(self, action_id: ActionId) -> str:
        """The command as the menus show it, "View ▸ Legend", and its key if it has one."""
        window = self._window
        action = window.action_map[action_id]
        path = [named(action.text())]
        for title, entries in MENUS:
            inner = menu_path(entries, action_id)
            if inner is not None:
                titles = [title, *inner]
                path = [plain(translated(CONTEXT, t)) for t in titles] + path
                break
        words = SEPARATOR.join(path)
        key = first_key(action)
        text = f"<b>{html.escape(words)}</b>"
        if key:
            #: A command and its keyboard shortcut: %1 the command, %2 the keys.
            text = arg(html.escape(self.tr("%1 (%2)")), text, f"<kbd>{html.escape(key)}</kbd>")
        return text

    def menu(self, title: str) -> str:
        """A menu of the menu bar, by its title in `MENUS`, as the window shows it."""
        return f"<b>{html.escape(plain(self._window.menus[title].title()))}</b>"

    def key(self, action_id: ActionId) -> str:
        return f"<kbd>{html.escape(first_key(self._window.action_map[action_id]))}</kbd>"

    def button(self, action_id: ActionId) -> str:
        return f"<b>{html.escape(named(self._window.action_map[action_id].text()))}</b>"

    def _add_marks(self, document: QTextDocument) -> None:
        look = Look.of(self.palette())
        ratio = self.devicePixelRatioF()
        for kind, _word in legend_words():
            stamp = mark_stamp(kind, MARK, ratio, look)
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"mark:{kind}"), stamp.toImage()
            )

    def marks(self) -> str:
        """The marks as every view shows them, each with its word (the legend's)."""
        return "&nbsp;&nbsp; ".join(
            f'<img src="mark:{kind}" width="{MARK}" height="{MARK}"> {html.escape(word)}'
            for kind, word in legend_words()
        )

    def sections(self) -> list[tuple[str, str]]:
        """(heading, its paragraphs as HTML) for each step."""
        c, k, b = self.command, self.key, self.button
        A = ActionId

        def para(template: str, *values: str) -> str:
            return f"<p>{arg(html.escape(template), *values)}</p>"

        return [
            (
                self.tr("Star what you want to see"),
                para(
                    #: %1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.
                    self.tr(
                        "Select a session in any view and press %1, or click its star. "
                        "%2, %3 and %4 mark it as a must-see, want to see or maybe: each "
                        "has its own star. %5 finds sessions by title, abstract or speaker."
                    ),
                    k(A.TOGGLE_STAR),
                    k(A.PRIORITY_MUST),
                    k(A.PRIORITY_WANT),
                    k(A.PRIORITY_MAYBE),
                    c(A.FIND),
                )
                + f"<p>{self.marks()}</p>",
            ),
            (
                self.tr("See and settle clashes"),
                para(
                    #: %1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.
                    self.tr(
                        "Sessions you attend that overlap carry the warning triangle in "
                        "every view (%1 explains the marks). My Agenda shows each clash: "
                        "which sessions collide, and what you can attend instead. Select "
                        "one and choose %2 (the others become plan B), or let %3 find the "
                        "best plan; you see its changes first, and %4 undoes them."
                    ),
                    c(A.LEGEND),
                    b(A.ATTEND),
                    b(A.AUTO_RESOLVE),
                    c(A.UNDO),
                ),
            ),
            (
                self.tr("Your day in My Agenda"),
                para(
                    #: %1 is a menu command; %2 and %3 are buttons of My Agenda.
                    self.tr(
                        "%1 lists what you attend, day by day, with your plan B and your "
                        "free time, and sessions that would fill it. Add your own "
                        "commitments (lunch, booth duty) with %2, and the minutes you need "
                        "to walk between rooms with %3."
                    ),
                    c(A.VIEW_AGENDA),
                    b(A.ADD_BUSY),
                    b(A.WALKING_TIME),
                ),
            ),
            (
                self.tr("Put it in your calendar"),
                para(
                    #: %1 to %4 are menu commands.
                    self.tr(
                        "%1 saves your agenda as an iCalendar file that any calendar app "
                        "can import. To keep a calendar up to date as your plans change, "
                        "add it in %2 (a CalDAV account such as Nextcloud, or a folder of "
                        "events): Planner sends it every change, and %3 does so at once. "
                        "%4 makes a pocket agenda to print."
                    ),
                    c(A.EXPORT_ICS),
                    c(A.CALENDARS),
                    c(A.SYNC_CALENDARS),
                    c(A.EXPORT_PDF),
                ),
            ),
            (
                self.tr("Plan with colleagues"),
                para(
                    #: %1 and %2 are menu commands; %3 is the name of a menu.
                    self.tr(
                        "%1 saves your agenda as a file to send to colleagues. %2 shows "
                        "a colleague's agenda beside yours, in My Agenda and the Timetable; "
                        "it also reads the favourites that phone apps export (FOSDEM "
                        "Companion, Sojourner, EventFahrplan). In the %3 menu you can "
                        "compare their agenda with yours or star their sessions as maybe."
                    ),
                    c(A.SHARE_AGENDA),
                    c(A.OPEN_AGENDA),
                    self.menu("&Colleagues"),
                ),
            ),
            (
                self.tr("Take it on your phone"),
                para(
                    #: %1 and %2 are menu commands.
                    self.tr(
                        "%1 shows a QR code and a link that carry your agenda to the "
                        "Giggity app on your phone. Someone sent you a Giggity link? Copy "
                        "it and choose %2 to see its sessions beside yours."
                    ),
                    c(A.SHARE_PHONE),
                    c(A.PASTE_LINK),
                ),
            ),
        ]

    def page(self) -> str:
        intro = self.tr(
            "Planner keeps your conference agenda on this computer and works offline. "
            "These steps take you from the program to a plan you carry with you."
        )
        #: %1 is a menu command (Help ▸ Keyboard Shortcuts).
        outro = arg(html.escape(self.tr("%1 lists every key.")), self.command(ActionId.SHORTCUTS))
        title = self.tr("Getting Started with Planner")
        parts = [f"<h2>{html.escape(title)}</h2>", f"<p>{html.escape(intro)}</p>"]
        for heading, paragraphs in self.sections():
            parts.append(f"<h3>{html.escape(heading)}</h3>{paragraphs}")
        parts.append(f"<p>{outro}</p>")
        return "".join(parts)
