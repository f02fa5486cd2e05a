"""Worker for tests/test_two_instances.py: a second Planner process writing at the same time.

    python -m tests.concurrent_worker DATABASE PARITY

Stars every session whose index has the given parity (0 or 1), ROUNDS times over with a
new note each time, one transaction per star,
re-reading the agenda between writes as the app does, then prints how many writes it made.
"""

from __future__ import annotations

import sys
from pathlib import Path

from planner.domain.agenda import Priority
from planner.services import Planner

ROUNDS = 6


def main(database: str, parity: str) -> None:
    planner = Planner.open(Path(database))
    [conference] = planner.catalog.conferences()
    talks = planner.catalog.talks(conference.id)
    done = 0
    mine = [talk for index, talk in enumerate(talks) if index % 2 == int(parity)]
    for round_number in range(ROUNDS):
        for talk in mine:
            note = f"by {parity} in round {round_number}"
            planner.agenda.star(conference.id, talk.key, priority=Priority.WANT, note=note)
            planner.agenda.conflicts(conference.id)  # a read between writes, as the app does
            done += 1
    planner.close()
    print(done, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
