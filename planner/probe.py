"""Start-up milestones for the benchmark: `PLANNER_PROBE=FILE` makes the app append one
JSON line per milestone (the window's first paint, an imported program painted...).

Each line holds the milestone's name, the instant on the system-wide monotonic clock (the
benchmark launching the process reads the same clock, so launch → milestone is one
subtraction), the process id, which modules were loaded by then (that is how the
benchmark and the tests check that the database layer is not loaded before the first
paint), and whether it was marked on the main thread (the GUI's). Without the variable
`mark` does nothing and costs two dictionary look-ups.

`PLANNER_PROBE_EXIT=MILESTONE` ends the process (exit status 0, nothing saved) as soon as
that milestone is reached: `benchmarks.import_profile --instructions` counts a start's
instructions up to its first paint so.

The benchmark reads the file while the app is still running, and a reader can see a
write half done (the kernel copies it page by page). So a line is written whole - one
`write` of the whole line, newline last, to a file opened for appending, never through a
buffered stream that may cut it - and `read_marks` takes complete lines only: those that
end in a newline.

Standard library only, and nothing imported before it is needed: the entry point and the
window import this module first thing.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

ENV_PROBE = "PLANNER_PROBE"
ENV_PROBE_EXIT = "PLANNER_PROBE_EXIT"


def mark(milestone: str) -> None:
    """Record that `milestone` was reached now (if the probe is on)."""
    path = os.environ.get(ENV_PROBE)
    if path:
        _record(path, milestone)
    if os.environ.get(ENV_PROBE_EXIT) == milestone:
        sys.stdout.flush()
        os._exit(0)


def _record(path: str, milestone: str) -> None:
    instant = time.monotonic()
    import gc
    import json  # only with the probe on; the app has it loaded by then anyway
    import threading

    record = {
        "milestone": milestone,
        # Whether Python's cycle collector is on, and how many times it has walked the
        # whole heap (its oldest generation) in this process so far.
        "gc_enabled": gc.isenabled(),
        "full_collections": gc.get_stats()[-1]["collections"],
        "monotonic": instant,
        "pid": os.getpid(),
        "modules": sorted(sys.modules),
        "sqlalchemy_loaded": "sqlalchemy" in sys.modules,
        "main_thread": threading.current_thread() is threading.main_thread(),
    }
    line = memoryview((json.dumps(record) + "\n").encode("utf-8"))
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            while line:  # a regular file takes it in one write; a short one goes on in order
                line = line[os.write(descriptor, line) :]
        finally:
            os.close(descriptor)
    except OSError as error:  # a benchmark's problem, never the user's: say it and go on
        print(f"planner: probe: cannot write {path}: {error}", file=sys.stderr)


def read_marks(path: Path) -> list[dict[str, Any]]:
    """The milestones marked in `path` so far: its complete lines only (the app may be
    writing the next one right now); none if there is no file yet."""
    import json

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    complete = data[: data.rfind(b"\n") + 1]
    return [json.loads(line) for line in complete.splitlines() if line]
