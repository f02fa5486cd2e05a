"""A window is fitted again once the window manager has framed it (`_FitWhenFramed`;
the real window manager's case is `test_window_on_a_small_screen.py`). The watch is kept
on the window itself, not found among its children: one watcher at a time, and a new one
once the last is done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from planner.ui.window_settings import _FitWhenFramed, fit_to_screen


def test_one_watcher_at_a_time_and_another_once_it_is_done(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("many children"))
    fit_to_screen(window)  # not shown yet: nothing to watch for
    assert window.findChildren(_FitWhenFramed) == []
    _FitWhenFramed.watch(window)  # as `fit_to_screen` does for a shown, unframed window
    _FitWhenFramed.watch(window)
    [watcher] = window.findChildren(_FitWhenFramed)
    watcher._done()  # as when its time is up, or the frame was seen
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(_FitWhenFramed) == []
    _FitWhenFramed.watch(window)
    assert len(window.findChildren(_FitWhenFramed)) == 1
