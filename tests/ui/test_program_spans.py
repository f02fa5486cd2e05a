"""The Program tree: every day and time-slot row spans the whole width (its text is not
cut to the first column), every session row does not - at start and after every new
view (another zone regroups the rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from planner.ui.actions import ActionId
from planner.ui.models.program_model import NodeKind

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


def _spans(window: MainWindow) -> dict[NodeKind, set[bool]]:
    view, model = window.view, window.model
    seen: dict[NodeKind, set[bool]] = {kind: set() for kind in NodeKind}

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            seen[model.node(index).kind].add(view.isFirstColumnSpanned(row, parent))
            assert view.isExpanded(index) or not model.hasChildren(index)
            walk(index)

    walk(QModelIndex())
    return seen


def test_day_and_slot_rows_span_the_width_and_sessions_do_not(window: MainWindow) -> None:
    assert _spans(window) == {NodeKind.DAY: {True}, NodeKind.SLOT: {True}, NodeKind.TALK: {False}}
    window.action_map[ActionId.TIMES_LOCAL_ZONE].setChecked(True)
    window.zone_choice_changed()  # a new grouping: the spans are set anew
    assert _spans(window) == {NodeKind.DAY: {True}, NodeKind.SLOT: {True}, NodeKind.TALK: {False}}
