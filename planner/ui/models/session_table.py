"""All sessions as a flat table (the List view), and the proxy that searches and filters it.

The table model adapts the `SessionStore`; sorting uses raw values (`Role.SORT`), never the
display text. Search matches every word of the query against a per-session text of title,
subtitle, speakers, track, room and abstract, lower-cased once when the program loads, so
a keystroke over 20,000 sessions is a substring test per session.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from planner.ui.roles import Role

if TYPE_CHECKING:
    from datetime import date

    from planner.domain.agenda import TalkInfo
    from planner.ui.state import SessionStore

ModelIndex = QModelIndex | QPersistentModelIndex


class TableColumn(IntEnum):
    STAR = 0
    DAY = 1
    TIME = 2
    TITLE = 3
    TRACK = 4
    ROOM = 5
    SPEAKERS = 6


HEADERS = {
    TableColumn.STAR: "★",
    TableColumn.DAY: "Day",
    TableColumn.TIME: "Time",
    TableColumn.TITLE: "Session",
    TableColumn.TRACK: "Track",
    TableColumn.ROOM: "Room",
    TableColumn.SPEAKERS: "Speakers",
}
PRIORITY_ORDER = {"must": 0, "want": 1, "maybe": 2}


class SessionTableModel(QAbstractTableModel):
    def __init__(self, store: SessionStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._haystack: list[str] = []
        store.reset.connect(self._reset)
        store.talkChanged.connect(self._talk_changed)
        store.conflictsChanged.connect(self._conflicts_changed)
        store.overlaysChanged.connect(self._conflicts_changed)
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._haystack = [
            " ".join(
                (
                    t.title,
                    t.subtitle,
                    " ".join(t.speaker_names),
                    t.track,
                    t.room,
                    t.abstract,
                    t.description,
                )
            ).casefold()
            for t in self.store.talks
        ]
        self.endResetModel()

    def _talk_changed(self, key: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(TableColumn) - 1))

    def _conflicts_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, TableColumn.TITLE), self.index(self.rowCount() - 1, TableColumn.TITLE)
            )

    def row_of(self, key: str) -> int:
        return self.store.position_of(key)

    def haystack(self, row: int) -> str:
        return self._haystack[row]

    def talk_at(self, row: int) -> TalkInfo:
        return self.store.talks[row]

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.store.talks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TableColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(TableColumn)
        ):
            return HEADERS[TableColumn(section)]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.store.talks):
            return None
        talk = self.store.talks[index.row()]
        column = TableColumn(index.column())
        if role == Role.TALK:
            return talk
        if role == Role.KEY:
            return talk.key
        if role == Role.PRIORITY:
            return talk.star.priority.value if talk.star else None
        zone = self.store.zone
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is TableColumn.STAR:
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return f"starred, {talk.star.priority.label}" if talk.star else "not starred"
                return ""
            if column is TableColumn.DAY:
                return f"{talk.start.astimezone(zone):%a %d %b}"
            if column is TableColumn.TIME:
                return f"{talk.start.astimezone(zone):%H:%M}–{talk.end.astimezone(zone):%H:%M}"
            if column is TableColumn.TITLE:
                text = ("Cancelled: " if talk.cancelled else "") + talk.title
                names = self.store.attendees(talk.key)
                verb = "attends" if len(names) == 1 else "attend"
                return text + (f"   · {', '.join(names)} {verb}" if names else "")
            if column is TableColumn.TRACK:
                return talk.track
            if column is TableColumn.ROOM:
                return talk.room
            return ", ".join(talk.speaker_names)
        if role == Role.SORT:
            if column is TableColumn.STAR:
                return PRIORITY_ORDER[talk.star.priority.value] if talk.star else 3
            if column in (TableColumn.DAY, TableColumn.TIME):
                return talk.start.timestamp()
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.FontRole and column is TableColumn.TITLE:
            font = QFont()
            font.setItalic(talk.untitled)
            font.setStrikeOut(talk.cancelled)
            font.setBold(talk.star is not None)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is TableColumn.TITLE
            and talk.key in self.store.clashing
        ):
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and column is TableColumn.TITLE:
            tip = talk.title
            if talk.key in self.store.clashing:
                tip += "\n⚠ clashes with another session you attend"
            if talk.untitled:
                tip += "\n(untitled: label drawn from the description)"
            return tip
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column is TableColumn.TRACK
            and talk.track_color
        ):
            return QColor(talk.track_color)
        return None


@dataclass
class Filters:
    """What the user narrowed the program to. Empty values mean "any"."""

    text: str = ""
    day: date | None = None
    track: str = ""
    room: str = ""
    type: str = ""
    language: str = ""
    starred_only: bool = False
    clashing_only: bool = False


class SessionFilterProxy(QSortFilterProxyModel):
    """Search and filters over `SessionTableModel`; sorting by `Role.SORT`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filters = Filters()
        self._words: list[str] = []
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(False)

    def set_filters(self, filters: Filters) -> None:
        self.beginFilterChange()
        self.filters = filters
        self._words = filters.text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SessionTableModel):
            return True
        if self._words:
            haystack = model.haystack(source_row)
            if not all(word in haystack for word in self._words):
                return False
        f = self.filters
        if not (
            f.day or f.track or f.room or f.type or f.language or f.starred_only or f.clashing_only
        ):
            return True
        talk = model.talk_at(source_row)
        store = model.store
        return not (
            (f.day is not None and talk.start.astimezone(store.zone).date() != f.day)
            or (f.track and talk.track != f.track)
            or (f.room and talk.room != f.room)
            or (f.type and talk.type != f.type)
            or (f.language and talk.language != f.language)
            or (f.starred_only and talk.star is None)
            or (f.clashing_only and talk.key not in store.clashing)
        )
