"""A focus ring of our own: the control with the keyboard focus framed in a colour that
stands out at 3:1 or more against the control and the window around it (WCAG 2.2, 1.4.11
and 2.4.13), in the light and the dark palette.

Qt's Fusion style marks focus with a frame that reaches about 2:1 on our palettes. Rather
than a proxy style (a Python call for every primitive every widget paints), one small
overlay follows the focus: a transparent child of the focused control, the size of the
control, that paints a 2 px ring along its edge. It takes no mouse events and no focus, and
is hidden while no control that takes focus by Tab has it.

The ring lies over the control's outer RING_WIDTH pixels. Where those are the control's own
frame, fill or header, its colour is made to stand out from them; a scrolling view's
content could be anything there (a row cut by the bottom edge: a star's grey outline, a
grid line, a track's colour), which no one colour stands out from. So every scrolling
view keeps its content that far inside its edge (`keep_clear_of_ring`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QMenu,
    QTableView,
    QTreeView,
    QWidget,
)

from planner.ui.look import AA_GRAPHIC, mix, readable

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPaintEvent

RING_WIDTH = 2
_INSTALLED = "planner_focus_ring"


# What a ring is drawn over or next to: the window, a button's or a field's fill, a frame's
# line, and a selected row (which reaches a list's edges).
GROUNDS = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.Button,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.Mid,
    QPalette.ColorRole.Highlight,
)
MINIMUM = AA_GRAPHIC + 0.2  # a little over 3:1, against rounding in the mixes


def ring_color(palette: QPalette) -> QColor:
    """The palette's highlight, darkened (light palettes) or lightened (dark ones) until it
    stands out at 3:1 against every colour it can replace or touch: the GROUNDS, and the
    styles' frame lines, about a third of the way from the window to its text."""
    window, text = (
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.WindowText),
    )
    grounds = [palette.color(role) for role in GROUNDS] + [mix(window, text, 0.35)]
    return readable(palette.color(QPalette.ColorRole.Highlight), grounds, MINIMUM)


def paint_current(
    painter: QPainter, rect: QRectF, palette: QPalette, fills: Sequence[QColor] = ()
) -> None:
    """Frame the current row, cell or block of a view like the focus ring: 2 px inside
    `rect`, in the ring's colour, made to stand out at 3:1 against `fills` too (a block's
    own colour). Qt's own mark of the current item (a dotted or faint frame) is too weak
    to find again after a glance away."""
    color = ring_color(palette)
    if fills:
        grounds = [*fills, palette.color(QPalette.ColorRole.Base)]
        color = readable(color, grounds, MINIMUM)
    pen = QPen(color, RING_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


class FocusRing(QWidget):
    """The ring over the focused control (one per application)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        """Frame `widget` (or nothing), and keep to its size."""
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)  # (a deleted one took its filter along)
            for box in _scroll_bar_boxes(self._target):
                box.removeEventFilter(self)
        self._target = widget if _ringed(widget) else None
        if self._target is None:
            self.hide()
            if self.parent() is not None:
                self.setParent(None)
            return
        self.setParent(self._target)
        self._target.installEventFilter(self)
        for box in _scroll_bar_boxes(self._target):
            box.installEventFilter(self)
        self.setGeometry(self._target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._target:
            if kind in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ChildAdded):
                self.setGeometry(self._target.rect())
                self.raise_()
            elif kind in (QEvent.Type.Hide, QEvent.Type.Destroy):
                self.follow(None)
        elif kind == QEvent.Type.ZOrderChange:
            # (one of the target's scroll bar boxes) A scroll area raises its scroll bars
            # each time it lays them out: the ring stays above them.
            self.raise_()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(ring_color(self.palette()), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


def keep_clear_of_ring(area: QAbstractScrollArea) -> None:
    """Keep `area`'s content out from under the focus ring: its viewport stands RING_WIDTH
    inside the control's edge on every side - the frame, then (where the frame is
    thinner than the ring) a band of the view's own ground - so the ring only ever covers
    colours it is made to stand out from. A side that a header or a margin of Qt's own
    already keeps clear stays as it is. Tree and table views set their margins again each
    time they lay themselves out (`updateGeometries`): they call this after it. Any other
    area (a text, the Timetable) keeps its room when the style changes its frame (View >
    Appearance, or the desktop's style): the room is worked out again then."""
    if isinstance(area, QTreeView | QTableView):
        _keep_clear(area, area.viewportMargins())
        return
    room = area.findChild(_RingRoom, options=Qt.FindChildOption.FindDirectChildrenOnly)
    (room if room is not None else _RingRoom(area)).refresh()


def _keep_clear(area: QAbstractScrollArea, base: QMargins) -> None:
    """`area`'s margins: `base` (what the area itself wants), widened to the ring's room."""
    space = max(0, RING_WIDTH - area.frameWidth())
    wanted = QMargins(
        max(base.left(), space),
        max(base.top(), space),
        max(base.right(), space),
        max(base.bottom(), space),
    )
    if wanted == area.viewportMargins():
        return
    area.setViewportMargins(wanted)
    # A view's headers sit in its margins, lined up with the viewport: line them up again.
    # (Only a view asks for its viewport: see `planner.ui.viewports`.)
    if isinstance(area, QTreeView):
        _above(area.header(), area.viewport().geometry())
    elif isinstance(area, QTableView):
        viewport = area.viewport().geometry()
        _above(area.horizontalHeader(), viewport)
        side = area.verticalHeader()
        if not side.isHidden():
            left = viewport.right() + 1 if area.isRightToLeft() else viewport.left() - side.width()
            side.setGeometry(left, viewport.top(), side.width(), viewport.height())


class _RingRoom(QObject):
    """Works out the ring's room of a scrolling area that no layout of Qt's own does again
    (a text, the Timetable) when its style changes: another style's frame is thicker or
    thinner. The margins the area had before the ring's room are its own."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._base = area.viewportMargins()
        area.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._area and event.type() == QEvent.Type.StyleChange:
            # The frame takes its new width in the area's own handling of the event, after
            # this filter: the room is worked out once that is done.
            QTimer.singleShot(0, self, self.refresh)
        return False

    def refresh(self) -> None:
        _keep_clear(self._area, self._base)


def _above(header: QHeaderView, viewport: QRect) -> None:
    if not header.isHidden():
        height = header.height()
        header.setGeometry(viewport.left(), viewport.top() - height, viewport.width(), height)


def _scroll_bar_boxes(widget: QWidget) -> list[QWidget]:
    """The boxes a scroll area keeps its scroll bars in (children of the area itself)."""
    if not isinstance(widget, QAbstractScrollArea):
        return []
    bars = (widget.horizontalScrollBar(), widget.verticalScrollBar())
    # `parent()`, not `parentWidget()`: see `planner.ui.viewports` (the boxes are Qt's own).
    boxes = (bar.parent() for bar in bars)
    return [box for box in boxes if isinstance(box, QWidget) and box is not widget]


def _ringed(widget: QWidget | None) -> bool:
    """A control one reaches by Tab, in a window (not a menu or a pop-up list)."""
    if widget is None or isinstance(widget, QMenu) or widget.isWindow():
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    return widget.window().windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def install_focus_ring(app: QApplication) -> None:
    """Follow the focus in every window of `app` (once per application)."""
    if app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    rings: list[FocusRing] = []

    def moved(_old: QWidget | None, now: QWidget | None) -> None:
        # The ring is a child of the control it frames: a control deleted while focused
        # takes it along (Qt deletes a widget's children first), so make another.
        if not rings or not shiboken6.isValid(rings[0]):
            rings[:] = [FocusRing()]
        # A click gives focus too; the ring is for where the keyboard is, so a control
        # focused by the mouse shows it only once the keyboard moves on.
        clicked = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        rings[0].follow(None if clicked else now)

    app.focusChanged.connect(moved)
