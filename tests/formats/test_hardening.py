"""Reader hardening (issue 13): each class of bad input that used to crash, hang, read too
much or silently mislead now gives one clear error (or a warning), and a refused file
leaves the database byte for byte as it was."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from planner.domain.errors import BadInputError
from planner.export import agenda_file
from planner.formats import ReadOptions, read_program, read_program_file
from planner.formats import files as files_module

from ..conftest import database_digest, settle_database
from .hostile import frab_json, frab_xml

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.services import Planner


def _agenda(planner: Planner, tmp_path: Path, **changes: object) -> Path:
    """A real agenda file of the bundled program, changed and signed again."""
    conference = planner.catalog.conference(None).id
    target = tmp_path / "mine.planner-agenda"
    planner.sharing.export_agenda(conference, target, shared_by="Me")
    document = json.loads(target.read_bytes())
    for path, value in changes.items():
        holder = document
        *parents, last = path.split("__")
        for name in parents:
            holder = holder[int(name)] if isinstance(holder, list) else holder[name]
        holder[last] = value
    document["checksum"] = agenda_file._checksum(document)
    target.write_text(json.dumps(document))
    return target


# -- time zones that are tzdata folders ------------------------------------------------
def test_a_zone_folder_in_the_file_is_an_unknown_zone_not_a_crash() -> None:
    data = frab_xml().replace(b"Europe/Berlin", b"Australia")
    program = read_program(data, "z.xml")  # the events' offsets still place them
    assert any("unknown time zone 'Australia' in the file" in w for w in program.warnings)


@pytest.mark.parametrize("zone", ["Australia", "America", "../../etc", "Europe/"])
def test_a_zone_folder_given_by_the_user_is_refused_clearly(zone: str) -> None:
    for data, name in ((frab_xml(), "z.xml"), (frab_json(), "z.json")):
        with pytest.raises(BadInputError, match="unknown time zone"):
            read_program(data, name, options=ReadOptions(time_zone=zone))


# -- JSON that Python's parser reads, but no program holds ----------------------------
def test_a_million_digit_integer_is_refused(planner: Planner, tmp_path: Path) -> None:
    huge = "9" * 1_000_000
    program = frab_json().replace(b'"id": 1', f'"id": {huge}'.encode())
    with pytest.raises(BadInputError, match="a number with thousands of digits"):
        read_program(program, "big.json")
    agenda = tmp_path / "big.planner-agenda"
    agenda.write_text('{"format": "planner-agenda", "version": ' + huge + "}")
    with pytest.raises(BadInputError, match="a number with thousands of digits"):
        agenda_file.parse(agenda.read_bytes(), str(agenda))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_is_not_json(constant: str) -> None:
    data = frab_json().replace(b'"title": "Hello"', f'"title": {constant}'.encode())
    with pytest.raises(BadInputError, match=f"is not valid JSON: {constant} is not a JSON value"):
        read_program(data, "nan.json")


# -- agenda files ---------------------------------------------------------------------
def test_agenda_version_true_is_not_version_1(planner: Planner, tmp_path: Path) -> None:
    path = _agenda(planner, tmp_path, version=True)
    with pytest.raises(BadInputError, match="version True"):
        agenda_file.parse(path.read_bytes(), str(path))
    program = json.loads(_bundled().read_bytes())
    program["version"] = True
    with pytest.raises(BadInputError, match="version True"):
        read_program(json.dumps(program).encode(), "p.planner-program.json")


def _bundled() -> Path:
    from planner.bundled import bundled_program_path

    return bundled_program_path()


def _star_one(planner: Planner) -> None:
    conference = planner.catalog.conference(None).id
    planner.agenda.star(conference, "ksl19-is-kafka-a-database")


def test_agenda_session_ending_before_it_starts(planner: Planner, tmp_path: Path) -> None:
    _star_one(planner)
    path = _agenda(planner, tmp_path, sessions__0__end="2019-05-13T08:00:00+00:00")
    with pytest.raises(BadInputError, match=r"sessions\[0\]: ends before it starts"):
        agenda_file.parse(path.read_bytes(), str(path))


def test_agenda_dates_at_the_edge_of_the_calendar(planner: Planner, tmp_path: Path) -> None:
    _star_one(planner)
    edge = "9999-12-31T23:00:00-23:59"  # 10000-01-01 in UTC: OverflowError before
    for change in ({"created": edge}, {"sessions__0__start": edge}):
        path = _agenda(planner, tmp_path, **change)
        with pytest.raises(BadInputError, match="beyond the range of dates"):
            agenda_file.parse(path.read_bytes(), str(path))


# -- XML nested absurdly deep ---------------------------------------------------------
def test_xcal_nested_5000_deep() -> None:
    ns = b"urn:ietf:params:xml:ns:icalendar-2.0"
    deep = b"<components><vevent>" * 5000 + b"</vevent></components>" * 5000
    data = b'<icalendar xmlns="' + ns + b'"><vcalendar>' + deep + b"</vcalendar></icalendar>"
    with pytest.raises(BadInputError, match="nested too deeply"):
        read_program(data, "deep.xcal")


# -- local times a zone skips or repeats -----------------------------------------------
def test_a_time_that_does_not_exist_is_reported_not_moved_silently() -> None:
    # 2024-03-31 02:30 does not exist in Berlin: clocks go from 02:00 to 03:00.
    data = frab_xml().replace(b"<date>2024-05-01T10:00:00+02:00</date>", b"")
    data = data.replace(b'<day date="2024-05-01"', b'<day date="2024-03-31"')
    data = data.replace(b"<start>10:00</start>", b"<start>02:30</start>")
    program = read_program(data, "gap.xml")
    [talk] = program.talks
    assert talk.start.isoformat() == "2024-03-31T01:30:00+00:00"  # RFC 5545: 03:30 CEST
    assert (
        "event 1 gives 02:30 on 2024-03-31, a time that does not exist in Europe/Berlin "
        "(the clocks go forward); read as 03:30" in program.warnings
    )


def test_a_time_that_happens_twice_is_reported() -> None:
    data = frab_xml().replace(b"<date>2024-05-01T10:00:00+02:00</date>", b"")
    data = data.replace(b'<day date="2024-05-01"', b'<day date="2024-10-27"')
    data = data.replace(b"<start>10:00</start>", b"<start>02:30</start>")
    program = read_program(data, "fold.xml")
    [talk] = program.talks
    assert talk.start.isoformat() == "2024-10-27T00:30:00+00:00"  # the first 02:30 (CEST)
    assert talk.end.isoformat() == "2024-10-27T01:00:00+00:00"  # 30 minutes, not 90
    assert any("happens twice in Europe/Berlin" in w for w in program.warnings)


def test_floating_ics_and_sessionize_times_are_checked_too() -> None:
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:1@t\r\n"
        b"SUMMARY:Gap\r\nDTSTART:20240331T023000\r\nDTEND:20240331T033000\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    program = read_program(ics, "gap.ics", options=ReadOptions("Europe/Berlin"))
    assert any("does not exist in Europe/Berlin" in w for w in program.warnings)
    tzid = ics.replace(b"DTSTART:", b"DTSTART;TZID=Europe/Berlin:")
    program = read_program(tzid, "gap.ics", options=ReadOptions("Europe/Berlin"))
    assert any("does not exist in Europe/Berlin" in w for w in program.warnings)


# -- files that are not regular files, or too big -------------------------------------
def _refused_quickly(call: Callable[[], object]) -> BadInputError:
    """Run `call` on a thread; a hang would block the suite, so fail if it does not end."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:
            caught.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive(), "blocked on the file"
    [error] = caught
    assert isinstance(error, BadInputError), error
    return error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="platform: no FIFOs")
def test_a_fifo_is_refused_at_once(planner: Planner, tmp_path: Path) -> None:
    fifo = tmp_path / "program.xml"
    os.mkfifo(fifo)
    settle_database(planner)
    before = database_digest(planner)
    error = _refused_quickly(lambda: read_program_file(fifo))
    assert str(error) == f"{fifo}: is a named pipe (FIFO), not a file; Planner reads files only"
    _refused_quickly(lambda: planner.imports.file(fifo))
    _refused_quickly(lambda: planner.sharing.import_agenda(fifo))
    assert database_digest(planner) == before


def test_devices_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="is a device, not a file"):
        read_program_file(Path("/dev/zero"))
    with pytest.raises(BadInputError, match="is a folder, not a file"):
        read_program_file(tmp_path)


def test_the_size_is_checked_before_anything_is_read(
    planner: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.planner-agenda"
    with huge.open("wb") as handle:
        handle.truncate(3 * 2**30)  # sparse: 3 GiB that take no disk
    read: list[int] = []
    real_read = os.read

    def counting(descriptor: int, size: int) -> bytes:
        chunk = real_read(descriptor, size)
        read.append(len(chunk))
        return chunk

    monkeypatch.setattr(os, "read", counting)  # the module reads through os.read
    settle_database(planner)
    before = database_digest(planner)
    with pytest.raises(BadInputError, match="over the 8 MiB limit for an agenda file"):
        planner.sharing.import_agenda(huge)
    with pytest.raises(BadInputError, match="over the 64 MiB limit for a conference program"):
        planner.imports.file(huge)
    assert read == []
    assert database_digest(planner) == before


def test_a_file_that_grows_while_read_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "p.xml"
    path.write_bytes(b"x" * 100)
    with pytest.raises(BadInputError, match="over the 0 MiB limit"):
        files_module.read_user_file(path, 99, "a test file")
    assert files_module.read_user_file(path, 100, "a test file") == b"x" * 100
