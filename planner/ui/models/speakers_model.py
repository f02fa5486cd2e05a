"""Speakers and their sessions: speaker → sessions, sorted by name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from planner.ui.clash_text import session_tooltip
from planner.ui.i18n import QT_TRANSLATE_NOOP, arg
from planner.ui.locale_format import Formats
from planner.ui.look import Look, mark_icon
from planner.ui.models.tree import ModelIndex, TreeModel, TreeNode
from planner.ui.plain import tooltip
from planner.ui.roles import Role
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from planner.domain.agenda import SpeakerInfo, TalkInfo
    from planner.ui.state import SessionStore


@dataclass(eq=False)
class SpeakerNode(TreeNode):
    speaker: SpeakerInfo  # children: a SessionNode per session they speak at


@dataclass(eq=False)
class SessionNode(TreeNode):
    talk: TalkInfo


class SpeakersModel(TreeModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "Speaker / session"),
        QT_TRANSLATE_NOOP("Columns", "When"),
    )

    def __init__(self, store: SessionStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._nodes_of_key: dict[str, list[SessionNode]] = {}  # a session of several speakers
        # Built only while its tab is shown (`TreeModel.set_active`); a star changes its
        # sessions' rows in place.
        store.reset.connect(self.rebuild)
        store.talkChanged.connect(self._talk_changed)
        self.rebuild()

    def _build(self) -> list[SpeakerNode]:
        speakers: dict[int, SpeakerNode] = {}
        self._nodes_of_key = {}
        for talk in self.store.talks:
            for speaker in talk.speakers:
                node = SessionNode(talk=talk)
                speakers.setdefault(speaker.id, SpeakerNode(speaker=speaker)).children.append(node)
                self._nodes_of_key.setdefault(talk.key, []).append(node)
        return sorted(speakers.values(), key=lambda node: speaker_order(node.speaker.name))

    def index_of_key(self, key: str) -> QModelIndex:
        """The session's row under its first speaker."""
        nodes = self._nodes_of_key.get(key)
        return self.index_of(nodes[0]) if nodes else QModelIndex()

    def _talk_changed(self, key: str) -> None:
        fresh = self.store.talk(key)
        if fresh is None:
            return
        for node in self._nodes_of_key.get(key, ()):
            node.talk = fresh
            self.node_changed(node)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if isinstance(node, SpeakerNode):
            speaker, count = node.speaker, len(node.children)
            if role in text_roles:
                if index.column() == 0:
                    extra = f" ({speaker.organization})" if speaker.organization else ""
                    return f"{speaker.name}{extra}"
                return self.tr("%Ln session(s)", "", count)
            if role == Qt.ItemDataRole.ToolTipRole and speaker.bio:
                return tooltip(speaker.bio[:600])
            return None
        if not isinstance(node, SessionNode):
            return None
        talk = node.talk
        if role == Role.KEY:
            return talk.key
        if role == Role.TALK:
            return talk
        if role == Role.PRIORITY:
            return talk.star.priority.value if talk.star else None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            # The priority's star (a dotted one when not starred), as every view marks it.
            return mark_icon(talk.star.priority if talk.star else None, Look.current())
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(session_tooltip(talk, self.store))
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            if talk.star:
                return arg(
                    self.tr("starred, %1: %2"), WORDS.priority(talk.star.priority), talk.title
                )
            return talk.title
        if role in text_roles:
            if index.column() == 0:
                return talk.title
            return f"{Formats().day_time(talk.start, self.store.zone)} · {talk.room}"
        return None


def speaker_order(name: str) -> tuple[bool, str]:
    """Sort by name as a person reads it: leading punctuation ignored ("'t Hooft" by
    "t"), and placeholders that are no name at all ("-", "--", "?") last, not first."""
    letters = name.lstrip(" \t-–—_.,;:'\"`*#([{¿¡").casefold()
    return (not any(ch.isalnum() for ch in name), letters or name)
