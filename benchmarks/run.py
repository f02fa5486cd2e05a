"""Planner's benchmark suite: prints a table of medians and writes the same as JSON.

    python -m benchmarks.run                 # the full run (a few minutes)
    python -m benchmarks.run --quick         # a seconds-long smoke run (CI)
    python -m benchmarks.run --only import   # benchmarks whose name contains "import"
    python -m benchmarks.run --json out.json

Each figure is the median of several repetitions, measured in-process after one warm-up
(imports and caches are not what we measure), except where a figure says "process": those
start a fresh Python process per repetition, as a user would.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

REPO = Path(__file__).resolve().parents[1]
SCHEDULES = REPO / "tests" / "data" / "schedules"
FOSDEM_2025 = SCHEDULES / "xml" / "fosdem-2025.xml"


@dataclass
class Result:
    name: str
    unit: str
    target: float | None
    samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def ok(self) -> bool | None:
        return None if self.target is None else self.median <= self.target


@dataclass
class Benchmark:
    name: str
    unit: str
    target: float | None
    run: Callable[[int, bool], list[float]]  # (repetitions, quick) → samples
    note: str = ""


BENCHMARKS: list[Benchmark] = []


def benchmark(
    name: str, unit: str = "s", target: float | None = None, note: str = ""
) -> Callable[[Callable[[int, bool], list[float]]], Callable[[int, bool], list[float]]]:
    def register(
        function: Callable[[int, bool], list[float]],
    ) -> Callable[[int, bool], list[float]]:
        BENCHMARKS.append(Benchmark(name, unit, target, function, note))
        return function

    return register


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def fresh_db(directory: Path, name: str) -> Path:
    return directory / f"{name}-{time.monotonic_ns()}.sqlite3"


# -- import ------------------------------------------------------------------------------
def _import_file(path: Path, repetitions: int, time_zone: str | None = None) -> list[float]:
    from planner.services import Planner

    samples = []
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(repetitions + 1):
            planner = Planner.open(fresh_db(Path(tmp), "import"))
            start = time.perf_counter()
            planner.imports.file(path, time_zone=time_zone)
            elapsed = time.perf_counter() - start
            planner.close()
            if index:  # the first run warms up imports and caches
                samples.append(elapsed)
    return samples


@benchmark("import fosdem-2025.xml (943 sessions) into SQLite, end to end", target=0.25)
def bench_import_fosdem(repetitions: int, quick: bool) -> list[float]:
    return _import_file(FOSDEM_2025, repetitions)


def synthetic_file(directory: Path, sessions: int) -> Path:
    from benchmarks.synthetic import synthetic_frab_xml

    path = directory / f"synthetic-{sessions}.xml"
    if not path.exists():
        path.write_bytes(synthetic_frab_xml(sessions, days=5, rooms=100))
    return path


@benchmark("import a synthetic 20k-session program (5 days × 100 rooms)", target=3.0)
def bench_import_20k(repetitions: int, quick: bool) -> list[float]:
    sessions = 2_000 if quick else 20_000
    with tempfile.TemporaryDirectory() as tmp:
        return _import_file(synthetic_file(Path(tmp), sessions), max(1, repetitions // 2))


@benchmark("import scaling: seconds per 1,000 sessions at 1k / 5k / 20k / 50k", unit="s/1k")
def bench_import_scaling(repetitions: int, quick: bool) -> list[float]:
    sizes = (1_000, 2_000) if quick else (1_000, 5_000, 20_000, 50_000)
    per_thousand = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            samples = _import_file(synthetic_file(Path(tmp), size), 1)
            per_thousand.append(statistics.median(samples) / (size / 1000))
            SCALING[size] = statistics.median(samples)
    return per_thousand


SCALING: dict[int, float] = {}


# -- conflicts ---------------------------------------------------------------------------
def _planned(count: int, program_size: int) -> list[Any]:
    import random

    from benchmarks.synthetic import synthetic_frab_xml
    from planner.domain.agenda import Priority
    from planner.domain.conflicts import Commitment
    from planner.formats import read_program

    program = read_program(synthetic_frab_xml(program_size), "synthetic.xml")
    rng = random.Random(7)
    chosen = rng.sample(list(program.talks), count)
    priorities = list(Priority)
    return [
        Commitment(t.key, t.title, t.start, t.end, t.room, rng.choice(priorities)) for t in chosen
    ]


@benchmark("conflict recompute after one star toggle, 2,000 planned (20k program)", target=0.010)
def bench_conflict_recompute(repetitions: int, quick: bool) -> list[float]:
    from planner.domain.conflicts import ConflictSettings, detect

    planned = _planned(200 if quick else 2_000, 2_000 if quick else 20_000)
    settings = ConflictSettings()
    samples = []
    for index in range(max(repetitions, 5) * 3):
        toggled = planned[: index % len(planned)] + planned[index % len(planned) + 1 :]
        start = time.perf_counter()
        detect(toggled, settings)
        samples.append(time.perf_counter() - start)
    return samples[1:]


@benchmark("optimal auto-resolve, 2,000 planned (20k program)", target=0.050)
def bench_auto_resolve(repetitions: int, quick: bool) -> list[float]:
    from planner.domain.conflicts import ConflictSettings
    from planner.domain.resolution import auto_resolve

    planned = _planned(200 if quick else 2_000, 2_000 if quick else 20_000)
    settings = ConflictSettings()
    samples = []
    for _ in range(repetitions + 1):
        start = time.perf_counter()
        auto_resolve(planned, [], settings)
        samples.append(time.perf_counter() - start)
    return samples[1:]


# -- export ------------------------------------------------------------------------------
@benchmark("iCal export of 1,000 starred sessions (again, as the live file is)", target=0.3)
def bench_ics_export(repetitions: int, quick: bool) -> list[float]:
    return _ics_export(repetitions, quick, cold=False)


@benchmark("iCal export of 1,000 starred sessions (first export, nothing cached)", target=0.3)
def bench_ics_export_cold(repetitions: int, quick: bool) -> list[float]:
    return _ics_export(repetitions, quick, cold=True)


def _ics_export(repetitions: int, quick: bool, *, cold: bool) -> list[float]:
    import random

    from planner.export import ics
    from planner.services import Planner

    starred = 100 if quick else 1_000
    samples = []
    with tempfile.TemporaryDirectory() as tmp:
        planner = Planner.open(Path(tmp) / "export.sqlite3")
        report = planner.imports.file(synthetic_file(Path(tmp), 5_000 if not quick else 500)).value
        keys = [t.key for t in planner.catalog.talks(report.conference_id)]
        for key in random.Random(3).sample(keys, starred):
            planner.agenda.star(report.conference_id, key)
        for index in range(repetitions + 1):
            target = Path(tmp) / f"agenda-{index}.ics"
            if cold:
                ics.clear_caches()
            start = time.perf_counter()
            planner.exports.ics(report.conference_id, target, alarm_minutes=10)
            elapsed = time.perf_counter() - start
            if index:
                samples.append(elapsed)
        planner.close()
    return samples


# -- the desktop app (each in its own process, offscreen) ---------------------------------
def _gui(command: str, data_dir: Path, repeats: int = 1) -> Any:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PLANNER_BENCH_LAUNCHED"] = repr(time.time())
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.gui", command, str(data_dir), str(repeats)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _prepared(tmp: Path, sessions: int, *, days: int = 5, rooms: int = 100) -> Path:
    """A data directory with one synthetic conference of `sessions`, a few hundred starred."""
    import random

    from benchmarks.synthetic import synthetic_frab_xml
    from planner.services import Planner

    data = tmp / f"data-{sessions}-{days}-{rooms}"
    if data.exists():
        return data
    source = tmp / f"program-{sessions}-{days}-{rooms}.xml"
    source.write_bytes(synthetic_frab_xml(sessions, days=days, rooms=rooms))
    planner = Planner.open(data / "planner.sqlite3")
    report = planner.imports.file(source).value
    keys = [t.key for t in planner.catalog.talks(report.conference_id)]
    for key in random.Random(5).sample(keys, min(300, len(keys) // 10)):
        planner.agenda.star(report.conference_id, key)
    planner.close()
    return data


@benchmark("search keystroke → filtered view updated, 20k sessions", target=0.030)
def bench_search(repetitions: int, quick: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        data = _prepared(Path(tmp), 2_000 if quick else 20_000)
        samples: list[float] = _gui("search", data, 15 if quick else 40)
    return samples[2:]


@benchmark("full repaint of a 1,000-session day in the timetable", target=0.016)
def bench_repaint(repetitions: int, quick: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        # 1,000 sessions in one day: 1 day x 100 rooms.
        data = _prepared(Path(tmp), 200 if quick else 1_000, days=1, rooms=100)
        samples: list[float] = _gui("repaint", data, 10 if quick else 30)
    return samples[1:]


@benchmark("star toggle in the window → views updated, 20k sessions (Program shown)")
def bench_toggle(repetitions: int, quick: bool) -> list[float]:
    return _toggle("toggle", quick)


@benchmark("star toggle, 20k sessions, My Agenda shown (suggestions ranked again)")
def bench_toggle_agenda(repetitions: int, quick: bool) -> list[float]:
    return _toggle("toggle-agenda", quick)


def _toggle(command: str, quick: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        data = _prepared(Path(tmp), 2_000 if quick else 20_000)
        samples: list[float] = _gui(command, data, 4 if quick else 12)
    return samples[1:]


def _cold_start(data: Path, repetitions: int, *, first_ever: bool = False) -> list[float]:
    """Launch to first paint, in a new process each time. The first run warms the disk
    cache and (as any start) leaves the quick-start snapshot that later starts paint from;
    `first_ever` removes it before every run: a start with nothing kept."""
    from planner.paths import AppPaths
    from planner.quickstart import SNAPSHOT_NAME

    snapshot = AppPaths.resolve(data).cache_dir / SNAPSHOT_NAME
    samples = []
    for _ in range(repetitions + 1):
        if first_ever:
            snapshot.unlink(missing_ok=True)
        samples.append(float(_gui("start", data)))
    return samples[1:]


@benchmark("cold start to first painted window, bundled program (new process)", target=0.8)
def bench_cold_start(repetitions: int, quick: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        from planner.services import Planner

        planner = Planner.open(Path(tmp) / "planner.sqlite3")
        planner.imports.ensure_bundled_program()
        planner.close()
        return _cold_start(Path(tmp), max(2, repetitions // 2))


@benchmark("cold start, first ever (nothing kept from an earlier start)", target=None)
def bench_first_start(repetitions: int, quick: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        from planner.services import Planner

        planner = Planner.open(Path(tmp) / "planner.sqlite3")
        planner.imports.ensure_bundled_program()
        planner.close()
        return _cold_start(Path(tmp), max(2, repetitions // 2), first_ever=True)


@benchmark("opening the app with 10 conferences (30k sessions) in the database", target=1.0)
def bench_many_conferences(repetitions: int, quick: bool) -> list[float]:
    from benchmarks.synthetic import synthetic_frab_xml
    from planner.services import Planner

    count, size = (3, 300) if quick else (10, 3_000)
    with tempfile.TemporaryDirectory() as tmp:
        planner = Planner.open(Path(tmp) / "planner.sqlite3")
        for number in range(count):
            source = Path(tmp) / f"c{number}.xml"
            source.write_bytes(synthetic_frab_xml(size, days=3, rooms=30, seed=number + 1))
            planner.imports.file(source)
        planner.close()
        return _cold_start(Path(tmp), max(2, repetitions // 2))


@benchmark("cold start with the 20k program (no snapshot is kept that large)")
def bench_start_20k(repetitions: int, quick: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        data = _prepared(Path(tmp), 2_000 if quick else 20_000)
        return _cold_start(data, max(2, repetitions // 2))


@benchmark("peak RSS with the 20k program loaded in the UI", unit="MB", target=250)
def bench_rss(repetitions: int, quick: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        data = _prepared(Path(tmp), 2_000 if quick else 20_000)
        # The first start keeps what a later one may paint from; the peak of either counts.
        return [max(float(_gui("rss", data)), float(_gui("rss", data)))]


# -- running -----------------------------------------------------------------------------
def run(selected: list[Benchmark], repetitions: int, quick: bool) -> list[Result]:
    results = []
    for bench in selected:
        print(f"… {bench.name}", file=sys.stderr, flush=True)
        gc.collect()
        samples = bench.run(repetitions, quick)
        results.append(Result(bench.name, bench.unit, bench.target, samples, bench.note))
    return results


def format_value(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3f} {unit}"


def print_table(results: list[Result], quick: bool = False) -> None:
    width = max(len(r.name) for r in results)
    print(f"{'figure':<{width}}  {'median':>10}  {'target':>10}  result")
    print("-" * (width + 34))
    for result in results:
        target = format_value(result.target, result.unit) if result.target is not None else "-"
        # A quick run uses smaller sizes: its figures say nothing about the targets.
        verdict = "" if quick else {True: "ok", False: "MISSED", None: ""}[result.ok]
        print(
            f"{result.name:<{width}}  {format_value(result.median, result.unit):>10}  "
            f"{target:>10}  {verdict}"
        )
    if SCALING:
        print(
            "\nimport time by program size: "
            + ", ".join(f"{size:,}: {seconds:.2f} s" for size, seconds in sorted(SCALING.items()))
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, one repetition")
    parser.add_argument("--only", default="", help="run benchmarks whose name contains this")
    parser.add_argument("--repetitions", type=int, default=7)
    parser.add_argument("--json", type=Path, default=REPO / "benchmarks" / "results.json")
    args = parser.parse_args(argv)
    repetitions = 1 if args.quick else args.repetitions
    selected = [b for b in BENCHMARKS if args.only.lower() in b.name.lower()]
    if not FOSDEM_2025.exists():
        parser.error(f"{FOSDEM_2025} is missing (it is part of the repository's test data)")
    if not selected:
        names = ", ".join(repr(b.name) for b in BENCHMARKS)
        parser.error(f"no benchmark name contains {args.only!r}; names are: {names}")
    results = run(selected, repetitions, args.quick)
    print_table(results, args.quick)
    if args.quick:
        print("\nquick run: small sizes, one repetition; not comparable with the targets")
    document = {
        "quick": args.quick,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "git": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip(),
        "results": [
            {
                "name": r.name,
                "unit": r.unit,
                "median": r.median,
                "target": r.target,
                "ok": None if args.quick else r.ok,
                "samples": r.samples,
            }
            for r in results
        ],
        "import_scaling_seconds": {str(k): v for k, v in sorted(SCALING.items())},
    }
    args.json.write_text(json.dumps(document, indent=2) + "\n")
    print(f"\nwritten: {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
