"""PySide6's import hook no longer reads the source of every module imported after it."""

from __future__ import annotations

import os
import subprocess
import sys

import planner.domain.agenda
import planner.ui.mainwindow
from planner.ui.import_scan import uses_pyside

LINES_KEPT = """
import linecache, sys
{setup}
import sqlalchemy.orm  # imported after PySide6, as the core is after the first paint
kept = [name for name, entry in linecache.cache.items()
        if name.endswith(".py") and "sqlalchemy" in name and len(entry) > 2 and entry[2]]
print(len(kept))
"""


def source_files_read(setup: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", LINES_KEPT.format(setup=setup)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    return int(done.stdout.split()[-1])


def test_pyside_alone_reads_the_source_of_what_is_imported_after_it() -> None:
    """The cost being avoided, shown (so that the next test can fail)."""
    assert source_files_read("import PySide6.QtWidgets") > 50


def test_once_the_app_is_imported_no_source_is_read() -> None:
    assert source_files_read("import planner.ui.app") == 0


APP_IMPORTED = """
import linecache
import planner.cli  # the console script's module, then the window's, as `planner` does
import planner.ui.app
kept = [name for name, entry in linecache.cache.items()
        if name.endswith(".py") and len(entry) > 2 and entry[2]]
print(len([name for name in kept if "planner" in name.split("site-packages")[0]]), len(kept))
"""


def test_nothing_the_app_imports_has_its_source_read() -> None:
    """import_scan comes first: imported after the quick-start snapshot's modules (the
    domain's value classes, json, hashlib, sqlite3...), it left those to be read."""
    done = subprocess.run(
        [sys.executable, "-c", APP_IMPORTED],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    planners, everything = map(int, done.stdout.split()[-2:])
    assert planners == 0
    assert everything <= 6  # PySide6's own start-up reads its few (enum, __future__...)


def test_modules_are_told_apart_as_pyside_would() -> None:
    assert uses_pyside(planner.ui.mainwindow)
    assert not uses_pyside(planner.domain.agenda)
