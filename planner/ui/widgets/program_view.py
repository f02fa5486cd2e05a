"""The program tree view: day and time-slot rows span the full width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QWidget

from planner.ui.models.program_model import NodeKind, ProgramModel
from planner.ui.roles import Role
from planner.ui.widgets.clear_views import ClearTreeView


class ProgramView(ClearTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programView")
        self.setAccessibleName(self.tr("Conference program"))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setIndentation(14)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def set_program_model(self, model: ProgramModel) -> None:
        self.setModel(model)
        model.modelReset.connect(self._span_group_rows)
        self._span_group_rows()

    def _span_group_rows(self) -> None:
        model = self.model()
        for day_row in range(model.rowCount()):
            day = model.index(day_row, 0)
            self.setFirstColumnSpanned(day_row, QModelIndex(), True)
            for slot_row in range(model.rowCount(day)):
                slot = model.index(slot_row, 0, day)
                if slot.data(Role.KIND) == NodeKind.SLOT:
                    self.setFirstColumnSpanned(slot_row, day, True)
        self.expandAll()
