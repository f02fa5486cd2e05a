"""Keyboard accelerators (the underlined letter, Alt+letter) lead to one place each, in
every language: the items of each menu, and the menu titles, tabs and controls of a
window or dialog that Alt+letter reaches together. Two items on one letter make Qt cycle
between them instead of acting, and a translator cannot see the siblings of a message -
the live widgets can. Letters are read with Qt's own `QKeySequence.mnemonic`."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import pytest

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QRadioButton,
    QTabBar,
    QWidget,
)

from planner.paths import AppPaths
from planner.ui import catalogs, i18n
from planner.ui.dialogs.calendars import TargetDialog
from planner.ui.tabs import Tab
from tests.ui.conftest import open_window
from tests.ui.test_accessible_names import DIALOGS, _dialogs, _shown

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow


# English too: its letters are the sources' own.
EVERY_LANGUAGE = (catalogs.SOURCE_LANGUAGE, *catalogs.LANGUAGES)


def letter(text: str) -> str:
    """The accelerator Qt makes of `text` ("Alt+F" for "&File"), or ""."""
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    """The accelerators that more than one of `texts` claims, with their texts."""
    claims: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if key := letter(text):
            claims[key].append(text)
    return {key: sorted(names) for key, names in claims.items() if len(names) > 1}


def menu_clashes(bar: QMenuBar) -> dict[str, dict[str, list[str]]]:
    """Per menu (by its title), the items that share a letter."""
    found: dict[str, dict[str, list[str]]] = {}
    menus: list[QMenu] = []
    menus += [menu for action in bar.actions() if isinstance(menu := action.menu(), QMenu)]
    while menus:
        menu = menus.pop()
        items = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        menus += [sub for a in items if isinstance(sub := a.menu(), QMenu)]
        if shared := clashes(a.text() for a in items):
            found[menu.title()] = shared
    return found


def window_texts(top: QWidget) -> list[str]:
    """What Alt+letter reaches in `top`: its menu titles, its tabs, and its visible
    buttons, group boxes and labels that lead to a control."""
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget, QMenuBar):
            texts += [a.text() for a in widget.actions() if a.isVisible()]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
    return texts


@pytest.fixture
def speaking(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    yield
    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path / "qm")


def _speak(qapp: QApplication, language: str, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path / "qm")


@pytest.mark.parametrize("language", EVERY_LANGUAGE)
def test_each_letter_of_the_main_window_leads_to_one_place(
    qapp: QApplication, qtbot, tmp_path: Path, speaking: None, language: str
) -> None:
    _speak(qapp, language, tmp_path)
    window: MainWindow = open_window(qtbot, AppPaths.resolve(tmp_path / "data"))
    try:
        window.resize(1280, 800)
        assert menu_clashes(window.menuBar()) == {}
        for tab in Tab:
            window.show_tab(tab)
            QApplication.processEvents()
            assert clashes(window_texts(window)) == {}, tab
    finally:
        window.shutdown()


def _kinds(dialog: QWidget) -> list[QRadioButton]:
    """The kinds of calendar the add-a-calendar dialog offers (each shows its own fields)."""
    if not isinstance(dialog, TargetDialog):
        return []
    return [dialog.caldav, dialog.folder_kind]


@pytest.mark.parametrize("name", DIALOGS)
@pytest.mark.parametrize("language", EVERY_LANGUAGE)
def test_each_letter_of_a_dialog_leads_to_one_place(
    qapp: QApplication, window: MainWindow, tmp_path: Path, speaking: None, language: str, name: str
) -> None:
    _speak(qapp, language, tmp_path)
    with _shown(window, _dialogs(window)[name]) as dialog:
        assert clashes(window_texts(dialog)) == {}
        for kind in _kinds(dialog):
            kind.setChecked(True)
            QApplication.processEvents()
            assert clashes(window_texts(dialog)) == {}, kind.text()


def test_the_check_finds_a_shared_letter() -> None:
    assert clashes(["&File", "&Find…", "&Edit", "E&xit", "&& more", "No letter"]) == {
        "Alt+F": ["&File", "&Find…"]
    }
