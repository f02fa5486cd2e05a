"""The Program's first paint expands its rows only as far as a screen can show past the
current row (`ProgramView.expand_when_shown`); the rest just after it. Nothing the first
paint showed moves when the rest is expanded: every row above the screen was expanded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint

from planner.paths import AppPaths
from planner.ui.models.program_model import NodeKind
from tests.ui.conftest import close_window

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow
    from planner.ui.widgets.program_view import ProgramView


def _groups_expanded(window: MainWindow) -> list[bool]:
    """For every day and time-slot row, in order: is it expanded?"""
    view, model = window.view, window.model
    found: list[bool] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.node(index).kind is not NodeKind.TALK:
                found.append(view.isExpanded(index))
                walk(index)

    walk(QModelIndex())
    return found


class _AtFirstPaint(QObject):
    """What the view showed when its rows were first painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.expanded: list[bool] | None = None
        self.rows: list[tuple[str, int]] = []
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.expanded is None:
            self.expanded = _groups_expanded(self.window_)
            self.rows = _shown(self.window_.view)
        return False


def _shown(view: ProgramView) -> list[tuple[str, int]]:
    """The rows on the screen: their text and where they are."""
    shown: list[tuple[str, int]] = []
    y = 0
    while y < view.viewport().height():
        index = view.indexAt(QPoint(0, y))
        if not index.isValid():
            break
        rect = view.visualRect(index)
        shown.append((index.data(), rect.top()))
        y = rect.bottom() + 1
    return shown


def test_the_first_paint_expands_a_screenful_past_the_current_row(qtbot, tmp_path: Path) -> None:
    from planner.tools.screenshots import FOSDEM_2025, prepare
    from planner.ui.app import open_main_window

    scene = prepare(tmp_path / "scene", FOSDEM_2025)
    window, _quick = open_main_window(AppPaths.resolve(scene.me))
    qtbot.addWidget(window)
    try:
        seen = _AtFirstPaint(window)
        window.show()
        qtbot.waitUntil(lambda: window.first_paint_behind)
        assert seen.expanded is not None
        assert seen.expanded[0]  # the first day, where the current row is
        assert not all(seen.expanded)  # FOSDEM's Sunday waited for the paint
        assert len(seen.rows) > 10
        assert all(_groups_expanded(window))
        assert _shown(window.view) == seen.rows  # nothing on the screen moved
    finally:
        close_window(window)
