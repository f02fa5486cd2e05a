"""The Timetable as assistive technology sees it: a list of its sessions, one item each.

The Timetable paints its blocks itself, so Qt knows nothing of them; this module gives the
view an accessible interface (installed as a factory, so the widget needs no change)
whose children are the day's blocks in reading order - by time, then room. Each block
says its title as its name and its day, time, room, star and clash as its description,
is "checked" when starred, "selected" when current, and "off-screen" when scrolled out
of sight; moving between blocks with the keyboard moves the screen reader's focus.

One interface per session is made the first time it is asked for and then kept (keyed by
the session): Qt's accessibility cache holds on to what it was given, so these objects
must outlive every reference to them - a bounded cost of one small object per session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow

from planner.ui.i18n import Translatable, arg
from planner.ui.locale_format import Formats
from planner.ui.widgets.timetable import Block, TimetableView

if TYPE_CHECKING:
    from planner.domain.agenda import TalkInfo


class TimetableSpeech(Translatable):
    """The words a screen reader says about a block."""

    def name(self, talk: TalkInfo) -> str:
        if talk.cancelled:
            return arg(self.tr("Cancelled: %1", "a session no longer in the program"), talk.title)
        return talk.title

    def description(self, view: TimetableView, talk: TalkInfo) -> str:
        zone = view.store.zone
        parts = [Formats().when(talk.start, talk.end, zone)]
        if talk.room:
            parts.append(arg(self.tr("Room: %1"), talk.room))
        if talk.star is not None:
            priority = {
                "must": self.tr("Starred: must see"),
                "want": self.tr("Starred: want to see"),
                "maybe": self.tr("Starred: maybe"),
            }[talk.star.priority.value]
            parts.append(priority)
        if talk.key in view.store.clashing:
            parts.append(self.tr("Clashes with another session you attend"))
        elif talk.key in view.store.tight:
            parts.append(
                self.tr(
                    "Tight transfer: too little time to walk to or from another session you attend"
                )
            )
        names = view.store.attendees(talk.key)
        if names:
            parts.append(arg(self.tr("Also attending: %1"), ", ".join(names)))
        return self.tr("; ", "joins the parts of a session's description").join(parts)


_TEXTS = TimetableSpeech()


# Qt's accessibility API returns null for "no such object" (no child, no window); the
# PySide6 stubs do not say so, hence the `type: ignore[override]` on those methods.


class BlockAccessible(QAccessibleInterface):
    """One session of the Timetable's day (a list item)."""

    def __init__(self, view: TimetableAccessible, key: str) -> None:
        super().__init__()
        self.view = view
        self.key = key

    def _block(self) -> Block | None:
        return self.view.widget.block_of(self.key)

    def _talk(self, block: Block) -> TalkInfo:
        """The session as the store has it now (a block keeps the one it was laid out
        with; stars and notes change without a new layout)."""
        return self.view.widget.store.talk(self.key) or block.talk

    def isValid(self) -> bool:
        return self.view.isValid() and self._block() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.view.window()

    def rect(self) -> QRect:
        block = self._block()
        if block is None:
            return QRect()
        widget = self.view.widget
        local = widget.viewport_rect(block)  # mirrored in a right-to-left layout
        return QRect(widget.viewport().mapToGlobal(local.topLeft()), local.size())

    def text(self, kind: QAccessible.Text) -> str:
        block = self._block()
        if block is None:
            return ""
        if kind == QAccessible.Text.Name:
            return _TEXTS.name(self._talk(block))
        if kind == QAccessible.Text.Description:
            return _TEXTS.description(self.view.widget, self._talk(block))
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """Blocks are read-only."""

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        block = self._block()
        if block is None:
            state.invalid = True
            return state
        widget = self.view.widget
        state.selectable = True
        state.focusable = True
        state.checkable = True
        state.checked = self._talk(block).star is not None
        current = self.key == widget.current_key
        state.selected = current
        state.focused = current and widget.hasFocus()
        visible = QRect(
            QPoint(widget.horizontalScrollBar().value(), widget.verticalScrollBar().value()),
            widget.viewport().size(),
        )
        state.offscreen = not block.rect.intersects(visible)
        state.invisible = not widget.isVisible()
        return state

    def parent(self) -> QAccessibleInterface:
        return self.view

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None


class TimetableAccessible(QAccessibleInterface):
    """The Timetable itself: a list whose items are the day's sessions."""

    def __init__(self, widget: TimetableView) -> None:
        super().__init__()
        self.widget = widget
        self._blocks: dict[str, BlockAccessible] = {}
        widget.currentKeyChanged.connect(self._current_changed)
        widget.store.talkChanged.connect(self._talk_changed)
        widget.store.reset.connect(self._reordered)

    def block_interface(self, key: str) -> BlockAccessible:
        if key not in self._blocks:
            self._blocks[key] = BlockAccessible(self, key)
        return self._blocks[key]

    # -- events ----------------------------------------------------------------------------
    def _send(self, kind: QAccessible.Event, key: str | None = None) -> None:
        if not QAccessible.isActive():
            return
        event = QAccessibleEvent(self, kind)
        if key is not None:
            index = self._index_of_key(key)
            if index < 0:
                return
            event.setChild(index)
        QAccessible.updateAccessibility(event)

    def _current_changed(self, key: str) -> None:
        self._send(QAccessible.Event.Selection, key)
        if self.widget.hasFocus():
            self._send(QAccessible.Event.Focus, key)

    def _talk_changed(self, key: str) -> None:
        self._send(QAccessible.Event.NameChanged, key)
        self._send(QAccessible.Event.DescriptionChanged, key)
        self._send(QAccessible.Event.StateChanged, key)

    def _reordered(self) -> None:
        self._send(QAccessible.Event.ObjectReorder)

    def _index_of_key(self, key: str) -> int:
        return next((i for i, b in enumerate(self.widget.blocks) if b.talk.key == key), -1)

    # -- QAccessibleInterface --------------------------------------------------------------
    def isValid(self) -> bool:
        try:
            return self.widget.isWidgetType()
        except RuntimeError:  # the view is gone
            return False

    def object(self) -> QObject:
        return self.widget

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.widget.window().windowHandle()

    def rect(self) -> QRect:
        return QRect(self.widget.mapToGlobal(QPoint(0, 0)), self.widget.size())

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.widget.accessibleName()
        if kind == QAccessible.Text.Description:
            return self.widget.accessibleDescription()
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """The names are the widget's own."""

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.List

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.focused = self.widget.hasFocus()
        state.invisible = not self.widget.isVisible()
        return state

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        parent = self.widget.parentWidget()
        return QAccessible.queryAccessibleInterface(parent) if parent is not None else None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        blocks = self.widget.blocks
        if 0 <= index < len(blocks):
            return self.block_interface(blocks[index].talk.key)
        return None

    def childCount(self) -> int:
        return len(self.widget.blocks)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, BlockAccessible):
            return self._index_of_key(child.key)
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if self.widget.block_of(self.widget.current_key) is None:
            return None
        return self.block_interface(self.widget.current_key)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        viewport = self.widget.viewport()
        block = self.widget.block_at(viewport.mapFromGlobal(QPoint(x, y)))
        return self.block_interface(block.talk.key) if block is not None else None


def _factory(_class_name: str, candidate: QObject) -> QAccessibleInterface | None:
    if not isinstance(candidate, TimetableView):
        return None
    # Kept on the view itself: the interface lives exactly as long as the view does.
    made = getattr(candidate, "_accessible", None)
    if not isinstance(made, TimetableAccessible):
        made = TimetableAccessible(candidate)
        candidate._accessible = made  # type: ignore[attr-defined]
    return made


_installed = False


def install() -> None:
    """Register the factory (once per process, before the first Timetable is shown)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
