"""Where the window's file dialogs open, and the one warning box of the flows.

Save and open dialogs start in the folder last used (remembered in the window's
settings), at first the Documents folder - never the folder the app happened to start
in. Tests replace `MainWindow.ask_save_path`/`ask_open_path`/`show_error`, which are these.

Qt's dialog classes are imported where they are used: the window makes this flow before its
first paint, and making a Qt for Python class makes its enums (~0.2 ms each).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from planner.ui.plain import show_message

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from planner.ui.mainwindow import MainWindow

FOLDER_SETTING = "files/folder"


class FileDialogs(QObject):
    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        super().__init__(parent)
        self._parent = parent
        self._settings = settings

    def ask_save_path(self, title: str, suggestion: str, filter_text: str) -> Path | None:
        """Ask where to save: in the folder last used, at first the Documents folder."""
        from PySide6.QtWidgets import QFileDialog

        start = str(self.file_folder() / suggestion)
        path, _ = QFileDialog.getSaveFileName(self._parent, title, start, filter_text)
        return self._remember_folder(path)

    def ask_open_path(self, title: str, filter_text: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self._parent, title, str(self.file_folder()), filter_text
        )
        return self._remember_folder(path)

    def file_folder(self) -> Path:
        """Where file dialogs open: the folder last used, else Documents, else home."""
        from PySide6.QtCore import QStandardPaths

        remembered = str(self._settings.value(FOLDER_SETTING, ""))
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        show_message(self._parent, QMessageBox.Icon.Warning, title, text)

    def _remember_folder(self, chosen: str) -> Path | None:
        if not chosen:
            return None
        path = Path(chosen)
        self._settings.setValue(FOLDER_SETTING, str(path.parent))
        return path


def warn_on_failure(window: MainWindow, title: str) -> Callable[[BaseException], None]:
    """An operation's `error=`: the failure in the window's language, in the warning box
    titled `title` (through `window.show_error`, which tests replace). The core's texts are
    imported when one fails: the window makes its flows before its first paint."""

    def failed(error: BaseException) -> None:
        from planner.ui.core_text import CORE

        window.show_error(title, CORE.error(error))

    return failed
