"""Colleagues' agendas in the window: opening one, the Colleagues menu, showing or hiding,
adopting their stars, comparing, removing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from planner.ui.actions import MENUS, OVERLAY_ACTIONS
from planner.ui.plain import show_message

if TYPE_CHECKING:
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QMenu

    from planner.services import AgendaImport, Comparison
    from planner.ui.mainwindow import MainWindow
    from planner.ui.state import SessionStore

AGENDA_FILTER = "Agendas (*.planner-agenda *.ics);;All files (*)"


def comparison_text(comparison: Comparison, store: SessionStore, zone: ZoneInfo) -> str:
    """The comparison as the message box shows it."""

    def titles(keys: tuple[str, ...]) -> str:
        found = [store.talk(k) for k in keys]
        return "\n".join(f"  • {t.title}" for t in found if t is not None) or "  (none)"

    free = (
        "\n".join(
            f"  • {a.astimezone(zone):%a %H:%M}–{b.astimezone(zone):%H:%M}"
            for a, b in comparison.common_free
        )
        or "  (none)"
    )
    name = comparison.overlay.name
    return (
        f"Together:\n{titles(comparison.shared)}\n\nOnly you:\n"
        f"{titles(comparison.only_mine)}\n\nOnly {name}:\n"
        f"{titles(comparison.only_theirs)}\n\nFree at the same time:\n{free}"
    )


def import_summary(result: AgendaImport) -> str:
    lines = [f"{result.overlay.name} attends {len(result.overlay.attending())} sessions."]
    if result.unmatched:
        lines.append("Not in this program: " + "; ".join(s.title for s in result.unmatched[:10]))
    if result.other_program_version:
        lines.append("It was made from another version of the program.")
    return " ".join(lines)


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

    def open_agenda(self, path: Path | None = None) -> None:
        window = self._window
        if path is None:
            path = window.ask_open_path("Open a Colleague's Agenda", AGENDA_FILTER)
        conference_id = window.store.conference_id
        if path is None or conference_id is None:
            return
        chosen = path
        window.runner.run(
            lambda core: core.sharing.import_agenda(chosen, conference_id),
            done=lambda result: window.statusBar().showMessage(import_summary(result), 15_000),
            error=lambda error: window.show_error("Cannot open this agenda", str(error)),
        )

    def set_visible(self, overlay_id: int, visible: bool) -> None:
        self._window.runner.run(
            lambda core: core.sharing.set_overlay_visible(overlay_id, visible),
            what="Show or hide a colleague's agenda",
        )

    def merge(self, overlay_id: int) -> None:
        window = self._window
        conference_id = window.store.conference_id
        if conference_id is None:
            return
        window.controller.merge_overlay(
            overlay_id,
            conference_id,
            done=lambda added: window.statusBar().showMessage(
                f"Starred {len(added)} of their sessions as maybe.", 8000
            ),
        )

    def compare(self, overlay_id: int) -> None:
        window = self._window

        def show(comparison: Comparison) -> None:
            show_message(
                window,
                QMessageBox.Icon.Information,
                f"You and {comparison.overlay.name}",
                comparison_text(comparison, window.store, window.store.zone),
            )

        window.runner.call(lambda core: core.sharing.compare(overlay_id), show)

    def remove(self, overlay_id: int) -> None:
        self._window.runner.run(
            lambda core: core.sharing.remove_overlay(overlay_id),
            what="Remove a colleague's agenda",
        )
