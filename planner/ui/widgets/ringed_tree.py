"""A tree view whose current row, while the view has the keyboard focus, is framed like
the focus ring (at 3:1 or more against the row and the rows around it, light and dark):
Qt's own mark of the current item is a faint frame round one cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from planner.ui.focus_ring import paint_current
from planner.ui.widgets.clear_views import ClearTreeView

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QFocusEvent, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    Index = QModelIndex | QPersistentModelIndex


class RingedTreeView(ClearTreeView):
    """Its content also keeps clear of the focus ring round the view (`ClearTreeView`)."""

    def drawRow(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> None:
        super().drawRow(painter, option, index)
        current = self.currentIndex()
        if (
            self.hasFocus()
            and current.isValid()
            and index.row() == current.row()
            and index.parent() == current.parent()
        ):
            row = QRectF(option.rect)
            row.setLeft(0)
            row.setRight(self.viewport().width() - 1)
            paint_current(painter, row, self.palette())

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        self.viewport().update()  # the old row loses its frame, the new one gets it

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()
