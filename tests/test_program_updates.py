"""Re-importing a changed real program: every star survives or is reported, correctly."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from planner.cli_json import import_report_json
from planner.domain.agenda import Priority
from planner.domain.updates import ChangeKind

from .conftest import SCHEDULES

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner

FOSDEM = SCHEDULES / "xml" / "fosdem-2025.xml"
MOVED = "852280ac-61d3-588c-b74c-8d87f9d9d2c6"  # A New Approach to Callee-Saved Registers
REMOVED = "ea099777-c164-5c6f-952a-a8b41a25fcef"  # Moving work into the middle end
RENAMED = "16e66ccf-84df-5d1e-b49d-95fc58e72691"  # Improving compile-time computation ...
REKEYED = "bddc6a76-016d-5a34-a148-b15245f164fa"  # Things are coming together for Flang
UNCHANGED = "c02dc88f-092d-53ef-a6a0-888db604fdb4"  # An introduction to Torch-MLIR
UNSTARRED_REMOVED = "fb67911c-e478-543d-b892-d4da0bdb9ce0"
NEW_KEY = "0badc0de-0000-5000-8000-000000000001"


def event_block(text: str, guid: str) -> str:
    match = re.search(rf'<event guid="{guid}".*?</event>', text, re.DOTALL)
    assert match, guid
    return match.group(0)


def changed_program(tmp_path: Path) -> Path:
    text = FOSDEM.read_text(encoding="utf-8")
    moved = event_block(text, MOVED)
    text = text.replace(
        moved,
        moved.replace("2025-02-01T10:35:00+01:00", "2025-02-01T16:35:00+01:00")
        .replace("<start>10:35</start>", "<start>16:35</start>")
        .replace("<room>K.3.201</room>", "<room>H.1302 (Depage)</room>"),
    )
    text = text.replace(event_block(text, REMOVED), "")
    text = text.replace(event_block(text, UNSTARRED_REMOVED), "")
    renamed = event_block(text, RENAMED)
    text = text.replace(
        renamed,
        renamed.replace(
            "Improving compile-time computation of object size",
            "Faster compile-time computation of object sizes",
        ),
    )
    rekeyed = event_block(text, REKEYED)
    text = text.replace(rekeyed, rekeyed.replace(REKEYED, NEW_KEY))
    out = tmp_path / "fosdem-2025-v2.xml"
    out.write_text(text, encoding="utf-8")
    return out


def test_update_keeps_or_reports_every_star(empty_planner: Planner, tmp_path: Path) -> None:
    first = empty_planner.imports.file(FOSDEM).value
    conference_id = first.conference_id
    for guid, priority in (
        (MOVED, Priority.MUST),
        (REMOVED, Priority.WANT),
        (RENAMED, Priority.MAYBE),
        (REKEYED, Priority.MUST),
        (UNCHANGED, Priority.WANT),
    ):
        empty_planner.agenda.star(conference_id, f"guid:{guid}", priority, note=f"note {guid[:4]}")

    report = empty_planner.imports.file(changed_program(tmp_path)).value
    assert report.conference_id == conference_id
    assert not report.created
    assert report.sessions == 943 - 2

    kinds = {(change.kind, change.key) for change in report.changes}
    assert kinds == {
        (ChangeKind.MOVED, f"guid:{MOVED}"),
        (ChangeKind.REMOVED, f"guid:{REMOVED}"),
        (ChangeKind.REMOVED, f"guid:{UNSTARRED_REMOVED}"),
        (ChangeKind.CHANGED, f"guid:{RENAMED}"),
        (ChangeKind.CHANGED, f"guid:{NEW_KEY}"),
    }
    # Changes to starred sessions come first; the only unstarred change comes last.
    assert [c.starred for c in report.changes] == [True] * 4 + [False]
    moved = next(c for c in report.changes if c.key == f"guid:{MOVED}")
    assert moved.details == (
        "time Sat 01 Feb 10:35–11:00 → Sat 01 Feb 16:35–17:00",
        "room K.3.201 → H.1302 (Depage)",
    )
    renamed = next(c for c in report.changes if c.key == f"guid:{RENAMED}")
    assert renamed.details[0].startswith("title “Improving compile-time")
    rekeyed = next(c for c in report.changes if c.key == f"guid:{NEW_KEY}")
    assert rekeyed.previous_key == f"guid:{REKEYED}"

    talks = {talk.key: talk for talk in empty_planner.catalog.talks(conference_id)}
    starred = {key: talk.star for key, talk in talks.items() if talk.star}
    assert set(starred) == {
        f"guid:{MOVED}",
        f"guid:{REMOVED}",
        f"guid:{RENAMED}",
        f"guid:{NEW_KEY}",
        f"guid:{UNCHANGED}",
    }
    assert starred[f"guid:{NEW_KEY}"].priority is Priority.MUST
    assert starred[f"guid:{NEW_KEY}"].note == f"note {REKEYED[:4]}"
    assert talks[f"guid:{REMOVED}"].cancelled
    assert talks[f"guid:{MOVED}"].start == datetime(2025, 2, 1, 15, 35, tzinfo=UTC)
    assert talks[f"guid:{MOVED}"].room == "H.1302 (Depage)"
    assert f"guid:{UNSTARRED_REMOVED}" not in talks


def test_report_as_json_lists_starred_changes_first(empty_planner: Planner, tmp_path: Path) -> None:
    conference_id = empty_planner.imports.file(FOSDEM).value.conference_id
    empty_planner.agenda.star(conference_id, f"guid:{REMOVED}")
    document = import_report_json(empty_planner.imports.file(changed_program(tmp_path)).value)
    counts = document["counts"]
    assert isinstance(counts, dict)
    assert counts == {
        "sessions": 941,
        "speakers": counts["speakers"],
        "rooms": 29,
        "tracks": 74,
        "days": 2,
        # Unstarred, the re-keyed session is simply removed + added.
        "added": 1,
        "removed": 3,
        "moved": 1,
        "changed": 1,
    }
    changes = document["changes"]
    assert isinstance(changes, list)
    assert changes[0] == {
        "kind": "removed",
        "key": f"guid:{REMOVED}",
        "title": "Moving work into the middle end",
        "starred": True,
        "details": ["was Sat 01 Feb 11:05"],
        "previous_key": None,
    }
