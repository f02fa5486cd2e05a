"""The marks drawn as pictures follow a switch of light and dark (View > Appearance, or the
desktop) at once, without a new selection: the details pane's Star button and an open
import report's stars. They kept the colours of the palette they were drawn in: a dark
star outline on a dark button after a switch to dark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from planner.domain.agenda import Priority
from planner.domain.updates import Change, ChangeKind, ImportReport
from planner.ui.appearance import Appearance
from planner.ui.dialogs.report import ImportReportDialog
from planner.ui.look import Look, mark_icon

from .conftest import settle

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from planner.ui.mainwindow import MainWindow

DATABASE = "ksl19-is-kafka-a-database"


def picture(icon: QIcon) -> QImage:
    return icon.pixmap(16).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def switch(window: MainWindow, scheme: Appearance) -> None:
    window.appearance.set_choice(scheme)
    QApplication.processEvents()


def test_the_star_buttons_mark_follows_light_and_dark(window: MainWindow) -> None:
    """(The unstarred mark is one grey in both palettes: a starred session's shows it.)"""
    switch(window, Appearance.LIGHT)
    window.select_key(DATABASE)
    for priority in (Priority.WANT, Priority.MUST):
        window.set_priority(priority)
        settle(window)
        switch(window, Appearance.LIGHT)
        action = window.details.star_action
        light = picture(action.icon())
        assert light == picture(mark_icon(priority, Look.of(window.details.palette())))
        switch(window, Appearance.DARK)
        assert window.details.palette().color(QPalette.ColorRole.Button).lightness() < 128
        dark = picture(action.icon())
        assert dark != light, priority  # drawn again, in the dark palette's colours
        assert dark == picture(mark_icon(priority, Look.of(window.details.palette()))), priority


def test_an_open_import_reports_stars_follow_light_and_dark(window: MainWindow, qtbot) -> None:
    switch(window, Appearance.LIGHT)
    report = ImportReport(
        1, "FOSDEM 2025", False, "frab", "fosdem-2025.xml", 943, 992, 29, 74, 2,
        changes=(Change(ChangeKind.MOVED, "a", "Starred talk", True),),
        warnings=("Something was odd",),
    )  # fmt: skip
    dialog = ImportReportDialog(report, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    light = picture(dialog.changes.item(0).icon())
    switch(window, Appearance.DARK)
    dark = picture(dialog.changes.item(0).icon())
    assert dark != light
    assert dark == picture(mark_icon(Priority.MUST, Look.of(dialog.palette())))
    assert not dialog.changes.item(1).icon().isNull()  # the warning sign stays


def test_a_selected_row_shows_the_mark_as_it_is(window: MainWindow) -> None:
    """My Agenda's stars (and every other mark drawn as an item's icon) on the selected
    row: Qt tinted them with the highlight - a brown star on blue - where the List and the
    Program draw them as they are."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QIcon

    from planner.ui.tabs import Tab

    for priority in (Priority.MUST, Priority.WANT, Priority.MAYBE):
        icon = mark_icon(priority, Look.of(window.palette()))
        size = QSize(16, 16)
        normal = icon.pixmap(size, QIcon.Mode.Normal).toImage()
        assert icon.pixmap(size, QIcon.Mode.Selected).toImage() == normal, priority
    window.select_key(DATABASE)
    window.set_priority(Priority.MUST)
    settle(window)
    window.show_tab(Tab.AGENDA)
    QApplication.processEvents()
    view = window.agenda_view
    index = window.agenda_model.index_of_key(DATABASE)
    row = index.siblingAtColumn(1)
    view.setCurrentIndex(row)
    view.scrollTo(row)
    QApplication.processEvents()
    assert row in view.selectionModel().selectedIndexes()
    shown = view.viewport().grab(view.visualRect(row)).toImage()
    star = mark_icon(Priority.MUST, Look.of(view.palette())).pixmap(16).toImage()
    colours = {
        star.pixel(x, y)
        for x in range(16)
        for y in range(16)
        if QColor.fromRgba(star.pixel(x, y)).alpha() == 255
    }
    painted = {
        shown.pixel(x, y) for x in range(min(40, shown.width())) for y in range(shown.height())
    }
    assert colours & painted, "the star's own colours are not on the selected row"
