"""Tree and table views whose content keeps clear of the focus ring
(`planner.ui.focus_ring.keep_clear_of_ring`): Qt's tree and table views set their viewport
margins afresh each time they lay themselves out (for their headers), so these give the
ring its room back after that.

Each such layout resizes the viewport twice - to Qt's margins, then back to ours - which
is no change of the width anyone made. While it runs `laying_out` is true, and what
follows the viewport's width (`FittedColumns`) waits for `laidOut`, when the viewport has
its width again: a column the user dragged is not fitted back to the view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableView, QTreeView, QTreeWidget, QWidget

from planner.ui.focus_ring import keep_clear_of_ring
from planner.ui.viewports import own_viewport

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QAbstractScrollArea


class _Layout:
    """What the three views share (a plain class: Qt's classes are the views' bases)."""

    laying_out = False


def lay_out(view: QAbstractScrollArea, state: _Layout, update: Callable[[], None]) -> bool:
    """Qt's own layout of `view` (`update`), then the ring's room; True when this was the
    outermost of the layouts (each viewport resize starts another inside it)."""
    if state.laying_out:
        update()
        keep_clear_of_ring(view)  # (at once: the rest of the outer layout sees its width)
        return False
    state.laying_out = True
    try:
        update()
        keep_clear_of_ring(view)
    finally:
        state.laying_out = False
    return True


class ClearTreeView(QTreeView, _Layout):
    laidOut = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)

    def updateGeometries(self) -> None:
        if lay_out(self, self, super().updateGeometries):
            self.laidOut.emit()


class ClearTreeWidget(QTreeWidget, _Layout):
    laidOut = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)

    def updateGeometries(self) -> None:
        if lay_out(self, self, super().updateGeometries):
            self.laidOut.emit()


class ClearTableView(QTableView, _Layout):
    laidOut = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)

    def updateGeometries(self) -> None:
        if lay_out(self, self, super().updateGeometries):
            self.laidOut.emit()
