"""Composition root of the desktop app: paths → database → core → main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, __version__, bundled
from planner.domain.errors import PlannerError
from planner.services import Planner
from planner.ui.mainwindow import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from planner.paths import AppPaths


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(bundled.resources_dir() / "icons" / "planner.svg")))
    return app


def create_main_window(paths: AppPaths) -> tuple[MainWindow, str | None]:
    """Open the core on `paths` and build the window; returns a message for the user."""
    planner, recovery = Planner.open_or_recover(paths.database)
    planner.ensure_bundled_program()
    window = MainWindow(planner)
    window.load_conference()
    return window, recovery


def run_gui(paths: AppPaths, files: list[Path]) -> int:
    app = application()
    try:
        window, recovery = create_main_window(paths)
    except (PlannerError, OSError) as error:
        QMessageBox.critical(None, f"{APP_NAME} cannot start", str(error))
        return 1
    window.show()
    if recovery:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, "Database recovered", recovery))
    for path in files:
        window.import_path(path)
    code = app.exec()
    window.planner.close()
    return code
