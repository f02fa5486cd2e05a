"""What every view shows: the open conference's sessions, clashes and colleagues' agendas.

One `SessionStore` per window holds the `TalkInfo` list (value objects from the core) and
derived facts (which sessions clash, who else attends). Views and models subscribe to its
signals instead of asking the core themselves, so a star toggled anywhere repaints
everywhere, and the core is asked once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from planner.domain.agenda import Status
from planner.domain.conflicts import Commitment, Detection, detect

if TYPE_CHECKING:
    from planner.domain.agenda import BusyInfo, ConferenceInfo, OverlayInfo, TalkInfo
    from planner.services import Planner


class SessionStore(QObject):
    reset = Signal()  # a different conference, or a re-import
    talkChanged = Signal(str)  # key of a session whose star changed
    conflictsChanged = Signal()
    overlaysChanged = Signal()

    def __init__(self, planner: Planner, parent: Any = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.conference: ConferenceInfo | None = None
        self.zone = ZoneInfo("UTC")
        self.talks: list[TalkInfo] = []
        self._index: dict[str, int] = {}
        self.busy: list[BusyInfo] = []
        self.overlays: list[OverlayInfo] = []
        self.detection: Detection | None = None
        self.clashing: frozenset[str] = frozenset()
        self._commitments: dict[str, Commitment] = {}
        # Increases whenever `talks` is read anew (not when only a star changes), so that
        # what is derived from the program's text can be kept until then.
        self.program_generation = 0

    # -- loading -----------------------------------------------------------------------
    def load(self, conference_id: int | None = None) -> None:
        self.conference = self.planner.catalog.conference(conference_id)
        self.zone = self.conference.zone
        self.talks = self.planner.catalog.talks(self.conference.id)
        self.program_generation += 1
        self._index = {talk.key: position for position, talk in enumerate(self.talks)}
        self.busy = self.planner.agenda.busy_blocks(self.conference.id)
        self.overlays = self.planner.sharing.overlays(self.conference.id)
        self._commitments = {}
        self._recompute_conflicts(announce=False)  # `reset` makes every view start over
        self.reset.emit()

    def reload_overlays(self) -> None:
        if self.conference is not None:
            self.overlays = self.planner.sharing.overlays(self.conference.id)
            self.overlaysChanged.emit()

    def reload_busy(self) -> None:
        if self.conference is not None:
            self.busy = self.planner.agenda.busy_blocks(self.conference.id)
            self._recompute_conflicts()

    # -- queries -----------------------------------------------------------------------
    def position_of(self, key: str) -> int:
        return self._index.get(key, -1)

    def talk(self, key: str) -> TalkInfo | None:
        position = self._index.get(key)
        return None if position is None else self.talks[position]

    def attendees(self, key: str) -> list[str]:
        """Names of colleagues (visible overlays) who attend this session."""
        return [o.name for o in self.overlays if o.visible and key in o.attending()]

    def set_display_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.reset.emit()

    # -- changes -----------------------------------------------------------------------
    def update_talk(self, talk: TalkInfo) -> None:
        position = self._index.get(talk.key)
        if position is None:
            return
        self.talks[position] = talk
        self._commitments.pop(talk.key, None)
        self._recompute_conflicts()
        self.talkChanged.emit(talk.key)

    def refresh_stars(self, keys: list[str]) -> None:
        """Re-read these sessions from the core (after a resolution changed statuses)."""
        if self.conference is None:
            return
        for key in keys:
            fresh = self.planner.catalog.talk(self.conference.id, key)
            position = self._index.get(key)
            if position is not None:
                self.talks[position] = fresh
                self._commitments.pop(key, None)
        self._recompute_conflicts()
        for key in keys:
            self.talkChanged.emit(key)

    def _commitment(self, talk: TalkInfo) -> Commitment:
        # Cached per session: building one converts its times, and recompute runs on
        # every star toggle.
        cached = self._commitments.get(talk.key)
        if cached is None:
            cached = Commitment.of_starred(talk)
            self._commitments[talk.key] = cached
        return cached

    def attending_commitments(self) -> list[Commitment]:
        return [
            self._commitment(t)
            for t in self.talks
            if t.star is not None and t.star.status is Status.ATTEND and not t.cancelled
        ]

    def _recompute_conflicts(self, *, announce: bool = True) -> None:
        if self.conference is None:
            return
        busy = [Commitment.of_busy(b) for b in self.busy]
        self.detection = detect(
            [*self.attending_commitments(), *busy],
            self.planner.agenda.conflict_settings(self.conference.id),
        )
        self.clashing = self.detection.keys_in_conflict()
        if announce:
            self.conflictsChanged.emit()


def with_star_status(talk: TalkInfo, status: Status) -> TalkInfo:
    assert talk.star is not None
    return replace(talk, star=replace(talk.star, status=status))
