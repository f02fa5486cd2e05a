"""The timetable grid: rooms as columns, time as rows, sessions as blocks coloured by track.

Layout (where each block goes) is computed once per day, zoom or program; painting walks
only the blocks that intersect the visible area. The marks and colours are Planner's
visual language (`planner.ui.look`): starred sessions are solid in their track's colour
with their priority's star, others a tint; a clash shows the clash marker and an outline
in its colour; sessions outside the current search/filters are faded; a line marks "now"
during the conference. Each block keeps to its own rectangle: a 5-minute talk is as tall
as its 5 minutes allow before the next block, and its text never spills over. Arrow keys
move between blocks, +/- zoom, S/Space star (through the window's actions); hovering a
block tells what it is and, for a clash, what the choice is.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QStaticText,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from planner.ui.clash_text import session_tooltip
from planner.ui.focus_ring import MINIMUM, keep_clear_of_ring, ring_color
from planner.ui.locale_format import Formats
from planner.ui.look import Look, clash_stamp, mark_stamp, readable, star_stamp, text_on
from planner.ui.plain import tooltip
from planner.ui.text_layouts import TextLayouts
from planner.ui.viewports import own_viewport

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.domain.agenda import TalkInfo
    from planner.ui.state import SessionStore

# The least room-name header and time gutter; both grow with the font (`_measure`) so
# that the hour labels and the day fit at a large desktop font.
HEADER = 28  # room names
GUTTER = 52  # times
MIN_ZOOM, MAX_ZOOM = 0.4, 4.0
MARK = 13  # star and clash marks in a block
BASE_COLUMN = 170
BASE_PIXELS_PER_MINUTE = 1.6


@dataclass(slots=True)
class Block:
    rect: QRect  # in content coordinates
    talk: TalkInfo
    column: int


class TimetableView(QAbstractScrollArea):
    currentKeyChanged = Signal(str)
    dayChanged = Signal(object)  # the date shown, or None
    activated = Signal(str)  # double-click: star/unstar

    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)
        self.store = store
        self.setObjectName("timetableView")
        self.setAccessibleName(self.tr("Timetable"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        keep_clear_of_ring(self)
        self.viewport().setMouseTracking(False)
        self.day: date | None = None
        self.zoom = 1.0
        self.visible_keys: set[str] | None = None  # None: no filter active
        self.current_key = ""
        self.rooms: list[str] = []
        self.blocks: list[Block] = []
        self._by_top: list[int] = []  # block tops, for finding the visible ones
        self._tallest = 0
        self.origin = datetime.now(UTC)
        self._now: datetime | None = None
        self._layouts = TextLayouts(limit=4_096)
        self._block_of: dict[str, int] = {}  # session key → its block's place in `blocks`
        self.header = HEADER
        self.gutter = GUTTER
        self.grid_top = HEADER + 10
        # Until the window's first paint (`lay_out_when_shown`): whether a layout waits,
        # whether one is owed, and the session to show then.
        self._hold = False
        self._stale = False
        self._held_key: tuple[str, bool] | None = None
        store.reset.connect(self.relayout)
        store.talkChanged.connect(self._talk_changed)
        store.conflictsChanged.connect(self.viewport().update)
        store.overlaysChanged.connect(self.viewport().update)

    # -- configuration ---------------------------------------------------------------------
    def days(self) -> list[date]:
        zone = self.store.zone
        return sorted({t.start.astimezone(zone).date() for t in self.store.talks})

    def set_day(self, day: date | None) -> None:
        shown = self.day
        self.day = day
        self._relayout()
        if self.day != shown:
            self.dayChanged.emit(self.day)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom)) if math.isfinite(zoom) else 1.0
        self.relayout()

    def set_visible_keys(self, keys: set[str] | None) -> None:
        self.visible_keys = keys
        self.viewport().update()

    def set_now(self, now: datetime | None) -> None:
        """Pin "now" (tests, screenshots); None follows the clock."""
        self._now = now
        self.viewport().update()

    # -- layout ----------------------------------------------------------------------------
    @property
    def column_width(self) -> int:
        return int(BASE_COLUMN * min(self.zoom, 1.6))

    @property
    def pixels_per_minute(self) -> float:
        return BASE_PIXELS_PER_MINUTE * self.zoom

    def _measure(self) -> None:
        """The header and gutter the font needs: the room names and the day in bold, the
        widest hour label in the user's way of writing it ("09:00", "9 AM"). The grid
        starts below the header by half an hour label, so the first label shows whole."""
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        formats = Formats()
        utc = ZoneInfo("UTC")
        widest = max(
            metrics.horizontalAdvance(formats.hour(datetime(2024, 1, 1, hour, tzinfo=UTC), utc))
            for hour in range(24)
        )
        day = bold_metrics.horizontalAdvance(formats.weekday(self.day)) if self.day else 0
        self.gutter = max(GUTTER, widest + 12, day + 8)
        self.header = max(HEADER, bold_metrics.height() + 10)
        self.grid_top = self.header + max(10, metrics.height() // 2 + 2)

    def relayout(self) -> None:
        shown = self.day
        self._relayout()
        if self.day != shown:
            self.dayChanged.emit(self.day)

    # -- before the window's first paint -----------------------------------------------------
    def lay_out_when_shown(self) -> None:
        """Until `lay_out_held` (the window calls it just after its first paint), a
        Timetable out of sight is not laid out: a new program, a day or a zoom marks it
        stale, and the session to show is kept for then. At start-up the program is shown
        and then the restored session: two layouts of a FOSDEM day (~32 M instructions)
        that a paint of another tab does not need. Shown meanwhile, it lays out at once."""
        self._hold = True

    def lay_out_held(self) -> None:
        self._hold = False
        self._catch_up()

    def _holding(self) -> bool:
        return self._hold and not self.isVisibleTo(self.window())

    def _catch_up(self) -> None:
        held, self._held_key = self._held_key, None
        if not self._stale and held is None:
            return
        talk = self.store.talk(held[0]) if held is not None else None
        if talk is not None:  # its day at once: not the first day, then its own
            self.set_day(talk.start.astimezone(self.store.zone).date())
        else:
            self.relayout()
        if held is not None:
            self.select_key(held[0], ensure_visible=held[1])

    def showEvent(self, event: QShowEvent) -> None:
        self._catch_up()
        super().showEvent(event)

    def _relayout(self) -> None:
        if self._holding():
            self._stale = True
            return
        self._stale = False
        zone = self.store.zone
        days = self.days()
        if self.day not in days:
            self.day = days[0] if days else None
        self._measure()
        talks = [
            t
            for t in self.store.talks
            if self.day is not None and t.start.astimezone(zone).date() == self.day
        ]
        no_room = self.tr("(no room)")
        self.rooms = list(
            dict.fromkeys(
                t.room or no_room for t in sorted(talks, key=lambda t: (t.room == "", t.room))
            )
        )
        self.blocks = []
        if talks:
            first = min(t.start for t in talks)
            local = first.astimezone(zone)
            self.origin = local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
            columns = {room: number for number, room in enumerate(self.rooms)}
            width = self.column_width
            for talk in talks:
                column = columns[talk.room or no_room]
                top = self.grid_top + int(
                    (talk.start - self.origin).total_seconds() / 60 * self.pixels_per_minute
                )
                height = max(
                    int((talk.end - talk.start).total_seconds() / 60 * self.pixels_per_minute), 14
                )
                rect = QRect(self.gutter + column * width + 2, top + 1, width - 4, height - 2)
                self.blocks.append(Block(rect, talk, column))
        self.blocks.sort(key=lambda b: (b.rect.top(), b.rect.left()))
        _keep_clear_of_the_next(
            self.blocks,
            lambda talk: (
                self.grid_top
                + int((talk.end - self.origin).total_seconds() / 60 * self.pixels_per_minute)
                - 2
            ),
        )
        self._block_of = {block.talk.key: place for place, block in enumerate(self.blocks)}
        self._by_top = [b.rect.top() for b in self.blocks]
        self._tallest = max((b.rect.height() for b in self.blocks), default=0)
        self._update_scrollbars()
        self.viewport().update()

    def moment_at(self, after: timedelta, zone: tzinfo) -> datetime | None:
        """The wall-clock time `after` the grid's first hour, in `zone`; None beyond the
        dates Python can hold (every time the grid works out goes through here)."""
        try:
            return (self.origin + after).astimezone(zone)
        except OverflowError:
            return None

    def content_size(self) -> QSize:
        bottom = max((b.rect.bottom() for b in self.blocks), default=self.grid_top) + 20
        return QSize(self.gutter + len(self.rooms) * self.column_width + 10, bottom)

    def _update_scrollbars(self) -> None:
        size = self.content_size()
        viewport = self.viewport().size()
        # Scrolled right to the end, too, the first room shown starts at the times.
        width = max(1, self.column_width)
        beyond = max(0, size.width() - viewport.width())
        self.horizontalScrollBar().setRange(0, -(-beyond // width) * width)
        self.verticalScrollBar().setRange(0, max(0, size.height() - viewport.height()))
        self.horizontalScrollBar().setPageStep(viewport.width())
        self.verticalScrollBar().setPageStep(viewport.height())
        self.verticalScrollBar().setSingleStep(20)
        self.horizontalScrollBar().setSingleStep(20)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self.relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def _offset(self) -> QPoint:
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def visible_blocks(self) -> list[Block]:
        offset = self._offset()
        area = QRect(offset, self.viewport().size())
        low = bisect.bisect_left(self._by_top, area.top() - self._tallest)
        high = bisect.bisect_right(self._by_top, area.bottom())
        return [b for b in self.blocks[low:high] if b.rect.intersects(area)]

    # -- right to left --------------------------------------------------------------------
    # The grid is laid out left to right ("logical" coordinates); in a right-to-left layout
    # the viewport shows it mirrored - the times on the right, the first room next to them
    # - and only the text is drawn unmirrored, at its mirrored place.
    def mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _logical(self, point: QPoint) -> QPoint:
        """A point of the viewport in the unmirrored viewport's coordinates."""
        if not self.mirrored():
            return point
        return QPoint(self.viewport().width() - 1 - point.x(), point.y())

    def viewport_rect(self, block: Block) -> QRect:
        """Where `block` shows in the viewport (mirrored in a right-to-left layout)."""
        local = block.rect.translated(-self._offset())
        if self.mirrored():
            local.moveLeft(self.viewport().width() - 1 - local.right())
        return local

    def _draw_text(
        self, painter: QPainter, rect: QRect, flags: Qt.AlignmentFlag, text: str
    ) -> None:
        if not self.mirrored():
            painter.drawText(rect, flags, text)
            return
        place = painter.transform().mapRect(QRectF(rect))
        # Left and right swap places, as the grid did; the text itself keeps the direction
        # of its own script (a room's English name keeps its "…" at its end).
        horizontal = flags & Qt.AlignmentFlag.AlignHorizontal_Mask
        if horizontal == Qt.AlignmentFlag.AlignLeft:
            flags = (flags & ~Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignRight
        elif horizontal == Qt.AlignmentFlag.AlignRight:
            flags = (flags & ~Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignLeft
        painter.save()
        painter.resetTransform()
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.drawText(place, flags, text)
        painter.restore()

    def _draw_static(self, painter: QPainter, point: QPoint, text: QStaticText) -> None:
        if not self.mirrored():
            painter.drawStaticText(point, text)
            return
        place = painter.transform().mapRect(QRectF(QPointF(point), text.size()))
        painter.save()
        painter.resetTransform()
        painter.drawStaticText(place.topLeft(), text)
        painter.restore()

    def block_at(self, point: QPoint) -> Block | None:
        content = self._logical(point) + self._offset()
        for block in self.visible_blocks():
            if block.rect.contains(content):
                return block
        return None

    def block_of(self, key: str) -> Block | None:
        place = self._block_of.get(key)
        return None if place is None else self.blocks[place]

    def _talk_changed(self, key: str) -> None:
        """A star changed: the block keeps its place but paints the session as it is now
        (its time and room, which decide the place, do not change with a star)."""
        block = self.block_of(key)
        talk = self.store.talk(key)
        if block is None or talk is None:
            return
        block.talk = talk
        area = QRect(self._offset(), self.viewport().size())
        if block.rect.intersects(area):
            self.viewport().update(block.rect.translated(-self._offset()).adjusted(-3, -3, 3, 3))

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.base())
        offset = self._offset()
        if self.mirrored():
            painter.setTransform(QTransform(-1, 0, 0, 1, self.viewport().width(), 0))
        painter.translate(-offset)
        self._paint_hours(painter, offset)
        plain = self.font()
        small = QFont(plain)
        small.setPointSizeF(max(6.5, plain.pointSizeF() * 0.85))
        bold = QFont(plain)
        bold.setBold(True)
        for block in self.visible_blocks():
            self._paint_block(painter, block, plain, bold, small)
        self._paint_now(painter)
        self._paint_hour_labels(painter, offset)
        painter.translate(offset)
        self._paint_room_header(painter, offset)
        painter.end()

    def _paint_hours(self, painter: QPainter, offset: QPoint) -> None:
        if not self.blocks:
            self._draw_text(
                painter,
                QRect(offset, self.viewport().size()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No sessions on this day"),
            )
            return
        grid = QPen(self.palette().mid().color())
        grid.setWidthF(0.5)
        height = self.content_size().height()
        hours = int((height - self.grid_top) / (60 * self.pixels_per_minute)) + 1
        width = self.gutter + len(self.rooms) * self.column_width
        painter.setPen(grid)
        for hour in range(hours + 1):
            y = self.grid_top + int(hour * 60 * self.pixels_per_minute)
            painter.drawLine(self.gutter, y, width, y)
        for column in range(len(self.rooms) + 1):
            x = self.gutter + column * self.column_width
            painter.setPen(grid)
            painter.drawLine(x, self.header, x, height)

    def _paint_hour_labels(self, painter: QPainter, offset: QPoint) -> None:
        """The times stay at the left edge when the rooms scroll sideways: their column is
        painted over whatever blocks have scrolled beneath it."""
        if not self.blocks:
            return
        viewport = self.viewport().size()
        painter.fillRect(
            QRect(offset.x(), offset.y(), self.gutter, viewport.height()), self.palette().base()
        )
        zone = self.store.zone
        formats = Formats()
        height = QFontMetrics(self.font()).height()
        painter.setPen(self.palette().text().color())
        first = max(0, int((offset.y() - self.grid_top) / (60 * self.pixels_per_minute)))
        last = (
            int((offset.y() + viewport.height() - self.grid_top) / (60 * self.pixels_per_minute))
            + 1
        )
        for hour in range(first, last + 1):
            y = self.grid_top + int(hour * 60 * self.pixels_per_minute)
            label = self.moment_at(timedelta(hours=hour), zone)
            if label is None:
                break  # past the last moment there is (a program on 9999-12-31)
            self._draw_text(
                painter,
                QRect(offset.x(), y - height // 2, self.gutter - 6, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                formats.hour(label, zone),
            )

    def _paint_block(
        self, painter: QPainter, block: Block, plain: QFont, bold: QFont, small: QFont
    ) -> None:
        talk, rect = block.talk, block.rect
        look = Look.of(self.palette())
        star = talk.star
        faded = self.visible_keys is not None and talk.key not in self.visible_keys
        fill, text_color = (
            look.faded_block() if faded else look.track(talk.track_color, starred=star is not None)
        )
        clash = talk.key in self.store.clashing
        tight = talk.key in self.store.tight
        painter.setPen(
            QPen(look.track(talk.track_color, starred=True)[0], 1) if faded else Qt.PenStyle.NoPen
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if clash or tight:  # a tight transfer: dashed (it is not a clash)
            painter.setPen(
                QPen(look.clash, 2, Qt.PenStyle.SolidLine if clash else Qt.PenStyle.DashLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 4, 4)
        if talk.key == self.current_key:
            # Like the focus ring, in two tones: outside the block the ring's colour at 3:1
            # against what is around it, inside its edge the block's own text colour (4.5:1
            # on its fill by construction). One colour cannot do both: against a dark
            # track's block and a light page the best fell to 1.6:1.
            around = [self.palette().base().color(), self.palette().window().color()]
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(readable(ring_color(self.palette()), around, MINIMUM), 2))
            painter.drawRoundedRect(QRectF(rect).adjusted(-1, -1, 1, 1), 5, 5)
            painter.setPen(QPen(text_on(fill), 2))
            inset = 3 if clash or tight else 1  # inside a clash's outline, which stays seen
            painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), 4, 4)
        painter.save()
        painter.setClipRect(rect)  # nothing of a block is drawn outside it
        inner = rect.adjusted(5, 3, -5, -3)
        ratio = painter.device().devicePixelRatioF()
        marks = [star_stamp(star.priority, MARK, ratio, look)] if star is not None else []
        if clash:
            marks.append(clash_stamp(MARK, ratio, look))
        elif tight:
            marks.append(mark_stamp("tight", MARK, ratio, look))
        font = bold if star is not None else plain
        metrics, small_metrics = self._layouts.metrics(font), self._layouts.metrics(small)
        if inner.height() < metrics.height():  # a short talk: one line of small print
            font, metrics = small, small_metrics
            inner = rect.adjusted(4, 0, -4, 0)
        mark_top = inner.top() + max(0, (min(inner.height(), metrics.height()) - MARK) // 2)
        for number, stamp in enumerate(marks):
            painter.drawPixmap(inner.right() + 1 - (number + 1) * (MARK + 2) + 2, mark_top, stamp)
        if marks:
            inner.setRight(inner.right() - len(marks) * (MARK + 2))
        show_footer = inner.height() >= metrics.lineSpacing() + small_metrics.height() + 2
        title_area = QRect(inner)
        if show_footer:
            title_area.setBottom(inner.bottom() - small_metrics.height() - 2)
        lines = max(1, title_area.height() // metrics.lineSpacing())
        title_area.setHeight(lines * metrics.lineSpacing())
        title = ("× " if talk.cancelled else "") + talk.title  # (× : in every font)
        painter.setPen(text_color)
        painter.setFont(font)
        top = title_area.top()
        if title_area.height() > rect.height():  # centre the one line in what there is
            top = rect.top() + (rect.height() - metrics.height()) // 2
        right_to_left = self.mirrored()
        self._draw_static(
            painter,
            QPoint(title_area.left(), top),
            self._layouts.get(title, font, title_area.width(), lines, right_to_left).text,
        )
        if show_footer:
            zone = self.store.zone
            names = self.store.attendees(talk.key)
            footer = Formats().time_range(talk.start, talk.end, zone)
            if names:
                footer += " · " + ", ".join(names)
            painter.setFont(small)
            self._draw_static(
                painter,
                QPoint(inner.left(), inner.bottom() + 1 - small_metrics.height()),
                self._layouts.get(footer, small, rect.adjusted(5, 0, -5, 0).width()).text,
            )
        painter.restore()

    def _paint_now(self, painter: QPainter) -> None:
        now = self._now or datetime.now(UTC)
        if self.day is None or now.astimezone(self.store.zone).date() != self.day:
            return
        y = self.grid_top + int((now - self.origin).total_seconds() / 60 * self.pixels_per_minute)
        painter.setPen(QPen(Look.of(self.palette()).clash, 2))
        painter.drawLine(self.gutter - 6, y, self.gutter + len(self.rooms) * self.column_width, y)

    def _paint_room_header(self, painter: QPainter, offset: QPoint) -> None:
        header = QRect(0, 0, self.viewport().width(), self.header)
        painter.fillRect(header, self.palette().window())
        painter.setPen(self.palette().windowText().color())
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        for column, room in enumerate(self.rooms):
            x = self.gutter + column * self.column_width - offset.x()
            cell = QRect(x + 4, 0, self.column_width - 8, self.header)
            if cell.right() < self.gutter or cell.left() > header.right():
                continue
            self._draw_text(
                painter,
                cell,
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(room, Qt.TextElideMode.ElideRight, cell.width()),
            )
        painter.fillRect(QRect(0, 0, self.gutter, self.header), self.palette().window())
        if self.day is not None:
            self._draw_text(
                painter,
                QRect(2, 0, self.gutter - 4, self.header),
                Qt.AlignmentFlag.AlignCenter,
                Formats().weekday(self.day),
            )

    # -- interaction ---------------------------------------------------------------------
    def select_key(self, key: str, *, ensure_visible: bool = True) -> None:
        if self._holding():
            self._held_key = (key, ensure_visible)
            return
        block = self.block_of(key)
        if block is None:
            talk = self.store.talk(key)
            if talk is None:
                return
            day = talk.start.astimezone(self.store.zone).date()
            if day != self.day:
                self.set_day(day)
                block = self.block_of(key)
        if block is None:
            return
        if key != self.current_key:
            self.current_key = key
            self.currentKeyChanged.emit(key)
        if ensure_visible:
            self.ensure_visible(block.rect)
        self.viewport().update()

    def ensure_visible(self, rect: QRect) -> None:
        area = QRect(self._offset(), self.viewport().size())
        area.setTop(area.top() + self.header)
        area.setLeft(area.left() + self.gutter)
        if rect.top() < area.top():
            # Room above it for half an hour label (the grid's own top margin).
            self.verticalScrollBar().setValue(rect.top() - self.grid_top)
        elif rect.bottom() > area.bottom():
            self.verticalScrollBar().setValue(rect.bottom() - self.viewport().height() + 10)
        # Sideways, the view stops at a room's edge: no room is left half under the times.
        width = max(1, self.column_width)
        column_start = (rect.left() - self.gutter) // width * width
        if rect.left() < area.left():
            self.horizontalScrollBar().setValue(column_start)
        elif rect.right() > area.right():
            needed = rect.right() - self.viewport().width() + 4
            self.horizontalScrollBar().setValue(min(column_start, -(-needed // width) * width))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.select_key(block.talk.key, ensure_visible=False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.activated.emit(block.talk.key)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    tooltip(session_tooltip(block.talk, self.store)),
                    self.viewport(),
                    self.viewport_rect(block),
                )
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (1.15 if event.angleDelta().y() > 0 else 1 / 1.15))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Up.value: (0, -1),
            Qt.Key.Key_Down.value: (0, 1),
            Qt.Key.Key_Left.value: (-1, 0),
            Qt.Key.Key_Right.value: (1, 0),
        }
        if int(key) in moves:
            dx, dy = moves[int(key)]
            self._move(-dx if self.mirrored() else dx, dy)  # Left goes left, as shown
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.25)
            return
        if key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.25)
            return
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            days = self.days()
            if self.day in days:
                step = 1 if key == Qt.Key.Key_PageDown else -1
                position = days.index(self.day) + step
                if 0 <= position < len(days):
                    self.set_day(days[position])
            return
        super().keyPressEvent(event)

    def _move(self, dx: int, dy: int) -> None:
        current = self.block_of(self.current_key)
        if current is None:
            if self.blocks:
                self.select_key(self.blocks[0].talk.key)
            return
        if dy:
            same_column = [b for b in self.blocks if b.column == current.column]
            same_column.sort(key=lambda b: b.rect.top())
            position = same_column.index(current) + dy
            if 0 <= position < len(same_column):
                self.select_key(same_column[position].talk.key)
            return
        target_column = current.column + dx
        candidates = [b for b in self.blocks if b.column == target_column]
        if candidates:
            middle = current.rect.center().y()
            best = min(candidates, key=lambda b: abs(b.rect.center().y() - middle))
            self.select_key(best.talk.key)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)


def _keep_clear_of_the_next(blocks: list[Block], bottom_of: Callable[[TalkInfo], int]) -> None:
    """Blocks have a least height so that a title fits; a short talk (5 minutes) must not
    reach into the next block of its room for it, though: the height it was given beyond
    its own minutes (`bottom_of`) ends where the next block begins."""
    next_top: dict[int, int] = {}
    for block in reversed(blocks):  # sorted by top: the next in a column comes later
        limit = next_top.get(block.column)
        rect = block.rect
        if limit is not None and rect.bottom() > limit - 3:
            own = min(bottom_of(block.talk), rect.bottom())
            rect.setBottom(max(own, limit - 3, rect.top() + 3))
        next_top[block.column] = rect.top()
