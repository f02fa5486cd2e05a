"""The program tree view: day and time-slot rows span the full width.

The spans are set after `expandAll`, from the model's own nodes: set before it, or
found through `index()` and `data()`, each of the ~1,200 rows was a round trip through
Python for Qt (`tests/ui/test_program_spans.py`: every day and slot row spans)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QWidget

from planner.ui.models.program_model import NodeKind, ProgramModel
from planner.ui.widgets.ringed_tree import RingedTreeView


class ProgramView(RingedTreeView):
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
        assert isinstance(model, ProgramModel)
        self.expandAll()
        top = QModelIndex()
        for day_row, day in enumerate(model.roots):
            self.setFirstColumnSpanned(day_row, top, True)
            parent = model.index_of(day)
            for slot_row, slot in enumerate(day.children):
                if slot.kind is NodeKind.SLOT:
                    self.setFirstColumnSpanned(slot_row, parent, True)
