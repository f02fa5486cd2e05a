"""Every view follows the kinds of change that `test_every_view_follows` does not cover
(issue 17, item 1): a colleague's stars merged (and undone), an updated program imported,
a busy block added and removed, the walking time changed. No view is reloaded by hand:
each applies what changed, and every model still passes the model tester afterwards."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from planner.bundled import bundled_program_path
from planner.domain.agenda import Priority
from planner.domain.conflicts import ConflictSettings
from planner.ui.dialogs.report import ImportReportDialog
from planner.ui.dialogs.resolve import BusyBlockDialog, ConflictSettingsDialog
from planner.ui.look import Look, mark_icon
from planner.ui.models.agenda_model import EntryKind
from planner.ui.models.program_model import Column
from planner.ui.models.session_table import TableColumn
from planner.ui.tabs import Tab

from .conftest import settle
from .test_every_view_follows import DATABASE, NOT_STARRED, STREAMS, shown_everywhere, starred

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from planner.ui.mainwindow import MainWindow

KUBERNETES = "ksl19-running-kafka-in-kubernetes-a-practical-guide"  # Core Kafka Room, to 11:10
CQRS = "ksl19-with-cqrs-rising-and-more-formal-event-sourcing"  # another room, from 11:20


def marked_as_clash(window: MainWindow, key: str) -> dict[str, bool]:
    """Whether each view marks `key` as clashing."""
    table = window.table_model
    listed = table.index(table.row_of(key), TableColumn.TITLE).data(Qt.ItemDataRole.DecorationRole)
    program = window.model.index_of_key(key, Column.TITLE).data(Qt.ItemDataRole.DecorationRole)
    window.show_tab(Tab.AGENDA)
    talk = window.store.talk(key)
    assert talk is not None
    in_clash = any(
        (entry.kind is EntryKind.CLASH and any(child.key == key for child in entry.children))
        or (entry.kind is EntryKind.TIGHT and f"“{talk.title}”" in entry.text)
        for day in window.agenda_model.days
        for entry in day.children
    )
    return {
        "store": key in window.store.clashing,
        "list": isinstance(listed, QIcon),
        "program": isinstance(program, QIcon),
        "agenda": in_clash,
    }


def test_a_merge_of_a_colleagues_stars_and_its_undo(window: MainWindow, tmp_path: Path) -> None:
    from planner.services import Planner

    dana = Planner.open(tmp_path / "dana" / "planner.sqlite3")
    dana.imports.ensure_bundled_program()
    dana.agenda.star(dana.catalog.conference().id, DATABASE)
    dana.sharing.export_agenda(dana.catalog.conference().id, tmp_path / "d.planner-agenda", "Dana")
    dana.close()
    window.colleagues.open_agenda(tmp_path / "d.planner-agenda")
    settle(window)
    [overlay] = window.store.overlays
    window.colleagues.merge(overlay.id)
    settle(window)
    assert shown_everywhere(window, DATABASE) == starred("maybe")
    window.undo_stack.undo()
    settle(window)
    assert shown_everywhere(window, DATABASE) == NOT_STARRED


def test_an_updated_program_moves_a_starred_session_in_every_view(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[object] = []
    monkeypatch.setattr(
        ImportReportDialog,
        "show_report",
        classmethod(lambda cls, report, parent=None: reports.append(report)),
    )
    window.select_key(STREAMS)
    window.set_priority(Priority.MUST)
    settle(window)
    before = window.store.talk(STREAMS)
    assert before is not None
    program = json.loads(bundled_program_path().read_text(encoding="utf-8"))
    for session in program["sessions"]:
        if session["key"] == STREAMS:
            start = datetime.fromisoformat(session["start"]) + timedelta(hours=3)
            end = datetime.fromisoformat(session["end"]) + timedelta(hours=3)
            session["start"], session["end"] = start.isoformat(), end.isoformat()
    updated = tmp_path / "updated.planner-program.json"
    updated.write_text(json.dumps(program), encoding="utf-8")
    with qtbot.waitSignal(window.imports.finished, timeout=60_000):
        window.imports.start(str(updated))
    settle(window)
    moved = window.store.talk(STREAMS)
    assert moved is not None
    assert moved.start == before.start + timedelta(hours=3)
    zone = window.store.zone
    shown = f"{moved.start.astimezone(zone):%H:%M}–{moved.end.astimezone(zone):%H:%M}"
    table = window.table_model
    assert table.index(table.row_of(STREAMS), TableColumn.TIME).data() == shown
    assert window.model.index_of_key(STREAMS, Column.TIME).data() == shown
    window.show_tab(Tab.TIMETABLE)
    window.timetable.select_key(STREAMS)
    block = window.timetable.block_of(STREAMS)
    assert block is not None
    assert block.talk.start == moved.start
    window.show_tab(Tab.AGENDA)
    index = window.agenda_model.index_of_key(STREAMS)
    assert index.isValid()
    assert index.data() == shown
    assert shown_everywhere(window, STREAMS) == starred("must")  # the star followed
    assert len(reports) == 1  # and the report named the move


def test_a_busy_block_marks_the_clash_everywhere_and_its_removal_clears_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_key(STREAMS)
    window.toggle_current_star()
    settle(window)
    talk = window.store.talk(STREAMS)
    assert talk is not None
    assert marked_as_clash(window, STREAMS) == dict.fromkeys(
        ("store", "list", "program", "agenda"), False
    )
    monkeypatch.setattr(
        BusyBlockDialog,
        "ask",
        classmethod(lambda cls, zone, start, parent=None: ("Call", talk.start, talk.end)),
    )
    window.agenda_flow.add_busy_block()
    settle(window)
    assert marked_as_clash(window, STREAMS) == dict.fromkeys(
        ("store", "list", "program", "agenda"), True
    )
    [block] = window.store.busy
    window.runner.run(lambda core: core.agenda.remove_busy(block.id))
    settle(window)
    assert marked_as_clash(window, STREAMS) == dict.fromkeys(
        ("store", "list", "program", "agenda"), False
    )


def test_a_longer_walk_makes_a_tight_transfer_every_view_marks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:
    for key in (KUBERNETES, CQRS):  # 10 minutes apart, in two rooms
        window.select_key(key)
        window.toggle_current_star()
    settle(window)
    assert not marked_as_clash(window, CQRS)["store"]
    monkeypatch.setattr(
        ConflictSettingsDialog,
        "ask",
        classmethod(lambda cls, settings, parent=None: ConflictSettings(15, 0)),
    )
    window.agenda_flow.edit_walking_time()
    settle(window)
    assert window.store.settings.buffer_minutes == 15
    # A tight transfer is marked in every view - as one, not as a clash (the status bar
    # counts no clash, and the Clashing filter leaves it out).
    assert CQRS in window.store.tight
    assert CQRS not in window.store.clashing
    assert marked_as_clash(window, CQRS) == {
        "store": False,
        "list": True,
        "program": True,
        "agenda": True,
    }
    tight_mark = mark_icon(None, Look.current(), tight=True).cacheKey()
    table = window.table_model
    listed = table.index(table.row_of(CQRS), TableColumn.TITLE)
    assert listed.data(Qt.ItemDataRole.DecorationRole).cacheKey() == tight_mark
    window.show_tab(Tab.AGENDA)
    for model in (
        window.model,
        window.table_model,
        window.table_proxy,
        window.agenda_model,
    ):
        qtmodeltester.check(model)
    window.show_tab(Tab.SPEAKERS)  # Speakers is built while shown
    qtmodeltester.check(window.speakers_model)


def test_auto_resolve_its_undo_and_redo_reach_every_view(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sessions auto-resolve makes plan B stop being marked as clashing in the List,
    the Program and My Agenda (where the plan B shows as such), the Timetable repaints
    them; undo marks them again, redo clears them again."""
    from planner.ui.dialogs.resolve import AutoResolvePreview

    for key, priority in ((STREAMS, Priority.MUST), (KUBERNETES, Priority.MAYBE)):
        window.select_key(key)
        window.set_priority(priority)
    settle(window)
    clashing = dict.fromkeys(("store", "list", "program", "agenda"), True)
    clear = dict.fromkeys(("store", "list", "program", "agenda"), False)
    assert marked_as_clash(window, KUBERNETES) == clashing
    monkeypatch.setattr(
        AutoResolvePreview, "confirm", classmethod(lambda cls, r, p=None, zone=None: True)
    )

    def plan_b_in_agenda() -> bool:
        window.show_tab(Tab.AGENDA)
        index = window.agenda_model.index_of_key(KUBERNETES, any_row=True)
        entry = window.agenda_model.entry(index) if index.isValid() else None
        return entry is not None and entry.kind is EntryKind.PLAN_B

    window.agenda_flow.auto_resolve()
    settle(window)
    assert marked_as_clash(window, KUBERNETES) == clear
    assert marked_as_clash(window, STREAMS) == clear
    assert plan_b_in_agenda()
    window.undo_stack.undo()
    settle(window)
    assert marked_as_clash(window, KUBERNETES) == clashing
    assert not plan_b_in_agenda()
    window.undo_stack.redo()
    settle(window)
    assert marked_as_clash(window, KUBERNETES) == clear
    assert plan_b_in_agenda()
