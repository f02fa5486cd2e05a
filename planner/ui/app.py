"""Composition root of the desktop app: paths → database → core → main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
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
    app.setStyle("Fusion")
    follow_color_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: follow_color_scheme(app))
    return app


def follow_color_scheme(app: QApplication) -> None:
    """Light or dark palette, as the desktop prefers (Fusion draws both well)."""
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        palette = QPalette()
        colors = {
            QPalette.ColorRole.Window: "#2b2b2b",
            QPalette.ColorRole.WindowText: "#e8e8e8",
            QPalette.ColorRole.Base: "#1e1e1e",
            QPalette.ColorRole.AlternateBase: "#262626",
            QPalette.ColorRole.Text: "#e8e8e8",
            QPalette.ColorRole.Button: "#333333",
            QPalette.ColorRole.ButtonText: "#e8e8e8",
            QPalette.ColorRole.Highlight: "#3d7bd9",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#333333",
            QPalette.ColorRole.ToolTipText: "#e8e8e8",
            QPalette.ColorRole.Mid: "#444444",
            QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        }
        for role, color in colors.items():
            palette.setColor(role, QColor(color))
        app.setPalette(palette)
    else:
        app.setPalette(app.style().standardPalette())


def create_main_window(paths: AppPaths) -> tuple[MainWindow, str | None]:
    """Open the core on `paths` and build the window; returns a message for the user."""
    planner, recovery = Planner.open_or_recover(paths.database)
    planner.ensure_bundled_program()
    window = MainWindow(planner, settings_path=paths.config_dir / "planner.ini")
    window.load_conference()
    return window, recovery


def run_gui(paths: AppPaths, files: list[Path], *, smoke_test: bool = False) -> int:
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
        window.open_path(path)
    if smoke_test:
        window.repaint()
        QTimer.singleShot(200, app.quit)
    code = app.exec()
    window.planner.close()
    return code
