"""Benchmark: `planner calendar sync` of 200 starred sessions to a fresh Radicale calendar,
and a sync with nothing changed, each as a whole `planner` process, against a real
Radicale server on 127.0.0.1. The floor (`planner --version`, the process alone) is
measured in the same run. Run on a quiet machine:

    .venv/bin/python -m benchmarks.calendar_sync [--repetitions 3]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import synthetic_frab_xml
from planner import cli
from tests.calendars.servers import Radicale

PLANNER = [str(Path(sys.executable).parent / "planner")]  # the installed command


def run(data: Path, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [*PLANNER, "--data-dir", str(data), *args], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"planner {' '.join(args)} failed: {done.stderr}")
    return elapsed, done.stdout


def one_round(work: Path) -> tuple[float, float, float]:
    server = Radicale(work / "radicale")
    server.folder.mkdir(parents=True)
    server.start()
    try:
        data = work / "data"
        program = work / "program.xml"
        program.write_bytes(synthetic_frab_xml(2000, days=5, rooms=20))
        run(data, "import", str(program))
        sessions = json.loads(run(data, "sessions", "--json")[1])
        # 200 sessions at distinct times (what an attendee can attend). Starred through the
        # command line's own code in this process: only the syncs are timed, and 200
        # processes of set-up took minutes.
        chosen = sorted(sessions, key=lambda s: (s["start"], s["room"]))[::10][:200]
        for session in chosen:
            if cli.main(["--data-dir", str(data), "star", session["key"]], out=io.StringIO()):
                raise SystemExit(f"planner star {session['key']} failed")
        secret = work / "secret"
        secret.write_text(server.password)
        run(
            data,
            "calendar",
            "add",
            "bench",
            "--caldav",
            server.url,
            "--username",
            server.user,
            "--password-command",
            f"cat {secret}",
        )
        first, out = run(data, "calendar", "sync", "--json")
        assert json.loads(out)[0]["created"] == 200, out
        puts = server.requests("PUT")
        again, out = run(data, "calendar", "sync", "--json")
        assert json.loads(out)[0]["unchanged"] == 200, out
        assert server.requests("PUT") == puts  # a no-change sync sends no PUT
        floor, _ = run(data, "--version")
        return first, again, floor
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repetitions", type=int, default=3)
    args = parser.parse_args()
    rounds = []
    for _ in range(args.repetitions):
        with tempfile.TemporaryDirectory() as work:
            rounds.append(one_round(Path(work)))
    for index, label in enumerate(
        (
            "sync 200 starred sessions to a fresh Radicale calendar",
            "sync with nothing changed",
            "floor: planner --version",
        )
    ):
        values = [r[index] for r in rounds]
        middle, low, high = statistics.median(values), min(values), max(values)
        print(f"{label}: {middle:.2f} s (range {low:.2f}–{high:.2f})")


if __name__ == "__main__":
    main()
