"""Telling the start-up benchmark when something reached the screen (see `planner.probe`).

`mark_after_next_paint(window, milestone)` marks `milestone` once any widget of `window`
has been painted after the call and that paint flushed to the screen. Nothing is
installed unless the probe is on.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from planner import probe


class _NextPaint(QObject):
    def __init__(self, window: QWidget, milestone: str) -> None:
        super().__init__(window)
        self._window = window
        self._milestone = milestone

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            # After this paint: the whole window's repaint, then its flush, come first.
            QTimer.singleShot(0, self._mark)
        return False

    def _mark(self) -> None:
        probe.mark(self._milestone)
        self.deleteLater()


def mark_after_next_paint(window: QWidget, milestone: str) -> None:
    app = QApplication.instance()
    if app is None or not os.environ.get(probe.ENV_PROBE):
        return
    app.installEventFilter(_NextPaint(window, milestone))
