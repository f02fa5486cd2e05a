"""Work that nothing on the screen needs is done just after a widget's first paint.

`after_first_paint(widget, then)` calls `then` once, after `widget` has been painted for
the first time and that paint has reached the screen: the app opens the core there, and
the main window sets up what the first paint does not show (`MainWindow` says what).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable


class _FirstPaint(QObject):
    def __init__(self, widget: QObject, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has reached the screen
        return False


def after_first_paint(widget: QObject, then: Callable[[], None]) -> None:
    """Call `then` once, just after `widget` has been painted for the first time."""
    _FirstPaint(widget, then)
