"""What each path of the `planner` command imports, and what those imports cost.

    python -m benchmarks.import_profile              # every path, top 12 each
    python -m benchmarks.import_profile --top 25
    python -m benchmarks.import_profile --instructions   # + instruction counts (valgrind)

Each path runs the installed console script as a user would, with
`PYTHONPROFILEIMPORTTIME=1` (Python's `-X importtime`): the command-line paths, and the
window (offscreen, `--smoke-test`) split at its first paint by the app's own probe
(`planner.probe`: the modules loaded by then). For each: how many modules, their summed
own import time, and the packages that cost most. Import times are wall-clock and grow
on a busy machine, but which modules load, and their order, do not: that is what this is
for. `--instructions` adds each command path's total instructions under
`valgrind --tool=callgrind`, which a busy machine does not change, and each window
start's up to its first paint (`PLANNER_PROBE_EXIT=first-paint` ends the process there).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.startup import FOSDEM_2025, compile_bytecode, console_script
from planner.probe import ENV_PROBE_EXIT, read_marks

_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")


@dataclass(frozen=True)
class Imported:
    module: str
    self_us: int
    cumulative_us: int
    depth: int


def parse_importtime(stderr: str) -> list[Imported]:
    found = []
    for line in stderr.splitlines():
        match = _LINE.match(line)
        if match:
            own, cumulative, indent, name = match.groups()
            found.append(Imported(name, int(own), int(cumulative), len(indent) // 2))
    return found


def summary(title: str, imported: list[Imported], top: int) -> list[str]:
    by_package: collections.Counter[str] = collections.Counter()
    for item in imported:
        by_package[item.module.split(".")[0]] += item.self_us
    total = sum(item.self_us for item in imported)
    lines = [f"{title}: {len(imported)} modules, {total / 1000:.0f} ms of imports"]
    for package, micros in by_package.most_common(top):
        count = sum(1 for item in imported if item.module.split(".")[0] == package)
        lines.append(f"    {micros / 1000:7.1f} ms  {package} ({count} modules)")
    ours = sorted(
        (item for item in imported if item.module.startswith("planner")),
        key=lambda item: -item.cumulative_us,
    )
    if ours:
        lines.append(
            "    planner modules by cumulative time: "
            + ", ".join(f"{i.module} {i.cumulative_us / 1000:.0f}" for i in ours[:6])
        )
    return lines


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done


def instructions(command: list[str], env: dict[str, str]) -> int | None:
    """The instructions `command` runs under callgrind (None without valgrind)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    done = subprocess.run(
        [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    match = re.search(r"refs:\s+([\d,]+)", done.stderr)
    return int(match.group(1).replace(",", "")) if match else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--top", type=int, default=12, help="packages shown per path")
    parser.add_argument("--instructions", action="store_true", help="also count instructions")
    parser.add_argument("--json", type=Path, help="write every path's modules here")
    args = parser.parse_args(argv)
    planner = str(console_script())
    compile_bytecode()
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PLANNER_", "PYTHONPROFILE"))}
    base["QT_QPA_PLATFORM"] = "offscreen"
    profiled = {**base, "PYTHONPROFILEIMPORTTIME": "1"}
    report: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="planner-imports-") as tmp:
        work = Path(tmp)
        bundled, fosdem = work / "bundled", work / "fosdem"
        run([planner, "--data-dir", str(bundled), "conferences"], base)
        run([planner, "--data-dir", str(bundled), "--smoke-test"], base)  # keeps a snapshot
        shutil.copytree(bundled, work / "pristine")
        shutil.copytree(bundled, fosdem)
        run([planner, "--data-dir", str(fosdem), "import", str(FOSDEM_2025)], base)
        listed = run([planner, "--data-dir", str(fosdem), "sessions", "--json"], base).stdout
        for session in json.loads(listed)[:40:4]:  # an agenda with clashes to find
            run([planner, "--data-dir", str(fosdem), "star", session["key"]], base)
        run([planner, "--data-dir", str(fosdem), "busy", "list"], base)
        unkept = work / "unkept"
        shutil.copytree(fosdem, unkept)  # the CLI wrote last: no snapshot of it yet
        run([planner, "--data-dir", str(fosdem), "--smoke-test"], base)
        commands = {
            "planner --version": [planner, "--version"],
            "planner conferences (FOSDEM)": [planner, "--data-dir", str(fosdem), "conferences"],
            "planner sessions --json (FOSDEM)": [
                planner,
                "--data-dir",
                str(fosdem),
                "sessions",
                "--json",
            ],
            "planner conflicts (FOSDEM, 10 stars)": [
                planner,
                "--data-dir",
                str(fosdem),
                "conflicts",
            ],
            "planner suggest --json (FOSDEM, 10 stars)": [
                planner,
                "--data-dir",
                str(fosdem),
                "suggest",
                "--json",
            ],
            "planner import fosdem-2025.xml": [
                planner,
                "--data-dir",
                str(bundled),
                "import",
                str(FOSDEM_2025),
            ],
        }
        lines: list[str] = []
        for title, command in commands.items():
            if "import" in title:
                shutil.rmtree(bundled)
                shutil.copytree(work / "pristine", bundled)
            imported = parse_importtime(run(command, profiled).stderr)
            report[title] = [item.module for item in imported]
            lines += summary(title, imported, args.top)
            if args.instructions:
                if "import" in title:
                    shutil.rmtree(bundled)
                    shutil.copytree(work / "pristine", bundled)
                counted = instructions(command, base)
                if counted is not None:
                    lines.append(f"    instructions: {counted / 1e6:,.0f} M")
        windows = {
            "window, FOSDEM (quick-start snapshot current)": fosdem,
            "window, FOSDEM (no snapshot: the CLI wrote last)": unkept,
            "window, first ever (no database yet)": work / "first",
        }
        for title, data in windows.items():
            probe = work / f"probe-{len(lines)}.jsonl"
            done = run(
                [planner, "--data-dir", str(data), "--smoke-test"],
                {**profiled, "PLANNER_PROBE": str(probe)},
            )
            marks = read_marks(probe)
            at_paint = set(next(m for m in marks if m["milestone"] == "first-paint")["modules"])
            imported = parse_importtime(done.stderr)
            before = [item for item in imported if item.module in at_paint]
            after = [item for item in imported if item.module not in at_paint]
            report[f"{title}: before first paint"] = [item.module for item in before]
            report[f"{title}: after first paint"] = [item.module for item in after]
            lines += summary(f"{title}, before the first paint", before, args.top)
            if args.instructions:
                window_start = [planner, "--data-dir", str(data), "--smoke-test"]
                if "first ever" in title:
                    shutil.rmtree(data)  # a first start again, not the second
                if "no snapshot" in title:  # the start above kept one
                    (data / "cache" / "quick-start.json").unlink(missing_ok=True)
                counted = instructions(window_start, {**base, ENV_PROBE_EXIT: "first-paint"})
                if counted is not None:
                    lines.append(f"    instructions up to the first paint: {counted / 1e6:,.0f} M")
            lines += summary(f"{title}, after it", after, max(3, args.top // 3))
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
