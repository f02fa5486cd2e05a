"""How the before/after pictures of this folder were made: run a Planner checkout for real
under Xvfb with openbox, drive it with xdotool, take the screen with ImageMagick's import.

    python docs/ui-changes/shoot.py CODE DATA OUTDIR WIDTH HEIGHT "STEPS" [DISPLAY]

CODE is a checkout (put first on PYTHONPATH; run with this repository's .venv), DATA a
data folder made with that checkout's own `planner import` / `star` / `busy add` (copy it
first: the run changes it). STEPS, separated by ";":
    dark            (first) a desktop that prefers dark: Qt's colorScheme() answers Dark
    max             the window to the screen's corner, the screen's size
    key:KEYS        xdotool key names, e.g. "ctrl+2 s"
    type:TEXT       typed
    click:X,Y       a left click there
    sleep:SECONDS
    shot:NAME       OUTDIR/NAME.png of the whole screen
Each run gets its own settings folder (XDG_CONFIG_HOME inside DATA), so one run's window
layout never leaks into the next. Needs Xvfb, openbox, xdotool and imagemagick."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DARK_DESKTOP = (
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtGui import QStyleHints\n"
    "QStyleHints.colorScheme = lambda self: Qt.ColorScheme.Dark\n"
)


def main(argv: list[str]) -> int:
    code, data, out, width, height, script = argv[:6]
    display = f":{argv[6] if len(argv) > 6 else 77}"
    Path(out).mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=code)
    env.update(XDG_CONFIG_HOME=f"{data}/.config", HOME=f"{data}/.home", LC_ALL="C.UTF-8")
    Path(env["HOME"]).mkdir(parents=True, exist_ok=True)
    steps = [step.strip() for step in script.split(";") if step.strip()]
    if steps and steps[0] == "dark":
        hook = Path(tempfile.mkdtemp())
        (hook / "sitecustomize.py").write_text(DARK_DESKTOP, encoding="utf-8")
        env["PYTHONPATH"] = f"{code}:{hook}"
        steps = steps[1:]
    log = Path(out, ".log").open("a")  # noqa: SIM115 - open for the processes' lifetime
    started: list[subprocess.Popen[bytes]] = []

    def start(*command: str) -> None:
        started.append(subprocess.Popen(command, env=env, stdout=log, stderr=log, cwd="/tmp"))

    def xdotool(*args: str) -> str:
        return subprocess.run(
            ["xdotool", *args], env=env, capture_output=True, text=True, check=False
        ).stdout

    try:
        start("Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp")
        time.sleep(1)
        start("openbox")
        time.sleep(1)
        start(sys.executable, "-m", "planner", "--data-dir", data, "gui")
        window = ""
        deadline = time.monotonic() + 60
        while not window and time.monotonic() < deadline:
            found = xdotool("search", "--onlyvisible", "--name", "Planner").split()
            window = found[0] if found else ""
            time.sleep(0.5)
        if not window:
            raise SystemExit("no window")
        time.sleep(4)  # the core opened behind the first paint
        xdotool("windowactivate", "--sync", window)
        for step in steps:
            kind, _, arg = step.partition(":")
            if kind == "max":
                xdotool("windowmove", window, "0", "0")
                xdotool("windowsize", window, width, str(int(height) - 24))
                time.sleep(1.5)
            elif kind == "key":
                for key in arg.split():
                    xdotool("key", "--clearmodifiers", key)
                    time.sleep(0.4)
            elif kind == "type":
                xdotool("type", "--delay", "60", arg)
                time.sleep(0.5)
            elif kind == "click":
                x, y = arg.split(",")
                xdotool("mousemove", x, y)
                time.sleep(0.2)
                xdotool("click", "1")
                time.sleep(0.6)
            elif kind == "sleep":
                time.sleep(float(arg))
            elif kind == "shot":
                time.sleep(1)
                subprocess.run(
                    ["import", "-window", "root", f"{out}/{arg}.png"], env=env, check=True
                )
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
