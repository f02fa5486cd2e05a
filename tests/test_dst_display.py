"""Times that make sense on the day the clocks go back: a 30-minute talk at 02:30 CEST on
27 Oct 2024 ends at 02:00 CET, and used to print as "02:30–02:00" everywhere."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from planner.domain.clock import clock, clock_range, is_ambiguous

from .faults.conftest import run_planner
from .formats.hostile import frab_json

if TYPE_CHECKING:
    from pathlib import Path

BERLIN = ZoneInfo("Europe/Berlin")
FIRST_0230 = datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # 02:30 CEST; 02:30 CET is 01:30 UTC


def test_an_ambiguous_wall_clock_time_carries_its_zone() -> None:
    assert clock_range(FIRST_0230, FIRST_0230 + timedelta(minutes=30), BERLIN) == (
        "02:30 CEST–02:00 CET"
    )
    assert clock(FIRST_0230 + timedelta(hours=1), BERLIN) == "02:30 CET"
    assert is_ambiguous(FIRST_0230, BERLIN)
    new_york = ZoneInfo("America/New_York")
    assert clock_range(
        datetime(2024, 11, 3, 5, 30, tzinfo=UTC), datetime(2024, 11, 3, 6, 15, tzinfo=UTC), new_york
    ) == ("01:30 EDT–01:15 EST")
    # A zone without abbreviations gets its offset (Santiago, falling back on 7 Apr 2024).
    santiago = ZoneInfo("America/Santiago")
    repeated = datetime(2024, 4, 7, 2, 30, tzinfo=UTC)  # 23:30 -03, then 23:30 -04
    assert is_ambiguous(repeated, santiago)
    assert clock(repeated, santiago) == "23:30 UTC-03:00"


def test_other_days_and_spring_forward_stay_plain() -> None:
    assert clock_range(
        FIRST_0230 - timedelta(hours=8), FIRST_0230 - timedelta(hours=7), BERLIN
    ) == ("18:30–19:30")
    spring = datetime(2024, 3, 31, 0, 30, tzinfo=UTC)  # 01:30 CET, then 03:30 CEST
    assert clock_range(spring, spring + timedelta(hours=1), BERLIN) == "01:30–03:30"


def _fall_back_program(tmp_path: Path) -> Path:
    document = json.loads(
        frab_json(date="2024-10-27T02:30:00+02:00", start="02:30", duration="00:30")
    )
    conference = document["schedule"]["conference"]
    conference["start"] = conference["end"] = conference["days"][0]["date"] = "2024-10-27"
    path = tmp_path / "fall-back.json"
    path.write_text(json.dumps(document))
    return path


def test_the_command_line_and_the_pdf_print_times_that_make_sense(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_planner(data, "import", str(_fall_back_program(tmp_path))).returncode == 0
    listed = run_planner(data, "sessions").stdout
    assert "02:30 CEST–02:00 CET" in listed
    assert "02:30–02:00" not in listed
    key = "guid:22222222-2222-2222-2222-222222222222"
    assert run_planner(data, "star", key).returncode == 0
    added = run_planner(data, "busy", "add", "2024-10-27T02:45+01:00", "2024-10-27T03:15", "X")
    assert added.returncode == 0, added.stderr
    assert "02:45 CET–03:15" in run_planner(data, "busy", "list").stdout


def test_the_window_and_the_pocket_agenda_show_the_zone(qapp, tmp_path: Path) -> None:
    from planner.services import Planner
    from planner.ui.locale_format import Formats
    from planner.ui.printing import agenda_html
    from planner.ui.widgets.details import render_talk_html

    planner = Planner.open(tmp_path / "planner.sqlite3")
    try:
        report = planner.imports.file(_fall_back_program(tmp_path)).value
        [talk] = planner.catalog.talks(report.conference_id)
        planner.agenda.star(report.conference_id, talk.key)
        assert "02:30 CEST–02:00 CET" in render_talk_html(talk, BERLIN, None)
        html = agenda_html(
            planner.catalog.conference(report.conference_id),
            planner.agenda.day_plan(report.conference_id),
        )
        assert "02:30 CEST–02:00 CET" in html
        shown = Formats().time_range(talk.start, talk.end, BERLIN)
        assert shown.endswith(" CET")
        assert " CEST–" in shown
    finally:
        planner.close()
