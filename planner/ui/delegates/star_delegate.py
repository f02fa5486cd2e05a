"""Paints the star column and turns a click on the star into a `toggled` signal.

Qt calls `paint` for every visible cell; we let the base class draw the selection
background, then draw a star polygon whose fill shows the priority: solid gold for must,
solid amber for want, an amber outline for maybe, a grey outline when not starred.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from planner.ui.roles import Role

STAR_COLORS = {
    "must": QColor("#f4b400"),
    "want": QColor("#f6c453"),
    "maybe": QColor("#f6c453"),
}
UNSTARRED = QColor("#9aa0a6")


def star_path(rect: QRectF) -> QPainterPath:
    """A five-pointed star inscribed in `rect`."""
    center = rect.center()
    outer = min(rect.width(), rect.height()) / 2
    inner = outer * 0.45
    path = QPainterPath()
    for point in range(10):
        radius = outer if point % 2 == 0 else inner
        angle = math.pi / 5 * point - math.pi / 2
        vertex = QPointF(
            center.x() + radius * math.cos(angle), center.y() + radius * math.sin(angle)
        )
        if point == 0:
            path.moveTo(vertex)
        else:
            path.lineTo(vertex)
    path.closeSubpath()
    return path


def paint_star(painter: QPainter, rect: QRectF, priority: str | None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = star_path(rect)
    color = STAR_COLORS.get(priority or "", UNSTARRED)
    painter.setPen(QPen(color.darker(130) if priority else color, 1.2))
    if priority in ("must", "want"):
        painter.setBrush(color)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if priority == "must":
        # A must-see gets a second, inner mark so it differs by shape, not only by colour.
        painter.setBrush(color.darker(160))
        painter.setPen(Qt.PenStyle.NoPen)
        dot = min(rect.width(), rect.height()) * 0.16
        painter.drawEllipse(rect.center(), dot, dot)
    painter.restore()


_STAMPS: dict[tuple[str | None, int, float], QPixmap] = {}


def star_stamp(priority: str | None, side: int, ratio: float) -> QPixmap:
    """The star as a pixmap, drawn once per priority, size and screen scale: a list
    repaint then blits ~30 small images instead of building and filling 30 paths."""
    key = (priority, side, ratio)
    stamp = _STAMPS.get(key)
    if stamp is None:
        stamp = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
        stamp.setDevicePixelRatio(ratio)
        stamp.fill(Qt.GlobalColor.transparent)
        painter = QPainter(stamp)
        paint_star(painter, QRectF(0.5, 0.5, side - 1, side - 1), priority)
        painter.end()
        _STAMPS[key] = stamp
    return stamp


class StarDelegate(QStyledItemDelegate):
    toggled = Signal(QPersistentModelIndex)

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
        stamp = star_stamp(index.data(Role.PRIORITY), side, painter.device().devicePixelRatioF())
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
