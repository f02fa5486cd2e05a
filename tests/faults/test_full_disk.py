"""A full disk: the database is kept and shown read-only, files are never half-replaced."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from planner.paths import AppPaths
from planner.services import Planner
from planner.ui.app import finish_opening, open_main_window

from ..formats.hostile import frab_xml
from .conftest import (
    STARRED,
    digest,
    make_starred_database,
    one_error_line,
    run_planner,
    run_planners,
)

if TYPE_CHECKING:
    from pathlib import Path

    from .conftest import FullDisk

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def data_on_full_disk(tmp_path: Path, full_disk: FullDisk) -> Path:
    """A data folder with a starred database, on a disk with no space left."""
    source = make_starred_database(tmp_path / "prepared")
    data = full_disk.root / "data"
    data.mkdir()
    shutil.copyfile(source, data / source.name)
    full_disk.fill()
    return data


def test_the_command_line_reads_and_refuses_to_write_saying_disk_full(
    data_on_full_disk: Path,
) -> None:
    data = data_on_full_disk
    database = data / "planner.sqlite3"
    before = digest(database)
    listed = run_planner(data, "sessions", "--starred")
    assert listed.returncode == 0, listed.stderr
    assert all(key in listed.stdout for key in STARRED)
    for command in (
        ["star", "ksl19-serverless-promises-the-potential-to"],
        ["unstar", STARRED[0]],
        ["busy", "add", "2019-05-13T12:00", "2019-05-13T13:00", "Lunch"],
        ["conflicts", "--buffer", "10"],
    ):
        result = run_planner(data, *command)
        assert result.returncode == 1, command
        line = one_error_line(result)
        assert f"{database}: cannot be changed: disk full" in line, command
        assert "damaged" not in line
    assert digest(database) == before
    assert [p.name for p in data.iterdir() if "unusable" in p.name] == []


def test_importing_onto_a_full_disk_fails_in_one_line_and_changes_nothing(
    tmp_path: Path, full_disk: FullDisk
) -> None:
    data = full_disk.root / "data"
    database = make_starred_database(data)
    planner = Planner.open(database)
    planner.close()
    full_disk.fill()
    before = digest(database)
    program = tmp_path / "program.xml"
    program.write_bytes(frab_xml())  # another conference: importing it writes
    result = run_planner(data, "import", str(program))
    assert result.returncode == 1
    assert "disk full" in one_error_line(result)
    assert digest(database) == before


def test_exports_onto_a_full_disk_fail_loudly_and_keep_the_old_file(
    tmp_path: Path, full_disk: FullDisk
) -> None:
    data = tmp_path / "data"
    make_starred_database(data)
    out = full_disk.root / "out"
    out.mkdir()
    targets = {
        "pdf": out / "agenda.pdf",
        "ics": out / "agenda.ics",
        "agenda": out / "mine.planner-agenda",
    }
    commands = {
        "pdf": ["export", "pdf", str(targets["pdf"])],
        "ics": ["export", "ics", str(targets["ics"])],
        "agenda": ["agenda", "export", str(targets["agenda"])],
    }
    kinds = list(commands)
    for kind, result in zip(
        kinds, run_planners(*((data, commands[k]) for k in kinds)), strict=True
    ):
        assert result.returncode == 0, kind
    old = {kind: path.read_bytes() for kind, path in targets.items()}
    run_planner(data, "star", "ksl19-serverless-promises-the-potential-to")  # new content
    full_disk.fill()
    results = run_planners(*((data, commands[k]) for k in kinds))
    for kind, result in zip(kinds, results, strict=True):
        assert result.returncode == 1, kind
        line = one_error_line(result)
        assert line.startswith(f"planner: error: {targets[kind]}: "), kind
        assert "cannot be written: disk full" in line, kind
        assert "Wrote" not in result.stdout
        assert targets[kind].read_bytes() == old[kind], kind
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in targets.values())


def test_the_window_opens_read_only_with_every_star_and_says_why(
    qtbot, data_on_full_disk: Path
) -> None:
    paths = AppPaths.resolve(data_on_full_disk)
    before = digest(paths.database)
    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    finish_opening(window, quick)
    assert {t.key for t in window.store.talks if t.star is not None} == set(STARRED)
    assert window.core.recovery is not None
    message = str(window.core.recovery)
    assert f"{paths.database}: cannot be changed: disk full" in message
    assert "read-only" in message
    window.shutdown()
    assert digest(paths.database) == before
    assert [p.name for p in paths.data_dir.iterdir() if "unusable" in p.name] == []


def test_a_change_in_the_read_only_window_says_why_and_changes_nothing(
    qtbot, data_on_full_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.resolve(data_on_full_disk)
    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    finish_opening(window, quick)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append((title, text)))
    window.runner.failed.disconnect()
    window.runner.failed.connect(window.show_error)
    key = next(t.key for t in window.store.talks if t.star is None)
    window.select_key(key)
    window.toggle_current_star()
    window.runner.settle()
    [(title, text)] = shown
    assert title.startswith("Could not save: Star")
    assert "cannot be changed: disk full" in text
    talk = window.store.talk(key)
    assert talk is not None
    assert talk.star is None
    assert window.controller.undo_stack.count() == 0
    window.shutdown()
