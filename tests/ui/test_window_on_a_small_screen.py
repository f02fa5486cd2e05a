"""Issue 17 item 2 and review: on a 1024×640 screen the window manager's title bar pushed
the status bar off the bottom of the screen. Qt learns the size of the frame only after
the window manager has framed the window, so the window is fitted again then.

The real app under Xvfb with openbox (a real window manager that adds a title bar and
borders), on a 1024×640 and a 1280×720 screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.slow

# Opens the window as `planner` does, waits until the window manager has framed it and
# the window has settled, and prints where the frame and the status bar are on screen.
MEASURE = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QPoint
from planner.paths import AppPaths
from planner.ui.app import application, finish_opening, open_main_window

app = application()
window, quick = open_main_window(AppPaths.resolve(Path(sys.argv[1])))
window.show()
finish_opening(window, quick)
deadline = time.monotonic() + 15
framed_at = None
while time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
    if framed_at is None and window.frameGeometry().size() != window.size():
        framed_at = time.monotonic()
    if framed_at is not None and time.monotonic() - framed_at > 1.5:
        break
frame = window.frameGeometry()
status = window.statusBar()
bottom_right = status.mapToGlobal(QPoint(status.width() - 1, status.height() - 1))
screen = window.screen().availableGeometry()
print(json.dumps({
    "framed": framed_at is not None,
    "frame": [frame.left(), frame.top(), frame.right(), frame.bottom()],
    "status_bottom_right": [bottom_right.x(), bottom_right.y()],
    "screen": [screen.left(), screen.top(), screen.right(), screen.bottom()],
}))
window.shutdown()
"""


def _require(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{program} is required in CI (scripts/test installs it)")
        pytest.skip(f"{program} not installed")
    return found


@pytest.fixture
def small_screen(request: pytest.FixtureRequest) -> Iterator[str]:
    """An X server with a screen of the size asked for, and openbox managing it."""
    xvfb_binary, openbox_binary = _require("Xvfb"), _require("openbox")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [xvfb_binary, "-displayfd", str(write_end), "-screen", "0", f"{request.param}x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as display_pipe:
        display = ":" + display_pipe.readline().strip()
    assert display != ":", "Xvfb did not start"
    manager = subprocess.Popen(
        [openbox_binary], env={**os.environ, "DISPLAY": display}, stderr=subprocess.DEVNULL
    )
    time.sleep(1)  # openbox frames windows mapped later; one mapped before, it adopts
    try:
        yield display
    finally:
        for process in (manager, xvfb):
            process.terminate()
            process.wait(timeout=10)


@pytest.mark.parametrize(
    ("small_screen", "size"),
    [("1024x640", (1024, 640)), ("1280x720", (1280, 720))],
    indirect=["small_screen"],
)
def test_the_whole_window_and_its_status_bar_are_on_the_screen(
    small_screen: str, size: tuple[int, int], tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "DISPLAY": small_screen,
        "QT_QPA_PLATFORM": "xcb",
        "LANGUAGE": "",
        "LC_ALL": "C.UTF-8",
    }
    found = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    measured = json.loads(found.stdout.strip().splitlines()[-1])
    assert measured["framed"], "openbox did not frame the window"
    left, top, right, bottom = measured["frame"]
    assert measured["screen"] == [0, 0, size[0] - 1, size[1] - 1]
    assert left >= 0, measured
    assert top >= 0, measured
    assert right < size[0], measured
    assert bottom < size[1], measured
    x, y = measured["status_bottom_right"]
    assert x < size[0], measured  # the status bar is wholly visible
    assert y < size[1], measured
