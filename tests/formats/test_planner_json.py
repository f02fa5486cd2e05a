"""Planner's own program format: reading, and refusing bad files clearly."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from planner.domain.errors import BadInputError
from planner.formats import detect_format, read_program, read_program_file
from planner.formats.common import MAX_FILE_BYTES

if TYPE_CHECKING:
    from pathlib import Path

MINIMAL: dict[str, Any] = {
    "format": "planner-program",
    "version": 1,
    "conference": {
        "title": "Mini",
        "time_zone": "Europe/Paris",
        "start": "2024-05-01",
        "end": "2024-05-01",
    },
    "sessions": [
        {
            "key": "a",
            "title": "Only talk",
            "start": "2024-05-01T10:00:00",
            "end": "2024-05-01T10:30:00+02:00",
            "speakers": ["Zoé"],
        }
    ],
}


def encode(document: object) -> bytes:
    return json.dumps(document).encode()


def test_minimal_file_reads_with_local_times_in_the_conference_zone() -> None:
    program = read_program(encode(MINIMAL), "mini.json")
    assert program.format == "planner"
    [only] = program.talks
    assert only.start.isoformat() == "2024-05-01T08:00:00+00:00"
    assert only.speakers == ("Zoé",)


def test_detected_by_content_whatever_the_name() -> None:
    assert detect_format(encode(MINIMAL), "schedule.txt") == "planner"


def with_session(**changes: object) -> bytes:
    document = json.loads(json.dumps(MINIMAL))
    document["sessions"][0].update(changes)
    return encode(document)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "file is empty"),
        (b"\x00\x01\x02garbage\xff", "is binary data, not a conference program"),
        (b"just some notes\nabout a conference\n", "is not valid JSON"),
        (encode({**MINIMAL, "version": 99}), "version 99 is not supported"),
        (
            encode(
                {
                    **MINIMAL,
                    "conference": {
                        **MINIMAL["conference"],
                        "time_zone": "Mars/Olympus",
                    },
                }
            ),
            "unknown time zone 'Mars/Olympus'",
        ),
        (with_session(start="tomorrow"), r"sessions\[0\]: 'start' is not an ISO 8601"),
        (
            with_session(end="2024-05-01T09:00:00+02:00"),
            r"sessions\[0\] \(“Only talk”\) ends before it starts",
        ),
        (with_session(title="x" * 3000), r"sessions\[0\]: title is 3,000 characters long"),
        (with_session(speakers="Zoé"), "'speakers' should be a list"),
        (with_session(title=None), "'title' is missing"),
        (encode({**MINIMAL, "sessions": []}), "contains no sessions"),
        (
            encode({**MINIMAL, "sessions": [MINIMAL["sessions"][0]] * 2}),
            "key 'a' is used twice",
        ),
        (encode(MINIMAL)[:-20], "is not valid JSON"),
    ],
)
def test_bad_files_give_one_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(BadInputError, match=message) as caught:
        read_program(data, "bad.planner-program.json")
    assert str(caught.value).startswith("bad.planner-program.json: ")


def test_text_that_is_no_known_format() -> None:
    with pytest.raises(BadInputError, match=r"notes\.txt: is not a conference program in any"):
        read_program(b"just some notes\nabout a conference\n", "notes.txt")


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(BadInputError, match="over the 64 MiB limit"):
        read_program_file(huge)


def test_missing_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="no such file"):
        read_program_file(tmp_path / "nope.json")
    with pytest.raises(BadInputError, match="is a folder"):
        read_program_file(tmp_path)


def test_a_time_zone_asked_for_is_checked_even_though_the_file_has_one() -> None:
    """`import x.planner-program.json --tz Bogus` used to succeed, the zone never looked at."""
    from planner.formats import ReadOptions

    with pytest.raises(BadInputError, match="unknown time zone 'Bogus'"):
        read_program(encode(MINIMAL), "mini.json", options=ReadOptions("Bogus"))
    program = read_program(encode(MINIMAL), "mini.json", options=ReadOptions("Asia/Tokyo"))
    assert program.time_zone == "Europe/Paris"
    assert (
        "the file states its time zone, Europe/Paris; the time zone asked for (Asia/Tokyo) is "
        "not used for Planner program files" in program.warnings
    )
