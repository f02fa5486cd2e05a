"""Turns user intents about the agenda into undoable operations.

Each intent is one operation of the core run by the `OperationRunner`, with the
`UndoStep` that takes it back: Ctrl+Z restores a star exactly as it was (timestamps
included), read in the operation's own transaction. The views follow through the store;
nothing here updates a view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.agenda import Priority
from planner.ui.i18n import Translatable, arg
from planner.ui.operations import UndoStep
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtGui import QUndoStack

    from planner.domain.agenda import Star, Status, TalkInfo
    from planner.domain.changes import Result
    from planner.services import Planner
    from planner.services.agenda import NoteChange, SessionNote, StarChange, StatusChanges
    from planner.ui.operations import OperationRunner


class AgendaController(Translatable):
    """(Its texts name undo steps: Edit ▸ Undo shows them after "Undo".)"""

    def __init__(self, runner: OperationRunner) -> None:
        self.runner = runner

    @property
    def undo_stack(self) -> QUndoStack:
        return self.runner.undo_stack

    # -- stars -------------------------------------------------------------------------
    def toggle_star(self, talk: TalkInfo) -> None:
        conference_id, key = talk.conference_id, talk.key
        self.runner.run(
            lambda core: core.agenda.toggle_star(conference_id, key),
            undo=self._star_undo(conference_id, talk.title),
            what=self._star_text(talk.star is None, talk.title),
        )

    def _star_text(self, starring: bool, title: str) -> str:
        #: An undo step; %1 is a session's title.
        star = self.tr("Star “%1”")
        #: An undo step; %1 is a session's title.
        unstar = self.tr("Unstar “%1”")
        return arg(star if starring else unstar, title)

    def set_priority(self, talk: TalkInfo, priority: Priority) -> None:
        if talk.star is not None and talk.star.priority is priority:
            return
        #: An undo step; %1 is a session's title, %2 a priority ("Must see").
        text = arg(self.tr("Mark “%1” as %2"), talk.title, WORDS.priority(priority))
        self._change(talk, text, priority=priority)

    def set_status(self, talk: TalkInfo, status: Status) -> None:
        if talk.star is not None and talk.star.status is status:
            return
        #: An undo step; %1 is a session's title, %2 a status ("Plan B").
        text = arg(self.tr("Set “%1” to %2"), talk.title, WORDS.status(status))
        self._change(talk, text, status=status)

    def set_note(self, talk: TalkInfo, note: str) -> None:
        """Keep a note; a session without a star gets none (a note plans nothing)."""
        if note == talk.note:
            return
        conference_id, key = talk.conference_id, talk.key
        #: An undo step; %1 is a session's title.
        text = arg(self.tr("Edit note on “%1”"), talk.title)

        def step(change: NoteChange) -> UndoStep:
            def restore(state: SessionNote) -> Callable[[Planner], Result[None]]:
                return lambda core: core.agenda.restore_note(conference_id, key, state)

            return UndoStep(
                text, restore(change.after), restore(change.before), ("note", conference_id, key)
            )

        self.runner.run(
            lambda core: core.agenda.set_note(conference_id, key, note), undo=step, what=text
        )

    def _change(
        self,
        talk: TalkInfo,
        text: str,
        *,
        priority: Priority | None = None,
        status: Status | None = None,
    ) -> None:
        conference_id, key = talk.conference_id, talk.key
        self.runner.run(
            lambda core: core.agenda.star(conference_id, key, priority, status),
            undo=self._star_undo(conference_id, talk.title, text),
            what=text,
        )

    def _star_undo(
        self, conference_id: int, title: str, text: str | None = None
    ) -> Callable[[StarChange], UndoStep]:
        def step(change: StarChange) -> UndoStep:
            def restore(star: Star | None) -> Callable[[Planner], Result[None]]:
                return lambda core: core.agenda.restore_star(conference_id, change.key, star)

            return UndoStep(
                text or self._star_text(change.after is not None, title),
                restore(change.after),
                restore(change.before),
            )

        return step

    # -- clashes -----------------------------------------------------------------------
    def resolve_keep(
        self, conference_id: int, key: str, done: Callable[[StatusChanges], None]
    ) -> None:
        """Attend `key`; what clashes with it becomes plan B. Undoable."""
        self.runner.run(
            lambda core: core.agenda.resolve_keep(conference_id, key),
            done=done,
            undo=lambda moved: self._statuses_step(
                conference_id, moved, self.tr("Resolve a clash")
            ),
            what=self.tr("Resolve a clash"),
        )

    def apply_resolution(self, conference_id: int, changes: StatusChanges) -> None:
        """Apply auto-resolve's decisions (as previewed). Undoable."""
        if not changes:
            return
        after = {key: new for key, (_, new) in changes.items()}
        self.runner.run(
            lambda core: core.agenda.set_statuses(conference_id, after),
            undo=lambda _: self._statuses_step(conference_id, changes, self.tr("Auto-resolve")),
            what=self.tr("Auto-resolve"),
        )

    @staticmethod
    def _statuses_step(conference_id: int, changes: StatusChanges, text: str) -> UndoStep | None:
        if not changes:
            return None
        before: Mapping[str, Status | None] = {key: old for key, (old, _) in changes.items()}
        after: Mapping[str, Status] = {key: new for key, (_, new) in changes.items()}
        return UndoStep(
            text,
            lambda core: core.agenda.set_statuses(conference_id, after),
            lambda core: core.agenda.set_statuses(conference_id, before),
        )

    # -- colleagues --------------------------------------------------------------------
    def merge_overlay(
        self,
        overlay_id: int,
        conference_id: int,
        done: Callable[[list[str]], None],
        priority: Priority = Priority.MAYBE,
    ) -> None:
        """Adopt a colleague's stars; undo removes exactly the stars it added."""

        text = self.tr("Adopt a colleague's sessions")

        def step(added: list[str]) -> UndoStep:
            return UndoStep(
                text,
                lambda core: core.sharing.merge_overlay(overlay_id, priority),
                lambda core: core.agenda.remove_stars(conference_id, added),
            )

        self.runner.run(
            lambda core: core.sharing.merge_overlay(overlay_id, priority),
            done=done,
            undo=step,
            what=text,
        )
