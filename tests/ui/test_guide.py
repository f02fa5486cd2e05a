"""Help ▸ Getting Started (issue 17 item 9): a short guide through the action registry,
on F1, naming the commands as the menus show them, in every language."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from planner.ui.actions import MENUS, ActionId
from planner.ui.appearance import Appearance
from planner.ui.catalogs import LANGUAGES
from planner.ui.dialogs.guide import GuideDialog
from planner.ui.dialogs.shortcuts import plain
from planner.ui.look import legend_words

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

# What the guide must walk a newcomer through: the commands of each step.
NAMED = (
    ActionId.FIND,
    ActionId.LEGEND,
    ActionId.ATTEND,
    ActionId.AUTO_RESOLVE,
    ActionId.UNDO,
    ActionId.VIEW_AGENDA,
    ActionId.ADD_BUSY,
    ActionId.WALKING_TIME,
    ActionId.EXPORT_ICS,
    ActionId.CALENDARS,
    ActionId.SYNC_CALENDARS,
    ActionId.EXPORT_PDF,
    ActionId.SHARE_AGENDA,
    ActionId.OPEN_AGENDA,
    ActionId.SHARE_PHONE,
    ActionId.PASTE_LINK,
    ActionId.SHORTCUTS,
)


@pytest.fixture
def guide(window: MainWindow) -> Iterator[GuideDialog]:
    window.action_map[ActionId.GUIDE].trigger()
    QApplication.processEvents()
    found = window.findChild(GuideDialog)
    assert found is not None
    yield found
    found.close()


@pytest.mark.qt_log_ignore("does not support raise")  # (offscreen: no window stacking)
def test_getting_started_is_in_the_help_menu_and_on_f1(qtbot, window: MainWindow) -> None:
    [(_, help_entries)] = [(title, entries) for title, entries in MENUS if title == "&Help"]
    assert help_entries[0] is ActionId.GUIDE
    action = window.action_map[ActionId.GUIDE]
    assert action in window.menus["&Help"].actions()
    assert QKeySequence(Qt.Key.Key_F1) in action.shortcuts()
    assert action.text() == "&Getting Started"
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    QApplication.processEvents()
    guide = window.findChild(GuideDialog)
    assert guide is not None
    assert guide.isVisible()
    assert not guide.isModal()  # the user may try each step while reading
    # Asked again, the same guide comes forward: one at a time.
    action.trigger()
    QApplication.processEvents()
    assert window.findChildren(GuideDialog) == [guide]
    guide.close()


def test_the_guide_names_each_command_as_the_menus_show_it(
    window: MainWindow, guide: GuideDialog
) -> None:
    text = guide.browser.toPlainText()
    for step in (
        "Star what you want to see",
        "See and settle clashes",
        "Your day in My Agenda",
        "Put it in your calendar",
        "Plan with colleagues",
        "Take it on your phone",
    ):
        assert step in text
    for action_id in NAMED:
        # As running text names a menu item: no "…" (nor Qt's "&").
        assert plain(window.action_map[action_id].text()).rstrip("… ") in text, action_id
    assert "…" not in text
    # Menu paths as the menu bar has them, with the keys of this platform.
    text = text.replace("\u00a0", " ")  # (no line starts with "›")
    assert "View › My Agenda (Ctrl+4)" in text
    assert "File › Share › To Phone (Giggity) (Ctrl+Shift+G)" in text
    assert "File › Sync Calendars Now (F5)" in text
    assert "Edit › Undo (Ctrl+Z)" in text
    assert "press S," in text  # the star's key, from the registry
    assert "Colleagues menu" in text
    assert not re.search(r"%\d", text)  # every value filled in
    assert "<" not in text  # no markup shown as text


def test_the_guide_shows_the_marks_the_views_draw(guide: GuideDialog) -> None:
    document = guide.browser.document()
    html = document.toHtml()
    for kind, word in legend_words():
        assert f'src="mark:{kind}"' in html
        assert word in guide.browser.toPlainText()
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"mark:{kind}"))
        assert isinstance(image, QImage), kind
        assert not image.isNull(), kind


def test_the_guide_fits_a_small_window(window: MainWindow) -> None:
    window.resize(1024, 640)
    QApplication.processEvents()
    guide = GuideDialog.show_for(window)
    QApplication.processEvents()
    assert guide.width() <= 1024
    assert guide.height() <= 640 - 40  # room for the window manager's title bar
    # Its words wrap: no sideways scrolling.
    assert guide.browser.horizontalScrollBar().maximum() == 0
    guide.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_in_every_language(
    qapp, window: MainWindow, language: str, tmp_path: Path
) -> None:
    from planner.ui import i18n

    english = GuideDialog(window)
    english_text = english.browser.toPlainText()
    english.deleteLater()
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path / "qm")
    try:
        translated = GuideDialog(window)
        text = translated.browser.toPlainText()
        assert translated.windowTitle() != "Getting Started"
        english_lines = {line for line in english_text.splitlines() if len(line) > 30}
        for line in text.splitlines():
            assert line not in english_lines, (language, line)  # every step translated
        assert not re.search(r"%\d", text), language
        translated.deleteLater()
    finally:
        i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path / "qm")


def test_the_marks_follow_light_and_dark(window: MainWindow, guide: GuideDialog) -> None:
    def must_mark() -> QImage:
        document = guide.browser.document()
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("mark:must"))
        assert isinstance(image, QImage)
        return image

    window.appearance.set_choice(Appearance.LIGHT)
    QApplication.processEvents()
    light = must_mark()
    window.appearance.set_choice(Appearance.DARK)
    QApplication.processEvents()
    try:
        assert must_mark() != light  # drawn anew in the dark palette's colours
    finally:
        window.appearance.set_choice(Appearance.SYSTEM)


def test_the_keyboard_reads_the_guide(qtbot, guide: GuideDialog) -> None:
    qtbot.waitExposed(guide)
    assert guide.focusWidget() is guide.browser
    bar = guide.browser.verticalScrollBar()
    assert bar.maximum() > 0  # (more than a page at this size)
    qtbot.keyClick(guide.browser, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(guide.browser, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
