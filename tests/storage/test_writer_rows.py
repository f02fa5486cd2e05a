"""The program writer's SQL writes what the ORM schema reads, and storing a program never
uses the ORM: `planner import` neither configures the mappers nor compiles a statement
(issue 18: they were a sixth of storing FOSDEM)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from planner.domain.agenda import Priority
from planner.domain.links import Link
from planner.domain.preferences import SOURCE_IDS
from planner.domain.program import ProgramDay
from planner.storage.schema import Conference, Day, Preference, Room, Speaker, Talk, Track

from ..conftest import SCHEDULES
from ..factories import program, talk

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner


def test_every_column_the_writer_fills_reads_back_through_the_orm(
    empty_planner: Planner,
) -> None:
    first = program(
        talk(
            "guid:1",
            "Opening",
            speakers=("Ada", "Grace"),
            links=(Link("https://example.org/slides", "Slides ✓"),),
            abstract="Line one\n\nünïcode",
        ),
        talk("guid:2", "Untitled", at=60, room="Hall B", track="Side", untitled=True),
    )
    day_start = datetime(2024, 3, 1, 7, 0, tzinfo=UTC)
    first = replace(
        first, days=(ProgramDay(date(2024, 3, 1), day_start, day_start + timedelta(hours=12)),)
    )
    before = datetime.now(UTC)
    report = empty_planner.imports.program(first).value
    with empty_planner.database.reading() as session:
        conference = session.scalars(select(Conference)).one()
        assert conference.id == report.conference_id
        assert (conference.start_date, conference.end_date) == (first.start, first.end)
        assert conference.identity == first.identity
        assert conference.title == first.title
        assert before <= conference.imported_at == conference.updated_at <= datetime.now(UTC)
        assert conference.imported_at.tzinfo is UTC
        (day,) = session.scalars(select(Day)).all()
        assert (day.date, day.start, day.end) == (
            date(2024, 3, 1),
            day_start,
            day_start + timedelta(hours=12),
        )
        talks = {row.key: row for row in session.scalars(select(Talk))}
        assert talks["guid:1"].start == first.talks[0].start
        assert talks["guid:1"].end == first.talks[0].end
        assert talks["guid:1"].links == [{"url": "https://example.org/slides", "title": "Slides ✓"}]
        assert talks["guid:1"].abstract == "Line one\n\nünïcode"
        assert talks["guid:1"].day_id == day.id
        assert (talks["guid:1"].untitled, talks["guid:2"].untitled) == (False, True)
        assert talks["guid:2"].cancelled is False
        rooms = {row.name: row.position for row in session.scalars(select(Room))}
        assert rooms == {"Hall A": 0, "Hall B": 1}
        assert {row.name for row in session.scalars(select(Track))} == {"Main", "Side"}
        assert {row.name for row in session.scalars(select(Speaker))} == {"Ada", "Grace"}
        kept = session.get(Preference, SOURCE_IDS.key(report.conference_id))
        assert kept is not None
        assert isinstance(kept.value, dict)

    # An update: a day's bounds move, a starred session leaves (kept, cancelled, with its
    # room), a speaker goes.
    empty_planner.agenda.star(report.conference_id, "guid:2", Priority.MUST)
    moved = day_start + timedelta(hours=1)
    second = replace(
        program(talk("guid:1", "Opening", speakers=("Ada",))),
        days=(ProgramDay(date(2024, 3, 1), moved, moved + timedelta(hours=12)),),
    )
    empty_planner.imports.program(second)
    with empty_planner.database.reading() as session:
        (day,) = session.scalars(select(Day)).all()
        assert (day.start, day.end) == (moved, moved + timedelta(hours=12))
        talks = {row.key: row for row in session.scalars(select(Talk))}
        assert (talks["guid:1"].cancelled, talks["guid:2"].cancelled) == (False, True)
        assert {row.name for row in session.scalars(select(Speaker))} == {
            "Ada"
        }  # Grace spoke only in what changed
        assert {row.name for row in session.scalars(select(Room))} == {"Hall A", "Hall B"}
        assert session.scalars(select(Conference)).one().imported_at < datetime.now(UTC)


IMPORT_TWICE = """
import json, sys
from pathlib import Path
from planner.services import Planner
from planner.storage.schema import Base

core = Planner.open(Path(sys.argv[1]))
for path in sys.argv[2:]:
    core.imports.file(Path(path))
mappers = list(Base.registry.mappers)
print(json.dumps([mapper.class_.__name__ for mapper in mappers if mapper.configured]))
"""


def test_importing_a_program_and_its_update_never_configures_the_orm(tmp_path: Path) -> None:
    fosdem = SCHEDULES / "xml" / "fosdem-2025.xml"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            IMPORT_TWICE,
            str(tmp_path / "planner.sqlite3"),
            str(fosdem),
            str(fosdem),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert json.loads(done.stdout) == []
