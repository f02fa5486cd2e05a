"""The `--json` documents are a public interface: every field a release printed is still
printed, by every command (fields may be added, never renamed or dropped).

`tests/data/cli-json-fields.json` lists each command's field paths as released
(`a.b` a field of an object, `a[]` the items of a list); the commands run against copies
of one prepared database, in this process.
"""

from __future__ import annotations

import io
import json
import shutil
from contextlib import redirect_stderr
from typing import TYPE_CHECKING, Any

import pytest

from planner.cli import main

from .conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path

FIELDS = json.loads((REPO / "tests" / "data" / "cli-json-fields.json").read_text())
PROGRAM = REPO / "tests" / "data" / "schedules" / "xml" / "fosdem-2007.xml"
COMMANDS = {
    "conferences": ["conferences"],
    "sessions": ["sessions"],
    "sessions --starred": ["sessions", "--starred"],
    "conflicts": ["conflicts"],
    "resolve --auto --dry-run": ["resolve", "--auto", "--dry-run"],
    "suggest": ["suggest"],
    "busy list": ["busy", "list"],
    "agenda list": ["agenda", "list"],
    "agenda compare 1": ["agenda", "compare", "1"],
    "calendar list": ["calendar", "list"],
    "star ksl19-the-power-of-event-driven-caches --priority maybe": [
        "star",
        "ksl19-the-power-of-event-driven-caches",
        "--priority",
        "maybe",
    ],
    "unstar ksl19-is-kafka-a-database": ["unstar", "ksl19-is-kafka-a-database"],
    "resolve ksl19-running-kafka-in-kubernetes-a-practical-guide": [
        "resolve",
        "ksl19-running-kafka-in-kubernetes-a-practical-guide",
    ],
    "resolve --auto": ["resolve", "--auto"],
    "busy add 2019-05-14T12:00 2019-05-14T13:00 Call": [
        "busy",
        "add",
        "2019-05-14T12:00",
        "2019-05-14T13:00",
        "Call",
    ],
    "busy remove 1": ["busy", "remove", "1"],
    "import": ["import", str(PROGRAM), "--tz", "Europe/Brussels"],
    "agenda import": ["agenda", "import", "DANA", "--name", "Dana2", "--merge"],
    "agenda merge 1": ["agenda", "merge", "1"],
    "agenda remove 1": ["agenda", "remove", "1"],
    "export ics": ["export", "ics", "OUT/a.ics", "--include-plan-b", "--alarm", "10"],
    "export ics --live": ["export", "ics", "OUT/live.ics", "--live"],
    "export ics --stop-live": ["export", "ics", "OUT/x.ics", "--stop-live"],
    "agenda export": ["agenda", "export", "OUT/a.planner-agenda"],
    "agenda link": [
        "agenda",
        "link",
        "--program-url",
        "https://example.org/schedule.xml",
        "--qr",
        "OUT/link.png",
    ],
    "export csv": ["export", "csv", "OUT/a.csv"],
    "export pdf": ["export", "pdf", "OUT/a.pdf"],
    "calendar add": ["calendar", "add", "Folder", "--vdir", "OUT/events", "--alarm", "5"],
    "calendar sync": ["calendar", "sync"],
    "calendar remove Laptop": ["calendar", "remove", "Laptop"],
}


def run(data: Path, *args: str) -> Any:
    out, errors = io.StringIO(), io.StringIO()
    with redirect_stderr(errors):
        code = main(["--data-dir", str(data), *args], out=out)
    assert code == 0, (args, errors.getvalue())
    return json.loads(out.getvalue()) if "--json" in args else None


def field_paths(value: Any, prefix: str = "") -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            path = f"{prefix}.{key}" if prefix else key
            found |= {path, *field_paths(inner, path)}
    elif isinstance(value, list):
        for item in value:
            found |= field_paths(item, prefix + "[]")
    return found


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Stars (a clash among them), a busy block, walking times, a colleague's agenda, a
    folder of events kept in sync."""
    base = tmp_path_factory.mktemp("cli-json")
    mine, theirs = base / "mine", base / "theirs"
    for args in (
        ["star", "ksl19-kafka-streams-at-scale", "--priority", "must"],
        ["star", "ksl19-running-kafka-in-kubernetes-a-practical-guide"],
        ["star", "ksl19-is-kafka-a-database"],
        ["busy", "add", "2019-05-13T12:00", "2019-05-13T13:00", "Lunch"],
        ["conflicts", "--buffer", "7", "--walk", "Keynote Hall", "Core Kafka Room", "9"],
    ):
        run(mine, *args)
    run(theirs, "star", "ksl19-the-power-of-event-driven-caches")
    run(theirs, "star", "ksl19-is-kafka-a-database")
    run(theirs, "agenda", "export", str(base / "dana.planner-agenda"), "--name", "Dana")
    run(mine, "agenda", "import", str(base / "dana.planner-agenda"))
    run(mine, "calendar", "add", "Laptop", "--vdir", str(base / "laptop-events"))
    return base


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_released_field_is_still_printed(prepared: Path, tmp_path: Path, name: str) -> None:
    data = tmp_path / "data"
    shutil.copytree(prepared / "mine", data)
    (tmp_path / "OUT").mkdir()
    args = [
        arg.replace("OUT/", f"{tmp_path / 'OUT'}/").replace(
            "DANA", str(prepared / "dana.planner-agenda")
        )
        for arg in COMMANDS[name]
    ]
    document = run(data, *args, "--json")
    missing = set(FIELDS[name]) - field_paths(document)
    assert not missing, f"{name}: fields no longer printed: {sorted(missing)}"


def test_the_list_covers_every_command_with_json() -> None:
    """A new --json command gets its fields listed here too (so they stay)."""
    assert set(FIELDS) == set(COMMANDS)


# The codes inside `calendar list --json`'s `last_error_code` and `last_error_values`, as
# released (review 6 #6): they are the enums' values (the failure's code) and members'
# names (the rest), stored so too; a renamed member would change the JSON silently.
CALENDAR_CODES = json.loads(
    (REPO / "tests" / "data" / "cli-json-calendar-codes.json").read_text(encoding="utf-8")
)


def test_the_codes_calendar_list_prints_keep_their_names() -> None:
    from planner.domain.calendar_messages import NetworkCause, PasswordCode, Request, ServerCode
    from planner.domain.calendars import FailureCode
    from planner.domain.errors import StorageCode, StorageNote

    now = {
        "last_error_code": {code.value for code in FailureCode},
        "last_error_values.said.code": {code.name for code in ServerCode},
        "last_error_values.said.cause": {code.name for code in NetworkCause},
        "last_error_values.said.request": {code.name for code in Request},
        "last_error_values.password.code": {code.name for code in PasswordCode},
        "last_error_values.storage": {code.name for code in StorageCode},
        "last_error_values.notes[]": {code.name for code in StorageNote},
    }
    assert set(now) == set(CALENDAR_CODES)
    for field, released in CALENDAR_CODES.items():
        assert set(released) <= now[field], f"{field}: no longer printed: {released}"


def test_a_failed_calendar_lists_its_failure_as_codes_with_values(tmp_path: Path) -> None:
    """The shape README documents: the folder a calendar of events should be in is a file."""
    data, events = tmp_path / "data", tmp_path / "events"
    run(data, "star", "ksl19-is-kafka-a-database")
    run(data, "calendar", "add", "Laptop", "--vdir", str(events))
    shutil.rmtree(events)
    events.write_text("")
    with redirect_stderr(io.StringIO()):
        assert main(["--data-dir", str(data), "calendar", "sync"], out=io.StringIO()) == 1
    (listed,) = run(data, "calendar", "list", "--json")
    assert listed["last_error"] == "cannot be created: part of the path is not a folder"
    assert listed["last_error_code"] == "storage"
    assert listed["last_error_values"] == {
        "storage": "NOT_A_FOLDER",
        "location": str(events),
        "doing": "created",
    }
