"""Sharing agendas: the file format, overlays, merge, comparison, and refusing bad files."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from planner.cli import main
from planner.domain.agenda import Priority, Status
from planner.domain.errors import BadInputError
from planner.services import Planner

from .conftest import database_digest, settle_database
from .ui.test_refusal_texts import said_in_german

REPO = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((REPO / "docs" / "agenda.schema.json").read_text())
STREAMS = "ksl19-kafka-streams-at-scale"  # Mon 10:30
KUBERNETES = "ksl19-running-kafka-in-kubernetes-a-practical-guide"  # Mon 10:30
DATABASE = "ksl19-is-kafka-a-database"  # Tue 09:00 keynote
CACHES = "ksl19-the-power-of-event-driven-caches"  # Mon 13:50


def resealed(document: dict[str, Any]) -> bytes:
    """The agenda `document` as a file with a valid checksum (anyone can compute one)."""
    document = {k: v for k, v in document.items() if k != "checksum"}
    body = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    document["checksum"] = "sha256:" + hashlib.sha256(body.encode()).hexdigest()
    return json.dumps(document).encode()


@pytest.fixture
def dana_file(tmp_path: Path) -> Path:
    """Dana's agenda, made in her own Planner."""
    dana = Planner.open(tmp_path / "dana" / "planner.sqlite3")
    dana.imports.ensure_bundled_program()
    conference = dana.catalog.conference()
    dana.agenda.star(conference.id, STREAMS, Priority.MUST, note="with the team")
    dana.agenda.star(conference.id, DATABASE)
    dana.agenda.star(conference.id, CACHES, status=Status.PLAN_B)
    out = tmp_path / "dana.planner-agenda"
    assert dana.sharing.export_agenda(conference.id, out, "Dana") == 3
    dana.close()
    return out


def test_file_follows_the_published_schema(dana_file: Path) -> None:
    document = json.loads(dana_file.read_text())
    jsonschema.validate(document, SCHEMA)
    assert document["shared_by"] == "Dana"
    assert document["conference"]["time_zone"] == "Europe/London"
    assert {s["key"] for s in document["sessions"]} == {STREAMS, DATABASE, CACHES}


def test_overlay_merge_and_compare(planner: Planner, dana_file: Path) -> None:
    conference_id = planner.catalog.conference().id
    planner.agenda.star(conference_id, KUBERNETES, Priority.MUST)
    planner.agenda.star(conference_id, DATABASE, Priority.WANT)
    result = planner.sharing.import_agenda(dana_file).value
    overlay = result.overlay
    assert overlay.name == "Dana"
    assert overlay.attending() == {STREAMS, DATABASE}
    assert result.unmatched == ()
    assert not result.other_program_version
    # Nothing of mine changed by the overlay.
    mine = {t.key: t.star for t in planner.catalog.talks(conference_id, starred_only=True)}
    assert set(mine) == {KUBERNETES, DATABASE}

    comparison = planner.sharing.compare(overlay.id)
    assert comparison.shared == (DATABASE,)
    assert comparison.only_mine == (KUBERNETES,)
    assert comparison.only_theirs == (STREAMS,)
    assert comparison.common_free  # both are free on Monday afternoon

    added = planner.sharing.merge_overlay(overlay.id).value
    assert added == [STREAMS]
    priorities = {
        t.key: t.star.priority
        for t in planner.catalog.talks(conference_id, starred_only=True)
        if t.star is not None
    }
    assert priorities == {
        STREAMS: Priority.MAYBE,
        KUBERNETES: Priority.MUST,
        DATABASE: Priority.WANT,
    }

    planner.sharing.set_overlay_visible(overlay.id, False)
    assert not planner.sharing.overlay(overlay.id).visible
    planner.sharing.remove_overlay(overlay.id)
    assert planner.sharing.overlays(conference_id) == []


def test_a_comparison_lists_sessions_in_the_programs_order(
    planner: Planner, tmp_path: Path
) -> None:
    """Parallel sessions (the same start) in the order the program lists them, every run:
    the comparison once sorted sets by start time only, so ties came in the sets' order,
    which changes with the interpreter's hash seed."""
    conference_id = planner.catalog.conference().id
    talks = planner.catalog.talks(conference_id)
    start = next(t.start for t in talks if t.key == STREAMS)
    parallel = [t.key for t in talks if t.start == start]
    assert len(parallel) >= 4  # enough for a set's order to differ from the program's
    dana = Planner.open(tmp_path / "dana" / "planner.sqlite3")
    dana.imports.ensure_bundled_program()
    for key in reversed(parallel):
        dana.agenda.star(conference_id, key)
    shared = tmp_path / "dana.planner-agenda"
    dana.sharing.export_agenda(conference_id, shared, "Dana")
    dana.close()
    planner.agenda.star(conference_id, parallel[0])
    overlay = planner.sharing.import_agenda(shared).value.overlay

    comparison = planner.sharing.compare(overlay.id)
    assert comparison.shared == (parallel[0],)
    assert comparison.only_theirs == tuple(parallel[1:])


def test_sessions_not_in_this_program_are_reported(
    planner: Planner, dana_file: Path, tmp_path: Path
) -> None:
    document = json.loads(dana_file.read_text())
    document["sessions"].append(
        {
            "key": "ksl19-lost-talk",
            "title": "A talk that was dropped",
            "start": "2019-05-13T15:00:00+00:00",
            "priority": "want",
            "status": "attend",
        }
    )
    document["sessions"][0]["key"] = "some-other-key"  # still found by start and title
    edited = tmp_path / "edited.planner-agenda"
    edited.write_bytes(resealed(document))
    result = planner.sharing.import_agenda(edited).value
    assert [s.title for s in result.unmatched] == ["A talk that was dropped"]
    assert len(result.overlay.attending()) == 2


def test_colleagues_ics_export_works_as_an_agenda(planner: Planner, tmp_path: Path) -> None:
    sam = Planner.open(tmp_path / "sam" / "planner.sqlite3")
    sam.imports.ensure_bundled_program()
    sam.agenda.star(sam.catalog.conference().id, CACHES)
    sam.agenda.star(sam.catalog.conference().id, STREAMS, status=Status.PLAN_B)
    ics = tmp_path / "sam.ics"
    sam.exports.ics(sam.catalog.conference().id, ics, include_plan_b=True)
    sam.close()
    result = planner.sharing.import_agenda(ics, name="Sam").value
    assert result.overlay.name == "Sam"
    assert result.overlay.attending() == {CACHES}
    statuses = {s.talk_key: s.status for s in result.overlay.sessions}
    assert statuses[STREAMS] is Status.PLAN_B


def hostile(data: bytes) -> list[tuple[str, bytes, str]]:
    document = json.loads(data)
    session = document["sessions"][0]

    def with_session(**changes: object) -> bytes:
        return resealed(dict(document, sessions=[dict(session, **changes)]))

    return [
        ("deeply-nested", b"[" * 100_000 + b"]" * 100_000, "nested"),
        ("invalid-utf8", data.replace(b'"title": "', b'"title": "\xff\xfe', 1), "UTF-8"),
        ("year-zero", with_session(start="0000-01-01T10:00:00+00:00"), "sessions\\[0\\]"),
        ("huge-title", with_session(title="x" * 100_000), "sessions\\[0\\].*title"),
        (
            "unknown-priority",
            with_session(priority="urgent"),
            "priority .urgent. is not one of must",
        ),
        ("wrong-types", with_session(key=["a"], note={"x": 1}), "sessions\\[0\\]"),
        (
            "too-many-sessions",
            resealed(dict(document, sessions=[{"key": "k"}] * 50_001)),
            "50,001 sessions",
        ),
    ]


def corrupt(data: bytes) -> list[tuple[str, bytes, str]]:
    document = json.loads(data)
    tampered = json.loads(data)
    tampered["sessions"][0]["priority"] = "maybe"
    foreign = json.loads(data)
    foreign["conference"]["title"] = "Some Other Conference"
    foreign["conference"]["acronym"] = "SOC"
    newer = dict(document, version=9)
    return [
        ("tampered", json.dumps(tampered).encode(), "changed or damaged"),
        ("truncated", data[: len(data) // 2], "not valid JSON"),
        ("foreign", resealed(foreign), "Some Other Conference"),
        ("newer", json.dumps(newer).encode(), "version 9"),
        ("not-agenda", b'{"hello": "world"}', "not a Planner agenda file"),
        ("binary", bytes(range(256)) * 10, "binary data"),
        ("oversized", b" " * (9 * 1024 * 1024), "too big|MiB"),
        (
            "no-checksum",
            json.dumps({k: v for k, v in document.items() if k != "checksum"}).encode(),
            "no checksum",
        ),
    ]


@pytest.mark.usefixtures("german")
def test_bad_agenda_files_are_refused_and_change_nothing(
    planner: Planner, dana_file: Path, tmp_path: Path
) -> None:
    conference_id = planner.catalog.conference().id
    planner.agenda.star(conference_id, KUBERNETES)
    before = [(t.key, t.star) for t in planner.catalog.talks(conference_id, starred_only=True)]
    for name, data, message in corrupt(dana_file.read_bytes()):
        path = tmp_path / f"{name}.planner-agenda"
        path.write_bytes(data)
        with pytest.raises(BadInputError, match=message) as caught:
            planner.sharing.import_agenda(path)
        assert str(caught.value).startswith(str(path)), name
        said_in_german(caught.value)  # a code, and no English left in a German window
    assert planner.sharing.overlays(conference_id) == []
    assert [
        (t.key, t.star) for t in planner.catalog.talks(conference_id, starred_only=True)
    ] == before


def test_cli_agenda_round_trip(tmp_path: Path, dana_file: Path) -> None:
    data = str(tmp_path / "me")

    def run(*args: str) -> object:
        out = io.StringIO()
        assert main(["--data-dir", data, *args, "--json"], out=out) == 0
        return json.loads(out.getvalue())

    run("star", KUBERNETES)
    imported = run("agenda", "import", str(dana_file), "--merge")
    assert isinstance(imported, dict)
    assert imported["name"] == "Dana"
    assert imported["merged"] == [DATABASE, STREAMS]
    listed = run("agenda", "list")
    assert isinstance(listed, list)
    assert listed[0]["id"] == imported["id"]
    compared = run("agenda", "compare", str(imported["id"]))
    assert isinstance(compared, dict)
    assert {s["key"] for s in compared["shared"]} == {DATABASE, STREAMS}
    exported = tmp_path / "me.planner-agenda"
    assert run("agenda", "export", str(exported), "--name", "Me") == {
        "path": str(exported),
        "sessions": 3,
    }
    run("agenda", "remove", str(imported["id"]))
    assert run("agenda", "list") == []
    out = io.StringIO()
    bad = tmp_path / "bad.planner-agenda"
    bad.write_text("{}")
    assert main(["--data-dir", data, "agenda", "import", str(bad)], out=out) == 3


@pytest.mark.usefixtures("german")
def test_hostile_agenda_files_are_refused_and_leave_the_database_untouched(
    planner: Planner, dana_file: Path, tmp_path: Path
) -> None:
    conference_id = planner.catalog.conference().id
    planner.agenda.star(conference_id, KUBERNETES)
    settle_database(planner)
    before = database_digest(planner)
    for name, data, message in hostile(dana_file.read_bytes()):
        target = tmp_path / f"{name}.planner-agenda"
        target.write_bytes(data)
        with pytest.raises(BadInputError, match=message) as caught:
            planner.sharing.import_agenda(target)
        assert str(caught.value).startswith(f"{target}: "), name
        assert "\n" not in str(caught.value)
        said_in_german(caught.value)
    assert database_digest(planner) == before


def test_importing_a_colleagues_agenda_again_replaces_it(
    planner: Planner, dana_file: Path, tmp_path: Path
) -> None:
    """Regression: each re-import added another overlay (five "Dana"s)."""
    conference_id = planner.catalog.conference().id
    first = planner.sharing.import_agenda(dana_file).value.overlay
    document = json.loads(dana_file.read_text())
    document["sessions"] = [s for s in document["sessions"] if s["key"] != STREAMS]
    newer = tmp_path / "dana-newer.planner-agenda"
    newer.write_bytes(resealed(document))
    second = planner.sharing.import_agenda(newer).value.overlay
    [only] = planner.sharing.overlays(conference_id)
    assert only.id == second.id
    assert first.attending() == {STREAMS, DATABASE}
    assert only.name == "Dana"
    assert only.attending() == {DATABASE}
    # Someone else's agenda is another overlay.
    planner.sharing.import_agenda(dana_file, name="Sam")
    assert sorted(o.name for o in planner.sharing.overlays(conference_id)) == ["Dana", "Sam"]


def test_colleagues_ics_is_named_after_its_calendar_or_file(
    planner: Planner, tmp_path: Path
) -> None:
    """Regression: a colleague's .ics was named after the conference."""
    sam = Planner.open(tmp_path / "sam" / "planner.sqlite3")
    sam.imports.ensure_bundled_program()
    sam.agenda.star(sam.catalog.conference().id, CACHES)
    plain = tmp_path / "sam-kafka.ics"
    sam.exports.ics(sam.catalog.conference().id, plain)
    sam.close()
    # Planner's own default name says which conference, not whose: the file name does.
    assert planner.sharing.import_agenda(plain).value.overlay.name == "sam-kafka"
    data = plain.read_bytes()
    named = tmp_path / "named.ics"
    named.write_bytes(data.replace(b"\r\nNAME:", b"\r\nNAME:Sam\\, from sales\r\nX-OLD-NAME:", 1))
    assert planner.sharing.import_agenda(named).value.overlay.name == "Sam, from sales"
    only_wr = tmp_path / "wr.ics"
    only_wr.write_bytes(
        data.replace(b"\r\nNAME:", b"\r\nX-OLD-NAME:", 1).replace(
            b"\r\nX-WR-CALNAME:", b"\r\nX-WR-CALNAME:Kim \r\n =E2=80=94 mine\r\nX-OLD:", 1
        )
    )
    assert planner.sharing.import_agenda(only_wr).value.overlay.name == "Kim =E2=80=94 mine"
