"""Conflicts, resolution, busy blocks and suggestions through the service and the CLI."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

import pytest

from planner.cli import main
from planner.domain.agenda import Priority, Status
from planner.domain.conflicts import ConflictSettings, FindingKind

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner

STREAMS = "ksl19-kafka-streams-at-scale"  # Mon 10:30-11:10, Stream Processing Room
KUBERNETES = "ksl19-running-kafka-in-kubernetes-a-practical-guide"  # Mon 10:30, Core Kafka
INHERITED = "ksl19-so-you-ve-inherited-kafka-now-what"  # Mon 11:20-12:00, Core Kafka Room
CACHES = "ksl19-the-power-of-event-driven-caches"  # Mon 13:50-14:30


def run(data: Path, *args: str) -> Any:
    out = io.StringIO()
    assert main(["--data-dir", str(data), *args, "--json"], out=out) == 0
    return json.loads(out.getvalue())


def test_conflicts_and_manual_resolution(planner: Planner) -> None:
    conference = planner.catalog.conference()
    planner.agenda.star(conference.id, STREAMS, Priority.MUST)
    planner.agenda.star(conference.id, KUBERNETES, Priority.WANT)
    planner.agenda.star(conference.id, INHERITED, Priority.MAYBE)
    detection = planner.agenda.conflicts(conference.id)
    [clash] = detection.sets
    assert set(clash.keys) == {STREAMS, KUBERNETES}
    assert clash.overlap_minutes == 40
    changes = planner.agenda.resolve_keep(conference.id, KUBERNETES).value
    assert changes == {STREAMS: (Status.ATTEND, Status.PLAN_B)}
    talks = {t.key: t for t in planner.catalog.talks(conference.id, starred_only=True)}
    star = talks[STREAMS].star
    assert star is not None
    assert star.status is Status.PLAN_B
    assert not planner.agenda.conflicts(conference.id).findings  # plan B is not attended


def test_walking_time_between_rooms_counts(planner: Planner) -> None:
    conference = planner.catalog.conference()
    planner.agenda.star(conference.id, KUBERNETES)  # ends 11:10, Core Kafka Room
    planner.agenda.star(conference.id, "ksl19-how-to-use-kafka-and-druid-to-tame-your-router")
    assert not planner.agenda.conflicts(conference.id).findings  # 10 minutes, default buffer 5
    planner.agenda.set_conflict_settings(conference.id, ConflictSettings(buffer_minutes=15))
    [finding] = planner.agenda.conflicts(conference.id).findings
    assert finding.kind is FindingKind.TIGHT
    assert finding.gap_minutes == 10


def test_cli_conflicts_resolve_busy_suggest(tmp_path: Path) -> None:
    data = tmp_path / "d"
    for key, priority in (
        (STREAMS, "must"),
        (KUBERNETES, "want"),
        (INHERITED, "maybe"),
        (CACHES, "want"),
    ):
        run(data, "star", key, "--priority", priority)
    busy = run(data, "busy", "add", "2019-05-13T11:30", "2019-05-13T12:15", "Lunch", "with", "Dana")
    assert busy["title"] == "Lunch with Dana"
    assert busy["start"] == "2019-05-13T11:30:00+01:00"

    report = run(data, "conflicts")
    assert report["settings"] == {"buffer_minutes": 5, "tolerance_minutes": 0, "room_buffers": []}
    assert [sorted(s["keys"]) for s in report["conflict_sets"]] == [
        sorted([STREAMS, KUBERNETES]),
        sorted([INHERITED, "busy:1"]),
    ]

    dry = run(data, "resolve", "--auto", "--dry-run")
    assert dry["dry_run"] is True
    assert {(c["key"], c["to"]) for c in dry["changes"]} == {
        (KUBERNETES, "plan-b"),
        (INHERITED, "plan-b"),
    }
    reasons = {c["key"]: c["reason"] for c in dry["changes"]}
    assert reasons[KUBERNETES] == "gives way to “Kafka Streams at Scale” (must)"
    assert reasons[INHERITED] == "gives way to your busy block “Lunch with Dana”"
    assert len(run(data, "conflicts")["conflict_sets"]) == 2  # dry run changed nothing

    applied = run(data, "resolve", "--auto")
    assert len(applied["changes"]) == 2
    assert run(data, "conflicts")["findings"] == []
    statuses = {s["key"]: s["status"] for s in run(data, "sessions", "--starred")}
    assert statuses == {
        STREAMS: "attend",
        KUBERNETES: "plan-b",
        INHERITED: "plan-b",
        CACHES: "attend",
    }

    manual = run(data, "resolve", KUBERNETES)
    assert {(c["key"], c["to"]) for c in manual["changes"]} == {
        (KUBERNETES, "attend"),
        (STREAMS, "plan-b"),
    }

    suggestions = run(data, "suggest")
    assert suggestions
    assert all(s["starred"] is False for s in suggestions)
    assert {"gap_start", "gap_end", "key", "score", "reasons"} <= set(suggestions[0])

    settings = run(
        data,
        "conflicts",
        "--buffer",
        "10",
        "--tolerance",
        "2",
        "--walk",
        "Keynote Hall",
        "Use Cases Room",
        "12",
    )
    assert settings["settings"] == {
        "buffer_minutes": 10,
        "tolerance_minutes": 2,
        "room_buffers": [["Keynote Hall", "Use Cases Room", 12]],
    }

    assert run(data, "busy", "list")[0]["id"] == 1
    run(data, "busy", "remove", "1")
    assert run(data, "busy", "list") == []


def test_cli_resolve_usage_errors(tmp_path: Path, capsys) -> None:
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "resolve"], out=io.StringIO()) == 2
    assert (
        main(["--data-dir", data, "busy", "add", "tomorrow", "later", "x"], out=io.StringIO()) == 2
    )
    assert (
        main(
            ["--data-dir", data, "busy", "add", "2019-05-13T12:00", "2019-05-13T11:00", "x"],
            out=io.StringIO(),
        )
        == 2
    )
    assert main(["--data-dir", data, "busy", "remove", "99"], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "give either --auto or a session KEY" in err
    assert "must end after it starts" in err
    assert "no busy block with id 99" in err


def test_a_session_starred_twice_through_a_re_key_counts_once(empty_planner: Planner) -> None:
    from .factories import program, talk

    first = program(
        talk("guid:old", "Same Talk", speakers=("Ada",)), talk("guid:other", "Other", at=120)
    )
    conference_id = empty_planner.imports.program(first).value.conference_id
    empty_planner.agenda.star(conference_id, "guid:old", Priority.MUST)
    # The new version re-keys the talk; the user had also starred the new key meanwhile.
    second = program(
        talk("guid:new", "Same Talk", speakers=("Ada",)), talk("guid:other", "Other", at=120)
    )
    empty_planner.imports.program(second)
    empty_planner.agenda.star(conference_id, "guid:new", Priority.WANT)
    empty_planner.imports.program(second)
    starred, _ = empty_planner.agenda.commitments(conference_id)
    assert [c.key for c in starred] == ["guid:new"]  # not twice: the stale one is cancelled
    assert not empty_planner.agenda.conflicts(conference_id).findings


def test_attending_a_session_not_starred_carries_its_own_undo(planner: Planner) -> None:
    """ "Attend" on a suggestion stars it: that star used to be missing from what the
    change returned, so the window made no undo step for it (Ctrl+Z then unstarred the
    session starred before), and undoing a clash resolution kept the star it created."""
    conference_id = planner.catalog.conference().id
    planner.agenda.star(conference_id, STREAMS)
    moved = planner.agenda.resolve_keep(conference_id, KUBERNETES).value
    assert moved == {
        KUBERNETES: (None, Status.ATTEND),
        STREAMS: (Status.ATTEND, Status.PLAN_B),
    }
    planner.agenda.set_statuses(conference_id, {key: old for key, (old, _) in moved.items()})
    assert planner.catalog.talk(conference_id, KUBERNETES).star is None  # undone exactly
    star = planner.catalog.talk(conference_id, STREAMS).star
    assert star is not None
    assert star.status is Status.ATTEND
    planner.agenda.set_statuses(conference_id, {key: new for key, (_, new) in moved.items()})
    redone = planner.catalog.talk(conference_id, KUBERNETES).star
    assert redone is not None
    assert redone.status is Status.ATTEND
    alone = planner.agenda.resolve_keep(conference_id, CACHES).value  # no clash at all
    assert alone == {CACHES: (None, Status.ATTEND)}  # still something to undo


def test_cli_resolve_says_it_starred_the_session(tmp_path: Path) -> None:
    data = tmp_path / "data"
    document = run(data, "resolve", CACHES)
    assert document == {"key": CACHES, "changes": [], "starred": True}
    out = io.StringIO()
    assert main(["--data-dir", str(data), "resolve", KUBERNETES], out=out) == 0
    assert out.getvalue() == f"{KUBERNETES}: not starred → Attend\n"


def test_a_busy_block_an_older_planner_saved_at_the_calendar_end_is_listed(
    tmp_path: Path,
) -> None:
    """A block on 9999-12-31 (saved before blocks were limited to the calendar) used to
    make `busy list` and `export pdf` fail with OverflowError in a zone east of UTC. It is
    listed in UTC, to be removed, and left out of clashes and the day plan."""
    from sqlalchemy import text

    from planner.services import Planner

    data = tmp_path / "data"
    run(data, "busy", "add", "2019-05-14T12:00", "2019-05-14T13:00", "Old")
    planner = Planner.open(data / "planner.sqlite3")
    try:
        with planner.database.transaction() as session:
            session.execute(
                text(
                    "UPDATE busy_blocks SET start = '9999-12-31 22:00:00.000000', "
                    "\"end\" = '9999-12-31 23:59:00.000000'"
                )
            )
            session.execute(text("UPDATE conferences SET time_zone = 'Europe/Berlin'"))
    finally:
        planner.close()
    [listed] = run(data, "busy", "list")
    assert (listed["start"], listed["end"]) == (
        "9999-12-31T22:00:00+00:00",
        "9999-12-31T23:59:00+00:00",
    )
    out = io.StringIO()
    assert main(["--data-dir", str(data), "busy", "list"], out=out) == 0
    assert out.getvalue() == (
        "  1  9999-12-31 22:00–9999-12-31 23:59 UTC  Old  (beyond the dates Planner keeps; "
        "`planner busy remove 1` removes it)\n"
    )
    assert run(data, "conflicts")["findings"] == []
    assert main(["--data-dir", str(data), "export", "pdf", str(tmp_path / "a.pdf")]) == 0
    assert run(data, "busy", "remove", "1")["id"] == 1


def test_a_busy_block_put_back_is_exactly_the_one_removed(planner: Planner) -> None:
    """What the window's undo of adding or removing a busy block relies on: the block
    comes back with its own id (a later undo step names it), or not at all."""
    from datetime import UTC, datetime

    from planner.domain.errors import ChangedMeanwhileError

    conference_id = planner.catalog.conference().id
    start = datetime(2019, 5, 14, 11, tzinfo=UTC)
    busy = planner.agenda.add_busy(conference_id, "Lunch", start, start.replace(hour=12)).value
    removed = planner.agenda.remove_busy(busy.id)
    assert removed.changes
    restored = planner.agenda.restore_busy(busy)
    assert restored.value == busy
    assert restored.changes  # every view follows
    assert planner.agenda.busy_blocks(conference_id) == [busy]
    planner.agenda.remove_busy(busy.id)
    other = planner.agenda.add_busy(conference_id, "Other", start, start.replace(hour=13))
    assert other.value.id == busy.id  # SQLite gave the id again
    with pytest.raises(ChangedMeanwhileError):
        planner.agenda.restore_busy(busy)
    assert planner.agenda.busy_blocks(conference_id) == [other.value]


def test_negative_minutes_say_which_setting_and_its_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--buffer -5` said only "minutes cannot be negative"."""
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "conflicts", "--buffer", "-5"], out=io.StringIO()) == 2
    assert main(["--data-dir", data, "conflicts", "--tolerance", "-1"], out=io.StringIO()) == 2
    assert capsys.readouterr().err.splitlines() == [
        "planner: error: the walking time must be between 0 and 1440 minutes, not -5",
        "planner: error: the tolerance must be between 0 and 1440 minutes, not -1",
    ]


def test_a_busy_block_from_a_time_the_clocks_skip_keeps_its_length(tmp_path: Path) -> None:
    """London skips 01:00-02:00 on 2019-03-31: 01:30 is read as 02:30 BST, and the end,
    02:15, used to stay put, so the block was refused as ending before it starts."""
    block = run(tmp_path / "d", "busy", "add", "2019-03-31T01:30", "2019-03-31T02:15", "Call")
    assert (block["start"], block["end"]) == (
        "2019-03-31T02:30:00+01:00",
        "2019-03-31T03:15:00+01:00",
    )
