"""Keyboard reachability: Tab goes from the view through the details pane and never gets
stuck in a text field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


def test_tab_reaches_the_details_controls_and_leaves_the_note(window: MainWindow, qtbot) -> None:
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    details = window.details
    wanted = {details.browser, details.star_button, details.priority, details.note}
    wanted.add(details.save_note)
    reached = set()
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.add(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert wanted <= reached
    # Tab in the note moves on (it does not type a tab character).
    details.note.setFocus()
    qtbot.waitUntil(details.note.hasFocus)
    qtbot.keyClick(details.note, Qt.Key.Key_Tab)
    assert not details.note.hasFocus()
    assert "\t" not in details.note.toPlainText()
