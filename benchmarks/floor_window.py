"""The floor for the window: Python + PySide6 + one painted QMainWindow, nothing else.

    python -m benchmarks.floor_window     (PLANNER_PROBE=FILE records its first paint)

The same size as Planner's main window, the same style, shown the same way, and its first
paint reported through the same probe as the app's, so that the two are measured alike.
It quits when its window is closed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from planner import probe


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: probe.mark("first-paint"))
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.resize(1280, 800)
    first_paint = _FirstPaint(window)
    window.installEventFilter(first_paint)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
