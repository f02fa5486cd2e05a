"""What a test of light and dark checks first: the scheme it asked for is the one painted.
Light and dark cases of a layout test otherwise pass alike whatever the palette (the
layout does not depend on it), and a dark case that never turned dark would pass too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QImage

from planner.ui.appearance import Appearance

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def painted_ground(widget: QWidget) -> QColor:
    """The colour `widget` paints most, as it is on the screen now."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixel(x, y)
            counts[pixel] = counts.get(pixel, 0) + 1
    return QColor(max(counts, key=counts.__getitem__))


def assert_painted_in(widget: QWidget, scheme: Appearance) -> None:
    ground = painted_ground(widget)
    dark = ground.lightness() < 100
    assert dark == (scheme is Appearance.DARK), (type(widget).__name__, ground.name(), scheme)
