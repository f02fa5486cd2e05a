"""Arguments the database cannot keep are refused before anything runs: bytes that are not
UTF-8 in a name, key, address or a file Planner remembers, and ids no integer column
holds. One line naming the argument, exit 2, the database's bytes unchanged; files that are
only read or written keep whatever name they have."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .conftest import STARRED, digest, make_starred_database, one_error_line, run_planners

if TYPE_CHECKING:
    from pathlib import Path

NOT_UTF8 = os.fsdecode(b"\xff")  # how Python hands over a byte that is not UTF-8


def test_an_argument_that_is_not_utf8_is_refused_wherever_it_would_be_kept(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    vdir = tmp_path / "events"
    agenda = tmp_path / "agenda.planner-agenda"
    cases = [
        (["export", "ics", str(tmp_path / f"x{NOT_UTF8}.ics")], "OUT.ics"),
        (["export", "ics", str(tmp_path / f"x{NOT_UTF8}.ics"), "--live"], "OUT.ics"),
        (["calendar", "add", f"n{NOT_UTF8}", "--vdir", str(vdir)], "NAME"),
        (["calendar", "add", "n", "--vdir", str(tmp_path / f"d{NOT_UTF8}")], "--vdir"),
        (["calendar", "add", "n", "--caldav", f"http://h/{NOT_UTF8}"], "--caldav"),
        (["calendar", "add", "n", "--vdir", str(vdir), "--username", NOT_UTF8], "--username"),
        (["busy", "add", "2019-05-13T12:00", "2019-05-13T13:00", f"T{NOT_UTF8}"], "TITLE"),
        (["agenda", "export", str(agenda), "--name", f"n{NOT_UTF8}"], "--name"),
        (["agenda", "import", str(agenda), "--name", f"n{NOT_UTF8}"], "--name"),
        (["agenda", "link", "--program-url", f"https://h/{NOT_UTF8}"], "--program-url"),
        (["star", f"k{NOT_UTF8}"], "KEY"),
        (["import", f"http://h/{NOT_UTF8}"], "PATH_OR_URL"),
        (["conflicts", "--walk", f"A{NOT_UTF8}", "B", "5"], "--walk"),
    ]
    before = digest(database)
    results = run_planners(*((data, args) for args, _ in cases))
    for (args, argument), result in zip(cases, results, strict=True):
        assert result.returncode == 2, (args, result.stderr)
        line = one_error_line(result)
        assert line.startswith(f"planner: error: {args[0]}"), line
        assert f": argument {argument}: '" in line, line
        assert "\\xff" in line, line
        assert "' is not UTF-8 text; " in line, line
        assert result.stdout == ""
    assert digest(database) == before
    assert not agenda.exists()
    assert not vdir.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_files_only_read_or_written_keep_names_that_are_not_utf8(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_starred_database(data)
    pdf = tmp_path / f"agenda{NOT_UTF8}.pdf"
    shared = tmp_path / f"mine{NOT_UTF8}.planner-agenda"
    [exported, written] = run_planners(
        (data, ["export", "pdf", str(pdf)]), (data, ["agenda", "export", str(shared)])
    )
    assert (exported.returncode, exported.stderr) == (0, "")
    assert (written.returncode, written.stderr) == (0, "")
    assert pdf.read_bytes().startswith(b"%PDF-")
    [imported] = run_planners((data, ["agenda", "import", str(shared), "--name", "Me"]))
    assert (imported.returncode, imported.stderr) == (0, "")
    assert "Me" in imported.stdout


def test_ids_no_database_can_hold_are_one_line_and_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    huge, beyond = "99999999999999999999999", str(2**63)
    cases = [
        ["busy", "remove", beyond],
        ["busy", "remove", "-1"],
        ["agenda", "compare", huge],
        ["agenda", "merge", huge],
        ["agenda", "remove", huge],
        ["agenda", "remove", "0"],
        ["sessions", "--conference", beyond],
        ["star", STARRED[0], "--conference", "-3"],
        ["unstar", STARRED[0], "--conference", huge],
        ["conflicts", "--conference", huge],
        ["resolve", "--auto", "--conference", huge],
        ["suggest", "--conference", huge],
        ["export", "ics", str(tmp_path / "x.ics"), "--conference", huge],
        ["calendar", "add", "n", "--vdir", str(tmp_path / "v"), "--conference", huge],
        ["agenda", "list", "--conference", huge],
    ]
    before = digest(database)
    results = run_planners(*((data, args) for args in cases))
    for args, result in zip(cases, results, strict=True):
        assert result.returncode == 2, (args, result.stderr)
        line = one_error_line(result)
        assert ": argument --conference: " in line or ": argument ID: " in line, line
        assert f"an id is a whole number from 1 to {2**63 - 1}, not '" in line, line
    assert digest(database) == before
    [per_gap] = run_planners((data, ["suggest", "--per-gap", "-5"]))
    assert per_gap.returncode == 2
    assert "argument --per-gap: must be a whole number from 1 to 50, not '-5'" in (
        one_error_line(per_gap)
    )
