"""A calendar's last failure is stored as a code with values, not as an English line: the
window says it in its language (tests/ui/test_error_texts.py), the command line keeps its
English and gives the code beside it. A line stored before codes stays readable."""

from __future__ import annotations

import io
import json
import sqlite3
from typing import TYPE_CHECKING, Any

from planner.cli import main
from planner.domain.calendars import FailureCode, SyncFailure
from planner.domain.errors import StorageCode
from planner.paths import AppPaths
from planner.services import Planner

from ..factories import program, talk
from ..storage.test_migrations import build_old_database
from .servers import free_port

if TYPE_CHECKING:
    from pathlib import Path


def cli(data: Path, *args: str, code: int = 0) -> Any:
    out = io.StringIO()
    assert main(["--data-dir", str(data), *args, "--json"], out=out) == code
    return json.loads(out.getvalue())


def stored(database: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """Each target's name, stored code and values, read as another program would."""
    connection = sqlite3.connect(database)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(calendar_targets)")]
        assert "last_error" not in columns  # no English sentence is kept
        rows = connection.execute(
            "SELECT name, last_error_code, last_error_values FROM calendar_targets ORDER BY id"
        ).fetchall()
    finally:
        connection.close()
    return [(name, code, json.loads(values)) for name, code, values in rows]


def agenda(data: Path) -> tuple[Planner, int]:
    planner = Planner.open(AppPaths.resolve(data).database)
    demo = program(talk("guid:a", "Opening"), talk("guid:b", "Engines", at=60))
    conference_id = planner.imports.program(demo).value.conference_id
    planner.agenda.star(conference_id, "guid:a")
    return planner, conference_id


def test_a_failed_sync_stores_the_servers_code_and_the_command_line_says_both(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    planner, conference_id = agenda(data)
    port = free_port()  # nothing listens there
    try:
        planner.calendars.add(
            conference_id,
            "Work",
            caldav=f"http://127.0.0.1:{port}/dav/",
            username="ana",
            password_command="echo secret",
        )
    finally:
        planner.close()
    [report] = cli(data, "calendar", "sync", code=1)
    english = f"127.0.0.1:{port} cannot be reached (connection refused)"
    assert report["errors"] == [english]

    [(name, code, values)] = stored(AppPaths.resolve(data).database)
    assert (name, code) == ("Work", "server")
    assert values["said"]["code"] == "UNREACHABLE"
    assert values["said"]["cause"] == "REFUSED"
    assert values["said"]["host"] == f"127.0.0.1:{port}"

    [listed] = cli(data, "calendar", "list")
    assert listed["last_error"] == english  # the field the command line always had
    assert listed["last_error_code"] == "server"
    assert listed["last_error_values"] == values


def test_a_calendar_file_that_cannot_be_written_keeps_the_storages_code(tmp_path: Path) -> None:
    data = tmp_path / "data"
    planner, conference_id = agenda(data)
    live = tmp_path / "live.ics"
    try:
        planner.exports.set_live_calendar(conference_id, live)
        live.unlink()
        live.mkdir()  # a folder where the file was: it cannot be replaced
        planner.agenda.star(conference_id, "guid:b")
        [target] = planner.calendars.targets(conference_id)
    finally:
        planner.close()
    failure = target.last_failure
    assert failure is not None
    assert (failure.code, failure.storage, failure.location) == (
        FailureCode.CALENDAR_FILE,
        StorageCode.IS_FOLDER,
        str(live),
    )
    assert target.last_error == (
        f"{live}: the calendar file could not be written "
        "(cannot be written: it is a folder, not a file)"
    )
    [(_name, code, values)] = stored(AppPaths.resolve(data).database)
    assert (code, values["storage"], values["location"]) == (
        "calendar-file",
        "IS_FOLDER",
        str(live),
    )
    [listed] = cli(data, "calendar", "list")
    assert (listed["last_error"], listed["last_error_code"]) == (
        target.last_error,
        "calendar-file",
    )


def test_a_success_clears_the_stored_failure(tmp_path: Path) -> None:
    data = tmp_path / "data"
    planner, conference_id = agenda(data)
    live = tmp_path / "live.ics"
    try:
        planner.exports.set_live_calendar(conference_id, live)
        live.unlink()
        live.mkdir()
        planner.agenda.star(conference_id, "guid:b")
        live.rmdir()
        planner.agenda.star(conference_id, "guid:a", None)
        [target] = planner.calendars.targets(conference_id)
    finally:
        planner.close()
    assert target.last_failure is None
    assert target.last_error == ""
    assert stored(AppPaths.resolve(data).database)[0][1:] == ("", {})


def test_an_english_line_stored_before_codes_stays_readable_after_the_upgrade(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    database = AppPaths.resolve(data).database
    database.parent.mkdir(parents=True)
    build_old_database(database, 4)
    old = "dav.example.org cannot be reached (timed out)"
    connection = sqlite3.connect(database)
    connection.executescript(
        f"""
        INSERT INTO calendar_targets VALUES (1, 1, 'caldav', 'Work', 'https://dav.example.org/',
            0, NULL, 'Demo', '', 'ana', 'echo x', '2024-01-01 10:00:00.000000',
            NULL, '2024-03-01 10:00:00.000000', '{old}');
        INSERT INTO calendar_targets VALUES (2, 1, 'vdir', 'Folder', '/tmp/events',
            0, NULL, 'Demo', '', '', '', '2024-01-01 10:00:00.000000',
            '2024-03-01 10:00:00.000000', '2024-03-01 10:00:00.000000', '');
        """
    )
    connection.commit()
    connection.close()

    planner = Planner.open(database)
    try:
        work, folder = planner.calendars.targets()
    finally:
        planner.close()
    assert work.last_failure == SyncFailure(FailureCode.EARLIER, detail=old)
    assert work.last_error == old
    assert folder.last_failure is None
    assert stored(database)[0][1:] == ("earlier", {"detail": old})
    work_json, folder_json = cli(data, "calendar", "list")
    assert (work_json["last_error"], work_json["last_error_code"]) == (old, "earlier")
    assert (folder_json["last_error"], folder_json["last_error_code"]) == (None, None)


def test_values_this_build_cannot_read_are_kept_as_their_text() -> None:
    from planner.storage.targets import failure_from_row

    assert failure_from_row("", "{}") is None
    assert failure_from_row("server", '{"said": {"code": "NEW"}}') == SyncFailure(
        FailureCode.EARLIER, detail='server: {"said": {"code": "NEW"}}'
    )
    assert failure_from_row("elsewhere", "[]") == SyncFailure(
        FailureCode.EARLIER, detail="elsewhere: []"
    )
    # A code without what it is said from read as no failure at all (review 6 #7): the
    # calendar looked synced. Kept as its text, it is a failure still.
    for code in ("server", "storage", "calendar-file", "password"):
        failure = failure_from_row(code, "{}")
        assert failure == SyncFailure(FailureCode.EARLIER, detail=f"{code}: {{}}")
        assert str(failure) == f"{code}: {{}}"
