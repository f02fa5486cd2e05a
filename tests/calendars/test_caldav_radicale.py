"""The whole CalDAV cycle against a real Radicale server on 127.0.0.1, checked with an
independent client: add, sync, program changes, unstar, a sync with nothing to send (no
PUT), the server offline and back, a wrong password, the user's own edits and deletions."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from planner.cli import main
from planner.domain.agenda import Status
from planner.export.ics import event_uid
from planner.paths import AppPaths
from planner.services import Planner

from ..factories import program, talk
from .servers import Client, Radicale

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

BERLIN = ZoneInfo("Europe/Berlin")


def demo(*, moved: bool = False, dropped: bool = False, retitled: bool = False) -> Any:
    talks = [
        talk("guid:keynote", "Keynote", at=30 if moved else 0, room="Hall A"),
        talk("guid:parallel", "Parallel", at=15, room="Hall B"),
        talk("guid:later", "Later, renamed" if retitled else "Later", at=120),
        talk("guid:extra", "Extra", at=240, room="Hall B"),
        talk("guid:other", "Other", at=300),
    ]
    if dropped:
        talks = [t for t in talks if t.key != "guid:parallel"]
    return program(*talks)


class Cli:
    def __init__(self, data: Path) -> None:
        self.data = str(data)

    def __call__(self, *args: str, code: int = 0) -> Any:
        out = io.StringIO()
        assert main(["--data-dir", self.data, *args], out=out) == code, out.getvalue()
        text = out.getvalue()
        return json.loads(text) if "--json" in args else text


def uid(key: str) -> str:
    return event_uid("demo", key)


def test_caldav_cycle_against_radicale(
    radicale: Radicale, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    planner = Planner.open(AppPaths.resolve(str(data)).database)
    conference_id = planner.imports.program(demo()).value.conference_id
    for key in ("guid:keynote", "guid:parallel", "guid:later"):
        planner.agenda.star(conference_id, key)
    planner.agenda.star(conference_id, "guid:extra", status=Status.PLAN_B)  # not sent: no plan B
    secret = tmp_path / "secret"
    secret.write_text(radicale.password + "\n")
    cli = Cli(data)
    client = Client(radicale)

    # Add: the calendar is found or created by discovery from the server's address.
    added = cli(
        "calendar",
        "add",
        "work",
        "--caldav",
        radicale.url,
        "--username",
        radicale.user,
        "--password-command",
        f"cat {secret}",
        "--alarm",
        "10",
    )
    assert "created the calendar “Demo Conf — my agenda”" in added
    calendar = client.calendars()["Demo Conf — my agenda"]

    # Sync: one event per attended session.
    [report] = cli("calendar", "sync", "--json")
    assert (report["created"], report["updated"], report["ok"]) == (3, 0, True)
    held = client.events(calendar)
    assert set(held) == {uid("guid:keynote"), uid("guid:parallel"), uid("guid:later")}
    keynote = held[uid("guid:keynote")][1]
    assert keynote.dtstart == datetime(2024, 3, 1, 9, 0, tzinfo=BERLIN)
    assert keynote.summary == "Keynote"
    assert keynote.location == "Hall A"
    assert keynote.alarm[0].trigger == timedelta(minutes=-10)

    # The program changes (a talk moved, one dropped, one retitled), re-imported.
    planner.imports.program(demo(moved=True, dropped=True, retitled=True))
    [report] = cli("calendar", "sync", "work", "--json")
    assert (report["created"], report["updated"], report["removed"]) == (0, 3, 0)
    held = client.events(calendar)
    assert held[uid("guid:keynote")][1].dtstart == datetime(2024, 3, 1, 9, 30, tzinfo=BERLIN)
    assert held[uid("guid:keynote")][1].sequence == 1
    parallel = held[uid("guid:parallel")][1]
    assert parallel.status.value == "CANCELLED"
    assert "no longer in the conference program" in parallel.description
    assert held[uid("guid:later")][1].summary == "Later, renamed"

    # Unstar: removed from the calendar.
    planner.agenda.unstar(conference_id, "guid:later")
    [report] = cli("calendar", "sync", "--json")
    assert report["removed"] == 1
    assert set(client.events(calendar)) == {uid("guid:keynote"), uid("guid:parallel")}

    # Nothing changed: no PUT, no DELETE reaches the server.
    puts, deletes = radicale.requests("PUT"), radicale.requests("DELETE")
    assert puts == 6
    assert deletes == 1
    [report] = cli("calendar", "sync", "--json")
    assert (report["created"], report["updated"], report["removed"]) == (0, 0, 0)
    assert report["unchanged"] == 2
    assert (radicale.requests("PUT"), radicale.requests("DELETE")) == (puts, deletes)

    # The server goes offline: the change waits (and the star stays), then is delivered.
    radicale.stop()
    planner.agenda.star(conference_id, "guid:other")
    [report] = cli("calendar", "sync", "--json", code=1)
    assert not report["ok"]
    assert "cannot be reached" in report["errors"][0]
    assert report["problem"] == "offline"  # the app tries again by itself
    assert report["pending"] == 1
    assert "work: " in capsys.readouterr().err
    assert planner.catalog.talk(conference_id, "guid:other").starred
    [listed] = cli("calendar", "list", "--json")
    assert listed["pending"] == 1
    assert "cannot be reached" in listed["last_error"]
    assert listed["last_error_code"] == "server"  # and stored as a code with its values
    assert listed["last_error_values"]["said"]["code"] == "UNREACHABLE"
    radicale.start()
    [report] = cli("calendar", "sync", "--json")
    assert (report["created"], report["ok"]) == (1, True)
    assert uid("guid:other") in client.events(calendar)

    # A wrong password: one clear line, nothing lost, nothing sent.
    secret.write_text("not the password\n")
    planner.agenda.star(conference_id, "guid:later")
    text = cli("calendar", "sync", code=1)
    assert "failed" in text
    err = capsys.readouterr().err
    assert "work: " in err
    assert "refused the user name or password" in err
    [report] = cli("calendar", "sync", "--json", code=1)
    assert report["problem"] == "refused"  # the app waits for the user to fix it
    assert planner.catalog.talk(conference_id, "guid:later").starred
    secret.write_text(radicale.password + "\n")
    [report] = cli("calendar", "sync", "--json")
    assert report["created"] == 1

    # The user edits an event in their calendar: Planner does not overwrite it, even when
    # the session then changes, and says so; deleting it there brings Planner's back.
    href, _ = client.events(calendar)[uid("guid:keynote")]
    body, _ = client.get(href)
    status, _, _ = client.request(
        "PUT", href, body.replace(b"SUMMARY:Keynote", b"SUMMARY:Keynote (with Sam)")
    )
    assert status in (201, 204)
    [report] = cli("calendar", "sync", "--json")
    assert report["conflicts"] == []
    assert report["updated"] == 0
    assert "edited in your calendar" in report["notes"][0]
    planner.imports.program(demo(dropped=True, retitled=True))  # the keynote moves back
    [report] = cli("calendar", "sync", "--json")
    assert report["updated"] == 0
    assert "edited in your calendar" in report["conflicts"][0]
    text = cli("calendar", "sync")
    assert "kept as you edited them" in text
    assert "Keynote" in text
    assert client.events(calendar)[uid("guid:keynote")][1].summary == "Keynote (with Sam)"
    assert client.request("DELETE", href)[0] in (200, 204)
    [report] = cli("calendar", "sync", "--json")
    assert report["created"] == 1
    back = client.events(calendar)[uid("guid:keynote")][1]
    assert (back.summary, back.dtstart.hour) == ("Keynote", 9)

    # An event the user deleted there is not pushed back while the session is unchanged.
    href, _ = client.events(calendar)[uid("guid:other")]
    assert client.request("DELETE", href)[0] in (200, 204)
    [report] = cli("calendar", "sync", "--json")
    assert report["created"] == 0
    assert "deleted in your calendar" in report["notes"][0]
    cli("calendar", "sync")
    assert uid("guid:other") not in client.events(calendar)
    planner.agenda.star(conference_id, "guid:other", note="after all")  # it changes: it returns
    [report] = cli("calendar", "sync", "--json")
    assert report["created"] == 1
    assert uid("guid:other") in client.events(calendar)
    planner.close()


def test_a_calendar_url_is_used_as_it_is_and_a_wrong_password_is_refused_at_add(
    radicale: Radicale, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = Client(radicale)
    status, _, _ = client.request("MKCALENDAR", f"/{radicale.user}/conf/")
    assert status == 201
    cli = Cli(tmp_path / "data")
    cli(
        "calendar",
        "add",
        "mine",
        "--caldav",
        f"{radicale.url}{radicale.user}/conf/",
        "--username",
        radicale.user,
        "--password-command",
        f"echo {radicale.password}",
        "--calendar",
        "Ignored: the URL is a calendar",
    )
    cli("star", "ksl19-is-kafka-a-database")
    [report] = cli("calendar", "sync", "--json")
    assert report["created"] == 1
    assert len(client.events(f"/{radicale.user}/conf/")) == 1
    assert "Ignored: the URL is a calendar" not in client.calendars()
    cli(
        "calendar",
        "add",
        "bad",
        "--caldav",
        radicale.url,
        "--username",
        radicale.user,
        "--password-command",
        "echo wrong",
        code=1,
    )
    assert "refused the user name or password" in capsys.readouterr().err
    assert [t["name"] for t in cli("calendar", "list", "--json")] == ["mine"]
    cli("calendar", "add", "plain", "--caldav", "ftp://example.org/", code=2)
