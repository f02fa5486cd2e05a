"""Every real schedule in tests/data/schedules imports exactly: every event, at the right
instant, in the right room, with its speakers.

Two independent checks. Each file's facts (events, distinct rooms and speakers, first and
last start) were computed by `tests/data/schedules/facts.py` with the standard library
alone, reading the file literally, and are stored beside the file; where Planner reads more
into a file than it literally says, a hand-checked block with its evidence stands beside
them and the reading is asserted on its own. And a few events per file are spot-checked
field by field against values read off the raw file by hand (its <date>/<start>/duration,
room and persons), not from the importer's output. The corpus's licences are checked too:
every file has its licence and its source's copyright notice beside it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest

from planner.domain.errors import BadInputError
from planner.formats import ReadOptions, detect_format, read_program_file
from planner.formats.builder import TimeZoneRequired

from ..conftest import SCHEDULES

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

    from planner.domain.program import Program, ProgramTalk


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[arg-type, misc]


@dataclass(frozen=True)
class Expect:
    key: str
    start: datetime
    end: datetime
    room: str
    speakers: tuple[str, ...]
    title_starts: str = ""


@dataclass(frozen=True)
class Case:
    path: str
    format: str
    count: int
    zone: str
    events: tuple[Expect, ...]
    tz: str | None = None


# pretalx's DemoCon 2022: <date>2022-09-06T01:50:00+02:00</date>, before its day's start
# (04:00), the same in its XML, JSON and xCal
DEMOCON_FIRST = Expect(
    "guid:3d4850d3-2dfb-5648-b82c-860600bf368a",
    utc(2022, 9, 5, 23, 50),
    utc(2022, 9, 6, 1, 20),
    "Dark Red Room",
    ("Susan Martinez",),
    "Persevering cohesive concept",
)

CASES = [
    Case(
        "xml/fosdem-2025.xml",
        "frab-xml",
        943,
        "Europe/Brussels",
        (
            Expect(
                "guid:852280ac-61d3-588c-b74c-8d87f9d9d2c6",
                utc(2025, 2, 1, 9, 35),
                utc(2025, 2, 1, 10, 0),
                "K.3.201",
                ("Mikhail Gudim",),
                "A New Approach to Callee-Saved Registers",
            ),
        ),
    ),
    Case(
        "xml/giggity-fosdem_2021.xml",
        "frab-xml",
        773,
        "Europe/Brussels",
        (
            Expect(
                "id:11164",
                utc(2021, 2, 6, 9, 0),
                utc(2021, 2, 6, 9, 30),
                "M.community",
                ("Marco Marinello", "Paolo Dongilli"),
                "Empowering the school",
            ),
            Expect(
                "id:11795",
                utc(2021, 2, 6, 8, 0),
                utc(2021, 2, 6, 8, 25),
                "K.fosdem",
                (),
                "Welcome to FOSDEM 2021",
            ),
        ),
        tz="Europe/Brussels",
    ),
    Case(
        "xml/fosdem-2007.xml",
        "frab-xml",
        215,
        "Europe/Brussels",
        (
            Expect(
                "id:0",
                utc(2007, 2, 25, 14, 0),
                utc(2007, 2, 25, 14, 45),
                "Chavanne",
                ("Kristian Høgsberg",),
                "AIGLX",
            ),
            Expect(
                "id:16",
                utc(2007, 2, 25, 15, 15),
                utc(2007, 2, 25, 16, 0),
                "AW1.125",
                ("Lucas Nussbaum",),
                "Automated Testing of Debian Package",
            ),
        ),
        tz="Europe/Brussels",
    ),
    Case(
        "xml/eventfahrplan-schedule-38c3-20251206.xml",
        "frab-xml",
        1007,
        "Europe/Berlin",
        (
            # After midnight, still filed under the 27th (38C3 days run to 06:00).
            Expect(
                "guid:1c8f06f9-ce0d-51bc-9bf3-0a1f71e8e484",
                utc(2024, 12, 27, 23, 15),
                utc(2024, 12, 27, 23, 55),
                "Saal 1",
                ("Arne Vogelgesang",),
                "Desiring Technology",
            ),
            Expect(
                "guid:270fa44c-821a-577f-8ca3-33e8d4a8c2a7",
                utc(2024, 12, 27, 9, 30),
                utc(2024, 12, 27, 10, 0),
                "Saal 1",
                ("Gabriela Bogk", "Senficon", "Aline Blankertz"),
                "38C3: Opening Ceremony",
            ),
        ),
    ),
    Case(
        "xml/eventfahrplan-schedule-39c3-20251206.xml",
        "frab-xml",
        215,
        "Europe/Berlin",
        (
            Expect(
                "guid:a2dd3dc7-ecae-50b3-82d9-266ad02f7a40",
                utc(2025, 12, 27, 15, 0),
                utc(2025, 12, 27, 16, 0),
                "One",
                ("Q Misell", "maya / 551724"),
                "All my Deutschlandtickets gone",
            ),
        ),
    ),
    Case(
        "xml/giggity-36c3_merged.xml",
        "frab-xml",
        1351,
        "Etc/GMT-1",
        (
            Expect(
                "guid:6a32cb72-a69d-423c-91b5-60d88eb8e6c7",
                utc(2019, 12, 27, 10, 0),
                utc(2019, 12, 27, 10, 30),
                "Ada",
                ("bleeptrack", "blinry"),
                "Opening Ceremony",
            ),
        ),
    ),
    Case(
        "xml/giggity-debconf23.xml",
        "frab-xml",
        117,
        "Asia/Kolkata",
        (
            # <date> says 05:00Z while <start> says 10:30 IST: the same instant.
            Expect(
                "guid:455d075f-48c0-2ec2-24b3-f5add30c383a",
                utc(2023, 9, 10, 5, 0),
                utc(2023, 9, 10, 5, 20),
                "Anamudi",
                ("Sruthi Chandran",),
                "Opening Ceremony",
            ),
        ),
    ),
    Case(
        "xml/lswt2019-jekyll-schedule.xml",
        "frab-xml",
        31,
        "Europe/Berlin",
        (
            # "Z" on local times: 09:10 in Leipzig in May is 07:10 UTC.
            Expect(
                "id:111",
                utc(2019, 5, 22, 7, 10),
                utc(2019, 5, 22, 7, 30),
                "Vorträge",
                ("Prof. Dr. Sören Auer",),
                "Knowledge Graphs for Scholarly Communication",
            ),
            Expect(
                "id:101",
                utc(2019, 5, 22, 7, 0),
                utc(2019, 5, 22, 7, 10),
                "Vorträge",
                ("Dr. Sebastian Tramp", "Andreas Heinecke"),
                "Welcome",
            ),
            Expect(
                "id:300",
                utc(2019, 5, 22, 7, 40),
                utc(2019, 5, 22, 7, 40),
                "Hackathon",
                (),
                "Thinktank & Hackathon",
            ),
        ),
        tz="Europe/Berlin",
    ),
    Case(
        "json/frab-camp2019.json",
        "frab-json",
        79,
        "Europe/Berlin",
        (
            Expect(
                "guid:a0a0fcfe-b7fb-46e3-84b6-97a5406016b4",
                utc(2019, 8, 21, 9, 0),
                utc(2019, 8, 21, 9, 30),
                "Curie",
                ("jinxx", "smtw"),
                "Opening Ceremony",
            ),
        ),
    ),
    Case(
        "json/pretalx-rc3.json",
        "frab-json",
        48,
        "Etc/GMT-1",
        (
            Expect(
                "guid:c3642671-4c1f-5109-81ba-0535c1cc8428",
                utc(2020, 12, 27, 10, 30),
                utc(2020, 12, 27, 11, 10),
                "r3s - Monheim/Rhein",
                ("Chris Fiege", "Kasa"),
                "Der faule Admin",
            ),
        ),
    ),
    Case(
        "json/hub-schedule2.json",
        "frab-json",
        2,
        "Europe/Berlin",
        (
            Expect(
                "guid:270fa44c-821a-577f-8ca3-33e8d4a8c2a7",
                utc(2024, 12, 27, 9, 30),
                utc(2024, 12, 27, 10, 0),
                "Saal 1",
                ("Gabriela Bogk", "Aline Blankertz"),
                "38C3: Opening Ceremony",
            ),
        ),
    ),
    Case(
        "json/pretalx-democon.json",
        "frab-json",
        36,
        "Etc/GMT-1",
        (
            Expect(
                "guid:8079583e-8321-506c-95af-fd2903a5f075",
                utc(2020, 12, 14, 8, 0),
                utc(2020, 12, 14, 8, 30),
                "Gray Room",
                ("Brian Robinson",),
                "Focused 5thgeneration hardware",
            ),
        ),
    ),
    Case(
        "json/invalid-example.json",
        "frab-json",
        1,
        "Europe/Zurich",
        (
            Expect(
                "guid:7a0fc001-e587-47e1-b378-b6ec7e666337",
                utc(2022, 12, 28, 13, 0),
                utc(2022, 12, 28, 13, 45),
                "Winterchaos",
                ("Mänu",),
                "Internal Penetration Testing Basics",
            ),
        ),
    ),
    Case(
        "sessionize/sessionize-sample-All.json",
        "sessionize",
        11,
        "Europe/London",
        (
            Expect(
                "id:14022",
                utc(2017, 5, 27, 8, 0),
                utc(2017, 5, 27, 9, 0),
                "Green Room",
                ("Aiden Test",),
                "Aiden's Session",
            ),
        ),
        tz="Europe/London",
    ),
    Case(
        "sessionize/sessionize-sample-Sessions.json",
        "sessionize",
        10,
        "Europe/London",
        (
            Expect(
                "id:14022",
                utc(2017, 5, 27, 8, 0),
                utc(2017, 5, 27, 9, 0),
                "Green Room",
                ("Aiden Test",),
                "Aiden's Session",
            ),
        ),
        tz="Europe/London",
    ),
    Case(
        "sessionize/sessionize-sample-GridSmart.json",
        "sessionize",
        11,
        "Europe/London",
        (
            Expect(
                "id:14022",
                utc(2017, 5, 27, 8, 0),
                utc(2017, 5, 27, 9, 0),
                "Green Room",
                ("Aiden Test",),
                "Aiden's Session",
            ),
        ),
        tz="Europe/London",
    ),
    Case(
        "ics/giggity-linux_conf_au_2020.ics",
        "ical",
        262,
        "Australia/Brisbane",
        (
            Expect(
                "guid:94@lca2020.linux.org.au",
                utc(2020, 1, 14, 23, 0),
                utc(2020, 1, 14, 23, 10),
                "Arena",
                ("Joel Addison",),
                "Wednesday Welcome",
            ),
            Expect(
                "guid:235@lca2020.linux.org.au",
                utc(2020, 1, 12, 22, 0),
                utc(2020, 1, 12, 23, 0),
                "",
                (),
                "Main Conference: plenary",
            ),
        ),
    ),
    # -- found for issue 16: dialects real generators write --------------------------------
    Case(
        "xml/good-2025.xml",
        "frab-xml",
        72,
        "US/Eastern",
        (
            Expect(
                "guid:307e1812-4a21-5d33-910b-30543d8c6026",
                utc(2025, 3, 17, 17, 0),
                utc(2025, 3, 17, 21, 0),
                "Tsai Auditorium (CGIS S010)",
                (
                    "Emily Moffat Sadeghi [Ohio Supercomputer Center]",
                    "Travis Ravert [Ohio Supercomputer Center]",
                ),
                "Contributor Jam",
            ),
        ),
    ),
    Case("json/good-2025.json", "frab-json", 72, "US/Eastern", ()),
    Case(
        "xcal/good-2025.xcal",
        "xcal",
        72,
        "US/Eastern",
        (
            # floating <dtstart>20250317T130000</dtstart>, placed in the zone given
            Expect(
                "guid:cfembk@@cfp.openondemand.org",
                utc(2025, 3, 17, 17, 0),
                utc(2025, 3, 17, 21, 0),
                "Tsai Auditorium (CGIS S010)",
                (
                    "Emily Moffat Sadeghi [Ohio Supercomputer Center]",
                    "Travis Ravert [Ohio Supercomputer Center]",
                ),
                "Contributor Jam",
            ),
        ),
        tz="US/Eastern",
    ),
    Case("ics/good-2025.ics", "ical", 72, "US/Eastern", ()),
    Case(
        "xml/fosdem-2008.xml",
        "frab-xml",
        258,
        "Europe/Brussels",
        (
            Expect(
                "id:0",
                utc(2008, 2, 23, 14, 0),
                utc(2008, 2, 23, 14, 45),
                "Janson",
                ("Andrei Zmievski",),
                "Unicoding With PHP 6",
            ),
        ),
        tz="Europe/Brussels",
    ),
    Case("xml/fosdem-2012.xml", "frab-xml", 442, "Europe/Brussels", (), tz="Europe/Brussels"),
    Case("xml/fosdem-2016.xml", "frab-xml", 617, "Europe/Brussels", (), tz="Europe/Brussels"),
    Case("xml/fosdem-2020.xml", "frab-xml", 872, "Europe/Brussels", (), tz="Europe/Brussels"),
    Case("xml/fosdem-2024.xml", "frab-xml", 674, "Europe/Brussels", (), tz="Europe/Brussels"),
    Case("xml/fosdem-2026.xml", "frab-xml", 883, "Europe/Brussels", ()),
    Case("xml/pycones-2015.xml", "frab-xml", 67, "Etc/GMT-1", ()),
    Case("xml/pycones-2016.xml", "frab-xml", 80, "Etc/GMT-1", ()),
    Case(
        "ics/giggity-jres_2022.ics",
        "ical",
        120,
        "Europe/Paris",
        (
            Expect(
                "guid:presentation_209@conf-ng.jres.org",
                utc(2022, 5, 18, 16, 15),
                utc(2022, 5, 18, 17, 0),
                "Salle Endoume",
                (),
                "213 - CSAN, un catalogue d'applications scientifiques",
            ),
        ),
    ),
    Case(
        "ics/giggity-kielux_2020.ics",
        "ical",
        24,
        "UTC",
        (
            Expect(
                "guid:460@kolt20",
                utc(2020, 9, 18, 11, 0),
                utc(2020, 9, 18, 12, 0),
                "Ravensberg",
                (),
                "OpenCelium - Der generische OpenSoure API-Hub",
            ),
        ),
    ),
    Case("ics/pyconuk-2015.ics", "ical", 162, "UTC", ()),
    Case("ics/pycones-2015.ics", "ical", 67, "Europe/Madrid", (), tz="Europe/Madrid"),
    Case("ics/pycones-2016.ics", "ical", 80, "Europe/Madrid", (), tz="Europe/Madrid"),
    # -- found in session 2 ------------------------------------------------------------------
    Case(
        "xml/fosdem-2009.xml",
        "frab-xml",
        281,
        "Europe/Brussels",
        (
            # <start>14:00</start> <duration>01:00</duration> on day 2009-02-07 (CET)
            Expect(
                "id:6",
                utc(2009, 2, 7, 13, 0),
                utc(2009, 2, 7, 14, 0),
                "Chavanne",
                ("Pieter Hintjens",),
                "OpenAMQ",
            ),
        ),
        tz="Europe/Brussels",
    ),
    Case("xml/fosdem-2010.xml", "frab-xml", 301, "Europe/Brussels", (), tz="Europe/Brussels"),
    Case(
        "xml/confclerk-fosdem-2010.xml",
        "frab-xml",
        300,
        "Europe/Brussels",
        (
            # <start>10:00</start> <duration>00:45</duration>, Janson, on 2010-02-06 (CET)
            Expect(
                "id:819",
                utc(2010, 2, 6, 9, 0),
                utc(2010, 2, 6, 9, 45),
                "Janson",
                ("FOSDEM Staff",),
                "Welcome",
            ),
        ),
        tz="Europe/Brussels",
    ),
    Case("xml/fosdem-2011.xml", "frab-xml", 331, "Europe/Brussels", (), tz="Europe/Brussels"),
    Case(
        "xml/fosdem-2013.xml",
        "frab-xml",
        487,
        "Europe/Brussels",
        (
            Expect(
                "id:1113",
                utc(2013, 2, 2, 9, 30),
                utc(2013, 2, 2, 9, 55),
                "Janson",
                ("FOSDEM Staff",),
                "Welcome to FOSDEM 2013",
            ),
        ),
        tz="Europe/Brussels",
    ),
    Case("xml/fosdem-2014.xml", "frab-xml", 513, "Europe/Brussels", (), tz="Europe/Brussels"),
    Case(
        "xml/fosdem-2015.xml",
        "frab-xml",
        551,
        "Europe/Brussels",
        (
            Expect(
                "id:2632",
                utc(2015, 1, 31, 8, 30),
                utc(2015, 1, 31, 8, 55),
                "Janson",
                ("FOSDEM Staff",),
                "Welcome to FOSDEM 2015",
            ),
        ),
        tz="Europe/Brussels",
    ),
    Case(
        "xcal/pycones-2015-xcal.xml",
        "xcal",
        67,
        "Europe/Madrid",
        (
            # no UID: the key is Planner's own; the values are the file's, 16:50-17:50 in
            # Madrid (CET) on 22 November, <location>Paraninfo</location> as bare text
            Expect(
                "t:58e6cdb51349d274",
                utc(2015, 11, 22, 15, 50),
                utc(2015, 11, 22, 16, 50),
                "Paraninfo",
                (),
                "Charla Plenaria",
            ),
        ),
        tz="Europe/Madrid",
    ),
    Case(
        "xcal/pycones-2016-xcal.xml",
        "xcal",
        80,
        "Europe/Madrid",
        (
            # 15:00-17:30 in Madrid (CEST) on 7 October
            Expect(
                "t:213ecc2a4eff06f0",
                utc(2016, 10, 7, 13, 0),
                utc(2016, 10, 7, 15, 30),
                "Aulario III - 1 - (0.110)",
                (),
                "# Introducción a Python para principiantes",
            ),
        ),
        tz="Europe/Madrid",
    ),
    Case(
        "xml/lswt2021-jekyll-schedule.xml",
        "frab-xml",
        13,
        "Europe/Berlin",
        (
            # "Z" on local times, ISO 8601 durations with zero years and months
            Expect(
                "id:102",
                utc(2021, 7, 7, 7, 15),
                utc(2021, 7, 7, 7, 55),
                "Main Track",
                ("Dr. Sonja Schimmler",),
                "Keynote: A national research data infrastructure",
            ),
            Expect(
                "id:101",
                utc(2021, 7, 7, 7, 0),
                utc(2021, 7, 7, 7, 0),
                "Main Track",
                ("Sebastian Tramp", "Natanael Arndt"),
                "Begrüßung",
            ),
        ),
        tz="Europe/Berlin",
    ),
    Case(
        "xml/devconagenda-2022.xml",
        "frab-xml",
        35,
        "Europe/Berlin",
        (DEMOCON_FIRST,),
    ),
    Case(
        "json/devconagenda-2022.json",
        "frab-json",
        35,
        "Europe/Berlin",
        (DEMOCON_FIRST,),
    ),
    Case(
        "xcal/devconagenda-2022.xcal",
        "xcal",
        35,
        "Europe/Berlin",
        (dataclasses.replace(DEMOCON_FIRST, key="guid:xfur3c@@localhost"),),
        tz="Europe/Berlin",
    ),
    Case(
        "ics/devconagenda-2022.ics",
        "ical",
        36,
        "Europe/Berlin",
        (
            # the one session of the .ics that the XML, JSON and xCal leave out: 24 September,
            # outside the conference's three days
            Expect(
                "guid:pretalx-democon-hemuka@localhost",
                utc(2022, 9, 24, 7, 0),
                utc(2022, 9, 24, 7, 30),
                "Pale Golden Rod Room",
                (),
                "Enhanced stable model - Gregory Smith",
            ),
        ),
    ),
    Case(
        "ics/sched-jococruise-2019.ics",
        "ical",
        395,
        "UTC",
        (
            # LOCATION:Whole Ship\, : the escaped comma is part of the name
            Expect(
                "guid:aee4abeeae49e68a25b7d746f7aa7a89",
                utc(2020, 1, 9, 12, 0),
                utc(2020, 1, 10, 5, 0),
                "Whole Ship,",
                (),
                "Theme: Welcome, New Monkeys!",
            ),
            Expect(  # DTSTART = DTEND, no LOCATION
                "guid:8b67a8298d2a24ce71d51acf1ab53e1e",
                utc(2020, 1, 9, 16, 0),
                utc(2020, 1, 9, 16, 0),
                "",
                (),
                "Boarding Begins (Approximately)",
            ),
        ),
    ),
    Case("ics/sched-jococruise-2022.ics", "ical", 358, "UTC", ()),
    Case(
        "ics/sched-jococruise-2024.ics",
        "ical",
        439,
        "UTC",
        (
            Expect(
                "guid:60d293f6385215465dadcf5225bb7996",
                utc(2024, 3, 9, 12, 0),
                utc(2024, 3, 10, 5, 0),
                "Whole Ship",
                (),
                "Theme: Welcome, New Cruisers!",
            ),
        ),
    ),
    Case(
        "ics/sched-jococruise-2026.ics",
        "ical",
        489,
        "UTC",
        (
            Expect(
                "guid:02587a879f1b92ea76d75b7b8270b7bf",
                utc(2026, 3, 21, 17, 0),
                utc(2026, 3, 22, 5, 30),
                "Half Moon/Stuyvesant Room, Deck 3, Forward",
                (),
                "Half Moon/Stuyvesant Room Unavailable",
            ),
        ),
    ),
]

# Derived, not published: 39C3 with five U+0006 inserted (README.md, "Derived inputs"). It
# must import as the real file does, to the event.
CASES.append(
    dataclasses.replace(
        next(c for c in CASES if c.path == "xml/eventfahrplan-schedule-39c3-20251206.xml"),
        path="derived/39c3-control-characters.xml",
    )
)

_cache: dict[str, Program] = {}
BY_PATH = {c.path: c for c in CASES}


def case(path: str) -> Case:
    return BY_PATH[path]


def load(case: Case) -> Program:
    if case.path not in _cache:
        _cache[case.path] = read_program_file(
            SCHEDULES / case.path, options=ReadOptions(time_zone=case.tz)
        )
    return _cache[case.path]


@pytest.mark.parametrize("case", CASES, ids=[c.path for c in CASES])
def test_every_event_is_imported_at_the_right_instant(case: Case) -> None:
    data = (SCHEDULES / case.path).read_bytes()
    assert detect_format(data, case.path) == case.format
    program = load(case)
    assert program.format == case.format
    assert len(program.talks) == case.count
    assert len({talk.key for talk in program.talks}) == case.count
    assert program.time_zone == case.zone
    by_key = {talk.key: talk for talk in program.talks}
    for expect in case.events:
        talk: ProgramTalk = by_key[expect.key]
        assert talk.title.startswith(expect.title_starts)
        assert (talk.start, talk.end) == (expect.start, expect.end), talk.title
        assert talk.room == expect.room
        assert talk.speakers == expect.speakers
    for talk in program.talks:
        assert talk.start.tzinfo is UTC
        assert talk.end >= talk.start


def test_events_past_midnight_stay_on_their_conference_day() -> None:
    program = load(case("xml/eventfahrplan-schedule-38c3-20251206.xml"))
    late = next(t for t in program.talks if t.key == "guid:1c8f06f9-ce0d-51bc-9bf3-0a1f71e8e484")
    assert late.day == date(2024, 12, 27)
    assert late.start.date() == date(2024, 12, 27)  # 23:15 UTC = 00:15 on the 28th in Berlin
    berlin = ZoneInfo("Europe/Berlin")
    crossing = [t for t in program.talks if t.start.astimezone(berlin).date() != t.day]
    assert len(crossing) > 20  # the README counts 26 events across midnight
    assert all(t.start.astimezone(berlin).hour < 6 for t in crossing)
    assert all(day.start is not None and day.end is not None for day in program.days)


def test_repeats_without_ids_are_named_as_such() -> None:
    """PyConES 2016's xCal gives no UIDs; two events repeat another's title, start and
    room. The warning must not speak of ids or GUIDs the file does not have."""
    warnings = load(case("xcal/pycones-2016-xcal.xml")).warnings
    assert (
        "2 sessions without an id repeat the title, start and room of an earlier one; all were kept"
    ) in warnings
    assert not any("GUID" in w for w in warnings)


def test_merged_feed_keeps_duplicates_with_unique_keys() -> None:
    program = load(case("xml/giggity-36c3_merged.xml"))
    keys = [talk.key for talk in program.talks]
    assert "guid:81f5f0c4-3d35-522c-8f1c-c8825b92f00a" in keys
    assert "guid:81f5f0c4-3d35-522c-8f1c-c8825b92f00a#2" in keys
    assert any("repeat an id or GUID" in w for w in program.warnings)
    assert any("names no time zone" in w for w in program.warnings)


def test_html_abstracts_become_plain_text() -> None:
    program = load(case("xml/fosdem-2025.xml"))
    for talk in program.talks:
        assert "<p>" not in talk.abstract
        assert "&lt;" not in talk.abstract


def test_hand_made_file_quirks_are_reported() -> None:
    program = load(case("xml/lswt2019-jekyll-schedule.xml"))
    assert any("marks local times as UTC" in w for w in program.warnings)
    assert any("has no duration" in w for w in program.warnings)
    keys = {talk.key for talk in program.talks}
    assert {"id:997", "id:997#2"} <= keys


def test_track_colours_and_links_are_read() -> None:
    program = load(case("xml/eventfahrplan-schedule-39c3-20251206.xml"))
    colours = {track.name: track.color for track in program.tracks}
    assert colours["Security"] == "#0347b4"
    talk = next(t for t in program.talks if t.key == "guid:a2dd3dc7-ecae-50b3-82d9-266ad02f7a40")
    assert ("https://zügli.app", "Zügli") in {(link.url, link.title) for link in talk.links}


def test_sessionize_categories_map_to_track_and_type() -> None:
    program = load(case("sessionize/sessionize-sample-All.json"))
    talk = next(t for t in program.talks if t.key == "id:14022")
    assert (talk.track, talk.type) == ("Technical", "Session")


def test_lenient_json_reports_what_it_accepted() -> None:
    program = load(case("json/invalid-example.json"))
    # One id as text, said as one (it was "1 event ids are text").
    assert "1 event id is text where the schema wants a number; accepted" in program.warnings


def test_pretalx_zone_that_contradicts_its_offsets() -> None:
    program = load(case("json/pretalx-democon.json"))
    assert any("says its time zone is UTC" in warning for warning in program.warnings)


def test_ics_without_location_keeps_the_event() -> None:
    program = load(case("ics/giggity-linux_conf_au_2020.ics"))
    assert sum(1 for talk in program.talks if not talk.room) == 17


@pytest.mark.parametrize(
    "path",
    [
        "xml/giggity-fosdem_2021.xml",
        "xml/fosdem-2007.xml",
        "xml/lswt2019-jekyll-schedule.xml",
        "sessionize/sessionize-sample-All.json",
    ],
)
def test_files_without_a_zone_ask_for_one(path: str) -> None:
    with pytest.raises(TimeZoneRequired, match="states no time zone"):
        read_program_file(SCHEDULES / path)


def test_speaker_only_sessionize_views_are_refused_clearly() -> None:
    for name in ("sessionize-sample-Speakers.json", "sessionize-sample-SpeakerWall.json"):
        with pytest.raises(BadInputError, match="speaker list without sessions"):
            read_program_file(
                SCHEDULES / "sessionize" / name, options=ReadOptions(time_zone="Europe/London")
            )


def test_user_zone_overrides_the_files() -> None:
    program = read_program_file(
        SCHEDULES / "xml/giggity-debconf23.xml", options=ReadOptions(time_zone="UTC")
    )
    assert program.time_zone == "UTC"
    first = next(t for t in program.talks if t.key == "guid:455d075f-48c0-2ec2-24b3-f5add30c383a")
    assert first.start == utc(2023, 9, 10, 5, 0)  # the instant does not move


SPEAKER_LISTS = {
    "sessionize/sessionize-sample-Speakers.json",
    "sessionize/sessionize-sample-SpeakerWall.json",
}
FACT_KEYS = ("events", "rooms", "speakers", "first_start", "last_start")


def corpus_files() -> set[str]:
    return {
        p.relative_to(SCHEDULES).as_posix()
        for p in SCHEDULES.rglob("*")
        if p.is_file()
        and p.suffix in (".xml", ".json", ".ics", ".xcal")
        and "schemas" not in p.parts
        and not p.name.endswith(".facts.json")
    }


def schema_files() -> set[str]:
    return {
        p.relative_to(SCHEDULES).as_posix()
        for p in (SCHEDULES / "schemas").iterdir()
        if p.suffix != ".license"
    }


def test_every_corpus_file_has_a_case() -> None:
    covered = set(BY_PATH) | SPEAKER_LISTS
    assert corpus_files() == covered, corpus_files() ^ covered


def _readme_rows() -> dict[str, tuple[str, str]]:
    """file → (licence, sha256), from the corpus README's tables."""
    text = (SCHEDULES / "README.md").read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| `([^`]+)` \|.*\| `([A-Za-z0-9.+-]+)` \| `([0-9a-f]{64})` \|", text, re.MULTILINE
    )
    return {name: (licence, digest) for name, licence, digest in rows}


def test_every_file_is_listed_with_its_sha256_and_is_byte_exact() -> None:
    rows = _readme_rows()
    assert set(rows) == corpus_files() | schema_files()
    for name, (_licence, digest) in rows.items():
        assert hashlib.sha256((SCHEDULES / name).read_bytes()).hexdigest() == digest, name


# -- licences ------------------------------------------------------------------------------
LICENSES = SCHEDULES / "LICENSES"
FAVOURITES = SCHEDULES.parent / "favourites"


def _sidecar(path: Path) -> tuple[str, list[str]]:
    """The SPDX licence identifier and copyright lines of a file's `.license` sidecar."""
    text = path.with_name(path.name + ".license").read_text(encoding="utf-8")
    [licence] = re.findall(r"^SPDX-License-Identifier: (\S+)$", text, re.MULTILINE)
    return licence, re.findall(r"^SPDX-FileCopyrightText: (.+)$", text, re.MULTILINE)


def test_every_file_carries_its_licence_and_copyright_notice() -> None:
    rows = _readme_rows()
    used = set()
    for name, (listed, _digest) in rows.items():
        licence, holders = _sidecar(SCHEDULES / name)
        assert licence == listed, name  # the README table says what the sidecar says
        assert holders, name
        assert (LICENSES / f"{licence}.txt").is_file(), licence
        used.add(licence)
    for sample in FAVOURITES.iterdir():
        if sample.suffix in (".ics", ".csv", ".json"):
            licence, holders = _sidecar(sample)
            assert holders, sample.name
            assert (LICENSES / f"{licence}.txt").is_file(), licence
            used.add(licence)
    # every licence text shipped is one a file relies on (Planner's own files: REUSE.toml)
    assert {p.stem for p in LICENSES.iterdir()} == used | {"GPL-3.0-or-later"}
    own = (SCHEDULES / "REUSE.toml").read_text(encoding="utf-8")
    assert 'SPDX-License-Identifier = "GPL-3.0-or-later"' in own


def test_no_sidecar_is_left_without_its_file() -> None:
    for folder in (SCHEDULES, FAVOURITES):
        for sidecar in folder.rglob("*.license"):
            assert sidecar.with_suffix("").is_file(), sidecar


def _facts_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_facts", SCHEDULES / "facts.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_derived_inputs_are_their_real_file_plus_the_stated_change() -> None:
    facts = _facts_module()
    derived = {name for name in corpus_files() if name.startswith("derived/")}
    assert derived == set(facts.DERIVED)
    rows = _readme_rows()
    for name, (original, added_line, inserted) in facts.DERIVED.items():
        data = (SCHEDULES / name).read_bytes()
        # the change is said inside the file, on the line that was added
        assert b"Derived test input" in data.split(b"\n")[added_line - 1]
        assert data.count(inserted) == 5
        restored = facts.undo_derivation(name, data)
        assert hashlib.sha256(restored).hexdigest() == rows[original][1], name
        assert _sidecar(SCHEDULES / name)[0] == _sidecar(SCHEDULES / original)[0]


# -- facts -----------------------------------------------------------------------------------
def _observed(program: Program, wall_clock: bool) -> dict[str, object]:
    zone = ZoneInfo(program.time_zone)
    starts = sorted(talk.start for talk in program.talks)

    def shown(moment: datetime) -> str:
        if wall_clock:  # the file gives local times only: compare them as written
            return moment.astimezone(zone).replace(tzinfo=None).isoformat()
        return moment.isoformat()

    return {
        "events": len(program.talks),
        "rooms": len({talk.room for talk in program.talks if talk.room}),
        "speakers": len({name for talk in program.talks for name in talk.speakers}),
        "first_start": shown(starts[0]),
        "last_start": shown(starts[-1]),
    }


def _facts(path: str) -> dict[str, Any]:
    facts: dict[str, Any] = json.loads(
        (SCHEDULES / f"{path}.facts.json").read_text(encoding="utf-8")
    )
    return facts


@pytest.mark.parametrize("case", CASES, ids=[c.path for c in CASES])
def test_import_matches_the_independently_computed_facts(case: Case) -> None:
    facts = _facts(case.path)
    hand = facts.pop("hand", {})
    expected = {key: hand.get(key, facts[key]) for key in FACT_KEYS}
    wall_clock = "+" not in expected["first_start"]
    assert _observed(load(case), wall_clock) == expected
    if "speaker_names" in hand:
        names = {name for talk in load(case).talks for name in talk.speakers}
        assert names == set(hand["speaker_names"])


HAND_CHECKED = {
    "xml/lswt2019-jekyll-schedule.xml": {"first_start", "last_start", "speakers"},
    "xml/lswt2021-jekyll-schedule.xml": {"first_start", "last_start", "speakers"},
    "ics/giggity-linux_conf_au_2020.ics": {"speakers"},
    "sessionize/sessionize-sample-All.json": {"first_start", "last_start"},
    "sessionize/sessionize-sample-GridSmart.json": {"first_start", "last_start"},
    "sessionize/sessionize-sample-Sessions.json": {"first_start", "last_start"},
}


@pytest.mark.parametrize("case", CASES, ids=[c.path for c in CASES])
def test_hand_checked_facts_are_only_where_planner_reads_more_than_the_text(case: Case) -> None:
    # What the file literally says (facts.py) and what a person checked against the file's
    # own evidence differ exactly where Planner adds a reading of its own; nowhere else
    # does a hand block stand in for the computed facts.
    facts = _facts(case.path)
    hand = facts.get("hand")
    if case.path not in HAND_CHECKED:
        assert hand is None
        return
    assert hand is not None
    assert hand["checked_by"] == "hand"
    assert hand["evidence"]
    differs = {key for key in FACT_KEYS if key in hand and hand[key] != facts[key]}
    assert differs == HAND_CHECKED[case.path]


def _as_written(path: str, tag: str) -> list[datetime]:
    root = ET.fromstring((SCHEDULES / path).read_bytes())
    return sorted(datetime.fromisoformat(e.text or "") for e in root.iter(tag))


@pytest.mark.parametrize(
    "path", ["xml/lswt2019-jekyll-schedule.xml", "xml/lswt2021-jekyll-schedule.xml"]
)
def test_what_planner_adds_to_z_marked_local_times(path: str) -> None:
    # LSWT's <date>s say Z on the clock time of <start>; the programme (the facts' hand
    # block) has them as Leipzig times, CEST in May and July: every instant two hours earlier.
    written = _as_written(path, "date")
    program = load(case(path))
    assert sorted(t.start for t in program.talks) == [w - timedelta(hours=2) for w in written]


def test_iso_8601_durations_with_years_and_months_spelled_out() -> None:
    # LSWT 2021 writes <duration>P0Y0M0DT0H40M0.000S</duration>: every one is read; only
    # the one empty <duration> is reported
    program = load(case("xml/lswt2021-jekyll-schedule.xml"))
    assert not any("unreadable duration" in warning for warning in program.warnings)
    assert sum("has no duration" in warning for warning in program.warnings) == 1
    tutorial = next(t for t in program.talks if t.title.startswith("DBpedia Tutorial"))
    assert tutorial.end - tutorial.start == timedelta(hours=3)  # P0Y0M0DT3H0M0.000S


@pytest.mark.parametrize("year", [2015, 2016])
def test_loose_rfc6321_xcal_reads_like_the_same_sites_ics(year: int) -> None:
    # PyConES's Django site wrote the same programme as `schedule.ics` and `xcal.xml`
    # (RFC 6321 without <components>, bare <location>s): both read the same in Madrid.
    xcal = load(case(f"xcal/pycones-{year}-xcal.xml"))
    ics = load(case(f"ics/pycones-{year}.ics"))

    def sessions(program: Program) -> list[tuple[datetime, datetime, str, str]]:
        return sorted((t.start, t.end, t.room, t.title) for t in program.talks)

    assert sessions(xcal) == sessions(ics)


def test_pretalx_exports_of_one_event_agree() -> None:
    # pretalx 2.3's XML, JSON, xCal and iCalendar of DemoCon 2022: the same 35 sessions;
    # the .ics alone adds one dated outside the conference's days, which the others omit.
    kinds = ("xml/devconagenda-2022.xml", "json/devconagenda-2022.json")
    programs = [load(case(path)) for path in (*kinds, "xcal/devconagenda-2022.xcal")]
    ics = load(case("ics/devconagenda-2022.ics"))

    def sessions(program: Program) -> set[tuple[datetime, datetime, str]]:
        return {(t.start, t.end, t.room) for t in program.talks}

    for program in programs[1:]:
        assert sessions(program) == sessions(programs[0])
    extra = sessions(ics) - sessions(programs[0])
    assert extra == {(utc(2022, 9, 24, 7, 0), utc(2022, 9, 24, 7, 30), "Pale Golden Rod Room")}
    assert sessions(programs[0]) <= sessions(ics)


def test_what_planner_adds_to_sessionize_times() -> None:
    # Sessionize's "Z" is read as nothing: each startsAt is a clock time in the zone the
    # user gives (Europe/London, BST in May), so each instant is one hour before the Z's.
    path = "sessionize/sessionize-sample-All.json"
    document = json.loads((SCHEDULES / path).read_bytes())
    written = sorted(
        datetime.fromisoformat(s["startsAt"]) for s in document["sessions"] if s.get("startsAt")
    )
    program = load(case(path))
    assert sorted(t.start for t in program.talks) == [w - timedelta(hours=1) for w in written]


def test_pentabarf_xcal_as_frab_and_pretalx_publish_it() -> None:
    # floating times and no zone: the user is asked, as for old Pentabarf XML
    with pytest.raises(TimeZoneRequired):
        read_program_file(SCHEDULES / "xcal/good-2025.xcal")
    # The same event in four formats: the xCal reads like the XML, JSON and iCalendar.
    keys = ("events", "rooms", "first_start", "last_start")
    good = [load(case(f"{kind}/good-2025.{kind}")) for kind in ("xml", "json", "ics")]
    xcal = _observed(load(case("xcal/good-2025.xcal")), wall_clock=False)
    for program in good:
        observed = _observed(program, wall_clock=False)
        assert {k: observed[k] for k in keys} == {k: xcal[k] for k in keys}
    # pentabarf:title, <category>, pentabarf:language-code and <url> as the XML has them
    by_slug = {t.url: t for t in load(case("xml/good-2025.xml")).talks}
    for talk in load(case("xcal/good-2025.xcal")).talks:
        twin = by_slug[talk.url]
        assert (talk.title, talk.type, talk.language) == (twin.title, twin.type, twin.language)


def test_control_characters_in_frab_xml_are_removed_and_reported() -> None:
    # The derived file is 39C3's with five U+0006 inserted in one description: stripped,
    # it imports as exactly the same program as the real file, with one warning more.
    program = load(case("derived/39c3-control-characters.xml"))
    assert program.warnings == (
        "removed 5 control characters (U+0006) that XML forbids, on lines 214, 215, 216",
    )
    original = load(case("xml/eventfahrplan-schedule-39c3-20251206.xml"))
    assert original.warnings == ()
    same = [f.name for f in dataclasses.fields(original) if f.name not in ("source", "warnings")]
    for field in same:
        assert getattr(program, field) == getattr(original, field), field
    described = next(t for t in program.talks if t.title.startswith("Episode II"))
    assert described.description.startswith(
        "Die Chatkontrolle liest sich mehr wie eine tragische Komödie, als ein"
    )


def test_utf8_split_across_a_folded_ics_line_is_joined() -> None:
    program = load(case("ics/giggity-jres_2022.ics"))
    talk = next(t for t in program.talks if t.key == "guid:presentation_209@conf-ng.jres.org")
    assert "différents systèmes d\u2019exploitation" in talk.abstract


def test_duplicate_uids_are_all_kept() -> None:
    # PyConES 2016's feed gives UIDs 3, 18 and 31 to two VEVENTs each (RFC 5545 wants one
    # per event): the second of each pair has the description, and both are kept.
    program = load(case("ics/pycones-2016.ics"))
    keys = [talk.key for talk in program.talks]
    for uid in ("3", "18", "31"):
        assert keys.count(f"guid:{uid}") == 1
        assert keys.count(f"guid:{uid}#2") == 1
    by_key = {talk.key: talk for talk in program.talks}
    assert by_key["guid:3"].title == by_key["guid:3#2"].title == "TensorFlow y Space Apps Challenge"
    assert not by_key["guid:3"].abstract
    assert by_key["guid:3#2"].abstract.startswith("¿Ha cambiado la aproximación")
    assert "3 sessions repeat an id or GUID used earlier in the file; all were kept" in (
        program.warnings
    )
    uk = load(case("ics/pyconuk-2015.ics"))
    assert sum(1 for talk in uk.talks if talk.key.endswith("#2")) == 1


def test_files_with_false_or_missing_offsets() -> None:
    # PyConES 2016's XML claims +01:00 in October (Spain was on +02:00); its floating .ics,
    # read in Europe/Madrid, is right. Nothing in the XML tells, so it is read as written.
    xml = load(case("xml/pycones-2016.xml"))
    ics = load(case("ics/pycones-2016.ics"))
    assert min(t.start for t in xml.talks) - min(t.start for t in ics.talks) == timedelta(hours=1)
    for path in ("ics/pycones-2015.ics", "xml/fosdem-2024.xml"):
        with pytest.raises(TimeZoneRequired):
            read_program_file(SCHEDULES / path)
