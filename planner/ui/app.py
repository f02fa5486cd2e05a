"""Composition root of the desktop app: paths → database → core → main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, __version__, bundled
from planner.domain.errors import PlannerError
from planner.quickstart import QuickStart
from planner.ui.mainwindow import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from planner.paths import AppPaths
    from planner.services import Planner


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
    from planner.services import Planner

    planner, recovery = Planner.open_or_recover(paths.database)
    planner.imports.ensure_bundled_program()
    window = MainWindow(planner, settings_path=paths.config_dir / "planner.ini")
    window.load_conference()
    return window, recovery


def open_main_window(paths: AppPaths) -> tuple[MainWindow, QuickStart]:
    """Build the window, from the quick-start snapshot when it is current (see
    `planner.quickstart`); call `finish_opening` once it has been painted."""
    quick = QuickStart(paths.database, paths.cache_dir)
    quick.begin()
    window = MainWindow(
        cast("Planner", quick.planner), settings_path=paths.config_dir / "planner.ini"
    )
    window.load_conference()
    return window, quick


def finish_opening(window: MainWindow, quick: QuickStart) -> None:
    """Open the core behind a window painted from the snapshot, and show what the
    database holds if it changed since; keep the snapshot for the next start."""
    if quick.after_first_paint():
        quick.record(window.load_conference)


class _FirstPaint(QObject):
    """Calls `then` once, just after `widget` has been painted for the first time."""

    def __init__(self, widget: QObject, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has reached the screen
        return False


def run_gui(paths: AppPaths, files: list[Path], *, smoke_test: bool = False) -> int:
    app = application()
    try:
        window, quick = open_main_window(paths)
    except (PlannerError, OSError) as error:
        QMessageBox.critical(None, f"{APP_NAME} cannot start", str(error))
        return 1

    def opened() -> None:
        try:
            finish_opening(window, quick)
        except (PlannerError, OSError) as error:
            QMessageBox.critical(window, f"{APP_NAME} cannot start", str(error))
            app.exit(1)
            return
        if quick.planner.recovery:
            QMessageBox.warning(window, "Database recovered", quick.planner.recovery)
        for path in files:
            window.open_path(path)

    _FirstPaint(window, opened)
    window.show()
    if smoke_test:
        window.repaint()
        QTimer.singleShot(200, app.quit)
    code = app.exec()
    if code == 0:
        quick.keep_current()
    quick.planner.close()
    return code
