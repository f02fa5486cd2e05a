"""Elided, laid-out text kept between repaints.

Drawing text through `QPainter.drawText` shapes, wraps and elides it again on every paint;
for a list or timetable repainted on every keystroke that was most of the time a repaint
took. The views here draw the same few hundred strings in a handful of fonts, so each
(text, font, width, lines) is laid out once into a `QStaticText` and only blitted later.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QStaticText, QTextLayout, QTextOption

# At word boundaries, or inside a word too long for the line (a URL in a title).
WRAPPING = QTextOption()
WRAPPING.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
# The same, each line against the right edge (a right-to-left layout's start).
WRAPPING_RIGHT = QTextOption(WRAPPING)
WRAPPING_RIGHT.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)


class LaidOut(NamedTuple):
    text: QStaticText
    line_height: int  # of the font, for centring one line in a cell


class TextLayouts:
    def __init__(self, limit: int = 8_192) -> None:
        self._limit = limit
        self._layouts: dict[tuple[str, str, int, int, bool], LaidOut] = {}
        self._metrics: dict[str, QFontMetrics] = {}

    def metrics(self, font: QFont) -> QFontMetrics:
        key = font.key()
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetrics(font)
        return metrics

    def get(
        self, text: str, font: QFont, width: int, lines: int = 1, right_to_left: bool = False
    ) -> LaidOut:
        """`text` elided to fit `lines` lines of `width` pixels (wrapped when more than
        one; line breaks become spaces when one), laid out in `font`; each line against
        the right edge in a right-to-left layout."""
        key = (text, font.key(), width, lines, right_to_left)
        laid_out = self._layouts.get(key)
        if laid_out is None:
            if len(self._layouts) >= self._limit:
                self._layouts.clear()  # columns were resized, or the texts moved on
            if lines == 1 and ("\n" in text or "\r" in text):
                text = " ".join(text.split())
            metrics = self.metrics(font)
            shown = (
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                if lines == 1
                else _wrapped(text, font, width, lines, metrics)
            )
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setTextOption(WRAPPING_RIGHT if right_to_left else WRAPPING)
            if lines > 1:
                static.setTextWidth(width)
            static.prepare(font=font)
            laid_out = self._layouts[key] = LaidOut(static, metrics.height())
        return laid_out


def _wrapped(text: str, font: QFont, width: int, lines: int, metrics: QFontMetrics) -> str:
    """`text` as it wraps at `width`, cut after `lines` lines, the last one elided: laid
    out exactly, so the text never needs one line more than it is given."""
    layout = QTextLayout(text, font)
    layout.setTextOption(WRAPPING)
    layout.beginLayout()
    starts: list[tuple[int, int]] = []
    while len(starts) <= lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(starts) <= lines:
        return text
    last_start = starts[lines - 1][0]
    head = text[:last_start].rstrip()
    tail = metrics.elidedText(text[last_start:], Qt.TextElideMode.ElideRight, width)
    return f"{head}\u2028{tail}" if head else tail  # a line break QStaticText keeps
