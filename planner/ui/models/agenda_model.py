"""My agenda as a tree: day → what happens, in time order.

Rows are sessions you attend (with their plan B alternatives beneath), clashes (with the
sessions involved beneath, to pick one), tight transfers, your busy blocks, and free time
(with suggested sessions beneath). Built from the `SessionStore` and the core's conflict
detection and suggestions; rebuilt when stars change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from planner.domain.agenda import Status
from planner.domain.conflicts import Commitment, FindingKind
from planner.domain.suggest import ProgramIndex, find_gaps, suggest
from planner.ui.plain import tooltip
from planner.ui.roles import Role

if TYPE_CHECKING:
    from datetime import date, datetime

    from planner.domain.agenda import TalkInfo
    from planner.ui.state import SessionStore

ModelIndex = QModelIndex | QPersistentModelIndex


class EntryKind(IntEnum):
    DAY = 0
    SESSION = 1  # attended
    PLAN_B = 2
    CLASH = 3
    CLASH_MEMBER = 4
    TIGHT = 5
    BUSY = 6
    GAP = 7
    SUGGESTION = 8


@dataclass(eq=False)
class Entry:
    kind: EntryKind
    start: datetime | None
    end: datetime | None
    text: str
    where: str = ""
    key: str = ""  # session key, or busy:<id>
    busy_id: int | None = None  # a busy block's id (a busy row, or one in a clash)
    day: date | None = None
    children: list[Entry] = field(default_factory=list)
    parent: Entry | None = None
    row: int = 0
    number: int = -1  # the internal id Qt carries for this entry


COLUMNS = ("Time", "Agenda", "Room")


class AgendaModel(QAbstractItemModel):
    def __init__(self, store: SessionStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.days: list[Entry] = []
        self._ids: list[Entry] = []  # internal ids → entries (Qt keeps integers, not objects)
        self._index: tuple[tuple[int, str], ProgramIndex] | None = None  # by program and zone
        # Built only while shown: ranking suggestions is most of a star toggle's cost at
        # 20k sessions, and of opening such a program.
        self._active = True
        self._stale = False
        store.reset.connect(self.rebuild)
        store.conflictsChanged.connect(self.rebuild)
        store.overlaysChanged.connect(self.rebuild)

    # -- building --------------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """Whether a view shows the agenda; while not, changes only mark it stale."""
        self._active = active
        if active and self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        if not self._active:
            self._stale = True
            return
        self._stale = False
        self.beginResetModel()
        self.days = self._build()
        self._ids = []
        for position, day in enumerate(self.days):
            self._register(day, None, position)
        self.endResetModel()

    def _register(self, entry: Entry, parent: Entry | None, row: int) -> None:
        entry.parent = parent
        entry.row = row
        entry.number = len(self._ids)
        self._ids.append(entry)
        for position, child in enumerate(entry.children):
            self._register(child, entry, position)

    def _build(self) -> list[Entry]:
        store = self.store
        if store.conference is None or store.detection is None:
            return []
        zone = store.zone
        starred = [t for t in store.talks if t.star is not None and not t.cancelled]
        attending = [t for t in starred if t.star is not None and t.star.status is Status.ATTEND]
        plan_b = [t for t in starred if t.star is not None and t.star.status is Status.PLAN_B]
        clashing = {key for group in store.detection.sets for key in group.keys}
        entries: list[Entry] = []
        for talk in attending:
            if talk.key in clashing:
                continue
            entry = self._session(talk, EntryKind.SESSION)
            entry.children = [
                self._session(b, EntryKind.PLAN_B)
                for b in plan_b
                if b.start < talk.end and talk.start < b.end
            ]
            entries.append(entry)
        for group in store.detection.sets:
            clash = Entry(
                EntryKind.CLASH,
                group.start,
                max(m.end for m in group.members),
                f"Clash: {len(group.members)} overlap by {group.overlap_minutes} min — pick one",
            )
            busy_ids = {b.key: b.id for b in store.busy}
            clash.children = [self._member(m, busy_ids.get(m.key)) for m in group.members]
            entries.append(clash)
        for finding in store.detection.transfers:
            if finding.kind is FindingKind.TIGHT:
                entries.append(
                    Entry(
                        EntryKind.TIGHT,
                        finding.first.end,
                        finding.second.start,
                        f"Tight: {max(finding.gap_minutes, 0)} min to walk "
                        f"{finding.needed_minutes} from “{finding.first.title}” to "
                        f"“{finding.second.title}”",
                        f"{finding.first.room or '?'} → {finding.second.room or '?'}",
                    )
                )
        for block in store.busy:
            entries.append(
                Entry(
                    EntryKind.BUSY,
                    block.start,
                    block.end,
                    block.title,
                    "(busy)",
                    block.key,
                    busy_id=block.id,
                )
            )
        plan = [
            *store.attending_commitments(),
            *(Commitment.of_busy(b) for b in store.busy),
        ]
        settings = store.settings
        index = self._program_index()
        ideas = suggest(store.talks, plan, settings, zone, index=index) if starred else []
        for gap in find_gaps(plan, store.talks, zone, minimum_minutes=30, index=index):
            entry = Entry(EntryKind.GAP, gap.start, gap.end, f"Free for {gap.minutes} min")
            entry.children = [
                Entry(
                    EntryKind.SUGGESTION,
                    s.talk.start,
                    s.talk.end,
                    f"Suggestion: {s.talk.title}  ({'; '.join(s.reasons)})",
                    s.talk.room,
                    s.talk.key,
                )
                # The best few for this gap, shown in the order of the day's timeline.
                for s in sorted(
                    (s for s in ideas if s.gap.start == gap.start and s.gap.end == gap.end),
                    key=lambda s: (s.talk.start, s.talk.end, s.talk.key),
                )
            ]
            entries.append(entry)
        days: dict[date, Entry] = {}
        for entry in sorted(entries, key=lambda e: (e.start, e.kind)):
            assert entry.start is not None
            local = entry.start.astimezone(zone).date()
            if local not in days:
                days[local] = Entry(EntryKind.DAY, None, None, f"{local:%A %d %B}", day=local)
            days[local].children.append(entry)
        return [days[day] for day in sorted(days)]

    def _program_index(self) -> ProgramIndex:
        key = (self.store.program_generation, self.store.zone.key)
        if self._index is None or self._index[0] != key:
            self._index = (key, ProgramIndex(self.store.talks, self.store.zone))
        return self._index[1]

    def _session(self, talk: TalkInfo, kind: EntryKind) -> Entry:
        names = self.store.attendees(talk.key)
        text = ("Plan B: " if kind is EntryKind.PLAN_B else "") + talk.title
        if talk.speaker_names:
            text += f" — {', '.join(talk.speaker_names)}"
        if names:
            text += f"   · {', '.join(names)} " + ("attends" if len(names) == 1 else "attend")
        return Entry(kind, talk.start, talk.end, text, talk.room, talk.key)

    def _member(self, member: Commitment, busy_id: int | None) -> Entry:
        if member.is_busy:
            return Entry(
                EntryKind.CLASH_MEMBER,
                member.start,
                member.end,
                f"Your busy block: {member.title}",
                "(busy)",
                member.key,
                busy_id=busy_id,
            )
        return Entry(
            EntryKind.CLASH_MEMBER,
            member.start,
            member.end,
            f"{member.title}  [{member.label}]",
            member.room,
            member.key,
        )

    # -- access ----------------------------------------------------------------------------
    def entry(self, index: ModelIndex) -> Entry | None:
        return self._ids[index.internalId()] if index.isValid() else None

    def index_of_key(self, key: str) -> QModelIndex:
        for entry in self._ids:
            if entry.key == key and entry.kind in (EntryKind.SESSION, EntryKind.CLASH_MEMBER):
                return self.createIndex(entry.row, 0, entry.number)
        return QModelIndex()

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if row < 0 or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = self._ids[parent.internalId()].children
        else:
            children = self.days
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row].number)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._ids[index.internalId()].parent
        if up is None:
            return QModelIndex()
        return self.createIndex(up.row, 0, up.number)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.days)
        if parent.column() != 0:
            return 0
        return len(self._ids[parent.internalId()].children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index)
        if entry is None:
            return None
        if role == Role.KIND:
            return int(entry.kind)
        if role == Role.KEY:
            return entry.key or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                if entry.kind is EntryKind.DAY:
                    return entry.text
                if entry.start is None:
                    return ""
                zone = self.store.zone
                end = f"–{entry.end.astimezone(zone):%H:%M}" if entry.end else ""
                return f"{entry.start.astimezone(zone):%H:%M}{end}"
            if index.column() == 1:
                return "" if entry.kind is EntryKind.DAY else entry.text
            return entry.where
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(entry.kind in (EntryKind.DAY, EntryKind.SESSION, EntryKind.CLASH))
            font.setItalic(
                entry.kind
                in (EntryKind.PLAN_B, EntryKind.GAP, EntryKind.SUGGESTION, EntryKind.BUSY)
            )
            if entry.kind in (EntryKind.PLAN_B, EntryKind.SUGGESTION):
                font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            colours = {
                EntryKind.CLASH: "#b00020",
                EntryKind.TIGHT: "#b26a00",
                EntryKind.PLAN_B: "#5f6368",
                EntryKind.GAP: "#1b5e20",
                EntryKind.SUGGESTION: "#33691e",
                EntryKind.BUSY: "#4527a0",
            }
            colour = colours.get(entry.kind)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and entry.kind is EntryKind.CLASH_MEMBER:
            return tooltip(
                "Select it and press “Attend This” to keep it (the others become plan B)"
            )
        return None
