"""LOCATION names the room and the venue where the program gives one: frab/Pentabarf XML
has `<venue>` and `<city>` (FOSDEM, PyConES); frab JSON, pretalx and the others have no
such field (neither in their schema nor in any file of the corpus), so only the room."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from ical.calendar_stream import IcsCalendarStream

from ..conftest import SCHEDULES

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner


@pytest.mark.parametrize(
    ("file", "zone", "venue"),
    [
        ("xml/fosdem-2025.xml", None, "ULB (Université Libre de Bruxelles), Brussels"),
        ("xml/pycones-2015.xml", None, "Universidad Politécnica de Valencia"),  # no <city>
        ("xml/giggity-fosdem_2021.xml", "Europe/Brussels", "Online"),  # an empty <city/>
        ("xml/eventfahrplan-schedule-39c3-20251206.xml", None, ""),  # no <venue>
        ("json/frab-camp2019.json", None, ""),
    ],
)
def test_location_carries_the_venue_the_program_names(
    empty_planner: Planner, tmp_path: Path, file: str, zone: str | None, venue: str
) -> None:
    imported = empty_planner.imports.file(SCHEDULES / file, time_zone=zone).value
    conference_id = imported.conference_id
    assert empty_planner.catalog.conference(conference_id).venue == venue
    talk = next(t for t in empty_planner.catalog.talks(conference_id) if t.room)
    empty_planner.agenda.star(conference_id, talk.key)
    target = tmp_path / "agenda.ics"
    empty_planner.exports.ics(conference_id, target)
    # Read back by an independent parser (commas in LOCATION are escaped as TEXT wants).
    [event] = IcsCalendarStream.calendar_from_ics(target.read_text()).events
    assert event.location == (f"{talk.room}, {venue}" if venue else talk.room)
