"""The start-up benchmark's ordering check (`benchmarks.startup.order_faults`) on event
sequences as the watcher records them (`benchmarks.xwatch`): a window must be mapped
before it is drawn into and before the app reports its paint, decided by what the X
server did - its order of events, and an instant its MapNotify certainly came after -
not by when the watcher woke for it (late, on a busy machine)."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest

from benchmarks.startup import order_faults, window_fields
from benchmarks.xwatch import Arrivals, WindowTimes

LAUNCHED = 10.0  # monotonic seconds


class Recorded:
    """One window's events fed as the watcher feeds them: a quiet round trip at an
    instant, then events in the order they arrive, each batch with the instant the
    watcher had it."""

    def __init__(self) -> None:
        self.arrivals = Arrivals(LAUNCHED)
        self.window: WindowTimes | None = None

    def quiet(self, at_ms: float) -> Recorded:
        self.arrivals.quiet(LAUNCHED + at_ms / 1000)
        return self

    def created(self, woke_ms: float) -> Recorded:
        self.window = WindowTimes(1, self.arrivals.seen(LAUNCHED + woke_ms / 1000))
        return self

    def mapped(self, woke_ms: float) -> Recorded:
        assert self.window is not None
        self.window.saw_map(self.arrivals.seen(LAUNCHED + woke_ms / 1000), 1280, 800)
        return self

    def damaged(self, woke_ms: float) -> Recorded:
        assert self.window is not None
        self.window.saw_damage(self.arrivals.seen(LAUNCHED + woke_ms / 1000))
        return self

    def run(self, painted_ms: float) -> dict[str, Any]:
        assert self.window is not None
        return {**window_fields(self.window, LAUNCHED), "painted_ms": painted_ms}


def test_an_idle_watcher_sees_map_then_drawing_then_the_paint() -> None:
    run = Recorded().quiet(90).created(91).quiet(100).mapped(101).damaged(101).run(104)
    assert order_faults(run) == []
    assert run["mapped_ms"] == pytest.approx(101)
    assert run["mapped_after_ms"] == pytest.approx(100)
    assert run["size"] == [1280, 800]


def test_a_watcher_waking_late_is_no_fault() -> None:
    """The flaky case: the watcher was last quiet at 100 ms, then slept while the app
    mapped its window, drew and stamped its paint at 120 ms; it had the MapNotify and the
    DAMAGE together at 180 ms. Its wake-up instant is after the paint, the X server's facts
    are in order."""
    run = Recorded().quiet(90).created(91).quiet(100).mapped(180).damaged(180).run(120)
    assert run["mapped_ms"] > run["painted_ms"]  # what the check used to compare
    assert order_faults(run) == []


def test_a_window_drawn_into_before_it_was_mapped_is_a_fault() -> None:
    """In the server's order the DAMAGE came first, though the watcher had both events
    in one batch (the same instant), and the paint was reported after both."""
    run = Recorded().quiet(90).created(91).quiet(100).damaged(105).mapped(105).run(120)
    assert run["mapped_ms"] <= run["first_damage_ms"]  # the instants cannot tell
    assert order_faults(run) == ["drawn into before it was mapped (the X server's order of events)"]


def test_a_paint_reported_before_the_window_could_be_mapped_is_a_fault() -> None:
    """The watcher asked the server at 150 ms and nothing was queued: the MapNotify it
    had at 151 ms was made after 150 ms, so a paint stamped at 120 ms came before it."""
    run = Recorded().quiet(90).created(91).quiet(150).mapped(151).damaged(152).run(120)
    assert order_faults(run) == [
        "first paint reported at 120.0 ms, before the X server mapped the window (after 150.0 ms)"
    ]


def test_the_first_map_and_the_first_drawing_count() -> None:
    """A window unmapped and mapped again (after drawing) keeps its first map; the later
    drawings do not replace the first."""
    recorded = Recorded().quiet(90).created(91).quiet(100).mapped(101).damaged(102)
    run = recorded.quiet(200).mapped(201).damaged(202).run(110)
    times = (run["mapped_ms"], run["mapped_after_ms"], run["first_damage_ms"])
    assert times == pytest.approx((101, 100, 102))
    assert run["mapped_event"] < run["first_damage_event"]
    assert order_faults(run) == []


def test_the_watcher_brackets_a_real_map_and_orders_it_before_the_drawing() -> None:
    """On a real X server: a client maps its window between two instants it reads, then
    draws into it. The watcher's `after` is before the second instant and its `woke`
    after the first (the map happened in between), and the drawing comes later in the
    server's order."""
    from Xlib import Xatom
    from Xlib import display as xdisplay

    from benchmarks.startup import XServer
    from benchmarks.xwatch import Watcher

    server = XServer(None)
    try:
        watcher = Watcher(server.display)
        client = xdisplay.Display(server.display)
        try:
            screen = client.screen()
            window = screen.root.create_window(
                0, 0, 320, 200, 0, screen.root_depth, background_pixel=screen.white_pixel
            )
            pid_atom = client.intern_atom("_NET_WM_PID")
            window.change_property(pid_atom, Xatom.CARDINAL, 32, [os.getpid()])
            client.sync()
            watcher.wait(lambda: False, 0.2)  # it sees the window made: watches it
            before = time.monotonic()
            window.map()
            client.sync()
            between = time.monotonic()
            window.fill_rectangle(window.create_gc(foreground=screen.black_pixel), 0, 0, 50, 50)
            client.sync()

            def drawn() -> bool:
                seen = watcher.main_window(os.getpid())
                return seen is not None and bool(seen.damaged)

            assert watcher.wait(drawn, 30)
            seen = watcher.main_window(os.getpid())
            assert seen is not None
            assert seen.mapped is not None
            assert seen.mapped.after < between
            assert seen.mapped.woke > before
            assert seen.mapped.order < seen.damaged[0].order
            assert (seen.width, seen.height) == (320, 200)
        finally:
            client.close()
            watcher.close()
    finally:
        server.close()
