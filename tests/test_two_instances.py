"""Two Planner instances on one database (two windows, or the app and the CLI): both work,
and no write is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from planner.services import Planner

from .concurrent_worker import ROUNDS
from .conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.timeout(300)
def test_two_processes_starring_at_once_lose_no_write(tmp_path: Path) -> None:
    database = tmp_path / "planner.sqlite3"
    planner = Planner.open(database)
    planner.imports.ensure_bundled_program()
    [conference] = planner.catalog.conferences()
    total = len(planner.catalog.talks(conference.id))
    planner.close()

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.concurrent_worker", str(database), parity],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for parity in ("0", "1")
    ]
    outputs = [worker.communicate(timeout=240) for worker in workers]
    for worker, (_out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err.decode()
    assert sum(int(out) for out, _ in outputs) == total * ROUNDS

    planner = Planner.open(database)
    try:
        starred = planner.catalog.talks(conference.id, starred_only=True)
        assert len(starred) == total
        notes = {talk.star.note for talk in starred if talk.star is not None}
        assert notes == {f"by 0 in round {ROUNDS - 1}", f"by 1 in round {ROUNDS - 1}"}
    finally:
        planner.close()


@pytest.mark.timeout(300)
def test_two_processes_toggling_one_star_at_once_never_collide(tmp_path: Path) -> None:
    """Each toggle reads the star and writes its opposite in one transaction that holds
    the write lock from its start: two processes toggling the same session hundreds of
    times never insert it twice (no UNIQUE failure, no stale update), and the star ends
    as it began after an even number of toggles."""
    database = tmp_path / "planner.sqlite3"
    key = "ksl19-growing-an-engineering-culture-with-apache-kafka"
    planner = Planner.open(database)
    planner.imports.ensure_bundled_program()
    conference_id = planner.catalog.conference().id
    planner.close()

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    times = 200
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.toggle_worker", str(database), key, str(times)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(2)
    ]
    outputs = [worker.communicate(timeout=240) for worker in workers]
    results = []
    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err.decode()
        results.append(json.loads(out))
    assert [result["errors"] for result in results] == [[], []]
    assert sum(r["starred"] + r["unstarred"] for r in results) == 2 * times
    # Starting unstarred, every star is undone by an unstar: as many of each.
    assert sum(r["starred"] for r in results) == sum(r["unstarred"] for r in results)

    planner = Planner.open(database)
    try:
        assert planner.catalog.talk(conference_id, key).star is None
    finally:
        planner.close()
