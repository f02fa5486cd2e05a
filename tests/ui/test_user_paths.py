"""Review #1: a FIFO given on the command line or dropped on the window froze it for ever
(the window read the file's first bytes on the GUI thread to tell an agenda from a
program). A path the user gives is never read on the GUI thread, and what is not a
regular file is refused with one message naming it."""

from __future__ import annotations

import os
import threading
import time
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ..formats.hostile import frab_xml
from .conftest import settle

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def errors_of(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append((title, text)))
    return shown


def _drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


@pytest.mark.parametrize("how", ["command line", "drop"])
def test_a_fifo_is_refused_without_freezing_the_window(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    fifo = tmp_path / "program.xml"
    os.mkfifo(fifo)
    shown = errors_of(window, monkeypatch)
    before = window.store.revision
    stop = threading.Event()

    def release_a_blocked_reader() -> None:
        # Should the window open the FIFO to read it, this writer lets it go on (to the
        # end of an empty file) after 5 s, so that the test fails instead of hanging.
        if stop.wait(5.0):
            return
        while not stop.wait(0.1):
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                continue  # no reader: as it should be

    releaser = threading.Thread(target=release_a_blocked_reader, daemon=True)
    releaser.start()
    started = time.monotonic()
    if how == "drop":
        _drop(window, fifo)
    else:
        window.imports.open_path(fifo)
    assert time.monotonic() - started < 4.0  # the GUI thread was not held (a blocked open is 5 s)
    settle(window)
    stop.set()
    releaser.join()
    assert len(shown) == 1
    _title, text = shown[0]
    assert "program.xml" in text
    assert "named pipe" in text
    assert window.store.revision == before  # nothing stored


def test_a_folder_is_refused_with_one_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "talks.xml"
    folder.mkdir()
    shown = errors_of(window, monkeypatch)
    window.imports.open_path(folder)
    settle(window)
    assert len(shown) == 1
    assert "folder" in shown[0][1]


def test_a_dropped_program_is_still_imported(window: MainWindow, qtbot, tmp_path: Path) -> None:
    program = tmp_path / "mini.xml"
    program.write_bytes(frab_xml())
    with qtbot.waitSignal(window.imports.finished, timeout=10_000):
        _drop(window, program)
    assert window.conference is not None
    assert window.conference.title == "Mini"
