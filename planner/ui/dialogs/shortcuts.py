"""Help ▸ Keyboard Shortcuts: every shortcut of the action registry, menu by menu.

Read from the window's actions as they are (their texts in the user's language, their
keys as this platform writes them), so the list cannot go stale: a shortcut added to
`planner.ui.actions` appears here by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui.actions import MENUS, SPECS, ActionId
from planner.ui.widgets.clear_views import ClearTreeWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


def _ids_in(entries: tuple[Any, ...]) -> list[ActionId]:
    found: list[ActionId] = []
    for entry in entries:
        if isinstance(entry, tuple):
            found += _ids_in(entry[1])
        elif entry is not None:
            found.append(entry)
    return found


def plain(text: str) -> str:
    """A menu text without its accelerator marks ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def on_a_keyboard(key: QKeySequence) -> bool:
    """Not a dedicated key few keyboards have (Qt's standard bindings add Sun's Open,
    Undo, Find, Paste... keys, a Help key, and F13-F35)."""
    if key.isEmpty():
        return False
    code = key[0].key()  # type: ignore[index]  # (the stubs miss QKeySequence[i])
    return not (
        Qt.Key.Key_F13 <= code <= Qt.Key.Key_F35
        or code >= Qt.Key.Key_Back
        or code == Qt.Key.Key_Help
    )


def shortcut_groups(
    actions: dict[ActionId, QAction], menu_titles: dict[str, str]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(command, keys)]) for every action that has a shortcut, in menu
    order; the actions of no menu (buttons of the views) last, under "Elsewhere"."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    placed: set[ActionId] = set()

    def rows(ids: list[ActionId]) -> list[tuple[str, str]]:
        found = []
        for action_id in ids:
            if action_id in placed:
                continue
            keys = [key for key in actions[action_id].shortcuts() if on_a_keyboard(key)]
            if not keys:
                continue
            placed.add(action_id)
            text = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
            found.append((plain(actions[action_id].text()), text))
        return found

    for title, entries in MENUS:
        found = rows(_ids_in(entries))
        if found:
            groups.append((plain(menu_titles.get(title, title)), found))
    rest = rows([action_id for action_id in SPECS if action_id not in placed])
    if rest:
        groups.append(("", rest))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(
        self,
        actions: dict[ActionId, QAction],
        menu_titles: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(520, 560)
        note = QLabel(
            self.tr(
                "The keys of the views (S, Space, 1, 2, 3) act on the selected session "
                "while a view has the focus, not while you type."
            ),
            self,
        )
        note.setWordWrap(True)
        self.tree = ClearTreeWidget(self)
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for title, rows in shortcut_groups(actions, menu_titles):
            group = QTreeWidgetItem(self.tree, [title or self.tr("Elsewhere")])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for command, keys in rows:
                QTreeWidgetItem(group, [command, keys])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def listed(self) -> list[tuple[str, str]]:
        """(command, keys) of every row, for tests."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            for child in range(group.childCount()):
                item = group.child(child)
                assert item is not None
                found.append((item.text(0), item.text(1)))
        return found
