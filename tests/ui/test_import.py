"""Importing from the window: off the UI thread, the time-zone question, the report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from planner.ui.dialogs.report import ImportReportDialog
from planner.ui.dialogs.timezone import TimeZoneDialog

from ..conftest import SCHEDULES
from ..formats.hostile import frab_xml
from .conftest import settle

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from planner.ui.mainwindow import MainWindow

SESSIONIZE = SCHEDULES / "sessionize" / "sessionize-sample-All.json"


def test_import_runs_in_the_background_and_switches_conference(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    program = tmp_path / "mini.xml"
    program.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000) as blocker:
        window.imports.open_path(program)
    report = blocker.args[0]
    assert report.created
    assert report.sessions == 1
    assert window.conference is not None
    assert window.conference.title == "Mini"
    assert len(window.model.talks()) == 1
    assert len(window.core.get().catalog.conferences()) == 2


def test_time_zone_is_asked_when_the_file_has_none(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(source: str, parent: object = None) -> str:
        asked.append(source)
        return "Europe/London"

    monkeypatch.setattr(TimeZoneDialog, "ask", staticmethod(answer))
    with qtbot.waitSignal(window.imports.finished, timeout=10_000) as blocker:
        window.imports.start(str(SESSIONIZE))
    assert asked == [str(SESSIONIZE)]
    assert window.conference is not None
    assert window.conference.time_zone == "Europe/London"
    assert blocker.args[0].sessions == 11


def test_failure_is_shown_and_changes_nothing(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    broken = tmp_path / "broken.xml"
    broken.write_bytes(frab_xml()[:100])
    with qtbot.waitSignal(window.imports.failed, timeout=10_000):
        window.imports.open_path(broken)
    assert len(shown) == 1
    assert shown[0].startswith(str(broken))
    assert window.conference is not None
    assert window.conference.title.startswith("Kafka")
    assert len(window.core.get().catalog.conferences()) == 1


def test_update_report_dialog_lists_starred_changes_first(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[object] = []
    monkeypatch.setattr(
        ImportReportDialog,
        "show_report",
        classmethod(lambda cls, report, parent=None: reports.append(report)),
    )
    program = tmp_path / "mini.xml"
    program.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        window.imports.open_path(program)
    window.select_key("guid:11111111-1111-1111-1111-111111111111")
    window.toggle_current_star()
    settle(window)
    program.write_bytes(frab_xml(title="Hello, renamed"))
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        window.imports.open_path(program)
    assert len(reports) == 1
    dialog = ImportReportDialog(reports[0], window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.changes.count() == 1
    assert dialog.changes.item(0).text().startswith("changed: Hello, renamed")
    assert dialog.changes.item(0).font().bold()  # and the painted star beside it


def test_files_given_to_the_app_are_opened_by_kind(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    from planner.services import Planner

    colleague = Planner.open(tmp_path / "c" / "planner.sqlite3")
    colleague.imports.ensure_bundled_program()
    colleague.agenda.star(colleague.catalog.conference().id, "ksl19-is-kafka-a-database")
    agenda = tmp_path / "sam.planner-agenda"
    colleague.sharing.export_agenda(colleague.catalog.conference().id, agenda, "Sam")
    colleague.close()
    window.imports.open_path(agenda)  # an agenda: shown as a colleague's overlay
    settle(window)
    assert window.conference is not None
    assert [o.name for o in window.core.get().sharing.overlays(window.conference.id)] == ["Sam"]
    program = tmp_path / "mini.xml"
    program.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        window.imports.open_path(program)  # a program: imported
    assert window.conference.title == "Mini"


def test_a_stalled_download_can_be_cancelled_and_stores_nothing(window: MainWindow, qtbot) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from PySide6.QtWidgets import QPushButton

    release = threading.Event()

    class Stalling(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            release.wait(20)  # a server that takes its time
            body = frab_xml()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Stalling)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    ).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/schedule.xml"
    failures: list[str] = []
    finished: list[object] = []
    window.imports.failed.connect(failures.append)
    window.imports.finished.connect(finished.append)
    try:
        window.imports.start(url)
        progress = window.imports.progress
        assert progress is not None
        qtbot.waitUntil(progress.isVisible, timeout=5_000)
        [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
        with qtbot.waitSignal(window.imports.cancelled, timeout=5_000):
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not progress.isVisible()  # the window is the user's again at once
        release.set()
        qtbot.waitUntil(lambda: window.runner.idle, timeout=20_000)
    finally:
        release.set()
        server.shutdown()
        server.server_close()
    assert failures == []
    assert finished == []
    assert len(window.core.get().catalog.conferences()) == 1  # nothing was stored
    assert "cancelled" in window.statusBar().currentMessage()


def test_an_import_is_read_for_the_views_once(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import's own update carries the imported conference's whole view: the views
    start over once, from one read (no second `Catalog.view` after it), whether the
    conference is new or the one shown."""
    from planner.services import catalog

    reads: list[int | None] = []
    whole_view = catalog._view

    def counted(connection: object, conference_id: int | None) -> object:
        reads.append(conference_id)
        return whole_view(connection, conference_id)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog, "_view", counted)
    monkeypatch.setattr(ImportReportDialog, "show_report", classmethod(lambda *_args: None))
    resets: list[None] = []
    window.store.reset.connect(lambda: resets.append(None))
    program = tmp_path / "mini.xml"
    program.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000) as blocker:
        window.imports.start(str(program))  # a new conference, another one shown
    imported = blocker.args[0].conference_id
    assert window.conference is not None
    assert window.conference.id == imported
    assert window.conference.title == "Mini"
    assert (reads, len(resets)) == ([imported], 1)
    reads.clear()
    resets.clear()
    program.write_bytes(frab_xml(title="Hello, renamed"))
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        window.imports.start(str(program))  # an update of the conference shown
    assert (reads, len(resets)) == ([imported], 1)
    assert [talk.title for talk in window.store.talks] == ["Hello, renamed"]
