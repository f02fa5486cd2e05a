"""The command line: a public interface; output fields and exit codes are contracts."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime
from typing import TYPE_CHECKING

import pytest

from planner import __version__
from planner.cli import main

if TYPE_CHECKING:
    from pathlib import Path


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, out.getvalue()


def sessions(data_dir: Path, *extra: str) -> list[dict[str, object]]:
    code, text = run("--data-dir", str(data_dir), "sessions", "--json", *extra)
    assert code == 0
    result = json.loads(text)
    assert isinstance(result, list)
    return result


def test_sessions_json_lists_the_bundled_program(tmp_path: Path) -> None:
    listed = sessions(tmp_path / "x")
    assert len(listed) == 59
    required = {"key", "title", "start", "end", "room", "track", "speakers", "starred", "priority"}
    for item in listed:
        assert required <= set(item)
        start = datetime.fromisoformat(str(item["start"]))
        end = datetime.fromisoformat(str(item["end"]))
        assert start.utcoffset() is not None
        assert end > start
        assert isinstance(item["speakers"], list)
        assert item["starred"] is False
        assert item["priority"] is None
    keynote = next(i for i in listed if i["title"] == "Is Kafka a Database?")
    assert keynote["start"] == "2019-05-14T09:00:00+01:00"
    assert keynote["speakers"] == ["Martin Kleppmann"]
    assert sum(1 for i in listed if i["untitled"]) == 35


def test_star_unstar_round_trip_survives_restart_and_reimport(
    tmp_path: Path, bundled_program_file: Path
) -> None:
    data = tmp_path / "x"
    key = "ksl19-is-kafka-a-database"
    code, text = run("--data-dir", str(data), "star", key, "--priority", "must", "--json")
    assert code == 0
    assert json.loads(text)["priority"] == "must"
    assert run("--data-dir", str(data), "star", "ksl19-kafka-streams-at-scale")[0] == 0

    starred = sessions(data, "--starred")
    assert {(s["key"], s["priority"]) for s in starred} == {
        (key, "must"),
        ("ksl19-kafka-streams-at-scale", "want"),
    }

    code, text = run("--data-dir", str(data), "import", str(bundled_program_file), "--json")
    assert code == 0
    report = json.loads(text)
    assert report["created"] is False
    assert report["counts"]["sessions"] == 59
    assert report["counts"]["removed"] == 0
    assert len(sessions(data, "--starred")) == 2

    code, text = run("--data-dir", str(data), "unstar", key, "--json")
    assert code == 0
    assert json.loads(text)["removed"] is True
    assert [s["key"] for s in sessions(data, "--starred")] == ["ksl19-kafka-streams-at-scale"]


def test_conferences_json(tmp_path: Path) -> None:
    code, text = run("--data-dir", str(tmp_path / "x"), "conferences", "--json")
    assert code == 0
    [conference] = json.loads(text)
    assert conference["title"] == "Kafka Summit London 2019"
    assert conference["time_zone"] == "Europe/London"
    assert conference["sessions"] == 59
    assert "illustrative" in conference["notice"].lower()


def test_data_dir_from_environment(data_dir: Path) -> None:
    assert run("conferences")[0] == 0
    assert (data_dir / "planner.sqlite3").exists()


def test_bad_input_exits_3_with_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "planner-program", "version": 1, "conference": ')
    data = tmp_path / "x"
    before = sessions(data)
    db_bytes = (data / "planner.sqlite3").read_bytes()
    code, _ = run("--data-dir", str(data), "import", str(bad))
    assert code == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert str(bad) in err[0]
    assert "not valid JSON" in err[0]
    assert sessions(data) == before
    assert (data / "planner.sqlite3").read_bytes() == db_bytes


def test_unknown_key_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--data-dir", str(tmp_path / "x"), "star", "no-such-key")
    assert code == 2
    assert "no session with key 'no-such-key'" in capsys.readouterr().err


def test_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run("star", "k", "--priority", "urgent")
    assert caught.value.code == 2


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--bogus"], "planner: error: unrecognized arguments: --bogus (see: planner --help)"),
        (
            ["gui", "--lang"],
            "planner: error: gui: argument --lang: expected one argument (see: planner gui --help)",
        ),
    ],
)
def test_the_windows_arguments_are_refused_as_by_the_full_parser(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A start of the window reads its arguments with a parser of the `gui` command alone
    (it is quicker to build); what that parser refuses is said by the full one, as always."""
    with pytest.raises(SystemExit) as caught:
        run(*argv)
    assert caught.value.code == 2
    assert capsys.readouterr().err.strip() == said


def test_corrupt_database_gives_a_clear_message_and_is_not_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "x"
    data.mkdir()
    (data / "planner.sqlite3").write_bytes(b"not a database" * 50)
    code, _ = run("--data-dir", str(data), "sessions")
    assert code == 1
    err = capsys.readouterr().err
    assert "planner.sqlite3" in err
    assert "not an SQLite database" in err
    assert (data / "planner.sqlite3").read_bytes() == b"not a database" * 50
    assert sorted(p.name for p in data.iterdir()) == ["planner.sqlite3"]


def test_version_and_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"planner {__version__}"
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(tmp_path / "y"), "sessions", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(json.loads(result.stdout)) == 59


def test_gui_smoke_test_opens_the_window_and_exits(tmp_path: Path) -> None:
    import os

    result = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(tmp_path / "g"), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "g" / "planner.sqlite3").exists()
