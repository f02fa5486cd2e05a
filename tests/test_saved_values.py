"""Values are checked before they are saved, and a derived step (the live calendar file)
that fails never turns a committed change into an error or blocks the next command."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

import pytest

from planner.domain.conflicts import ConflictSettings
from planner.domain.errors import UsageError
from planner.services import Planner

from .faults.conftest import digest, make_starred_database, one_error_line, run_planner
from .formats.hostile import frab_xml

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.timeout(120)


def test_an_absurd_walking_time_is_refused_before_it_is_saved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    result = run_planner(data, "conflicts", "--walk", "A", "B", "99999999999999")
    assert result.returncode == 2
    assert "walking time between A and B must be between 0 and 1440 minutes" in one_error_line(
        result
    )
    assert digest(database) == before
    for command in (["conflicts"], ["resolve", "--auto", "--dry-run"], ["suggest"]):
        assert run_planner(data, *command).returncode == 0, command


@pytest.mark.parametrize(
    "saved",
    [
        {"buffer_minutes": 5, "tolerance_minutes": 0, "room_buffers": [["A", "B", 10**14]]},
        {"buffer_minutes": 10**14, "tolerance_minutes": -3, "room_buffers": "x"},
        {"buffer_minutes": "7", "tolerance_minutes": None, "room_buffers": [["A", "B", True]]},
    ],
)
def test_settings_saved_out_of_range_fall_back_to_defaults(tmp_path: Path, saved: object) -> None:
    """As an older Planner (which did not check) may have left them."""
    data = tmp_path / "data"
    database = make_starred_database(data)
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO preferences (key, value) VALUES ('conflicts:1', ?)", (json.dumps(saved),)
        )
    connection.close()
    for command in (["conflicts"], ["resolve", "--auto", "--dry-run"], ["suggest"]):
        result = run_planner(data, *command)
        assert result.returncode == 0, (command, result.stderr)
    assert ConflictSettings.from_json(saved).max_buffer.total_seconds() <= 24 * 3600


def test_conflict_settings_refuse_minutes_out_of_range() -> None:
    for bad in (
        {"buffer_minutes": -1},
        {"tolerance_minutes": 1441},
        {"room_buffers": {frozenset(("A", "B")): 10**14}},
    ):
        with pytest.raises(UsageError, match="between 0 and 1440 minutes"):
            ConflictSettings(**bad)


def test_a_busy_block_at_the_end_of_the_calendar_is_refused_before_it_is_saved(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    result = run_planner(
        data, "busy", "add", "9999-12-31T23:00+00:00", "9999-12-31T23:59+00:00", "X"
    )
    assert result.returncode == 2
    assert (
        "a busy block must start on or after 0002-01-01 and end by 9998-12-31 00:00 UTC"
        in one_error_line(result)
    )
    assert digest(database) == before
    listed = run_planner(data, "busy", "list")
    assert listed.returncode == 0
    assert listed.stdout == "No busy blocks.\n"


def _year_9999_program(tmp_path: Path) -> Path:
    program = tmp_path / "y9999.xml"
    program.write_bytes(
        frab_xml()
        .replace(b"2024-05-01T10:00:00+02:00", b"9999-12-31T10:00:00+02:00")
        .replace(b"2024-05-01", b"9999-12-31")
    )
    return program


KEY = "guid:11111111-1111-1111-1111-111111111111"


def test_sessions_at_the_end_of_the_calendar_export_and_never_fail_a_star(
    tmp_path: Path,
) -> None:
    """The live file of a program on 9999-12-31 used to fail ("year 10000 is out of
    range") after every star, which then exited 1 although it was saved."""
    data = tmp_path / "data"
    make_starred_database(data)
    assert run_planner(data, "import", str(_year_9999_program(tmp_path))).returncode == 0
    live = tmp_path / "live.ics"
    result = run_planner(data, "export", "ics", "--live", str(live))
    assert (result.returncode, result.stderr) == (0, "")
    for command in (["star", KEY], ["unstar", KEY], ["star", KEY]):
        result = run_planner(data, *command)
        assert (result.returncode, result.stderr) == (0, ""), command
    text = live.read_text()
    assert "DTSTART;TZID=Etc/GMT-2:99991231T100000" in text
    assert "BEGIN:STANDARD" in text  # a VTIMEZONE with an observance: valid iCalendar


def test_a_failing_live_calendar_never_fails_the_change_that_was_made(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    live_folder = tmp_path / "calendars"
    live = live_folder / "live.ics"
    assert run_planner(data, "export", "ics", "--live", str(live)).returncode == 0
    live.unlink()
    live_folder.rmdir()
    live_folder.write_text("a file where the folder was")  # every rewrite now fails
    for command in (
        ["star", "ksl19-serverless-promises-the-potential-to"],
        ["unstar", "ksl19-serverless-promises-the-potential-to"],
        ["star", "ksl19-kafka-streams-at-scale", "--priority", "must"],
    ):
        result = run_planner(data, *command)
        assert result.returncode == 0, command
        [warning] = result.stderr.splitlines()
        assert warning.startswith(f"planner: warning: {live}: ")
        assert "could not be written" in warning
    planner = Planner.open(database)
    try:
        star = planner.catalog.talk(
            planner.catalog.conference().id, "ksl19-kafka-streams-at-scale"
        ).star
        assert star is not None
        assert star.priority.value == "must"
    finally:
        planner.close()
