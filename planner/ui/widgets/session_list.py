"""The List tab: every session of the program in one sortable table (star, day, time,
title, track, room), filtered by the search and the filter bar (`SessionFilterProxy`).
Its star column is clickable (`StarDelegate`); the other cells keep to one line. Its
columns fit the view (`FittedColumns`): in a narrow window title, track and room give way
together, so Room and Speakers stay in sight without a sideways scroll."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from planner.ui.delegates.star_delegate import StarDelegate
from planner.ui.delegates.text_delegate import OneLineTextDelegate
from planner.ui.models.session_table import SessionFilterProxy, SessionTableModel, TableColumn
from planner.ui.widgets.clear_views import ClearTableView
from planner.ui.widgets.fitted_columns import FittedColumns

if TYPE_CHECKING:
    from planner.ui.state import SessionStore

WIDTHS = (  # each column's preferred width (Speakers, the last, takes the rest)
    (TableColumn.STAR, 40),
    (TableColumn.DAY, 90),
    (TableColumn.TIME, 90),
    (TableColumn.TITLE, 380),
    (TableColumn.TRACK, 150),
    (TableColumn.ROOM, 150),
)
# What each column may give way to in a narrow window (its text elides); star, day and
# time keep their widths.
LEAST: dict[int, int] = {TableColumn.TITLE: 160, TableColumn.TRACK: 80, TableColumn.ROOM: 80}


class SessionList(ClearTableView):
    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = SessionTableModel(store, self)
        self.proxy = SessionFilterProxy(self)
        self.proxy.setSourceModel(self.source)
        self.setObjectName("sessionTable")
        self.setAccessibleName(self.tr("Sessions"))
        # Tab leaves the list (the arrows move within it), as it leaves every other view.
        self.setTabKeyNavigation(False)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(TableColumn.DAY, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.text_delegate = OneLineTextDelegate(self)
        self.setItemDelegate(self.text_delegate)
        self.star_delegate = StarDelegate(self)
        self.setItemDelegateForColumn(TableColumn.STAR, self.star_delegate)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        self.columns = FittedColumns(self, header, WIDTHS, LEAST, last_least=100)
