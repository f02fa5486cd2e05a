"""What changed between two versions of a program, and where the user's stars go.

Pure logic: the storage writer feeds it snapshots of the stored and the incoming sessions
and applies the outcome in one transaction.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.domain.messages import ChangeDetail, DetailCode

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from datetime import datetime
    from zoneinfo import ZoneInfo


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"  # time or room changed
    CHANGED = "changed"  # title, speakers, track, ... changed


@dataclass(frozen=True, slots=True)
class TalkSnapshot:
    key: str
    title: str
    start: datetime
    end: datetime
    room: str = ""
    track: str = ""
    speakers: tuple[str, ...] = ()
    subtitle: str = ""
    abstract: str = ""


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    key: str
    title: str
    starred: bool
    notes: tuple[ChangeDetail, ...] = ()  # codes with values (said in the window's language)
    previous_key: str = ""  # set when a star followed this session to a new key
    also_changed: bool = False  # a moved session whose title, speakers... changed too

    @property
    def details(self) -> tuple[str, ...]:
        """What changed, in English (the command line's text and JSON)."""
        return tuple(str(note) for note in self.notes)

    def describe(self) -> str:
        text = f"{self.kind.value}: {self.title}"
        if self.details:
            text += " (" + "; ".join(self.details) + ")"
        if self.starred:
            text += " [starred]"
        return text


@dataclass(frozen=True, slots=True)
class ProgramDiff:
    changes: tuple[Change, ...]
    # Stars whose session changed key but was recognised by title and speakers.
    rekeyed: Mapping[str, str] = field(default_factory=dict)
    # Starred sessions that left the program: kept, shown as cancelled.
    cancelled: frozenset[str] = frozenset()


def normalize_text(value: str) -> str:
    """Case-, accent-, punctuation- and space-insensitive form for fuzzy matching."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", stripped).split())


def _speaker_set(speakers: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_text(name) for name in speakers if name.strip())


def _match_star(old: TalkSnapshot, candidates: Sequence[TalkSnapshot]) -> TalkSnapshot | None:
    """The one new session that is recognisably `old` under another key, if exactly one is."""
    title = normalize_text(old.title)
    speakers = _speaker_set(old.speakers)
    exact = [
        c
        for c in candidates
        if normalize_text(c.title) == title and _speaker_set(c.speakers) == speakers
    ]
    if len(exact) == 1:
        return exact[0]
    if exact:
        # Same title and speakers several times (a repeated talk): prefer the same start.
        same_time = [c for c in exact if c.start == old.start]
        return same_time[0] if len(same_time) == 1 else None
    if not speakers:
        return None
    scored = sorted(
        (
            (difflib.SequenceMatcher(None, title, normalize_text(c.title)).ratio(), c)
            for c in candidates
            if _speaker_set(c.speakers) == speakers
        ),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < 0.8:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # ambiguous: leave it to the report rather than guess
    return scored[0][1]


def _details(
    old: TalkSnapshot, new: TalkSnapshot, zone: ZoneInfo
) -> tuple[list[ChangeDetail], list[ChangeDetail]]:
    moved: list[ChangeDetail] = []
    changed: list[ChangeDetail] = []
    if old.start != new.start or old.end != new.end:
        times = (old.start, old.end, new.start, new.end)
        moved.append(ChangeDetail(DetailCode.TIME, times=times, zone=zone))
    if old.room != new.room:
        moved.append(ChangeDetail(DetailCode.ROOM, old.room, new.room))
    if old.title != new.title:
        changed.append(ChangeDetail(DetailCode.TITLE, old.title, new.title))
    if old.subtitle != new.subtitle:
        changed.append(ChangeDetail(DetailCode.SUBTITLE))
    if old.track != new.track:
        changed.append(ChangeDetail(DetailCode.TRACK, old.track, new.track))
    if tuple(old.speakers) != tuple(new.speakers):
        speakers = ChangeDetail(
            DetailCode.SPEAKERS, ", ".join(old.speakers), ", ".join(new.speakers)
        )
        changed.append(speakers)
    if old.abstract != new.abstract:
        changed.append(ChangeDetail(DetailCode.ABSTRACT))
    return moved, changed


def diff_programs(
    old: Sequence[TalkSnapshot],
    new: Sequence[TalkSnapshot],
    starred_keys: Iterable[str],
    zone: ZoneInfo,
) -> ProgramDiff:
    """Compare the stored program with an incoming one.

    Changes that touch starred sessions come first, then the rest; within each group the
    order is removed, moved, changed, added, each by start time then title.
    """
    old_by_key = {talk.key: talk for talk in old}
    new_by_key = {talk.key: talk for talk in new}
    starred = set(starred_keys)

    vanished = [old_by_key[k] for k in old_by_key if k not in new_by_key]
    arrivals = [new_by_key[k] for k in new_by_key if k not in old_by_key]

    rekeyed: dict[str, str] = {}
    unclaimed = list(arrivals)
    for talk in sorted(vanished, key=lambda t: (t.start, t.key)):
        if talk.key not in starred:
            continue
        match = _match_star(talk, unclaimed)
        if match is not None and match.key not in starred:
            rekeyed[talk.key] = match.key
            unclaimed.remove(match)

    changes: list[Change] = []
    for talk in vanished:
        if talk.key in rekeyed:
            continue
        changes.append(
            Change(
                ChangeKind.REMOVED,
                talk.key,
                talk.title,
                talk.key in starred,
                (ChangeDetail(DetailCode.WAS, times=(talk.start,), zone=zone),),
            )
        )
    followed = {new_key: old_key for old_key, new_key in rekeyed.items()}
    for talk in new:
        previous_key = followed.get(talk.key, "")
        before = old_by_key.get(previous_key or talk.key)
        is_starred = talk.key in starred or bool(previous_key)
        if before is None:
            changes.append(Change(ChangeKind.ADDED, talk.key, talk.title, is_starred))
            continue
        moved, changed = _details(before, talk, zone)
        if previous_key:
            changed.append(ChangeDetail(DetailCode.KEY, previous_key, talk.key))
        if moved:
            changes.append(
                Change(
                    ChangeKind.MOVED,
                    talk.key,
                    talk.title,
                    is_starred,
                    tuple(moved + changed),
                    previous_key,
                    also_changed=bool(changed),
                )
            )
        elif changed:
            changes.append(
                Change(
                    ChangeKind.CHANGED,
                    talk.key,
                    talk.title,
                    is_starred,
                    tuple(changed),
                    previous_key,
                )
            )

    order = {ChangeKind.REMOVED: 0, ChangeKind.MOVED: 1, ChangeKind.CHANGED: 2, ChangeKind.ADDED: 3}
    start_of = {t.key: t.start for t in old} | {t.key: t.start for t in new}
    changes.sort(key=lambda c: (not c.starred, order[c.kind], start_of[c.key], c.title))
    cancelled = frozenset(t.key for t in vanished if t.key in starred and t.key not in rekeyed)
    return ProgramDiff(tuple(changes), rekeyed, cancelled)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: the conference, its size, and what changed for the user."""

    conference_id: int
    title: str
    created: bool
    format: str
    source: str
    sessions: int
    speakers: int
    rooms: int
    tracks: int
    days: int
    changes: tuple[Change, ...] = ()
    # What the import skipped or guessed: `Note`s where a reader said it (with codes for
    # the window), or plain English.
    warnings: tuple[str, ...] = ()
    unchanged: bool = False  # a refresh that found nothing new (e.g. HTTP 304)

    def count(self, kind: ChangeKind) -> int:
        """How many sessions were added, removed, moved or changed; a session both moved
        and changed (a new time and a new title) counts as both."""
        return sum(
            1
            for change in self.changes
            if change.kind is kind or (kind is ChangeKind.CHANGED and change.also_changed)
        )

    def summary(self) -> str:
        verb = "Imported" if self.created else "Updated"
        text = (
            f"{verb} “{self.title}”: {_many(self.sessions, 'session')}, "
            f"{_many(self.speakers, 'speaker')}, {_many(self.rooms, 'room')}, "
            f"{_many(self.tracks, 'track')} over {_many(self.days, 'day')}"
        )
        if not self.created:
            text += (
                f"; {self.count(ChangeKind.ADDED)} added, "
                f"{self.count(ChangeKind.REMOVED)} removed, "
                f"{self.count(ChangeKind.MOVED)} moved, "
                f"{self.count(ChangeKind.CHANGED)} changed"
            )
        return text


def _many(count: int, thing: str) -> str:
    """ "1 session", "2 sessions": the English plural of a count in a summary."""
    return f"{count:,} {thing}" if count == 1 else f"{count:,} {thing}s"
