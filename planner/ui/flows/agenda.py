"""My Agenda's commands: attend one session of a clash, auto-resolve with a preview,
walking time, busy blocks."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from planner.domain.agenda import Status
from planner.domain.conflicts import Commitment
from planner.ui.flows.files import warn_on_failure
from planner.ui.i18n import Translatable, arg
from planner.ui.operations import UndoStep

if TYPE_CHECKING:
    from planner.domain.resolution import Resolution
    from planner.services.agenda import StatusChanges
    from planner.ui.mainwindow import MainWindow
    from planner.ui.models.agenda_model import Entry


class AgendaFlow(Translatable):
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        # Attend This and Remove Busy Block act on My Agenda's current row: they are
        # enabled only while there is one they can act on (not in an empty agenda).
        refresh = window.commands.refresh_enabled
        window.agenda_view.selectionModel().currentChanged.connect(refresh)
        for changed in (
            window.agenda_model.modelReset,
            window.agenda_model.layoutChanged,
            window.agenda_model.rowsRemoved,
        ):
            changed.connect(refresh)

    def can_attend(self) -> bool:
        """Is My Agenda's current row a session (attended, plan B, clashing, suggested) that
        attending would change: one not attended yet, or one others clash with? (Attending
        a session already attended that nothing clashes with would move nothing.)"""
        entry = self._selected()
        if entry is None or not entry.key or entry.busy_id is not None:
            return False
        store = self._window.store
        talk = store.talk(entry.key)
        if talk is None:
            return False
        if talk.star is None or talk.star.status is not Status.ATTEND:
            return True
        if talk.key in store.clashing:  # (with a busy block too: its row is in the clash)
            return True
        from planner.domain.resolution import clashes_with  # not before the first paint

        others = [c for c in store.attending_commitments() if c.key != talk.key]
        return bool(clashes_with(Commitment.of_starred(talk), others, store.settings))

    def can_remove_busy(self) -> bool:
        entry = self._selected()
        return entry is not None and entry.busy_id is not None

    def _selected(self) -> Entry | None:
        index = self._window.agenda_view.currentIndex()
        return self._window.agenda_model.entry(index) if index.isValid() else None

    def _say(self, message: str, milliseconds: int = 5000) -> None:
        self._window.statusBar().showMessage(message, milliseconds)

    def attend_selected(self) -> None:
        window = self._window
        entry = self._selected()
        conference_id = window.store.conference_id
        # Any row that stands for a session: attended, plan B, in a clash, a suggestion.
        if entry is None or not entry.key or entry.busy_id is not None:
            self._say(self.tr("Select a session in a clash (or a plan B) first."))
            return
        if conference_id is None:
            return
        key = entry.key

        def done(moved: StatusChanges) -> None:
            chosen = window.store.talk(key)
            to_plan_b = sum(1 for _, new in moved.values() if new is Status.PLAN_B)
            title = chosen.title if chosen else key
            #: %1: the session now attended; %Ln: how many others became plan B.
            self._say(
                arg(self.tr("Attending “%1”; %Ln moved to plan B.", "", to_plan_b), title), 8000
            )

        window.controller.resolve_keep(conference_id, key, done)

    def auto_resolve(self) -> None:
        window = self._window
        conference_id = window.store.conference_id
        if conference_id is None:
            return

        def preview(resolution: Resolution) -> None:
            from planner.ui.dialogs.resolve import AutoResolvePreview  # not before 1st paint

            if AutoResolvePreview.confirm(resolution, window, zone=window.store.zone):
                window.controller.apply_resolution(
                    conference_id, {d.key: (d.previous, d.status) for d in resolution.changes}
                )

        window.runner.call(
            lambda core: core.agenda.resolve_auto(conference_id, dry_run=True).value, preview
        )

    def edit_walking_time(self) -> None:
        window = self._window
        conference_id = window.store.conference_id
        if conference_id is None:
            return
        from planner.ui.dialogs.resolve import ConflictSettingsDialog

        chosen = ConflictSettingsDialog.ask(window.store.settings, window)
        if chosen is not None:
            window.runner.run(
                lambda core: core.agenda.set_conflict_settings(conference_id, chosen),
                what=self.tr("Walking time"),
            )

    def add_busy_block(self) -> None:
        window = self._window
        conference = window.store.conference
        if conference is None:
            return
        talk = window.current_talk()
        start = (
            talk.start
            if talk
            else min((t.start for t in window.store.talks), default=datetime.now(UTC))
        )
        from planner.ui.dialogs.resolve import BusyBlockDialog

        block = BusyBlockDialog.ask(conference.zone, start, window)
        if block is None:
            return
        title, begin, end = block
        conference_id = conference.id
        window.runner.run(
            lambda core: core.agenda.add_busy(conference_id, title, begin, end),
            error=warn_on_failure(window, self.tr("Cannot add this busy block")),
            undo=lambda busy: UndoStep(
                self.tr("Add a busy block"),
                lambda core: core.agenda.restore_busy(busy),
                lambda core: core.agenda.remove_busy(busy.id),
            ),
        )

    def remove_busy_block(self) -> None:
        entry = self._selected()
        if entry is None or entry.busy_id is None:
            self._say(self.tr("Select one of your busy blocks first."))
            return
        busy_id = entry.busy_id
        self._window.runner.run(
            lambda core: core.agenda.remove_busy(busy_id),
            what=self.tr("Remove a busy block"),
            undo=lambda busy: UndoStep(
                self.tr("Remove a busy block"),
                lambda core: core.agenda.remove_busy(busy.id),
                lambda core: core.agenda.restore_busy(busy),
            ),
        )
