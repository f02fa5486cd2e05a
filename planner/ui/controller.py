"""Turns user intents (star, priority, status, note) into undoable core calls.

Every change goes through a `QUndoCommand`, so Ctrl+Z restores the star exactly as it
was (timestamps included). Views listen to `talkChanged` and never call the core to
change anything themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.agenda import Priority
from planner.domain.errors import PlannerError

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.domain.agenda import Star, Status, TalkInfo
    from planner.services import Planner


@dataclass(frozen=True)
class StarTarget:
    """The state a command puts a star into; None fields keep the current value."""

    priority: Priority | None = None
    status: Status | None = None
    note: str | None = None


class StarCommand(QUndoCommand):
    def __init__(
        self, controller: AgendaController, talk: TalkInfo, target: StarTarget | None, text: str
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._conference_id = talk.conference_id
        self._key = talk.key
        self._before: Star | None = talk.star
        self._target = target
        self._applied = False  # by the controller, before the stack's first redo

    def apply(self) -> None:
        """Make the change now; raises (and changes nothing) if it cannot be saved."""
        self._change()
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # the controller applied it and saw it succeed
            self._applied = False
            return
        self._controller.guarded(self.text(), self._change)

    def undo(self) -> None:
        self._controller.guarded(self.text(), self._restore)

    def _change(self) -> None:
        planner = self._controller.planner
        if self._target is None:
            planner.agenda.unstar(self._conference_id, self._key)
        else:
            planner.agenda.star(
                self._conference_id,
                self._key,
                self._target.priority,
                self._target.status,
                self._target.note,
            )
        self._controller.refresh_talk(self._conference_id, self._key)

    def _restore(self) -> None:
        self._controller.planner.agenda.restore_star(self._conference_id, self._key, self._before)
        self._controller.refresh_talk(self._conference_id, self._key)


class AgendaController(QObject):
    talkChanged = Signal(object)  # TalkInfo with its new star
    statusesChanged = Signal(list)  # keys whose star changed in a resolution or merge
    # A change could not be saved (database locked, read-only, disk full): title, message.
    # Nothing changed, and nothing was put on the undo stack.
    failed = Signal(str, str)

    def __init__(self, planner: Planner, parent: Any = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.undo_stack = QUndoStack(self)

    def guarded(self, what: str, change: Callable[[], object]) -> bool:
        """Run `change`; if it cannot be saved, say so (`failed`) instead of raising into
        Qt. Returns whether it was made."""
        try:
            change()
        except PlannerError as error:
            self.failed.emit(f"Could not save: {what}", str(error))
            return False
        return True

    def _push(self, command: StarCommand) -> None:
        """Apply `command`, and only once it is saved, offer it for undo."""
        if self.guarded(command.text(), command.apply):
            self.undo_stack.push(command)

    def refresh_talk(self, conference_id: int, key: str) -> None:
        self.talkChanged.emit(self.planner.catalog.talk(conference_id, key))

    def toggle_star(self, talk: TalkInfo) -> None:
        if talk.star is None:
            self._push(StarCommand(self, talk, StarTarget(), f"Star “{talk.title}”"))
        else:
            self._push(StarCommand(self, talk, None, f"Unstar “{talk.title}”"))

    def set_priority(self, talk: TalkInfo, priority: Priority) -> None:
        if talk.star is not None and talk.star.priority is priority:
            return
        self._push(
            StarCommand(
                self,
                talk,
                StarTarget(priority=priority),
                f"Mark “{talk.title}” as {priority.label}",
            )
        )

    def set_status(self, talk: TalkInfo, status: Status) -> None:
        if talk.star is not None and talk.star.status is status:
            return
        self._push(
            StarCommand(
                self, talk, StarTarget(status=status), f"Set “{talk.title}” to {status.label}"
            )
        )

    def resolve_keep(self, conference_id: int, key: str) -> dict[str, tuple[Status, Status]]:
        """Attend `key`; what clashes with it becomes plan B. Undoable."""
        changes = self.planner.agenda.resolve_keep(conference_id, key).value
        if changes:
            self.undo_stack.push(
                StatusChangeCommand(self, conference_id, changes, "Resolve a clash")
            )
        return changes

    def apply_resolution(
        self, conference_id: int, changes: dict[str, tuple[Status, Status]]
    ) -> None:
        """Apply auto-resolve's decisions (as previewed). Undoable."""
        if not changes:
            return
        self.planner.agenda.set_statuses(conference_id, {k: new for k, (_, new) in changes.items()})
        self.undo_stack.push(StatusChangeCommand(self, conference_id, changes, "Auto-resolve"))

    def merge_overlay(
        self, overlay_id: int, conference_id: int, priority: Priority = Priority.MAYBE
    ) -> list[str]:
        command = MergeCommand(self, overlay_id, conference_id, priority)
        if self.guarded(command.text(), command.merge):
            command.applied = True
            self.undo_stack.push(command)
        return command.added

    def set_note(self, talk: TalkInfo, note: str) -> None:
        current = talk.star.note if talk.star else ""
        if note == current:
            return
        self._push(StarCommand(self, talk, StarTarget(note=note), f"Edit note on “{talk.title}”"))


class StatusChangeCommand(QUndoCommand):
    """Set several sessions' statuses at once (a resolution); undo puts them back."""

    def __init__(
        self,
        controller: AgendaController,
        conference_id: int,
        changes: dict[str, tuple[Status, Status]],
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._conference_id = conference_id
        self._changes = changes
        self._first = True

    def redo(self) -> None:
        if not self._first:  # the first time, the core already applied it
            self._controller.guarded(
                self.text(),
                lambda: self._controller.planner.agenda.set_statuses(
                    self._conference_id, {k: new for k, (_, new) in self._changes.items()}
                ),
            )
        self._first = False
        self._controller.statusesChanged.emit(list(self._changes))

    def undo(self) -> None:
        self._controller.guarded(
            self.text(),
            lambda: self._controller.planner.agenda.set_statuses(
                self._conference_id, {k: old for k, (old, _) in self._changes.items()}
            ),
        )
        self._controller.statusesChanged.emit(list(self._changes))


class MergeCommand(QUndoCommand):
    """Adopt a colleague's stars; undo removes exactly the stars it added."""

    def __init__(
        self, controller: AgendaController, overlay_id: int, conference_id: int, priority: Priority
    ) -> None:
        super().__init__("Adopt a colleague's sessions")
        self._controller = controller
        self._overlay_id = overlay_id
        self._conference_id = conference_id
        self._priority = priority
        self.added: list[str] = []
        self.applied = False  # by the controller, before the stack's first redo

    def redo(self) -> None:
        if self.applied:
            self.applied = False
            return
        self._controller.guarded(self.text(), self.merge)

    def merge(self) -> None:
        merged = self._controller.planner.sharing.merge_overlay(self._overlay_id, self._priority)
        self.added = merged.value
        self._controller.statusesChanged.emit(self.added)

    def undo(self) -> None:
        def unstar_added() -> None:
            for key in self.added:
                self._controller.planner.agenda.unstar(self._conference_id, key)

        self._controller.guarded(self.text(), unstar_added)
        self._controller.statusesChanged.emit(self.added)
