"""A database locked by another program is waited for, never called damaged or set aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.errors import LockedError
from planner.paths import AppPaths
from planner.services import Planner
from planner.ui.app import finish_opening, open_main_window

from .conftest import STARRED, digest, make_starred_database, one_error_line, run_planners

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.timeout(120)


def test_the_command_line_says_locked_reads_when_it_can_and_leaves_the_file_alone(
    tmp_path: Path, lock_database
) -> None:
    """An exclusive lock (nobody may even read), and an open write transaction (reading
    works, a write waits and then says so); both commands wait 10 s, so they run at once."""
    exclusive = tmp_path / "exclusive"
    writing = tmp_path / "writing"
    databases = [make_starred_database(exclusive), make_starred_database(writing)]
    holders = [lock_database(databases[0], "exclusive"), lock_database(databases[1], "write")]
    before = [digest(database) for database in databases]
    star = ["star", "ksl19-serverless-promises-the-potential-to"]
    refused, listed, waited = run_planners(
        (exclusive, star), (writing, ["sessions", "--starred"]), (writing, star)
    )
    for holder in holders:
        holder.release()
    for result, database in ((refused, databases[0]), (waited, databases[1])):
        assert result.returncode == 1
        line = one_error_line(result)
        assert f"{database}: is locked by another program" in line
        assert "damaged" not in line
    assert listed.returncode == 0, listed.stderr
    assert all(key in listed.stdout for key in STARRED)
    for folder in (exclusive, writing):
        assert [p.name for p in folder.iterdir() if "unusable" in p.name] == []
    assert [digest(database) for database in databases] == before


def test_opening_for_the_window_never_sets_a_locked_database_aside(
    tmp_path: Path, lock_database
) -> None:
    database = make_starred_database(tmp_path / "data")
    holder = lock_database(database, "exclusive")
    with pytest.raises(LockedError):
        Planner.open_or_recover(database, lock_wait=0.1)
    holder.release()
    assert [p.name for p in database.parent.iterdir() if "unusable" in p.name] == []
    assert database.is_file()


def _waiting_messages() -> list[str]:
    return [
        widget.text()
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


@pytest.mark.parametrize("second_start", [False, True], ids=["first-start", "from-snapshot"])
def test_the_window_waits_with_a_message_then_opens_with_every_star(
    qtbot, tmp_path: Path, lock_database, second_start: bool
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    database = make_starred_database(paths.data_dir)
    if second_start:  # leave a quick-start snapshot, so the lock is met after painting
        window, quick = open_main_window(paths)
        qtbot.addWidget(window)
        finish_opening(window, quick)
        window.shutdown()
    holder = lock_database(database, "exclusive")
    seen: list[list[str]] = []
    QTimer.singleShot(1500, lambda: seen.append(_waiting_messages()))
    QTimer.singleShot(2500, holder.release)

    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    finish_opening(window, quick)

    assert seen, "the retry loop never ran the event loop"
    [message] = seen[0]
    assert f"{database}: is locked by another program" in message
    starred = {t.key for t in window.store.talks if t.star is not None}
    assert starred == set(STARRED)
    assert sorted(p.name for p in paths.data_dir.iterdir() if "unusable" in p.name) == []
    window.shutdown()
