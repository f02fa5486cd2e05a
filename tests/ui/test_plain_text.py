"""Text from files is shown as text everywhere Qt would guess rich text.

A session title `<img src="file:///dev/zero">x` (it survives import as text: files escape
it as `&lt;img ...&gt;`) used to abort the window when its tooltip was shown - Qt read the
"image" for ever - and with a real image path it showed a local file. Here the "image" is
a real PNG: if any of these places read the text as markup, the image would be loaded.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip

from planner.ui.dialogs.report import ImportReportDialog
from planner.ui.dialogs.timezone import TimeZoneDialog
from planner.ui.tabs import Tab

from ..formats.hostile import frab_json
from .conftest import settle

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow


def _image(tmp_path: Path) -> str:
    path = tmp_path / "local-secret.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return str(path)


def _shown_as(text: str) -> tuple[str, bool]:
    """(the text a user sees, whether an image is loaded) for a string Qt shows with
    automatic format detection (tooltips, labels and message boxes by default)."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText(), "<img" in document.toHtml()


def _hostile_program(tmp_path: Path, markup: str) -> Path:
    escaped = markup.replace("<", "&lt;").replace(">", "&gt;")
    document = json.loads(
        frab_json(
            title=f"{escaped}x",
            persons=[{"public_name": "Ada", "biography": f"{escaped}bio"}],
        )
    )
    document["schedule"]["conference"]["title"] = f"{escaped}Conf"
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document))
    return path


def _indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found.append(index)
            if column == 0:
                found.extend(_indexes(model, index))
    return found


def test_no_model_offers_a_tooltip_qt_would_read_as_markup(
    window: MainWindow, tmp_path: Path
) -> None:
    markup = f'<img src="{_image(tmp_path)}">'
    core = window.core.get()
    report = core.imports.file(_hostile_program(tmp_path, markup)).value
    core.agenda.star(report.conference_id, "guid:22222222-2222-2222-2222-222222222222")
    window.load_conference(report.conference_id)
    settle(window)
    shown = {
        Tab.PROGRAM: window.model,
        Tab.LIST: window.table_model,
        Tab.AGENDA: window.agenda_model,  # My Agenda and Speakers are built while shown
        Tab.SPEAKERS: window.speakers_model,
    }
    tips = []
    for tab, model in shown.items():
        window.show_tab(tab)
        tips += [
            index.data(Qt.ItemDataRole.ToolTipRole)
            for index in _indexes(model)
            if index.data(Qt.ItemDataRole.ToolTipRole)
        ]
    hostile = [tip for tip in tips if "img" in tip]
    assert len(hostile) >= 3  # a title in two views, a speaker's bio
    for tip in hostile:
        text, image = _shown_as(tip)
        assert not image, tip
        assert markup in text


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_the_tooltip_a_view_shows_is_the_title_as_written(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    markup = f'<img src="{_image(tmp_path)}">'
    report = window.core.get().imports.file(_hostile_program(tmp_path, markup)).value
    window.load_conference(report.conference_id)
    settle(window)
    window.tabs.setCurrentIndex(1)
    table = window.table
    from planner.ui.models.session_table import TableColumn

    index = window.table_proxy.index(0, int(TableColumn.TITLE))
    rect = table.visualRect(index)
    event = QHelpEvent(
        QHelpEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    text, image = _shown_as(QToolTip.text())
    QToolTip.hideText()
    assert not image
    # The tip's first line is the title (then when, where and any clash: issue 17).
    assert text.replace("\u2028", "\n").split("\n")[0] == f"{markup}x"


def test_dialogs_show_file_text_as_written(qtbot, tmp_path: Path) -> None:
    from planner.domain.updates import ImportReport

    markup = f'<img src="{_image(tmp_path)}">'
    report = ImportReport(1, f"{markup}Conf", True, "frab-json", "x.json", 1, 1, 1, 0, 1)
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    [summary] = [label for label in dialog.findChildren(QLabel) if "Conf" in label.text()]
    assert summary.textFormat() == Qt.TextFormat.PlainText

    asked = TimeZoneDialog(f"{markup}.json")
    qtbot.addWidget(asked)
    [label] = [label for label in asked.findChildren(QLabel) if ".json" in label.text()]
    text, image = _shown_as(label.text())
    assert not image
    assert f"{markup}.json" in text


@pytest.mark.timeout(60)
def test_error_messages_are_plain_text(window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    window.show_error("Import failed", f'<img src="{_image(tmp_path)}">.json: is not a program')
    [box] = shown
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().startswith("<img")


def test_a_hostile_name_in_the_import_progress_is_plain(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:
    name = tmp_path / '<img src="x.png">.json'
    name.write_text("{}")
    monkeypatch.setattr(window, "show_error", lambda *_: None)
    window.imports.start(str(name))
    progress = window.imports.progress
    assert progress is not None
    [label] = progress.findChildren(QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText
    settle(window)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        '<img src="file:///dev/zero">x',
        'Tom & Jerry\'s "show" &amp; <b>',
        "&lt;already escaped&gt;",
        "מושב <i>עברית</i> & 日本語 'quoted'",
        "\n<br>\n",
    ],
)
def test_escape_is_what_html_escape_returns(text: str) -> None:
    """`plain.escape` stands in for `html.escape` (importing `html` loads its entity
    table before the first paint): the same text for the same input, quotes or not."""
    import html

    from planner.ui.plain import escape

    assert escape(text) == html.escape(text)
    assert escape(text, quote=False) == html.escape(text, quote=False)
