"""GUI figures, each measured in a fresh process (offscreen), printing one JSON line.

    python -m benchmarks.gui search DATA_DIR REPEATS
    python -m benchmarks.gui repaint DATA_DIR REPEATS
    python -m benchmarks.gui start DATA_DIR            (PLANNER_BENCH_LAUNCHED=time.time())
    python -m benchmarks.gui toggle|toggle-agenda DATA_DIR REPEATS
    python -m benchmarks.gui rss DATA_DIR

DATA_DIR holds a Planner database prepared by `benchmarks.run`.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _shown(data_dir: Path):  # type: ignore[no-untyped-def]
    """The window as the app opens it (quick start included), shown, not yet finished."""
    from planner.paths import AppPaths
    from planner.ui.app import application, open_main_window

    app = application()
    window, quick = open_main_window(AppPaths.resolve(data_dir))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    return app, window, quick


def _window(data_dir: Path):  # type: ignore[no-untyped-def]
    from planner.ui.app import finish_opening

    app, window, quick = _shown(data_dir)
    finish_opening(window, quick)
    return app, window


def search(data_dir: Path, repeats: int) -> list[float]:
    """Keystroke → filtered List (and timetable fading) updated, with 20k sessions."""
    app, window = _window(data_dir)
    window.tabs.setCurrentIndex(1)
    app.processEvents()
    samples = []
    words = [
        "k",
        "ka",
        "kaf",
        "kafk",
        "kafka",
        "kafka s",
        "kafka st",
        "kafka str",
        "stream",
        "cloud",
        "data",
        "secur",
        "rust",
        "",
    ]
    for index in range(repeats):
        text = words[index % len(words)]
        start = time.perf_counter()
        window.filter_bar.search.setText(text)
        window.filter_bar.flush()
        window.table.viewport().repaint()
        samples.append(time.perf_counter() - start)
    window.shutdown()
    return samples


def repaint(data_dir: Path, repeats: int) -> list[float]:
    """A full repaint of the timetable showing a day with 1,000 sessions."""
    app, window = _window(data_dir)
    window.tabs.setCurrentIndex(2)
    app.processEvents()
    timetable = window.timetable
    counts: dict[object, int] = {}
    for talk in window.store.talks:
        day = talk.start.astimezone(window.store.zone).date()
        counts[day] = counts.get(day, 0) + 1
    busiest = max(counts, key=lambda day: counts[day])
    timetable.set_day(busiest)
    app.processEvents()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        timetable.viewport().repaint()
        samples.append(time.perf_counter() - start)
    window.shutdown()
    print(
        json.dumps(
            {"day_sessions": counts[busiest], "visible_blocks": len(timetable.visible_blocks())}
        ),
        file=sys.stderr,
    )
    return samples


def toggle(data_dir: Path, repeats: int, tab: int = 0) -> list[float]:
    """A star toggled in the window until every view shows it, with the view `tab` shown
    (3, My Agenda, also ranks the suggestions for free time again)."""
    app, window = _window(data_dir)
    window.tabs.setCurrentIndex(tab)
    app.processEvents()
    keys = [talk.key for talk in window.store.talks[:: max(1, len(window.store.talks) // repeats)]]
    samples = []
    for key in keys[:repeats]:
        window.select_key(key)
        app.processEvents()
        start = time.perf_counter()
        window.toggle_current_star()
        window.runner.settle()  # until every view shows it
        app.processEvents()
        samples.append(time.perf_counter() - start)
    window.shutdown()
    return samples


def start(data_dir: Path) -> float:
    """Seconds from the moment the caller launched this process (PLANNER_BENCH_LAUNCHED,
    a time.time() stamp) to the window's first complete paint - as the app starts: from
    the quick-start snapshot when it is current. Then the core is opened and the snapshot
    kept, as after a real start, outside the figure."""
    from planner.ui.app import finish_opening

    _app, window, quick = _shown(data_dir)
    window.repaint()
    painted = time.time() - float(os.environ["PLANNER_BENCH_LAUNCHED"])
    print(
        json.dumps(
            {
                "sqlalchemy_loaded_before_paint": "sqlalchemy" in sys.modules,
                "from_snapshot": quick.from_snapshot,
            }
        ),
        file=sys.stderr,
    )
    finish_opening(window, quick)
    window.shutdown()
    return painted


def rss(data_dir: Path) -> float:
    """Peak resident memory (MB) with the program loaded in every view, opened as the app
    opens it (quick start included), then searched and every timetable day shown."""
    from planner.ui.app import finish_opening

    app, window, quick = _shown(data_dir)
    finish_opening(window, quick)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        app.processEvents()
    window.tabs.setCurrentIndex(1)
    for text in ("k", "ka", "kafka", "stream", ""):
        window.filter_bar.search.setText(text)
        window.filter_bar.flush()
        app.processEvents()
    window.tabs.setCurrentIndex(2)
    for day in window.timetable.days():
        window.timetable.set_day(day)
        app.processEvents()
    quick.keep_current(window.core.get().catalog)
    window.shutdown()
    return peak_rss_mb()


def peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux from VmHWM: getrusage's ru_maxrss
    survives exec, so a child of a big benchmark process would report its parent's peak
    (that inflated this figure to 331 MB before)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    command, data_dir = sys.argv[1], Path(sys.argv[2])
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    result: object
    if command == "search":
        result = search(data_dir, repeats)
    elif command == "repaint":
        result = repaint(data_dir, repeats)
    elif command == "toggle":
        result = toggle(data_dir, repeats)
    elif command == "toggle-agenda":
        result = toggle(data_dir, repeats, tab=3)
    elif command == "rss":
        result = rss(data_dir)
    else:
        result = start(data_dir)
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip PySide's teardown; everything was measured and printed


if __name__ == "__main__":
    main()
