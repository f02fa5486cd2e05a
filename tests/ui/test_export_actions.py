"""Export, share and open-colleague actions from the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.ui.actions import ActionId
from planner.ui.dialogs.export import CalendarExportDialog

from .conftest import export_calendar_errors, settle

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from planner.ui.mainwindow import MainWindow

KEY = "ksl19-is-kafka-a-database"


def test_calendar_pdf_and_agenda_exports(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_key(KEY)
    window.toggle_current_star()
    settle(window)
    targets = iter(
        [
            tmp_path / "agenda.ics",
            tmp_path / "session.ics",
            tmp_path / "agenda.pdf",
            tmp_path / "me.planner-agenda",
        ]
    )
    monkeypatch.setattr(window, "ask_save_path", lambda *args: next(targets))
    monkeypatch.setattr(
        CalendarExportDialog, "ask", classmethod(lambda cls, parent=None: (True, 15, False))
    )
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText", lambda *args, **kwargs: ("Robin", True)
    )
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append(text))
    for action in (
        ActionId.EXPORT_ICS,
        ActionId.EXPORT_SESSION_ICS,
        ActionId.EXPORT_PDF,
        ActionId.SHARE_AGENDA,
    ):
        window.action_map[action].trigger()
    settle(window)
    assert errors == []
    assert b"TRIGGER:-PT15M" in (tmp_path / "agenda.ics").read_bytes()
    assert b"SUMMARY:Is Kafka a Database?" in (tmp_path / "session.ics").read_bytes()
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF")
    assert b'"shared_by": "Robin"' in (tmp_path / "me.planner-agenda").read_bytes()

    monkeypatch.setattr(window, "ask_open_path", lambda *args: tmp_path / "me.planner-agenda")
    window.action_map[ActionId.OPEN_AGENDA].trigger()
    settle(window)
    assert errors == []
    assert window.conference is not None
    [overlay] = window.core.get().sharing.overlays(window.conference.id)
    assert overlay.name == "Robin"
    assert overlay.attending() == {KEY}


def test_export_failure_is_reported(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    errors = export_calendar_errors(window, monkeypatch, blocker / "agenda.ics")
    assert len(errors) == 1
