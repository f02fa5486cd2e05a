"""The program as a tree: day → time slot → session, with star, time, title, track, room.

An adapter over the `SessionStore`'s sessions; it never touches the database. Star
changes arrive as the store's `talkChanged`, which repaints that one row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from planner.ui.plain import tooltip
from planner.ui.roles import Role

if TYPE_CHECKING:
    from datetime import date, datetime

    from planner.domain.agenda import TalkInfo
    from planner.ui.state import SessionStore

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    STAR = 0
    TIME = 1
    TITLE = 2
    TRACK = 3
    ROOM = 4
    SPEAKERS = 5


HEADERS = {
    Column.STAR: "★",
    Column.TIME: "Time",
    Column.TITLE: "Session",
    Column.TRACK: "Track",
    Column.ROOM: "Room",
    Column.SPEAKERS: "Speakers",
}


class NodeKind(IntEnum):
    DAY = 0
    SLOT = 1
    TALK = 2


@dataclass(eq=False)
class _Node:
    kind: NodeKind
    parent: int  # node id of the parent, -1 for top level
    row: int
    day: date | None = None
    moment: datetime | None = None
    talk: int = -1  # index into the talk list
    children: list[int] = field(default_factory=list)


class ProgramModel(QAbstractItemModel):
    def __init__(self, store: SessionStore | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._talks: list[TalkInfo] = []
        self._zone = ZoneInfo("UTC")
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._row_of_key: dict[str, int] = {}  # session key → node id
        self._store = store
        if store is not None:
            store.reset.connect(self._reset)
            store.talkChanged.connect(self._talk_changed)
            self._reset()

    def _reset(self) -> None:
        assert self._store is not None
        self.set_program(self._store.talks, self._store.zone)

    def _talk_changed(self, key: str) -> None:
        assert self._store is not None
        talk = self._store.talk(key)
        if talk is not None:
            self.update_talk(talk)

    # -- content -------------------------------------------------------------------------
    def set_program(self, talks: list[TalkInfo], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._talks = list(talks)
        self._zone = zone
        self._rebuild()
        self.endResetModel()

    def set_zone(self, zone: ZoneInfo) -> None:
        """Show times in another zone; days and slots regroup by that zone's clock."""
        self.set_program(self._talks, zone)

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def talks(self) -> list[TalkInfo]:
        return list(self._talks)

    def _rebuild(self) -> None:
        self._nodes = []
        self._top = []
        self._row_of_key = {}
        ordered = sorted(
            range(len(self._talks)),
            key=lambda i: (
                self._talks[i].start,
                self._talks[i].end,
                self._talks[i].room,
                self._talks[i].title,
            ),
        )
        day_node: _Node | None = None
        slot_node: _Node | None = None
        for talk_index in ordered:
            talk = self._talks[talk_index]
            local = talk.start.astimezone(self._zone)
            if day_node is None or day_node.day != local.date():
                day_node = _Node(NodeKind.DAY, -1, len(self._top), day=local.date())
                self._nodes.append(day_node)
                self._top.append(len(self._nodes) - 1)
                slot_node = None
            day_id = self._top[-1]
            if slot_node is None or slot_node.moment != local:
                slot_node = _Node(NodeKind.SLOT, day_id, len(day_node.children), moment=local)
                self._nodes.append(slot_node)
                day_node.children.append(len(self._nodes) - 1)
            slot_id = day_node.children[-1]
            talk_node = _Node(NodeKind.TALK, slot_id, len(slot_node.children), talk=talk_index)
            self._nodes.append(talk_node)
            slot_node.children.append(len(self._nodes) - 1)
            self._row_of_key[talk.key] = len(self._nodes) - 1

    def update_talk(self, talk: TalkInfo) -> None:
        """Replace one session (e.g. its star changed) and repaint its row."""
        node_id = self._row_of_key.get(talk.key)
        if node_id is None:
            return
        node = self._nodes[node_id]
        self._talks[node.talk] = talk
        left = self.createIndex(node.row, 0, node_id)
        right = self.createIndex(node.row, len(Column) - 1, node_id)
        self.dataChanged.emit(left, right)

    def index_of_key(self, key: str, column: int = 0) -> QModelIndex:
        node_id = self._row_of_key.get(key)
        if node_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node_id].row, column, node_id)

    # -- QAbstractItemModel --------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(Column) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            children = self._top
        else:
            if parent.column() != 0:
                return QModelIndex()
            children = self._nodes[parent.internalId()].children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._nodes[index.internalId()].parent
        if parent_id < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent_id].row, 0, parent_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return len(Column)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.STAR:
            return tooltip("Starred sessions (click, S or Space to star; 1/2/3 for priority)")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        if role == Role.KIND:
            return int(node.kind)
        if node.kind is NodeKind.DAY:
            return self._day_data(node, index.column(), role)
        if node.kind is NodeKind.SLOT:
            return self._slot_data(node, index.column(), role)
        return self._talk_data(self._talks[node.talk], Column(index.column()), role)

    def _day_data(self, node: _Node, column: int, role: int) -> Any:
        assert node.day is not None
        if column == 0 and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            count = sum(len(self._nodes[slot].children) for slot in node.children)
            return f"{node.day:%A %d %B %Y} · {count} sessions"
        if role == Role.SORT:
            return node.day.isoformat()
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _slot_data(self, node: _Node, column: int, role: int) -> Any:
        assert node.moment is not None
        if column == 0 and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            count = len(node.children)
            parallel = f" · {count} in parallel" if count > 1 else ""
            return f"{node.moment:%H:%M}{parallel}"
        if role == Role.SORT:
            return node.moment.isoformat()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#5f6368")
        return None

    def _talk_data(self, talk: TalkInfo, column: Column, role: int) -> Any:
        if role == Role.TALK:
            return talk
        if role == Role.KEY:
            return talk.key
        if role == Role.PRIORITY:
            return talk.star.priority.value if talk.star else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._talk_text(talk, column, role)
        if role == Role.SORT:
            return self._talk_sort(talk, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STAR:
                return tooltip(
                    f"Starred: {talk.star.priority.label} (click to unstar)"
                    if talk.star
                    else "Not starred (click to star)"
                )
            if column == Column.TITLE:
                tip = talk.title
                if talk.untitled:
                    tip += "\n(untitled: label drawn from the description)"
                if talk.cancelled:
                    tip += "\n(cancelled: no longer in the program)"
                return tooltip(tip)
            return None
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE:
            if talk.untitled or talk.cancelled or talk.star:
                font = QFont()
                font.setItalic(talk.untitled)
                font.setStrikeOut(talk.cancelled)
                font.setBold(talk.star is not None)
                return font
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TRACK and talk.track:
            return QColor(talk.track_color) if talk.track_color else None
        return None

    def _talk_text(self, talk: TalkInfo, column: Column, role: int) -> str:
        if column == Column.STAR:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"starred, {talk.star.priority.label}" if talk.star else "not starred"
            return ""
        if column == Column.TIME:
            start = talk.start.astimezone(self._zone)
            end = talk.end.astimezone(self._zone)
            return f"{start:%H:%M}–{end:%H:%M}"
        if column == Column.TITLE:
            prefix = "Cancelled: " if talk.cancelled else ""
            return prefix + talk.title
        if column == Column.TRACK:
            return talk.track
        if column == Column.ROOM:
            return talk.room
        return ", ".join(talk.speaker_names)

    def _talk_sort(self, talk: TalkInfo, column: Column) -> Any:
        if column == Column.STAR:
            order = {"must": 0, "want": 1, "maybe": 2}
            return order[talk.star.priority.value] if talk.star else 3
        if column == Column.TIME:
            return talk.start.isoformat()
        return self._talk_text(talk, column, Qt.ItemDataRole.DisplayRole).casefold()
