"""The `planner` command loads nothing before it needs it (issue 18).

Checked on the installed console script itself, the file a user runs, not on a helper:
Python's own import profile (`PYTHONPROFILEIMPORTTIME`) lists every module the process
imported, and the app's probe (`PLANNER_PROBE`, see `planner.probe`) lists those loaded
when the window was first painted.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planner.probe import read_marks

SCRIPT = Path(sys.executable).with_name("planner")
_IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \| *(\S+)\s*$", re.MULTILINE)


def run_planner(
    *args: str, probe: Path | None = None, command: list[str] | None = None
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run the real command with Python's import profile on; the top-level packages it
    imported, whatever they were."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANNER_PROBE")}
    env.update(PYTHONPROFILEIMPORTTIME="1", QT_QPA_PLATFORM="offscreen")
    if probe is not None:
        env["PLANNER_PROBE"] = str(probe)
    done = subprocess.run(
        [*(command or [str(SCRIPT)]), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    packages = {name.split(".")[0] for name in _IMPORTED.findall(done.stderr)}
    assert "planner" in packages  # the profile did list what was imported
    return done, packages


def test_the_console_script_is_installed() -> None:
    assert SCRIPT.is_file(), f"{SCRIPT} is missing: is Planner installed in this Python?"


def test_version_imports_neither_the_database_layer_nor_qt() -> None:
    done, packages = run_planner("--version")
    assert done.stdout.startswith("planner ")
    assert not packages & {"sqlalchemy", "PySide6", "shiboken6", "icalendar", "platformdirs"}


def test_arguments_are_parsed_with_the_standard_library_only() -> None:
    """Nothing of Planner but the entry point (its errors and how it prints them)."""
    for args in (["--version"], ["--help"], ["sessions", "--help"]):
        done = subprocess.run(
            [str(SCRIPT), *args],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"},
            check=True,
        )
        ours = {name for name in _IMPORTED.findall(done.stderr) if name.startswith("planner")}
        assert ours == {
            "planner",
            "planner.cli",
            "planner.domain",
            "planner.domain.clock",  # times as the locale writes them: typing only
            "planner.domain.display",  # the stderr line's quoting: re and os only
            "planner.domain.errors",
        }, args


def test_the_parsers_choices_are_the_domains_own() -> None:
    from planner import cli
    from planner.domain.agenda import Priority
    from planner.formats import FORMATS

    assert tuple(priority.value for priority in Priority) == cli.PRIORITY_CHOICES
    assert cli.FORMAT_CHOICES == FORMATS


def test_python_m_planner_imports_as_little() -> None:
    _, packages = run_planner("--version", command=[sys.executable, "-m", "planner"])
    assert not packages & {"sqlalchemy", "PySide6", "shiboken6"}


def test_help_imports_neither_the_database_layer_nor_qt() -> None:
    done, packages = run_planner("--help")
    assert "sessions" in done.stdout
    assert not packages & {"sqlalchemy", "PySide6", "shiboken6"}


# Every command that only reads, as a user types it (after `prepared_data_dir` below).
READ_COMMANDS = (
    ["conferences"],
    ["conferences", "--json"],
    ["sessions"],
    ["sessions", "--json"],
    ["sessions", "--starred", "--conference", "1"],
    ["conflicts"],
    ["conflicts", "--json"],
    ["busy", "list"],
    ["busy", "list", "--json"],
    ["agenda", "list"],
    ["agenda", "list", "--json"],
    ["agenda", "compare", "1"],
    ["agenda", "compare", "1", "--json"],
    ["suggest"],
    ["suggest", "--json"],
)


@pytest.fixture
def prepared_data_dir(data_dir: Path) -> Path:
    """A database made by the commands that write: a star, a busy block, a colleague's
    agenda (each of them through the core, SQLAlchemy and all)."""
    done, packages = run_planner("--data-dir", str(data_dir), "conferences")
    assert "Kafka Summit London 2019" in done.stdout
    assert "sqlalchemy" in packages  # the first one created the database
    done, _ = run_planner("--data-dir", str(data_dir), "sessions", "--json")
    keys = [session["key"] for session in json.loads(done.stdout)]
    shared = data_dir.parent / "dana.planner-agenda"
    for command in (
        ["star", keys[0]],
        ["star", keys[1], "--priority", "must"],
        ["busy", "add", "2019-05-13T12:00", "2019-05-13T13:00", "Lunch"],
        ["agenda", "export", str(shared), "--name", "Dana"],
        ["agenda", "import", str(shared)],
    ):
        _, packages = run_planner("--data-dir", str(data_dir), *command)
        assert "sqlalchemy" in packages, command  # writes go through the core
    return data_dir


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_read_commands_read_without_sqlalchemy(prepared_data_dir: Path, command: list[str]) -> None:
    """Every command that only reads does it on the standard library's sqlite3; only a
    database still to be created (or upgraded, or filled) needs the core."""
    done, packages = run_planner("--data-dir", str(prepared_data_dir), *command)
    assert done.stdout.strip(), command
    if "--json" in command:
        assert json.loads(done.stdout) not in ([], {}), command  # it did read something
    assert not packages & {"sqlalchemy", "PySide6", "shiboken6", "icalendar"}, command
    modules = set(_IMPORTED.findall(done.stderr))
    assert "planner.services.catalog" in modules, command
    assert not modules & {"planner.storage.db", "planner.services.agenda"}, command


def test_listing_sessions_loads_no_more_of_the_domain_than_it_prints(data_dir: Path) -> None:
    """`conferences` and `sessions` print conferences and sessions: the clashes', the
    window's view's and the program updates' modules (each dataclass costs Python several
    million instructions to create) are for the commands that use them."""
    run_planner("--data-dir", str(data_dir), "conferences")  # creates the database
    unused = {
        "planner.domain.conflicts",
        "planner.domain.preferences",
        "planner.domain.changes",
        "planner.domain.view",
        "planner.domain.updates",
        "difflib",
    }
    for command in (["conferences", "--json"], ["sessions", "--json"], ["sessions"]):
        done, _ = run_planner("--data-dir", str(data_dir), *command)
        assert done.stdout, command
        modules = set(_IMPORTED.findall(done.stderr))
        assert "planner.domain.agenda" in modules, command
        assert not modules & unused, (command, modules & unused)
    done, _ = run_planner("--data-dir", str(data_dir), "conflicts")
    assert "planner.domain.conflicts" in set(_IMPORTED.findall(done.stderr))


def test_a_command_that_writes_before_it_reads_opens_the_core(data_dir: Path) -> None:
    """`conflicts --buffer` stores the setting (the core), and a read shows it after."""
    _, packages = run_planner("--data-dir", str(data_dir), "conflicts", "--buffer", "7")
    assert "sqlalchemy" in packages
    done, packages = run_planner("--data-dir", str(data_dir), "conflicts", "--json")
    assert json.loads(done.stdout)["settings"]["buffer_minutes"] == 7
    assert "sqlalchemy" not in packages


def test_importing_a_program_loads_only_the_services_it_uses(data_dir: Path) -> None:
    """`planner import` stores a program and keeps the calendar files: the agenda's, the
    sharing's and the phone's services (the clash optimiser, the day plan, other apps'
    favourites files) are made when a command first uses them, and the calendars' when a
    calendar file follows the conference."""
    fosdem = Path(__file__).parent / "data" / "schedules" / "xml" / "fosdem-2025.xml"
    done, packages = run_planner("--data-dir", str(data_dir), "import", str(fosdem))
    assert "943 sessions" in done.stdout
    assert "sqlalchemy" in packages  # the first command creates the database
    modules = set(_IMPORTED.findall(done.stderr))
    assert {"planner.storage.writer", "planner.storage.db"} <= modules
    unused = {
        "planner.services.agenda",
        "planner.services.sharing",
        "planner.services.phone",
        "planner.services.exporting",
        "planner.calendars.syncer",
        "planner.domain.day_plan",
        "planner.sharing.apps",
    }
    assert not modules & unused, modules & unused
    done, _ = run_planner("--data-dir", str(data_dir), "sessions", "--json")
    key = json.loads(done.stdout)[0]["key"]
    done, _ = run_planner("--data-dir", str(data_dir), "star", key)
    assert "planner.services.agenda" in set(_IMPORTED.findall(done.stderr))


FOSDEM = Path(__file__).parent / "data" / "schedules" / "xml" / "fosdem-2025.xml"


def test_importing_into_a_current_database_loads_no_sqlalchemy(data_dir: Path) -> None:
    """Into a database there is nothing to do to first, a program is stored on the standard
    library's sqlite3 (`storage.units.PlainDatabase`): a new conference, then an update."""
    run_planner("--data-dir", str(data_dir), "conferences")  # creates it (the core)
    for args, said in (
        (["import", str(FOSDEM)], "Imported"),
        (["import", str(FOSDEM), "--json"], '"created": false'),
    ):
        done, packages = run_planner("--data-dir", str(data_dir), *args)
        assert said in done.stdout, done.stdout
        assert "943" in done.stdout, done.stdout
        assert not packages & {"sqlalchemy", "PySide6", "icalendar"}, args
        modules = set(_IMPORTED.findall(done.stderr))
        assert {"planner.storage.units", "planner.storage.writer"} <= modules
        assert not modules & {
            "planner.storage.db",
            "planner.storage.schema",
            "planner.storage.repo",
            "planner.services.exporting",
            "planner.calendars.service",
        }, args
    done, _ = run_planner("--data-dir", str(data_dir), "conferences")
    assert "FOSDEM 2025" in done.stdout
    assert "943 sessions" in done.stdout


def test_importing_into_an_old_database_upgrades_it_first(data_dir: Path) -> None:
    """A database of an older schema is the core's to upgrade (a backup first), then the
    program is stored; the next import takes the plain way."""
    from .storage.test_migrations import build_old_database

    data_dir.mkdir(parents=True, exist_ok=True)
    build_old_database(data_dir / "planner.sqlite3", 1)
    done, packages = run_planner("--data-dir", str(data_dir), "import", str(FOSDEM))
    assert "943 sessions" in done.stdout
    assert "sqlalchemy" in packages
    assert [p.name for p in data_dir.iterdir() if ".schema1-" in p.name]  # the backup
    done, packages = run_planner("--data-dir", str(data_dir), "conferences")
    assert "Demo Conf" in done.stdout
    assert "FOSDEM 2025" in done.stdout
    done, packages = run_planner("--data-dir", str(data_dir), "import", str(FOSDEM))
    assert "Updated" in done.stdout
    assert "sqlalchemy" not in packages


def test_a_calendar_file_follows_an_import_on_the_plain_way(data_dir: Path, tmp_path: Path) -> None:
    """The live calendar file of the conference is rewritten after the import, as ever:
    its sync is the core's (it keeps each event's state through the ORM), loaded then."""
    run_planner("--data-dir", str(data_dir), "import", str(FOSDEM))
    done, _ = run_planner("--data-dir", str(data_dir), "sessions", "--json")
    first = json.loads(done.stdout)[0]
    run_planner("--data-dir", str(data_dir), "star", first["key"])
    live = tmp_path / "agenda.ics"
    run_planner("--data-dir", str(data_dir), "export", "ics", str(live), "--live")
    assert first["title"] in live.read_text(encoding="utf-8")
    renamed = tmp_path / "renamed.xml"
    renamed.write_text(
        FOSDEM.read_text(encoding="utf-8").replace(first["title"], "Renamed in the feed", 1),
        encoding="utf-8",
    )
    done, packages = run_planner("--data-dir", str(data_dir), "import", str(renamed))
    assert "Updated" in done.stdout
    assert "planner: warning" not in done.stderr  # the file was rewritten
    assert "sqlalchemy" in packages  # the calendar file's sync
    assert "Renamed in the feed" in live.read_text(encoding="utf-8")


def test_read_commands_do_not_load_qt(data_dir: Path) -> None:
    for command in (["conferences", "--json"], ["sessions", "--json"], ["conflicts"]):
        done, packages = run_planner("--data-dir", str(data_dir), *command)
        assert done.stdout, command
        assert not packages & {"PySide6", "shiboken6"}, command


@pytest.mark.slow
def test_the_window_is_painted_before_sqlalchemy_is_loaded(data_dir: Path) -> None:
    """A start whose quick-start snapshot is current paints without the database layer,
    and - nothing asked of the window - never loads it: the core opens when first needed
    (the first start, with no database yet, keeps the snapshot)."""
    run_planner("--data-dir", str(data_dir), "--smoke-test")
    probe = data_dir.parent / "probe.jsonl"
    _, packages = run_planner("--data-dir", str(data_dir), "--smoke-test", probe=probe)
    marks = read_marks(probe)
    first_paint = next(mark for mark in marks if mark["milestone"] == "first-paint")
    assert "PySide6" in first_paint["modules"]  # it is the window's paint
    assert "planner.ui.mainwindow" in first_paint["modules"]
    assert first_paint["sqlalchemy_loaded"] is False
    assert not any(name.startswith("sqlalchemy") for name in first_paint["modules"])
    assert "sqlalchemy" not in packages  # nor after it: no key pressed, nothing written
    assert "core-opened" not in {mark["milestone"] for mark in marks}
    # The cycle collector waits for the first paint: no walk of the whole heap before it.
    assert first_paint["full_collections"] == 0
    assert first_paint["gc_enabled"] is False
    # Nor what only a command uses: its dialog, printing, the phone apps' readers.
    for later in (
        "PySide6.QtPrintSupport",
        "planner.ui.printing",
        "planner.ui.dialogs.export",
        "planner.ui.dialogs.resolve",
        "planner.ui.dialogs.phone",
        "planner.ui.dialogs.report",
        "planner.ui.dialogs.timezone",
        "planner.ui.dialogs.calendars",
        "planner.ui.dialogs.guide",  # Help's, on F1
        "planner.ui.dialogs.shortcuts",
        "planner.domain.day_plan",  # My Agenda's (built while shown), printing's
        "planner.domain.suggest",
        "planner.domain.resolution",  # auto-resolve, and what a clash asks (explained)
        "planner.formats",  # the program readers (a snapshot is read by planner.user_files)
        "planner.sharing.giggity",
        "planner.sharing.favourites",
        "planner.formats.builder",
        "subprocess",
        "html",  # its entity table; the window escapes with planner.ui.plain.escape
        "planner.ui.core_text",  # the core's explanations: imported where one is said
        "planner.domain.messages",
        "planner.domain.changes",  # what an operation returns: with the first operation
        "planner.domain.refusals",  # why a file or a value is refused: when one is
    ):
        assert later not in first_paint["modules"], later


@pytest.mark.slow
def test_a_start_without_a_current_snapshot_paints_before_sqlalchemy(data_dir: Path) -> None:
    """A database written by the command line (the window kept no snapshot of it) is read
    with the standard library for the first paint, and the core is not opened after it
    until it is needed; the snapshot is kept at exit all the same, read without it."""
    run_planner("--data-dir", str(data_dir), "conferences")  # creates it: no snapshot
    probe = data_dir.parent / "probe.jsonl"
    _, packages = run_planner("--data-dir", str(data_dir), "--smoke-test", probe=probe)
    marks = {mark["milestone"]: mark for mark in read_marks(probe)}
    first_paint = marks["first-paint"]
    assert "planner.ui.mainwindow" in first_paint["modules"]
    assert "planner.services.catalog" in first_paint["modules"]  # it read the database
    assert first_paint["sqlalchemy_loaded"] is False
    assert first_paint["main_thread"] is True
    assert "core-opened" not in marks
    assert "sqlalchemy" not in packages
    assert (data_dir / "cache" / "quick-start.json").exists()  # kept for the next start


@pytest.mark.slow
def test_the_first_start_ever_paints_before_sqlalchemy_is_loaded(data_dir: Path) -> None:
    """No database yet: the bundled program is painted from the view kept beside it, and
    the core creates the database after the paint."""
    probe = data_dir.parent / "probe.jsonl"
    _, packages = run_planner("--data-dir", str(data_dir), "--smoke-test", probe=probe)
    marks = {mark["milestone"]: mark for mark in read_marks(probe)}
    first_paint, core_opened = marks["first-paint"], marks["core-opened"]
    assert "planner.ui.mainwindow" in first_paint["modules"]
    assert first_paint["sqlalchemy_loaded"] is False
    assert core_opened["sqlalchemy_loaded"] is True
    assert core_opened["monotonic"] > first_paint["monotonic"]
    assert "sqlalchemy" in packages
    done, packages = run_planner("--data-dir", str(data_dir), "conferences")
    assert "Kafka Summit London 2019" in done.stdout  # the core stored it after the paint
    assert "sqlalchemy" not in packages
