"""Paints the star column and turns a click on the star into a `toggled` signal.

Qt calls `paint` for every visible cell; we let the base class draw the selection
background, then blit the priority's star from `planner.ui.look` (full for must, half for
want, outlined for maybe, a faint outline when not starred), as every view shows it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from planner.domain.agenda import Priority
from planner.ui.look import Look, star_stamp
from planner.ui.roles import Role


class StarDelegate(QStyledItemDelegate):
    toggled = Signal(QPersistentModelIndex)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Rows tall enough for a star whose fill can be told apart (14 px).
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 22), max(hint.height(), 20))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if index.data(Role.KEY) is None:
            return  # a day or time-slot row
        rect = option.rect
        side = max(4, min(rect.height() - 6, 16))
        value = index.data(Role.PRIORITY)
        stamp = star_stamp(
            Priority(value) if value else None,
            side,
            painter.device().devicePixelRatioF(),
            Look.of(option.palette),
        )
        painter.drawPixmap(
            rect.left() + (rect.width() - side) // 2,
            rect.top() + (rect.height() - side) // 2,
            stamp,
        )

    def editorEvent(
        self,
        event: QEvent,
        model: Any,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and index.data(Role.KEY) is not None
        ):
            self.toggled.emit(QPersistentModelIndex(index))
            return True
        return super().editorEvent(event, model, option, index)
