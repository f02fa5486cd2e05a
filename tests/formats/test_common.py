from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.errors import BadInputError
from planner.formats.common import decode_text, load_json
from planner.formats.times import parse_duration, parse_iso_datetime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00:30", timedelta(minutes=30)),
        ("1:00", timedelta(hours=1)),
        ("01:30:00", timedelta(hours=1, minutes=30)),
        ("00:05:30", timedelta(minutes=5, seconds=30)),
        ("0:90", timedelta(minutes=90)),
        ("1:02:30", timedelta(days=1, hours=2, minutes=30)),  # pretalx D:HH:MM
        ("PT1H30M", timedelta(hours=1, minutes=30)),
        ("PT15M", timedelta(minutes=15)),
        ("P1DT2H", timedelta(days=1, hours=2)),
        # ISO 8601's full form with zero years and months, as LSWT 2021's Jekyll site writes
        ("P0Y0M0DT0H40M0.000S", timedelta(minutes=40)),
        ("P0Y0M0DT1H0M0.000S", timedelta(hours=1)),
        ("45", timedelta(minutes=45)),
    ],
)
def test_durations(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "1:xx", "1:2:3:4", "-5", "P", "PT"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


@pytest.mark.parametrize("text", ["P1Y", "P0Y1M", "P0Y2M0DT0H40M0.000S"])
def test_durations_in_years_or_months_are_refused(text: str) -> None:
    # a year or a month has no fixed length: only zero ones can be read as a duration
    with pytest.raises(ValueError, match="years or months"):
        parse_duration(text)


def test_iso_datetimes() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert parse_iso_datetime("2024-03-01T10:00:00+01:00", None) == datetime(
        2024, 3, 1, 9, tzinfo=UTC
    )
    assert parse_iso_datetime("2024-03-01T10:00:00Z", None) == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert parse_iso_datetime("2024-07-01T10:00", berlin) == datetime(2024, 7, 1, 8, tzinfo=UTC)
    with pytest.raises(ValueError, match="no UTC offset"):
        parse_iso_datetime("2024-07-01T10:00", None)


def test_decoding_with_boms_and_bad_bytes() -> None:
    assert decode_text("\ufeffhé".encode(), "f") == "hé"
    assert decode_text("\ufeffhé".encode("utf-16-le"), "f") == "hé"
    assert decode_text("hé".encode("utf-16"), "f") == "hé"
    with pytest.raises(BadInputError, match=r"f: is not valid UTF-8 text .*\(line 2\)"):
        decode_text(b"ok\n\xff\xfe bad", "f")


def test_json_errors_name_the_place() -> None:
    with pytest.raises(BadInputError, match=r"x\.json: is not valid JSON.*line 2, column"):
        load_json(b'{\n "a": }', "x.json")
    with pytest.raises(BadInputError, match="nested deeper"):
        load_json(b"[" * 100_000 + b"]" * 100_000, "deep.json")
    with pytest.raises(BadInputError, match="empty"):
        load_json(b"  \n", "empty.json")


def test_every_registered_format_names_itself_and_is_imported_only_when_needed() -> None:
    import subprocess
    import sys

    from planner.formats import FORMATS, Reader, reader

    assert len(set(FORMATS)) == len(FORMATS) == 6
    for name in FORMATS:
        module = reader(name)
        assert isinstance(module, Reader)
        assert name == module.NAME
    probe = (
        "import sys, planner.formats, planner.export.agenda_file; "
        "print(sorted(m for m in sys.modules if m.startswith('planner.formats.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert "frab_xml" not in loaded
    assert "ical" not in loaded


def test_a_registered_module_that_is_not_a_reader_is_a_clear_programming_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from planner import formats

    monkeypatch.setitem(formats._READERS, "broken", "text")  # a module without sniff/parse
    formats.reader.cache_clear()
    try:
        with pytest.raises(TypeError, match=r"planner\.formats\.text .* is not a Reader"):
            formats.reader("broken")
    finally:
        formats.reader.cache_clear()


@pytest.mark.parametrize("name", ["../../etc", "Europe/", "", "Mars/Olympus", "x" * 5000])
def test_malformed_and_unknown_zone_names_are_unknown_zones(name: str) -> None:
    from planner.formats.common import check_zone

    with pytest.raises(BadInputError, match="unknown time zone"):
        check_zone(name, "z")
