"""The List's one-line text delegate: what it draws, and that it draws what the model says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QFont, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from planner.ui.delegates.text_delegate import OneLineTextDelegate
from planner.ui.models.session_table import TableColumn
from planner.ui.roles import Role

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow

RED = QColor("#c00000")
SWATCH = QColor("#00a000")


def colors_in(image: QImage, left: int, top: int, width: int, height: int) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(left, min(left + width, image.width()))
        for y in range(top, min(top + height, image.height()))
    }


def test_long_text_is_elided_to_the_width_and_kept(qapp) -> None:
    delegate = OneLineTextDelegate()
    font = QFont()
    layouts = delegate.layouts
    laid_out, line_height = layouts.get("A rather long session title " * 5, font, 120)
    assert line_height == layouts.metrics(font).height()
    assert laid_out.text().endswith("…")
    assert laid_out.size().width() <= 120
    again = layouts.get("A rather long session title " * 5, font, 120).text
    assert again is laid_out  # laid out once, reused on the next repaint
    wider = layouts.get("A rather long session title " * 5, font, 2000).text
    assert not wider.text().endswith("…")
    assert layouts.get("two\nlines", font, 2000).text.text() == "two lines"  # one line per cell
    wrapped = layouts.get("A rather long session title " * 5, font, 120, lines=3).text
    assert wrapped.textWidth() == 120  # wrapped in the timetable's blocks
    assert wrapped.size().height() > layouts.metrics(font).height()


def test_paints_text_colour_swatch_and_selection(qtbot) -> None:
    model = QStandardItemModel(2, 2)
    for row in range(2):
        title = QStandardItem("Clashing session title" if row == 0 else "Quiet session title")
        if row == 0:
            title.setForeground(RED)
        track = QStandardItem("Streams")
        track.setData(SWATCH, Qt.ItemDataRole.DecorationRole)
        model.setItem(row, 0, title)
        model.setItem(row, 1, track)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(OneLineTextDelegate(view))
    view.resize(500, 200)
    view.setColumnWidth(0, 250)
    view.show()
    qtbot.waitExposed(view)
    view.selectionModel().select(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    image = view.viewport().grab().toImage()
    first = view.visualRect(model.index(0, 0))
    second = view.visualRect(model.index(1, 0))
    track_cell = view.visualRect(model.index(0, 1))

    assert RED.rgb() in colors_in(image, first.x(), first.y(), first.width(), first.height())
    assert SWATCH.rgb() in colors_in(image, track_cell.x(), track_cell.y(), 30, track_cell.height())
    highlight = view.palette().highlight().color().rgb()
    selected = colors_in(image, second.x(), second.y(), second.width(), second.height())
    assert highlight in selected
    assert len(selected) > 2  # the text is drawn on top of the highlight


def test_session_table_gives_its_look_in_one_call(window: MainWindow) -> None:
    """Role.LOOK must say exactly what the single roles say (other views use those)."""
    window.tabs.setCurrentIndex(1)
    proxy = window.table_proxy
    for row in range(min(proxy.rowCount(), 40)):
        for column in TableColumn:
            index = proxy.index(row, column)
            text, font, foreground, swatch = index.data(Role.LOOK)
            assert text == index.data(Qt.ItemDataRole.DisplayRole)
            single_font = index.data(Qt.ItemDataRole.FontRole)
            assert (font is None) == (single_font is None)
            if font is not None:
                assert font.bold() == single_font.bold()
                assert font.italic() == single_font.italic()
            assert foreground == index.data(Qt.ItemDataRole.ForegroundRole)
            assert swatch == index.data(Qt.ItemDataRole.DecorationRole)
