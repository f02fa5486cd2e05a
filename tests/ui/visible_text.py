"""Every piece of text a person can see in a window: widget texts, titles, menus, tips,
accessible names, column headers and the first rows of item views, and what the custom-
painted Timetable draws. The language tests compare it between English and a translation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.ui.paint_recorder import record

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtGui import QAction

    from planner.ui.mainwindow import MainWindow

_TAGS = re.compile(r"<[^>]+>")


def clean(text: str) -> str:
    """What a person reads: no accelerator ampersands, no markup."""
    text = _TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _actions(actions: Iterable[QAction], seen: set[int]) -> list[str]:
    texts = []
    for action in actions:
        if id(action) in seen or action.isSeparator():
            continue
        seen.add(id(action))
        texts += [action.text(), action.toolTip(), action.statusTip()]
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [menu.title(), *_actions(menu.actions(), seen)]
    return texts


def _model(model: QAbstractItemModel, rows: int = 30) -> list[str]:
    texts = []
    for column in range(model.columnCount()):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        texts.append(value)
            if depth < 3:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return texts


def texts_of(widget: QWidget) -> set[str]:
    """The text of `widget` and of its visible descendants, each cleaned."""
    found: list[str] = [widget.windowTitle()]
    seen_actions: set[int] = set()
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not widget and not child.isVisibleTo(widget):
            continue
        found += [child.toolTip(), child.statusTip(), child.accessibleName()]
        found.append(child.accessibleDescription())
        found += _actions(child.actions(), seen_actions)
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
        if isinstance(child, QGroupBox):
            found.append(child.title())
        if isinstance(child, QLineEdit):
            found += [child.text(), child.placeholderText()]
        if isinstance(child, QPlainTextEdit):
            found.append(child.placeholderText())
        if isinstance(child, QTextEdit):
            found.append(child.toPlainText())
        if isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
            found += [child.tabToolTip(i) for i in range(child.count())]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            found += _model(child.model())
    return {text for text in map(clean, found) if text}


def window_texts(window: MainWindow) -> set[str]:
    """All the window's text, with what each view shows when it is the current one."""
    found: set[str] = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        found |= texts_of(window)
    window.tabs.setCurrentIndex(2)
    found |= {clean(t.text) for t in record(window.timetable.viewport()).texts}
    found |= set(_actions(window.menuBar().actions(), set()))
    return {text for text in map(clean, found) if text}


def program_texts(window: MainWindow) -> set[str]:
    """Text that comes from the program file (it is in the program's language)."""
    conference = window.store.conference
    found = {conference.title, conference.notice} if conference is not None else set()
    for talk in window.store.talks:
        found |= {talk.title, talk.room, talk.track, talk.type, talk.language, talk.subtitle}
        found |= {s.name for s in talk.speakers}
        found |= {f"{s.name} ({s.organization})" for s in talk.speakers if s.organization}
    return {clean(text) for text in found if text}
