"""The Help menu: the short guide, the keyboard shortcuts (every registry action's, by
menu) and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from planner import APP_NAME, __version__
from planner.ui.i18n import arg

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from planner.ui.mainwindow import MainWindow


class HelpFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def show_guide(self) -> None:
        from planner.ui.dialogs.guide import GuideDialog  # not before the first paint

        GuideDialog.show_for(self._window)

    def show_shortcuts(self) -> None:
        from planner.ui.dialogs.shortcuts import ShortcutsDialog  # not before the first paint

        window = self._window
        titles = {title: menu.title() for title, menu in window.menus.items()}
        ShortcutsDialog(window.action_map, titles, window).exec()

    def about(self) -> None:
        box = self.about_box()
        box.exec()
        box.deleteLater()

    def about_box(self) -> QMessageBox:
        """The About box, not yet shown (what `QMessageBox.about` shows: the window's icon,
        the name and version, one line, OK)."""
        from PySide6.QtWidgets import QMessageBox  # (making a Qt class makes its enums)

        box = QMessageBox(self._window)
        box.setWindowTitle(arg(self.tr("About %1"), APP_NAME))
        box.setText(
            f"<b>{APP_NAME} {__version__}</b><br>"
            + self.tr(
                "Plan your conference agenda offline: star sessions, resolve clashes, "
                "export to your calendar."
            )
        )
        icon = self._window.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box
