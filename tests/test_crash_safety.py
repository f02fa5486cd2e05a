"""Crash safety: SIGKILL a process at random moments while it imports, re-imports and
exports; afterwards the database is sound, every star is intact and each export target is
a complete file (the previous one or the new one), never a torn one.

`PLANNER_CRASH_ROUNDS=200` runs many more kills than the default.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.domain.agenda import Priority, Status
from planner.export import agenda_file
from planner.services import Planner

from .conftest import REPO, SCHEDULES

FOSDEM = SCHEDULES / "xml" / "fosdem-2025.xml"
ROUNDS = int(os.environ.get("PLANNER_CRASH_ROUNDS", "10"))

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
    pytest.mark.timeout(600),
]

Stars = dict[str, tuple[str, str, str]]


def _program_b(tmp_path: Path) -> Path:
    """FOSDEM with the first 300 titles changed: importing it is a real update."""
    text = FOSDEM.read_text(encoding="utf-8")
    count = 0

    def rename(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"<title>{match.group(1)} (revised)</title>" if count <= 300 else match.group(0)

    path = tmp_path / "fosdem-revised.xml"
    path.write_text(re.sub(r"<title>([^<]*)</title>", rename, text), encoding="utf-8")
    return path


def _stars(planner: Planner) -> Stars:
    [conference] = planner.catalog.conferences()
    return {
        talk.key: (talk.star.priority.value, talk.star.status.value, talk.star.note)
        for talk in planner.catalog.talks(conference.id, starred_only=True)
        if talk.star is not None
    }


def _check_database(path: Path, stars: Stars | None) -> None:
    with sqlite3.connect(path) as raw:  # before Planner opens it: as the crash left it
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()
    planner = Planner.open(path)
    try:
        conferences = planner.catalog.conferences()
        if stars is None:  # killed during the very first import: all of it or none of it
            assert len(conferences) <= 1
            if conferences:
                assert len(planner.catalog.talks(conferences[0].id)) == 943
            return
        assert len(conferences) == 1
        assert len(planner.catalog.talks(conferences[0].id)) == 943
        assert _stars(planner) == stars
    finally:
        planner.close()


def _check_exports(ics: Path, agenda: Path, stars: Stars) -> None:
    import icalendar

    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = calendar.walk("VEVENT")
    assert ics.read_bytes().endswith(b"END:VCALENDAR\r\n")
    attending = [key for key, (_, status, _) in stars.items() if status == Status.ATTEND]
    assert len(events) == len(attending)  # Plan B sessions stay out of the calendar
    shared = agenda_file.parse(agenda.read_bytes(), str(agenda))  # checksum proves it whole
    assert {session.key for session in shared.sessions} == set(stars)


def _parts(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.suffix == ".part"]


def _run_and_kill(args: list[str], delay: float) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "tests.crash_worker", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ) as worker:
        assert worker.stdout is not None
        assert worker.stderr is not None
        try:
            line = worker.stdout.readline()
            if line == b"ready\n":
                time.sleep(delay)
            alive = worker.poll() is None
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
        assert line == b"ready\n", worker.stderr.read().decode()
        assert alive, worker.stderr.read().decode()


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, list[str], Stars]:
    """A database holding FOSDEM with 25 stars, and complete exports of its agenda."""
    database = tmp_path / "planner.sqlite3"
    ics, agenda = tmp_path / "out" / "agenda.ics", tmp_path / "out" / "agenda.planner-agenda"
    planner = Planner.open(database)
    report = planner.imports.file(FOSDEM).value
    for index, talk in enumerate(planner.catalog.talks(report.conference_id)[::37][:25]):
        planner.agenda.star(
            report.conference_id,
            talk.key,
            priority=[Priority.MUST, Priority.WANT, Priority.MAYBE][index % 3],
            status=Status.PLAN_B if index % 5 == 0 else None,
            note=f"note {index} ✓",
        )
    planner.exports.ics(report.conference_id, ics)
    planner.sharing.export_agenda(report.conference_id, agenda, shared_by="Crash test")
    stars = _stars(planner)
    planner.close()
    return database, [str(FOSDEM), str(_program_b(tmp_path)), str(ics), str(agenda)], stars


def test_sigkill_during_updates_and_exports_loses_nothing(
    prepared: tuple[Path, list[str], Stars],
) -> None:
    database, files, stars = prepared
    ics, agenda = Path(files[2]), Path(files[3])
    chance = random.Random(20261125)
    for _round in range(ROUNDS):
        _run_and_kill([str(database), *files], chance.uniform(0.05, 2.5))
        _check_database(database, stars)
        _check_exports(ics, agenda, stars)
    # A kill mid-write leaves a temporary file beside the target; the next write of that
    # target clears it away.
    planner = Planner.open(database)
    try:
        [conference] = planner.catalog.conferences()
        planner.exports.ics(conference.id, ics)
        planner.sharing.export_agenda(conference.id, agenda)
    finally:
        planner.close()
    assert _parts(ics.parent) == []


def test_sigkill_during_a_first_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    chance = random.Random(7)
    target = tmp_path / "out"
    for round_number in range(max(2, ROUNDS // 2)):
        database = tmp_path / f"fresh-{round_number}.sqlite3"
        files = [str(FOSDEM), str(FOSDEM), str(target / "a.ics"), str(target / "a.agenda")]
        _run_and_kill([str(database), *files], chance.uniform(0.0, 0.6))
        _check_database(database, None)
