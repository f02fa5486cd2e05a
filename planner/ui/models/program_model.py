"""The program as a tree: day → time slot → session, with star, time, title, track, room.

An adapter over the `SessionStore`'s sessions; it never touches the database. Star
changes arrive as the store's `talkChanged`, which repaints that one row.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from planner.ui.clash_text import session_tooltip
from planner.ui.i18n import QT_TRANSLATE_NOOP, arg
from planner.ui.locale_format import Formats
from planner.ui.look import Look, mark_icon, star_header
from planner.ui.models.tree import ModelIndex, TreeModel, TreeNode
from planner.ui.plain import tooltip
from planner.ui.roles import Role
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from datetime import date, datetime

    from planner.domain.agenda import TalkInfo
    from planner.ui.state import SessionStore


class Column(IntEnum):
    STAR = 0
    TIME = 1
    TITLE = 2
    TRACK = 3
    ROOM = 4
    SPEAKERS = 5


HEADERS = {
    Column.STAR: "",  # a painted star (`star_header`)
    Column.TIME: QT_TRANSLATE_NOOP("Columns", "Time"),
    Column.TITLE: QT_TRANSLATE_NOOP("Columns", "Session"),
    Column.TRACK: QT_TRANSLATE_NOOP("Columns", "Track"),
    Column.ROOM: QT_TRANSLATE_NOOP("Columns", "Room"),
    Column.SPEAKERS: QT_TRANSLATE_NOOP("Columns", "Speakers"),
}


class NodeKind(IntEnum):
    DAY = 0
    SLOT = 1
    TALK = 2


# The roles this model answers; Qt asks each cell for more (its alignment, check state,
# background...) as it paints, and each question is a call into Python. Those are answered
# at once: ~20 M instructions of FOSDEM's first paint (tests/ui/test_program_roles.py
# holds that no other role has an answer).
ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Role.KIND,
        Role.TALK,
        Role.KEY,
        Role.PRIORITY,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
    )
)


@dataclass(eq=False)
class _Node(TreeNode):
    kind: NodeKind
    day: date | None = None
    moment: datetime | None = None
    talk: TalkInfo | None = None  # a session row's session


class ProgramModel(TreeModel):
    COLUMNS = tuple(HEADERS[column] for column in Column)

    def __init__(self, store: SessionStore | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._talks: list[TalkInfo] = []
        self._position: dict[str, int] = {}
        self._zone = ZoneInfo("UTC")
        self._node_of_key: dict[str, _Node] = {}
        self._store = store
        self._clashing: frozenset[str] = frozenset()
        self._tight: frozenset[str] = frozenset()
        if store is not None:
            store.reset.connect(self._reset)
            store.talkChanged.connect(self._talk_changed)
            store.conflictsChanged.connect(self._clashes_changed)
            self._reset()

    def _reset(self) -> None:
        assert self._store is not None
        self.set_program(self._store.talks, self._store.zone)

    def _talk_changed(self, key: str) -> None:
        assert self._store is not None
        talk = self._store.talk(key)
        if talk is not None:
            self.update_talk(talk)

    def _clashes_changed(self) -> None:
        """Repaint the clash (or tight-transfer) marker of the sessions that began or ceased
        to clash (or to be in a tight transfer)."""
        assert self._store is not None
        changed = (self._clashing ^ self._store.clashing) | (self._tight ^ self._store.tight)
        self._clashing, self._tight = self._store.clashing, self._store.tight
        for key in changed:
            index = self.index_of_key(key, Column.TITLE)
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- content -------------------------------------------------------------------------
    def set_program(self, talks: list[TalkInfo], zone: ZoneInfo) -> None:
        self._talks = list(talks)
        self._position = {talk.key: place for place, talk in enumerate(self._talks)}
        self._zone = zone
        self.set_roots(self._build())

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def talks(self) -> list[TalkInfo]:
        return list(self._talks)

    def _build(self) -> list[_Node]:
        self._node_of_key = {}
        days: list[_Node] = []
        slot: _Node | None = None
        for talk in sorted(self._talks, key=lambda t: (t.start, t.end, t.room, t.title)):
            local = talk.start.astimezone(self._zone)
            if not days or days[-1].day != local.date():
                days.append(_Node(NodeKind.DAY, day=local.date()))
                slot = None
            if slot is None or slot.moment != local:
                slot = _Node(NodeKind.SLOT, moment=local)
                days[-1].children.append(slot)
            node = _Node(NodeKind.TALK, talk=talk)
            slot.children.append(node)
            self._node_of_key[talk.key] = node
        return days

    def update_talk(self, talk: TalkInfo) -> None:
        """Replace one session (e.g. its star changed) and repaint its row."""
        node = self._node_of_key.get(talk.key)
        if node is None:
            return
        node.talk = talk
        self._talks[self._position[talk.key]] = talk
        self.node_changed(node)

    def index_of_key(self, key: str, column: int = 0) -> QModelIndex:
        node = self._node_of_key.get(key)
        return QModelIndex() if node is None else self.index_of(node, column)

    # -- QAbstractItemModel --------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == Column.STAR:
            return star_header(role)
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES:
            return None
        return self.answer(index, role)

    def answer(self, index: ModelIndex, role: int) -> Any:
        """What `data` says for `role`, asked whatever the role."""
        node: _Node | None = self.node(index)
        if node is None:
            return None
        if role == Role.KIND:
            return int(node.kind)
        if node.kind is NodeKind.DAY:
            return self._day_data(node, index.column(), role)
        if node.kind is NodeKind.SLOT:
            return self._slot_data(node, index.column(), role)
        assert node.talk is not None
        return self._talk_data(node.talk, index.column(), role)  # (no Column(): a call)

    def _day_data(self, node: _Node, column: int, role: int) -> Any:
        assert node.day is not None
        if column == 0 and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            count = sum(len(slot.children) for slot in node.children)
            formats = Formats()
            sessions = self.tr("%Ln session(s)", "", count)
            return f"{formats.date(node.day)} · {sessions}"
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
            parallel = " · " + self.tr("%Ln in parallel", "", count) if count > 1 else ""
            return f"{Formats().time(node.moment, self._zone)}{parallel}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return Look.current().muted_text
        return None

    def _talk_data(self, talk: TalkInfo, column: int, role: int) -> Any:
        if role == Role.TALK:
            return talk
        if role == Role.KEY:
            return talk.key
        if role == Role.PRIORITY:
            return talk.star.priority.value if talk.star else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._talk_text(talk, column, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STAR:
                return tooltip(
                    arg(
                        self.tr("Starred: %1 (click to unstar)"), WORDS.priority(talk.star.priority)
                    )
                    if talk.star
                    else self.tr("Not starred (click to star)")
                )
            if column == Column.TITLE:
                tip = session_tooltip(talk, self._store) if self._store else talk.title
                if talk.untitled:
                    tip += "\n" + self.tr("(untitled: label drawn from the description)")
                if talk.cancelled:
                    tip += "\n" + self.tr("(cancelled: no longer in the program)")
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
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == Column.TITLE
            and self._store is not None
        ):
            if talk.key in self._store.clashing:
                return mark_icon(None, Look.current(), clash=True)
            if talk.key in self._store.tight:
                return mark_icon(None, Look.current(), tight=True)
        return None

    def _talk_text(self, talk: TalkInfo, column: int, role: int) -> str:
        if column == Column.STAR:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return (
                    arg(self.tr("starred, %1"), WORDS.priority(talk.star.priority))
                    if talk.star
                    else self.tr("not starred")
                )
            return ""
        if column == Column.TIME:
            return Formats().time_range(talk.start, talk.end, self._zone)
        if column == Column.TITLE:
            return arg(self.tr("Cancelled: %1"), talk.title) if talk.cancelled else talk.title
        if column == Column.TRACK:
            return talk.track
        if column == Column.ROOM:
            return talk.room
        return ", ".join(talk.speaker_names)
