"""Elided, laid-out text kept between repaints.

Drawing text through `QPainter.drawText` shapes, wraps and elides it again on every paint;
for a list or timetable repainted on every keystroke that was most of the time a repaint
took. The views here draw the same few hundred strings in a handful of fonts, so each
(text, font, width, lines) is laid out once into a `QStaticText` and only blitted later.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QStaticText


class LaidOut(NamedTuple):
    text: QStaticText
    line_height: int  # of the font, for centring one line in a cell


class TextLayouts:
    def __init__(self, limit: int = 8_192) -> None:
        self._limit = limit
        self._layouts: dict[tuple[str, str, int, int], LaidOut] = {}
        self._metrics: dict[str, QFontMetrics] = {}

    def metrics(self, font: QFont) -> QFontMetrics:
        key = font.key()
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetrics(font)
        return metrics

    def get(self, text: str, font: QFont, width: int, lines: int = 1) -> LaidOut:
        """`text` elided to fit `lines` lines of `width` pixels (wrapped when more than
        one; line breaks become spaces when one), laid out in `font`."""
        key = (text, font.key(), width, lines)
        laid_out = self._layouts.get(key)
        if laid_out is None:
            if len(self._layouts) >= self._limit:
                self._layouts.clear()  # columns were resized, or the texts moved on
            if lines == 1 and ("\n" in text or "\r" in text):
                text = " ".join(text.split())
            metrics = self.metrics(font)
            # Wrapped lines break at spaces, so leave some room for the ragged ends.
            room = width * lines - metrics.averageCharWidth() * 4 * (lines - 1)
            static = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
            static.setTextFormat(Qt.TextFormat.PlainText)
            if lines > 1:
                static.setTextWidth(width)
            static.prepare(font=font)
            laid_out = self._layouts[key] = LaidOut(static, metrics.height())
        return laid_out
