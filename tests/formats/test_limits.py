"""The limits that keep hostile files harmless are the same for every format: Planner's own
program files are refused for exactly what a frab file is refused for, with the same words,
because both build their program through the one `ProgramBuilder`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from planner.domain.errors import BadInputError
from planner.formats import builder, read_program

LONG_TEXT = 200_001  # MAX_TEXT_CHARS + 1
LONG_TITLE = 2_001  # MAX_TITLE_CHARS + 1

FRAB_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>{conference}</title><acronym>{acronym}</acronym>
    <time_zone_name>Europe/Berlin</time_zone_name></conference>
  <day date="2024-05-01" index="1">
    <room name="{room}">
      <event id="1" guid="{guid}">
        <date>2024-05-01T10:00:00+02:00</date><start>10:00</start><duration>{duration}</duration>
        <room>{room}</room><title>{title}</title><subtitle>{subtitle}</subtitle>
        <track>{track}</track><abstract>{abstract}</abstract><url>{url}</url>
        <persons>{persons}</persons>
        <links><link href="{link}">Slides</link></links>
      </event>{more}
    </room>
  </day>
</schedule>
"""

EXTRA_EVENT = """
      <event id="{n}"><date>2024-05-01T11:00:00+02:00</date><duration>00:30</duration>
        <title>Talk {n}</title><persons><person>Speaker {n}</person></persons></event>"""


@dataclass
class Violation:
    """One limit broken the same way in a frab XML file and in a Planner program file."""

    name: str
    problem: str  # the message after "file: "; {where} is how each format names the session
    xml: dict[str, Any] = field(default_factory=dict)  # changes to the frab XML fields
    session: dict[str, Any] = field(default_factory=dict)  # changes to the Planner session
    conference: dict[str, Any] = field(default_factory=dict)  # ... to its conference
    speakers: list[dict[str, str]] = field(default_factory=list)  # its speaker list
    sessions: int = 1  # how many sessions each file has
    json_problem: str = ""  # where the two formats must word it differently


def frab_xml(sessions: int = 1, **changes: Any) -> bytes:
    fields: dict[str, Any] = {
        "conference": "Mini",
        "acronym": "mini",
        "room": "A",
        "guid": "11111111-1111-1111-1111-111111111111",
        "duration": "00:30",
        "title": "Hello",
        "subtitle": "",
        "track": "",
        "abstract": "",
        "url": "",
        "persons": "<person>Ada</person>",
        "link": "https://example.org/slides",
    }
    fields.update(changes)
    fields["more"] = "".join(EXTRA_EVENT.format(n=n) for n in range(2, sessions + 1))
    return FRAB_XML.format(**fields).encode()


def planner_program(
    sessions: int = 1,
    session: dict[str, Any] | None = None,
    conference: dict[str, Any] | None = None,
    speakers: list[dict[str, str]] | None = None,
) -> bytes:
    first: dict[str, Any] = {
        "key": "a",
        "title": "Hello",
        "start": "2024-05-01T10:00:00+02:00",
        "end": "2024-05-01T10:30:00+02:00",
        "room": "A",
        "speakers": ["Ada"],
        "links": [{"url": "https://example.org/slides", "title": "Slides"}],
    }
    first.update(session or {})
    others = [
        {
            "key": f"k{n}",
            "title": f"Talk {n}",
            "start": "2024-05-01T11:00:00+02:00",
            "end": "2024-05-01T11:30:00+02:00",
            "speakers": [f"Speaker {n}"],
        }
        for n in range(2, sessions + 1)
    ]
    document = {
        "format": "planner-program",
        "version": 1,
        "conference": {
            "title": "Mini",
            "acronym": "mini",
            "time_zone": "Europe/Berlin",
            "start": "2024-05-01",
            "end": "2024-05-01",
            **(conference or {}),
        },
        "speakers": speakers or [],
        "sessions": [first, *others],
    }
    return json.dumps(document).encode()


VIOLATIONS = [
    Violation(
        "session title",
        "{where}: title is 2,001 characters long (limit 2,000)",
        xml={"title": "x" * LONG_TITLE},
        session={"title": "x" * LONG_TITLE},
    ),
    Violation(
        "abstract",
        "{where}: abstract is 200,001 characters long (limit 200,000)",
        xml={"abstract": "x" * LONG_TEXT},
        session={"abstract": "x" * LONG_TEXT},
    ),
    Violation(
        "room",
        "{where}: room is 200,001 characters long (limit 200,000)",
        xml={"room": "r" * LONG_TEXT},
        session={"room": "r" * LONG_TEXT},
    ),
    Violation(
        "track",
        "{where}: track is 200,001 characters long (limit 200,000)",
        xml={"track": "t" * LONG_TEXT},
        session={"track": "t" * LONG_TEXT},
    ),
    Violation(
        "subtitle",
        "{where}: subtitle is 200,001 characters long (limit 200,000)",
        xml={"subtitle": "s" * LONG_TEXT},
        session={"subtitle": "s" * LONG_TEXT},
    ),
    Violation(
        "session URL",
        "{where}: URL is 200,001 characters long (limit 200,000)",
        xml={"url": "u" * LONG_TEXT},
        session={"url": "u" * LONG_TEXT},
    ),
    Violation(
        "link",
        "{where}: link is 200,001 characters long (limit 200,000)",
        xml={"link": "l" * LONG_TEXT},
        session={"links": [{"url": "l" * LONG_TEXT}]},
    ),
    Violation(
        "lasts too long",
        "{where} (“Hello”) lasts 41 days",
        xml={"duration": "1000:00"},
        session={"end": "2024-06-11T10:00:00+02:00"},
    ),
    Violation(
        "speakers per session",
        "{where} has 501 speakers (limit 500)",
        xml={"persons": "".join(f"<person>P{n}</person>" for n in range(501))},
        session={"speakers": [f"P{n}" for n in range(501)]},
    ),
    Violation(
        "speaker name",
        "a speaker: name is 2,001 characters long (limit 2,000)",
        xml={"persons": f"<person>{'n' * LONG_TITLE}</person>"},
        session={"speakers": ["n" * LONG_TITLE]},
    ),
    Violation(
        "conference title",
        "the conference: title is 2,001 characters long (limit 2,000)",
        xml={"conference": "c" * LONG_TITLE},
        conference={"title": "c" * LONG_TITLE},
    ),
    Violation(
        "conference acronym",
        "the conference: acronym is 200,001 characters long (limit 200,000)",
        xml={"acronym": "a" * LONG_TEXT},
        conference={"acronym": "a" * LONG_TEXT},
    ),
    Violation(
        "key",
        "{where}: its GUID or id is too long to identify it by (505 characters; limit 500)",
        xml={"guid": "g" * 500},
        session={"key": "k" * 501},
        json_problem="{where}: key is 501 characters long (limit 500)",
    ),
]


@pytest.mark.parametrize("violation", VIOLATIONS, ids=[v.name for v in VIOLATIONS])
def test_each_limit_refuses_frab_xml_and_planner_files_alike(violation: Violation) -> None:
    xml = frab_xml(violation.sessions, **violation.xml)
    program = planner_program(
        violation.sessions, violation.session, violation.conference, violation.speakers
    )
    with pytest.raises(BadInputError) as from_xml:
        read_program(xml, "x.xml")
    with pytest.raises(BadInputError) as from_planner:
        read_program(program, "p.planner-program.json")
    assert str(from_xml.value) == "x.xml: " + violation.problem.format(where="event 1")
    planner_problem = violation.json_problem or violation.problem
    assert str(from_planner.value) == "p.planner-program.json: " + planner_problem.format(
        where="sessions[0]"
    )


def test_the_files_of_the_violations_are_fine_without_them() -> None:
    """So each refusal above is for its violation, not for something else in the file."""
    assert read_program(frab_xml(3), "x.xml").talks[0].title == "Hello"
    assert read_program(planner_program(3), "p.planner-program.json").talks[0].title == "Hello"


@pytest.mark.parametrize(
    ("limit", "problem"),
    [("MAX_SESSIONS", "has more than 2 sessions"), ("MAX_SPEAKERS", "has more than 2 speakers")],
)
def test_counts_are_limited_alike(
    monkeypatch: pytest.MonkeyPatch, limit: str, problem: str
) -> None:
    # The real limits (200,000 sessions, 100,000 speakers) would take files of many MB;
    # the mechanism is the same at 2.
    monkeypatch.setattr(builder, limit, 2)
    with pytest.raises(BadInputError) as from_xml:
        read_program(frab_xml(3), "x.xml")
    with pytest.raises(BadInputError) as from_planner:
        read_program(planner_program(3), "p.planner-program.json")
    assert str(from_xml.value) == f"x.xml: {problem}"
    assert str(from_planner.value) == f"p.planner-program.json: {problem}"


def test_biographies_are_limited_alike() -> None:
    """frab XML has no biographies; frab JSON and Planner files do."""
    from .hostile import frab_json

    document = json.loads(frab_json())
    document["schedule"]["conference"]["days"][0]["rooms"]["A"][0]["persons"] = [
        {"public_name": "Ada", "biography": "b" * LONG_TEXT}
    ]
    problem = "speaker “Ada”: biography is 200,001 characters long (limit 200,000)"
    with pytest.raises(BadInputError) as from_json:
        read_program(json.dumps(document).encode(), "f.json")
    with pytest.raises(BadInputError) as from_planner:
        read_program(
            planner_program(speakers=[{"name": "Ada", "bio": "b" * LONG_TEXT}]),
            "p.planner-program.json",
        )
    assert str(from_json.value) == f"f.json: {problem}"
    assert str(from_planner.value) == f"p.planner-program.json: {problem}"


def test_ending_before_starting_is_refused_alike() -> None:
    """frab XML cannot say it (durations are never negative); frab JSON's `end` can."""
    from .hostile import frab_json

    problem = "event 1 (“Hello”) ends before it starts"
    with pytest.raises(BadInputError) as from_json:
        read_program(frab_json(end="2024-05-01T09:30:00+02:00"), "f.json")
    with pytest.raises(BadInputError) as from_planner:
        read_program(
            planner_program(session={"end": "2024-05-01T09:30:00+02:00"}), "p.planner-program.json"
        )
    assert str(from_json.value) == f"f.json: {problem}"
    assert str(from_planner.value) == "p.planner-program.json: " + problem.replace(
        "event 1", "sessions[0]"
    )


def test_the_zone_every_program_ends_up_in_must_exist() -> None:
    """Whatever zone a reader settles on goes through the same check before it is used."""
    from datetime import UTC, datetime

    draft = builder.ProgramBuilder("made.up", "test")
    moment = datetime(2024, 5, 1, 8, tzinfo=UTC)
    draft.add_talk(builder.DraftTalk(title="Hello", start=moment, end=moment))
    draft.time_zone = "Australia"  # a folder of the zone database, not a zone
    with pytest.raises(BadInputError, match="^made.up: unknown time zone 'Australia'$"):
        draft.build()
