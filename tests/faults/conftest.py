"""The fault-injection suite's tools: real faults where this machine allows them.

- A full disk is a small tmpfs filled to the last block (needs root, as CI runs; tests
  that need it are skipped elsewhere, and `test_writers.py` injects ENOSPC at the write
  layer so the same promise is checked without root).
- A read-only data folder is a read-only bind mount as root (root ignores file modes),
  and plain `chmod` otherwise.
- A locked database is a second process holding `locking_mode=EXCLUSIVE` after a write
  (nobody else can even read), or an open write transaction (others may read).

Everything is checked from outside, on the `planner` command as a subprocess: its exit
code, its stderr (one line), and the database's bytes before and after.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from planner.services import Planner

from ..conftest import REPO

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

STARRED = (
    "ksl19-is-kafka-a-database",
    "ksl19-kafka-streams-at-scale",
    "ksl19-event-streaming-lessons-from-our-cloud-native",
)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run_planner(
    data_dir: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`planner --data-dir DATA_DIR ARGS...` as its own process."""
    return subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def run_planners(
    *commands: tuple[Path, list[str]], timeout: float = 60
) -> list[subprocess.CompletedProcess[str]]:
    """Several `planner` commands at once (each waits for something: a lock, a server),
    their results in order."""
    started = [
        (
            args,
            subprocess.Popen(
                [sys.executable, "-m", "planner", "--data-dir", str(data_dir), *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=REPO,
                env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
            ),
        )
        for data_dir, args in commands
    ]
    results = []
    for args, process in started:
        stdout, stderr = process.communicate(timeout=timeout)
        results.append(subprocess.CompletedProcess(args, process.returncode, stdout, stderr))
    return results


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line a failed command writes to stderr (asserting there is just one)."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("planner: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def digest(database: Path) -> str:
    """The database's bytes on disk (the file and its WAL), to compare before and after."""
    sha = hashlib.sha256(database.read_bytes())
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        sha.update(wal.read_bytes())
    return sha.hexdigest()


def make_starred_database(data_dir: Path) -> Path:
    """A data folder whose database holds the bundled program with the STARRED stars."""
    database = data_dir / "planner.sqlite3"
    planner = Planner.open(database)
    try:
        planner.imports.ensure_bundled_program()
        conference = planner.catalog.conference()
        for key in STARRED:
            planner.agenda.star(conference.id, key, note=f"note on {key}")
    finally:
        planner.close()
    return database


def stars_in(database: Path) -> set[str]:
    planner = Planner.open(database)
    try:
        conference = planner.catalog.conference()
        return {t.key for t in planner.catalog.talks(conference.id, starred_only=True)}
    finally:
        planner.close()


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@dataclass
class FullDisk:
    """A small file system that can be filled to the last block."""

    root: Path

    def fill(self) -> None:
        filler = self.root / "filler"
        with filler.open("ab") as handle, contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        with contextlib.suppress(OSError), (self.root / "filler-small").open("ab") as handle:
            while True:
                handle.write(b"\0" * 512)
                handle.flush()

    def free(self) -> None:
        for name in ("filler", "filler-small"):
            (self.root / name).unlink(missing_ok=True)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[FullDisk]:
    """An empty 16 MiB tmpfs (`fill()` it once the data is in place)."""
    if not IS_ROOT:
        pytest.skip("a real full disk needs root (CI runs as root); test_writers injects ENOSPC")
    root = tmp_path / "small-disk"
    root.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=16m", "tmpfs", str(root)):
        pytest.fail("mounting a tmpfs failed although running as root")
    try:
        yield FullDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Make a folder read-only for everyone (a read-only bind mount as root)."""
    mounted: list[Path] = []
    changed: list[Path] = []

    def read_only(folder: Path) -> None:
        if IS_ROOT:
            if not (
                _mount("--bind", str(folder), str(folder))
                and _mount("-o", "remount,ro,bind", str(folder))
            ):
                pytest.fail("a read-only bind mount failed although running as root")
            mounted.append(folder)
        else:
            folder.chmod(0o555)
            for child in folder.iterdir():
                child.chmod(0o444)
            changed.append(folder)

    yield read_only
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    for folder in changed:
        folder.chmod(0o755)


LOCK_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE preferences SET value = value WHERE 0")
    connection.execute("COMMIT")
else:  # an open write transaction: others may still read (WAL)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE preferences SET value = value WHERE 0")
print("locked", flush=True)
sys.stdin.readline()
connection.close()
"""


class LockHolder:
    """Another program holding the database's lock until `release()`."""

    def __init__(self, database: Path, how: str) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", LOCK_HOLDER, str(database), how],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        assert self._process.stdout.readline() == "locked\n"

    def release(self) -> None:
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        if not self._process.stdin.closed:
            self._process.stdin.close()
            self._process.wait(timeout=30)
            self._process.stdout.close()


@pytest.fixture
def lock_database() -> Iterator[Callable[..., LockHolder]]:
    holders: list[LockHolder] = []

    def lock(database: Path, how: str = "exclusive") -> LockHolder:
        holder = LockHolder(database, how)
        holders.append(holder)
        return holder

    yield lock
    for holder in holders:
        holder.release()
