"""Shared fixtures. Tests never touch the real user data directory."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

# Set before any Qt import: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

from planner.bundled import bundled_program_path
from planner.services import Planner

if TYPE_CHECKING:
    from collections.abc import Iterator

# Real calendar software (a Radicale server, a desktop keyring), for tests anywhere.
pytest_plugins = ["tests.calendars.fixtures"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCHEDULES = REPO / "tests" / "data" / "schedules"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A skipped test is a failed one here: a clone of the repository holds everything the
    suite needs (`tests/data/`), so a skip can only mean something is missing."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped, which this suite counts as a failure: {reason}"


# Tests that start whole processes, kill them, fill disks or run servers: marked `slow` so
# that `-m "not slow"` gives a quick loop; `scripts/test` runs them all the same.
SLOW_FILES = frozenset(
    {
        "test_crash_safety.py",
        "test_benchmarks_smoke.py",
        "test_two_instances.py",
        "test_entry_imports.py",
        "test_full_disk.py",
        "test_locked_database.py",
        "test_read_only_folder.py",
        "test_network.py",
        "test_atspi.py",
        "test_quick_start_window.py",
        "test_writers.py",
        "test_arguments.py",
        "test_saved_values.py",
        "test_cli_output.py",
        "test_vdir_clients.py",
        "test_caldav_radicale.py",
        "test_packaging.py",
    }
)
SLOW_TESTS = frozenset(
    {
        "test_the_window_paints_from_the_snapshot_before_sqlalchemy_is_loaded",
        "test_the_app_keeps_what_was_starred_for_its_next_quick_start",
    }
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tag every test that needs a QApplication as `gui` (run headless with -m 'not gui'),
    and the slow ones as `slow`."""
    for item in items:
        if item.path.name in SLOW_FILES or item.name.split("[")[0] in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "qtmodeltester" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point PLANNER_DATA_DIR (and HOME, as a tripwire) at a temporary directory."""
    data = tmp_path / "planner-data"
    monkeypatch.setenv("PLANNER_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    return data


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def planner(tmp_path: Path) -> Iterator[Planner]:
    """A core on a fresh database holding the bundled Kafka Summit program."""
    core = Planner.open(tmp_path / "db" / "planner.sqlite3")
    core.imports.ensure_bundled_program()
    yield core
    core.close()


@pytest.fixture
def empty_planner(tmp_path: Path) -> Iterator[Planner]:
    core = Planner.open(tmp_path / "db" / "planner.sqlite3")
    yield core
    core.close()


@pytest.fixture
def bundled_program_file() -> Path:
    return bundled_program_path()


def database_digest(planner: Planner) -> str:
    """A digest of the database's bytes (file and WAL), taken with no connection open so
    two digests compare what is on disk. Call once before and once after an operation."""
    planner.database.engine.dispose()
    path = planner.database.path
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


def settle_database(planner: Planner) -> None:
    """Fold the WAL into the database file, so later digests see only new writes."""
    planner.database.engine.dispose()
    with planner.database.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    planner.database.engine.dispose()


@pytest.fixture
def restore_language(qapp: object, tmp_path: Path) -> Iterator[None]:
    """For a test that installs a language of its own: English again after it."""
    yield
    from planner.ui import i18n

    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path / "qm")  # type: ignore[arg-type]


@pytest.fixture
def german(qapp: object, tmp_path: Path) -> Iterator[None]:
    """The window's language German for one test, English again after it."""
    from planner.ui import i18n

    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path / "qm")  # type: ignore[arg-type]
    yield
    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path / "qm")  # type: ignore[arg-type]
