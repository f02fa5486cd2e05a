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

if TYPE_CHECKING:
    from planner.domain.agenda import Priority, Star, Status, TalkInfo
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

    def redo(self) -> None:
        planner = self._controller.planner
        if self._target is None:
            planner.unstar(self._conference_id, self._key)
        else:
            planner.star(
                self._conference_id,
                self._key,
                self._target.priority,
                self._target.status,
                self._target.note,
            )
        self._controller.refresh_talk(self._conference_id, self._key)

    def undo(self) -> None:
        self._controller.planner.restore_star(self._conference_id, self._key, self._before)
        self._controller.refresh_talk(self._conference_id, self._key)


class AgendaController(QObject):
    talkChanged = Signal(object)  # TalkInfo with its new star

    def __init__(self, planner: Planner, parent: Any = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.undo_stack = QUndoStack(self)

    def refresh_talk(self, conference_id: int, key: str) -> None:
        self.talkChanged.emit(self.planner.talk(conference_id, key))

    def toggle_star(self, talk: TalkInfo) -> None:
        if talk.star is None:
            self.undo_stack.push(StarCommand(self, talk, StarTarget(), f"Star “{talk.title}”"))
        else:
            self.undo_stack.push(StarCommand(self, talk, None, f"Unstar “{talk.title}”"))

    def set_priority(self, talk: TalkInfo, priority: Priority) -> None:
        if talk.star is not None and talk.star.priority is priority:
            return
        self.undo_stack.push(
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
        self.undo_stack.push(
            StarCommand(
                self, talk, StarTarget(status=status), f"Set “{talk.title}” to {status.label}"
            )
        )

    def set_note(self, talk: TalkInfo, note: str) -> None:
        current = talk.star.note if talk.star else ""
        if note == current:
            return
        self.undo_stack.push(
            StarCommand(self, talk, StarTarget(note=note), f"Edit note on “{talk.title}”")
        )
