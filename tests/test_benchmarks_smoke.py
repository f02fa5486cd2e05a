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
