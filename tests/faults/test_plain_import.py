"""`planner import` into a database that is damaged, another program's, newer, locked,
read-only or on a full disk says what it said before the plain way (storage/units.py)
existed, in the same one line, and leaves the file as it was.

Each case runs the command in this process twice on the same file: as it runs (the plain
way tried first) and with the plain way refused (`Planner.open_plain` answering None), so
that the core opens the file as it did before; the two must be the same, byte for byte.
"""

from __future__ import annotations

import io
import sqlite3
from typing import TYPE_CHECKING

import pytest

from planner.cli import main
from planner.services import Planner
from planner.storage.migrations import LATEST_VERSION

from ..conftest import SCHEDULES
from .conftest import digest, make_starred_database

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from .conftest import FullDisk, LockHolder

pytestmark = pytest.mark.timeout(180)

FOSDEM = SCHEDULES / "xml" / "fosdem-2025.xml"


def _import_both_ways(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """The import's (exit code, output, stderr), the same both ways; the file unchanged."""
    database = data / "planner.sqlite3"
    before = digest(database)
    tried: list[Path] = []
    open_plain = Planner.open_plain

    def tracked(path: Path, **options: float) -> Planner | None:
        tried.append(path)
        return open_plain(path, **options)

    outcomes = []
    for plainly in (True, False):
        with monkeypatch.context() as patched:
            if plainly:
                patched.setattr(Planner, "open_plain", tracked)
            else:
                patched.setattr(Planner, "open_plain", lambda *_args, **_options: None)
            capsys.readouterr()
            out = io.StringIO()
            code = main(["--data-dir", str(data), "import", str(FOSDEM)], out=out)
            outcomes.append((code, out.getvalue(), capsys.readouterr().err))
        assert digest(database) == before, "the file changed"
    assert tried == [database]  # the plain way was asked first
    assert outcomes[0] == outcomes[1]
    code, _, error = outcomes[0]
    assert code == 1
    assert error.count("\n") == 1, error
    assert error.startswith("planner: error: "), error
    return outcomes[0]


def _set_pragma(database: Path, pragma: str) -> None:
    connection = sqlite3.connect(database)
    try:
        connection.execute(f"PRAGMA {pragma}")
        connection.commit()
    finally:
        connection.close()


def test_a_damaged_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    Planner.open(database).close()  # the WAL checkpointed into the file
    content = bytearray(database.read_bytes())
    page = 4096
    content[page : 3 * page] = b"\xa5" * (2 * page)  # two pages of noise after the header
    database.write_bytes(bytes(content))
    error = _import_both_ways(data, monkeypatch, capsys)[2]
    assert "damaged" in error


@pytest.mark.parametrize(
    ("pragma", "said"),
    [
        ("application_id = 1234", "another program"),
        (f"user_version = {LATEST_VERSION + 1}", "newer"),
    ],
    ids=["another-program", "newer"],
)
def test_a_database_planner_cannot_take(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pragma: str,
    said: str,
) -> None:
    data = tmp_path / "data"
    _set_pragma(make_starred_database(data), pragma)
    error = _import_both_ways(data, monkeypatch, capsys)[2]
    assert said in error


@pytest.mark.parametrize("how", ["exclusive", "write"])
def test_a_locked_database(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lock_database: Callable[..., LockHolder],
    how: str,
) -> None:
    """Held exclusively (opening waits), or in a write transaction (reading works, the
    import's own transaction waits): 10 s each way."""
    data = tmp_path / "data"
    database = make_starred_database(data)
    holder = lock_database(database, how)
    try:
        error = _import_both_ways(data, monkeypatch, capsys)[2]
    finally:
        holder.release()
    assert f"{database}: is locked by another program" in error


def test_a_read_only_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    make_read_only: Callable[[Path], None],
) -> None:
    data = tmp_path / "data"
    make_starred_database(data)
    make_read_only(data)
    error = _import_both_ways(data, monkeypatch, capsys)[2]
    assert "read-only" in error


@pytest.mark.parametrize("space", ["none", "a little"])
def test_a_full_disk(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    full_disk: FullDisk,
    space: str,
) -> None:
    """No space at all, or a few kilobytes: enough to begin, not for FOSDEM's rows."""
    data = full_disk.root / "data"
    make_starred_database(data)
    full_disk.fill()
    if space == "a little":
        (full_disk.root / "filler-small").unlink()
    error = _import_both_ways(data, monkeypatch, capsys)[2]
    assert "disk full" in error
