"""The Program model answers only the roles it names (`ANSWERED_ROLES`); Qt's questions
for any other role get None at once, without a look at the row. Held over every kind of
row of a real program with a real agenda (stars, clashes, a cancelled and an untitled
session are in the scene), every column, every role Qt or Planner defines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt

from planner.ui.models.program_model import ANSWERED_ROLES, Column
from planner.ui.roles import Role

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow
    from planner.ui.models.program_model import ProgramModel

ROLES = sorted({int(role) for role in Qt.ItemDataRole} | {int(role) for role in Role})


def _indexes(model: ProgramModel) -> list[QModelIndex]:
    found: list[QModelIndex] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in Column:
                found.append(model.index(row, column, parent))
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return found


def test_no_role_left_out_of_the_answered_ones_has_an_answer(fosdem: MainWindow) -> None:
    model = fosdem.model
    indexes = _indexes(model)
    assert len(indexes) > 5_000
    answered: set[int] = set()
    for index in indexes:
        for role in ROLES:
            answer = model.answer(index, role)
            if role in ANSWERED_ROLES:
                assert model.data(index, role) == answer
                if answer is not None:
                    answered.add(role)
            else:
                assert answer is None, (index.row(), index.column(), role)
                assert model.data(index, role) is None
    assert answered == ANSWERED_ROLES  # and none is named in vain
