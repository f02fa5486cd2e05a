"""Paints one line of text per cell from laid-out text kept between repaints.

QStyledItemDelegate lays every cell's text out again on every paint (shaping, eliding);
with a keystroke refiltering the list that is most of the time a repaint takes. Cells
here only ever hold one line, in a handful of fonts, so the elided, laid-out text
(`QStaticText`) is kept per text, width and font and only blitted on later repaints.

The delegate reads the display text, font, foreground and decoration roles (a colour
shown as a swatch, as Qt's own delegate does) and draws selection and focus through the
style, so it looks like the stock delegate under every style and palette.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.ui.roles import Role
from planner.ui.text_layouts import TextLayouts

_LOOK = int(Role.LOOK)
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_FOCUSED = QStyle.StateFlag.State_HasFocus.value
_SWATCH = 14
Look = tuple[object, object, object, object]


class OneLineTextDelegate(QStyledItemDelegate):
    """Qt calls `paint` for each of a few hundred visible cells per repaint; every Python
    to Qt call costs microseconds, so a cell costs one model call (`Role.LOOK`, with the
    single roles as fallback for other models) and as few Qt calls as drawing needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layouts = TextLayouts()
        self._margins: dict[int, int] = {}

    def _margin(self, style: QStyle) -> int:
        margin = self._margins.get(id(style))
        if margin is None:  # as QStyledItemDelegate: the focus frame's margin plus one
            margin = self._margins[id(style)] = (
                style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
            )
        return margin

    @staticmethod
    def _look(index: QModelIndex | QPersistentModelIndex) -> Look:
        look = index.data(_LOOK)
        if isinstance(look, tuple):
            return look
        return (
            index.data(Qt.ItemDataRole.DisplayRole),
            index.data(Qt.ItemDataRole.FontRole),
            index.data(Qt.ItemDataRole.ForegroundRole),
            index.data(Qt.ItemDataRole.DecorationRole),
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        state = option.state.value
        rect: QRect = option.rect
        if state & _SELECTED:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        margin = self._margin(style)
        left, right = rect.left() + margin, rect.right() - margin
        text, font, foreground, swatch = self._look(index)
        if isinstance(swatch, QColor):
            top = rect.top() + (rect.height() - _SWATCH) // 2
            painter.fillRect(left, top, _SWATCH, _SWATCH, swatch)
            left += _SWATCH + margin
        if text:
            if not isinstance(font, QFont):
                font = option.font
            if state & _SELECTED or not isinstance(foreground, (QColor, QBrush)):
                group = (
                    QPalette.ColorGroup.Normal if state & _ACTIVE else QPalette.ColorGroup.Inactive
                )
                role = (
                    QPalette.ColorRole.HighlightedText
                    if state & _SELECTED
                    else QPalette.ColorRole.Text
                )
                foreground = option.palette.color(group, role)
            laid_out = self.layouts.get(str(text), font, max(0, right - left + 1))
            height = self.layouts.metrics(font).height()
            x = left
            if option.direction == Qt.LayoutDirection.RightToLeft:
                x = right + 1 - round(laid_out.size().width())
            painter.save()
            painter.setFont(font)
            painter.setPen(foreground if isinstance(foreground, QColor) else foreground.color())
            painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - height) / 2), laid_out)
            painter.restore()
        if state & _FOCUSED:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, widget)
