"""The program tree view: day and time-slot rows span the full width; before the window's
first paint only the rows a screen can show are expanded (`expand_when_shown`).

The spans are set after `expandAll`, from the model's own nodes: set before it, or
found through `index()` and `data()`, each of the ~1,200 rows was a round trip through
Python for Qt (`tests/ui/test_program_spans.py`: every day and slot row spans)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QWidget

from planner.ui.models.program_model import NodeKind, ProgramModel
from planner.ui.widgets.ringed_tree import RingedTreeView

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


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
        self._expand_at_once = True  # until `expand_when_shown`

    def set_program_model(self, model: ProgramModel) -> None:
        self.setModel(model)
        model.modelReset.connect(self._span_group_rows)
        self._span_group_rows()

    def expand_when_shown(self) -> None:
        """Until `expand_rest` (the window calls it after its first paint), a new program
        is not expanded at once: when the view is first shown, the rows are expanded from
        the top to a screenful past the current row (the selection the window restored),
        which is all the first paint can show: no row is shorter than a line of text, and
        the view is no taller than the screen. Expanding FOSDEM's ~1,200 rows asks the Python
        model ~5,000 questions (~100 M instructions); the rows below the screen can wait,
        and the rows above it are expanded, so nothing on the screen moves afterwards."""
        self._expand_at_once = False

    def expand_rest(self) -> None:
        self._expand_at_once = True
        self.expandAll()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._expand_at_once:
            self._expand_to_a_screen_past_current()
        super().showEvent(event)

    def _expand_to_a_screen_past_current(self) -> None:
        model = self.model()
        assert isinstance(model, ProgramModel)
        current = self.currentIndex()
        target = model.node(current.siblingAtColumn(0)) if current.isValid() else None
        screenful = self.screen().availableGeometry().height() // self.fontMetrics().height()
        left: int | None = None  # rows still to expand once the current row is passed
        for day in model.roots:
            self.expand(model.index_of(day))
            for slot in day.children:
                if slot.kind is not NodeKind.SLOT:
                    continue
                self.expand(model.index_of(slot))
                if left is None and (target is None or target is slot or target in slot.children):
                    left = screenful
                if left is not None:
                    left -= 1 + len(slot.children)
                    if left <= 0:
                        return

    def _span_group_rows(self) -> None:
        model = self.model()
        assert isinstance(model, ProgramModel)
        if self._expand_at_once:
            self.expandAll()
        top = QModelIndex()
        for day_row, day in enumerate(model.roots):
            self.setFirstColumnSpanned(day_row, top, True)
            parent = model.index_of(day)
            for slot_row, slot in enumerate(day.children):
                if slot.kind is NodeKind.SLOT:
                    self.setFirstColumnSpanned(slot_row, parent, True)
