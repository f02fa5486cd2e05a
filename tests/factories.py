"""Small builders for programs used in tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from planner.domain.program import Program, ProgramSpeaker, ProgramTalk, ProgramTrack

BASE = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


def talk(
    key: str,
    title: str | None = None,
    *,
    at: int = 0,
    minutes: int = 30,
    room: str = "Hall A",
    track: str = "Main",
    speakers: tuple[str, ...] = (),
    day: int = 0,
    **extra: Any,
) -> ProgramTalk:
    start = BASE + timedelta(days=day, minutes=at)
    return ProgramTalk(
        key=key,
        title=title or f"Talk {key}",
        start=start,
        end=start + timedelta(minutes=minutes),
        room=room,
        track=track,
        speakers=speakers,
        **extra,
    )


def program(
    *talks: ProgramTalk,
    title: str = "Demo Conf",
    acronym: str = "DEMO",
    zone: str = "Europe/Berlin",
) -> Program:
    speakers = tuple(dict.fromkeys(name for t in talks for name in t.speakers))
    return Program(
        title=title,
        acronym=acronym,
        time_zone=zone,
        start=date(2024, 3, 1),
        end=date(2024, 3, 3),
        source="test",
        format="test",
        tracks=(ProgramTrack("Main", "#336699"),),
        rooms=tuple(dict.fromkeys(t.room for t in talks if t.room)),
        speakers=tuple(ProgramSpeaker(name) for name in speakers),
        talks=talks,
    )


__all__ = ["BASE", "program", "replace", "talk"]
