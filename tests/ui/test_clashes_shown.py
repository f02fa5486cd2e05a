"""Clashes and stars as every view shows them, on FOSDEM 2025 (issue 17, items 3 and 4):
My Agenda says what the choice really is, the tooltips of the List, the Program and the
Timetable name the pairs that collide and the ways through, and one clash marker and one
set of priority stars appear everywhere, with a legend."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import pytest

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QIcon, QImage
from PySide6.QtWidgets import QToolTip

from planner.domain.agenda import Priority
from planner.tools.screenshots import (
    CLI_MAGIC,
    NEXTCLOUD,
    ORG_MODE,
    PATTERNS,
    REBORROWING,
    TERMINAL,
    WEBGRAPH,
)
from planner.ui.actions import ActionId
from planner.ui.look import Look, mark_icon
from planner.ui.models.agenda_model import EntryKind
from planner.ui.models.program_model import Column
from planner.ui.models.session_table import TableColumn
from planner.ui.roles import Role
from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow

NEXTCLOUD_TITLE = "“What's new in Nextcloud?”"
ORG_TITLE = "“Org mode witchcraft at Spritely”"
CLI_TITLE = "“CLI Magic Tricks for Docs Projects”"


def agenda_clashes(window: MainWindow) -> dict[str, tuple[str, dict[str, str]]]:
    """For each session in a clash: the clash's heading, and each member's row text."""
    window.show_tab(Tab.AGENDA)
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for day in window.agenda_model.days:
        for entry in day.children:
            if entry.kind is EntryKind.CLASH:
                members = {child.key: child.text for child in entry.children}
                for key in members:
                    found[key] = (entry.text, members)
    return found


def test_my_agenda_says_what_each_clash_really_asks(fosdem: MainWindow) -> None:
    clashes = agenda_clashes(fosdem)
    morning, members = clashes[ORG_MODE]
    # Five talks overlapping in a chain: not "pick one". The must-see, or two that fit.
    assert "pick one" not in morning
    assert morning.startswith(
        f"Clash: attend {NEXTCLOUD_TITLE}, or {ORG_TITLE} then {CLI_TITLE}, or "
    )
    assert members[CLI_MAGIC].startswith("CLI Magic Tricks for Docs Projects  [Want to see] — ")
    assert NEXTCLOUD_TITLE in members[CLI_MAGIC]
    assert ORG_TITLE not in members[CLI_MAGIC]  # back to back in one room: no collision
    # Two talks that do overlap each other: that one is a real "pick one".
    assert clashes[PATTERNS][0] == "Clash: these 2 overlap — pick one"
    assert set(clashes[PATTERNS][1]) == {PATTERNS, WEBGRAPH}
    lunch = clashes[REBORROWING][0]
    assert lunch.startswith("Clash: your busy block “Lunch with the team” leaves no time for ")
    assert TERMINAL in clashes[REBORROWING][1]


def tooltip_at(window: MainWindow, key: str) -> str:
    timetable = window.timetable
    window.show_tab(Tab.TIMETABLE)
    timetable.select_key(key)
    block = timetable.block_of(key)
    assert block is not None
    offset = QPoint(timetable.horizontalScrollBar().value(), timetable.verticalScrollBar().value())
    where = block.rect.center() - offset
    event = QHelpEvent(QEvent.Type.ToolTip, where, timetable.viewport().mapToGlobal(where))
    timetable.viewportEvent(event)
    return QToolTip.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the real tooltip, offscreen
def test_tooltips_name_the_collisions_and_the_ways_through(fosdem: MainWindow) -> None:
    row = fosdem.table_model.row_of(CLI_MAGIC)
    listed = fosdem.table_model.index(row, TableColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    program = fosdem.model.index_of_key(CLI_MAGIC, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    timetable = tooltip_at(fosdem, CLI_MAGIC)
    for tip in (plain(listed), plain(program), plain(timetable)):
        assert tip.startswith("CLI Magic Tricks for Docs Projects\nSat 11:00–11:30 · K.4.201")
        assert "Clashes with:" in tip
        assert f"  • {NEXTCLOUD_TITLE} (they overlap by 10 min)" in tip
        assert f"Best plan: attend {NEXTCLOUD_TITLE}." in tip
        assert f"Or attend {ORG_TITLE} then {CLI_TITLE}." in tip


def plain(tip: str) -> str:
    """A tooltip as the user reads it (tooltips are escaped rich text: see ui/plain.py)."""
    assert tip.startswith("<qt>")
    return html.unescape(tip.removeprefix("<qt>").removesuffix("</qt>").replace("<br>", "\n"))


def image(icon: Any) -> QImage:
    assert isinstance(icon, QIcon)
    return icon.pixmap(16, 16).toImage()


def test_one_clash_marker_and_one_set_of_stars_in_every_view(fosdem: MainWindow) -> None:
    look = Look.current()
    clash = image(mark_icon(None, look, clash=True))
    table = fosdem.table_model
    title = table.index(table.row_of(CLI_MAGIC), TableColumn.TITLE)
    assert image(title.data(Qt.ItemDataRole.DecorationRole)) == clash
    assert title.data(Qt.ItemDataRole.ForegroundRole) is None  # marked, not painted red
    quiet = table.index(table.row_of(fosdem.store.talks[-1].key), TableColumn.TITLE)
    assert quiet.data(Qt.ItemDataRole.DecorationRole) is None
    program = fosdem.model.index_of_key(CLI_MAGIC, Column.TITLE)
    assert image(program.data(Qt.ItemDataRole.DecorationRole)) == clash
    fosdem.show_tab(Tab.AGENDA)
    agenda = fosdem.agenda_model
    rows = [
        (entry, agenda.createIndex(entry.row, 1, entry.number))
        for day in agenda.days
        for top in day.children
        for entry in (top, *top.children)
    ]
    marks = {
        entry.kind: image(index.data(Qt.ItemDataRole.DecorationRole))
        for entry, index in rows
        if entry.kind in (EntryKind.CLASH,)
    }
    assert marks[EntryKind.CLASH] == clash
    must = image(mark_icon(Priority.MUST, look))
    nextcloud = next(
        index for entry, index in rows if entry.key == NEXTCLOUD and entry.kind.name != "DAY"
    )
    assert image(nextcloud.data(Qt.ItemDataRole.DecorationRole)) == must
    fosdem.show_tab(Tab.SPEAKERS)  # built while shown
    speakers = fosdem.speakers_model
    for speaker_row in range(speakers.rowCount()):
        parent = speakers.index(speaker_row, 0)
        for child_row in range(speakers.rowCount(parent)):
            child = speakers.index(child_row, 0, parent)
            if child.data(Role.KEY) == NEXTCLOUD:
                assert image(child.data(Qt.ItemDataRole.DecorationRole)) == must
                assert not child.data().startswith("★")  # the star is a mark, not text
    # The Timetable draws the same marker on the block (its clash colour is there).
    timetable = fosdem.timetable
    fosdem.show_tab(Tab.TIMETABLE)
    timetable.select_key(CLI_MAGIC)
    block = timetable.block_of(CLI_MAGIC)
    assert block is not None
    offset = QPoint(timetable.horizontalScrollBar().value(), timetable.verticalScrollBar().value())
    timetable.viewport().repaint()
    painted = timetable.viewport().grab(block.rect.translated(-offset)).toImage()
    colours = {
        painted.pixelColor(x, y).name()
        for x in range(painted.width())
        for y in range(painted.height())
    }
    assert look.clash.name() in colours


def test_the_legend_says_what_the_marks_mean_and_can_be_hidden(fosdem: MainWindow) -> None:
    legend = fosdem.legend
    assert legend.isVisible()
    assert "Full star: must see" in legend.accessibleDescription()
    assert "triangle: a clash" in legend.accessibleDescription()
    toggle = fosdem.action_map[ActionId.LEGEND]
    assert toggle.isChecked()
    toggle.trigger()
    assert not legend.isVisible()
    fosdem.save_settings()
    assert fosdem.settings.value("window/legend") == "false"
    toggle.trigger()
    assert legend.isVisible()
