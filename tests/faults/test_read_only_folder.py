"""A read-only data folder: everything is shown, nothing can be changed, nothing is moved."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from planner.paths import AppPaths
from planner.ui.app import finish_opening, open_main_window

from ..conftest import REPO
from .conftest import STARRED, digest, make_starred_database, one_error_line, run_planner

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

pytestmark = pytest.mark.timeout(120)

LAST_STAR = "ksl19-serverless-promises-the-potential-to"
# Star one more session and die before closing: that star is only in the WAL.
STAR_AND_DIE = f"""
import os, sys
from pathlib import Path
from planner.services import Planner
planner = Planner.open(Path(sys.argv[1]))
planner.agenda.star(planner.catalog.conference().id, {LAST_STAR!r})
os._exit(0)
"""


def _star_and_die(database: Path, *, keep_shared_memory: bool) -> None:
    subprocess.run(
        [sys.executable, "-c", STAR_AND_DIE, str(database)], cwd=REPO, check=True, timeout=60
    )
    wal = database.with_name(database.name + "-wal")
    assert wal.stat().st_size > 0  # the last star is in the WAL only
    if not keep_shared_memory:  # as after a copy or a reboot
        database.with_name(database.name + "-shm").unlink()


@pytest.mark.parametrize(
    "state", ["clean", "wal-and-shm", "wal-only"], ids=["clean", "wal-and-shm", "wal-only"]
)
def test_the_command_line_shows_every_star_and_refuses_changes_saying_read_only(
    tmp_path: Path, make_read_only: Callable[[Path], None], state: str
) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    expected = set(STARRED)
    if state != "clean":
        _star_and_die(database, keep_shared_memory=state == "wal-and-shm")
        expected.add(LAST_STAR)
    before = digest(database)
    make_read_only(data)
    listed = run_planner(data, "sessions", "--starred")
    assert listed.returncode == 0, listed.stderr
    assert {line.rsplit("[", 1)[1].rstrip("]") for line in listed.stdout.splitlines()} == expected
    result = run_planner(data, "star", "ksl19-kafka-streams-at-scale")
    assert result.returncode == 1
    line = one_error_line(result)
    assert f"{database}: cannot be changed: read-only" in line
    assert "Planner opened it read-only" in line
    assert digest(database) == before
    assert [p.name for p in data.iterdir() if "unusable" in p.name] == []


def test_an_ics_export_from_a_read_only_database_is_written_and_says_what_it_costs(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    """The calendar file is on another disk: it is written from what the database holds
    (exit 0), and one warning line says that the file's state could not be kept, naming
    the file, the database and the reason."""
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    make_read_only(data)
    out = tmp_path / "elsewhere" / "agenda.ics"
    result = run_planner(data, "export", "ics", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {out} ({len(STARRED)} events)\n"
    [line] = result.stderr.splitlines()
    assert line.startswith(f"planner: warning: {out} was written, but {database} could not ")
    assert "read-only" in line
    assert "the next export to this file cannot tell calendar apps which sessions" in line
    assert out.read_bytes().count(b"BEGIN:VEVENT") == len(STARRED)
    live = run_planner(data, "export", "ics", str(out), "--live")  # it must be kept: refused
    assert live.returncode == 1
    assert f"{database}: cannot be changed: read-only" in one_error_line(live)
    assert digest(database) == before


def test_the_window_starts_read_only_with_every_star(
    qtbot, tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    database = make_starred_database(paths.data_dir)
    _star_and_die(database, keep_shared_memory=False)
    before = digest(database)
    make_read_only(paths.data_dir)
    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    finish_opening(window, quick)
    assert {t.key for t in window.store.talks if t.star is not None} == {*STARRED, LAST_STAR}
    assert window.core.recovery is not None
    assert "cannot be changed: read-only" in str(window.core.recovery)
    window.shutdown()
    assert digest(database) == before


def test_a_phone_link_from_a_read_only_database_is_made_and_says_what_it_costs(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    """`agenda link` only reads, but it opened a write transaction to remember a program
    address: with a read-only database no link at all, and a message about the database."""
    from planner.sharing import giggity

    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    make_read_only(data)
    feed = "https://example.org/schedule.xml"
    result = run_planner(data, "agenda", "link", "--program-url", feed)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(giggity.PREFIX)
    [line] = result.stderr.splitlines()
    assert line.startswith(f"planner: warning: {feed}: not remembered for the next link: ")
    assert "read-only" in line
    assert digest(database) == before
