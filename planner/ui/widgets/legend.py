"""The legend of Planner's marks (View ▸ Legend): what each star and the clash marker mean.

Painted from `planner.ui.look`, the module every view draws its marks with, so the legend
cannot drift from what the views show; repainted in the palette of the moment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.ui.look import Look, legend_words, mark_stamp

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

MARK = 14
GAP = 4  # between a mark and its word
SPACING = 14  # between entries


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(self.tr("Legend"))
        # The tight-transfer mark is told in a sentence of its own (added to the others).
        self.setAccessibleDescription(
            self.tr(
                "Full star: must see. Half star: want to see. Outlined star: maybe. "
                "Warning triangle: a clash."
            )
            + " "
            + self.tr("Outlined warning triangle: a tight transfer.")
        )
        self.setToolTip(
            self.tr(
                "How Planner marks sessions in every view, the PDF and the print-out:\n"
                "full star: must see · half star: want to see · outlined star: maybe\n"
                "warning triangle: a clash with another session you attend (hover it for the "
                "choices)"
            )
            + "\n"
            + self.tr(
                "outlined warning triangle: a tight transfer — no clash, but less time than "
                "the walk to the next session's room"
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(MARK + GAP + metrics.horizontalAdvance(word) for _, word in legend_words())
        return QSize(
            width + SPACING * (len(legend_words()) - 1) + 4, max(MARK, metrics.height()) + 2
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        look = Look.of(self.palette())
        ratio = self.devicePixelRatioF()
        metrics = self.fontMetrics()
        x = 2
        middle = self.height() // 2
        painter.setPen(self.palette().windowText().color())
        for kind, word in legend_words():
            stamp = mark_stamp(kind, MARK, ratio, look)
            painter.drawPixmap(QPoint(x, middle - MARK // 2), stamp)
            x += MARK + GAP
            width = metrics.horizontalAdvance(word)
            painter.drawText(x, 0, width, self.height(), Qt.AlignmentFlag.AlignVCenter, word)
            x += width + SPACING
        painter.end()
