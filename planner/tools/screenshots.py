"""Render each main view of Planner on the bundled program to PNG files.

    python -m planner.tools.screenshots OUT_DIR

Uses a throw-away data directory: the bundled Kafka Summit program with a few stars (one
clash, a plan B, a busy block) and a colleague's agenda shown beside yours. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VIEWS = ("program", "list", "timetable", "agenda", "speakers")


def prepare(data_dir: Path) -> None:
    from planner.domain.agenda import Priority, Status
    from planner.services import Planner

    colleague = Planner.open(data_dir / "colleague" / "planner.sqlite3")
    colleague.imports.ensure_bundled_program()
    conference_id = colleague.catalog.conference().id
    for key in (
        "ksl19-kafka-streams-at-scale",
        "ksl19-is-kafka-a-database",
        "ksl19-ksql-in-practice",
    ):
        colleague.agenda.star(conference_id, key)
    shared = data_dir / "dana.planner-agenda"
    colleague.sharing.export_agenda(conference_id, shared, "Dana")
    colleague.close()

    planner = Planner.open(data_dir / "me" / "planner.sqlite3")
    planner.imports.ensure_bundled_program()
    conference_id = planner.catalog.conference().id
    stars = {
        "ksl19-running-kafka-in-kubernetes-a-practical-guide": (Priority.MUST, Status.ATTEND),
        "ksl19-kafka-streams-at-scale": (Priority.WANT, Status.ATTEND),
        "ksl19-so-you-ve-inherited-kafka-now-what": (Priority.WANT, Status.ATTEND),
        "ksl19-how-to-use-kafka-and-druid-to-tame-your-router": (Priority.MAYBE, Status.PLAN_B),
        "ksl19-is-kafka-a-database": (Priority.MUST, Status.ATTEND),
        "ksl19-the-power-of-event-driven-caches": (Priority.WANT, Status.ATTEND),
        "ksl19-the-exciting-frontier-of-custom-ksql-functions": (Priority.MAYBE, Status.ATTEND),
    }
    for key, (priority, status) in stars.items():
        planner.agenda.star(conference_id, key, priority, status)
    talk = planner.catalog.talk(
        conference_id, "ksl19-kafka-for-financial-data-processing-the-flipkart"
    )
    planner.agenda.add_busy(conference_id, "Lunch with a customer", talk.start, talk.end)
    planner.sharing.import_agenda(shared)
    planner.close()


def render(out_dir: Path) -> list[Path]:
    from planner.paths import AppPaths
    from planner.ui.app import application, finish_opening, open_main_window

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        prepare(data)
        app = application()
        window, quick = open_main_window(AppPaths.resolve(data / "me"))
        window.resize(1400, 860)
        window.show()
        finish_opening(window, quick)
        window.timetable.set_now(datetime(2019, 5, 13, 9, 45, tzinfo=UTC))  # 10:45 BST
        window.select_key("ksl19-kafka-streams-at-scale")
        app.processEvents()
        for position, name in enumerate(VIEWS):
            window.tabs.setCurrentIndex(position)
            app.processEvents()
            if name == "timetable":
                window.timetable.select_key("ksl19-kafka-streams-at-scale")
            if name == "agenda":
                window.agenda_view.expandAll()
            if name == "list":
                window.filter_bar.search.setText("streams")
                window.filter_bar.flush()
            app.processEvents()
            target = out_dir / f"{name}.png"
            window.grab().save(str(target))
            written.append(target)
            if name == "list":
                window.filter_bar.reset_filters()
        window.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else Path("screenshots")
    for path in render(out_dir):
        print(path, flush=True)
    # PySide can crash while the interpreter tears Qt objects down in arbitrary order;
    # everything is written, so leave without that teardown.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
