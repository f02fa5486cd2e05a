"""The smaller faults of issue 17, item 9: the timetable's first hour label and 5-minute
talks, search highlight and whole words, "(1 pages)", the Speakers order, a refused import
that said "cancelled", and save dialogs that opened wherever the app was started."""

from __future__ import annotations

import itertools
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from planner.tools.screenshots import EMAIL_WELCOME
from planner.ui.look import Look, contrast
from planner.ui.models.session_table import TableColumn
from planner.ui.roles import Role
from planner.ui.tabs import Tab
from planner.ui.widgets.timetable import GUTTER, HEADER

from .conftest import settle

if TYPE_CHECKING:
    import pytest

    from planner.ui.mainwindow import MainWindow


def test_the_first_hour_label_shows_whole(fosdem: MainWindow) -> None:
    timetable = fosdem.timetable
    fosdem.show_tab(Tab.TIMETABLE)
    timetable.set_now(None)
    timetable.verticalScrollBar().setValue(0)
    timetable.horizontalScrollBar().setValue(0)
    timetable.viewport().repaint()
    image = timetable.viewport().grab(QRect(0, 0, GUTTER, HEADER + 40)).toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    ground = Look.current().base
    inked = [
        y
        for y in range(HEADER, image.height())
        if any(contrast(image.pixelColor(x, y), ground) > 3 for x in range(4, GUTTER - 4))
    ]
    assert inked, "a label under the header"
    assert inked[0] > HEADER + 1  # its top is not cut off by the room header
    first = timetable.origin.astimezone(timetable.store.zone)
    assert first.minute == 0


def test_a_five_minute_talk_keeps_clear_of_the_next_block(fosdem: MainWindow) -> None:
    timetable = fosdem.timetable
    fosdem.show_tab(Tab.TIMETABLE)
    timetable.select_key(EMAIL_WELCOME)  # Saturday, K.4.601, 10:30-10:35, then 10:35
    by_column: dict[int, list[Any]] = {}
    for block in timetable.blocks:
        by_column.setdefault(block.column, []).append(block)
    checked = 0
    for blocks in by_column.values():
        blocks.sort(key=lambda b: b.talk.start)
        for first, second in itertools.pairwise(blocks):
            if first.talk.end <= second.talk.start:
                assert first.rect.bottom() < second.rect.top(), (
                    first.talk.title,
                    second.talk.title,
                )
                checked += 1
    assert checked > 200
    welcome = timetable.block_of(EMAIL_WELCOME)
    assert welcome is not None
    assert welcome.talk.end - welcome.talk.start == timedelta(minutes=5)


def matches(window: MainWindow, text: str, whole: bool) -> list[tuple[str, object]]:
    bar = window.filter_bar
    bar.whole_words.setChecked(whole)
    bar.search.setText(text)
    bar.flush()
    proxy = window.table_proxy
    return [
        (
            proxy.index(row, TableColumn.TITLE).data(),
            proxy.index(row, TableColumn.TITLE).data(Role.MATCHES),
        )
        for row in range(proxy.rowCount())
    ]


def test_search_highlights_what_matched_and_can_match_whole_words(fosdem: MainWindow) -> None:
    fosdem.show_tab(Tab.LIST)
    anywhere = matches(fosdem, "rust", whole=False)
    titles = dict(anywhere)
    trust = "Trust No One: Secure Storage with Confidential Containers"
    assert titles[trust] == [(1, 4)]  # "rust" inside "Trust", and where
    assert titles["Augurs: a time series toolkit for Rust"] == [(34, 4)]
    whole = dict(matches(fosdem, "rust", whole=True))
    assert trust not in whole
    assert "Augurs: a time series toolkit for Rust" in whole
    assert len(whole) < len(anywhere)
    # The highlight is painted: the match's background appears in the cell.
    view = fosdem.table
    matches(fosdem, "rust", whole=False)
    row = next(r for r, (title, _) in enumerate(anywhere) if title == trust)
    index = fosdem.table_proxy.index(row, TableColumn.TITLE)
    view.scrollTo(index)
    view.clearSelection()
    rect = view.visualRect(index)
    view.viewport().repaint()
    cell = view.viewport().grab(rect).toImage()
    wanted = Look.current().match_background.name()
    assert any(
        cell.pixelColor(x, y).name() == wanted
        for x in range(cell.width())
        for y in range(cell.height())
    )


def test_speakers_without_a_name_come_last(fosdem: MainWindow) -> None:
    fosdem.show_tab(Tab.SPEAKERS)  # built while shown
    model = fosdem.speakers_model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names[0][0].isalnum()
    assert {"-", "--"} <= set(names[-5:])


def test_one_page_is_one_page(fosdem: MainWindow, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(fosdem, "ask_save_path", lambda *args: tmp_path / "agenda.pdf")
    fosdem.exports.pdf()
    settle(fosdem)
    message = fosdem.statusBar().currentMessage()
    assert "(1 pages)" not in message
    assert message.endswith("(1 page).") or "pages)." in message


def test_a_refused_import_says_refused_not_cancelled(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "not-a-program.json"
    junk.write_text('{"hello": "world"}', encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append(text))
    cancelled: list[str] = []
    window.imports.cancelled.connect(cancelled.append)
    window.imports.start(str(junk))
    settle(window)
    assert errors
    message = window.statusBar().currentMessage()
    assert message.startswith("Import refused: ")
    assert "cancelled" not in message
    assert cancelled == []


def test_a_finished_import_is_not_reported_cancelled(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.tools.screenshots import FOSDEM_2025
    from planner.ui.dialogs.report import ImportReportDialog

    monkeypatch.setattr(ImportReportDialog, "show_report", classmethod(lambda *args: None))

    cancelled: list[str] = []
    window.imports.cancelled.connect(cancelled.append)
    with qtbot.waitSignal(window.imports.finished, timeout=60_000):
        window.imports.start(str(FOSDEM_2025))
    settle(window)
    assert cancelled == []
    assert "cancelled" not in window.statusBar().currentMessage()


def test_file_dialogs_open_in_documents_then_where_you_saved_last(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir(parents=True, exist_ok=True)
    asked: list[str] = []
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def save(parent, title, start, filters):
        asked.append(start)
        return str(elsewhere / "mine.ics"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.chdir(tmp_path)  # the folder the app was started in: never the default
    assert window.ask_save_path("Export", "agenda.ics", "iCalendar (*.ics)") == (
        elsewhere / "mine.ics"
    )
    assert Path(asked[0]) == documents / "agenda.ics"
    window.ask_save_path("Export", "agenda.pdf", "PDF (*.pdf)")
    assert Path(asked[1]) == elsewhere / "agenda.pdf"
    opened: list[str] = []

    def open_(parent, title, start, filters):
        opened.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    window.ask_open_path("Open", "Agendas (*.planner-agenda)")
    assert Path(opened[0]) == elsewhere


def test_the_print_out_has_a_margin_a_printer_can_print(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog

    from planner.ui import printing

    printed: list[QMarginsF] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        printing,  # imported by the print command when it runs
        "print_document",
        lambda document, printer: printed.append(
            printer.pageLayout().margins(QPageLayout.Unit.Millimeter)
        ),
    )
    window.exports.print_agenda()
    settle(window)  # the page is made off the GUI thread first
    [margins] = printed
    assert min(margins.left(), margins.top(), margins.right(), margins.bottom()) >= 15
