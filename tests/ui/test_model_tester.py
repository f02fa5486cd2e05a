"""Qt's own QAbstractItemModelTester (PySide6.QtTest) watches every model of the window
through each kind of change the window makes: stars, priorities, undo and redo, search
and filters, the display zone, a busy block, another conference and back. Whatever the
tester finds wrong is a Qt warning, and a Qt warning fails the test (qt_log_level_fail in
pyproject.toml)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    qInstallMessageHandler,
)
from PySide6.QtTest import QAbstractItemModelTester

from planner.domain.agenda import Priority
from planner.ui.actions import ActionId
from planner.ui.tabs import Tab

from ..formats.hostile import frab_xml
from .conftest import settle

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from planner.ui.mainwindow import MainWindow

STREAMS = "ksl19-kafka-streams-at-scale"
KUBERNETES = "ksl19-running-kafka-in-kubernetes-a-practical-guide"
DATABASE = "ksl19-is-kafka-a-database"
WARNING = QAbstractItemModelTester.FailureReportingMode.Warning


def watch_every_model(window: MainWindow) -> list[QAbstractItemModelTester]:
    return [
        QAbstractItemModelTester(model, WARNING, window)
        for model in (
            window.model,
            window.table_model,
            window.table_proxy,
            window.agenda_model,
            window.speakers_model,
        )
    ]


def test_every_model_stays_sound_through_every_kind_of_change(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    # Speakers and My Agenda are built while shown: Speakers built, then hidden while stars
    # change its rows in place and new views mark it stale; shown again at the end.
    window.show_tab(Tab.SPEAKERS)
    window.show_tab(Tab.AGENDA)
    testers = watch_every_model(window)
    for key in (STREAMS, KUBERNETES, DATABASE):
        window.select_key(key)
        window.toggle_current_star()
    settle(window)
    window.set_priority(Priority.MUST)
    settle(window)
    for _ in range(2):
        window.undo_stack.undo()
        settle(window)
    window.undo_stack.redo()
    settle(window)
    window.show_tab(Tab.LIST)
    window.filter_bar.search.setText("kafka")
    window.filter_bar.flush()
    window.filter_bar.starred.setChecked(True)
    window.filter_bar.reset_filters()
    window.action_map[ActionId.TIMES_LOCAL_ZONE].setChecked(True)
    window.zone_choice_changed()
    window.action_map[ActionId.TIMES_EVENT_ZONE].setChecked(True)
    window.zone_choice_changed()
    talk = window.store.talk(STREAMS)
    conference_id = window.store.conference_id
    assert talk is not None
    assert conference_id is not None
    start, end = talk.start, talk.start + timedelta(hours=1)
    window.show_tab(Tab.AGENDA)
    window.runner.run(lambda core: core.agenda.add_busy(conference_id, "Lunch", start, end))
    settle(window)
    bundled = window.store.conference_id
    mini = tmp_path / "mini.xml"
    mini.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=20_000):
        window.imports.open_path(mini)
    assert window.conference is not None
    assert window.conference.title == "Mini"
    window.load_conference(bundled)  # back to the bundled program
    settle(window)
    assert len(window.store.talks) > 1
    window.show_tab(Tab.SPEAKERS)
    assert window.speakers_model.rowCount() > 1
    assert len(testers) == 5  # they watched to the end


class _Lying(QAbstractListModel):
    """Says it has three rows, then gives no index for any of them."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None

    def index(  # type: ignore[override]
        self, row: int, column: int = 0, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:
        return QModelIndex()


def test_the_tester_speaks_up_for_a_broken_model(qapp) -> None:
    """The harness itself: a model that lies about its rows makes the tester warn (a
    warning that, anywhere else, fails the test). Its messages are caught here."""
    seen: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: seen.append(message))
    try:
        tester = QAbstractItemModelTester(_Lying(), WARNING)
    finally:
        qInstallMessageHandler(previous)
    assert tester is not None
    assert any(message.startswith("FAIL!") for message in seen), seen


def test_every_model_stays_sound_through_a_merge_auto_resolve_and_another_process(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kinds of change the test above does not make: a colleague's stars merged,
    auto-resolve (and its undo), and a star written by another process."""
    from planner.services import Planner
    from planner.ui.dialogs.resolve import AutoResolvePreview

    window.show_tab(Tab.SPEAKERS)
    window.show_tab(Tab.AGENDA)
    testers = watch_every_model(window)
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
    for key, priority in ((STREAMS, Priority.MUST), (KUBERNETES, Priority.MAYBE)):
        window.select_key(key)
        window.set_priority(priority)
    settle(window)
    monkeypatch.setattr(
        AutoResolvePreview, "confirm", classmethod(lambda cls, r, p=None, zone=None: True)
    )
    window.agenda_flow.auto_resolve()
    settle(window)
    assert window.store.clashing == frozenset()
    window.undo_stack.undo()
    settle(window)
    assert window.store.conference is not None
    other = Planner.open(window.core.get().database.path)
    other.agenda.unstar(window.store.conference.id, DATABASE)
    other.close()
    assert window.watcher.check()
    settle(window)
    talk = window.store.talk(DATABASE)
    assert talk is not None
    assert talk.star is None
    window.show_tab(Tab.SPEAKERS)
    assert len(testers) == 5  # they watched to the end
