"""The window as a screen reader sees it: the real app under Xvfb, on a D-Bus session
with the AT-SPI registry, its accessibility tree read by Debian's pyatspi (in the system
Python, as Orca and Accerciser read it). Two overlapping sessions are starred first, so
the Timetable shows stars and a clash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.slow

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CATALOGS = Path(__file__).parents[2] / "resources" / "translations"


def _require(path: str) -> str:
    found = shutil.which(path) if "/" not in path else (path if Path(path).exists() else None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{path} is required in CI (scripts/test installs it)")
        pytest.skip(f"{path} not installed")
    return found


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X server, a D-Bus session and the accessibility bus, for this test alone."""
    xvfb_binary = _require("Xvfb")
    _require(BUS_LAUNCHER)
    _require(SYSTEM_PYTHON)
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if check.returncode != 0:
        _require("/nonexistent/python3-pyatspi")
    read_end, write_end = os.pipe()
    screen = ["-screen", "0", "1280x800x24", "-nolisten", "tcp"]
    xvfb = subprocess.Popen(
        [xvfb_binary, "-displayfd", str(write_end), *screen],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as display_pipe:
        display = display_pipe.readline().strip()
    assert display, "Xvfb did not start"
    bus = subprocess.Popen(
        [_require("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = {
        **os.environ,
        "DISPLAY": f":{display}",
        "DBUS_SESSION_BUS_ADDRESS": address,
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "LANGUAGE": "",
        "LC_ALL": "C.UTF-8",
        "PLANNER_DATA_DIR": str(tmp_path / "data"),
    }
    launcher = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield env
    finally:
        for process in (launcher, bus, xvfb):
            process.terminate()
            process.wait(timeout=10)
        bus.stdout.close()


def _planner(env: dict[str, str], *args: str) -> Any:
    result = subprocess.run(
        [sys.executable, "-m", "planner", *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def _walk(tree: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield tree
    for child in tree["children"]:
        yield from _walk(child)


CONTROLS = {
    "push button", "check box", "combo box", "text", "tree", "table", "list", "page tab",
    "spin button", "toggle button", "radio button", "menu item", "slider",
}  # fmt: skip
# What a screen reader still meets without a name, as "parent role:name > role". Each is
# a known gap: fix it and drop it from here (the test fails while a fixed one is listed).
UNNAMED_TODAY: set[str] = set()
# Controls a screen reader meets without a description: Qt's own scroll buttons of the
# tab bar (their names say all). Known, so that none is added unseen.
UNDESCRIBED_TODAY = {"push button:Scroll Left", "push button:Scroll Right"}
# What the main controls say after their names (planner/ui/descriptions.py and the
# widgets' own), as a screen reader reads them over AT-SPI.
KEYS = "S or Space stars the selected session; 1, 2 and 3 set its priority."
DESCRIBED = {
    ("tree", "Conference program"):
        f"The program by day and track; the selected session shows at the side. {KEYS}",
    ("table", "Sessions"):
        f"Every session that matches the search and the filters, one a row. {KEYS}",
    ("list", "Timetable"):
        f"The day's sessions by room and time; arrow keys move between them. {KEYS}",
    ("tree", "My agenda"):
        f"Your starred sessions day by day, with their clashes and free time. {KEYS}",
    ("tree", "Speakers"): "Every speaker, with the sessions they give",
    ("page tab", "Program"): "The conference by day and track (Ctrl+1)",
    ("page tab", "List"): "Every session in a table you can search and filter (Ctrl+2)",
    ("page tab", "Timetable"): "One day's sessions by room and time (Ctrl+3)",
    ("page tab", "My Agenda"): "Your starred sessions, their clashes and your free time (Ctrl+4)",
    ("page tab", "Speakers"): "Every speaker and the sessions they give (Ctrl+5)",
    ("check box", "Only starred sessions"): "Show only the sessions you starred",
    ("check box", "Only clashing sessions"): "Show only your starred sessions that clash: "
    "they overlap, or leave too little time to walk",
    ("text", "Search sessions"): "Search titles, abstracts, speakers… (Ctrl+F)",
    ("push button", "Clear search and filters"): "Clear the search and every filter",
    ("push button", "Zoom in"): "Show the Timetable larger: more room for titles",
    ("check box", "More of the toolbar"): "Shows the commands that do not fit in the window",
}  # fmt: skip


def undescribed_controls(tree: dict[str, Any]) -> set[str]:
    """Controls without a description, as "role:name" (a combo box's drop-down list is
    Qt's, and the menus' items say their tips in the status bar)."""
    found = set()

    def visit(node: dict[str, Any], parent: dict[str, Any] | None) -> None:
        popup = node["role"] == "list" and parent is not None and parent["role"] == "combo box"
        control = node["role"] in CONTROLS - {"menu item"} and not popup
        if control and not node["description"].strip():
            found.add(f"{node['role']}:{node['name']}")
        for child in node["children"]:
            visit(child, node)

    visit(tree, None)
    return found


def unnamed_controls(tree: dict[str, Any]) -> set[str]:
    """Controls without a name (a combo box's drop-down list is Qt's and named by its
    items, so it is left out)."""
    found = set()

    def visit(node: dict[str, Any], parent: dict[str, Any] | None) -> None:
        if node["role"] in CONTROLS and not node["name"].strip():
            popup = (
                node["role"] == "list" and parent is not None and (parent["role"] == "combo box")
            )
            if not popup and parent is not None:
                found.add(f"{parent['role']}:{parent['name']} > {node['role']}")
        for child in node["children"]:
            visit(child, node)

    visit(tree, None)
    return found


def _find(tree: dict[str, Any], role: str, name: str) -> dict[str, Any]:
    found = [n for n in _walk(tree) if n["role"] == role and n["name"] == name]
    assert found, f"no {role} named {name!r} in the accessibility tree"
    return found[0]


def _the_app_as_a_screen_reader_reads_it(
    desktop: dict[str, str], tmp_path: Path, *, language: str = "", quit_name: str = "Quit"
) -> tuple[dict[str, Any], list[dict[str, Any]], tuple[dict[str, Any], dict[str, Any]]]:
    """The accessibility tree of the app opened on the Timetable (on a desktop in
    `language`, as `LANGUAGE=de planner` starts it), after two sessions at the same time
    were starred; the first day's sessions; the starred two."""
    sessions = _planner(desktop, "sessions")
    first_day = min(s["day"] for s in sessions)
    day = sorted(
        (s for s in sessions if s["day"] == first_day), key=lambda s: (s["start"], s["room"])
    )
    # Two sessions at the same time in different rooms: starred, they clash.
    same_time = next(
        (a, b) for a in day for b in day if a["start"] == b["start"] and a["room"] < b["room"]
    )
    _planner(desktop, "star", same_time[0]["key"], "--priority", "must")
    _planner(desktop, "star", same_time[1]["key"], "--priority", "maybe")
    config = tmp_path / "data" / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "planner.ini").write_text("[window]\nview=2\n")  # open on the Timetable

    app = subprocess.Popen(
        [sys.executable, "-m", "planner"],
        env={**desktop, "LANGUAGE": language},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        walked = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), "Planner", "--items", "500", "--quit", quit_name],
            env=desktop,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert walked.returncode == 0, walked.stderr
        # Quit, activated through the accessibility tree, ends the app cleanly.
        output, _ = app.communicate(timeout=60)
        assert app.returncode == 0, output
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    return json.loads(walked.stdout), day, same_time


def test_screen_reader_finds_views_details_and_timetable_blocks(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    tree, day, same_time = _the_app_as_a_screen_reader_reads_it(desktop, tmp_path)

    # The window and its views, by name.
    _find(tree, "frame", "Kafka Summit London 2019 — Planner")
    tabs = [n for n in _walk(tree) if n["role"] == "page tab"]
    assert [t["name"] for t in tabs] == ["Program", "List", "Timetable", "My Agenda", "Speakers"]
    assert "selected" in next(t for t in tabs if t["name"] == "Timetable")["states"]
    _find(tree, "tree", "Conference program")
    _find(tree, "table", "Sessions")
    _find(tree, "tree", "My agenda")
    _find(tree, "tree", "Speakers")

    # The Timetable's blocks: one list item per session of the day, in reading order.
    timetable = _find(tree, "list", "Timetable")
    blocks = timetable["children"]
    assert [b["role"] for b in blocks] == ["list item"] * len(day)
    assert [b["name"] for b in blocks] == [s["title"] for s in day]
    for block, session in zip(blocks, day, strict=True):
        assert session["room"] in block["description"]
        start = session["start"][11:16]  # "09:00" (the C locale writes 24-hour times)
        assert start in block["description"]
    must = next(b for b in blocks if b["name"] == same_time[0]["title"])
    maybe = next(b for b in blocks if b["name"] == same_time[1]["title"])
    assert "checked" in must["states"]
    assert "Starred: must see" in must["description"]
    assert "Starred: maybe" in maybe["description"]
    for clashing in (must, maybe):
        assert "Clashes with another session you attend" in clashing["description"]
    calm = [b for b in blocks if b not in (must, maybe)]
    assert all("checked" not in b["states"] for b in calm)
    assert all("Clashes" not in b["description"] for b in calm)
    assert sum("showing" in b["states"] for b in blocks) >= 3

    # The current session's details: the pane shows one of the day's sessions in full.
    details = _find(tree, "label", "Session details")
    shown = [s for s in day if s["title"] in details["text"]]
    assert len(shown) == 1, details["text"][:300]
    assert shown[0]["room"] in details["text"]
    star = _find(tree, "check box", "Star this session")
    assert star["description"] == "Adds the session to your agenda, or takes it out"
    # Qt names a combo box after its current item; its purpose is in the description.
    described = {n["description"] for n in _walk(tree) if n["role"] == "combo box"}
    assert "Priority: how much you want to see this session" in described
    assert "Status: attend this session, keep it as plan B, or skip it" in described
    assert (
        _find(tree, "text", "Personal note")["description"]
        == "Kept as soon as you leave the field; it does not star the session"
    )

    # Every control has a name, but for the known gaps (listed, so none is added unseen).
    assert unnamed_controls(tree) == UNNAMED_TODAY
    # ... and a description: the main ones as the window gives them, read over AT-SPI.
    descriptions = {key: _find(tree, *key)["description"] for key in DESCRIBED}
    assert descriptions == DESCRIBED
    assert undescribed_controls(tree) == UNDESCRIBED_TODAY


def _german(context: str, source: str) -> str:
    """The German catalog's translation of `source` (as the window shows it: no `&`)."""
    catalog = ElementTree.parse(CATALOGS / "planner_de.ts").getroot()
    for found in catalog.iter("context"):
        if found.findtext("name") != context:
            continue
        for message in found.iter("message"):
            if message.findtext("source") == source:
                translation = message.findtext("translation") or ""
                assert translation, (context, source)
                return translation.replace("&", "")
    raise AssertionError(f"no {source!r} in {context} of the German catalog")


def test_a_german_screen_reader_finds_views_details_and_timetable_blocks(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    """The same walk with the app started on a German desktop (`LANGUAGE=de`): the
    views, the details and the Timetable's blocks by their German names, and no English
    word of ours in their descriptions."""
    tree, day, same_time = _the_app_as_a_screen_reader_reads_it(
        desktop, tmp_path, language="de", quit_name=_german("Actions", "&Quit")
    )
    tabs = [n["name"] for n in _walk(tree) if n["role"] == "page tab"]
    assert tabs == [
        _german("MainWindow", source)
        for source in ("&Program", "&List", "&Timetable", "My &Agenda", "Spea&kers")
    ]
    assert tabs[0] != "Program"
    views = {
        "tree": [
            _german("ProgramView", "Conference program"),
            _german("AgendaPage", "My agenda"),
            _german("MainWindow", "Speakers"),
        ],
        "table": [_german("SessionList", "Sessions")],
    }
    for role, names in views.items():
        for name in names:
            described = _find(tree, role, name)["description"]
            assert described.strip()
            assert "session" not in described.replace("Session", "")  # no English sentence

    timetable = _find(tree, "list", _german("TimetableView", "Timetable"))
    blocks = timetable["children"]
    assert [b["role"] for b in blocks] == ["list item"] * len(day)
    assert [b["name"] for b in blocks] == [s["title"] for s in day]
    for block, session in zip(blocks, day, strict=True):
        assert session["room"] in block["description"]
        assert session["start"][11:16] in block["description"]  # German times are 24-hour
    must = next(b for b in blocks if b["name"] == same_time[0]["title"])
    maybe = next(b for b in blocks if b["name"] == same_time[1]["title"])
    assert _german("TimetableSpeech", "Starred: must see") in must["description"]
    assert _german("TimetableSpeech", "Starred: maybe") in maybe["description"]
    clash = _german("TimetableSpeech", "Clashes with another session you attend")
    assert clash in must["description"]
    assert "Starred" not in must["description"]
    assert "Clashes" not in must["description"]

    details = _find(tree, "label", _german("DetailsPane", "Session details"))
    shown = [s for s in day if s["title"] in details["text"]]
    assert len(shown) == 1, details["text"][:300]
    assert shown[0]["room"] in details["text"]
    assert unnamed_controls(tree) == UNNAMED_TODAY
