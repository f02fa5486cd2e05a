"""What an operation changed, and what it returns: the one path every change travels.

Every use case that writes returns a `Result`: its value, the `Changes` it committed and
the `Report`s of whoever followed the change (the live calendar file, calendar targets).
The window applies `Changes` to its views, and `planner.services` hands them to the
subscribers of "agenda changed" - no caller re-reads by hand what it thinks changed, and
nothing has to be polled to learn that a follower failed.

In the spirit of Anki's `OpChanges`: a small, immutable, combinable value (`a | b`) that
says *which* things changed, never *how* (the readers ask the core for the new state).
Pure standard library: the window uses it before the database layer is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

    from planner.domain.calendars import SyncFailure

T = TypeVar("T")


class Setting(StrEnum):
    """A per-conference setting kept in the database (see `planner.domain.preferences`)."""

    CONFLICTS = "conflicts"  # walking time and tolerance (ConflictSettings)
    LIVE_CALENDAR = "live-ics"  # the calendar file kept rewritten (a calendar target)
    PROGRAM_URL = "program-url"  # the program's feed URL the user gave, for Giggity links
    SOURCE_IDS = "source-ids"  # the source's event ids and GUIDs, kept by the import


@dataclass(frozen=True)
class Changes:
    """Which stored things a committed operation changed, per conference.

    Each field is a set so that two values combine without loss, whichever conferences
    they concern: `a | b` holds everything either holds.
    """

    # (conference id, session key) of sessions whose star, priority, status or note changed
    stars: frozenset[tuple[int, str]] = frozenset()
    # conferences whose program (sessions, rooms, speakers...) was imported or updated
    programs: frozenset[int] = frozenset()
    busy: frozenset[int] = frozenset()  # conferences whose busy blocks changed
    overlays: frozenset[int] = frozenset()  # conferences whose colleagues' agendas changed
    settings: frozenset[tuple[int, Setting]] = frozenset()
    conference_list: bool = False  # a conference was added or its description changed
    # Written by someone else (another process): anything may have changed.
    unknown: bool = False
    # conferences whose calendar targets were added, changed (their account, the calendar
    # found on the server) or removed
    targets: frozenset[int] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.stars | other.stars,
            self.programs | other.programs,
            self.busy | other.busy,
            self.overlays | other.overlays,
            self.settings | other.settings,
            self.conference_list or other.conference_list,
            self.unknown or other.unknown,
            self.targets | other.targets,
        )

    def __bool__(self) -> bool:
        return bool(
            self.stars
            or self.programs
            or self.busy
            or self.overlays
            or self.settings
            or self.conference_list
            or self.unknown
            or self.targets
        )

    # -- building ------------------------------------------------------------------------
    @classmethod
    def of_stars(cls, conference_id: int, keys: Iterable[str]) -> Changes:
        """The stars of these sessions changed."""
        if isinstance(keys, str):  # a str is an iterable of one-letter "keys"
            raise TypeError("give a collection of session keys, not one key")
        return cls(stars=frozenset((conference_id, key) for key in keys))

    @classmethod
    def of_program(cls, conference_id: int) -> Changes:
        # An import may also change the conference's title or dates, and cancels or
        # restores starred sessions: the program change stands for all of that.
        return cls(programs=frozenset({conference_id}), conference_list=True)

    @classmethod
    def of_busy(cls, conference_id: int) -> Changes:
        return cls(busy=frozenset({conference_id}))

    @classmethod
    def of_overlays(cls, conference_id: int) -> Changes:
        return cls(overlays=frozenset({conference_id}))

    @classmethod
    def of_setting(cls, conference_id: int, setting: Setting) -> Changes:
        return cls(settings=frozenset({(conference_id, setting)}))

    @classmethod
    def of_targets(cls, conference_id: int) -> Changes:
        """A calendar target of this conference was added, changed or removed."""
        return cls(targets=frozenset({conference_id}))

    @classmethod
    def anything(cls) -> Changes:
        """Another process wrote to the database: read everything again."""
        return cls(unknown=True)

    # -- reading -------------------------------------------------------------------------
    @property
    def conference_ids(self) -> frozenset[int]:
        """The conferences this change concerns (not counting `unknown`)."""
        return (
            frozenset(conference for conference, _ in self.stars)
            | self.programs
            | self.busy
            | self.overlays
            | frozenset(conference for conference, _ in self.settings)
            | self.targets
        )

    def star_keys(self, conference_id: int) -> frozenset[str]:
        return frozenset(key for conference, key in self.stars if conference == conference_id)

    def program_changed(self, conference_id: int) -> bool:
        return self.unknown or conference_id in self.programs

    def busy_changed(self, conference_id: int) -> bool:
        return self.unknown or conference_id in self.busy

    def overlays_changed(self, conference_id: int) -> bool:
        return self.unknown or conference_id in self.overlays

    def setting_changed(self, conference_id: int, setting: Setting) -> bool:
        return self.unknown or (conference_id, setting) in self.settings

    @property
    def targets_changed(self) -> bool:
        """Were calendar targets added, changed or removed (here or, maybe, elsewhere)?"""
        return self.unknown or bool(self.targets)

    def agenda_changed(self, conference_id: int) -> bool:
        """Did what the user's calendar shows for this conference change? (Their stars
        and statuses, or the program those stars point at.)"""
        return (
            self.unknown
            or conference_id in self.programs
            or any(conference == conference_id for conference, _ in self.stars)
        )


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Report:
    """What a follower of a change (the live calendar, a calendar target) did with it.

    `ok` False: it failed; the change itself is committed all the same, and `message`
    (one line naming the target and the problem) is for the user.
    """

    follower: str
    ok: bool
    message: str
    # What failed, for the window to say in its language (`message` is the English).
    fault: BaseException | None = None
    failure: SyncFailure | None = None


@dataclass(frozen=True)
class Result(Generic[T]):
    """What a use case returns: its answer, what it changed, and the followers' reports."""

    value: T
    changes: Changes = NO_CHANGES
    reports: tuple[Report, ...] = field(default=())

    @property
    def problems(self) -> tuple[Report, ...]:
        """The followers that failed (the change itself stands)."""
        return tuple(report for report in self.reports if not report.ok)
