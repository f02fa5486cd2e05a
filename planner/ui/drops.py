"""What the window does with what is dropped on it: a file (a program to import, or an
agenda to show beside yours - told apart off the GUI thread, `ImportFlow.open_path`), a
web address of a program, or a Giggity link a colleague sent."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from planner.ui.mainwindow import MainWindow


def accepts(mime: QMimeData) -> bool:
    # Imported on the first drag, not before the window's first paint: Giggity's module
    # brings the readers of other apps' favourites files.
    from planner.sharing.giggity import looks_like_link

    return mime.hasUrls() or looks_like_link(mime.text())


def route(window: MainWindow, mime: QMimeData) -> None:
    urls = mime.urls()
    if not urls:
        window.phone.dropped_text(mime.text())
    for url in urls:
        if url.isLocalFile():
            window.imports.open_path(Path(url.toLocalFile()))
        elif not window.phone.dropped_text(url.toString()):
            window.imports.start(url.toString())
