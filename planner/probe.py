"""Start-up milestones for the benchmark: `PLANNER_PROBE=FILE` makes the app append one
JSON line per milestone (the window's first paint, an imported program painted...).

Each line holds the milestone's name, the instant on the system-wide monotonic clock (the
benchmark launching the process reads the same clock, so launch → milestone is one
subtraction), the process id, and which modules were loaded by then: that is how the
benchmark and the tests check that the database layer is not loaded before the first
paint. Without the variable `mark` does nothing and costs one dictionary look-up.

Standard library only, and nothing imported before it is needed: the entry point and the
window import this module first thing.
"""

from __future__ import annotations

import os
import sys
import time

ENV_PROBE = "PLANNER_PROBE"


def mark(milestone: str) -> None:
    """Record that `milestone` was reached now (if the probe is on)."""
    path = os.environ.get(ENV_PROBE)
    if not path:
        return
    instant = time.monotonic()
    import json  # only with the probe on; the app has it loaded by then anyway

    record = {
        "milestone": milestone,
        "monotonic": instant,
        "pid": os.getpid(),
        "modules": sorted(sys.modules),
        "sqlalchemy_loaded": "sqlalchemy" in sys.modules,
    }
    try:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
    except OSError as error:  # a benchmark's problem, never the user's: say it and go on
        print(f"planner: probe: cannot write {path}: {error}", file=sys.stderr)
