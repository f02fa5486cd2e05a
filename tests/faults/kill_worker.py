"""Worker for tests/faults/test_sigkill.py: does one kind of write in a loop until the test
SIGKILLs it.

    python -m tests.faults.kill_worker KIND DATA_DIR OUT_DIR [URL]

It prints "ready" once its first write is done, so that the test's random delay lands in
the writing (not in Python's start-up) and every target exists, whole, before the kill.
It never touches the stars the test checks (`conftest.STARRED`): whatever the moment of
the kill, those must be exactly as they were.
"""

from __future__ import annotations

import itertools
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.domain.conflicts import ConflictSettings
from planner.paths import AppPaths
from planner.quickstart import QuickStart, save_snapshot
from planner.services import Planner

OTHER = "ksl19-serverless-promises-the-potential-to"  # not one of the checked stars


def main(kind: str, data_dir: str, out_dir: str, url: str = "") -> None:
    paths = AppPaths.resolve(data_dir)
    out = Path(out_dir)
    planner = Planner.open(paths.database)
    conference = planner.catalog.conference()
    program_a, program_b = out / "program-a.json", out / "program-b.json"
    if kind == "pdf":
        from PySide6.QtGui import QGuiApplication

        from planner.ui.printing import export_pdf

        app = QGuiApplication([])  # noqa: F841 - lives while rendering
    if kind == "live":
        planner.exports.set_live_calendar(conference.id, out / "live.ics")
    for turn in itertools.count():
        if turn == 1:  # one write of this kind is done: the kill lands in the next ones
            print("ready", flush=True)
        even = turn % 2 == 0
        if kind == "import":
            planner.imports.file(program_a if even else program_b)
        elif kind == "feed":
            planner.imports.url(url)  # the server serves A and B in turn
        elif kind in ("star", "live"):  # "live": every star rewrites the live file
            if even:
                planner.agenda.star(conference.id, OTHER, note=f"turn {turn}")
            else:
                planner.agenda.unstar(conference.id, OTHER)
        elif kind == "busy":
            start = datetime(2019, 5, 13, 12, tzinfo=UTC) + timedelta(minutes=turn % 60)
            block = planner.agenda.add_busy(
                conference.id, "Lunch", start, start + timedelta(hours=1)
            )
            if not even:
                planner.agenda.remove_busy(block.value.id)
        elif kind == "settings":
            planner.agenda.set_conflict_settings(conference.id, ConflictSettings(turn % 30, 2))
        elif kind == "ics":
            planner.exports.ics(conference.id, out / "agenda.ics")
        elif kind == "pdf":
            export_pdf(planner, conference.id, out / "agenda.pdf")
        elif kind == "agenda":
            planner.sharing.export_agenda(conference.id, out / "mine.planner-agenda", "Kim")
        elif kind == "snapshot":
            view = planner.catalog.view()
            save_snapshot(
                QuickStart(paths.database, paths.cache_dir).snapshot_path, paths.database, view
            )
        else:
            raise SystemExit(f"unknown kind {kind}")


if __name__ == "__main__":
    main(*sys.argv[1:])
