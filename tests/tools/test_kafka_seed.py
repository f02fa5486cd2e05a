"""The bundled Kafka Summit program: reproducible from the scrape, faithful to it."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from planner.bundled import bundled_program_path
from planner.formats import planner_json, read_program_file
from planner.tools import kafka_seed

from ..conftest import SHARED

if TYPE_CHECKING:
    from pathlib import Path

LONDON = ZoneInfo("Europe/London")


@pytest.fixture(scope="module")
def program():
    return read_program_file(bundled_program_path())


def test_committed_file_is_exactly_what_the_converter_writes(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert kafka_seed.main([str(kafka_seed.DEFAULT_SOURCE), str(out)]) == 0
    assert out.read_bytes() == bundled_program_path().read_bytes()


# sha256 of ../shared/seed/kafka-summit-london-2019-program.txt, the upstream scrape the
# bundled program is built from, recorded so that a clone without ../shared checks it too.
UPSTREAM_SCRAPE_SHA256 = "248dd0f2118e5d2cff9bef291361d4d26b1edb04b26ddf40f91e2d5d55463efb"


def test_repository_copy_of_the_scrape_is_the_upstream_scrape() -> None:
    ours = kafka_seed.DEFAULT_SOURCE.read_bytes()
    assert hashlib.sha256(ours).hexdigest() == UPSTREAM_SCRAPE_SHA256
    upstream = SHARED / "seed" / "kafka-summit-london-2019-program.txt"
    if upstream.exists():  # beside the repository: compare the bytes themselves as well
        assert ours == upstream.read_bytes()


def test_four_tracks_of_fourteen_talks_plus_three_keynotes(program) -> None:
    per_track = Counter(talk.track for talk in program.talks)
    assert per_track == {
        "Core Kafka": 14,
        "Event-Driven Development": 14,
        "Stream Processing": 14,
        "Use Cases": 14,
        "Keynotes": 3,
    }
    assert len(program.talks) == 59
    assert len({talk.key for talk in program.talks}) == 59


def test_every_description_on_the_page_is_a_session(program) -> None:
    text = kafka_seed.DEFAULT_SOURCE.read_text(encoding="utf-8")
    assert text.count("View Description") == 56
    abstracts = [talk.abstract for talk in program.talks if talk.type == "talk"]
    assert len(abstracts) == 56
    assert all(abstracts)
    # Spot checks: the first and last descriptions of the page are there, whole.
    assert any(a.startswith("The rise of Apache Kafka as the de facto standard") for a in abstracts)
    assert any(
        "Globally we process on average 50 -60 million member workouts" in a for a in abstracts
    )


@pytest.mark.parametrize(
    ("title", "speakers"),
    [
        ("Running Kafka in Kubernetes: A Practical Guide", ("Katherine Stanley",)),
        ("So You've Inherited Kafka? Now What?", ("Alon Gavra",)),
        (
            "Everything You Always Wanted to Know About Kafka's Rebalance Protocol but Were "
            "Afraid to Ask",
            ("Matthias J. Sax",),
        ),
        ("Show Me Kafka Tools That Will Increase My Productivity!", ("Stephane Maarek",)),
        ("The Exciting Frontier of Custom KSQL Functions", ("Mitch Seymour",)),
        ("Event Streaming: Lessons from our Cloud-Native Journey", ("Neha Narkhede",)),
        ("Growing an Engineering Culture with Apache Kafka", ("Keith Davidson",)),
        ("Is Kafka a Database?", ("Martin Kleppmann",)),
        (
            "Using Machine Learning to Understand Kafka Runtime Behavior",
            ("Shivanath Babu", "Nate Snapp"),
        ),
        (
            "Seamless Guest Experience with Kafka Streams",
            ("Ramaraju Indukurir", "Himani Arora", "Suresh Mulukaladu"),
        ),
        ("KSQL in Practice", ("Almog Gavra",)),
    ],
)
def test_confirmed_titles_and_speakers(program, title: str, speakers: tuple[str, ...]) -> None:
    matches = [talk for talk in program.talks if talk.title == title]
    assert len(matches) == 1
    assert matches[0].speakers == speakers
    assert not matches[0].untitled


def test_confirmed_talks_are_attached_to_the_right_description(program) -> None:
    by_title = {talk.title: talk for talk in program.talks}
    assert "AppsFlyer" in by_title["So You've Inherited Kafka? Now What?"].abstract
    assert (
        "rebalance protocol"
        in by_title[
            "Everything You Always Wanted to Know About Kafka's Rebalance Protocol but Were "
            "Afraid to Ask"
        ].abstract
    )
    assert "UD(A)F" in by_title["The Exciting Frontier of Custom KSQL Functions"].abstract
    assert by_title["So You've Inherited Kafka? Now What?"].track == "Core Kafka"


def test_untitled_talks_are_flagged_and_labelled_from_their_description(program) -> None:
    untitled = [talk for talk in program.talks if talk.untitled]
    # 56 talks on the page, 17 with a title line, 4 more confirmed from public sources.
    text = kafka_seed.DEFAULT_SOURCE.read_text(encoding="utf-8")
    assert text.count("  • View Description") == 39
    assert len(untitled) == 39 - 4
    for talk in untitled:
        assert talk.speakers == ()  # never invented
        first_words = " ".join(talk.title.rstrip("…").split()[:3])
        assert first_words in talk.abstract.replace("\n", " ")
        assert len(talk.title) <= 90
    titled_on_page = [t for t in program.talks if t.type == "talk" and not t.untitled]
    assert len(titled_on_page) == 17 + 4


def test_illustrative_timetable(program) -> None:
    assert program.time_zone == "Europe/London"
    assert (program.start, program.end) == (date(2019, 5, 13), date(2019, 5, 14))
    assert "illustrative" in program.notice.lower()
    days = {talk.start.astimezone(LONDON).date() for talk in program.talks}
    assert days == {date(2019, 5, 13), date(2019, 5, 14)}
    # The four tracks run in parallel: each breakout slot holds one talk per track,
    # each track has its own room.
    slots = Counter(talk.start for talk in program.talks if talk.type == "talk")
    assert set(slots.values()) == {4}
    rooms = {talk.track: talk.room for talk in program.talks}
    assert len(set(rooms.values())) == 5
    first = next(t for t in program.talks if t.title.startswith("Running Kafka in Kubernetes"))
    assert first.start == datetime(2019, 5, 13, 9, 30, tzinfo=UTC)  # 10:30 BST


def test_speaker_line_parsing() -> None:
    assert kafka_seed.parse_speakers("Shivanath Babu, Unravel Data and Nate Snapp, Adobe") == [
        ("Shivanath Babu", "Unravel Data"),
        ("Nate Snapp", "Adobe"),
    ]
    assert kafka_seed.parse_speakers("Richard Noble and Francesco Nobilia, Babylon Health") == [
        ("Richard Noble", "Babylon Health"),
        ("Francesco Nobilia", "Babylon Health"),
    ]
    assert kafka_seed.parse_speakers("Jakub Korab, Solutions Architect, Confluent") == [
        ("Jakub Korab", "Solutions Architect, Confluent")
    ]


def test_round_trip_through_the_program_format(program) -> None:
    again = planner_json.parse(planner_json.dump(program), "again")
    assert again.talks == program.talks
    assert again.speakers == program.speakers
