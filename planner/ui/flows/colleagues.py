"""Colleagues' agendas in the window: opening one, the Colleagues menu, showing or hiding,
adopting their stars, comparing, removing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.ui.actions import MENUS, OVERLAY_ACTIONS
from planner.ui.flows.files import warn_on_failure
from planner.ui.i18n import Translatable, arg
from planner.ui.locale_format import Formats, range_dash
from planner.ui.plain import show_message

if TYPE_CHECKING:
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QMenu

    from planner.services import AgendaImport, Comparison
    from planner.ui.mainwindow import MainWindow
    from planner.ui.state import SessionStore


class ColleagueTexts(Translatable):
    """What the window says about colleagues' agendas."""

    def agenda_filter(self) -> str:
        # Phone apps' favourites too: FOSDEM Companion's .ics, Sojourner's and the FOSDEM
        # PWA's .csv, EventFahrplan's .json (planner.sharing.apps reads each).
        #: File dialog filter: keep the patterns in brackets and the ";;" as they are.
        return self.tr(
            "Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)"
        )

    def comparison(self, comparison: Comparison, store: SessionStore, zone: ZoneInfo) -> str:
        """The comparison as the message box shows it."""
        formats = Formats()
        #: In a list of sessions or times that is empty.
        none = self.tr("  (none)")

        def titles(keys: tuple[str, ...]) -> str:
            found = [store.talk(k) for k in keys]
            return "\n".join(f"  • {t.title}" for t in found if t is not None) or none

        free = (
            "\n".join(
                f"  • {formats.day_time(a, zone)}{range_dash()}{formats.time(b, zone)}"
                for a, b in comparison.common_free
            )
            or none
        )
        #: %1–%4 are lists, one item a line; %5 is the colleague's name.
        text = self.tr(
            "Together:\n%1\n\nOnly you:\n%2\n\nOnly %5:\n%3\n\nFree at the same time:\n%4"
        )
        return arg(
            text,
            titles(comparison.shared),
            titles(comparison.only_mine),
            titles(comparison.only_theirs),
            free,
            comparison.overlay.name,
        )

    def import_summary(self, result: AgendaImport) -> str:
        count = len(result.overlay.attending())
        #: %1 is the colleague's name.
        lines = [arg(self.tr("%1 attends %Ln session(s).", "", count), result.overlay.name)]
        if result.unmatched:
            titles = "; ".join(s.title for s in result.unmatched[:10])
            lines.append(arg(self.tr("Not in this program: %1"), titles))
        if result.not_imported:  # from a phone app: what fits no session, and why
            from planner.ui.core_text import NOTES

            items = "; ".join(NOTES.say(note) for note in result.not_imported[:5])
            lines.append(arg(self.tr("Not imported: %1"), items))
        if result.other_program_version:
            lines.append(self.tr("It was made from another version of the program."))
        return " ".join(lines)

    def merged(self, count: int) -> str:
        return self.tr("Starred %Ln of their sessions as maybe.", "", count)

    def open_title(self) -> str:
        return self.tr("Open a Colleague's Agenda")

    def cannot_open(self) -> str:
        return self.tr("Cannot open this agenda")

    def show_or_hide(self) -> str:
        return self.tr("Show or hide a colleague's agenda")

    def remove(self) -> str:
        return self.tr("Remove a colleague's agenda")

    def you_and(self, name: str) -> str:
        #: Title of the comparison; %1 is the colleague's name.
        return arg(self.tr("You and %1"), name)


TEXTS = ColleagueTexts()


def comparison_text(comparison: Comparison, store: SessionStore, zone: ZoneInfo) -> str:
    """The comparison as the message box shows it."""
    return TEXTS.comparison(comparison, store, zone)


def import_summary(result: AgendaImport) -> str:
    return TEXTS.import_summary(result)


class ColleaguesFlow:
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        self._window = window
        self.menu = menu
        window.store.overlaysChanged.connect(self.rebuild_menu)
        window.store.reset.connect(self.rebuild_menu)

    def rebuild_menu(self) -> None:
        """The static entries, then a submenu per colleague's agenda."""
        window = self._window
        self.menu.clear()
        window.commands.fill_menu(self.menu, dict(MENUS)["&Colleagues"])
        for overlay in window.store.overlays:
            sub = self.menu.addMenu(overlay.name)
            window.commands.add_item_actions(sub, OVERLAY_ACTIONS, overlay, overlay.id)

    def open_agenda(self, path: Path | str | None = None) -> None:
        """A colleague's agenda file or .ics, a Giggity link, or a phone app's favourites."""
        window = self._window
        if path is None:
            path = window.ask_open_path(TEXTS.open_title(), TEXTS.agenda_filter())
        conference_id = window.store.conference_id
        if path is None or conference_id is None:
            return
        chosen = str(path)
        window.runner.run(
            lambda core: core.phone.import_shared(chosen, conference_id),
            done=lambda result: window.statusBar().showMessage(import_summary(result), 15_000),
            error=warn_on_failure(window, TEXTS.cannot_open()),
        )

    def set_visible(self, overlay_id: int, visible: bool) -> None:
        self._window.runner.run(
            lambda core: core.sharing.set_overlay_visible(overlay_id, visible),
            what=TEXTS.show_or_hide(),
        )

    def merge(self, overlay_id: int) -> None:
        window = self._window
        conference_id = window.store.conference_id
        if conference_id is None:
            return
        window.controller.merge_overlay(
            overlay_id,
            conference_id,
            done=lambda added: window.statusBar().showMessage(TEXTS.merged(len(added)), 8000),
        )

    def compare(self, overlay_id: int) -> None:
        window = self._window

        def show(comparison: Comparison) -> None:
            from PySide6.QtWidgets import QMessageBox  # (making a Qt class makes its enums)

            show_message(
                window,
                QMessageBox.Icon.Information,
                TEXTS.you_and(comparison.overlay.name),
                comparison_text(comparison, window.store, window.store.zone),
            )

        window.runner.call(lambda core: core.sharing.compare(overlay_id), show)

    def remove(self, overlay_id: int) -> None:
        self._window.runner.run(
            lambda core: core.sharing.remove_overlay(overlay_id),
            what=TEXTS.remove(),
        )
