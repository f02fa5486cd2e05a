"""Record what a widget paints - each piece of text with its box and clip, and each
filled rectangle - by rendering it onto a paint device whose engine only takes notes.

The layout tests use it to find text that is clipped, overlaps other text, is painted
over, or sits on the wrong side in a right-to-left layout, without reading pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import (
    QFontMetricsF,
    QPaintDevice,
    QPaintEngine,
    QPaintEngineState,
    QPixmap,
    QTextItem,
)
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Text:
    text: str
    box: QRectF  # where the glyphs are, in the rendered widget's coordinates
    clip: QRectF | None  # the clip in force, in the same coordinates
    order: int  # painting order


@dataclass
class Recording:
    size: QSize
    texts: list[Text] = field(default_factory=list)
    fills: list[tuple[QRectF, int]] = field(default_factory=list)  # opaque rects, order


class _Engine(QPaintEngine):
    def __init__(self, recording: Recording) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.recording = recording
        self.count = 0

    def begin(self, device: QPaintDevice) -> bool:
        return True

    def end(self) -> bool:
        return True

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    def updateState(self, state: QPaintEngineState) -> None:
        """Nothing to keep: the painter is asked for its state when needed."""

    def _next(self) -> int:
        self.count += 1
        return self.count

    def drawTextItem(self, p: QPointF, item: QTextItem) -> None:  # type: ignore[override]
        painter = self.painter()
        metrics = QFontMetricsF(item.font())
        local = QRectF(
            p.x(),
            p.y() - metrics.ascent(),
            metrics.horizontalAdvance(item.text()),
            metrics.ascent() + metrics.descent(),
        )
        transform = painter.transform()
        clip = None
        if painter.hasClipping():
            clip = transform.mapRect(painter.clipBoundingRect())
        self.recording.texts.append(Text(item.text(), transform.mapRect(local), clip, self._next()))

    def drawRects(self, rects: object, count: int | None = None) -> None:
        painter = self.painter()
        if painter.brush().style().value == 0 or painter.brush().color().alpha() < 255:
            return
        items = rects if isinstance(rects, list) else [rects]
        for rect in items:
            box = QRectF(rect)  # type: ignore[arg-type]
            self.recording.fills.append((painter.transform().mapRect(box), self._next()))

    def drawPixmap(self, r: QRectF, pm: QPixmap, sr: QRectF) -> None:  # type: ignore[override]
        """Stamps are pictures, not text."""

    def drawPolygon(self, *_args: object) -> None:
        """Shapes are not text."""

    def drawPath(self, *_args: object) -> None:
        """Shapes are not text."""

    def drawLines(self, *_args: object) -> None:
        """Lines are not text."""


class _Device(QPaintDevice):
    def __init__(self, recording: Recording) -> None:
        super().__init__()
        self.recording = recording
        self.engine = _Engine(recording)

    def paintEngine(self) -> QPaintEngine:
        return self.engine

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        kind = QPaintDevice.PaintDeviceMetric
        size = self.recording.size
        values = {
            kind.PdmWidth: size.width(),
            kind.PdmHeight: size.height(),
            kind.PdmWidthMM: size.width() * 254 // 960,
            kind.PdmHeightMM: size.height() * 254 // 960,
            kind.PdmDpiX: 96,
            kind.PdmDpiY: 96,
            kind.PdmPhysicalDpiX: 96,
            kind.PdmPhysicalDpiY: 96,
            kind.PdmDevicePixelRatio: 1,
            kind.PdmDevicePixelRatioScaled: int(QPaintDevice.devicePixelRatioFScale()),
            kind.PdmDepth: 32,
            kind.PdmNumColors: 0xFFFFFF,
        }
        return values.get(metric, 0)


def record(widget: QWidget) -> Recording:
    """Everything `widget` paints (itself only, not its children)."""
    recording = Recording(widget.size())
    device = _Device(recording)
    widget.render(device, renderFlags=QWidget.RenderFlag.DrawWindowBackground)
    return recording
