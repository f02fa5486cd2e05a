"""Review #2: a program with sessions on 9999-12-31 crashed the window (the Timetable's
hour labels ran past the last date Python knows: OverflowError in every paintEvent, then
a segfault). Every view paints such a program, in the zones at either end of the world."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from PySide6.QtWidgets import QApplication

from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow


def last_day_program(zone: str, offset: str) -> bytes:
    sessions = [
        ("a", "Last", "22:00:00", "23:59:00", "R1"),
        ("b", "Last too", "22:30:00", "23:59:59", "R2"),
    ]
    return json.dumps(
        {
            "format": "planner-program",
            "version": 1,
            "conference": {
                "title": "Edge Conf",
                "acronym": "EC",
                "time_zone": zone,
                "start": "9999-12-31",
                "end": "9999-12-31",
            },
            "days": [{"date": "9999-12-31"}],
            "tracks": [],
            "rooms": ["R1", "R2"],
            "speakers": [],
            "sessions": [
                {
                    "key": key,
                    "title": title,
                    "start": f"9999-12-31T{start}{offset}",
                    "end": f"9999-12-31T{end}{offset}",
                    "room": room,
                }
                for key, title, start, end, room in sessions
            ],
        }
    ).encode()


@pytest.mark.parametrize(
    ("zone", "offset"),
    # The review's files: the last hours of 9999-12-31 in UTC, shown in UTC, in Los Angeles
    # (its evening of the 31st) and in Kiritimati (UTC+14: its last hours of that day).
    [("UTC", "+00:00"), ("America/Los_Angeles", "+00:00"), ("Pacific/Kiritimati", "+14:00")],
)
def test_every_view_paints_the_last_day_there_is(
    window: MainWindow,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    zone: str,
    offset: str,
) -> None:
    refused: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda _title, text: refused.append(text))
    program = tmp_path / "edge.planner-program.json"
    program.write_bytes(last_day_program(zone, offset))
    with qtbot.waitSignal(window.imports.finished, timeout=20_000):
        window.imports.open_path(program)
    assert refused == []
    assert window.conference is not None
    assert window.conference.title == "Edge Conf"
    for tab in Tab:
        window.show_tab(tab)
        QApplication.processEvents()
        window.grab()  # paints the view: an exception there fails the test
    window.show_tab(Tab.TIMETABLE)
    timetable = window.timetable
    assert {block.talk.key for block in timetable.blocks} == {"a", "b"}
    for zoom in (0.4, 4.0):
        timetable.set_zoom(zoom)
        timetable.verticalScrollBar().setValue(timetable.verticalScrollBar().maximum())
        timetable.viewport().grab()
