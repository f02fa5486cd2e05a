"""Every real schedule in tests/data/schedules imports exactly: every event, at the right
instant, in the right room, with its speakers.

Two independent checks. Each file's facts (events, distinct rooms and speakers, first and
last start) were computed by `tests/data/schedules/facts.py` with the standard library
alone and are stored beside the file; and a few events per file are spot-checked field by
field against values read off the raw file by hand (its <date>/<start>/duration, room and
persons), not from the importer's output.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from planner.domain.errors import BadInputError
from planner.formats import ReadOptions, detect_format, read_program_file
from planner.formats.builder import TimeZoneRequired

from ..conftest import SCHEDULES

if TYPE_CHECKING:
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
        "xml/klimacamp-2015.xml",
        "frab-xml",
        106,
        "Etc/GMT-2",
        (
            Expect(
                "guid:1d56657a-2e38-4241-8d90-ea9245f47235",
                utc(2015, 8, 11, 14, 0),
                utc(2015, 8, 11, 15, 30),
                "Zirkuszelt",
                ("Bruno Kern, Initiative Ökosozialismus",),
                "Karl Marx aus ökosozialistischer Perspektive",
            ),
        ),
    ),
    Case(
        "xcal/klimacamp-2015.xcal",
        "xcal",
        106,
        "Europe/Berlin",
        (
            # one <attendee> is one speaker, comma and all; <summary> says "…Perspektive-"
            Expect(
                "guid:4@kc2015@pentabarf.org",
                utc(2015, 8, 11, 14, 0),
                utc(2015, 8, 11, 15, 30),
                "Zirkuszelt",
                ("Bruno Kern, Initiative Ökosozialismus",),
                "Karl Marx aus ökosozialistischer Perspektive",
            ),
        ),
        tz="Europe/Berlin",
    ),
    Case(
        "xcal/33c3.xcal",
        "xcal",
        150,
        "Europe/Berlin",
        (
            Expect(
                "guid:7811@33c3@pentabarf.org",
                utc(2016, 12, 29, 20, 15),
                utc(2016, 12, 29, 20, 45),
                "Saal 2",
                ("Arne Semsrott",),
                "Irren ist staatlich",
            ),
        ),
        tz="Europe/Berlin",
    ),
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
    Case("ics/moca-2024.ics", "ical", 88, "UTC", ()),
    Case("ics/pyconuk-2015.ics", "ical", 162, "UTC", ()),
    Case("ics/pycones-2015.ics", "ical", 67, "Europe/Madrid", (), tz="Europe/Madrid"),
    Case("ics/pycones-2016.ics", "ical", 80, "Europe/Madrid", (), tz="Europe/Madrid"),
]

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
    assert any("ids are text" in warning for warning in program.warnings)


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


def corpus_files() -> set[str]:
    return {
        str(p.relative_to(SCHEDULES))
        for p in SCHEDULES.rglob("*")
        if p.is_file()
        and p.suffix in (".xml", ".json", ".ics", ".xcal")
        and "schemas" not in p.parts
        and not p.name.endswith(".facts.json")
    }


def test_every_corpus_file_has_a_case() -> None:
    covered = set(BY_PATH) | SPEAKER_LISTS
    assert corpus_files() == covered, corpus_files() ^ covered


def _readme_rows() -> dict[str, str]:
    """file → sha256, from the corpus README's tables."""
    text = (SCHEDULES / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|", text, re.MULTILINE)
    return dict(rows)


def test_every_file_is_listed_with_its_sha256_and_is_byte_exact() -> None:
    rows = _readme_rows()
    schemas = {str(p.relative_to(SCHEDULES)) for p in (SCHEDULES / "schemas").iterdir()}
    assert set(rows) == corpus_files() | schemas
    for name, digest in rows.items():
        assert hashlib.sha256((SCHEDULES / name).read_bytes()).hexdigest() == digest, name


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


@pytest.mark.parametrize("case", CASES, ids=[c.path for c in CASES])
def test_import_matches_the_independently_computed_facts(case: Case) -> None:
    facts = json.loads((SCHEDULES / f"{case.path}.facts.json").read_text(encoding="utf-8"))
    wall_clock = "+" not in facts["first_start"]
    assert _observed(load(case), wall_clock) == facts


def test_pentabarf_xcal_as_frab_and_pretalx_publish_it() -> None:
    for path in ("xcal/good-2025.xcal", "xcal/klimacamp-2015.xcal", "xcal/33c3.xcal"):
        # floating times and no zone: the user is asked, as for old Pentabarf XML
        with pytest.raises(TimeZoneRequired):
            read_program_file(SCHEDULES / path)
    talk = next(t for t in load(case("xcal/33c3.xcal")).talks if t.key.startswith("guid:7811@"))
    # <summary> is "Irren ist staatlich- 10 Jahre …"; pentabarf:title/subtitle keep them apart
    assert talk.title == "Irren ist staatlich"
    assert talk.subtitle == "10 Jahre Informationsfreiheitsgesetz"
    assert (talk.type, talk.language) == ("Lecture", "de")
    assert talk.url == "//fahrplan.events.ccc.de/congress/2016/Fahrplan/events/7811.html"
    # The same event in four formats: the xCal reads like the XML, JSON and iCalendar.
    keys = ("events", "rooms", "first_start", "last_start")
    good = [load(case(f"{kind}/good-2025.{kind}")) for kind in ("xml", "json", "ics")]
    xcal = _observed(load(case("xcal/good-2025.xcal")), wall_clock=False)
    for program in good:
        observed = _observed(program, wall_clock=False)
        assert {k: observed[k] for k in keys} == {k: xcal[k] for k in keys}


def test_control_characters_in_frab_xml_are_removed_and_reported() -> None:
    program = load(case("xml/klimacamp-2015.xml"))
    assert (
        "removed 5 control characters (U+0006) that XML forbids, on lines 542, 543, 544"
        in program.warnings
    )
    described = [t for t in program.talks if "Strom" in t.description + t.abstract]
    assert described
    assert not any("\x06" in t.description + t.abstract for t in program.talks)


def test_utf8_split_across_a_folded_ics_line_is_joined() -> None:
    program = load(case("ics/giggity-jres_2022.ics"))
    talk = next(t for t in program.talks if t.key == "guid:presentation_209@conf-ng.jres.org")
    assert "différents systèmes d\u2019exploitation" in talk.abstract


def test_duplicate_uids_are_all_kept() -> None:
    program = load(case("ics/moca-2024.ics"))
    keys = [talk.key for talk in program.talks]
    assert keys.count("guid:46939") == 1
    assert "guid:46939#67" in keys  # 67 of the 88 events share this UID
    assert any("83 sessions repeat an id or GUID" in w for w in program.warnings)


def test_files_with_false_or_missing_offsets() -> None:
    # PyConES 2016's XML claims +01:00 in October (Spain was on +02:00); its floating .ics,
    # read in Europe/Madrid, is right. Nothing in the XML tells, so it is read as written.
    xml = load(case("xml/pycones-2016.xml"))
    ics = load(case("ics/pycones-2016.ics"))
    assert min(t.start for t in xml.talks) - min(t.start for t in ics.talks) == timedelta(hours=1)
    for path in ("ics/pycones-2015.ics", "xml/fosdem-2024.xml"):
        with pytest.raises(TimeZoneRequired):
            read_program_file(SCHEDULES / path)
