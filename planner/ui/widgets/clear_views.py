"""Tree and table views whose content keeps clear of the focus ring
(`planner.ui.focus_ring.keep_clear_of_ring`): Qt's tree and table views set their viewport
margins afresh each time they lay themselves out (for their headers), so these give the
ring its room back after that."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QTreeView, QTreeWidget

from planner.ui.focus_ring import keep_clear_of_ring


class ClearTreeView(QTreeView):
    def updateGeometries(self) -> None:
        super().updateGeometries()
        keep_clear_of_ring(self)


class ClearTreeWidget(QTreeWidget):
    def updateGeometries(self) -> None:
        super().updateGeometries()
        keep_clear_of_ring(self)


class ClearTableView(QTableView):
    def updateGeometries(self) -> None:
        super().updateGeometries()
        keep_clear_of_ring(self)
