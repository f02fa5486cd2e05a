"""Paths that are not regular files - a named pipe above all, which blocks whoever opens
it for reading until something writes - where Planner reads: refused at once with one
line, never waited for (the siblings of review-1 #3)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from .conftest import digest, make_starred_database, one_error_line, run_planner

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.timeout(120)


def test_a_pipe_given_to_agenda_import_is_refused_not_read(tmp_path: Path) -> None:
    """`agenda import` reads a colleague's favourites first: that read used to block on a
    pipe for ever."""
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    pipe = tmp_path / "colleague.planner-agenda"
    os.mkfifo(pipe)
    result = run_planner(data, "agenda", "import", str(pipe), timeout=30)
    assert result.returncode == 3
    assert one_error_line(result) == (
        f"planner: error: {pipe}: is a named pipe (FIFO), not a file; Planner reads files only"
    )
    assert digest(database) == before


def test_a_pipe_where_the_database_should_be_is_refused_not_read(tmp_path: Path) -> None:
    """Opening the database read its header first, which blocked on a pipe for ever."""
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "planner.sqlite3")
    result = run_planner(data, "conferences", timeout=30)
    assert result.returncode == 1
    assert one_error_line(result) == (
        f"planner: error: {data / 'planner.sqlite3'}: is a named pipe (FIFO), not a database file"
    )
