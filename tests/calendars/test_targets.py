"""Changing a target, and the sync's controls the app relies on: only when something waits,
stopped on request, progress. Folders are read as khal would (one file per event); the
keyring is GNOME Keyring's Secret Service, read with secret-tool."""

from __future__ import annotations

import os
import shutil
import stat
from typing import TYPE_CHECKING

import pytest
from ical.calendar_stream import IcsCalendarStream

from planner.calendars.credentials import SERVICE, account
from planner.domain.calendars import TargetKind
from planner.domain.errors import PlannerError, UsageError

from ..factories import program, talk
from .servers import Client

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner

    from .keyrings import SecretService
    from .servers import Radicale


@pytest.fixture
def agenda(empty_planner: Planner) -> tuple[Planner, int]:
    demo = program(
        talk("guid:a", "Opening", room="Hall A"),
        talk("guid:b", "Parallel", at=15, room="Hall B"),
        talk("guid:c", "Afternoon", at=360, room="Hall A"),
    )
    conference_id = empty_planner.imports.program(demo).value.conference_id
    for key in ("guid:a", "guid:b"):
        empty_planner.agenda.star(conference_id, key)
    return empty_planner, conference_id


def folder_events(folder: Path) -> dict[str, tuple[int, bool]]:
    """{summary: (SEQUENCE, has an alarm)} of every event file in the folder."""
    found = {}
    for path in folder.glob("*.ics"):
        [event] = IcsCalendarStream.calendar_from_ics(path.read_text()).events
        found[event.summary or ""] = (event.sequence or 0, bool(event.alarm))
    return found


def test_changing_a_folder_target_updates_its_events_or_starts_afresh_elsewhere(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = agenda
    calendars = planner.calendars
    first = tmp_path / "first"
    calendars.add(conference_id, "khal", vdir=first)
    calendars.sync("khal")
    assert folder_events(first) == {"Opening": (0, False), "Parallel": (0, False)}

    # A reminder added: the same events, updated in place (SEQUENCE up, no duplicates).
    target = calendars.target("khal")
    calendars.save(
        calendars.draft(conference_id, "khal", vdir=first, alarm_minutes=5, replacing=target)
    )
    assert calendars.pending(calendars.target("khal")) == 2
    [report] = calendars.sync("khal")
    assert (report.created, report.updated) == (0, 2)
    assert folder_events(first) == {"Opening": (1, True), "Parallel": (1, True)}

    # Renamed and pointed at another folder: that one gets every event, the first keeps its.
    second = tmp_path / "second"
    target = calendars.target("khal")
    saved = calendars.save(
        calendars.draft(conference_id, "mine", vdir=second, alarm_minutes=5, replacing=target)
    ).value
    assert (saved.id, saved.name, saved.last_sync) == (target.id, "mine", None)
    assert calendars.find("khal") is None
    [report] = calendars.sync("mine")
    assert report.created == 2
    assert folder_events(second) == {"Opening": (0, True), "Parallel": (0, True)}
    assert folder_events(first) == {"Opening": (1, True), "Parallel": (1, True)}

    # A name another target has is refused, before anything is saved.
    calendars.add(conference_id, "other", vdir=tmp_path / "other")
    with pytest.raises(UsageError, match="already a calendar target called 'other'"):
        calendars.draft(conference_id, "other", vdir=second, replacing=calendars.target("mine"))
    with pytest.raises(UsageError, match="needs a name"):
        calendars.draft(conference_id, "  ", vdir=second)


def test_a_sync_only_when_something_waits_stopped_on_request_and_its_progress(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    planner, conference_id = agenda
    calendars = planner.calendars
    folder = tmp_path / "folder"
    target = calendars.add(conference_id, "khal", vdir=folder).value

    # Stopped before its first write: nothing written, both events still waiting, and the
    # target's last outcome untouched (being stopped is not a failure).
    stopped = calendars.sync_target(target, cancelled=lambda: True)
    assert stopped is not None
    assert (stopped.stopped, stopped.ok, stopped.pending) == (True, True, 2)
    assert list(folder.glob("*.ics")) == []
    assert calendars.target("khal").last_attempt is None
    assert [s.pending for s in calendars.states()] == [2]

    heard: list[tuple[int, int]] = []
    report = calendars.sync_target(
        target, only_if_pending=True, progress=lambda done, total: heard.append((done, total))
    )
    assert report is not None
    assert report.created == 2
    assert heard == [(1, 2), (2, 2)]
    assert [s.pending for s in calendars.states()] == [0]

    # Nothing waits: no sync at all (no read of the folder, no write to the database).
    assert calendars.sync_target(calendars.target("khal"), only_if_pending=True) is None
    planner.agenda.star(conference_id, "guid:c")  # the subscriber writes the folder at once
    planner.agenda.unstar(conference_id, "guid:b")
    assert calendars.sync_target(calendars.target("khal"), only_if_pending=True) is None
    assert set(folder_events(folder)) == {"Opening", "Afternoon"}


def test_a_new_user_name_takes_the_password_along_in_the_keyring(
    agenda: tuple[Planner, int], radicale: Radicale, desktop_keyring: SecretService
) -> None:
    planner, conference_id = agenda
    calendars = planner.calendars
    target = calendars.add(
        conference_id,
        "work",
        caldav=radicale.url,
        username=radicale.user,
        password=radicale.password,
    ).value
    assert str(calendars.test_connection(target).value).startswith("work: created the calendar")
    [report] = calendars.sync("work")
    assert report.created == 2

    # The server now knows the user by their e-mail address; the password stays the same.
    (radicale.folder / "users").write_text(f"alice@example.org:{radicale.password}\n")
    renamed = calendars.save(
        calendars.draft(
            conference_id,
            "work",
            caldav=radicale.url,
            username="alice@example.org",
            replacing=calendars.target("work"),
        )
    ).value
    old, new = account(radicale.url, radicale.user), account(radicale.url, "alice@example.org")
    assert desktop_keyring.lookup(service=SERVICE, username=new) == radicale.password
    assert desktop_keyring.lookup(service=SERVICE, username=old) is None
    assert str(calendars.test_connection(renamed).value).startswith("work: created the calendar")
    [report] = calendars.sync("work")
    assert (report.ok, report.created) == (True, 2)  # alice@example.org's own calendar

    # A new password typed in replaces the one in the keyring; while the server does not
    # know it yet, the sync is refused and the new star waits.
    calendars.save(calendars.target("work"), "a new one")
    assert desktop_keyring.lookup(service=SERVICE, username=new) == "a new one"
    planner.agenda.star(conference_id, "guid:c")
    [report] = calendars.sync("work")
    assert (report.problem, report.pending) == ("refused", 1)
    (radicale.folder / "users").write_text("alice@example.org:a new one\n")
    [report] = calendars.sync("work")
    assert (report.ok, report.created) == (True, 1)
    client = Client(radicale, "alice@example.org", "a new one")
    [calendar] = client.calendars().values()
    assert len(client.events(calendar)) == 3


def test_testing_the_live_file_checks_its_folder_and_leaves_the_file_alone(
    agenda: tuple[Planner, int], tmp_path: Path
) -> None:
    """Regression: the test made a folder of the live file's path (as for a vdir)."""
    planner, conference_id = agenda
    live = tmp_path / "agenda.ics"
    planner.exports.set_live_calendar(conference_id, live)
    before = live.read_bytes()
    [target] = [t for t in planner.calendars.targets() if t.kind is TargetKind.LIVE]
    assert str(planner.calendars.test_connection(target).value) == f"{live} can be written"
    assert live.is_file()
    assert live.read_bytes() == before

    # Where no file can be (under a file, not a folder): said, naming the file. Chosen
    # there, it is refused at once (and not kept); a live file whose folder became a file
    # later is what the test finds.
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder")
    away = notes / "agenda.ics"
    with pytest.raises(PlannerError) as refused:
        planner.exports.set_live_calendar(conference_id, away)
    assert str(refused.value).startswith(str(away))
    notes.unlink()
    notes.mkdir()
    planner.exports.set_live_calendar(conference_id, away)
    shutil.rmtree(notes)
    notes.write_text("not a folder")
    [target] = [t for t in planner.calendars.targets() if t.kind is TargetKind.LIVE]
    assert target.location == str(away)
    with pytest.raises(PlannerError) as raised:
        planner.calendars.test_connection(target)
    assert str(raised.value) == f"{away}: cannot be written: part of the path is not a folder"


@pytest.mark.timeout(60)
def test_a_pipe_or_a_huge_file_in_a_folder_is_left_alone_and_named_never_waited_for(
    tmp_path: Path,
) -> None:
    """`mkfifo V/evil.ics` used to hang every star (reading the pipe), `truncate -s 2G
    V/big.ics` to cost seconds and gigabytes per star. Such files are never read, never
    written over, and named once in the sync's report; an event file of ours that became
    a pipe is kept as the user's."""
    from planner.services import Planner

    from ..faults.conftest import run_planners

    data = tmp_path / "data"
    folder = tmp_path / "events"
    first, second = "ksl19-is-kafka-a-database", "ksl19-kafka-streams-at-scale"
    [added] = run_planners((data, ["star", first]))
    assert added.returncode == 0, added.stderr
    [added] = run_planners((data, ["calendar", "add", "v", "--vdir", str(folder)]))
    assert added.returncode == 0, added.stderr
    [synced] = run_planners((data, ["calendar", "sync"]))
    assert synced.returncode == 0, synced.stderr
    [ours] = folder.glob("*.ics")
    ours.unlink()
    os.mkfifo(ours)  # our own event, replaced by a pipe
    os.mkfifo(folder / "evil.ics")
    with (folder / "big.ics").open("wb") as big:
        big.truncate(2 * 1024**3)  # sparse: 2 GiB that take no room
    [starred] = run_planners((data, ["star", second]), timeout=30)
    assert (starred.returncode, starred.stderr) == (0, "")
    [synced] = run_planners((data, ["calendar", "sync"]), timeout=30)
    assert synced.returncode == 0, synced.stderr
    lines = synced.stdout.splitlines()
    pipe = f"  {folder / 'evil.ics'}: not read: is a named pipe (FIFO), not a file; "
    assert pipe + "Planner reads files only" in lines, lines
    assert any(
        line.startswith(f"  {folder / 'big.ics'}: not read: file is 2.1 GB, over the 8 MiB")
        for line in lines
    ), lines
    assert stat.S_ISFIFO(ours.lstat().st_mode)
    assert stat.S_ISFIFO((folder / "evil.ics").lstat().st_mode)
    assert (folder / "big.ics").stat().st_size == 2 * 1024**3
    assert len(list(folder.glob("*.ics"))) == 4  # the second star's event was added
    planner = Planner.open(data / "planner.sqlite3")
    try:
        [target] = planner.calendars.targets()
        assert target.last_error == ""
    finally:
        planner.close()
