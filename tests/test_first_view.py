"""The first start ever paints the bundled program before the database exists (issue 18):
from the view the core makes of it in a new database, kept beside the program file."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from planner.bundled import bundled_program_path
from planner.quickstart import (
    NOT_STORED,
    QuickStart,
    as_first_view,
    first_view_path,
    load_first_view,
)
from planner.tools.first_view import view_of_bundled_program

if TYPE_CHECKING:
    from pathlib import Path

    from planner.domain.agenda import ConferenceInfo
    from planner.domain.view import StartupView

REGENERATE = "run `python -m planner.tools.first_view` and commit what it writes"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def without_import_instant(view: StartupView) -> StartupView:
    """The instant of the import is the one thing that differs between two imports."""

    def timeless(conference: ConferenceInfo) -> ConferenceInfo:
        return dataclasses.replace(conference, imported_at=EPOCH)

    return dataclasses.replace(
        view,
        conferences=tuple(timeless(c) for c in view.conferences),
        conference=timeless(view.conference),
    )


def test_the_kept_view_is_what_the_core_makes_of_the_bundled_program_now() -> None:
    program = bundled_program_path()
    kept = load_first_view(program)
    assert kept is not None, f"no view kept for this program file and these classes: {REGENERATE}"
    made = as_first_view(view_of_bundled_program(), program)
    assert without_import_instant(kept) == without_import_instant(made), REGENERATE
    assert kept.revision == NOT_STORED
    assert kept.conference.source == made.conference.source  # the file where it is installed
    assert len(kept.talks) > 50


def test_the_first_start_ever_paints_it(tmp_path: Path) -> None:
    quick = QuickStart(tmp_path / "data" / "planner.sqlite3", tmp_path / "cache")
    assert quick.first_ever
    assert not quick.from_snapshot  # nothing of this user's is kept yet
    assert quick.view == load_first_view(bundled_program_path())


def test_a_database_that_exists_is_never_painted_from_it(tmp_path: Path) -> None:
    database = tmp_path / "planner.sqlite3"
    database.write_bytes(b"")  # even an empty file: opening it is the core's to explain
    quick = QuickStart(database, tmp_path / "cache")
    assert not quick.first_ever
    assert quick.view is None


def test_a_view_kept_for_another_program_file_is_not_used(tmp_path: Path) -> None:
    program = tmp_path / bundled_program_path().name
    shutil.copyfile(bundled_program_path(), program)
    shutil.copyfile(first_view_path(bundled_program_path()), first_view_path(program))
    assert load_first_view(program) is not None
    program.write_bytes(program.read_bytes().replace(b"Kafka Summit", b"Kafka Summat", 1))
    assert load_first_view(program) is None
    first_view_path(program).write_text("{")
    assert load_first_view(program) is None
