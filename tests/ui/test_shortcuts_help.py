"""Help ▸ Keyboard Shortcuts lists every shortcut of the action registry (issue 17 item
9): read from the registry, it cannot go stale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from planner.ui.actions import SPECS, ActionId
from planner.ui.dialogs.shortcuts import ShortcutsDialog, plain

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


def native(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.NativeText)


def test_every_shortcut_of_the_registry_is_listed(window: MainWindow) -> None:
    titles = {title: menu.title() for title, menu in window.menus.items()}
    dialog = ShortcutsDialog(window.action_map, titles, window)
    listed = dict(dialog.listed())
    with_keys = [action_id for action_id in SPECS if window.action_map[action_id].shortcuts()]
    assert len(with_keys) > 20
    for action_id in with_keys:
        action = window.action_map[action_id]
        command = plain(action.text())
        assert command in listed, action_id
        for key in action.shortcuts():
            if key[0].key() < Qt.Key.Key_F13:  # type: ignore[index]  # not Sun's Undo... keys
                assert native(key) in listed[command], (action_id, native(key))
    assert listed["Undo"].startswith(native(QKeySequence("Ctrl+Z")))
    assert "F14" not in listed["Undo"]  # Sun's Undo key, which Qt's standard binding adds
    assert len(dialog.listed()) == len(with_keys)  # each once
    assert listed["Keyboard Shortcuts"] == native(QKeySequence("Ctrl+/"))
    assert "Star / Unstar" in listed  # a key of the views, too
    dialog.deleteLater()


def test_a_shortcut_added_to_the_registry_appears_by_itself(window: MainWindow) -> None:
    window.action_map[ActionId.EXPORT_CSV].setShortcut(QKeySequence("Ctrl+Alt+X"))
    dialog = ShortcutsDialog(window.action_map, {}, window)
    assert dict(dialog.listed())["Export to Spreadsheet (CSV)…"] == native(
        QKeySequence("Ctrl+Alt+X")
    )
    dialog.deleteLater()


def test_the_help_menu_opens_it(window: MainWindow, qtbot) -> None:
    shown: list[ShortcutsDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        shown.append(dialog)
        dialog.reject()

    QTimer.singleShot(200, close_it)
    window.action_map[ActionId.SHORTCUTS].trigger()
    assert len(shown) == 1
    help_menu = window.menus["&Help"]
    assert window.action_map[ActionId.SHORTCUTS] in help_menu.actions()
