"""My agenda as a tree: day → what happens, in time order.

Rows are sessions you attend (with their plan B alternatives beneath), clashes (saying
what the choice is - "attend B, or A then C" - with the sessions involved beneath and what
each collides with), tight transfers, your busy blocks, and free time (with suggested
sessions beneath). Marks and colours are Planner's visual language (`planner.ui.look`).
Built from the `SessionStore` and the core's conflict detection and suggestions; rebuilt
when stars change.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QIcon

from planner.domain.conflicts import Commitment
from planner.ui.clash_text import clash_lines, heading, member_note
from planner.ui.i18n import QT_TRANSLATE_NOOP, arg
from planner.ui.locale_format import Formats
from planner.ui.look import Look, Tone, mark_icon
from planner.ui.models.tree import ModelIndex, TreeModel, TreeNode
from planner.ui.plain import tooltip
from planner.ui.roles import Role
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from datetime import date, datetime

    from planner.domain.agenda import TalkInfo
    from planner.domain.suggest import ProgramIndex
    from planner.ui.state import SessionStore


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
class Entry(TreeNode):
    kind: EntryKind
    start: datetime | None
    end: datetime | None
    text: str
    where: str = ""
    key: str = ""  # session key, or busy:<id>
    busy_id: int | None = None  # a busy block's id (a busy row, or one in a clash)
    day: date | None = None


class AgendaModel(TreeModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "Time"),
        QT_TRANSLATE_NOOP("Columns", "Agenda"),
        QT_TRANSLATE_NOOP("Columns", "Room"),
    )

    def __init__(self, store: SessionStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._index: tuple[tuple[int, str], ProgramIndex] | None = None  # by program and zone
        # Built only while shown (`TreeModel.set_active`), and rebuilt on every star too:
        # ranking suggestions is most of a star toggle's cost at 20k sessions, and of
        # opening such a program.
        store.reset.connect(self.rebuild)
        store.conflictsChanged.connect(self.rebuild)
        store.overlaysChanged.connect(self.rebuild)

    # -- building --------------------------------------------------------------------------
    @property
    def days(self) -> list[Entry]:
        return self.roots

    def _build(self) -> list[Entry]:
        store = self.store
        if store.conference is None or store.detection is None:
            return []
        # My Agenda is built when first shown: its texts need not load before the first paint.
        from planner.ui.core_text import CORE

        zone = store.zone
        plan = store.day_plan(zone)
        busy_ids = {b.key: b.id for b in store.busy}
        entries: list[Entry] = []
        for day in plan.days:
            for attended in day.attended:
                if attended.in_clash:
                    continue  # shown in its clash, to pick from
                entry = self._session(attended.talk, EntryKind.SESSION)
                entry.children = [self._session(b, EntryKind.PLAN_B) for b in attended.plan_b]
                entries.append(entry)
            entries.extend(self._session(t, EntryKind.PLAN_B) for t in day.spare_plan_b)
            for group in day.clashes:
                choice = store.detection.choice(group)
                clash = Entry(
                    EntryKind.CLASH, group.start, max(m.end for m in group.members), heading(choice)
                )
                clash.children = [
                    self._member(m, busy_ids.get(m.key), member_note(choice, m.key))
                    for m in group.members
                ]
                entries.append(clash)
            for finding in day.tight:
                entries.append(
                    Entry(
                        EntryKind.TIGHT,
                        finding.first.end,
                        finding.second.start,
                        arg(
                            #: %1 minutes free between two sessions in different rooms, %2
                            #: minutes needed to walk from the first (%3) to the second (%4).
                            self.tr("Tight: %1 min to walk %2 min from “%3” to “%4”"),
                            max(finding.gap_minutes, 0),
                            finding.needed_minutes,
                            finding.first.title,
                            finding.second.title,
                        ),
                        f"{finding.first.room or '?'} → {finding.second.room or '?'}",
                    )
                )
            for block in day.busy:
                entries.append(
                    Entry(
                        EntryKind.BUSY,
                        block.start,
                        block.end,
                        block.title,
                        self.tr("(busy)"),
                        block.key,
                        busy_id=block.id,
                    )
                )
        from planner.domain.suggest import find_gaps, suggest  # not before the first paint

        plan_commitments = [
            *store.attending_commitments(),
            *(Commitment.of_busy(b) for b in store.busy),
        ]
        index = self._program_index()
        starred = any(t.star is not None and not t.cancelled for t in store.talks)
        ideas = (
            suggest(store.talks, plan_commitments, store.settings, zone, index=index)
            if starred
            else []
        )
        for gap in find_gaps(plan_commitments, store.talks, zone, minimum_minutes=30, index=index):
            free = arg(self.tr("Free for %1"), Formats().duration(gap.end - gap.start))
            entry = Entry(EntryKind.GAP, gap.start, gap.end, free)
            entry.children = [
                Entry(
                    EntryKind.SUGGESTION,
                    s.talk.start,
                    s.talk.end,
                    arg(
                        self.tr("Suggestion: %1  (%2)"),
                        s.talk.title,
                        CORE.suggestion_reasons(s.why),
                    ),
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
                days[local] = Entry(EntryKind.DAY, None, None, Formats().day(local), day=local)
            days[local].children.append(entry)
        return [days[day] for day in sorted(days)]

    def _program_index(self) -> ProgramIndex:
        from planner.domain.suggest import ProgramIndex

        key = (self.store.program_generation, self.store.zone.key)
        if self._index is None or self._index[0] != key:
            self._index = (key, ProgramIndex(self.store.talks, self.store.zone))
        return self._index[1]

    def _session(self, talk: TalkInfo, kind: EntryKind) -> Entry:
        names = self.store.attendees(talk.key)
        text = arg(self.tr("Cancelled: %1"), talk.title) if talk.cancelled else talk.title
        if kind is EntryKind.PLAN_B:
            text = arg(self.tr("Plan B: %1"), text)
        if talk.speaker_names:
            text += f" — {', '.join(talk.speaker_names)}"
        if names:
            #: Colleagues who attend a session: %1 lists their names.
            attend = self.tr("%1 attend(s)", "colleagues", len(names))
            text += f"   · {arg(attend, ', '.join(names))}"
        return Entry(kind, talk.start, talk.end, text, talk.room, talk.key)

    def _member(self, member: Commitment, busy_id: int | None, note: str) -> Entry:
        if member.is_busy:
            return Entry(
                EntryKind.CLASH_MEMBER,
                member.start,
                member.end,
                arg(self.tr("Your busy block: %1 — %2"), member.title, note)
                if note
                else member.title,
                self.tr("(busy)"),
                member.key,
                busy_id=busy_id,
            )
        return Entry(
            EntryKind.CLASH_MEMBER,
            member.start,
            member.end,
            f"{member.title}  [{self._label(member)}] — {note}" if note else f"{member.title}",
            member.room,
            member.key,
        )

    def _label(self, member: Commitment) -> str:
        return self.tr("busy") if member.priority is None else WORDS.priority(member.priority)

    # -- access ----------------------------------------------------------------------------
    def entry(self, index: ModelIndex) -> Entry | None:
        return self.node(index)

    def index_of_key(self, key: str, *, any_row: bool = False) -> QModelIndex:
        """The row of the session attended (or in a clash); with `any_row`, else also its
        plan B or suggestion row."""
        kinds = [(EntryKind.SESSION, EntryKind.CLASH_MEMBER)]
        if any_row:
            kinds.append((EntryKind.PLAN_B, EntryKind.SUGGESTION))
        for wanted in kinds:
            for entry in self.nodes():
                if entry.key == key and entry.kind in wanted:
                    return self.index_of(entry)
        return QModelIndex()

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
                formats = Formats()
                if entry.end:
                    return formats.time_range(entry.start, entry.end, zone)
                return formats.time(entry.start, zone)
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
            tone = TONES.get(entry.kind)
            return Look.current().tone(tone) if tone else None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return self._mark(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(entry))  # titles from files: shown as written
        return None

    def _mark(self, entry: Entry) -> QIcon | None:
        """The clash marker on a clash (its outline on a tight transfer), the priority's
        star on a starred session."""
        if entry.kind is EntryKind.CLASH:
            return mark_icon(None, Look.current(), clash=True)
        if entry.kind is EntryKind.TIGHT:
            return mark_icon(None, Look.current(), tight=True)
        if entry.kind in (EntryKind.SESSION, EntryKind.PLAN_B, EntryKind.CLASH_MEMBER):
            talk = self.store.talk(entry.key)
            if talk is not None and talk.star is not None:
                return mark_icon(talk.star.priority, Look.current())
        return None

    def _tooltip(self, entry: Entry) -> str:
        detection = self.store.detection
        if entry.kind is EntryKind.CLASH and entry.children and detection is not None:
            conflict = detection.set_of(entry.children[0].key)
            if conflict is not None:
                choice = detection.choice(conflict)
                pairs = [
                    "  • " + arg(self.tr("“%1” and “%2”"), f.first.title, f.second.title)
                    for f in choice.collisions
                ]
                return "\n".join([self.tr("These cannot both be attended:"), *pairs])
        if entry.kind is EntryKind.CLASH_MEMBER and detection is not None:
            conflict = detection.set_of(entry.key)
            lines = clash_lines(detection.choice(conflict), entry.key) if conflict else []
            if not entry.key.startswith("busy:"):
                lines.append(
                    self.tr(
                        "Select it and press “Attend This” to keep it "
                        "(what it collides with becomes plan B)."
                    )
                )
            return "\n".join(lines)
        return ""


TONES = {
    EntryKind.CLASH: Tone.CLASH,
    EntryKind.TIGHT: Tone.TIGHT,
    EntryKind.PLAN_B: Tone.PLAN_B,
    EntryKind.GAP: Tone.FREE,
    EntryKind.SUGGESTION: Tone.SUGGESTION,
    EntryKind.BUSY: Tone.BUSY,
}
