"""`planner import` on the standard library's sqlite3 (`storage.units.PlainDatabase`) does
what it did on the core's connections: the same output, text and JSON, the same rows, the
same stars kept, a new revision.

Each case runs the command twice on the same bytes: as it runs (into a current database,
the plain way) and with the plain way refused (`Planner.open_plain` answering None, as it
does for a database to be created or upgraded), so the core opens the file as before.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from typing import TYPE_CHECKING

import pytest

from planner.cli import main
from planner.services import Planner
from planner.storage import revision
from planner.storage.units import PlainDatabase

from ..conftest import SCHEDULES

if TYPE_CHECKING:
    from pathlib import Path

FOSDEM = SCHEDULES / "xml" / "fosdem-2025.xml"
# Columns that hold the moment of the write, and the revision (a random number per write).
_MOMENTS = {"imported_at", "updated_at", "created_at", "fetched_at"}


def _rows(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, the moments of writing left out."""
    connection = sqlite3.connect(database)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        found = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            kept = [f'"{c}"' for c in columns if c not in _MOMENTS]
            rows = connection.execute(
                f"SELECT {', '.join(kept)} FROM {table} ORDER BY {', '.join(kept)}"
            ).fetchall()
            if table == "preferences":
                rows = [row for row in rows if row[0] != revision.PARAMETERS[0]]
            found[table] = rows
        return found
    finally:
        connection.close()


def _moved(tmp_path: Path) -> Path:
    """FOSDEM with its first session moved and renamed, and its second gone."""
    text = FOSDEM.read_text(encoding="utf-8")
    text = text.replace("<start>10:35</start>", "<start>10:45</start>", 1)
    text = text.replace(
        "A New Approach to Callee-Saved Registers in LLVM", "Callee-Saved Registers, again", 1
    )
    start = text.index("<event ", text.index("Moving work into the middle end") - 2000)
    end = text.index("</event>", start) + len("</event>")
    assert "Moving work into the middle end" in text[start:end]
    moved = tmp_path / "fosdem-moved.xml"
    moved.write_text(text[:start] + text[end:], encoding="utf-8")
    return moved


def _run(data: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data), *args], out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_an_import_on_the_plain_connection_is_the_cores_byte_for_byte(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    json_output: bool,
) -> None:
    prepared = tmp_path / "prepared"
    assert _run(prepared, "conferences", capsys=capsys)[0] == 0  # created by the core
    assert _run(prepared, "import", str(FOSDEM), capsys=capsys)[0] == 0
    done = _run(prepared, "sessions", "--json", capsys=capsys)
    titles = ("A New Approach to Callee-Saved Registers in LLVM", "Moving work into the middle end")
    keys = [talk["key"] for talk in json.loads(done[1]) if talk["title"] in titles]
    assert len(keys) == 2
    for key in keys:  # stars on the session that moves and on the one that goes
        assert _run(prepared, "star", key, capsys=capsys)[0] == 0
    moved = _moved(tmp_path)
    extra = ["--json"] if json_output else []

    opened_plainly: list[bool] = []
    open_plain = Planner.open_plain

    def counted(path: Path, **options: float) -> Planner | None:
        planner = open_plain(path, **options)
        opened_plainly.append(planner is not None and isinstance(planner.units, PlainDatabase))
        return planner

    outcomes = []
    for plainly in (True, False):
        data = tmp_path / ("plain" if plainly else "core")
        shutil.copytree(prepared, data)
        with monkeypatch.context() as patched:
            patched.setattr(Planner, "open_plain", counted if plainly else lambda *_a, **_k: None)
            before = revision.read_file(data / "planner.sqlite3")
            runs = [
                _run(data, "import", str(program), *extra, capsys=capsys)
                for program in (moved, FOSDEM, moved)  # an update, back, and again
            ]
            after = revision.read_file(data / "planner.sqlite3")
        assert before is not None
        assert after not in (None, before)
        outcomes.append((runs, _rows(data / "planner.sqlite3")))
    assert opened_plainly == [True, True, True]
    (plain_runs, plain_rows), (core_runs, core_rows) = outcomes
    assert [code for code, _, _ in plain_runs] == [0, 0, 0]
    assert plain_runs == core_runs
    assert "Callee-Saved Registers, again" in plain_runs[0][1]  # the change was reported
    assert plain_rows == core_rows
    listed = _run(tmp_path / "plain", "sessions", "--starred", "--json", capsys=capsys)[1]
    starred = {talk["title"]: talk["cancelled"] for talk in json.loads(listed)}
    assert starred == {"Callee-Saved Registers, again": False, titles[1]: True}


def test_the_plain_way_is_only_for_a_database_there_is_nothing_to_do_to(tmp_path: Path) -> None:
    """No database yet, an empty one, one of an older schema: the core's (it creates,
    fills or upgrades); a current one, the plain way."""
    from ..storage.test_migrations import build_old_database

    missing = tmp_path / "missing" / "planner.sqlite3"
    assert PlainDatabase.open(missing) is None
    assert not missing.parent.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert PlainDatabase.open(empty) is None
    old = tmp_path / "old.sqlite3"
    build_old_database(old, 1)
    before = old.read_bytes()
    assert PlainDatabase.open(old) is None
    assert old.read_bytes() == before
    current = tmp_path / "current" / "planner.sqlite3"
    Planner.open(current).close()
    database = PlainDatabase.open(current)
    assert database is not None
    database.close()


def test_a_plain_unit_of_work_is_whole_or_absent(tmp_path: Path) -> None:
    """What fails inside a unit rolls all of it back (the revision too), and a unit that
    wrote nothing leaves the revision as it was."""
    path = tmp_path / "planner.sqlite3"
    core = Planner.open(path)
    core.imports.ensure_bundled_program()
    core.close()
    database = PlainDatabase.open(path)
    assert database is not None
    try:
        seen = revision.read_file(path)
        with database.transaction() as connection:
            connection.execute("SELECT count(*) FROM talks").fetchall()
        assert revision.read_file(path) == seen
        assert database.commits == 0

        class Stop(Exception):
            pass

        def write_then_fail() -> None:
            with database.transaction() as connection:
                connection.execute("DELETE FROM stars")
                connection.execute("UPDATE conferences SET title = 'gone'")
                raise Stop

        with pytest.raises(Stop):
            write_then_fail()
        assert revision.read_file(path) == seen
        with database.reading() as connection:
            assert connection.execute("SELECT title FROM conferences").fetchall() != [("gone",)]
        with database.transaction() as connection:
            connection.execute("UPDATE conferences SET acronym = 'k'")
        renewed = revision.read_file(path)
        assert renewed not in (None, seen)
        assert database.commits == 1
        assert seen is not None
        assert renewed is not None
        assert not database.written_since(seen, renewed)  # its own write
    finally:
        database.close()
