"""Worker for tests/test_crash_safety.py: writes to a database and export files in a loop
until the test kills it (SIGKILL) at a random moment.

    python -m tests.crash_worker DATABASE PROGRAM_A PROGRAM_B ICS_TARGET AGENDA_TARGET

Each round imports A (a re-import update once the conference exists), exports the agenda
as iCalendar and as an agenda file, then does the same with B, the same program with
changed titles. It prints "ready" once its modules are loaded, so the test's random delay
lands in the work rather than in Python's start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path

from planner.services import Planner


def main(database: str, program_a: str, program_b: str, ics: str, agenda: str) -> None:
    planner = Planner.open(Path(database))
    print("ready", flush=True)
    while True:
        for program in (program_a, program_b):
            report = planner.imports.file(Path(program)).value
            planner.exports.ics(report.conference_id, Path(ics))
            planner.sharing.export_agenda(
                report.conference_id, Path(agenda), shared_by="Crash test"
            )


if __name__ == "__main__":
    main(*sys.argv[1:6])
