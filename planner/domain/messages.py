"""Sentences the core makes, as codes with values: the window says them in its language.

The core knows no Qt and no language but English. Where it explains something to the user
(why auto-resolve keeps or drops a session, why a session is suggested, what changed in a
re-imported program) it returns one of these small values: a code and the values the
sentence needs. `str()` gives the English sentence the command line prints and its JSON
carries (unchanged since these were plain strings); `planner.ui` turns the code and values
into a sentence of the window's language (`planner.ui.core_text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.domain.clock import clock

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner.domain.conflicts import Commitment

NAMED = 3  # how many commitments a reason names before "and N more"


# -- why auto-resolve decided as it did --------------------------------------------------
class ReasonCode(StrEnum):
    GIVES_WAY = "gives-way"  # plan B: it loses to `others`
    KEPT_OVER = "kept-over"  # attended: it wins over `others`
    MUST_SEE = "must-see"  # attended: a must-see is always kept
    NO_CLASH = "no-clash"  # attended: nothing competes with it


def english_name(item: Commitment) -> str:
    """A commitment as an English reason names it: “Title” (want), your busy block “Lunch”."""
    return f"your busy block “{item.title}”" if item.is_busy else f"“{item.title}” ({item.label})"


@dataclass(frozen=True, slots=True)
class DecisionReason:
    """Why auto-resolve attends a starred session or makes it plan B."""

    code: ReasonCode
    kept: Commitment | None = None  # the session decided about (for KEPT_OVER's priority)
    others: tuple[Commitment, ...] = ()  # who it gives way to / is kept over (first NAMED)
    more: int = 0  # how many more than `others` there are

    @classmethod
    def naming(
        cls, code: ReasonCode, others: list[Commitment], kept: Commitment | None = None
    ) -> DecisionReason:
        return cls(code, kept, tuple(others[:NAMED]), max(len(others) - NAMED, 0))

    def __str__(self) -> str:
        names = ", ".join(english_name(item) for item in self.others)
        if self.more:
            names += f" and {self.more} more"
        if self.code is ReasonCode.GIVES_WAY:
            return "gives way to " + names
        if self.code is ReasonCode.KEPT_OVER:
            label = self.kept.label if self.kept is not None else ""
            return f"kept ({label}) over " + names
        if self.code is ReasonCode.MUST_SEE:
            return "must-see: always kept"
        return "no clash"


# -- why a session is suggested ----------------------------------------------------------
class SuggestionCode(StrEnum):
    TRACK = "track"  # in a track the user stars
    SPEAKER = "speaker"  # by a speaker the user stars
    ABOUT = "about"  # shares words with the starred sessions


@dataclass(frozen=True, slots=True)
class SuggestionReason:
    code: SuggestionCode
    values: tuple[str, ...]  # the track, the speaker, or up to three shared words

    def __str__(self) -> str:
        return f"{self.code.value} " + ", ".join(self.values)


# -- what changed about a session in a re-imported program -------------------------------
class DetailCode(StrEnum):
    TIME = "time"  # before/after: the old and new start and end (`times`)
    ROOM = "room"
    TITLE = "title"
    SUBTITLE = "subtitle"  # changed (no values)
    TRACK = "track"
    SPEAKERS = "speakers"
    ABSTRACT = "abstract"  # changed (no values)
    KEY = "key"  # the session's key changed and the star followed it
    WAS = "was"  # a removed session: when it was (`times[0]`)
    RESTORED = "restored"  # a cancelled starred session is back in the program


@dataclass(frozen=True, slots=True)
class ChangeDetail:
    """One thing that changed about a session. `before`/`after` hold the old and new value
    (empty for "none"; speakers joined by ", "); TIME and WAS carry datetimes instead."""

    code: DetailCode
    before: str = ""
    after: str = ""
    times: tuple[datetime, ...] = ()  # TIME: old start, old end, new start, new end
    zone: ZoneInfo | None = None  # where TIME and WAS are told

    def __str__(self) -> str:
        code, before, after = self.code, self.before or "(none)", self.after or "(none)"
        if code is DetailCode.TIME and self.zone is not None:
            old_start, old_end, new_start, new_end = self.times
            zone, day = self.zone, "%a %d %b %H:%M"
            return (
                f"time {clock(old_start, zone, day)}–{clock(old_end, zone)} → "
                f"{clock(new_start, zone, day)}–{clock(new_end, zone)}"
            )
        if code is DetailCode.WAS and self.zone is not None:
            return clock(self.times[0], self.zone, "was %a %d %b %H:%M")
        if code is DetailCode.TITLE:
            return f"title “{self.before}” → “{self.after}”"
        if code in (DetailCode.SUBTITLE, DetailCode.ABSTRACT):
            return f"{code.value} changed"
        if code is DetailCode.KEY:
            return f"key {self.before} → {self.after}; your star followed it"
        if code is DetailCode.RESTORED:
            return "back in the program"
        return f"{code.value} {before} → {after}"
