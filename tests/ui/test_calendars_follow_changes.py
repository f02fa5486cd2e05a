"""The Calendars dialog follows what changed, as every view does: what its own operations
return (add, remove, a connection test) and what another process wrote (the revision
watcher) reach its list through the store's `applied` Changes and `CalendarSync` - the
dialog reads nothing again by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from planner.domain.changes import Changes

from .conftest import settle
from .test_calendars import open_dialog

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from planner.ui.dialogs.calendars import CalendarsDialog
    from planner.ui.mainwindow import MainWindow

WAIT = 60_000  # ms, on a loaded two-core machine


def listed(dialog: CalendarsDialog) -> list[str]:
    rows = (dialog.list.topLevelItem(row) for row in range(dialog.list.topLevelItemCount()))
    return [row.text(0) for row in rows if row is not None and not dialog.list.isHidden()]


def state(dialog: CalendarsDialog) -> str:
    row = dialog.list.topLevelItem(0)
    return row.text(3) if row is not None else ""


def test_the_dialogs_own_changes_reach_its_list_as_changes(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conference_id = window.store.conference_id
    assert conference_id is not None
    window.select_key("ksl19-kafka-streams-at-scale")
    window.toggle_current_star()
    settle(window)
    applied: list[Changes] = []
    window.store.applied.connect(applied.append)
    dialog = open_dialog(window, qtbot)
    assert listed(dialog) == []

    # Add a folder of events through the form: listed, and synced at once.
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.folder_kind.setChecked(True)
    qtbot.keyClicks(editor.name, "Events")
    folder = tmp_path / "events"
    qtbot.keyClicks(editor.folder, str(folder))
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: listed(dialog) == ["Events"], timeout=WAIT)
    assert Changes.of_targets(conference_id) in applied
    qtbot.waitUntil(lambda: state(dialog) == "synced just now", timeout=WAIT)
    assert len(list(folder.rglob("*.ics"))) == 1  # the starred session, sent at once
    assert dialog.list.currentItem() is dialog.list.topLevelItem(0)

    # Remove it: gone from the list, by the removal's Changes.
    applied.clear()
    monkeypatch.setattr(dialog, "ask_remove", lambda _name: True)
    qtbot.waitUntil(lambda: dialog.remove_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listed(dialog) == [], timeout=WAIT)
    assert applied == [Changes.of_targets(conference_id)]
    assert dialog.empty.isVisible()
    assert "no longer kept in sync" in dialog.message.text()


def test_calendars_another_process_adds_or_removes_appear_in_the_open_dialog(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    from planner.services import Planner

    settle(window)
    dialog = open_dialog(window, qtbot)
    other = Planner.open(window.core.get().database.path)  # `planner calendar add`, say
    try:
        conference_id = other.catalog.conference().id
        other.calendars.add(conference_id, "khal", vdir=tmp_path / "khal")
        assert window.watcher.check()
        qtbot.waitUntil(lambda: listed(dialog) == ["khal"], timeout=WAIT)
        other.calendars.remove("khal")
        assert window.watcher.check()
        qtbot.waitUntil(lambda: listed(dialog) == [], timeout=WAIT)
    finally:
        other.close()
