"""A calendar target that cannot be reached or written is refused with the database as it
was (a sibling of review-1 #9: it used to be saved, then removed again, a new revision
each time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .conftest import digest, make_starred_database, one_error_line, run_planner

if TYPE_CHECKING:
    from pathlib import Path


def test_a_calendar_that_cannot_be_reached_or_written_is_not_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    (tmp_path / "file").write_text("not a folder")
    folder = run_planner(data, "calendar", "add", "v", "--vdir", str(tmp_path / "file" / "v"))
    assert folder.returncode == 1
    assert one_error_line(folder).startswith(f"planner: error: {tmp_path / 'file' / 'v'}")
    server = run_planner(
        data,
        "calendar",
        "add",
        "c",
        "--caldav",
        "http://127.0.0.1:9/dav/",
        "--username",
        "me",
        "--password-command",
        "echo secret",
    )
    assert server.returncode == 1
    assert one_error_line(server).startswith("planner: error: c: ")
    assert digest(database) == before
    listed = run_planner(data, "calendar", "list")
    assert listed.stdout.startswith("No calendars.")
