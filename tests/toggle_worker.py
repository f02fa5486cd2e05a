"""Worker for tests/test_two_instances.py: toggles one star as fast as it can while another
process does the same (the reviewer's race).

    python -m tests.toggle_worker DATABASE KEY TIMES

Prints one JSON line: how many toggles starred and unstarred, and every error's text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from planner.services import Planner


def main(database: str, key: str, times: int) -> None:
    planner = Planner.open(Path(database))
    planner.subscribers.remove(planner.local_calendars)  # the race is about the star only
    conference_id = planner.catalog.conference().id
    starred = unstarred = 0
    errors: list[str] = []
    for _ in range(times):
        try:
            change = planner.agenda.toggle_star(conference_id, key).value
        except Exception as error:  # every kind counts: the test shows what leaked
            errors.append(f"{type(error).__name__}: {error}")
            continue
        # Decided in one transaction: each toggle flips what it read, as it read it.
        assert (change.before is None) != (change.after is None)
        if change.after is None:
            unstarred += 1
        else:
            starred += 1
    planner.close()
    print(json.dumps({"starred": starred, "unstarred": unstarred, "errors": errors}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
