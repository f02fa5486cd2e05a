"""What every view shows: the open conference's sessions, clashes and colleagues' agendas.

One `SessionStore` per window holds the values the core handed out (a `StartupView`) and
what is derived from them (which sessions clash, who else attends). It never asks the core
itself: the operation runner hands it each operation's `ViewUpdate` (`apply`), and a whole
new view on start, on switching conference, after an import and after another process
wrote (`show`). Views and models follow its signals, so a change made anywhere - a star
in the List, undo, auto-resolve, a merge, the command line - repaints every view at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from planner.domain.agenda import Status
from planner.domain.conflicts import Commitment, ConflictSettings, Detection, detect

if TYPE_CHECKING:
    from planner.domain.agenda import BusyInfo, ConferenceInfo, OverlayInfo, TalkInfo
    from planner.domain.day_plan import DayPlan
    from planner.domain.view import StartupView, ViewUpdate


class SessionStore(QObject):
    reset = Signal()  # a whole new view: another conference, a re-import, another process
    talkChanged = Signal(str)  # key of a session whose star changed
    conflictsChanged = Signal()  # clashes recomputed (stars, busy blocks or settings)
    overlaysChanged = Signal()
    conferencesChanged = Signal()  # the list of conferences
    applied = Signal(object)  # the Changes of the update just applied, after the above

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.conferences: list[ConferenceInfo] = []
        self.conference: ConferenceInfo | None = None
        self.talks: list[TalkInfo] = []
        self._index: dict[str, int] = {}
        self.busy: list[BusyInfo] = []
        self.overlays: list[OverlayInfo] = []
        self.settings = ConflictSettings()
        self.revision: int | None = None  # of the database, as last shown
        self.detection: Detection | None = None
        # A clash: a session in a conflict set (it overlaps another you attend, or a busy
        # block) - what the status bar counts and the Clashing filter shows. A tight
        # transfer (too little time to walk to the next) is not one: it is marked apart.
        self.clashing: frozenset[str] = frozenset()
        self.tight: frozenset[str] = frozenset()  # in a tight transfer, not in a clash
        self._commitments: dict[str, Commitment] = {}
        self._display_zone: ZoneInfo | None = None  # None: the conference's own
        # Increases whenever `talks` is read anew (not when only a star changes), so that
        # what is derived from the program's text can be kept until then.
        self.program_generation = 0

    # -- whole views ---------------------------------------------------------------------
    def show(self, view: StartupView) -> None:
        """Show a new view (every model starts over)."""
        self.conferences = list(view.conferences)
        self.conference = view.conference
        self.talks = list(view.talks)  # a copy: star changes replace entries
        self.program_generation += 1
        self._index = {talk.key: position for position, talk in enumerate(self.talks)}
        self.busy = list(view.busy)
        self.overlays = list(view.overlays)
        self.settings = view.settings
        self.revision = view.revision
        self._commitments = {}
        self._recompute_conflicts(announce=False)  # `reset` makes every view start over
        self.reset.emit()
        self.conferencesChanged.emit()

    @property
    def conference_id(self) -> int | None:
        return None if self.conference is None else self.conference.id

    @property
    def zone(self) -> ZoneInfo:
        """The zone times are shown in."""
        if self._display_zone is not None:
            return self._display_zone
        return self.conference.zone if self.conference is not None else ZoneInfo("UTC")

    def set_display_zone(self, zone: ZoneInfo | None) -> None:
        """Show times in `zone` (None: the conference's own)."""
        if zone == self._display_zone:
            return
        self._display_zone = zone
        self.reset.emit()

    # -- changes -------------------------------------------------------------------------
    def apply(self, update: ViewUpdate) -> None:
        """Take in what an operation changed, and tell every view."""
        if update.view is not None:
            self.show(update.view)
            self.applied.emit(update.changes)
            return
        if update.conferences is not None:
            self.conferences = list(update.conferences)
            self.conferencesChanged.emit()
        if self.conference is None or update.conference_id != self.conference.id:
            return  # read for a conference no longer shown: a newer view has its state
        self.revision = update.revision
        for talk in update.talks:
            position = self._index.get(talk.key)
            if position is not None:
                self.talks[position] = talk
                self._commitments.pop(talk.key, None)
        if update.busy is not None:
            self.busy = list(update.busy)
        if update.settings is not None:
            self.settings = update.settings
        if update.talks or update.busy is not None or update.settings is not None:
            self._recompute_conflicts()
        for talk in update.talks:
            self.talkChanged.emit(talk.key)
        if update.overlays is not None:
            self.overlays = list(update.overlays)
            self.overlaysChanged.emit()
        self.applied.emit(update.changes)

    # -- queries -------------------------------------------------------------------------
    def position_of(self, key: str) -> int:
        return self._index.get(key, -1)

    def talk(self, key: str) -> TalkInfo | None:
        position = self._index.get(key)
        return None if position is None else self.talks[position]

    def attendees(self, key: str) -> list[str]:
        """Names of colleagues (visible overlays) who attend this session."""
        return [o.name for o in self.overlays if o.visible and key in o.attending()]

    def day_plan(self, zone: ZoneInfo | None = None) -> DayPlan:
        """My day as My Agenda, the pocket PDF and the print-out show it (times in `zone`,
        else the zone shown)."""
        from planner.domain.day_plan import day_plan  # not before the first paint

        assert self.detection is not None, "no conference shown"
        return day_plan(self.talks, self.busy, self.detection, zone or self.zone)

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
        self.detection = detect([*self.attending_commitments(), *busy], self.settings)
        self.clashing = frozenset(key for s in self.detection.sets for key in s.keys)
        self.tight = self.detection.keys_in_conflict() - self.clashing
        if announce:
            self.conflictsChanged.emit()
