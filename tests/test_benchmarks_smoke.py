"""CI's smoke run of the benchmark suite: every figure still runs and reports, so the
suite never rots. The figures of a quick run are not checked against targets."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from benchmarks.run import BENCHMARKS
from benchmarks.startup import order_faults

from .conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.timeout(300)
def test_quick_benchmark_run_reports_every_figure(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--json", str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=280,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(output.read_text())
    names = [result["name"] for result in document["results"]]
    assert names == [b.name for b in BENCHMARKS]  # FOSDEM's file is in tests/data
    for result in document["results"]:
        assert result["samples"], result["name"]
        assert all(math.isfinite(s) and s > 0 for s in result["samples"]), result["name"]
        assert result["ok"] is None  # a quick run passes no verdicts
    assert "quick run" in done.stdout
    for result in document["results"]:
        assert result["name"] in done.stdout


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_quick_startup_benchmark_measures_the_real_command(tmp_path: Path) -> None:
    """The whole-process harness (issue 18) on an X server of its own: every figure gets a
    sample, and what it measured is what it claims - the app's own windows, mapped before
    they were drawn into and before the app reported their paint (in the X server's order
    of events and by the instant its map certainly came after: a watcher that wakes late
    on a busy machine is no fault), painted from the quick-start snapshot without
    SQLAlchemy."""
    output = tmp_path / "startup.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup", "--quick", "--json", str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=380,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    document = json.loads(output.read_text())
    for figure in document["figures"]:
        assert len(figure["samples"]) == 1, figure["name"]
        assert all(math.isfinite(s) and s > 0 for s in figure["samples"]), figure["name"]
        assert figure["ok"] is None  # a quick run passes no verdicts
        assert figure["name"] in done.stdout
    windows = [run for run in document["runs"] if "mapped_ms" in run]
    assert {run["label"] for run in windows} >= {"floor window", "start, FOSDEM", "first start"}
    for run in windows:
        assert run["size"] == [1280, 800], run["label"]  # the main window, not a helper
        assert 0 < run["mapped_ms"] <= run["first_damage_ms"], run["label"]
        assert order_faults(run) == [], run["label"]
        assert run["rss_mib"] > 20, run["label"]
    by_label = {run["label"]: run for run in document["runs"]}
    assert by_label["start, FOSDEM"]["sqlalchemy_before_first_paint"] is False
    assert by_label["start, FOSDEM, no snapshot"]["sqlalchemy_before_first_paint"] is False
    assert by_label["first start"]["sqlalchemy_before_first_paint"] is False
    opened = by_label["start, FOSDEM"]["marks_ms"]
    assert opened["first-paint"] < opened["core-opened"]
    imported = by_label["import in the window"]
    marks = imported["marks_ms"]
    assert marks["first-paint"] < marks["import-requested"] < marks["import-painted"]
    assert any("FOSDEM 2025" in title for _, title in imported["titles_ms"])
    assert "quick run" in done.stdout
