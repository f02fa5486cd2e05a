"""Planner's visual language, in one place: how a priority, a clash and a track look.

Every view, the legend, the PDF and the print-out take their marks and colours from here,
so a must-see or a clash looks the same wherever it appears:

- A **priority** is a star whose *fill* tells it apart, not only its colour (for readers
  who do not see colours): a must-see is a full star, want to see a half-filled star,
  maybe an outlined one. An unstarred session shows a faint dotted outline where a star
  goes (where a click stars it).
- A **clash** is one marker: a warning triangle with an exclamation mark, in every view
  (the Timetable also outlines the block in the same colour). A **tight transfer** (too
  little time to walk to the next session, not a clash) is the same triangle outlined,
  not filled (the Timetable outlines its block with a dashed line).
- **Tracks** keep their colour's hue, shaded for the palette in use: solid for what you
  starred, a pale (light) or deep (dark) tint for the rest, always with text that reads.

Colours are worked out per palette (`Look.of`), light or dark, so that text meets WCAG AA
(4.5:1) and marks the 3:1 asked of graphics, whatever colour a program gives its tracks.
"""

from __future__ import annotations

import base64
import math
import threading
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from planner.domain.agenda import Priority
from planner.ui.i18n import QT_TRANSLATE_NOOP, translated
from planner.ui.plain import tooltip

if TYPE_CHECKING:
    from collections.abc import Iterable

AA_TEXT = 4.5  # WCAG 2 AA, normal text
AA_GRAPHIC = 3.0  # WCAG 2 AA, graphical objects (marks, outlines)


# -- contrast ------------------------------------------------------------------------------
def luminance(color: QColor) -> float:
    """Relative luminance as WCAG 2 defines it (sRGB, 0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 … 21)."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def mix(color: QColor, other: QColor, amount: float) -> QColor:
    """`color` moved `amount` (0 … 1) of the way towards `other`."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        color.redF() * keep + other.redF() * amount,
        color.greenF() * keep + other.greenF() * amount,
        color.blueF() * keep + other.blueF() * amount,
    )


_BLACK, _WHITE = QColor("#000000"), QColor("#ffffff")


def readable(color: QColor, backgrounds: Iterable[QColor], minimum: float = AA_TEXT) -> QColor:
    """`color`, darkened or lightened (its hue kept) until it has `minimum` contrast on
    every one of `backgrounds` (which should be alike: all light or all dark)."""
    grounds = list(backgrounds)
    towards = _BLACK if sum(luminance(g) for g in grounds) / len(grounds) > 0.18 else _WHITE
    for step in range(21):
        candidate = mix(color, towards, step / 20)
        if all(contrast(candidate, ground) >= minimum for ground in grounds):
            return candidate
    return QColor(towards)


def text_on(fill: QColor, minimum: float = AA_TEXT) -> QColor:
    """Near-black or near-white text, whichever reads on `fill`; `fill` should have been
    made to allow one of them (see `_block_fill`)."""
    dark, light = QColor("#111111"), QColor("#ffffff")
    return dark if contrast(dark, fill) >= max(minimum, contrast(light, fill)) else light


# -- the palette's colours for what Planner shows -------------------------------------------
class Tone(Enum):
    """Kinds of text Planner colours (My Agenda's rows, notes)."""

    CLASH = "#c5221f"
    TIGHT = "#a05a00"
    PLAN_B = "#5f6368"
    FREE = "#137333"
    SUGGESTION = "#3b6e22"
    BUSY = "#5e35b1"


# Priority colours: fill of the star, then a darker line that carries the contrast.
_STAR_FILL = {Priority.MUST: "#e8710a", Priority.WANT: "#f4b400", Priority.MAYBE: "#f4b400"}
_CLASH_MARK = "#d93025"
_MATCH = {False: "#ffe066", True: "#7a6200"}  # search-match highlight: light, dark palette
_NO_TRACK = "#607d8b"


class Look:
    """The visual language resolved for one palette (made once per palette: `Look.of`)."""

    _cache: dict[int, Look] = {}  # noqa: RUF012 - a per-process cache, by palette key

    def __init__(self, palette: QPalette) -> None:
        self.palette = QPalette(palette)
        self.base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
        self.alternate = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.AlternateBase)
        self.text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        self.window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        self.dark = luminance(self.base) < 0.18
        grounds = (self.base, self.alternate)
        self._tones = {tone: readable(QColor(tone.value), grounds) for tone in Tone}
        self.clash = readable(QColor(_CLASH_MARK), (self.base, self.window), AA_GRAPHIC)
        self.match_background = QColor(_MATCH[self.dark])
        self.muted_text = readable(
            palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText),
            grounds,
        )
        self._tracks: dict[tuple[str, bool], tuple[QColor, QColor]] = {}

    @classmethod
    def of(cls, palette: QPalette) -> Look:
        key = palette.cacheKey()
        found = cls._cache.get(key)
        if found is None:
            if len(cls._cache) > 16:
                cls._cache.clear()
            found = cls._cache[key] = cls(palette)
        return found

    @classmethod
    def current(cls) -> Look:
        """The look of the application's palette now."""
        return cls.of(QGuiApplication.palette())

    @classmethod
    def paper(cls) -> Look:
        """The look on paper (the PDF and the print-out): always the light palette."""
        from planner.ui.appearance import light_palette

        return cls.of(light_palette())

    # -- colours -------------------------------------------------------------------------
    def tone(self, tone: Tone) -> QColor:
        """Text of this kind, readable on the views' base and alternate rows."""
        return self._tones[tone]

    def star_fill(self, priority: Priority) -> QColor:
        return QColor(_STAR_FILL[priority])

    def star_line(self, priority: Priority | None) -> QColor:
        """The star's outline: what makes it stand out from the background (3:1)."""
        if priority is None:
            return readable(QColor("#9aa0a6"), (self.base,), 2.0)
        towards = QColor("#ffffff") if self.dark else QColor("#000000")
        line = mix(QColor(_STAR_FILL[priority]), towards, 0.45)
        return readable(line, (self.base, self.alternate), AA_GRAPHIC)

    def track(self, color: str, *, starred: bool) -> tuple[QColor, QColor]:
        """A timetable block's fill and text colour for a track colour: solid when
        starred, a tint of the palette's base otherwise; the text always reads (4.5:1)."""
        key = (color, starred)
        found = self._tracks.get(key)
        if found is None:
            hue = QColor(color) if QColor.isValidColorName(color) else QColor(_NO_TRACK)
            if starred:
                fill = mix(hue, self.base, 0.15) if self.dark else hue
            else:
                fill = mix(self.base, hue, 0.28 if self.dark else 0.22)
            fill = _block_fill(fill)
            found = self._tracks[key] = (fill, text_on(fill))
        return found

    def faded_block(self) -> tuple[QColor, QColor]:
        """A block left out by the search or filters: the plain base, muted text."""
        return QColor(self.base), self.muted_text


def _block_fill(fill: QColor) -> QColor:
    """`fill`, nudged (hue kept) until black or white text reads on it at 4.5:1."""
    for step in range(21):
        for towards in (_WHITE, _BLACK) if luminance(fill) > 0.18 else (_BLACK, _WHITE):
            candidate = mix(fill, towards, step / 40)
            if max(contrast(candidate, QColor("#111111")), contrast(candidate, _WHITE)) >= AA_TEXT:
                return candidate
    return fill


# -- marks ----------------------------------------------------------------------------------
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


def paint_star(painter: QPainter, rect: QRectF, priority: Priority | None, look: Look) -> None:
    """A priority's star: full (must), half-filled (want), outlined (maybe); a faint
    dotted outline when not starred."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = star_path(rect)
    line = look.star_line(priority)
    width = max(1.0, min(rect.width(), rect.height()) / 11)
    if priority is Priority.MUST:
        painter.fillPath(path, look.star_fill(priority))
    elif priority is Priority.WANT:
        painter.save()
        painter.setClipRect(QRectF(rect.left(), rect.top(), rect.width() / 2, rect.height()))
        painter.fillPath(path, look.star_fill(priority))
        painter.restore()
    pen = QPen(line, width * (1.0 if priority is None else 1.4))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if priority is None:  # not starred: a dotted outline, unlike a maybe's solid one
        pen.setDashPattern([1.5, 1.5])
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def clash_path(rect: QRectF) -> QPainterPath:
    """A warning triangle filling `rect`'s width."""
    side = min(rect.width(), rect.height())
    left = rect.center().x() - side / 2
    top = rect.center().y() - side / 2
    path = QPainterPath()
    path.moveTo(left + side / 2, top + side * 0.06)
    path.lineTo(left + side * 0.98, top + side * 0.92)
    path.lineTo(left + side * 0.02, top + side * 0.92)
    path.closeSubpath()
    return path


def paint_clash(painter: QPainter, rect: QRectF, look: Look) -> None:
    """The clash marker: a triangle in the clash colour holding a white "!"."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    path = clash_path(rect)
    painter.fillPath(path, look.clash)
    pen = QPen(QColor("#ffffff"), max(1.0, side * 0.13))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x = rect.center().x()
    top = rect.center().y() - side / 2
    painter.drawLine(QPointF(x, top + side * 0.36), QPointF(x, top + side * 0.62))
    painter.drawPoint(QPointF(x, top + side * 0.78))
    painter.restore()


def paint_tight(painter: QPainter, rect: QRectF, look: Look) -> None:
    """The tight-transfer marker: the clash triangle outlined, not filled, holding a "!"
    in the clash colour (told apart by its fill, not only its colour, like the stars)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    pen = QPen(look.clash, max(1.0, side * 0.1))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = pen.widthF() / 2
    painter.drawPath(clash_path(rect.adjusted(inset, inset, -inset, -inset)))
    pen = QPen(look.clash, max(1.0, side * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x = rect.center().x()
    top = rect.center().y() - side / 2
    painter.drawLine(QPointF(x, top + side * 0.4), QPointF(x, top + side * 0.62))
    painter.drawPoint(QPointF(x, top + side * 0.77))
    painter.restore()


def _mark_kind(priority: Priority | None, clash: bool, tight: bool) -> str:
    """The kind of mark `_paint_mark` draws for a session with these marks."""
    if clash:
        return "clash"
    if tight:
        return "tight"
    return priority.value if priority else "none"


def _paint_mark(painter: QPainter, area: QRectF, kind: str, look: Look) -> None:
    """Mark `kind`: "clash", "tight", "none" (no star) or a priority's value."""
    if kind == "clash":
        paint_clash(painter, area, look)
    elif kind == "tight":
        paint_tight(painter, area, look)
    else:
        paint_star(painter, area, None if kind == "none" else Priority(kind), look)


_STAMPS: dict[tuple[object, int, float, int], QPixmap] = {}


def _stamp(kind: str, side: int, ratio: float, look: Look) -> QPixmap:
    key = (kind, side, ratio, look.palette.cacheKey())
    stamp = _STAMPS.get(key)
    if stamp is None:
        if len(_STAMPS) > 256:
            _STAMPS.clear()
        stamp = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
        stamp.setDevicePixelRatio(ratio)
        stamp.fill(Qt.GlobalColor.transparent)
        painter = QPainter(stamp)
        area = QRectF(0.5, 0.5, side - 1, side - 1)
        _paint_mark(painter, area, kind, look)
        painter.end()
        _STAMPS[key] = stamp
    return stamp


def star_stamp(priority: Priority | None, side: int, ratio: float, look: Look) -> QPixmap:
    """The star as a pixmap, drawn once per priority, size, screen scale and palette: a
    repaint then blits small images instead of building and filling paths."""
    return _stamp(priority.value if priority else "none", side, ratio, look)


def clash_stamp(side: int, ratio: float, look: Look) -> QPixmap:
    return _stamp("clash", side, ratio, look)


def mark_stamp(kind: str, side: int, ratio: float, look: Look) -> QPixmap:
    """Mark `kind` ("clash", "tight", "none" or a priority's value: a `legend_words` kind)."""
    return _stamp(kind, side, ratio, look)


_ICONS: dict[tuple[str, int], QIcon] = {}


def mark_icon(
    priority: Priority | None, look: Look, *, clash: bool = False, tight: bool = False
) -> QIcon:
    """A mark as an icon (16 px, sharp on high-density screens too), for item views whose
    stock delegate draws a decoration."""
    kind = _mark_kind(priority, clash, tight)
    key = (kind, look.palette.cacheKey())
    icon = _ICONS.get(key)
    if icon is None:
        if len(_ICONS) > 64:
            _ICONS.clear()
        icon = QIcon()
        for ratio in (1.0, 2.0):
            stamp = _stamp(kind, 16, ratio, look)
            icon.addPixmap(stamp)
            # A selected row shows the mark as it is: Qt's own selected icon is the mark
            # tinted with the highlight (a brown star, a dull triangle on blue).
            icon.addPixmap(stamp, QIcon.Mode.Selected)
        _ICONS[key] = icon
    return icon


_DATA_URLS: dict[str, str] = {}
_DATA_URLS_LOCK = threading.Lock()


def mark_data_url(kind: Priority | None, *, clash: bool = False, tight: bool = False) -> str:
    """A mark on paper (the PDF and the print-out), as a PNG data: URL for the document's
    HTML: drawn like the views' marks, in the light palette, sharp at print resolution."""
    name = _mark_kind(kind, clash, tight)
    with _DATA_URLS_LOCK:
        found = _DATA_URLS.get(name)
        if found is None:
            image = mark_image(kind, 96, Look.paper(), clash=clash, tight=tight)
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs: bytes; binding: str
            encoded = base64.b64encode(bytes(buffer.data().data())).decode("ascii")
            found = _DATA_URLS[name] = f"data:image/png;base64,{encoded}"
    return found


def mark_image(
    kind: Priority | None, pixels: int, look: Look, *, clash: bool = False, tight: bool = False
) -> QImage:
    """A mark as an image (for documents: the PDF and the print-out)."""
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    area = QRectF(0.5, 0.5, pixels - 1, pixels - 1)
    _paint_mark(painter, area, _mark_kind(kind, clash, tight), look)
    painter.end()
    return image


# -- words that go with the marks -------------------------------------------------------------
LEGEND: tuple[tuple[str, str], ...] = (
    (Priority.MUST.value, QT_TRANSLATE_NOOP("Legend", "Must see")),
    (Priority.WANT.value, QT_TRANSLATE_NOOP("Legend", "Want to see")),
    (Priority.MAYBE.value, QT_TRANSLATE_NOOP("Legend", "Maybe")),
    ("clash", QT_TRANSLATE_NOOP("Legend", "Clash")),
    ("tight", QT_TRANSLATE_NOOP("Legend", "Tight transfer")),
)


def legend_words() -> tuple[tuple[str, str], ...]:
    """`LEGEND` in the window's language."""
    return tuple((kind, translated("Legend", word)) for kind, word in LEGEND)


# -- the star column's header ------------------------------------------------------------------
STAR_COLUMN = QT_TRANSLATE_NOOP("Columns", "Starred")
STAR_COLUMN_TIP = QT_TRANSLATE_NOOP(
    "Columns", "Starred sessions (click, S or Space to star; 1/2/3 for priority)"
)


def star_header(role: int) -> QIcon | str | None:
    """The star column's header in the Program and the List: the star the views paint
    (a picture: a font may lack ★), a name for screen readers, and a tip that says how
    to star (the header has no word to say it)."""
    if role == Qt.ItemDataRole.DecorationRole:
        return mark_icon(Priority.MUST, Look.current())
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return translated("Columns", STAR_COLUMN)
    if role == Qt.ItemDataRole.ToolTipRole:
        return tooltip(translated("Columns", STAR_COLUMN_TIP))
    return None
