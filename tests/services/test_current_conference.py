"""The current conference: one rule for the window and the command line.

It is the conference last shown in the window (chosen in its Conference box:
`ImportService.make_current`) or imported (by the window or `planner import`), while it
is stored; else the most recently imported. The window opens on it; a command without
`--conference` answers about it, and `conferences --json` marks it.
"""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import redirect_stderr
from typing import TYPE_CHECKING, Any

import pytest

from planner.cli import main
from planner.domain.errors import NotFoundError
from planner.paths import AppPaths
from planner.services import Planner
from planner.services.catalog import Catalog
from planner.storage import queries
from tests.factories import program, talk

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def cli(data: Path, *args: str) -> Any:
    out, errors = io.StringIO(), io.StringIO()
    with redirect_stderr(errors):
        code = main(["--data-dir", str(data), *args, "--json"], out=out)
    assert code == 0, errors.getvalue()
    return json.loads(out.getvalue())


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def core(data: Path) -> Iterator[Planner]:
    """Two conferences: Alpha imported first, then Beta."""
    planner = Planner.open(AppPaths.resolve(data).database)
    planner.imports.program(program(talk("a1"), title="Alpha", acronym="ALPHA"))
    planner.imports.program(program(talk("b1"), title="Beta", acronym="BETA"))
    yield planner
    planner.close()


def ids(core: Planner) -> dict[str, int]:
    return {c.title: c.id for c in core.catalog.conferences()}


def shown_everywhere(core: Planner, data: Path) -> set[str]:
    """The current conference as the core, a read-only catalog, the window's view and
    the command line (`sessions`, `conferences`) each name it."""
    read_only = Catalog.open_read_only(AppPaths.resolve(data).database)
    assert read_only is not None
    try:
        by_id = {c.id: c.title for c in core.catalog.conferences()}
        [listed] = [c["title"] for c in cli(data, "conferences") if c["current"]]
        return {
            core.catalog.conference().title,
            read_only.conference().title,
            read_only.view().conference.title,
            by_id[cli(data, "sessions")[0]["conference_id"]],
            listed,
        }
    finally:
        read_only.close()


def test_the_last_imported_is_current_until_another_is_shown(core: Planner, data: Path) -> None:
    assert shown_everywhere(core, data) == {"Beta"}
    alpha = ids(core)["Alpha"]
    before = core.catalog.revision()
    assert core.imports.make_current(alpha).value is True
    assert core.catalog.revision() != before  # the next start's quick view is not current
    assert shown_everywhere(core, data) == {"Alpha"}

    again = core.catalog.revision()
    assert core.imports.make_current(alpha).value is False  # already: nothing written
    assert core.catalog.revision() == again


def test_an_import_makes_its_conference_current(core: Planner, data: Path) -> None:
    core.imports.make_current(ids(core)["Alpha"])
    core.imports.program(program(talk("b1"), talk("b2"), title="Beta", acronym="BETA"))
    assert shown_everywhere(core, data) == {"Beta"}
    cli(data, "import", str(_file(data, program(talk("a1"), title="Alpha", acronym="ALPHA"))))
    assert shown_everywhere(core, data) == {"Alpha"}


def _file(data: Path, made: Any) -> Path:
    """`made` as a Planner program file."""
    from planner.formats.planner_json import dump

    path = data.parent / f"{made.acronym}.planner-program.json"
    path.write_bytes(dump(made))
    return path


def test_a_conference_not_stored_is_never_current(core: Planner, data: Path) -> None:
    with pytest.raises(NotFoundError):
        core.imports.make_current(4242)
    assert shown_everywhere(core, data) == {"Beta"}


@pytest.mark.parametrize("stored", ["4242", "not json", '"1"', "true", "1.5", "null"])
def test_a_current_conference_gone_or_damaged_falls_back_to_the_latest(
    core: Planner, data: Path, stored: str
) -> None:
    """Removed since (4242), or edited by hand: the most recently imported, no error.
    (A text "1.0" the column's affinity keeps as the integer 1: that one is Alpha.)"""
    core.imports.make_current(ids(core)["Alpha"])
    core.close()
    connection = sqlite3.connect(AppPaths.resolve(data).database)
    with connection:
        connection.execute(
            'UPDATE preferences SET value = ? WHERE "key" = ?',
            (stored, queries.CURRENT_CONFERENCE),
        )
    connection.close()
    reopened = Planner.open(AppPaths.resolve(data).database)
    try:
        assert shown_everywhere(reopened, data) == {"Beta"}
    finally:
        reopened.close()
