"""What Planner writes, read by real clients: khal and vdirsyncer on the folder of events
(and on the live file), and the independent parsers of ical-check on every file."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from planner.cli import main
from planner.domain.agenda import Status

from ..factories import program, talk

if TYPE_CHECKING:
    from planner.services import Planner

BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parents[2]


def tool(name: str) -> str:
    found = BIN / name
    assert found.exists(), f"{name} is installed by the test command (pyproject [test])"
    return str(found)


@pytest.fixture
def agenda(empty_planner: Planner) -> tuple[Planner, int]:
    demo = program(
        talk("guid:a", "Opening, with commas; and semicolons", room="Hall A"),
        talk("guid:b", "Parallel", at=15, room="Hall B"),
        talk("guid:c", "Afternoon", at=360, room="Hall A", day=1),
        talk("guid:d", "Not starred", at=200),
    )
    conference_id = empty_planner.imports.program(demo).value.conference_id
    empty_planner.agenda.star(conference_id, "guid:a", note="front row")
    empty_planner.agenda.star(conference_id, "guid:b", status=Status.PLAN_B)
    empty_planner.agenda.star(conference_id, "guid:c")
    return empty_planner, conference_id


def khal_list(folder: Path, work: Path, zone: str) -> list[str]:
    config = work / "khal.conf"
    config.write_text(
        f"""[calendars]
[[agenda]]
path = {folder}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = {zone}
default_timezone = {zone}
[sqlite]
path = {work / "khal.db"}
"""
    )
    done = subprocess.run(
        [
            tool("khal"),
            "-c",
            str(config),
            "list",
            "--format",
            "{start} {end} {title} [{status}]",
            "--day-format",
            "",
            "2024-02-29",
            "5d",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "TZ": "UTC"},
    )
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr.lower(), done.stderr
    assert "error" not in done.stderr.lower(), done.stderr
    return [line.replace(" ]", "]") for line in done.stdout.splitlines() if line.strip()]


def test_khal_lists_the_folder_at_the_right_local_times(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = agenda
    folder = tmp_path / "calendars" / "conference"
    planner.calendars.add(conference_id, "folder", vdir=folder, include_plan_b=True)
    [report] = planner.calendars.sync("folder")
    assert (report.created, report.ok) == (3, True)
    assert sorted(p.name for p in folder.iterdir() if p.suffix != ".ics") == ["displayname"]
    # 09:00 in Berlin is 03:00 in New York (the attendee at home, looking at the plan).
    assert khal_list(folder, tmp_path, "America/New_York") == [
        "2024-03-01 03:00 2024-03-01 03:30 Opening, with commas; and semicolons [CONFIRMED]",
        "2024-03-01 03:15 2024-03-01 03:45 Parallel [TENTATIVE]",
        "2024-03-02 09:00 2024-03-02 09:30 Afternoon [CONFIRMED]",
    ]
    # Agenda changes reach the folder by themselves (it is a local target).
    assert planner.agenda.unstar(conference_id, "guid:b").problems == ()
    assert [r.ok for r in planner.agenda.star(conference_id, "guid:d").reports] == [True]
    assert khal_list(folder, tmp_path, "Europe/Berlin") == [
        "2024-03-01 09:00 2024-03-01 09:30 Opening, with commas; and semicolons [CONFIRMED]",
        "2024-03-01 12:20 2024-03-01 12:50 Not starred [CONFIRMED]",
        "2024-03-02 15:00 2024-03-02 15:30 Afternoon [CONFIRMED]",
    ]
    # khal edits an event (as the user would there): Planner leaves it alone.
    [opening] = [p for p in folder.glob("*.ics") if b"Opening" in p.read_bytes()]
    opening.write_bytes(opening.read_bytes().replace(b"SUMMARY:Opening", b"SUMMARY:My opening"))
    [report] = planner.calendars.sync("folder")
    assert report.updated == 0
    assert "edited in your calendar" in report.notes[0]
    assert b"My opening" in opening.read_bytes()


def vdirsyncer(config: Path, *args: str) -> str:
    done = subprocess.run(
        [tool("vdirsyncer"), "-c", str(config), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        input="y\n",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def test_vdirsyncer_keeps_every_event_of_the_live_file_and_the_folder(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    """Regression: the calendar-level UID made vdirsyncer collapse the agenda to one event
    and rewrite the live file down to it."""
    planner, conference_id = agenda
    live = tmp_path / "live.ics"
    planner.exports.set_live_calendar(conference_id, live, include_plan_b=True)
    folder = tmp_path / "folder"
    planner.calendars.add(conference_id, "folder", vdir=folder, include_plan_b=True)
    planner.calendars.sync("folder")
    for name, storage in (
        ("live", f'type = "singlefile"\npath = "{live}"'),
        ("folder", f'type = "filesystem"\npath = "{folder}"\nfileext = ".ics"'),
    ):
        copy = tmp_path / f"copy-{name}"
        copy.mkdir()
        config = tmp_path / f"vdirsyncer-{name}.conf"
        config.write_text(
            f"""[general]
status_path = "{tmp_path / f"status-{name}"}"
[pair p]
a = "ours"
b = "copy"
collections = null
[storage ours]
{storage}
[storage copy]
type = "filesystem"
path = "{copy}"
fileext = ".ics"
"""
        )
        vdirsyncer(config, "discover", "p")
        vdirsyncer(config, "sync")
        vdirsyncer(config, "sync")
        copied = sorted(p.read_text() for p in copy.glob("*.ics"))
        assert len(copied) == 3, name
        assert (
            len({line for text in copied for line in text.splitlines() if line.startswith("UID:")})
            == 3
        )
    # vdirsyncer rewrites a single file in its own order; every event must still be there.
    uids = [line for line in live.read_text().splitlines() if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) == 3


# The project's own checker, kept in the repository (see its PROVENANCE.md) and set up by
# the test command: the same copy runs with or without ../shared beside the clone.
ICAL_CHECK = REPO / "tests" / "tools" / "ical_check"


def test_ical_check_passes_on_the_live_file_and_every_vdir_event(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    checker = ICAL_CHECK
    planner, conference_id = agenda
    live = tmp_path / "live.ics"
    planner.exports.set_live_calendar(conference_id, live, include_plan_b=True, alarm_minutes=10)
    old = tmp_path / "old.ics"
    shutil.copy(live, old)
    folder = tmp_path / "folder"
    planner.calendars.add(conference_id, "folder", vdir=folder, alarm_minutes=10)
    planner.calendars.sync("folder")
    events = sorted(str(p) for p in folder.glob("*.ics"))
    assert len(events) == 2
    done = subprocess.run(
        ["bash", str(checker / "check.sh"), "-q", str(live), *events],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAIL" not in done.stdout
    assert done.stdout.count(" 0 fail") == 3, done.stdout
    # Every parser ran: one that is not set up is a gap, not a pass (./scripts/test sets
    # them up).
    assert "SKIP" not in done.stdout, done.stdout
    assert done.stdout.count("  PASS  ") == 3 * 9, done.stdout
    # A re-export after a change is a proper update (UIDs kept, SEQUENCE bumped).
    planner.imports.program(
        program(
            talk("guid:a", "Opening, with commas; and semicolons", at=45, room="Hall A"),
            talk("guid:b", "Parallel", at=15, room="Hall B"),
            talk("guid:c", "Afternoon", at=360, room="Hall A", day=1),
            talk("guid:d", "Not starred", at=200),
        )
    )
    update = subprocess.run(
        ["bash", str(checker / "check.sh"), "--update", str(old), str(live)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert update.returncode == 0, update.stdout + update.stderr


def test_cli_calendar_add_list_remove_for_a_folder(tmp_path: Path) -> None:
    data = str(tmp_path / "data")

    def run(*args: str, code: int = 0) -> Any:
        out = io.StringIO()
        assert main(["--data-dir", data, *args], out=out) == code, out.getvalue()
        return json.loads(out.getvalue()) if "--json" in args else out.getvalue()

    folder = tmp_path / "events"
    run("star", "ksl19-is-kafka-a-database")
    added = run("calendar", "add", "khal", "--vdir", str(folder), "--json")
    assert isinstance(added, dict)
    assert (added["kind"], added["location"], added["password"]) == ("vdir", str(folder), None)
    run("calendar", "add", "khal", "--vdir", str(folder), code=2)  # the name is taken
    [listed] = run("calendar", "list", "--json")
    assert listed["pending"] == 1
    [report] = run("calendar", "sync", "--json")
    assert report["created"] == 1
    run("star", "ksl19-kafka-streams-at-scale")  # a local target follows by itself
    assert len(list(folder.glob("*.ics"))) == 2
    assert "0 changes waiting" not in str(run("calendar", "list"))
    assert run("calendar", "remove", "khal", "--json") == {"name": "khal", "removed": True}
    assert run("calendar", "list", "--json") == []
    run("calendar", "remove", "khal", code=2)
