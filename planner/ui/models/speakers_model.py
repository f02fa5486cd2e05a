"""Speakers and their sessions: speaker → sessions, sorted by name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from planner.ui.plain import tooltip
from planner.ui.roles import Role

if TYPE_CHECKING:
    from planner.domain.agenda import SpeakerInfo, TalkInfo
    from planner.ui.state import SessionStore

ModelIndex = QModelIndex | QPersistentModelIndex
TOP = 0xFFFFFFFF  # internal id of top-level rows; children carry their speaker's row


class SpeakersModel(QAbstractItemModel):
    def __init__(self, store: SessionStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.speakers: list[tuple[SpeakerInfo, list[TalkInfo]]] = []
        self._places: dict[str, list[tuple[int, int]]] = {}  # session key → (row, position)
        store.reset.connect(self.rebuild)
        store.talkChanged.connect(self._talk_changed)
        self.rebuild()

    def rebuild(self) -> None:
        self.beginResetModel()
        found: dict[int, tuple[SpeakerInfo, list[TalkInfo]]] = {}
        for talk in self.store.talks:
            for speaker in talk.speakers:
                found.setdefault(speaker.id, (speaker, []))[1].append(talk)
        self.speakers = sorted(found.values(), key=lambda item: item[0].name.casefold())
        self._places = {}
        for row, (_, talks) in enumerate(self.speakers):
            for position, talk in enumerate(talks):
                self._places.setdefault(talk.key, []).append((row, position))
        self.endResetModel()

    def _talk_changed(self, key: str) -> None:
        fresh = self.store.talk(key)
        if fresh is None:
            return
        for row, position in self._places.get(key, ()):
            self.speakers[row][1][position] = fresh
            index = self.index(position, 0, self.index(row, 0))
            self.dataChanged.emit(index, self.index(position, 1, self.index(row, 0)))

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if row < 0 or not 0 <= column < 2:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP) if row < len(self.speakers) else QModelIndex()
        if parent.internalId() != TOP or parent.column() != 0:
            return QModelIndex()
        if parent.row() >= len(self.speakers) or row >= len(self.speakers[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row())

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, TOP)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.speakers)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self.speakers[parent.row()][1])
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Speaker / session", "When")[section] if 0 <= section < 2 else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def talk_at(self, index: ModelIndex) -> TalkInfo | None:
        if not index.isValid() or index.internalId() == TOP:
            return None
        return self.speakers[index.internalId()][1][index.row()]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            speaker, talks = self.speakers[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if index.column() == 0:
                    extra = f" ({speaker.organization})" if speaker.organization else ""
                    return f"{speaker.name}{extra}"
                return f"{len(talks)} session" + ("s" if len(talks) != 1 else "")
            if role == Qt.ItemDataRole.ToolTipRole and speaker.bio:
                return tooltip(speaker.bio[:600])
            return None
        talk = self.speakers[index.internalId()][1][index.row()]
        if role == Role.KEY:
            return talk.key
        if role == Role.TALK:
            return talk
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return ("★ " if talk.star else "") + talk.title
            start = talk.start.astimezone(self.store.zone)
            return f"{start:%a %H:%M} · {talk.room}"
        return None
