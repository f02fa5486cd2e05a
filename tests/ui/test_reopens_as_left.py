"""The window reopens as the user left it, and Ctrl+1…Ctrl+5 take the keyboard along.

A restart here is a real one: the window closed as the app closes it (its settings
saved, the quick-start snapshot kept for the next start), then a new window opened on the
same database and settings file, as `planner` opens it (the app's "Restart now?" after a
change of language starts the program again, the same way).
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr
from typing import TYPE_CHECKING, Any

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from planner.cli import main
from planner.paths import AppPaths
from planner.quickstart import SNAPSHOT_NAME
from planner.ui.app import finish_opening, keep_for_next_start, open_main_window
from planner.ui.models.session_table import TableColumn
from planner.ui.roles import Role
from planner.ui.tabs import Tab
from tests.formats.hostile import frab_xml

from .conftest import close_window, settle

if TYPE_CHECKING:
    from pathlib import Path

    from planner.quickstart import QuickStart
    from planner.ui.mainwindow import MainWindow

KAFKA = "Kafka Summit London 2019"  # the bundled program


def start(qtbot, paths: AppPaths) -> tuple[MainWindow, QuickStart]:
    window, quick = open_main_window(paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    finish_opening(window, quick)
    settle(window)
    return window, quick


def restart(qtbot, paths: AppPaths, window: MainWindow, quick: QuickStart) -> MainWindow:
    """Close `window` as the app does at exit, then start anew on the same files."""
    window.close()  # saves the settings (closeEvent)
    keep_for_next_start(window, quick)
    close_window(window)
    again, _ = start(qtbot, paths)
    return again


def cli(paths: AppPaths, *args: str) -> Any:
    out, errors = io.StringIO(), io.StringIO()
    with redirect_stderr(errors):
        code = main(["--data-dir", str(paths.database.parent), *args, "--json"], out=out)
    assert code == 0, errors.getvalue()
    return json.loads(out.getvalue())


def choose(window: MainWindow, title: str) -> None:
    """The user picks `title` in the tool bar's Conference box."""
    switcher = window.conference_switcher
    row = switcher.findText(title)
    assert row >= 0
    switcher.setCurrentIndex(row)
    switcher.activated.emit(row)
    settle(window)
    assert window.conference is not None
    assert window.conference.title == title


@pytest.mark.parametrize("snapshot", [True, False], ids=["quick start", "no snapshot"])
def test_the_window_reopens_on_the_conference_last_shown(
    qtbot, tmp_path: Path, snapshot: bool
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    window, quick = start(qtbot, paths)  # the first start stores the bundled program
    mini = tmp_path / "mini.xml"
    mini.write_bytes(frab_xml())
    cli(paths, "import", str(mini))  # imported last, on the command line
    window = restart(qtbot, paths, window, quick)
    assert window.conference is not None
    assert window.conference.title == "Mini"  # what was imported is shown

    choose(window, KAFKA)
    kafka = window.store.conference_id
    # The command line answers about the conference the window shows.
    assert {s["conference_id"] for s in cli(paths, "sessions")} == {kafka}
    assert [c["title"] for c in cli(paths, "conferences") if c["current"]] == [KAFKA]

    window.close()
    keep_for_next_start(window, quick)
    close_window(window)
    if not snapshot:
        (paths.cache_dir / SNAPSHOT_NAME).unlink()
    window, quick = start(qtbot, paths)
    assert window.conference is not None
    assert window.conference.title == KAFKA
    assert window.conference_switcher.currentText() == KAFKA
    assert window.store.talks  # Kafka's sessions, not Mini's
    assert all(window.store.talk(t.key) is not None for t in window.store.talks)
    assert len(window.store.talks) == 59
    close_window(window)


def test_an_import_in_the_window_is_what_the_next_start_and_the_command_line_show(
    qtbot, tmp_path: Path
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    window, quick = start(qtbot, paths)
    mini = tmp_path / "mini.xml"
    mini.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        window.imports.open_path(mini)
    settle(window)
    assert [c["title"] for c in cli(paths, "conferences") if c["current"]] == ["Mini"]
    choose(window, KAFKA)
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        window.imports.open_path(mini)  # the same file again: nothing new, but shown
    settle(window)
    assert window.conference is not None
    assert window.conference.title == "Mini"
    window = restart(qtbot, paths, window, quick)
    assert window.conference is not None
    assert window.conference.title == "Mini"
    close_window(window)


def _key_at(window: MainWindow, row: int) -> str:
    key = window.table_proxy.index(row, 0).data(Role.KEY)
    assert isinstance(key, str)
    return key


def test_the_list_keeps_its_sort_widths_and_session_and_starts_unfiltered(
    qtbot, tmp_path: Path
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    window, quick = start(qtbot, paths)
    window.resize(1280, 800)
    window.show_tab(Tab.LIST)
    table = window.table
    table.sortByColumn(TableColumn.TITLE, Qt.SortOrder.DescendingOrder)
    header = table.horizontalHeader()
    header.resizeSection(TableColumn.TITLE, 200)  # as the user drags its edge
    header.resizeSection(TableColumn.ROOM, 120)
    window.filter_bar.search.setText("kafka")
    window.filter_bar.flush()
    QApplication.processEvents()
    assert 3 < window.table_proxy.rowCount() < window.table_model.rowCount()
    key = _key_at(window, 3)
    table.setCurrentIndex(window.table_proxy.index(3, TableColumn.TITLE))
    assert window.details.talk is not None
    assert window.details.talk.key == key
    QApplication.processEvents()
    size, panes = window.size(), window.splitter.sizes()
    width = table.viewport().width()
    assert width >= 40 + 90 + 90 + 200 + 150 + 120 + 100  # room for every column's width

    window = restart(qtbot, paths, window, quick)
    table, header = window.table, window.table.horizontalHeader()
    assert window.current_tab() is Tab.LIST
    assert header.sortIndicatorSection() == TableColumn.TITLE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    titles = [window.table_proxy.index(r, TableColumn.TITLE).data() for r in range(5)]
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    # The dragged widths are the columns' own again (never dragged: the default), and
    # the columns fit the view with them, as they did before the restart.
    preferred = table.columns.preferred
    assert preferred[TableColumn.TITLE] == 200
    assert preferred[TableColumn.ROOM] == 120
    assert preferred[TableColumn.TRACK] == 150
    fitted = table.columns.widths(table.viewport().width())
    assert header.sectionSize(TableColumn.TITLE) == fitted[TableColumn.TITLE]
    assert header.sectionSize(TableColumn.ROOM) == fitted[TableColumn.ROOM]
    # The window as large as it was (the offscreen screen is smaller: a restored window
    # is fitted into it): every column as wide as the user left it.
    window.resize(size)
    window.splitter.setSizes(panes)
    qtbot.waitUntil(lambda: table.viewport().width() == width)
    assert [header.sectionSize(c) for c in TableColumn][:-1] == [40, 90, 90, 200, 150, 120]
    # The session shown at the close is shown again, its row current, the keyboard there.
    assert window.current_key == key
    assert window.details.talk is not None
    assert window.details.talk.key == key
    assert table.currentIndex().data(Role.KEY) == key
    assert table.hasFocus() or QApplication.focusWidget() is table
    # The search and filters start cleared: the whole program is listed.
    assert window.filter_bar.search.text() == ""
    assert window.table_proxy.rowCount() == window.table_model.rowCount() == 59
    close_window(window)


def test_a_session_of_another_conference_is_not_restored(qtbot, tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    window, quick = start(qtbot, paths)
    window.show_tab(Tab.LIST)
    key = _key_at(window, 7)
    window.table.setCurrentIndex(window.table_proxy.index(7, 0))
    assert window.current_key == key
    window.close()
    keep_for_next_start(window, quick)
    close_window(window)
    mini = tmp_path / "mini.xml"
    mini.write_bytes(frab_xml())
    cli(paths, "import", str(mini))  # the next start shows Mini
    window, _ = start(qtbot, paths)
    assert window.conference is not None
    assert window.conference.title == "Mini"
    assert window.current_key == window.store.talks[0].key  # the first, as on any start
    close_window(window)


@pytest.mark.parametrize(
    ("widths", "column"),
    [("abc 1e9 -5 nan", "99"), ("", "-1"), ("40 90 90 5 x", "title"), ("9" * 40, "3.5")],
)
def test_damaged_list_settings_cost_only_themselves(
    qtbot, tmp_path: Path, widths: str, column: str
) -> None:
    from PySide6.QtCore import QSettings

    paths = AppPaths.resolve(tmp_path / "data")
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(paths.config_dir / "planner.ini"), QSettings.Format.IniFormat)
    settings.setValue("list/column_widths", widths)
    settings.setValue("list/sort_column", column)
    settings.setValue("list/sort_descending", "maybe")
    settings.setValue("window/session", "x" * 5000)
    settings.setValue("window/session_conference", "one")
    settings.sync()
    window, _ = start(qtbot, paths)
    window.resize(1280, 800)
    window.show_tab(Tab.LIST)
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == TableColumn.DAY
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert header.sectionSize(TableColumn.DAY) == 90
    assert window.current_key == window.store.talks[0].key
    close_window(window)


SHORTCUTS = {
    Qt.Key.Key_1: Tab.PROGRAM,
    Qt.Key.Key_2: Tab.LIST,
    Qt.Key.Key_3: Tab.TIMETABLE,
    Qt.Key.Key_4: Tab.AGENDA,
    Qt.Key.Key_5: Tab.SPEAKERS,
}


def _view_of(window: MainWindow, tab: Tab) -> Any:
    return {
        Tab.PROGRAM: window.view,
        Tab.LIST: window.table,
        Tab.TIMETABLE: window.timetable,
        Tab.AGENDA: window.agenda_view,
        Tab.SPEAKERS: window.speakers_view,
    }[tab]


@pytest.mark.parametrize("key", list(SHORTCUTS), ids=[t.name for t in SHORTCUTS.values()])
def test_ctrl_number_moves_the_keyboard_to_the_view_it_shows(
    qtbot, window: MainWindow, tmp_path: Path, key: Qt.Key
) -> None:
    mini = tmp_path / "mini.xml"
    mini.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        window.imports.open_path(mini)
    settle(window)
    choose(window, KAFKA)  # two conferences: the Conference box takes the keyboard
    shown = window.current_key
    assert shown
    tab = SHORTCUTS[key]
    window.activateWindow()
    # From the Conference box, and from the view already shown (the shortcut of its own
    # tab: nothing to switch, the keyboard still comes back to the view).
    for start_tab in {Tab.PROGRAM, tab}:
        window.show_tab(start_tab)
        switcher = window.conference_switcher
        switcher.setFocus()
        qtbot.waitUntil(switcher.hasFocus)
        qtbot.keyClick(switcher, key, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        assert window.current_tab() is tab
        view = _view_of(window, tab)
        qtbot.waitUntil(view.hasFocus)
        if tab is Tab.TIMETABLE:
            assert window.current_key == shown  # the same session, its block current
            assert window.timetable.current_key == shown
        elif tab in (Tab.PROGRAM, Tab.LIST):
            assert window.current_key == shown  # the same session, its row current
            current: QModelIndex = view.currentIndex()
            assert current.data(Role.KEY) == shown
        # (My Agenda lists only what is starred, Speakers builds its tree as it is shown:
        # the pane shows their own current row, as when their tab is clicked.)
        # Up now moves in the view, never to another conference.
        qtbot.keyClick(view, Qt.Key.Key_Up)
        settle(window)
        assert window.conference is not None
        assert window.conference.title == KAFKA
