"""Paints one line of text per cell from laid-out text kept between repaints.

QStyledItemDelegate lays every cell's text out again on every paint (shaping, eliding);
with a keystroke refiltering the list that is most of the time a repaint takes. Cells
here only ever hold one line, in a handful of fonts, so the elided, laid-out text
(`QStaticText`) is kept per text, width and font and only blitted on later repaints.

The delegate reads the display text, font, foreground and decoration roles (a colour
shown as a swatch, as Qt's own delegate does, or an icon: the clash marker) and draws
selection and focus through the style, so it looks like the stock delegate under every
style and palette. Where the search matched (`Role.MATCHES`, given by the List's proxy),
the text is highlighted: a marker-pen background, or an underline on a selected row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.ui.focus_ring import paint_current
from planner.ui.look import Look
from planner.ui.roles import Role
from planner.ui.text_layouts import TextLayouts

_LOOK = int(Role.LOOK)
_MATCHES = int(Role.MATCHES)
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_FOCUSED = QStyle.StateFlag.State_HasFocus.value
_SWATCH = 14
CellLook = tuple[object, object, object, object]


class OneLineTextDelegate(QStyledItemDelegate):
    """Qt calls `paint` for each of a few hundred visible cells per repaint; every Python
    to Qt call costs microseconds, so a cell costs one model call (`Role.LOOK`, with the
    single roles as fallback for other models) and as few Qt calls as drawing needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layouts = TextLayouts()
        self._margin: int | None = None
        self._colors: dict[tuple[int, QPalette.ColorGroup, QPalette.ColorRole], QColor] = {}

    def _text_color(self, palette: QPalette, state: int) -> QColor:
        group = QPalette.ColorGroup.Normal if state & _ACTIVE else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole.HighlightedText if state & _SELECTED else QPalette.ColorRole.Text
        key = (palette.cacheKey(), group, role)
        color = self._colors.get(key)
        if color is None:
            if len(self._colors) > 64:
                self._colors.clear()
            color = self._colors[key] = palette.color(group, role)
        return color

    @staticmethod
    def _look(index: QModelIndex | QPersistentModelIndex) -> CellLook:
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
        state = option.state.value
        rect: QRect = option.rect
        if state & _SELECTED:
            self._style(widget).drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        margin = self._margin
        if margin is None:  # as QStyledItemDelegate: the focus frame's margin plus one
            style = self._style(widget)
            margin = self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        left, right = rect.left() + margin, rect.right() - margin
        text, font, foreground, swatch = self._look(index)
        if isinstance(swatch, QColor):
            swatch_top = rect.top() + (rect.height() - _SWATCH) // 2
            painter.fillRect(left, swatch_top, _SWATCH, _SWATCH, swatch)
            left += _SWATCH + margin
        elif isinstance(swatch, QIcon):
            swatch_top = rect.top() + (rect.height() - _SWATCH) // 2
            swatch.paint(painter, QRect(left, swatch_top, _SWATCH, _SWATCH))
            left += _SWATCH + margin
        if text:
            if not isinstance(font, QFont):
                font = option.font
            if state & _SELECTED or not isinstance(foreground, (QColor, QBrush)):
                foreground = self._text_color(option.palette, state)
            laid_out, height = self.layouts.get(str(text), font, max(0, right - left + 1))
            x = left
            if option.direction == Qt.LayoutDirection.RightToLeft:
                x = right + 1 - round(laid_out.size().width())
            top = rect.top() + (rect.height() - height) / 2
            spans = index.data(_MATCHES)
            if spans:
                self._mark_matches(painter, laid_out.text(), spans, font, x, top, height, state)
            painter.save()
            painter.setFont(font)
            painter.setPen(foreground if isinstance(foreground, QColor) else foreground.color())
            painter.drawStaticText(QPointF(x, top), laid_out)
            painter.restore()
        if state & _FOCUSED:
            # The current cell of the focused view, framed like the focus ring (Fusion's
            # own focus frame is too faint to see, on a selected row above all).
            paint_current(painter, QRectF(rect), option.palette)

    def _mark_matches(
        self,
        painter: QPainter,
        shown: str,
        spans: list[tuple[int, int]],
        font: QFont,
        x: float,
        top: float,
        height: int,
        state: int,
    ) -> None:
        """Highlight where the search matched what the cell shows (its elided text)."""
        metrics = self.layouts.metrics(font)
        look = Look.current()
        selected = bool(state & _SELECTED)
        painter.save()
        for start, length in spans:
            if start >= len(shown) or (start + length > len(shown) and shown.endswith("…")):
                continue  # elided away
            before = metrics.horizontalAdvance(shown[:start])
            width = metrics.horizontalAdvance(shown[start : start + length])
            if selected:  # on the selection's colour a marker would not read: underline
                painter.fillRect(
                    QRectF(x + before, top + height - 2, width, 2),
                    look.palette.color(QPalette.ColorRole.HighlightedText),
                )
            else:
                painter.fillRect(QRectF(x + before, top, width, height), look.match_background)
        painter.restore()

    @staticmethod
    def _style(widget: QWidget | None) -> QStyle:
        return widget.style() if widget is not None else QApplication.style()
