"""All sessions as a flat table (the List view), and the proxy that searches and filters it.

The table model adapts the `SessionStore`; sorting uses raw values, never the display
text. Search matches every word of the query against a per-session text of title,
subtitle, speakers, track, room and abstract, lower-cased once when the program loads, so
a keystroke over 20,000 sessions is a substring test per session. With "whole words" a
word must stand alone ("rust" no longer finds "Trust"); the proxy tells the delegate where
each shown text matched (`Role.MATCHES`), so what matched is highlighted.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from planner.domain.agenda import UNSTARRED_RANK
from planner.ui.clash_text import session_tooltip
from planner.ui.i18n import QT_TRANSLATE_NOOP, arg, translated
from planner.ui.locale_format import Formats
from planner.ui.look import Look, mark_icon, star_header
from planner.ui.plain import tooltip
from planner.ui.roles import Role
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence
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
    TableColumn.STAR: "",  # a painted star (`star_header`)
    TableColumn.DAY: QT_TRANSLATE_NOOP("Columns", "Day"),
    TableColumn.TIME: QT_TRANSLATE_NOOP("Columns", "Time"),
    TableColumn.TITLE: QT_TRANSLATE_NOOP("Columns", "Session"),
    TableColumn.TRACK: QT_TRANSLATE_NOOP("Columns", "Track"),
    TableColumn.ROOM: QT_TRANSLATE_NOOP("Columns", "Room"),
    TableColumn.SPEAKERS: QT_TRANSLATE_NOOP("Columns", "Speakers"),
}


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_TALK, _KEY, _PRIORITY = (int(Role.TALK), int(Role.KEY), int(Role.PRIORITY))
_LOOK = int(Role.LOOK)
_MATCHES = int(Role.MATCHES)
_HANDLED_ROLES = frozenset(
    {
        _LOOK,
        _DISPLAY,
        _DECORATION,
        _TOOLTIP,
        _FONT,
        _FOREGROUND,
        _ACCESSIBLE,
        _TALK,
        _KEY,
        _PRIORITY,
    }
)


class SessionTableModel(QAbstractTableModel):
    def __init__(self, store: SessionStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._haystack: list[str] | None = None  # made when first searched (`haystacks`)
        self._haystack_generation = -1  # the store's program it was made of
        self._ranks: dict[int, list[int]] = {}
        self._text_cache: dict[int, tuple[str, ...]] = {}
        self._last_search: tuple[tuple[str, ...], bool, list[int]] = ((), False, [])
        store.reset.connect(self._reset)
        store.talkChanged.connect(self._talk_changed)
        store.conflictsChanged.connect(self._conflicts_changed)
        store.overlaysChanged.connect(self._conflicts_changed)
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._ranks = {}
        self._text_cache = {}
        self._last_search = ((), False, [])
        self.endResetModel()

    def _talk_changed(self, key: str) -> None:
        self._ranks.pop(TableColumn.STAR, None)  # the only order a star change affects
        row = self.row_of(key)
        self._text_cache.pop(row, None)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(TableColumn) - 1))

    def _conflicts_changed(self) -> None:
        self._text_cache = {}  # colleagues' names appear in titles
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, TableColumn.TITLE), self.index(self.rowCount() - 1, TableColumn.TITLE)
            )

    def row_of(self, key: str) -> int:
        return self.store.position_of(key)

    def haystacks(self) -> list[str]:
        """Each session's searchable text (title, subtitle, speakers, track, room,
        abstract and description, case-folded), made when first asked for after the
        program was read anew (not for another zone shown): 43 M instructions for FOSDEM,
        which every start paid before its first paint for a List it did not show."""
        if self._haystack is None or self._haystack_generation != self.store.program_generation:
            self._haystack_generation = self.store.program_generation
            self._haystack = search_texts(self.store.talks)
        return self._haystack

    def rows_matching(self, text: str, whole_words: bool = False) -> list[int]:
        """Rows whose searchable text holds every word of `text`, in row order (with
        `whole_words`, each as a word of its own).

        Typing extends the previous search ("kaf" → "kafk", "kafka" → "kafka s"); when
        every previous word lies inside one of the new words, the new matches are a subset
        of the previous ones and only those are searched again.
        """
        words = tuple(text.casefold().split())
        if not words:
            return list(range(len(self.store.talks)))
        haystacks = self.haystacks()
        previous_words, previous_whole, previous_rows = self._last_search
        narrows = (
            bool(previous_words)
            and previous_whole == whole_words
            and all(any(old in new for new in words) for old in previous_words)
        )
        if whole_words:  # "stream" matching "streams" says nothing about whole words
            narrows = narrows and previous_words == words[: len(previous_words)]
        candidates: Sequence[int] = previous_rows if narrows else range(len(haystacks))
        matched: list[int] = []
        for word in words:
            if whole_words:
                found = whole_word(word).search
                matched = [row for row in candidates if found(haystacks[row])]
            else:
                matched = [row for row in candidates if word in haystacks[row]]
            candidates = matched
        self._last_search = (words, whole_words, matched)
        return list(matched)  # a copy: callers sort and filter what they get

    def sort_rank(self, column: int) -> list[int]:
        """Each row's place when sorted by `column` (cached until the program changes)."""
        rank = self._ranks.get(column)
        if rank is None:
            keys = self.sort_keys(column)
            rank = [0] * len(keys)
            for place, row in enumerate(sorted(range(len(keys)), key=keys.__getitem__)):
                rank[row] = place
            self._ranks[column] = rank
        return rank

    def sort_keys(self, column: int) -> list[Any]:
        """Raw values to sort rows by, for every row (sorting never goes through data())."""
        talks = self.store.talks
        if column == TableColumn.STAR:
            return [t.star.priority.rank if t.star else UNSTARRED_RANK for t in talks]
        if column in (TableColumn.DAY, TableColumn.TIME):
            return [(t.start, t.end) for t in talks]
        if column == TableColumn.TITLE:
            return [t.title.casefold() for t in talks]
        if column == TableColumn.TRACK:
            return [(t.track.casefold(), t.start) for t in talks]
        if column == TableColumn.ROOM:
            return [(t.room.casefold(), t.start) for t in talks]
        return [", ".join(t.speaker_names).casefold() for t in talks]

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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(TableColumn):
            return None
        if section == TableColumn.STAR:
            return star_header(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return translated("Columns", HEADERS[TableColumn(section)])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.store.talks):
            return None
        return self.cell(index.row(), index.column(), int(role))

    def cell(self, row: int, column: int, role: int) -> Any:
        """The data of one cell; also called directly by the proxy (no index round trip).

        Called ~1,500 times per repaint, so roles are plain integers, display strings are
        cached per row, and fonts and colours are shared objects.
        """
        if role not in _HANDLED_ROLES:
            return None  # alignment, background, check state...: the view's defaults
        if role == _DISPLAY:
            return self._texts(row)[column]
        talk = self.store.talks[row]
        if role == _LOOK:
            return (
                self._texts(row)[column],
                self._font(talk, column),
                self._foreground(talk, column),
                self._decoration(talk, column),
            )
        if role == _FONT:
            return self._font(talk, column)
        if role == _FOREGROUND:
            return self._foreground(talk, column)
        if role == _DECORATION:
            return self._decoration(talk, column)
        if role == _KEY:
            return talk.key
        if role == _PRIORITY:
            return talk.star.priority.value if talk.star else None
        if role == _TALK:
            return talk
        if role == _ACCESSIBLE:
            if column == TableColumn.STAR:
                return (
                    arg(self.tr("starred, %1"), WORDS.priority(talk.star.priority))
                    if talk.star
                    else self.tr("not starred")
                )
            return self._texts(row)[column]
        if role == _TOOLTIP and column in (TableColumn.STAR, TableColumn.TITLE):
            tip = session_tooltip(talk, self.store)
            if talk.untitled:
                tip += "\n" + self.tr("(untitled: label drawn from the description)")
            return tooltip(tip)
        return None

    @staticmethod
    def _font(talk: TalkInfo, column: int) -> QFont | None:
        if column != TableColumn.TITLE:
            return None
        return _font(talk.untitled, talk.cancelled, talk.star is not None)

    @staticmethod
    def _foreground(talk: TalkInfo, column: int) -> QColor | None:
        return None  # the palette's text: a clash is marked, not coloured

    def _decoration(self, talk: TalkInfo, column: int) -> QColor | QIcon | None:
        if column == TableColumn.TRACK and talk.track_color:
            return _color(talk.track_color)
        if column == TableColumn.TITLE and talk.key in self.store.clashing:
            return mark_icon(None, Look.current(), clash=True)
        if column == TableColumn.TITLE and talk.key in self.store.tight:
            return mark_icon(None, Look.current(), tight=True)
        return None

    def _texts(self, row: int) -> tuple[str, ...]:
        cached = self._text_cache.get(row)
        if cached is None:
            talk = self.store.talks[row]
            zone = self.store.zone
            start = talk.start.astimezone(zone)
            title = arg(self.tr("Cancelled: %1"), talk.title) if talk.cancelled else talk.title
            names = self.store.attendees(talk.key)
            if names:
                #: Colleagues who attend a session: %1 lists their names.
                attend = self.tr("%1 attend(s)", "colleagues", len(names))
                title += f"   · {arg(attend, ', '.join(names))} "
            formats = Formats()
            cached = (
                "",
                formats.day_short(start.date()),
                formats.time_range(talk.start, talk.end, zone),
                title,
                talk.track,
                talk.room,
                ", ".join(talk.speaker_names),
            )
            self._text_cache[row] = cached
        return cached


_FONTS: dict[tuple[bool, bool, bool], QFont] = {}
_COLORS: dict[str, QColor] = {}


def _font(italic: bool, strike: bool, bold: bool) -> QFont:
    font = _FONTS.get((italic, strike, bold))
    if font is None:
        font = QFont()
        font.setItalic(italic)
        font.setStrikeOut(strike)
        font.setBold(bold)
        _FONTS[(italic, strike, bold)] = font
    return font


def _color(value: str) -> QColor:
    color = _COLORS.get(value)
    if color is None:
        color = _COLORS[value] = QColor(value)
    return color


def search_texts(talks: Sequence[TalkInfo]) -> list[str]:
    """What the search looks in, per session: title, subtitle, speakers, track, room,
    abstract and description, case-folded once."""
    return [
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
        for t in talks
    ]


@functools.lru_cache(maxsize=64)
def whole_word(word: str) -> re.Pattern[str]:
    """`word` standing alone: not inside a longer word ("rust" in "Rust, Go", not in
    "Trust"); a hyphen or a dot ends a word."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)


def match_spans(text: str, query: str, whole_words: bool) -> list[tuple[int, int]]:
    """Where the words of `query` occur in `text`, as (start, length), in order."""
    spans: list[tuple[int, int]] = []
    for word in set(query.split()):
        pattern = whole_word(word) if whole_words else re.compile(re.escape(word), re.IGNORECASE)
        spans.extend((m.start(), m.end() - m.start()) for m in pattern.finditer(text))
    return sorted(spans)


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
    whole_words: bool = False  # each word of `text` must stand alone ("rust", not "Trust")


class SessionFilterProxy(QAbstractProxyModel):
    """Search, filters and sorting over `SessionTableModel`, as a row mapping.

    A QSortFilterProxyModel asks Python about every row (and re-sorts through Python
    comparisons) on each keystroke: ~200 ms at 20,000 sessions. Here the matching rows are
    computed in one pass over pre-lowered text and sorted by raw keys, then the view is
    told once - a few milliseconds.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filters = Filters()
        self._rows: list[int] = []
        self._position: dict[int, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- wiring ------------------------------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._refilter)
            old.dataChanged.disconnect(self._source_data_changed)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model
        model.modelReset.connect(self._refilter)
        model.dataChanged.connect(self._source_data_changed)
        self._rows, self._position = self._compute()
        self.endResetModel()

    def _table(self) -> SessionTableModel:
        model = self.sourceModel()
        assert isinstance(model, SessionTableModel)
        return model

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None
    ) -> None:
        positions = self._positions()
        rows = [
            positions[row]
            for row in range(top_left.row(), bottom_right.row() + 1)
            if row in positions
        ]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), top_left.column()),
                self.index(max(rows), bottom_right.column()),
            )

    # -- filtering and sorting -------------------------------------------------------------
    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows, self._position = self._compute()
        self.endResetModel()

    def _compute(self) -> tuple[list[int], dict[int, int]]:
        model = self.sourceModel()
        if not isinstance(model, SessionTableModel):
            return [], {}
        rows = matching_rows(model, self.filters)
        if self._sort_column >= 0:
            rank = model.sort_rank(self._sort_column)
            rows.sort(
                key=rank.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder
            )
        return rows, {}  # positions are worked out when first asked for (_positions)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in persistent]
        self._rows, self._position = self._compute()
        self.changePersistentIndexList(persistent, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    def accepted_keys(self) -> set[str]:
        model = self._table()
        return {model.talk_at(row).key for row in self._rows}

    # -- QAbstractProxyModel -------------------------------------------------------------------
    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self._table().index(self._rows[proxy_index.row()], proxy_index.column())

    def _positions(self) -> dict[int, int]:
        if not self._position and self._rows:
            self._position = {row: position for position, row in enumerate(self._rows)}
        return self._position

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        position = self._positions().get(source_index.row())
        return QModelIndex() if position is None else self.index(position, source_index.column())

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if (
            parent.isValid()
            or not 0 <= row < len(self._rows)
            or not 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TableColumn)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and bool(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if row < 0 or row >= len(self._rows):
            return None
        if role == _MATCHES:
            if not self.filters.text.strip():
                return None
            text = self._source.cell(self._rows[row], index.column(), _DISPLAY)
            return match_spans(text, self.filters.text, self.filters.whole_words) or None
        return self._source.cell(self._rows[row], index.column(), int(role))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._table().headerData(section, orientation, role)
        return None


def matching_rows(model: SessionTableModel, f: Filters) -> list[int]:
    """Source rows passing the search (every word, anywhere) and the filters."""
    store = model.store
    rows = model.rows_matching(f.text, f.whole_words)
    if not (
        f.day or f.track or f.room or f.type or f.language or f.starred_only or f.clashing_only
    ):
        return rows
    talks = store.talks
    zone = store.zone
    return [
        row
        for row in rows
        if not (
            (f.day is not None and talks[row].start.astimezone(zone).date() != f.day)
            or (f.track and talks[row].track != f.track)
            or (f.room and talks[row].room != f.room)
            or (f.type and talks[row].type != f.type)
            or (f.language and talks[row].language != f.language)
            or (f.starred_only and talks[row].star is None)
            or (f.clashing_only and talks[row].key not in store.clashing)
        )
    ]
