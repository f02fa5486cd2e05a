"""The List, Timetable, My Agenda and Speakers views, and the workflows across them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt

from planner.domain.agenda import Priority, Status
from planner.ui.dialogs.resolve import AutoResolvePreview
from planner.ui.models.agenda_model import EntryKind
from planner.ui.roles import Role
from planner.ui.tabs import Tab

from .conftest import settle

if TYPE_CHECKING:
    import pytest

    from planner.ui.mainwindow import MainWindow

STREAMS = "ksl19-kafka-streams-at-scale"
KUBERNETES = "ksl19-running-kafka-in-kubernetes-a-practical-guide"
DATABASE = "ksl19-is-kafka-a-database"


def talk_of(window: MainWindow, key: str) -> Any:
    talk = window.store.talk(key)
    assert talk is not None
    return talk


def status_of(window: MainWindow, key: str) -> Status | None:
    talk = talk_of(window, key)
    return talk.star.status if talk.star else None


def block_rect(timetable: Any, key: str) -> Any:
    block = timetable.block_of(key)
    assert block is not None
    return block.rect


def block_image(timetable: Any, key: str) -> Any:
    """The pixels of one session's block, as painted now."""
    timetable.select_key(key, ensure_visible=True)
    timetable.current_key = ""  # no selection outline in the picture
    rect = block_rect(timetable, key).translated(
        -timetable.horizontalScrollBar().value(), -timetable.verticalScrollBar().value()
    )
    timetable.viewport().repaint()
    return timetable.viewport().grab(rect).toImage()


def star(window: MainWindow, key: str, priority: Priority = Priority.WANT) -> None:
    talk = window.store.talk(key)
    assert talk is not None
    window.controller.set_priority(talk, priority)
    settle(window)


def test_every_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    star(window, STREAMS)
    star(window, KUBERNETES)
    window.show_tab(Tab.AGENDA)  # My Agenda is built while shown
    assert window.agenda_model.rowCount() > 0
    for model in (
        window.table_model,
        window.table_proxy,
        window.agenda_model,
    ):
        qtmodeltester.check(model)
    window.show_tab(Tab.SPEAKERS)  # Speakers is built while shown
    qtmodeltester.check(window.speakers_model)


def test_search_as_you_type_and_filters(window: MainWindow, qtbot) -> None:
    window.focus_search()
    assert window.current_tab() is Tab.LIST
    qtbot.keyClicks(window.filter_bar.search, "REBALANCE")  # case-insensitive, abstracts too
    window.filter_bar.flush()
    titles = {window.table_proxy.index(r, 3).data() for r in range(window.table_proxy.rowCount())}
    assert len(titles) == 3
    assert any("Rebalance Protocol" in title for title in titles)
    window.filter_bar.search.setText("Matthias Sax")  # speakers are searched
    window.filter_bar.flush()
    assert window.table_proxy.rowCount() == 1
    window.filter_bar.search.setText("kafka streams")  # every word must match
    window.filter_bar.flush()
    rows = {window.table_proxy.index(r, 3).data() for r in range(window.table_proxy.rowCount())}
    assert "Kafka Streams at Scale" in rows
    assert window.table_proxy.rowCount() < 59
    window.filter_bar.reset_filters()
    assert window.table_proxy.rowCount() == 59
    window.filter_bar.track.setCurrentIndex(window.filter_bar.track.findData("Keynotes"))
    assert window.table_proxy.rowCount() == 3
    window.filter_bar.day.setCurrentIndex(window.filter_bar.day.findData("2019-05-14"))
    assert window.table_proxy.rowCount() == 1
    window.filter_bar.reset_filters()
    star(window, STREAMS)
    star(window, KUBERNETES)
    window.filter_bar.clashing.setChecked(True)
    keys = {
        window.table_proxy.index(r, 0).data(Role.KEY) for r in range(window.table_proxy.rowCount())
    }
    assert keys == {STREAMS, KUBERNETES}
    window.filter_bar.clashing.setChecked(False)
    window.filter_bar.starred.setChecked(True)
    assert window.table_proxy.rowCount() == 2


def test_list_sorts_on_raw_values(window: MainWindow) -> None:
    window.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    titles = [window.table_proxy.index(r, 3).data() for r in range(5)]
    assert titles == sorted(titles, key=str.casefold)
    window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first = window.table_proxy.index(0, 0).data(Role.TALK)
    assert first.start.date().isoformat() == "2019-05-14"


def test_timetable_keyboard_zoom_and_star(window: MainWindow, qtbot) -> None:
    window.show_tab(Tab.TIMETABLE)
    timetable = window.timetable
    assert timetable.day == date(2019, 5, 13)
    assert timetable.rooms == [
        "Core Kafka Room",
        "Event-Driven Development Room",
        "Keynote Hall",
        "Stream Processing Room",
        "Use Cases Room",
    ]
    window.select_key(STREAMS)
    timetable.setFocus()
    qtbot.keyClick(timetable, Qt.Key.Key_Down)
    assert timetable.current_key == "ksl19-cryptocurrency-exchanges-like-coinbase-binance"
    assert window.details.talk is not None
    assert window.details.talk.key == timetable.current_key
    below = timetable.current_key
    qtbot.keyClick(timetable, Qt.Key.Key_Left)  # to the nearest block one room to the left
    assert timetable.current_key != below
    assert talk_of(window, timetable.current_key).room == "Keynote Hall"
    qtbot.keyClick(timetable, Qt.Key.Key_S)
    settle(window)
    assert talk_of(window, timetable.current_key).starred
    height = block_rect(timetable, STREAMS).height()
    qtbot.keyClick(timetable, Qt.Key.Key_Plus)
    assert block_rect(timetable, STREAMS).height() > height
    qtbot.keyClick(timetable, Qt.Key.Key_PageDown)
    assert timetable.day == date(2019, 5, 14)


def test_timetable_double_click_stars_and_filter_fades(window: MainWindow, qtbot) -> None:
    window.show_tab(Tab.TIMETABLE)
    timetable = window.timetable
    window.select_key(STREAMS)
    point = block_rect(timetable, STREAMS).center() - QPoint(
        timetable.horizontalScrollBar().value(), timetable.verticalScrollBar().value()
    )
    qtbot.mouseDClick(timetable.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(window)
    assert talk_of(window, STREAMS).starred
    window.filter_bar.search.setText("streams")
    window.filter_bar.flush()
    assert timetable.visible_keys is not None
    assert STREAMS in timetable.visible_keys
    assert DATABASE not in timetable.visible_keys
    # What the filter leaves out is drawn faded; what it keeps looks as before.
    window.filter_bar.search.setText("")
    window.filter_bar.flush()
    plain = {key: block_image(timetable, key) for key in (STREAMS, DATABASE)}
    window.filter_bar.search.setText("streams")
    window.filter_bar.flush()
    assert block_image(timetable, STREAMS) == plain[STREAMS]
    assert block_image(timetable, DATABASE) != plain[DATABASE]


def test_resolve_a_clash_by_hand_and_undo(window: MainWindow) -> None:
    star(window, STREAMS, Priority.MUST)
    star(window, KUBERNETES, Priority.WANT)
    window.show_tab(Tab.AGENDA)
    model = window.agenda_model
    entries = [
        model.entry(model.index(r, 0, model.index(0, 0)))
        for r in range(model.rowCount(model.index(0, 0)))
    ]
    kinds = [entry.kind for entry in entries if entry is not None]
    assert EntryKind.CLASH in kinds
    index = model.index_of_key(KUBERNETES)
    window.agenda_view.setCurrentIndex(index)
    window.attend_button.click()
    settle(window)
    assert status_of(window, STREAMS) is Status.PLAN_B
    assert status_of(window, KUBERNETES) is Status.ATTEND
    assert window.store.clashing == frozenset()
    window.undo_stack.undo()
    settle(window)
    assert status_of(window, STREAMS) is Status.ATTEND
    assert window.store.clashing == {STREAMS, KUBERNETES}
    window.undo_stack.redo()
    settle(window)
    assert status_of(window, STREAMS) is Status.PLAN_B


def test_auto_resolve_with_preview(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    star(window, STREAMS, Priority.MUST)
    star(window, KUBERNETES, Priority.MAYBE)
    previews: list[Any] = []

    def confirm(
        cls: object, resolution: object, parent: object = None, zone: object = None
    ) -> bool:
        previews.append(resolution)
        return True

    monkeypatch.setattr(AutoResolvePreview, "confirm", classmethod(confirm))
    window.auto_button.click()
    settle(window)
    [resolution] = previews
    assert [d.key for d in resolution.changes] == [KUBERNETES]
    assert status_of(window, KUBERNETES) is Status.PLAN_B
    window.undo_stack.undo()
    settle(window)
    assert status_of(window, KUBERNETES) is Status.ATTEND


def test_colleague_overlay_and_undoable_merge(window: MainWindow, tmp_path) -> None:
    from planner.services import Planner

    dana = Planner.open(tmp_path / "dana" / "planner.sqlite3")
    dana.imports.ensure_bundled_program()
    dana.agenda.star(dana.catalog.conference().id, DATABASE)
    dana.sharing.export_agenda(
        dana.catalog.conference().id, tmp_path / "dana.planner-agenda", "Dana"
    )
    dana.close()
    window.colleagues.open_agenda(tmp_path / "dana.planner-agenda")
    settle(window)
    assert window.store.attendees(DATABASE) == ["Dana"]
    row = window.table_model.row_of(DATABASE)
    assert "Dana attends" in window.table_model.index(row, 3).data()
    overlay = window.store.overlays[0]
    window.colleagues.merge(overlay.id)
    settle(window)
    assert talk_of(window, DATABASE).star.priority is Priority.MAYBE
    window.undo_stack.undo()
    settle(window)
    assert talk_of(window, DATABASE).star is None
    window.colleagues.set_visible(overlay.id, False)
    settle(window)
    assert window.store.attendees(DATABASE) == []


def test_speakers_view_lists_sessions(window: MainWindow) -> None:
    window.show_tab(Tab.SPEAKERS)  # built while shown; the details pane follows it
    model = window.speakers_model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any(name.startswith("Martin Kleppmann") for name in names)
    row = next(r for r, n in enumerate(names) if n.startswith("Martin Kleppmann"))
    child = model.index(0, 0, model.index(row, 0))
    assert child.data(Role.KEY) == DATABASE
    window.speakers_view.setCurrentIndex(child)
    assert window.details.talk is not None
    assert window.details.talk.key == DATABASE


def test_conference_switcher(window: MainWindow, tmp_path, qtbot) -> None:
    from tests.formats.hostile import frab_xml

    mini = tmp_path / "mini.xml"
    mini.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        window.imports.open_path(mini)
    assert window.conference_switcher.count() == 2
    assert window.conference_switcher.isEnabled()
    kafka = window.conference_switcher.findText("Kafka Summit London 2019")
    window.conference_switcher.setCurrentIndex(kafka)
    window.conference_switcher.activated.emit(kafka)
    settle(window)
    assert window.conference is not None
    assert window.conference.title.startswith("Kafka")
    assert len(window.store.talks) == 59


def test_search_while_typing_matches_a_fresh_search_every_time(window: MainWindow) -> None:
    """Narrowing from the previous result (typing on) must equal searching from scratch,
    including when the text shrinks, changes or gains words."""
    model = window.table_model
    haystacks = model.haystacks()
    typed = [
        "k",
        "ka",
        "kaf",
        "kafka",
        "kafka s",
        "kafka st",
        "kafka",
        "ka",
        "",
        "stream",
        "streams kafka",
        "kafka streams",
        "a",
        "at",
        "data",
        "dat",
        "x",
        "zzzz",
        "z",
    ]
    for text in typed:
        words = text.casefold().split()
        expected = [row for row, hay in enumerate(haystacks) if all(w in hay for w in words)]
        assert model.rows_matching(text) == expected, text
    assert 0 < len(model.rows_matching("kafka")) < len(haystacks)  # the search is selective


def test_free_gaps_suggest_the_best_few_in_timeline_order(window: MainWindow) -> None:
    for talk in window.store.talks[5:40:9]:
        window.select_key(talk.key)
        window.toggle_current_star()
    settle(window)
    window.show_tab(Tab.AGENDA)
    gaps = [
        entry
        for day in window.agenda_model.days
        for entry in day.children
        if entry.kind is EntryKind.GAP and entry.children
    ]
    assert gaps, "the bundled agenda leaves gaps with suggestions"
    starred = {t.key for t in window.store.talks if t.star is not None}
    for gap in gaps:
        ideas = gap.children
        assert len(ideas) <= 3
        assert all(idea.kind is EntryKind.SUGGESTION for idea in ideas)
        starts = [idea.start for idea in ideas if idea.start is not None]
        assert len(starts) == len(ideas)
        assert starts == sorted(starts)
        assert not {idea.key for idea in ideas} & starred
        for idea in ideas:
            assert gap.start is not None
            assert gap.end is not None
            assert idea.start is not None
            assert idea.end is not None
            assert gap.start <= idea.start
            assert idea.end <= gap.end


def test_my_agenda_is_built_while_shown_and_catches_up(window: MainWindow) -> None:
    window.show_tab(Tab.PROGRAM)
    star(window, STREAMS)  # while My Agenda is hidden: nothing is ranked or rebuilt
    assert window.agenda_model.index_of_key(STREAMS).isValid() is False
    window.show_tab(Tab.AGENDA)
    assert window.agenda_model.index_of_key(STREAMS).isValid()
