"""Review #7: the Timetable's Day chooser did nothing (it stored a date, then read it back
as ISO text: TypeError), and choosing a day in the filter bar moved the grid but blanked
the chooser."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from planner.ui.locale_format import Formats
from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow

MONDAY, TUESDAY = date(2019, 5, 13), date(2019, 5, 14)
TUESDAY_TALK = "ksl19-is-kafka-a-database"  # Kafka Summit London 2019, Tuesday


def test_the_day_chooser_lists_the_days_and_shows_the_first(window: MainWindow) -> None:
    window.show_tab(Tab.TIMETABLE)
    chooser = window.timetable_box.day_chooser
    assert [chooser.itemText(row) for row in range(chooser.count())] == [
        "Monday, 13 May",
        "Tuesday, 14 May",
    ]
    assert window.timetable.day == MONDAY
    assert chooser.currentText() == "Monday, 13 May"


def test_choosing_a_day_shows_it(window: MainWindow) -> None:
    window.show_tab(Tab.TIMETABLE)
    window.timetable_box.day_chooser.setCurrentIndex(1)  # as a click on "Tuesday, 14 May" does
    assert window.timetable.day == TUESDAY
    assert all(
        block.talk.start.astimezone(window.store.zone).date() == TUESDAY
        for block in window.timetable.blocks
    )
    assert window.timetable.blocks
    window.timetable_box.day_chooser.setCurrentIndex(0)
    assert window.timetable.day == MONDAY


def test_the_filter_bars_day_moves_the_grid_and_the_chooser_with_it(window: MainWindow) -> None:
    window.show_tab(Tab.TIMETABLE)
    window.filter_bar.day.setCurrentIndex(window.filter_bar.day.findData(TUESDAY.isoformat()))
    assert window.timetable.day == TUESDAY
    assert window.timetable_box.day_chooser.currentText() == "Tuesday, 14 May"  # not blank


def test_going_to_a_session_on_another_day_moves_the_chooser(window: MainWindow) -> None:
    window.show_tab(Tab.TIMETABLE)
    assert window.timetable.day == MONDAY
    window.select_key(TUESDAY_TALK)
    assert window.timetable.day == TUESDAY
    assert window.timetable_box.day_chooser.currentText() == "Tuesday, 14 May"
    assert window.timetable.current_key == TUESDAY_TALK


def test_the_chosen_day_stays_when_the_program_is_shown_again(window: MainWindow) -> None:
    window.show_tab(Tab.TIMETABLE)
    window.timetable_box.day_chooser.setCurrentIndex(1)
    window.store.reset.emit()  # a new view of the same program (another process's change)
    day = window.timetable.day
    assert day is not None
    assert window.timetable_box.day_chooser.currentText() == Formats().day(day)
